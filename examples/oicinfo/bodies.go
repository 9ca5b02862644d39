package main

import (
	"cmp"
	"io"

	"github.com/kzoic/kzoic/examples/internal/view"
	"github.com/kzoic/kzoic/oic"
	"github.com/kzoic/kzoic/prose"
	"github.com/kzoic/kzoic/search/order"
	"golang.org/x/text/language"
)

func bodies(w io.Writer, opt options) error {
	var list []oic.Body
	for b := range oic.Bodies(0) {
		list = append(list, b)
	}
	if opt.json {
		out := make([]view.Body, len(list))
		for i, b := range list {
			out[i] = view.BodyOf(b, opt.lang, false)
		}
		return printJSON(w, out)
	}
	pg := newPage(w, opt)
	order.ByName(list, pg.tag, func(b oic.Body) string { return b.Name(pg.tag) })
	pg.title(pg.label("bodies"))
	var rows [][]string
	for _, b := range list {
		seat := pg.city(b.Seat(), pg.opt.on)
		if seat == "" {
			seat = "—"
		}
		rows = append(rows, []string{pg.doubted(pg.body(b, pg.opt.on), pg.nameDoubt(b), false), pg.code(b.Key()),
			pg.doubted(pg.p.BodyKind(b.Kind()), b.DoubtOn("kind"), false), pg.doubted(seat, b.DoubtOn("seat"), false),
			pg.doubted(pg.date(b.Founded()), b.DoubtOn("founded"), false)})
		pg.cite(b.Sources())
	}
	pg.table(1, []string{"name", "key", "kind", "seat", "founded"}, rows)
	return pg.finish()
}

func body(w io.Writer, opt options, acronym string) error {
	b, ok := oic.LookupBody(acronym)
	if !ok {
		return usageError(opt, "cli.err.body", quote(opt, acronym))
	}
	if opt.json {
		return printJSON(w, view.BodyOf(b, opt.lang, true))
	}
	pg := newPage(w, opt)
	on := opt.on
	pg.title(pg.paren(pg.body(b, on), pg.code(b.Key())))
	pg.cite(b.Sources())
	pg.field(1, "kind", pg.doubted(pg.p.BodyKind(b.Kind()), b.DoubtOn("kind"), true))
	pg.heading(1, "names")
	for t, s := range b.Names().All() {
		if b.Names().IsOwn(t) {
			s += prose.OwnMark
		}
		if t == language.English {
			s = pg.doubted(s, b.DoubtOn("name"), true)
		}
		pg.line(2, pg.pair(pg.language(t), pg.code(s)))
	}
	if s := b.Seat(); s.IsValid() {
		pg.field(1, "seat", pg.doubted(pg.paren(pg.city(s, on), pg.country(s.Country(), on)), b.DoubtOn("seat"), true))
	}
	if !b.Founded().IsZero() {
		pg.field(1, "founded", pg.t("cli.detail", pg.doubted(pg.date(b.Founded()), b.DoubtOn("founded"), true), pg.text(b.FoundedBy())))
	}
	var names []string
	for _, n := range b.OtherNames() {
		if sameLanguage(n.Lang, pg.tag) {
			names = append(names, pg.paren(n.Name, pg.historicPeriod(n)))
			pg.cite(n.Sources)
		}
	}
	if len(names) > 0 {
		pg.field(1, "other-names", pg.semi(names...))
	}
	for o := range oic.Offices() {
		if o.Body() == b {
			pg.office(1, o, on, true)
		}
	}
	return pg.finish()
}

// office writes the title of o and what the sources say of who held it on
// the date on, or that its body did not exist yet: on one line where that
// is one line and compact is set, else under the title.
func (pg *page) office(indent int, o oic.Office, on oic.Date, compact bool) {
	pg.cite(o.Sources())
	v := view.OfficeOf(o, on, pg.tag)
	lines := pg.holders(v.Holders, v.Last, on)
	if f := o.Body().Founded(); !f.IsZero() && on.Latest().Before(f.Earliest()) {
		lines = []string{pg.t("cli.holder.not-yet", pg.date(f))}
	}
	if len(lines) == 1 && compact {
		pg.line(indent, pg.pair(pg.text(o.Names()), lines[0]))
		return
	}
	pg.line(indent, pg.t("cli.heading", pg.text(o.Names())))
	for _, l := range lines {
		pg.line(indent+1, l)
	}
}

// holders returns the lines that say who held a post on the date on: the
// holder and the term where the sources settle it; each holder who may
// have held it, where they do not; the words saying that no source names a
// holder, after the last term that had ended where there was one.
func (pg *page) holders(candidates []view.Holder, last *oic.Term, on oic.Date) []string {
	var out []string
	for _, h := range candidates {
		pg.cite(h.Sources)
		if h.Certainty == oic.Yes {
			out = append(out, pg.list(pg.holder(h.Term, on), pg.term(h.Term)))
		} else {
			out = append(out, pg.t("cli.holder.maybe", pg.holder(h.Term, on), pg.term(h.Term)))
		}
	}
	switch {
	case len(out) > 0:
	case last != nil:
		pg.cite(last.Sources)
		out = append(out, pg.t("cli.holder.none-after", pg.holder(*last, on), pg.term(*last)))
	default:
		out = append(out, pg.t("cli.holder.none"))
	}
	return out
}

// holder returns the name of the holder of t and the state that put the
// holder forward.
func (pg *page) holder(t oic.Term, on oic.Date) string {
	return pg.paren(pg.doubted(pg.person(t.Holder), t.DoubtOn("holder"), false), pg.doubted(pg.country(t.Country, on), t.DoubtOn("country"), false))
}

// nameDoubt returns the doubt on b's name where the page shows its English
// name, the form a doubt on the name is about.
func (pg *page) nameDoubt(b oic.Body) oic.Doubt {
	if b.Name(pg.tag) != b.Names().English {
		return 0
	}
	return b.DoubtOn("name")
}

// doubted returns s marked as resting on weak evidence where d is a doubt:
// with its reason where detailed is set, else with the short mark that
// fits a table cell or a list.
func (pg *page) doubted(s string, d oic.Doubt, detailed bool) string {
	switch {
	case d == 0 || s == "" || s == "—":
		return s
	case detailed:
		return pg.t("cli.doubt", s, pg.p.Doubt(d))
	}
	return pg.t("cli.unverified", s)
}

// term returns the span of t for the reader (see prose.Printer.Term),
// marked where a source of its dates is doubted.
func (pg *page) term(t oic.Term) string {
	return pg.doubted(pg.p.Term(t), cmp.Or(t.DoubtOn("start"), t.DoubtOn("end")), false)
}

func offices(w io.Writer, opt options) error {
	if opt.json {
		return printJSON(w, view.Offices(opt.on, opt.lang))
	}
	pg := newPage(w, opt)
	pg.title(pg.label("offices"))
	for o := range oic.Offices() {
		pg.office(1, o, opt.on, false)
	}
	return pg.finish()
}

func documents(w io.Writer, opt options) error {
	var out []view.Document
	for _, d := range view.Documents(opt.lang) {
		if !opt.onGiven || d.Adopted.IsZero() || !d.Adopted.Earliest().After(opt.on.Latest()) {
			out = append(out, d)
		}
	}
	if opt.json {
		return printJSON(w, out)
	}
	pg := newPage(w, opt)
	pg.title(pg.label("documents"))
	for _, v := range out {
		d, _ := oic.LookupDocument(v.Key)
		pg.cite(v.Sources)
		pg.line(1, pg.paren(pg.text(v.Names), pg.code(v.Key)))
		adopted := pg.pair(pg.label("adopted"), pg.list(pg.date(v.Adopted), pg.p.SessionTitle(v.AdoptedAt)))
		pg.line(2, pg.semi(pg.p.DocumentKind(v.Kind), adopted))
		if !v.InForce.IsZero() {
			pg.field(2, "in-force", pg.date(v.InForce))
		}
		if v.Validity != nil {
			pg.field(2, "validity", pg.period(*v.Validity))
		}
		for _, e := range v.Supersedes {
			pg.field(2, "supersedes", pg.paren(pg.text(e.Names()), pg.code(e.Key())))
		}
		if s := d.SupersededBy(); s.IsValid() {
			pg.field(2, "superseded-by", pg.paren(pg.text(s.Names()), pg.code(s.Key())))
		}
	}
	pg.blank()
	pg.line(0, pg.t("cli.count.documents", len(out)))
	return pg.finish()
}

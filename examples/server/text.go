package main

import (
	"strings"

	"github.com/kzoic/kzoic/examples/internal/view"
	"github.com/kzoic/kzoic/initiatives"
	"github.com/kzoic/kzoic/oic"
	"github.com/kzoic/kzoic/prose"
	"golang.org/x/text/language"
)

// The words of the pages come from the message catalog of package prose,
// as those of the command-line tool do: labels ("label."), phrases shared
// with the tool ("cli."), and those of the pages alone ("web."). Names
// come from the records in the reader's language, and dates, periods,
// titles, counts, outcomes and changes are written by prose.Printer.

// t returns the catalog's message key filled with args.
func (pg *page) t(key string, args ...any) string { return pg.p.Sprintf(key, args...) }

// label returns the label with the given name, "label."+name in the
// catalog.
func (pg *page) label(name string) string { return pg.p.Sprintf("label." + name) }

// s returns plain text as an inline.
func s(text string) inline {
	if text == "" {
		return nil
	}
	return inline{{Text: text}}
}

// own returns text, split from the mark of the module's own rendering
// that prose.Printer.Marked appends, as a span: isolated where iso is set.
func own(text string, iso bool) span {
	if t, ok := strings.CutSuffix(text, prose.OwnMark); ok && t != "" {
		return span{Text: t, Own: true, Bdi: iso}
	}
	return span{Text: text, Bdi: iso}
}

// text returns x in the reader's language, marked where it is the module's
// own rendering.
func (pg *page) text(x oic.Text) inline {
	t := pg.p.Marked(x)
	if t == "" {
		return nil
	}
	return inline{own(t, false)}
}

// name returns a name of a record in the reader's language, isolated and
// marked where it is the module's own rendering, linked to href where href
// is not empty.
func (pg *page) name(x oic.Text, nameOn string, href string) inline {
	sp := span{Text: nameOn, Bdi: true, Href: href}
	if nameOn == x.In(pg.tag) && x.IsOwn(pg.tag) {
		sp.Own = true
	}
	if sp.Text == "" {
		return nil
	}
	return inline{sp}
}

// code returns a code or a key, isolated.
func code(text string) inline { return inline{{Text: text, Bdi: true}} }

// fmtInline formats the catalog's message key with inlines for its
// arguments: the message is written with a marker for each argument, and
// the inlines spliced in where the markers come out, so that links and
// isolated names keep their place in a sentence of any language.
func (pg *page) fmtInline(key string, args ...inline) inline {
	marks := make([]any, len(args))
	for i := range args {
		marks[i] = string(rune(0xE000 + i))
	}
	text := pg.t(key, marks...)
	var out inline
	for text != "" {
		i := strings.IndexFunc(text, func(r rune) bool { return r >= 0xE000 && r < 0xE000+rune(len(args)) })
		if i < 0 {
			out = append(out, span{Text: text})
			break
		}
		if i > 0 {
			out = append(out, span{Text: text[:i]})
		}
		r := []rune(text[i:])[0]
		out = append(out, args[r-0xE000]...)
		text = text[i+len(string(r)):]
	}
	return out
}

// join joins items, leaving out empty ones, with the message key ("cli.list",
// "cli.semicolon", "cli.field", "cli.detail") between each two.
func (pg *page) join(key string, items ...inline) inline {
	var out inline
	for _, x := range items {
		switch {
		case len(x) == 0:
		case out == nil:
			out = append(inline{}, x...)
		default:
			out = pg.fmtInline(key, out, x)
		}
	}
	return out
}

// list joins items with the language's comma.
func (pg *page) list(items ...inline) inline { return pg.join("cli.list", items...) }

// paren returns "x (detail)", or x alone for no detail.
func (pg *page) paren(x, detail inline) inline {
	switch {
	case len(detail) == 0:
		return x
	case len(x) == 0:
		return detail
	}
	return pg.fmtInline("cli.paren", x, detail)
}

// date returns d for the reader, or the words saying that no source gives
// it.
func (pg *page) date(d oic.Date) string { return view.Date(pg.p, d) }

// period returns p for the reader, or the words saying that no source
// dates it.
func (pg *page) period(p oic.Period) string { return view.Period(pg.p, p) }

// term returns the span of t for the reader; see prose.Printer.Term.
func (pg *page) term(t oic.Term) string { return pg.p.Term(t) }

// upTo reports whether d is a date on or before the one the page answers
// for, or no date at all.
func (pg *page) upTo(d oic.Date) bool {
	return d.IsZero() || !d.Earliest().After(pg.on.Latest())
}

// begunBy reports whether a span that starts on d had certainly begun by
// the date the page answers for.
func (pg *page) begunBy(d oic.Date) bool {
	return d.IsZero() || !d.Latest().After(pg.on.Latest())
}

// country returns the name c had on d, linked to its page.
func (pg *page) country(c oic.Country, d oic.Date) inline {
	if !c.IsValid() {
		return nil
	}
	return pg.name(c.Names(), c.NameOn(d, pg.tag), pg.href("/members/"+c.Key()))
}

// city returns the name c had on d.
func (pg *page) city(c oic.City, d oic.Date) inline {
	if !c.IsValid() {
		return nil
	}
	return pg.name(c.Names(), c.NameOn(d, pg.tag), "")
}

// body returns the name b had on d, linked to its page.
func (pg *page) body(b oic.Body, d oic.Date) inline {
	if !b.IsValid() {
		return nil
	}
	return pg.name(b.Names(), b.NameOn(d, pg.tag), pg.href("/bodies/"+b.Key()))
}

// document returns the name of d, linked to it in the list of documents.
func (pg *page) document(d oic.Document) inline {
	if !d.IsValid() {
		return nil
	}
	return pg.name(d.Names(), d.Names().In(pg.tag), pg.href("/documents")+"#"+d.Key())
}

// initiative returns the name of in, linked to its page.
func (pg *page) initiative(in initiatives.Initiative) inline {
	return pg.name(in.Names(), in.Names().In(pg.tag), pg.href("/initiatives/"+in.Key()))
}

// office returns the title of o, linked to it in the list of offices.
func (pg *page) office(o oic.Office) inline {
	return pg.name(o.Names(), o.Names().In(pg.tag), pg.href("/offices")+"#"+o.Key())
}

// person returns the name of who, marked where it is the module's own
// transliteration.
func (pg *page) person(who oic.Person) inline {
	return pg.name(who.Names(), who.Names().In(pg.tag), "")
}

// sessionPath returns the path of the page of s: /sessions/cfm/38.
func sessionPath(s oic.Session) string {
	kind, id, _ := strings.Cut(s.String(), " ")
	return "/sessions/" + kind + "/" + id
}

// session returns the title of s, linked to its page.
func (pg *page) session(s oic.Session) inline {
	if !s.IsValid() {
		return nil
	}
	return inline{{Text: pg.p.SessionTitle(s), Href: pg.href(sessionPath(s))}}
}

// sessionDates returns the days s met, or its date as the sources give it
// where they give no day.
func (pg *page) sessionDates(s oic.Session) string { return view.Span(pg.p, s.Start(), s.Period().End) }

// role returns the chair of a session in his role.
func (pg *page) role(who oic.Person, r oic.Role) inline {
	name := pg.person(who)
	return pg.fmtRole(r, name)
}

// fmtRole writes name in the role r, as prose.Printer.Role does.
func (pg *page) fmtRole(r oic.Role, name inline) inline {
	key := "role." + r.String()
	if pg.p.Sprintf(key) == key {
		return name
	}
	return pg.fmtInline(key, name)
}

// language returns the name of the language t in the reader's language.
func (pg *page) language(t language.Tag) string { return view.LanguageName(pg.p, t) }

// langCode returns the base language of t, for a lang attribute.
func langCode(t language.Tag) string {
	b, _ := t.Base()
	return b.String()
}

// standing returns a standing for the reader.
func (pg *page) standing(st oic.Standing) string { return pg.p.Standing(st) }

// initiativeStatus returns the status of an initiative, or the statuses
// it may have had where the sources do not settle the date.
func (pg *page) initiativeStatus(st []initiatives.Status) string { return pg.p.InitiativeStatuses(st) }

// cite records sources to list at the end.
func (pg *page) cite(srcs []oic.Source) { pg.cites.Add(srcs) }

// sourcesBlock returns the list of the sources the page cited: each title
// linked to the source where it is on the web, with its publisher and the
// date it speaks for.
func (pg *page) sourcesBlock() block {
	var items []inline
	for _, src := range pg.cites.List() {
		title := span{Text: src.Title, Bdi: true}
		if src.URL != "" {
			title.Href, title.Ext = src.URL, true
		}
		var parts []inline
		parts = append(parts, inline{title})
		if src.Publisher != "" {
			parts = append(parts, code(src.Publisher))
		}
		if !src.Date.IsZero() {
			parts = append(parts, s(pg.date(src.Date)))
		}
		items = append(items, pg.list(parts...))
	}
	return block{Heading: pg.label("sources"), ID: "sources", List: items, Fold: pg.p.Count(prose.NounSources, len(items))}
}

// holders returns what the sources say of who held a post on the date on,
// as the command-line tool says it: the holder and the term where they
// settle it, each holder who may have held it where they do not, and
// that no source names a holder, after the last term that had ended.
func (pg *page) holders(candidates []view.Holder, last *oic.Term, on oic.Date) []inline {
	var out []inline
	for _, h := range candidates {
		pg.cite(h.Sources)
		if h.Certainty == oic.Yes {
			out = append(out, pg.list(pg.holder(h.Term, on), s(pg.term(h.Term))))
		} else {
			out = append(out, pg.fmtInline("cli.holder.maybe", pg.holder(h.Term, on), s(pg.term(h.Term))))
		}
	}
	switch {
	case len(out) > 0:
	case last != nil:
		pg.cite(last.Sources)
		out = append(out, pg.fmtInline("cli.holder.none-after", pg.holder(*last, on), s(pg.term(*last))))
	default:
		out = append(out, s(pg.t("cli.holder.none")))
	}
	return out
}

// holder returns the name of the holder of t and the state that put the
// holder forward.
func (pg *page) holder(t oic.Term, on oic.Date) inline {
	return pg.paren(pg.person(t.Holder), pg.country(t.Country, on))
}

// officeHolders returns what the sources say of who held o on the date
// on, or that its body did not exist yet.
func (pg *page) officeHolders(o oic.Office, on oic.Date) []inline {
	pg.cite(o.Sources())
	if f := o.Body().Founded(); !f.IsZero() && on.Latest().Before(f.Earliest()) {
		return []inline{s(pg.t("cli.holder.not-yet", pg.date(f)))}
	}
	v := view.OfficeOf(o, on, pg.tag)
	return pg.holders(v.Holders, v.Last, on)
}

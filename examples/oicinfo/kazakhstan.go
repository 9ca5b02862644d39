package main

import (
	"cmp"
	"io"
	"slices"

	"github.com/kzoic/kzoic"
	"github.com/kzoic/kzoic/examples/internal/view"
	"github.com/kzoic/kzoic/initiatives"
	"github.com/kzoic/kzoic/oic"
	"github.com/kzoic/kzoic/prose"
)

func kazakhstan(w io.Writer, opt options) error {
	if opt.json {
		return printJSON(w, view.KazakhstanOn(opt.on))
	}
	pg := newPage(w, opt)
	on := opt.on
	kz := kzoic.Kazakhstan()
	pg.title(pg.t("cli.kazakhstan-in", pg.country(kz, on), pg.text(oic.NamesOn(on))))
	pg.cite(kz.Sources())
	pg.field(1, "standing", pg.p.Standing(kzoic.StatusOn(on)))
	if a := kzoic.Admission(); pg.upTo(a.Date) {
		pg.field(1, "admitted", pg.list(pg.date(a.Date), pg.p.SessionTitle(a.Session)))
		pg.cite(a.Sources)
	}
	pg.mission(1, on)
	pg.representative(1, on)
	var lines []string
	for _, r := range kzoic.Representatives() {
		if pg.begunBy(r.Period.Start) {
			lines = append(lines, pg.pair(pg.t("cli.detail", pg.person(r.Person), pg.text(r.Post)), pg.period(r.Period)))
			pg.cite(r.Sources)
		}
	}
	pg.lines(1, "representatives", lines)
	pg.hosted(1)
	pg.lines(1, "chairmanships", pg.events(kzoic.EventChair))
	lines = nil
	for _, t := range kzoic.Posts() {
		if pg.begunBy(t.Period.Start) {
			lines = append(lines, pg.pair(pg.text(t.Office.Names()), pg.list(pg.person(t.Holder), pg.term(t))))
			pg.cite(t.Sources)
		}
	}
	pg.lines(1, "posts", lines)
	pg.lines(1, "kz-event.ratification", pg.events(kzoic.EventRatification))
	pg.lines(1, "kz-event.event", pg.events(kzoic.EventOther))
	return pg.finish()
}

// events returns the events of kind k of Kazakhstan's record up to the
// date of the output, with their dates.
func (pg *page) events(k kzoic.EventKind) []string {
	var lines []string
	for _, e := range kzoic.Events() {
		if e.Kind == k && pg.upTo(e.Date) {
			lines = append(lines, pg.pair(pg.eventDate(e), pg.text(e.Text)))
			pg.cite(e.Sources)
		}
	}
	return lines
}

// eventDate returns the date of e, or its days where it lasted more than
// one.
func (pg *page) eventDate(e kzoic.Event) string { return view.Span(pg.p, e.Date, e.End) }

// sessionDates returns the days s met, or its date as the sources give it
// where they give no day.
func (pg *page) sessionDates(s oic.Session) string { return view.Span(pg.p, s.Start(), s.Period().End) }

// mission writes Kazakhstan's Permanent Mission: its seat and since when.
func (pg *page) mission(indent int, on oic.Date) {
	m := kzoic.PermanentMission()
	if !pg.upTo(m.Opened) {
		return
	}
	pg.field(indent, "mission", pg.list(pg.city(m.Seat, on), pg.period(oic.Period{Start: m.Opened})))
	pg.cite(m.Sources)
}

// representative writes who was Kazakhstan's Permanent Representative on
// the date on, as far as the sources say: nothing on a date Kazakhstan was
// certainly not a member.
func (pg *page) representative(indent int, on oic.Date) {
	if kzoic.StatusOn(on).IsMember() == oic.No {
		return
	}
	cands, last := view.RepresentativesOn(on)
	pg.field(indent, "representative", pg.semi(pg.holders(cands, last, on)...))
}

// hosted writes the meetings Kazakhstan hosted up to the date of the
// output: sessions of the OIC and other meetings of its record, in date
// order.
func (pg *page) hosted(indent int) {
	type item struct {
		date oic.Date
		text string
	}
	var items []item
	for s := range kzoic.HostedSessions() {
		if !pg.upTo(s.Start()) {
			continue
		}
		items = append(items, item{s.Start(), pg.pair(pg.sessionDates(s), pg.list(pg.p.SessionTitle(s), pg.city(s.City(), s.Start())))})
		pg.cite(s.Sources())
	}
	for _, e := range kzoic.Events() {
		if e.Kind == kzoic.EventHosted && pg.upTo(e.Date) {
			items = append(items, item{e.Date, pg.pair(pg.eventDate(e), pg.text(e.Text))})
			pg.cite(e.Sources)
		}
	}
	slices.SortStableFunc(items, func(a, b item) int { return a.date.Compare(b.date) })
	var lines []string
	for _, it := range items {
		lines = append(lines, it.text)
	}
	pg.lines(indent, "hosted", lines)
}

// initiativeStatus returns the status of an initiative, or the statuses
// it may have had where the sources do not settle the date.
func (pg *page) initiativeStatus(st []initiatives.Status) string { return pg.p.InitiativeStatuses(st) }

func initiativeList(w io.Writer, opt options) error {
	var out []view.Initiative
	for in := range initiatives.All() {
		out = append(out, view.InitiativeOf(in, opt.on, opt.lang, false))
	}
	if opt.json {
		return printJSON(w, out)
	}
	pg := newPage(w, opt)
	pg.title(pg.label("initiatives"))
	var rows [][]string
	for _, v := range out {
		st := v.Statuses
		if len(st) == 0 {
			st = []initiatives.Status{v.Status}
		}
		in, _ := initiatives.Lookup(v.Key)
		rows = append(rows, []string{pg.text(v.Names), pg.code(v.Key), pg.date(v.Announced), pg.p.SessionTitle(v.AnnouncedAt), pg.initiativeStatus(st)})
		pg.cite(in.Sources())
	}
	pg.table(1, []string{"name", "key", "announced", "session", "status"}, rows)
	return pg.finish()
}

func initiative(w io.Writer, opt options, key string) error {
	in, err := initiatives.Parse(key)
	if err != nil {
		return usageError(opt, "cli.err.initiative", quote(opt, key), opt.printer.Isolate(initiativeKeys()))
	}
	if opt.json {
		return printJSON(w, view.InitiativeOf(in, opt.on, opt.lang, true))
	}
	pg := newPage(w, opt)
	on := opt.on
	pg.title(pg.paren(pg.text(in.Names()), pg.code(in.Key())))
	pg.cite(in.Sources())
	var who []string
	for _, p := range in.ProposedBy() {
		who = append(who, pg.person(p))
	}
	pg.field(1, "proposed-by", pg.list(who...))
	var partners []string
	for _, c := range in.Partners() {
		partners = append(partners, pg.country(c, in.Announced()))
	}
	if len(partners) > 0 {
		pg.field(1, "partners", pg.list(partners...))
	}
	pg.field(1, "announced", pg.list(pg.date(in.Announced()), pg.p.SessionTitle(in.AnnouncedAt())))
	pg.field(1, "goal", pg.text(in.Goal()))
	pg.field(1, "status", pg.initiativeStatus(in.StatusesOn(on)))
	var counts []initiatives.Milestone
	for _, m := range in.Milestones() {
		if m.Kind != initiatives.KindEvent && pg.upTo(m.Date) {
			counts = append(counts, m)
		}
	}
	slices.SortStableFunc(counts, func(a, b initiatives.Milestone) int {
		return cmp.Or(a.Date.Compare(b.Date), cmp.Compare(a.Kind, b.Kind))
	})
	for _, k := range []initiatives.MilestoneKind{initiatives.KindSignatories, initiatives.KindRatifications} {
		if m, ok := in.CountOn(k, on); ok {
			pg.field(1, "count."+k.String(), pg.paren(pg.p.Count(prose.NounStates, m.Count), pg.pair(pg.label("as-of"), pg.date(m.Date))))
		}
	}
	if len(counts) > 0 {
		pg.heading(1, "counts")
		for _, m := range counts {
			c := pg.pair(pg.label("count."+m.Kind.String()), pg.p.Count(prose.NounStates, m.Count))
			pg.line(2, pg.pair(pg.date(m.Date), pg.t("cli.detail", c, pg.text(m.Text))))
		}
	}
	var names []string
	for _, b := range in.Bodies() {
		names = append(names, pg.body(b, on))
	}
	if len(names) > 0 {
		pg.field(1, "bodies", pg.semi(names...))
	}
	names = nil
	for _, d := range in.Documents() {
		names = append(names, pg.text(d.Names()))
	}
	if len(names) > 0 {
		pg.field(1, "documents", pg.semi(names...))
	}
	pg.heading(1, "milestones")
	for _, m := range in.Milestones() {
		if m.Kind != initiatives.KindEvent || !pg.upTo(m.Date) {
			continue
		}
		s := pg.text(m.Text)
		if m.Unverified {
			s = pg.t("cli.unverified", s)
		}
		pg.line(2, pg.pair(pg.date(m.Date), s))
		pg.cite(m.Sources)
	}
	for _, m := range counts {
		pg.cite(m.Sources)
	}
	if n, ok := in.Note(); ok {
		pg.line(1, pg.t("cli.note", pg.date(n.AsOf), pg.text(n.Text)))
		pg.cite(n.Sources)
	}
	return pg.finish()
}

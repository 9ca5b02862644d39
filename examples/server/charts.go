package main

import (
	"cmp"
	"slices"
	"strconv"
	"sync"

	"github.com/kzoic/kzoic"
	"github.com/kzoic/kzoic/examples/server/internal/chart"
	"github.com/kzoic/kzoic/initiatives"
	"github.com/kzoic/kzoic/oic"
	"github.com/kzoic/kzoic/prose"
)

// year returns the position of a day-precision date on a time axis.
func year(d oic.Date) float64 { return chart.Year(d.Year, d.Month, d.Day) }

// clampDay returns the day d held within lo and hi.
func clampDay(d, lo, hi oic.Date) oic.Date {
	if d.Before(lo) {
		return lo
	}
	if d.After(hi) {
		return hi
	}
	return d
}

// A memberSegment is a stretch of days, from its first day to the next
// segment's, over which the counts of members do not change: the states
// that were certainly members, certainly members in good standing, and
// those that may have been (a change the sources date only to a year or a
// month, or only attest, fell in it).
type memberSegment struct {
	day                       oic.Date
	members, active           int
	maybeMembers, maybeActive int
}

// A memberChange is one date of change in the membership, with the
// changes of that date and the counts once they had taken effect.
type memberChange struct {
	date            oic.Date // as the sources give it
	at              oic.Date // the first day on which the changes had certainly taken effect
	changes         []countryChange
	members, active int
}

type countryChange struct {
	country oic.Country
	change  oic.StatusChange
	prev    oic.Status
}

// membership returns the segments and changes of the membership from the
// founding to the data vintage. They depend on the data alone, so they are
// computed once.
var membership = sync.OnceValues(func() ([]memberSegment, []memberChange) {
	lo, hi := oic.Founded(), oic.Vintage()
	days := map[oic.Date]bool{lo: true}
	byDate := map[oic.Date]*memberChange{}
	for c := range oic.Countries() {
		prev := oic.StatusNone
		for _, h := range c.History() {
			e := clampDay(h.Date.Earliest(), lo, hi)
			l := clampDay(h.Date.Latest(), lo, hi)
			days[e] = true
			after := l
			if l != hi || h.Date.Latest() == hi {
				after = l.Next()
			}
			if !after.After(hi) {
				days[after] = true
			}
			mc := byDate[h.Date]
			if mc == nil {
				mc = &memberChange{date: h.Date, at: clampDay(after, lo, hi)}
				byDate[h.Date] = mc
			}
			mc.changes = append(mc.changes, countryChange{c, h, prev})
			prev = h.Status
		}
	}
	count := func(d oic.Date) memberSegment {
		sg := memberSegment{day: d}
		for range oic.MembersOn(d) {
			sg.members++
		}
		for range oic.ActiveMembersOn(d) {
			sg.active++
		}
		for c := range oic.UnsettledOn(d) {
			st := c.StatusOn(d)
			if st.IsMember() == oic.Maybe {
				sg.maybeMembers++
			}
			if st.Is(oic.StatusMember) == oic.Maybe {
				sg.maybeActive++
			}
		}
		return sg
	}
	var segs []memberSegment
	for _, d := range slices.SortedFunc(func(yield func(oic.Date) bool) {
		for d := range days {
			if !yield(d) {
				return
			}
		}
	}, oic.Date.Compare) {
		segs = append(segs, count(d))
	}
	var changes []memberChange
	for _, mc := range byDate {
		sg := count(mc.at)
		mc.members, mc.active = sg.members, sg.active
		changes = append(changes, *mc)
	}
	slices.SortFunc(changes, func(a, b memberChange) int {
		return cmp.Or(a.at.Compare(b.at), a.date.Earliest().Compare(b.date.Earliest()), a.date.Compare(b.date))
	})
	return segs, changes
})

// changeList returns the changes of one date for a reader, at most limit of
// them and the number of the others.
func (pg *page) changeList(mc memberChange, limit int) string {
	var out string
	for i, cc := range mc.changes {
		if i == limit {
			return pg.t("cli.list", out, pg.t("web.more", len(mc.changes)-limit))
		}
		ch := cc.change
		ch.Session, ch.Decision = oic.Session{}, oic.Text{}
		x := pg.t("cli.detail", cc.country.NameOn(mc.date.Earliest(), pg.tag), pg.p.Change(ch, cc.prev))
		if out == "" {
			out = x
		} else {
			out = pg.t("cli.semicolon", out, x)
		}
	}
	return out
}

// markNow marks the date the page answers for on p, where it is not the
// data vintage.
func (pg *page) markNow(p *chart.Plot) {
	if pg.on == oic.Vintage() || pg.on.IsZero() {
		return
	}
	p.Now = (year(pg.on.Earliest()) + year(pg.on.Latest().Next())) / 2
	p.NowTitle = pg.date(pg.on)
}

// membersFigure returns the chart of the number of member states and of
// those in good standing over time, with suspensions shaded and changes the
// sources do not date to the day hatched.
func membersFigure(pg *page, id string) *figure {
	segs, changes := membership()
	vintage := oic.Vintage()
	p := &chart.Plot{ID: id, Title: pg.t("web.chart.members"), Desc: pg.t("web.chart.members.desc"), RTL: pg.p.IsRTL(),
		X0: float64(oic.Founded().Year), X1: year(vintage.Next())}
	top := 0
	members := chart.Line{Class: "members"}
	active := chart.Line{Class: "active"}
	for i, sg := range segs {
		x0 := year(sg.day)
		x1 := year(vintage.Next())
		if i+1 < len(segs) {
			x1 = year(segs[i+1].day)
		}
		members.XY = append(members.XY, [2]float64{x0, float64(sg.members)})
		active.XY = append(active.XY, [2]float64{x0, float64(sg.active)})
		if sg.members > sg.active {
			p.Rects = append(p.Rects, chart.Rect{Class: "suspended", X0: x0, X1: x1, Y0: float64(sg.active), Y1: float64(sg.members)})
		}
		if sg.maybeMembers > 0 {
			p.Rects = append(p.Rects, chart.Rect{Class: "members", X0: x0, X1: x1, Y0: float64(sg.members), Y1: float64(sg.members + sg.maybeMembers), Hatched: true})
		}
		if sg.maybeActive > 0 {
			p.Rects = append(p.Rects, chart.Rect{Class: "active", X0: x0, X1: x1, Y0: float64(sg.active), Y1: float64(sg.active + sg.maybeActive), Hatched: true})
		}
		top = max(top, sg.members+sg.maybeMembers)
	}
	p.Lines = []chart.Line{members, active}
	pg.markNow(p)
	p.Y1 = float64((top + 9) / 10 * 10)
	t := table{Caption: pg.t("web.chart.table"), Head: []string{pg.label("date"), pg.label("event"), pg.label("member-states"), pg.t("web.legend.active")}}
	for _, mc := range changes {
		list := pg.changeList(mc, 6)
		counts := pg.t("cli.list", pg.p.Count(prose.NounMemberStates, mc.members), pg.t("cli.field", pg.t("web.legend.active"), strconv.Itoa(mc.active)))
		p.Points = append(p.Points, chart.Point{Class: "members", X: year(mc.at), Y: float64(mc.members),
			Title: pg.t("cli.field", pg.date(mc.date), pg.t("cli.detail", list, counts))})
		t.Rows = append(t.Rows, row{Datum: true, Cells: []inline{s(pg.date(mc.date)), s(pg.changeList(mc, len(mc.changes))), s(itoa(mc.members)), s(itoa(mc.active))}})
	}
	legend := []legendItem{
		{"members", pg.label("member-states")},
		{"active", pg.t("web.legend.active")},
		{"suspended", pg.t("web.legend.suspended")},
		{"unsettled", pg.t("web.legend.unsettled")},
	}
	return figureOf(p, legend, t)
}

// sessionsFigure returns the chart of the sessions held each year,
// stacked by kind: of one kind where kind is not zero.
func sessionsFigure(pg *page, id string, kind oic.SessionKind) *figure {
	vintage := oic.Vintage()
	first := oic.Founded().Year
	type cell struct {
		count, unsettled int
	}
	counts := map[int]map[oic.SessionKind]*cell{}
	for ses := range oic.Sessions(kind) {
		y := ses.Start().Year
		if counts[y] == nil {
			counts[y] = map[oic.SessionKind]*cell{}
		}
		c := counts[y][ses.Kind()]
		if c == nil {
			c = &cell{}
			counts[y][ses.Kind()] = c
		}
		c.count++
		if ses.Start().Bound != oic.On {
			c.unsettled++
		}
		first = min(first, y)
	}
	p := &chart.Plot{ID: id, Title: pg.t("web.chart.sessions"), Desc: pg.t("web.chart.sessions.desc"), RTL: pg.p.IsRTL(),
		X0: float64(first), X1: float64(vintage.Year + 1)}
	t := table{Caption: pg.t("web.chart.table"), Head: []string{pg.t("web.year"), pg.label("kind"), pg.t("web.count")}}
	var legend []legendItem
	used := map[oic.SessionKind]bool{}
	top, hatched := 0, false
	for y := first; y <= vintage.Year; y++ {
		stack := 0
		for k := range oic.SessionKinds() {
			c := counts[y][k]
			if c == nil {
				continue
			}
			used[k] = true
			n := pg.p.Count(prose.NounSessions, c.count)
			p.Rects = append(p.Rects, chart.Rect{Class: "k-" + k.String(), X0: float64(y) + 0.12, X1: float64(y) + 0.88,
				Y0: float64(stack), Y1: float64(stack + c.count), Datum: true, Hatched: c.unsettled > 0,
				Title: pg.t("cli.field", strconv.Itoa(y), pg.t("cli.detail", pg.p.SessionKind(k), n))})
			hatched = hatched || c.unsettled > 0
			stack += c.count
			t.Rows = append(t.Rows, row{Datum: true, Cells: []inline{s(strconv.Itoa(y)), {{Text: pg.p.SessionKind(k), Href: pg.href("/sessions", "kind", k.String())}}, s(itoa(c.count))}})
		}
		top = max(top, stack)
	}
	p.Y1 = float64(max(top, 1))
	for k := range oic.SessionKinds() {
		if used[k] {
			legend = append(legend, legendItem{"k-" + k.String(), pg.p.SessionKind(k)})
		}
	}
	if hatched {
		legend = append(legend, legendItem{"unsettled", pg.t("web.legend.unsettled")})
	}
	return figureOf(p, legend, t)
}

// officesFigure returns the timeline of the holders of three offices: the
// Secretaries-General, Kazakhstan's Permanent Representatives and the heads
// of the Islamic Organization for Food Security.
func officesFigure(pg *page, id string) *figure {
	// A row's floor is the earliest day a term of it can have begun: a
	// start the sources only attest is hatched back to it, not to 1969.
	type officeRow struct {
		title string
		href  string
		terms []oic.Term
		floor oic.Date
	}
	floor := func(o oic.Office) oic.Date {
		if f := o.Body().Founded(); !f.IsZero() {
			return f.Earliest()
		}
		return oic.Founded()
	}
	var rows []officeRow
	if o, ok := oic.LookupOffice("secretary-general"); ok {
		rows = append(rows, officeRow{pg.p.Text(o.Names()), pg.href("/offices") + "#" + o.Key(), o.Terms(), floor(o)})
	}
	var reps []oic.Term
	for _, r := range kzoic.Representatives() {
		reps = append(reps, oic.Term{Holder: r.Person, Country: kzoic.Kazakhstan(), Period: r.Period, Sources: r.Sources})
	}
	// Kazakhstan's Permanent Representatives head its Permanent Mission.
	rows = append(rows, officeRow{pg.label("representatives"), pg.href("/") + "#kazakhstan", reps, kzoic.PermanentMission().Opened.Earliest()})
	if o, ok := oic.LookupOffice("iofs-director-general"); ok {
		rows = append(rows, officeRow{pg.p.Text(o.Names()), pg.href("/offices") + "#" + o.Key(), o.Terms(), floor(o)})
	}
	vintage := oic.Vintage()
	lo := oic.Founded()
	end := vintage.Next()
	for _, r := range rows {
		for _, t := range r.terms {
			if t.Scheduled && t.Period.End.Precision() == oic.PrecisionDay && t.Period.End.After(end) {
				end = t.Period.End
			}
		}
	}
	p := &chart.Plot{ID: id, Title: pg.t("web.chart.offices"), Desc: pg.t("web.chart.offices.desc"), RTL: pg.p.IsRTL(),
		X0: float64(lo.Year), X1: float64(end.Year + 1)}
	pg.markNow(p)
	t := table{Caption: pg.t("web.chart.table"), Head: []string{pg.label("offices"), pg.t("web.holder"), pg.label("period")}}
	hi := end
	for i, r := range rows {
		p.Rows = append(p.Rows, r.title)
		floor := clampDay(r.floor, lo, hi)
		for j, term := range r.terms {
			per := term.Period
			if per == (oic.Period{}) {
				t.Rows = append(t.Rows, row{Cells: []inline{{{Text: r.title, Href: r.href}}, pg.person(term.Holder), s(pg.term(term))}})
				continue
			}
			ceil := hi
			if j+1 < len(r.terms) && !r.terms[j+1].Period.Start.IsZero() {
				ceil = clampDay(r.terms[j+1].Period.Start.Latest(), lo, hi)
			}
			s0, s1 := floor, floor
			if !per.Start.IsZero() {
				s0, s1 = clampDay(per.Start.Earliest(), floor, hi), clampDay(per.Start.Latest(), floor, hi)
			}
			e0, e1 := vintage.Next(), vintage.Next()
			running := per.End.IsZero() || term.Scheduled
			if !per.End.IsZero() {
				e0 = clampDay(per.End.Earliest(), s1, hi)
				e1 = e0
				if per.End.Precision() != oic.PrecisionDay || per.End.Bound != oic.On {
					e1 = clampDay(per.End.Latest().Next(), e0, ceil)
				}
			}
			y := float64(i)
			if s1.After(s0) {
				p.Rects = append(p.Rects, chart.Rect{Class: "term", X0: year(s0), X1: year(s1), Y0: y, Hatched: true})
			}
			label := pg.t("cli.detail", pg.p.Text(term.Holder.Names()), pg.term(term))
			solidEnd := e0
			if running && e0.After(vintage.Next()) {
				solidEnd = vintage.Next()
			}
			p.Rects = append(p.Rects, chart.Rect{Class: "term", X0: year(s1), X1: year(solidEnd), Y0: y, Datum: true, Title: label})
			if running && e0.After(solidEnd) {
				p.Rects = append(p.Rects, chart.Rect{Class: "running", X0: year(solidEnd), X1: year(e0), Y0: y})
			}
			if per.End.IsZero() {
				p.Rects = append(p.Rects, chart.Rect{Class: "running", X0: year(solidEnd), X1: year(solidEnd) + 0.4, Y0: y})
			}
			if e1.After(e0) {
				p.Rects = append(p.Rects, chart.Rect{Class: "term", X0: year(e0), X1: year(e1), Y0: y, Hatched: true})
			}
			floor = e1
			if floor.Before(e0) {
				floor = e0
			}
			t.Rows = append(t.Rows, row{Datum: true, Cells: []inline{{{Text: r.title, Href: r.href}}, pg.person(term.Holder), s(pg.term(term))}})
		}
	}
	legend := []legendItem{
		{"term", pg.t("web.legend.term")},
		{"running", pg.t("web.legend.running")},
		{"unsettled", pg.t("web.legend.unsettled")},
	}
	return figureOf(p, legend, t)
}

// countsFigure returns the chart of the counts an initiative's sources
// report over time (signatories and ratifications), or nil when they
// report none.
func countsFigure(pg *page, id string, in initiatives.Initiative) *figure {
	var ms []initiatives.Milestone
	for _, m := range in.Milestones() {
		if m.Kind == initiatives.KindSignatories || m.Kind == initiatives.KindRatifications {
			ms = append(ms, m)
		}
	}
	if len(ms) == 0 {
		return nil
	}
	slices.SortStableFunc(ms, func(a, b initiatives.Milestone) int {
		return cmp.Or(a.Date.Earliest().Compare(b.Date.Earliest()), cmp.Compare(a.Kind, b.Kind))
	})
	vintage := oic.Vintage()
	first := in.Announced()
	if first.IsZero() || ms[0].Date.Earliest().Before(first.Earliest()) {
		first = ms[0].Date
	}
	p := &chart.Plot{ID: id, Title: pg.t("web.chart.counts"), Desc: pg.t("web.chart.counts.desc"), RTL: pg.p.IsRTL(),
		X0: float64(first.Year), X1: float64(vintage.Year + 1)}
	lines := map[initiatives.MilestoneKind]*chart.Line{
		initiatives.KindSignatories:   {Class: "signatories"},
		initiatives.KindRatifications: {Class: "ratifications"},
	}
	t := table{Caption: pg.t("web.chart.table"), Head: []string{pg.label("date"), pg.label("kind"), pg.t("web.count"), pg.label("event")}}
	top := 0
	for _, m := range ms {
		e, l := m.Date.Earliest(), m.Date.Latest().Next()
		x := year(e)
		if l.After(e.Next()) {
			x = (year(e) + year(l)) / 2
			p.Rects = append(p.Rects, chart.Rect{Class: m.Kind.String(), X0: year(e), X1: year(l), Y0: float64(m.Count) - 0.8, Y1: float64(m.Count) + 0.8, Hatched: true})
		}
		ln := lines[m.Kind]
		ln.XY = append(ln.XY, [2]float64{x, float64(m.Count)})
		kind := pg.label("count." + m.Kind.String())
		p.Points = append(p.Points, chart.Point{Class: m.Kind.String(), X: x, Y: float64(m.Count),
			Title: pg.t("cli.field", pg.date(m.Date), pg.t("cli.field", kind, pg.p.Count(prose.NounStates, m.Count)))})
		t.Rows = append(t.Rows, row{Datum: true, Cells: []inline{s(pg.date(m.Date)), s(kind), s(itoa(m.Count)), pg.text(m.Text)}})
		top = max(top, m.Count)
		pg.cite(m.Sources)
	}
	p.Lines = []chart.Line{*lines[initiatives.KindSignatories], *lines[initiatives.KindRatifications]}
	p.Y1 = float64((top + 9) / 10 * 10)
	legend := []legendItem{
		{"signatories", pg.label("count.signatories")},
		{"ratifications", pg.label("count.ratifications")},
		{"unsettled", pg.t("web.legend.unsettled")},
	}
	return figureOf(p, legend, t)
}

package main

import (
	"slices"
	"strconv"

	"github.com/kzoic/kzoic"
	"github.com/kzoic/kzoic/examples/internal/view"
	"github.com/kzoic/kzoic/initiatives"
	"github.com/kzoic/kzoic/oic"
	"github.com/kzoic/kzoic/prose"
	"github.com/kzoic/kzoic/search"
	"github.com/kzoic/kzoic/search/cldr"
	"github.com/kzoic/kzoic/search/order"
	"github.com/kzoic/kzoic/timeline"
)

// asOf returns the heading of a page that answers for the page's date:
// "Member states — as of 1 November 2026".
func (pg *page) asOf(what string) string {
	return pg.t("cli.as-of."+pg.on.Precision().String(), what, pg.date(pg.on))
}

// afterVintage returns the lead that says a date after the data vintage is
// answered as of the vintage, or nothing.
func (pg *page) afterVintage() []inline {
	if oic.IsAfterVintage(pg.on) {
		return []inline{s(pg.t("cli.after-vintage", pg.date(oic.Vintage())))}
	}
	return nil
}

// dateForm returns the form that picks the date a page answers for.
func (pg *page) dateForm(action string) *form {
	value := ""
	if pg.on.Precision() == oic.PrecisionDay && pg.on != oic.Vintage() {
		value = pg.on.String()
	}
	return &form{Action: action, Label: pg.t("web.on"), Submit: pg.t("web.show"), Lang: pg.code,
		Inputs: []input{{ID: "on", Label: pg.t("web.on"), Name: "on", Type: "date", Value: value,
			Min: oic.Founded().String(), Max: oic.Vintage().String()}}}
}

// onParam returns the date of the page as a query parameter, or "" for
// the vintage.
func (pg *page) onParam() string {
	if pg.on == oic.Vintage() {
		return ""
	}
	return pg.on.String()
}

// overviewPage is the home page: the organisation and Kazakhstan's record
// on a date, with the chart of the membership.
func overviewPage(pg *page) {
	on := pg.on
	kz := kzoic.Kazakhstan()
	pg.h1 = pg.asOf(pg.p.Text(oic.NamesOn(on)))
	pg.title = pg.t("web.overview")
	pg.lead = pg.afterVintage()
	pg.cite(oic.Sources())
	fs := oic.FoundingSession()
	org := block{Form: pg.dateForm("/")}
	org.Fields = append(org.Fields, field{pg.label("founded"), pg.list(s(pg.date(oic.Founded())), pg.session(fs), pg.city(fs.City(), fs.Start()))})
	var names []inline
	for _, n := range oic.NameHistory() {
		if !pg.upTo(n.Period.Start) {
			continue
		}
		p := n.Period
		if !pg.upTo(p.End) {
			p.End = oic.Date{}
		}
		names = append(names, pg.join("cli.field", pg.text(n.Name), s(pg.period(p))))
		pg.cite(n.Sources)
	}
	hq := oic.Headquarters()
	org.Fields = append(org.Fields, field{pg.label("headquarters"), pg.paren(pg.city(hq, on), pg.country(hq.Country(), on))})
	var langs []inline
	for _, t := range oic.WorkingLanguages() {
		langs = append(langs, s(pg.language(t)))
	}
	org.Fields = append(org.Fields, field{pg.label("working-languages"), pg.list(langs...)})
	if c := oic.CharterOn(on); c.IsValid() {
		org.Fields = append(org.Fields, field{pg.label("charter"), pg.paren(pg.document(c), s(pg.t("cli.field", pg.label("adopted"), pg.date(c.Adopted()))))})
		pg.cite(c.Sources())
	}
	if sg, ok := oic.LookupOffice("secretary-general"); ok {
		org.Fields = append(org.Fields, field{pg.p.Text(sg.Names()), pg.join("cli.semicolon", pg.officeHolders(sg, on)...)})
	}
	members := slices.Collect(oic.MembersOn(on))
	org.Fields = append(org.Fields, field{pg.label("member-states"), inline{{Text: pg.p.Count(prose.NounMemberStates, len(members)), Href: pg.href("/members", "on", pg.onParam())}}})
	var suspended []inline
	for c := range oic.SuspendedOn(on) {
		suspended = append(suspended, pg.country(c, on))
	}
	if len(suspended) > 0 {
		org.Fields = append(org.Fields, field{pg.label("suspended"), pg.list(suspended...)})
	}
	obs := len(slices.Collect(oic.ObserversOn(on)))
	orgs := len(slices.Collect(oic.ObserverOrgsOn(on)))
	org.Fields = append(org.Fields, field{pg.label("observers"), pg.list(s(pg.p.Count(prose.NounObserverStates, obs)), s(pg.t("cli.count.observer-orgs", orgs)))})
	org.Blocks = append(org.Blocks, block{Heading: pg.label("names"), List: names})
	org.Blocks = append(org.Blocks, block{Heading: pg.t("web.chart.members"), Figure: membersFigure(pg, "members-chart")})
	pg.blocks = append(pg.blocks, org)

	kzb := block{Heading: pg.p.Sprintf("cli.kazakhstan-in", kz.NameOn(on, pg.tag), pg.p.Text(oic.NamesOn(on))), ID: "kazakhstan"}
	pg.cite(kz.Sources())
	kzb.Fields = append(kzb.Fields, field{pg.label("standing"), s(pg.standing(kz.StatusOn(on)))})
	if a := kzoic.Admission(); pg.upTo(a.Date) {
		kzb.Fields = append(kzb.Fields, field{pg.label("admitted"), pg.list(s(pg.date(a.Date)), pg.session(a.Session))})
		pg.cite(a.Sources)
	}
	if m := kzoic.PermanentMission(); pg.upTo(m.Opened) {
		kzb.Fields = append(kzb.Fields, field{pg.label("mission"), pg.list(pg.city(m.Seat, on), s(pg.period(oic.Period{Start: m.Opened})))})
		pg.cite(m.Sources)
	}
	if kzoic.StatusOn(on).IsMember() != oic.No {
		kzb.Fields = append(kzb.Fields, field{pg.label("representative"), pg.join("cli.semicolon", pg.representative(on)...)})
	}
	kzb.Fields = append(kzb.Fields, field{pg.label("country"), inline{{Text: kz.NameOn(on, pg.tag), Href: pg.href("/members/"+kz.Key(), "on", pg.onParam())}}})
	var reps []inline
	for _, r := range kzoic.Representatives() {
		if pg.begunBy(r.Period.Start) {
			reps = append(reps, pg.join("cli.field", pg.join("cli.detail", pg.person(r.Person), pg.text(r.Post)), s(pg.period(r.Period))))
			pg.cite(r.Sources)
		}
	}
	if len(reps) > 0 {
		kzb.Blocks = append(kzb.Blocks, block{Heading: pg.label("representatives"), List: reps})
	}
	if h := pg.hosted(); len(h) > 0 {
		kzb.Blocks = append(kzb.Blocks, block{Heading: pg.label("hosted"), List: h})
	}
	if ch := pg.kzEvents(kzoic.EventChair); len(ch) > 0 {
		kzb.Blocks = append(kzb.Blocks, block{Heading: pg.label("chairmanships"), List: ch})
	}
	var posts []inline
	for _, t := range kzoic.Posts() {
		if pg.begunBy(t.Period.Start) {
			posts = append(posts, pg.join("cli.field", pg.office(t.Office), pg.list(pg.person(t.Holder), s(pg.term(t)))))
			pg.cite(t.Sources)
		}
	}
	if len(posts) > 0 {
		kzb.Blocks = append(kzb.Blocks, block{Heading: pg.label("posts"), List: posts})
	}
	var ins []inline
	for in := range initiatives.All() {
		if st := in.StatusesOn(on); len(st) > 0 && (len(st) > 1 || st[0] != initiatives.StatusNone) {
			ins = append(ins, pg.join("cli.field", pg.initiative(in), s(pg.initiativeStatus(st))))
		}
	}
	if len(ins) > 0 {
		kzb.Blocks = append(kzb.Blocks, block{Heading: pg.label("initiatives"), List: ins})
	}
	if r := pg.kzEvents(kzoic.EventRatification); len(r) > 0 {
		kzb.Blocks = append(kzb.Blocks, block{Heading: pg.label("kz-event.ratification"), List: r})
	}
	if r := pg.kzEvents(kzoic.EventOther); len(r) > 0 {
		kzb.Blocks = append(kzb.Blocks, block{Heading: pg.label("kz-event.event"), List: r})
	}
	pg.blocks = append(pg.blocks, kzb)
}

// representative returns who was Kazakhstan's Permanent Representative on
// the date on, as far as the sources say.
func (pg *page) representative(on oic.Date) []inline {
	cands, last := view.RepresentativesOn(on)
	return pg.holders(cands, last, on)
}

// kzEvents returns the events of kind k of Kazakhstan's record up to the
// date of the page.
func (pg *page) kzEvents(k kzoic.EventKind) []inline {
	var out []inline
	for _, e := range kzoic.Events() {
		if e.Kind == k && pg.upTo(e.Date) {
			out = append(out, pg.join("cli.field", s(pg.eventDate(e)), pg.list(pg.text(e.Text), pg.session(e.Session))))
			pg.cite(e.Sources)
		}
	}
	return out
}

// eventDate returns the date of e, or its days where it lasted more than
// one.
func (pg *page) eventDate(e kzoic.Event) string { return view.Span(pg.p, e.Date, e.End) }

// hosted returns the meetings Kazakhstan hosted up to the date of the
// page, in date order.
func (pg *page) hosted() []inline {
	type item struct {
		date oic.Date
		x    inline
	}
	var items []item
	for ses := range kzoic.HostedSessions() {
		if !pg.upTo(ses.Start()) {
			continue
		}
		items = append(items, item{ses.Start(), pg.join("cli.field", s(pg.sessionDates(ses)), pg.list(pg.session(ses), pg.city(ses.City(), ses.Start())))})
		pg.cite(ses.Sources())
	}
	for _, e := range kzoic.Events() {
		if e.Kind == kzoic.EventHosted && pg.upTo(e.Date) {
			items = append(items, item{e.Date, pg.join("cli.field", s(pg.eventDate(e)), pg.text(e.Text))})
			pg.cite(e.Sources)
		}
	}
	slices.SortStableFunc(items, func(a, b item) int { return a.date.Compare(b.date) })
	out := make([]inline, len(items))
	for i, it := range items {
		out[i] = it.x
	}
	return out
}

// countryTable returns states in a table sorted by their names in the
// reader's collation, with the date of the change that gave them their
// standing and the standing itself.
func (pg *page) countryTable(caption string, list []oic.Country, since func(oic.Country) oic.Date, sinceLabel string) *table {
	on := pg.on
	order.ByName(list, pg.tag, func(c oic.Country) string { return c.NameOn(on, pg.tag) })
	t := &table{Caption: caption, Head: []string{pg.label("code"), pg.label("name"), pg.label(sinceLabel), pg.label("standing")}}
	for _, c := range list {
		name := pg.name(c.Names(), c.NameOn(on, pg.tag), pg.href("/members/"+c.Key(), "on", pg.onParam()))
		t.Rows = append(t.Rows, row{Cells: []inline{code(c.Key()), name, s(pg.date(since(c))), s(pg.standing(c.StatusOn(on)))}})
		pg.cite(c.Sources())
	}
	return t
}

// membersPage lists the member and observer states on a date, with the
// chart of the membership over time.
func membersPage(pg *page) {
	on := pg.on
	pg.nav = "/members"
	pg.h1 = pg.asOf(pg.label("member-states"))
	pg.lead = pg.afterVintage()
	list := slices.Collect(oic.MembersOn(on))
	mb := block{Form: pg.dateForm("/members")}
	mb.Paras = append(mb.Paras, s(pg.p.Count(prose.NounMemberStates, len(list))))
	var suspended []inline
	for c := range oic.SuspendedOn(on) {
		suspended = append(suspended, pg.country(c, on))
	}
	if len(suspended) > 0 {
		mb.Fields = append(mb.Fields, field{pg.label("suspended"), pg.list(suspended...)})
	}
	var unsettled []inline
	for c := range oic.UnsettledOn(on) {
		unsettled = append(unsettled, pg.paren(pg.country(c, on), s(pg.standing(c.StatusOn(on)))))
	}
	if len(unsettled) > 0 {
		mb.Fields = append(mb.Fields, field{pg.label("unsettled"), pg.list(unsettled...)})
	}
	mb.Table = pg.countryTable(pg.label("member-states"), list, oic.Country.Joined, "joined")
	pg.blocks = append(pg.blocks, mb)

	states := slices.Collect(oic.ObserversOn(on))
	ob := block{Heading: pg.label("observers"), ID: "observers"}
	if len(states) > 0 {
		ob.Blocks = append(ob.Blocks, block{Heading: pg.label("observer-states"),
			Paras: []inline{s(pg.p.Count(prose.NounObserverStates, len(states)))},
			Table: pg.countryTable(pg.label("observer-states"), states, func(c oic.Country) oic.Date { return view.ObserverSince(c, on) }, "observer-since")})
	}
	var orgs []inline
	for o := range oic.ObserverOrgs() {
		if o.StatusOn(on) == oic.No {
			continue
		}
		name := pg.text(o.Names())
		st := pg.t("cli.field", pg.label("observer-status"), pg.period(o.Period()))
		detail := pg.t("cli.list", pg.label("observer-kind."+o.Kind().String()), st)
		if o.StatusOn(on) == oic.Maybe {
			detail = pg.t("cli.unsettled-on", detail)
		}
		orgs = append(orgs, pg.join("cli.field", name, s(detail)))
		pg.cite(o.Sources())
	}
	if len(orgs) > 0 {
		ob.Blocks = append(ob.Blocks, block{Heading: pg.label("observer-orgs"), List: orgs})
	}
	if len(ob.Blocks) > 0 {
		pg.blocks = append(pg.blocks, ob)
	}
	pg.blocks = append(pg.blocks, block{Heading: pg.t("web.chart.members"), ID: "chart", Figure: membersFigure(pg, "members-chart")})
}

// memberPage is the page of one state: its names, standing, history, the
// sessions it hosted and its sources.
func memberPage(pg *page, c oic.Country) {
	on := pg.on
	pg.nav = "/members"
	var codes []inline
	for _, x := range []string{c.Alpha2(), c.Alpha3()} {
		if x != "" {
			codes = append(codes, code(x))
		}
	}
	if len(codes) == 0 {
		codes = append(codes, code(c.Key()))
	}
	pg.h1 = c.NameOn(on, pg.tag)
	pg.lead = append(pg.afterVintage(), pg.list(codes...))
	pg.cite(c.Sources())
	top := block{Form: pg.dateForm("/members/" + c.Key())}
	if f := c.FormalNames(); !f.IsZero() {
		top.Fields = append(top.Fields, field{pg.label("formal-name"), pg.text(f)})
	}
	top.Fields = append(top.Fields, field{pg.t("cli.as-of."+on.Precision().String(), pg.label("standing"), pg.date(on)), s(pg.standing(c.StatusOn(on)))})
	if j := c.Joined(); !j.IsZero() {
		top.Fields = append(top.Fields, field{pg.label("joined"), s(pg.date(j))})
	}
	pg.blocks = append(pg.blocks, top)

	pg.blocks = append(pg.blocks, pg.namesBlock(c.Names(), c.OtherNames()))

	if h := c.History(); len(h) > 0 {
		t := &table{Caption: pg.label("history"), Head: []string{pg.label("date"), pg.label("status"), pg.label("session")}}
		prev := oic.StatusNone
		for _, ch := range h {
			change := ch
			change.Session = oic.Session{}
			t.Rows = append(t.Rows, row{Cells: []inline{s(pg.date(ch.Date)), s(pg.p.Change(change, prev)), pg.session(ch.Session)}})
			pg.cite(ch.Sources)
			prev = ch.Status
		}
		hb := block{Heading: pg.label("history"), Table: t}
		if alts := c.Alternatives(); len(alts) > 0 {
			hb.Blocks = append(hb.Blocks, block{Heading: pg.label("other-sources"), List: pg.alternatives(alts)})
		}
		pg.blocks = append(pg.blocks, hb)
	}
	var hosted []oic.Session
	for ses := range oic.SessionsHostedBy(c) {
		hosted = append(hosted, ses)
	}
	if len(hosted) > 0 {
		pg.blocks = append(pg.blocks, block{Heading: pg.label("hosted"), Table: pg.sessionTable(pg.label("hosted"), hosted)})
	}
	if c == kzoic.Kazakhstan() {
		pg.blocks = append(pg.blocks, block{Heading: pg.p.Sprintf("cli.kazakhstan-in", c.NameOn(on, pg.tag), pg.p.Text(oic.NamesOn(on))), List: []inline{
			{{Text: pg.t("web.overview"), Href: pg.href("/", "on", pg.onParam()) + "#kazakhstan"}},
			{{Text: pg.label("initiatives"), Href: pg.href("/initiatives", "on", pg.onParam())}}}})
	}
}

// alternatives returns the values other sources give: the fact, the value
// and why the sources may differ.
func (pg *page) alternatives(alts []oic.Alternative) []inline {
	var out []inline
	for _, a := range alts {
		x := s(pg.t("cli.field", pg.label("alt."+a.Field), pg.date(a.Date)))
		if n := pg.text(a.Note); len(n) > 0 {
			x = pg.join("cli.detail", x, n)
		}
		out = append(out, x)
		pg.cite([]oic.Source{a.Source})
	}
	return out
}

// sessionTable returns sessions in a table: title, dates, city and host.
func (pg *page) sessionTable(caption string, list []oic.Session) *table {
	t := &table{Caption: caption, Head: []string{pg.label("title"), pg.label("dates"), pg.label("city"), pg.label("host")}}
	for _, ses := range list {
		t.Rows = append(t.Rows, row{Cells: []inline{pg.session(ses), s(pg.sessionDates(ses)), pg.city(ses.City(), ses.Start()), pg.country(ses.Host(), ses.Start())}})
		pg.cite(ses.Sources())
	}
	return t
}

// sessionsPage lists the sessions of one kind or all, by kind, with the
// chart of sessions per year.
func sessionsPage(pg *page, kind oic.SessionKind) {
	pg.nav = "/sessions"
	pg.h1 = pg.label("sessions")
	f := &form{Action: "/sessions", Label: pg.label("kind"), Submit: pg.t("web.show"), Lang: pg.code,
		Inputs: []input{{ID: "kind", Label: pg.label("kind"), Name: "kind", Type: "select",
			Options: []option{{Value: "", Text: pg.t("web.any"), Selected: kind == 0}}}}}
	for k := range oic.SessionKinds() {
		f.Inputs[0].Options = append(f.Inputs[0].Options, option{Value: k.String(), Text: pg.p.SessionKind(k), Selected: k == kind})
	}
	total := 0
	top := block{Form: f}
	var kinds []block
	for k := range oic.SessionKinds() {
		if kind != 0 && k != kind {
			continue
		}
		list := slices.Collect(oic.Sessions(k))
		if len(list) == 0 {
			continue
		}
		total += len(list)
		kinds = append(kinds, block{Heading: pg.p.SessionKind(k), ID: k.String(), Paras: []inline{s(pg.p.Count(prose.NounSessions, len(list)))},
			Table: pg.sessionTable(pg.p.SessionKind(k), list)})
	}
	top.Paras = []inline{s(pg.p.Count(prose.NounSessions, total))}
	pg.blocks = append(pg.blocks, top)
	pg.blocks = append(pg.blocks, block{Heading: pg.t("web.chart.sessions"), ID: "chart", Figure: sessionsFigure(pg, "sessions-chart", kind)})
	pg.blocks = append(pg.blocks, kinds...)
}

// sessionPage is the page of one session: its days, place, chair, theme,
// outcomes, the changes of standing and documents it decided, the
// initiatives put forward at it and its sources.
func sessionPage(pg *page, ses oic.Session) {
	pg.nav = "/sessions"
	pg.h1 = pg.p.SessionTitle(ses)
	pg.cite(ses.Sources())
	top := block{}
	top.Fields = append(top.Fields, field{pg.label("kind"), inline{{Text: pg.p.SessionKind(ses.Kind()), Href: pg.href("/sessions", "kind", ses.Kind().String())}}})
	top.Fields = append(top.Fields, field{pg.label("dates"), s(pg.sessionDates(ses))})
	if c := ses.City(); c.IsValid() {
		top.Fields = append(top.Fields, field{pg.label("city"), pg.city(c, ses.Start())})
	}
	if h := ses.Host(); h.IsValid() {
		top.Fields = append(top.Fields, field{pg.label("host"), pg.country(h, ses.Start())})
	}
	if who, role := ses.Chair(); who.IsValid() {
		top.Fields = append(top.Fields, field{pg.label("chair"), pg.role(who, role)})
	}
	if t := ses.Theme(); !t.IsZero() {
		top.Fields = append(top.Fields, field{pg.label("theme"), pg.text(t)})
	}
	pg.blocks = append(pg.blocks, top)
	if outs := ses.Outcomes(); len(outs) > 0 {
		var items []inline
		for _, o := range outs {
			items = append(items, pg.outcome(o))
		}
		pg.blocks = append(pg.blocks, block{Heading: pg.label("outcomes"), List: items})
	}
	var changes []inline
	for c, ch := range oic.ChangesAt(ses) {
		prev := oic.StatusNone
		for _, h := range c.History() {
			if h.Date.Compare(ch.Date) >= 0 {
				break
			}
			prev = h.Status
		}
		bare := ch
		bare.Session = oic.Session{}
		changes = append(changes, pg.join("cli.field", pg.country(c, ses.Start()), s(pg.p.Change(bare, prev))))
	}
	if len(changes) > 0 {
		pg.blocks = append(pg.blocks, block{Heading: pg.t("web.changes"), List: changes})
	}
	var docs []inline
	for d := range oic.DocumentsAdoptedAt(ses) {
		docs = append(docs, pg.document(d))
	}
	if len(docs) > 0 {
		pg.blocks = append(pg.blocks, block{Heading: pg.t("web.adopted"), List: docs})
	}
	var ins []inline
	for in := range initiatives.AtSession(ses) {
		ins = append(ins, pg.initiative(in))
	}
	if len(ins) > 0 {
		pg.blocks = append(pg.blocks, block{Heading: pg.label("initiatives"), List: ins})
	}
}

// outcome returns what a session did, with links to the records it names.
func (pg *page) outcome(o oic.Outcome) inline {
	var x inline
	switch o.Kind {
	case oic.OutcomeAdopted:
		x = pg.fmtInline("outcome.adopted", pg.document(o.Document))
	case oic.OutcomeElected:
		x = pg.fmtInline("outcome.elected", pg.person(o.Person), pg.office(o.Office))
	case oic.OutcomeAdmitted, oic.OutcomeSuspended, oic.OutcomeReadmitted, oic.OutcomeObserver:
		x = pg.fmtInline("outcome."+o.Kind.String(), pg.name(o.Country.Names(), o.Country.Names().In(pg.tag), pg.href("/members/"+o.Country.Key())))
	case oic.OutcomeEstablished:
		x = pg.fmtInline("outcome.established", pg.name(o.Body.Names(), o.Body.Names().In(pg.tag), pg.href("/bodies/"+o.Body.Key())))
	default:
		return s(pg.p.Outcome(o))
	}
	if d := pg.text(o.Text); len(d) > 0 {
		x = pg.fmtInline("outcome.with-detail", x, d)
	}
	return x
}

// bodiesPage lists the organs and institutions, by name in the reader's
// collation.
func bodiesPage(pg *page) {
	pg.nav = "/bodies"
	pg.h1 = pg.label("bodies")
	list := slices.Collect(oic.Bodies(0))
	order.ByName(list, pg.tag, func(b oic.Body) string { return b.Name(pg.tag) })
	t := &table{Caption: pg.label("bodies"), Head: []string{pg.label("name"), pg.label("kind"), pg.label("seat"), pg.label("founded")}}
	for _, b := range list {
		seat := pg.city(b.Seat(), pg.on)
		if seat == nil {
			seat = s("—")
		}
		t.Rows = append(t.Rows, row{Cells: []inline{pg.body(b, pg.on), s(pg.p.BodyKind(b.Kind())), seat, s(pg.date(b.Founded()))}})
		pg.cite(b.Sources())
	}
	pg.blocks = append(pg.blocks, block{Table: t})
}

// bodyPage is the page of one body: its kind, names, seat, founding,
// offices and sources.
func bodyPage(pg *page, b oic.Body) {
	on := pg.on
	pg.nav = "/bodies"
	pg.h1 = b.NameOn(on, pg.tag)
	if a := b.Acronym(); a != "" {
		pg.lead = []inline{code(a)}
	}
	pg.cite(b.Sources())
	top := block{}
	top.Fields = append(top.Fields, field{pg.label("kind"), s(pg.p.BodyKind(b.Kind()))})
	if st := b.Seat(); st.IsValid() {
		top.Fields = append(top.Fields, field{pg.label("seat"), pg.paren(pg.city(st, on), pg.country(st.Country(), on))})
	}
	if !b.Founded().IsZero() {
		top.Fields = append(top.Fields, field{pg.label("founded"), pg.join("cli.detail", s(pg.date(b.Founded())), pg.text(b.FoundedBy()))})
	}
	pg.blocks = append(pg.blocks, top)
	pg.blocks = append(pg.blocks, pg.namesBlock(b.Names(), b.OtherNames()))
	var offices []block
	for o := range oic.Offices() {
		if o.Body() == b {
			offices = append(offices, block{Heading: pg.p.Text(o.Names()), List: pg.officeHolders(o, on),
				Paras: []inline{{{Text: pg.t("web.terms"), Href: pg.href("/offices") + "#" + o.Key()}}}})
		}
	}
	if len(offices) > 0 {
		pg.blocks = append(pg.blocks, block{Heading: pg.label("offices"), Blocks: offices})
	}
}

// officesPage lists every office with its holder on a date and all its
// terms, with the chart of the holders of three offices.
func officesPage(pg *page) {
	on := pg.on
	pg.nav = "/offices"
	pg.h1 = pg.asOf(pg.label("offices"))
	pg.lead = pg.afterVintage()
	pg.blocks = append(pg.blocks, block{Form: pg.dateForm("/offices")})
	pg.blocks = append(pg.blocks, block{Heading: pg.t("web.chart.offices"), ID: "chart", Figure: officesFigure(pg, "offices-chart")})
	for o := range oic.Offices() {
		b := block{Heading: pg.p.Text(o.Names()), ID: o.Key()}
		b.Fields = append(b.Fields, field{pg.t("web.holder"), pg.join("cli.semicolon", pg.officeHolders(o, on)...)})
		if body := o.Body(); body.IsValid() {
			b.Fields = append(b.Fields, field{pg.label("bodies"), pg.body(body, on)})
		}
		if terms := o.Terms(); len(terms) > 0 {
			t := &table{Caption: pg.p.Text(o.Names()), Head: []string{pg.t("web.holder"), pg.label("country"), pg.label("period"), pg.label("session")}}
			for _, term := range terms {
				t.Rows = append(t.Rows, row{Cells: []inline{pg.person(term.Holder), pg.country(term.Country, term.Period.Start), s(pg.term(term)), pg.session(term.ElectedAt)}})
				pg.cite(term.Sources)
			}
			b.Blocks = append(b.Blocks, block{Heading: pg.t("web.terms"), Table: t})
		}
		pg.blocks = append(pg.blocks, b)
	}
}

// documentsPage lists the documents: kind, adoption, entry into force,
// validity, and which replaced which.
func documentsPage(pg *page) {
	pg.nav = "/documents"
	pg.h1 = pg.label("documents")
	list := view.Documents(pg.tag)
	pg.lead = []inline{s(pg.t("cli.count.documents", len(list)))}
	for _, v := range list {
		d, _ := oic.LookupDocument(v.Key)
		b := block{Heading: pg.p.Text(v.Names), ID: v.Key}
		b.Fields = append(b.Fields, field{pg.label("kind"), s(pg.p.DocumentKind(v.Kind))})
		b.Fields = append(b.Fields, field{pg.label("adopted"), pg.list(s(pg.date(v.Adopted)), pg.session(v.AdoptedAt))})
		if !v.InForce.IsZero() {
			b.Fields = append(b.Fields, field{pg.label("in-force"), s(pg.date(v.InForce))})
		}
		if v.Validity != nil {
			b.Fields = append(b.Fields, field{pg.label("validity"), s(pg.period(*v.Validity))})
		}
		for _, e := range v.Supersedes {
			b.Fields = append(b.Fields, field{pg.label("supersedes"), pg.document(e)})
		}
		if sup := d.SupersededBy(); sup.IsValid() {
			b.Fields = append(b.Fields, field{pg.label("superseded-by"), pg.document(sup)})
		}
		var srcs []inline
		for _, src := range v.Sources {
			if src.URL != "" {
				srcs = append(srcs, inline{{Text: src.Title, Href: src.URL, Ext: true, Bdi: true}})
			} else {
				srcs = append(srcs, code(src.Title))
			}
		}
		if len(srcs) > 0 {
			b.Fields = append(b.Fields, field{pg.label("sources"), pg.join("cli.semicolon", srcs...)})
		}
		pg.cite(v.Sources)
		pg.blocks = append(pg.blocks, b)
	}
}

// initiativesPage lists Kazakhstan's initiatives and their status on a
// date.
func initiativesPage(pg *page) {
	on := pg.on
	pg.nav = "/initiatives"
	pg.h1 = pg.asOf(pg.label("initiatives"))
	pg.lead = pg.afterVintage()
	t := &table{Caption: pg.label("initiatives"), Head: []string{pg.label("name"), pg.label("announced"), pg.label("session"), pg.label("status")}}
	for in := range initiatives.All() {
		name := pg.name(in.Names(), in.Names().In(pg.tag), pg.href("/initiatives/"+in.Key(), "on", pg.onParam()))
		t.Rows = append(t.Rows, row{Cells: []inline{name, s(pg.date(in.Announced())), pg.session(in.AnnouncedAt()), s(pg.initiativeStatus(in.StatusesOn(on)))}})
		pg.cite(in.Sources())
	}
	pg.blocks = append(pg.blocks, block{Form: pg.dateForm("/initiatives"), Table: t})
}

// initiativePage is the page of one initiative: who proposed it, where
// and when, its goal, status, counts over time, milestones, bodies,
// documents and sources.
func initiativePage(pg *page, in initiatives.Initiative) {
	on := pg.on
	pg.nav = "/initiatives"
	pg.h1 = pg.p.Text(in.Names())
	pg.lead = pg.afterVintage()
	pg.cite(in.Sources())
	top := block{Form: pg.dateForm("/initiatives/" + in.Key())}
	var who []inline
	for _, p := range in.ProposedBy() {
		who = append(who, pg.person(p))
	}
	top.Fields = append(top.Fields, field{pg.label("proposed-by"), pg.list(who...)})
	var partners []inline
	for _, c := range in.Partners() {
		partners = append(partners, pg.country(c, in.Announced()))
	}
	if len(partners) > 0 {
		top.Fields = append(top.Fields, field{pg.label("partners"), pg.list(partners...)})
	}
	top.Fields = append(top.Fields, field{pg.label("announced"), pg.list(s(pg.date(in.Announced())), pg.session(in.AnnouncedAt()))})
	top.Fields = append(top.Fields, field{pg.label("goal"), pg.text(in.Goal())})
	top.Fields = append(top.Fields, field{pg.asOf(pg.label("status")), s(pg.initiativeStatus(in.StatusesOn(on)))})
	for _, k := range []initiatives.MilestoneKind{initiatives.KindSignatories, initiatives.KindRatifications} {
		if m, ok := in.CountOn(k, on); ok {
			top.Fields = append(top.Fields, field{pg.label("count." + k.String()),
				s(pg.t("cli.paren", pg.p.Count(prose.NounStates, m.Count), pg.t("cli.field", pg.label("as-of"), pg.date(m.Date))))})
		}
	}
	var bodies []inline
	for _, b := range in.Bodies() {
		bodies = append(bodies, pg.body(b, on))
	}
	if len(bodies) > 0 {
		top.Fields = append(top.Fields, field{pg.label("bodies"), pg.join("cli.semicolon", bodies...)})
	}
	var docs []inline
	for _, d := range in.Documents() {
		docs = append(docs, pg.document(d))
	}
	if len(docs) > 0 {
		top.Fields = append(top.Fields, field{pg.label("documents"), pg.join("cli.semicolon", docs...)})
	}
	pg.blocks = append(pg.blocks, top)
	if f := countsFigure(pg, "counts-chart", in); f != nil {
		pg.blocks = append(pg.blocks, block{Heading: pg.t("web.chart.counts"), ID: "chart", Figure: f})
	}
	t := &table{Caption: pg.label("milestones"), Head: []string{pg.label("date"), pg.label("event"), pg.label("session")}}
	for _, m := range in.Milestones() {
		if m.Kind != initiatives.KindEvent || !pg.upTo(m.Date) {
			continue
		}
		x := pg.text(m.Text)
		if m.Unverified {
			x = pg.fmtInline("cli.unverified", x)
		}
		t.Rows = append(t.Rows, row{Cells: []inline{s(pg.date(m.Date)), x, pg.session(m.Session)}})
		pg.cite(m.Sources)
	}
	if len(t.Rows) > 0 {
		pg.blocks = append(pg.blocks, block{Heading: pg.label("milestones"), Table: t})
	}
	if n, ok := in.Note(); ok {
		pg.blocks = append(pg.blocks, block{Paras: []inline{pg.fmtInline("cli.note", s(pg.date(n.AsOf)), pg.text(n.Text))}})
		pg.cite(n.Sources)
	}
}

// timelineFilter is what the chronology shows: a span, a topic, a state.
type timelineFilter struct {
	from, to oic.Date
	topic    timeline.Topic
	country  oic.Country
}

// timelinePage is the chronology, filtered.
func timelinePage(pg *page, f timelineFilter) {
	pg.nav = "/timeline"
	pg.h1 = pg.label("timeline")
	value := func(d oic.Date) string {
		if d.Precision() == oic.PrecisionDay {
			return d.String()
		}
		return ""
	}
	fm := &form{Action: "/timeline", Label: pg.label("timeline"), Submit: pg.t("web.show"), Lang: pg.code, Inputs: []input{
		{ID: "from", Label: pg.t("web.from"), Name: "from", Type: "date", Value: value(f.from), Min: oic.Founded().String(), Max: oic.Vintage().String()},
		{ID: "to", Label: pg.t("web.to"), Name: "to", Type: "date", Value: value(f.to), Min: oic.Founded().String(), Max: oic.Vintage().String()},
		{ID: "topic", Label: pg.label("topic"), Name: "topic", Type: "select", Options: []option{{Value: "", Text: pg.t("web.any"), Selected: f.topic == 0}}},
		{ID: "country", Label: pg.label("country"), Name: "country", Type: "select", Options: []option{{Value: "", Text: pg.t("web.any"), Selected: !f.country.IsValid()}}},
	}}
	for tp := range timeline.Topics() {
		fm.Inputs[2].Options = append(fm.Inputs[2].Options, option{Value: tp.String(), Text: pg.label("topic." + tp.String()), Selected: tp == f.topic})
	}
	countries := slices.Collect(oic.Countries())
	order.ByName(countries, pg.tag, func(c oic.Country) string { return c.Name(pg.tag) })
	for _, c := range countries {
		fm.Inputs[3].Options = append(fm.Inputs[3].Options, option{Value: c.Key(), Text: c.Name(pg.tag), Selected: c == f.country})
	}
	top := block{Form: fm}
	span := oic.Period{Start: f.from, End: f.to}
	if f.to.Precision() == oic.PrecisionDay {
		span.End = f.to.Next()
	}
	if span != (oic.Period{}) {
		top.Fields = append(top.Fields, field{pg.label("period"), s(pg.period(span))})
	}
	if f.topic != 0 {
		top.Fields = append(top.Fields, field{pg.label("topic"), s(pg.label("topic." + f.topic.String()))})
	}
	if f.country.IsValid() {
		top.Fields = append(top.Fields, field{pg.label("country"), pg.country(f.country, oic.Vintage())})
	}
	from, to := f.from, f.to
	if from.IsZero() {
		from = oic.Date{Year: 1}
	}
	if to.IsZero() {
		to = oic.Vintage()
	}
	t := &table{Caption: pg.label("timeline"), Head: []string{pg.label("date"), pg.label("topic"), pg.label("event")}}
	for e := range timeline.Between(from, to) {
		if (f.topic != 0 && e.Topic != f.topic) || (f.country.IsValid() && !e.Involves(f.country)) {
			continue
		}
		t.Rows = append(t.Rows, row{Cells: []inline{s(pg.eventSpan(e)), s(pg.label("topic." + e.Topic.String())), pg.eventTitle(e)}})
		pg.cite(e.Sources())
	}
	top.Paras = []inline{s(pg.p.Count(prose.NounEvents, len(t.Rows)))}
	if len(t.Rows) > 0 {
		top.Table = t
	}
	pg.blocks = append(pg.blocks, top)
}

// eventSpan returns the date of e, or its days for an event of several
// days known to the day.
func (pg *page) eventSpan(e timeline.Event) string { return view.Span(pg.p, e.Date, e.End) }

// eventTitle returns the title of e in the reader's language, linked to
// the record it refers to, as the command-line tool writes it.
func (pg *page) eventTitle(e timeline.Event) inline {
	r := e.Ref
	switch r.Kind {
	case timeline.RefFounding, timeline.RefOrgName:
		return inline{{Text: e.TitleIn(pg.tag), Href: pg.href("/")}}
	case timeline.RefStatusChange:
		h := r.Country.History()
		prev := oic.StatusNone
		if r.Index > 0 {
			prev = h[r.Index-1].Status
		}
		return pg.fmtInline("event.change", pg.country(r.Country, e.Date), s(pg.p.Change(oic.StatusChange{Status: h[r.Index].Status}, prev)))
	case timeline.RefDocumentAdopted:
		return pg.fmtInline("event.document-adopted", pg.document(r.Document))
	case timeline.RefDocumentInForce:
		return pg.fmtInline("event.document-in-force", pg.document(r.Document))
	case timeline.RefBody:
		return pg.fmtInline("event.body", pg.body(r.Body, e.Date))
	case timeline.RefTerm:
		t := r.Office.Terms()[r.Index]
		return pg.fmtInline("event.term", pg.person(t.Holder), pg.office(r.Office))
	case timeline.RefMilestone:
		m := r.Initiative.Milestones()[r.Index]
		return pg.fmtInline("event.milestone", pg.initiative(r.Initiative), pg.text(m.Text))
	case timeline.RefKazakhstan:
		return pg.list(pg.text(kzoic.Events()[r.Index].Text), inline{{Text: kzoic.Kazakhstan().Name(pg.tag), Href: pg.href("/") + "#kazakhstan"}})
	case timeline.RefRepresentative:
		return pg.fmtInline("event.representative", pg.person(kzoic.Representatives()[r.Index].Person))
	case timeline.RefSession:
		if c := r.Session.City(); c.IsValid() {
			return pg.fmtInline("event.session", pg.session(r.Session), pg.city(c, e.Date))
		}
		return pg.session(r.Session)
	case timeline.RefCountryName:
		return inline{{Text: e.TitleIn(pg.tag), Href: pg.href("/members/" + r.Country.Key())}}
	}
	return s(e.TitleIn(pg.tag))
}

// searchPage finds records by any of their names.
func searchPage(pg *page, q string) {
	pg.nav = "/search"
	pg.h1 = pg.label("search")
	f := &form{Action: "/search", Label: pg.label("search"), Submit: pg.label("search"), Lang: pg.code,
		Inputs: []input{{ID: "q", Label: pg.t("web.search.label"), Name: "q", Type: "search", Value: q}}}
	top := block{Form: f}
	pg.blocks = append(pg.blocks, top)
	if q == "" {
		return
	}
	res := cldr.Find(q)
	quoted := inline{{Text: strconv.Quote(q), Bdi: true}}
	b := block{Heading: pg.p.Sprintf("cli.field", pg.label("search"), strconv.Quote(q)), ID: "results"}
	switch {
	case len(res) == 0:
		b.Paras = append(b.Paras, pg.fmtInline("cli.nothing-found", quoted))
	case res[0].Match == search.MatchSuggestion:
		b.Paras = append(b.Paras, pg.fmtInline("cli.did-you-mean", quoted))
	}
	if len(res) > 0 {
		t := &table{Caption: pg.label("search"), Head: []string{pg.label("name"), pg.label("kind"), pg.label("matched"), pg.label("language"), pg.label("name-kind"), pg.label("match")}}
		for _, r := range res {
			as := pg.label("name-kind." + r.NameKind.String())
			if r.Period != (oic.Period{}) {
				as = pg.t("cli.paren", as, pg.period(r.Period))
			}
			lang := "—"
			if langCode(r.Lang) != "und" {
				lang = pg.language(r.Lang)
			}
			matched := span{Text: r.Name, Bdi: true}
			if l := langCode(r.Lang); l != "und" {
				matched.Lang = l
			}
			t.Rows = append(t.Rows, row{Cells: []inline{pg.found(r), s(pg.label("find-kind." + r.Kind.String())), {matched}, s(lang), s(as), s(pg.label("match." + r.Match.String()))}})
		}
		b.Table = t
	}
	pg.blocks = append(pg.blocks, b)
}

// found returns today's name of the record r found, linked to its page
// where it has one.
func (pg *page) found(r search.Result) inline {
	on := oic.Vintage()
	switch r.Kind {
	case search.KindOrganisation:
		return inline{{Text: pg.p.Text(oic.NamesOn(on)), Href: pg.href("/")}}
	case search.KindCountry:
		return pg.country(r.Country, on)
	case search.KindCity:
		return pg.city(r.City, on)
	case search.KindBody:
		return pg.body(r.Body, on)
	case search.KindDocument:
		return pg.document(r.Document)
	case search.KindInitiative:
		return pg.initiative(r.Initiative)
	}
	return code(r.Name)
}

// namesBlock returns the names of a record: its current names in a table,
// each language's form marked where it is the module's own, and its other
// names, former ones with their periods, citing their sources.
func (pg *page) namesBlock(current oic.Text, others []oic.HistoricName) block {
	names := &table{Caption: pg.label("names"), Head: []string{pg.label("language"), pg.label("name")}}
	for t, x := range current.All() {
		names.Rows = append(names.Rows, row{Cells: []inline{s(pg.language(t)), {{Text: x, Bdi: true, Lang: langCode(t), Own: current.IsOwn(t)}}}})
	}
	nb := block{Heading: pg.label("names"), Table: names}
	var other []inline
	for _, n := range others {
		period := pg.label("alias")
		if !n.Alias && n.Period != (oic.Period{}) {
			period = pg.period(n.Period)
		}
		other = append(other, pg.join("cli.field", inline{{Text: n.Name, Bdi: true, Lang: langCode(n.Lang)}}, s(pg.t("cli.paren", pg.language(n.Lang), period))))
		pg.cite(n.Sources)
	}
	if len(other) > 0 {
		nb.Blocks = append(nb.Blocks, block{Heading: pg.label("other-names"), List: other})
	}
	return nb
}

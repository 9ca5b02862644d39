package main

import (
	"io"
	"slices"

	"github.com/kzoic/kzoic"
	"github.com/kzoic/kzoic/examples/internal/view"
	"github.com/kzoic/kzoic/initiatives"
	"github.com/kzoic/kzoic/oic"
	"github.com/kzoic/kzoic/prose"
	"github.com/kzoic/kzoic/search/order"
	"golang.org/x/text/language"
)

func overview(w io.Writer, opt options) error {
	kz := kzoic.Kazakhstan()
	if opt.json {
		return printJSON(w, struct {
			Organisation view.Organisation `json:"organisation"`
			Kazakhstan   view.Country      `json:"kazakhstan"`
			Record       view.Kazakhstan   `json:"record"`
		}{view.OrganisationOn(opt.on, opt.lang), view.CountryOf(kz, opt.on, opt.lang, true), view.KazakhstanOn(opt.on)})
	}
	pg := newPage(w, opt)
	on := opt.on
	pg.title(pg.text(oic.NamesOn(on)))
	pg.cite(oic.Sources())
	fs := oic.FoundingSession()
	pg.field(1, "founded", pg.list(pg.date(oic.Founded()), pg.p.SessionTitle(fs), pg.city(fs.City(), fs.Start())))
	pg.heading(1, "names")
	for _, n := range oic.NameHistory() {
		if !pg.upTo(n.Period.Start) {
			continue
		}
		p := n.Period
		if !pg.upTo(p.End) {
			p.End = oic.Date{} // still in use on the date
		}
		pg.line(2, pg.pair(pg.text(n.Name), pg.period(p)))
		pg.cite(n.Sources)
	}
	hq := oic.Headquarters()
	pg.field(1, "headquarters", pg.paren(pg.city(hq, on), pg.country(hq.Country(), on)))
	var langs []string
	for _, t := range oic.WorkingLanguages() {
		langs = append(langs, pg.language(t))
	}
	pg.field(1, "working-languages", pg.list(langs...))
	if c := oic.CharterOn(on); c.IsValid() {
		pg.field(1, "charter", pg.paren(pg.text(c.Names()), pg.pair(pg.label("adopted"), pg.date(c.Adopted()))))
		pg.cite(c.Sources())
	}
	if sg, ok := oic.LookupOffice("secretary-general"); ok {
		pg.office(1, sg, on, true)
	}
	members := slices.Collect(oic.MembersOn(on))
	pg.field(1, "member-states", pg.p.Count(prose.NounMemberStates, len(members)))
	var suspended []string
	for c := range oic.SuspendedOn(on) {
		suspended = append(suspended, pg.country(c, on))
	}
	if len(suspended) > 0 {
		pg.field(2, "suspended", pg.list(suspended...))
	}
	obs := len(slices.Collect(oic.ObserversOn(on)))
	orgs := len(slices.Collect(oic.ObserverOrgsOn(on)))
	pg.field(1, "observers", pg.list(pg.p.Count(prose.NounObserverStates, obs), pg.t("cli.count.observer-orgs", orgs)))
	pg.unsettled(1, on, oic.StatusNone)

	pg.blank()
	pg.line(0, pg.paren(pg.country(kz, on), pg.code(kz.Alpha3())))
	pg.cite(kz.Sources())
	pg.field(1, "standing", pg.p.Standing(kz.StatusOn(on)))
	pg.history(1, kz)
	pg.mission(1, on)
	pg.representative(1, on)
	pg.hosted(1)
	if posts := kzoic.PostsOn(on); len(posts) > 0 {
		pg.heading(1, "posts")
		for _, t := range posts {
			pg.line(2, pg.pair(pg.text(t.Office.Names()), pg.person(t.Holder)))
			pg.cite(t.Sources)
		}
	}
	var ins []string
	for in := range initiatives.All() {
		if st := in.StatusesOn(on); len(st) > 0 && (len(st) > 1 || st[0] != initiatives.StatusNone) {
			ins = append(ins, pg.pair(pg.text(in.Names()), pg.initiativeStatus(st)))
		}
	}
	pg.lines(1, "initiatives", ins)
	return pg.finish()
}

// language returns the name of the language t in the reader's language.
func (pg *page) language(t language.Tag) string { return view.LanguageName(pg.p, t) }

// unsettled writes the states whose standing on the date the sources do
// not settle, with the standings they may have had, where one of them is
// of interest to the command: any for the zero Status.
func (pg *page) unsettled(indent int, on oic.Date, of oic.Status) {
	var list []string
	for c := range oic.UnsettledOn(on) {
		st := c.StatusOn(on)
		switch {
		case of == oic.StatusNone:
		case of.IsMember() && st.IsMember() == oic.No:
			continue
		case !of.IsMember() && st.Is(of) == oic.No:
			continue
		}
		list = append(list, pg.paren(pg.country(c, on), pg.p.Standing(st)))
	}
	if len(list) > 0 {
		pg.field(indent, "unsettled", pg.list(list...))
	}
}

// history writes the changes of c's standing up to the date of the
// output.
func (pg *page) history(indent int, c oic.Country) {
	prev := oic.StatusNone
	for _, h := range c.History() {
		if !pg.upTo(h.Date) {
			break
		}
		pg.line(indent, pg.pair(pg.date(h.Date), pg.p.Change(h, prev)))
		pg.cite(h.Sources)
		prev = h.Status
	}
}

func member(w io.Writer, opt options, code string) error {
	c, err := oic.ParseCountry(code)
	if err != nil {
		return usageError(opt, "cli.err.country", quote(opt, code))
	}
	if opt.json {
		return printJSON(w, view.CountryOf(c, opt.on, opt.lang, true))
	}
	pg := newPage(w, opt)
	on := opt.on
	var codes []string
	for _, s := range []string{c.Alpha2(), c.Alpha3()} {
		if s != "" {
			codes = append(codes, pg.code(s))
		}
	}
	if len(codes) == 0 {
		codes = append(codes, pg.code(c.Key()))
	}
	pg.title(pg.paren(pg.country(c, on), pg.list(codes...)))
	pg.cite(c.Sources())
	if f := c.FormalNames(); !f.IsZero() {
		pg.field(1, "formal-name", pg.text(f))
	}
	pg.heading(1, "names")
	for t, s := range c.Names().All() {
		if c.Names().IsOwn(t) {
			s += prose.OwnMark
		}
		pg.line(2, pg.pair(pg.language(t), pg.code(s)))
	}
	pg.field(1, "standing", pg.p.Standing(c.StatusOn(on)))
	pg.heading(1, "history")
	pg.history(2, c)
	if alts := c.Alternatives(); len(alts) > 0 {
		pg.heading(1, "other-sources")
		pg.alternatives(2, alts)
	}
	var names []string
	for _, n := range c.OtherNames() {
		if sameLanguage(n.Lang, pg.tag) {
			names = append(names, pg.paren(n.Name, pg.historicPeriod(n)))
			pg.cite(n.Sources)
		}
	}
	if len(names) > 0 {
		pg.field(1, "other-names", pg.semi(names...))
	}
	return pg.finish()
}

// sameLanguage reports whether a and b are in the same language, whatever
// their regions and scripts.
func sameLanguage(a, b language.Tag) bool {
	x, _ := a.Base()
	y, _ := b.Base()
	return x == y
}

// historicPeriod returns when a former name was in use, or the word for an
// alias.
func (pg *page) historicPeriod(n oic.HistoricName) string {
	if n.Alias || n.Period == (oic.Period{}) {
		return pg.label("alias")
	}
	return pg.period(n.Period)
}

// alternatives writes the values other sources give: the fact, the value
// and why the sources may differ.
func (pg *page) alternatives(indent int, alts []oic.Alternative) {
	for _, a := range alts {
		s := pg.pair(pg.label("alt."+a.Field), pg.date(a.Date))
		if n := pg.text(a.Note); n != "" {
			s = pg.t("cli.detail", s, n)
		}
		pg.line(indent, s)
		pg.cite([]oic.Source{a.Source})
	}
}

// countryTable writes states in a table with the date of the change that
// gave them their standing and the standing itself.
func (pg *page) countryTable(list []oic.Country, since func(oic.Country) oic.Date, sinceLabel string) {
	on := pg.opt.on
	order.ByName(list, pg.tag, func(c oic.Country) string { return c.NameOn(on, pg.tag) })
	var rows [][]string
	for _, c := range list {
		rows = append(rows, []string{pg.code(c.Key()), pg.country(c, on), pg.date(since(c)), pg.p.Standing(c.StatusOn(on))})
		pg.cite(c.Sources())
	}
	pg.table(1, []string{"code", "name", sinceLabel, "standing"}, rows)
}

func members(w io.Writer, opt options) error {
	list := slices.Collect(oic.MembersOn(opt.on))
	if opt.json {
		return countriesJSON(w, opt, list)
	}
	pg := newPage(w, opt)
	pg.title(pg.label("member-states"))
	pg.countryTable(list, oic.Country.Joined, "joined")
	pg.line(0, pg.p.Count(prose.NounMemberStates, len(list)))
	pg.unsettled(0, opt.on, oic.StatusMember)
	return pg.finish()
}

// countriesJSON prints the views of list in its order, the library's,
// whatever the language.
func countriesJSON(w io.Writer, opt options, list []oic.Country) error {
	out := make([]view.Country, len(list))
	for i, c := range list {
		out[i] = view.CountryOf(c, opt.on, opt.lang, false)
	}
	return printJSON(w, out)
}

func observers(w io.Writer, opt options) error {
	on := opt.on
	states := slices.Collect(oic.ObserversOn(on))
	var orgs []oic.ObserverOrg
	for o := range oic.ObserverOrgs() {
		if o.StatusOn(on) != oic.No {
			orgs = append(orgs, o)
		}
	}
	if opt.json {
		out := struct {
			On            oic.Date           `json:"on"`
			States        []view.Country     `json:"states"`
			Organisations []view.ObserverOrg `json:"organisations"`
		}{On: on, States: []view.Country{}, Organisations: []view.ObserverOrg{}}
		for _, c := range states {
			out.States = append(out.States, view.CountryOf(c, on, opt.lang, false))
		}
		for _, o := range orgs {
			out.Organisations = append(out.Organisations, view.ObserverOrgOf(o, on, opt.lang))
		}
		return printJSON(w, out)
	}
	pg := newPage(w, opt)
	pg.title(pg.label("observers"))
	pg.heading(0, "observer-states")
	pg.countryTable(states, func(c oic.Country) oic.Date { return view.ObserverSince(c, on) }, "observer-since")
	pg.line(1, pg.p.Count(prose.NounObserverStates, len(states)))
	pg.unsettled(1, on, oic.StatusObserver)
	pg.heading(0, "observer-orgs")
	certain := 0
	for _, o := range orgs {
		name := pg.text(o.Names())
		if a := o.Acronym(); a != "" && pg.tag == language.English {
			name = pg.paren(name, a) // the acronym is English
		}
		s := pg.list(pg.label("observer-kind."+o.Kind().String()), pg.pair(pg.label("observer-status"), pg.period(o.Period())))
		if o.StatusOn(on) == oic.Maybe {
			s = pg.t("cli.unsettled-on", s)
		} else {
			certain++
		}
		pg.line(1, pg.pair(name, s))
		pg.alternatives(2, o.Alternatives())
		pg.cite(o.Sources())
	}
	pg.line(1, pg.t("cli.count.observer-orgs", certain))
	return pg.finish()
}

func sessions(w io.Writer, opt options, k oic.SessionKind) error {
	var list []oic.Session
	for s := range oic.Sessions(k) {
		if !opt.onGiven || !s.Start().Earliest().After(opt.on.Latest()) {
			list = append(list, s)
		}
	}
	if opt.json {
		out := make([]view.Session, len(list))
		for i, s := range list {
			out[i] = view.SessionOf(s, opt.lang, false)
		}
		return printJSON(w, out)
	}
	pg := newPage(w, opt)
	pg.title(pg.label("sessions"))
	for kind := range oic.SessionKinds() {
		var rows [][]string
		for _, s := range list {
			if s.Kind() != kind {
				continue
			}
			rows = append(rows, []string{pg.p.SessionTitle(s), pg.sessionDates(s), pg.city(s.City(), s.Start()), pg.country(s.Host(), s.Start())})
			pg.cite(s.Sources())
		}
		if len(rows) == 0 {
			continue
		}
		pg.blank()
		pg.line(0, pg.paren(pg.p.SessionKind(kind), pg.code(kind.String())))
		pg.table(1, []string{"title", "dates", "city", "host"}, rows)
	}
	pg.blank()
	pg.line(0, pg.p.Count(prose.NounSessions, len(list)))
	return pg.finish()
}

func session(w io.Writer, opt options, s oic.Session) error {
	if opt.json {
		return printJSON(w, view.SessionOf(s, opt.lang, true))
	}
	pg := newPage(w, opt)
	pg.title(pg.p.SessionTitle(s))
	pg.cite(s.Sources())
	pg.field(1, "dates", pg.sessionDates(s))
	if c := s.City(); c.IsValid() {
		pg.field(1, "city", pg.paren(pg.city(c, s.Start()), pg.country(s.Host(), s.Start())))
	} else if h := s.Host(); h.IsValid() {
		pg.field(1, "host", pg.country(h, s.Start()))
	}
	if who, role := s.Chair(); who.IsValid() {
		pg.field(1, "chair", pg.role(who, role))
	}
	if t := s.Theme(); !t.IsZero() {
		pg.field(1, "theme", pg.text(t))
	}
	if outs := s.Outcomes(); len(outs) > 0 {
		pg.heading(1, "outcomes")
		for _, o := range outs {
			pg.line(2, pg.t("cli.item", pg.p.Outcome(o)))
		}
	}
	var ins []string
	for in := range initiatives.AtSession(s) {
		ins = append(ins, pg.text(in.Names()))
	}
	if len(ins) > 0 {
		pg.field(1, "initiatives", pg.semi(ins...))
	}
	return pg.finish()
}

package main

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/kzoic/kzoic"
	"github.com/kzoic/kzoic/examples/internal/view"
	"github.com/kzoic/kzoic/initiatives"
	"github.com/kzoic/kzoic/oic"
	"github.com/kzoic/kzoic/prose"
	"github.com/kzoic/kzoic/search/order"
)

func overview(w io.Writer, opt options) error {
	kz := oic.MustParseCountry("KZ")
	active := len(slices.Collect(oic.ActiveMembersOn(opt.on)))
	all := len(slices.Collect(oic.MembersOn(opt.on)))
	obs := len(slices.Collect(oic.ObserversOn(opt.on)))
	if opt.json {
		return printJSON(w, struct {
			Organisation view.Organisation `json:"organisation"`
			Kazakhstan   view.Country      `json:"kazakhstan"`
			Record       view.Kazakhstan   `json:"record"`
		}{view.OrganisationOn(opt.on, opt.lang), view.CountryOf(kz, opt.on, opt.lang, true), view.KazakhstanOn(opt.on)})
	}
	fmt.Fprintf(w, "%s, as of %v\n", oic.NameOn(opt.on, opt.lang), opt.on)
	fs := oic.FoundingSession()
	fmt.Fprintf(w, "  founded: %v, %s, %s\n", oic.Founded(), prose.NewPrinter(opt.lang).SessionTitle(fs), fs.City().Name(opt.lang))
	for _, n := range oic.NameHistory() {
		fmt.Fprintf(w, "  name %v: %s\n", n.Period, n.Name.In(opt.lang))
	}
	hq := oic.Headquarters()
	fmt.Fprintf(w, "  headquarters: %s (%s)\n", hq.NameOn(opt.on, opt.lang), hq.Country().Name(opt.lang))
	fmt.Fprintf(w, "  working languages: %v\n", oic.WorkingLanguages())
	if c := oic.CharterOn(opt.on); c.IsValid() {
		fmt.Fprintf(w, "  charter: %s (%v)\n", c.Name(opt.lang), c.Adopted())
	}
	if sg, ok := oic.SecretaryGeneralOn(opt.on); ok {
		fmt.Fprintf(w, "  Secretary-General: %s (%s), %v\n", sg.Holder, sg.Country.Name(opt.lang), sg.Period)
	}
	fmt.Fprintf(w, "  member states: %d (%d in good standing), observer states: %d\n", all, active, obs)
	for c := range oic.SuspendedOn(opt.on) {
		fmt.Fprintf(w, "  suspended: %s\n", c.NameOn(opt.on, opt.lang))
	}
	fmt.Fprintf(w, "\n%s (%s)\n", kz.NameOn(opt.on, opt.lang), kz.Alpha3())
	fmt.Fprintf(w, "  status: %v, member since %v\n", kz.StatusOn(opt.on), kz.Joined())
	for _, h := range kz.History() {
		fmt.Fprintf(w, "  %v: %v: %s\n", h.Date, h.Status, h.Decision)
	}
	m := kzoic.PermanentMission()
	fmt.Fprintf(w, "  permanent mission: %s, since %v\n", m.Seat.NameOn(opt.on, opt.lang), m.Opened)
	if r, ok := kzoic.RepresentativeOn(opt.on); ok {
		fmt.Fprintf(w, "  permanent representative: %s (%s)\n", r.Person.Name(opt.lang), r.Post.In(opt.lang))
	}
	var hosted []string
	for s := range oic.SessionsHostedBy(kz) {
		hosted = append(hosted, fmt.Sprintf("%s (%s, %v)", prose.NewPrinter(opt.lang).SessionTitle(s), s.City().NameOn(s.Start(), opt.lang), s.Start()))
	}
	if len(hosted) > 0 {
		fmt.Fprintf(w, "  hosted: %s\n", strings.Join(hosted, "; "))
	}
	for _, t := range kzoic.PostsOn(opt.on) {
		fmt.Fprintf(w, "  post: %s: %s\n", t.Office.Name(opt.lang), t.Holder)
	}
	for in := range initiatives.All() {
		if st := in.StatusOn(opt.on); st != initiatives.StatusNone {
			fmt.Fprintf(w, "  initiative: %s: %v\n", in.Name(opt.lang), st)
		}
	}
	return nil
}

func member(w io.Writer, opt options, code string) error {
	c, err := oic.ParseCountry(code)
	if err != nil {
		return usageError("%v", err)
	}
	if opt.json {
		return printJSON(w, view.CountryOf(c, opt.on, opt.lang, true))
	}
	fmt.Fprintf(w, "%s (%s, %s)\n", c.NameOn(opt.on, opt.lang), c.Alpha2(), c.Alpha3())
	if f := c.FormalName(opt.lang); f != "" {
		fmt.Fprintf(w, "  formal name: %s\n", f)
	}
	for t, s := range c.Names().All() {
		fmt.Fprintf(w, "  %s: %s\n", t, s)
	}
	fmt.Fprintf(w, "  status on %v: %v\n", opt.on, c.StatusOn(opt.on))
	for _, h := range c.History() {
		at := ""
		if h.Session.IsValid() {
			at = " [" + h.Session.String() + "]"
		}
		fmt.Fprintf(w, "  %v: %v: %s%s\n", h.Date, h.Status, h.Decision, at)
	}
	for _, a := range c.Alternatives() {
		fmt.Fprintf(w, "  other sources: %s %v (%s)\n", a.Field, a.Date, a.Source)
	}
	for _, n := range c.OtherNames() {
		fmt.Fprintf(w, "  also: %s [%s] %v\n", n.Name, n.Lang, n.Period)
	}
	for _, s := range c.Sources() {
		fmt.Fprintf(w, "  source: %s %s\n", s, s.URL)
	}
	return nil
}

func countryList(w io.Writer, opt options, list []oic.Country) error {
	order.ByName(list, opt.lang, func(c oic.Country) string { return c.NameOn(opt.on, opt.lang) })
	if opt.json {
		out := make([]view.Country, len(list))
		for i, c := range list {
			out[i] = view.CountryOf(c, opt.on, opt.lang, false)
		}
		return printJSON(w, out)
	}
	rows := [][]string{{"CODE", "NAME", "JOINED", "STATUS"}}
	for _, c := range list {
		rows = append(rows, []string{c.Key(), c.NameOn(opt.on, opt.lang), c.Joined().String(), c.StatusOn(opt.on).String()})
	}
	if err := table(w, rows); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "%d states on %v\n", len(list), opt.on)
	return err
}

func members(w io.Writer, opt options) error {
	return countryList(w, opt, slices.Collect(oic.MembersOn(opt.on)))
}

func observers(w io.Writer, opt options) error {
	return countryList(w, opt, slices.Collect(oic.ObserversOn(opt.on)))
}

func sessions(w io.Writer, opt options, k oic.SessionKind) error {
	var list []oic.Session
	for s := range oic.Sessions(k) {
		list = append(list, s)
	}
	if opt.json {
		out := make([]view.Session, len(list))
		for i, s := range list {
			out[i] = view.SessionOf(s, opt.lang, false)
		}
		return printJSON(w, out)
	}
	rows := [][]string{{"SESSION", "TITLE", "START", "END", "CITY", "HOST"}}
	for _, s := range list {
		rows = append(rows, []string{s.String(), prose.NewPrinter(opt.lang).SessionTitle(s), s.Start().String(), s.Period().Last().String(),
			s.City().NameOn(s.Start(), opt.lang), s.Host().Key()})
	}
	return table(w, rows)
}

func session(w io.Writer, opt options, s oic.Session) error {
	if opt.json {
		return printJSON(w, view.SessionOf(s, opt.lang, true))
	}
	fmt.Fprintf(w, "%s\n", prose.NewPrinter(opt.lang).SessionTitle(s))
	fmt.Fprintf(w, "  dates: %v to %v\n", s.Start(), s.Period().Last())
	if c := s.City(); c.IsValid() {
		fmt.Fprintf(w, "  city: %s (%s)\n", c.NameOn(s.Start(), opt.lang), s.Host().NameOn(s.Start(), opt.lang))
	}
	if c, _ := s.Chair(); c.IsValid() {
		fmt.Fprintf(w, "  chair: %s\n", c.Name(opt.lang))
	}
	if t := s.Theme(); !t.IsZero() {
		fmt.Fprintf(w, "  theme: %s\n", t.In(opt.lang))
	}
	for _, o := range s.Outcomes() {
		fmt.Fprintf(w, "  - %s\n", o.Text.In(opt.lang))
	}
	for _, src := range s.Sources() {
		fmt.Fprintf(w, "  source: %s %s\n", src, src.URL)
	}
	return nil
}

package main

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/kzoic/kzoic/oic"
	"github.com/kzoic/kzoic/search"
)

// countryJSON is the JSON form of a state.
type countryJSON struct {
	Key          string             `json:"key"`
	Alpha2       string             `json:"alpha2,omitempty"`
	Alpha3       string             `json:"alpha3,omitempty"`
	Name         string             `json:"name"`
	Names        oic.Text           `json:"names"`
	FormalName   string             `json:"formalName,omitempty"`
	Status       oic.Status         `json:"status"`
	On           oic.Date           `json:"on"`
	Joined       oic.Date           `json:"joined,omitzero"`
	History      []oic.StatusChange `json:"history,omitempty"`
	OtherNames   []oic.HistoricName `json:"otherNames,omitempty"`
	Alternatives []oic.Alternative  `json:"alternatives,omitempty"`
	Sources      []oic.Source       `json:"sources,omitempty"`
}

func countryOut(c oic.Country, opt options, full bool) countryJSON {
	j := countryJSON{
		Key: c.Key(), Alpha2: c.Alpha2(), Alpha3: c.Alpha3(),
		Name: c.NameOn(opt.on, opt.lang), Names: c.Names(), FormalName: c.FormalName(),
		Status: c.StatusOn(opt.on), On: opt.on, Joined: c.Joined(),
	}
	if full {
		j.History, j.OtherNames, j.Alternatives, j.Sources = c.History(), c.OtherNames(), c.Alternatives(), c.Sources()
	}
	return j
}

func overview(w io.Writer, opt options) error {
	kz := oic.MustParseCountry("KZ")
	active := len(slices.Collect(oic.ActiveMembersOn(opt.on)))
	all := len(slices.Collect(oic.MembersOn(opt.on)))
	obs := len(slices.Collect(oic.ObserversOn(opt.on)))
	if opt.json {
		return printJSON(w, struct {
			On         oic.Date    `json:"on"`
			Members    int         `json:"members"`
			Active     int         `json:"activeMembers"`
			Observers  int         `json:"observers"`
			Kazakhstan countryJSON `json:"kazakhstan"`
		}{opt.on, all, active, obs, countryOut(kz, opt, true)})
	}
	fmt.Fprintf(w, "Organisation of Islamic Cooperation, as of %v\n", opt.on)
	fmt.Fprintf(w, "  member states: %d (%d in good standing), observer states: %d\n", all, active, obs)
	for c := range oic.SuspendedOn(opt.on) {
		fmt.Fprintf(w, "  suspended: %s\n", c.NameOn(opt.on, opt.lang))
	}
	fmt.Fprintf(w, "\n%s (%s)\n", kz.NameOn(opt.on, opt.lang), kz.Alpha3())
	fmt.Fprintf(w, "  status: %v, member since %v\n", kz.StatusOn(opt.on), kz.Joined())
	for _, h := range kz.History() {
		fmt.Fprintf(w, "  %v: %v: %s\n", h.Date, h.Status, h.Decision)
	}
	var hosted []string
	for s := range oic.SessionsHostedBy(kz) {
		hosted = append(hosted, fmt.Sprintf("%s (%s, %v)", s.Title().In(opt.lang), s.City().NameOn(s.Start(), opt.lang), s.Start()))
	}
	if len(hosted) > 0 {
		fmt.Fprintf(w, "  hosted: %s\n", strings.Join(hosted, "; "))
	}
	return nil
}

func member(w io.Writer, opt options, code string) error {
	c, err := oic.ParseCountry(code)
	if err != nil {
		return usageError("%v", err)
	}
	if opt.json {
		return printJSON(w, countryOut(c, opt, true))
	}
	fmt.Fprintf(w, "%s (%s, %s)\n", c.NameOn(opt.on, opt.lang), c.Alpha2(), c.Alpha3())
	if f := c.FormalName(); f != "" {
		fmt.Fprintf(w, "  formal name: %s\n", f)
	}
	for t, s := range c.Names().All() {
		fmt.Fprintf(w, "  %s: %s\n", t, s)
	}
	fmt.Fprintf(w, "  status on %v: %v\n", opt.on, c.StatusOn(opt.on))
	for _, h := range c.History() {
		fmt.Fprintf(w, "  %v: %v: %s\n", h.Date, h.Status, h.Decision)
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
	search.SortByName(list, opt.lang, func(c oic.Country) string { return c.NameOn(opt.on, opt.lang) })
	if opt.json {
		out := make([]countryJSON, len(list))
		for i, c := range list {
			out[i] = countryOut(c, opt, false)
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

// sessionJSON is the JSON form of a session.
type sessionJSON struct {
	ID       oic.Session     `json:"id"`
	Kind     oic.SessionKind `json:"kind"`
	Number   int             `json:"number,omitempty"`
	Title    string          `json:"title"`
	Start    oic.Date        `json:"start"`
	End      oic.Date        `json:"end,omitzero"`
	City     string          `json:"city,omitempty"`
	Host     oic.Country     `json:"host,omitzero"`
	Chair    string          `json:"chair,omitempty"`
	Theme    string          `json:"theme,omitempty"`
	Outcomes []string        `json:"outcomes,omitempty"`
	Sources  []oic.Source    `json:"sources,omitempty"`
}

func sessionOut(s oic.Session, opt options, full bool) sessionJSON {
	j := sessionJSON{ID: s, Kind: s.Kind(), Number: s.Number(), Title: s.Title().In(opt.lang),
		Start: s.Start(), End: s.End(), City: s.City().NameOn(s.Start(), opt.lang), Host: s.Host()}
	if full {
		j.Chair, j.Theme, j.Outcomes, j.Sources = s.Chair(), s.Theme(), s.Outcomes(), s.Sources()
	}
	return j
}

func sessions(w io.Writer, opt options, k oic.SessionKind) error {
	var list []oic.Session
	for s := range oic.Sessions(k) {
		list = append(list, s)
	}
	if opt.json {
		out := make([]sessionJSON, len(list))
		for i, s := range list {
			out[i] = sessionOut(s, opt, false)
		}
		return printJSON(w, out)
	}
	rows := [][]string{{"SESSION", "TITLE", "START", "END", "CITY", "HOST"}}
	for _, s := range list {
		rows = append(rows, []string{s.String(), s.Title().In(opt.lang), s.Start().String(), s.End().String(),
			s.City().NameOn(s.Start(), opt.lang), s.Host().Key()})
	}
	return table(w, rows)
}

func session(w io.Writer, opt options, s oic.Session) error {
	if opt.json {
		return printJSON(w, sessionOut(s, opt, true))
	}
	fmt.Fprintf(w, "%s\n", s.Title().In(opt.lang))
	fmt.Fprintf(w, "  dates: %v to %v\n", s.Start(), s.End())
	if c := s.City(); c.IsValid() {
		fmt.Fprintf(w, "  city: %s (%s)\n", c.NameOn(s.Start(), opt.lang), s.Host().NameOn(s.Start(), opt.lang))
	}
	if c := s.Chair(); c != "" {
		fmt.Fprintf(w, "  chair: %s\n", c)
	}
	if t := s.Theme(); t != "" {
		fmt.Fprintf(w, "  theme: %s\n", t)
	}
	for _, o := range s.Outcomes() {
		fmt.Fprintf(w, "  - %s\n", o)
	}
	for _, src := range s.Sources() {
		fmt.Fprintf(w, "  source: %s %s\n", src, src.URL)
	}
	return nil
}

// Package view builds the JSON views of the module's records that the
// example programs print and serve: plain structs whose fields carry the
// library's own text and JSON forms, with names in the reader's language.
package view

import (
	"github.com/kzoic/kzoic"
	"github.com/kzoic/kzoic/initiatives"
	"github.com/kzoic/kzoic/oic"
	"github.com/kzoic/kzoic/prose"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// Country is the view of a state.
type Country struct {
	Key          string             `json:"key"`
	Alpha2       string             `json:"alpha2,omitempty"`
	Alpha3       string             `json:"alpha3,omitempty"`
	Name         string             `json:"name"`
	Names        oic.Text           `json:"names"`
	FormalName   string             `json:"formalName,omitempty"`
	Status       oic.Standing       `json:"status"` // "member", or the candidates such as "none|member" where the sources do not settle the day
	On           oic.Date           `json:"on"`
	Joined       oic.Date           `json:"joined,omitzero"`
	History      []oic.StatusChange `json:"history,omitempty"`
	OtherNames   []oic.HistoricName `json:"otherNames,omitempty"`
	Alternatives []oic.Alternative  `json:"alternatives,omitempty"`
	Sources      []oic.Source       `json:"sources,omitempty"`
}

// CountryOf returns the view of c on the date on, with names in t. The full
// view adds the history, other names, alternatives and sources.
func CountryOf(c oic.Country, on oic.Date, t language.Tag, full bool) Country {
	v := Country{
		Key: c.Key(), Alpha2: c.Alpha2(), Alpha3: c.Alpha3(),
		Name: c.NameOn(on, t), Names: c.Names(), FormalName: c.FormalName(t),
		Status: c.StatusOn(on), On: on, Joined: c.Joined(),
	}
	if full {
		v.History, v.OtherNames, v.Alternatives, v.Sources = c.History(), c.OtherNames(), c.Alternatives(), c.Sources()
	}
	return v
}

// Session is the view of a session.
type Session struct {
	ID       oic.Session     `json:"id"`
	Kind     oic.SessionKind `json:"kind"`
	Number   int             `json:"number,omitempty"`
	Title    string          `json:"title"`
	Start    oic.Date        `json:"start"`
	Last     oic.Date        `json:"last"`   // the last day it met
	Period   oic.Period      `json:"period"` // the days it met, half-open: 2011-06-28/2011-07-01
	City     string          `json:"city,omitempty"`
	Host     oic.Country     `json:"host,omitzero"`
	Chair    oic.Person      `json:"chair,omitzero"`
	Role     oic.Role        `json:"chairRole,omitzero"`
	Theme    oic.Text        `json:"theme,omitzero"`
	Outcomes []oic.Outcome   `json:"outcomes,omitempty"`
	Sources  []oic.Source    `json:"sources,omitempty"`
}

// SessionOf returns the view of s with names in t; the full view adds the
// chair, theme, outcomes and sources.
func SessionOf(s oic.Session, t language.Tag, full bool) Session {
	v := Session{ID: s, Kind: s.Kind(), Number: s.Number(), Title: prose.NewPrinter(t).SessionTitle(s),
		Start: s.Start(), Last: s.Period().Last(), Period: s.Period(), City: s.City().NameOn(s.Start(), t), Host: s.Host()}
	if full {
		v.Chair, v.Role = s.Chair()
		v.Theme, v.Outcomes, v.Sources = s.Theme(), s.Outcomes(), s.Sources()
	}
	return v
}

// Body is the view of a body.
type Body struct {
	Key       string             `json:"key"`
	Acronym   string             `json:"acronym,omitempty"`
	Kind      oic.BodyKind       `json:"kind"`
	Name      string             `json:"name"`
	Names     oic.Text           `json:"names"`
	Seat      string             `json:"seat,omitempty"`
	Country   oic.Country        `json:"country,omitzero"`
	Founded   oic.Date           `json:"founded,omitzero"`
	FoundedBy oic.Text           `json:"foundedBy,omitzero"`
	Sources   []oic.Source       `json:"sources,omitempty"`
	Doubts    []oic.DoubtedField `json:"doubts,omitempty"` // the facts above that rest on weak evidence
}

// BodyOf returns the view of b with names in t; the full view adds the
// sources.
func BodyOf(b oic.Body, t language.Tag, full bool) Body {
	v := Body{Key: b.Key(), Acronym: b.Acronym(), Kind: b.Kind(), Name: b.Name(t), Names: b.Names(),
		Seat: b.Seat().Name(t), Country: b.Seat().Country(), Founded: b.Founded(), FoundedBy: b.FoundedBy(), Doubts: b.Doubts()}
	if full {
		v.Sources = b.Sources()
	}
	return v
}

// Office is the view of an office and its holder on a date. Holder,
// Country and Period are set where the sources settle who held it; Holders
// lists the terms that were, or may have been, running on the date, each
// with how certain it is, and Last the latest term that had certainly
// ended, for an office whose holder on the date no source names.
type Office struct {
	Office  oic.Office   `json:"office"`
	Title   string       `json:"title"`
	Holder  oic.Person   `json:"holder,omitzero"`
	Country oic.Country  `json:"country,omitzero"`
	Period  *oic.Period  `json:"period,omitempty"`
	Note    oic.Text     `json:"note,omitzero"`
	Holders []Holder     `json:"holders,omitempty"`
	Last    *oic.Term    `json:"last,omitempty"`
	Sources []oic.Source `json:"sources,omitempty"`
}

// A Holder is a term of an office that was, or may have been, running on a
// date, with how certain that is.
type Holder struct {
	oic.Term
	Certainty oic.Certainty `json:"certainty"`
}

// Offices returns the views of every office with its holder on the date on.
func Offices(on oic.Date, t language.Tag) []Office {
	var out []Office
	for o := range oic.Offices() {
		out = append(out, OfficeOf(o, on, t))
	}
	return out
}

// OfficeOf returns the view of o with its holder on the date on.
func OfficeOf(o oic.Office, on oic.Date, t language.Tag) Office {
	v := Office{Office: o, Title: o.Name(t)}
	if term, ok := o.HolderOn(on); ok {
		v.Holder, v.Country, v.Period, v.Note, v.Sources = term.Holder, term.Country, &term.Period, term.Note, term.Sources
	}
	for _, term := range o.HoldersOn(on) {
		v.Holders = append(v.Holders, Holder{term, term.HeldOn(on)})
	}
	if len(v.Holders) == 0 {
		if last, ok := LastTerm(o.Terms(), on); ok {
			v.Last = &last
		}
	}
	return v
}

// LastTerm returns the latest of terms that had certainly ended by the
// date on, and whether there is one.
func LastTerm(terms []oic.Term, on oic.Date) (oic.Term, bool) {
	for i := len(terms) - 1; i >= 0; i-- {
		p := terms[i].Period
		if !p.End.IsZero() && p.Holds(on) == oic.No && !p.End.Earliest().After(on.Latest()) {
			return terms[i], true
		}
	}
	return oic.Term{}, false
}

// Document is the view of a document.
type Document struct {
	Key          string           `json:"key"`
	Kind         oic.DocumentKind `json:"kind"`
	Name         string           `json:"name"`
	Names        oic.Text         `json:"names"`
	Adopted      oic.Date         `json:"adopted,omitzero"`
	AdoptedAt    oic.Session      `json:"adoptedAt,omitzero"`
	InForce      oic.Date         `json:"inForce,omitzero"`
	Validity     *oic.Period      `json:"validity,omitempty"`
	SupersededBy oic.Document     `json:"supersededBy,omitzero"`
	Supersedes   []oic.Document   `json:"supersedes,omitempty"`
	Sources      []oic.Source     `json:"sources,omitempty"`
}

// Documents returns the views of every document, names in t.
func Documents(t language.Tag) []Document {
	var out []Document
	for d := range oic.Documents() {
		v := Document{Key: d.Key(), Kind: d.Kind(), Name: d.Name(t), Names: d.Names(), Adopted: d.Adopted(),
			AdoptedAt: d.AdoptedAt(), InForce: d.InForce(), SupersededBy: d.SupersededBy(), Sources: d.Sources()}
		if p := d.Validity(); p != (oic.Period{}) {
			v.Validity = &p
		}
		for e := range oic.Documents() {
			if e.SupersededBy() == d {
				v.Supersedes = append(v.Supersedes, e)
			}
		}
		out = append(out, v)
	}
	return out
}

// Initiative is the view of an initiative on a date.
type Initiative struct {
	Key         string                  `json:"key"`
	Name        string                  `json:"name"`
	Names       oic.Text                `json:"names"`
	Status      initiatives.Status      `json:"status"`
	Statuses    []initiatives.Status    `json:"statuses,omitempty"` // the statuses it may have had, where the sources do not settle the date
	On          oic.Date                `json:"on"`
	ProposedBy  []oic.Person            `json:"proposedBy"`
	Announced   oic.Date                `json:"announced"`
	AnnouncedAt oic.Session             `json:"announcedAt,omitzero"`
	Goal        oic.Text                `json:"goal"`
	Partners    []oic.Country           `json:"partners,omitempty"`
	Bodies      []oic.Body              `json:"bodies,omitempty"`
	Documents   []oic.Document          `json:"documents,omitempty"`
	Milestones  []initiatives.Milestone `json:"milestones,omitempty"`
	Note        *initiatives.Note       `json:"note,omitempty"`
	Sources     []oic.Source            `json:"sources,omitempty"`
}

// InitiativeOf returns the view of in on the date on, names in t; the full
// view adds partners, bodies, documents, milestones, the note on the record
// and sources.
func InitiativeOf(in initiatives.Initiative, on oic.Date, t language.Tag, full bool) Initiative {
	v := Initiative{Key: in.Key(), Name: in.Name(t), Names: in.Names(), Status: in.StatusOn(on), On: on,
		ProposedBy: in.ProposedBy(), Announced: in.Announced(), AnnouncedAt: in.AnnouncedAt(), Goal: in.Goal()}
	if st := in.StatusesOn(on); len(st) > 1 {
		v.Statuses = st
	}
	if full {
		v.Partners, v.Bodies, v.Documents, v.Milestones, v.Sources = in.Partners(), in.Bodies(), in.Documents(), in.Milestones(), in.Sources()
		if n, ok := in.Note(); ok {
			v.Note = &n
		}
	}
	return v
}

// Kazakhstan is the view of Kazakhstan's record on a date.
type Kazakhstan struct {
	On              oic.Date               `json:"on"`
	Status          oic.Standing           `json:"status"`
	Admission       kzoic.Event            `json:"admission"`
	Mission         kzoic.Mission          `json:"mission"`
	Representative  *kzoic.Representative  `json:"representative,omitempty"`
	Representatives []kzoic.Representative `json:"representatives"`
	Hosted          []oic.Session          `json:"hosted"`
	Chairmanships   []kzoic.Event          `json:"chairmanships"`
	Posts           []oic.Term             `json:"posts"`
	Events          []kzoic.Event          `json:"events"`
}

// KazakhstanOn returns the view of Kazakhstan's record on the date on.
func KazakhstanOn(on oic.Date) Kazakhstan {
	v := Kazakhstan{On: on, Status: kzoic.StatusOn(on), Admission: kzoic.Admission(), Mission: kzoic.PermanentMission(),
		Representatives: kzoic.Representatives(), Hosted: []oic.Session{}, Chairmanships: kzoic.Chairmanships(),
		Posts: kzoic.Posts(), Events: kzoic.Events()}
	if r, ok := kzoic.RepresentativeOn(on); ok {
		v.Representative = &r
	}
	for s := range kzoic.HostedSessions() {
		v.Hosted = append(v.Hosted, s)
	}
	return v
}

// ObserverOrg is the view of an organisation with observer status on a
// date: Status says whether it certainly was an observer then.
type ObserverOrg struct {
	Key          string            `json:"key"`
	Acronym      string            `json:"acronym,omitempty"`
	Kind         oic.ObserverKind  `json:"kind"`
	Name         string            `json:"name"`
	Names        oic.Text          `json:"names"`
	Period       oic.Period        `json:"period"`
	Status       oic.Certainty     `json:"status"`
	Alternatives []oic.Alternative `json:"alternatives,omitempty"`
	Sources      []oic.Source      `json:"sources,omitempty"`
}

// ObserverOrgOf returns the view of o on the date on, names in t.
func ObserverOrgOf(o oic.ObserverOrg, on oic.Date, t language.Tag) ObserverOrg {
	return ObserverOrg{Key: o.Key(), Acronym: o.Acronym(), Kind: o.Kind(), Name: o.Name(t), Names: o.Names(), Period: o.Period(),
		Status: o.StatusOn(on), Alternatives: o.Alternatives(), Sources: o.Sources()}
}

// Organisation is the view of the organisation itself.
type Organisation struct {
	Name             string         `json:"name"`
	Names            []oic.Name     `json:"names"`
	Founded          oic.Date       `json:"founded"`
	FoundingSession  oic.Session    `json:"foundingSession"`
	Headquarters     string         `json:"headquarters"`
	WorkingLanguages []language.Tag `json:"workingLanguages"`
	Charter          oic.Document   `json:"charter"`
	On               oic.Date       `json:"on"`
	Members          int            `json:"members"`
	ActiveMembers    int            `json:"activeMembers"`
	Observers        int            `json:"observers"`
	Vintage          oic.Date       `json:"vintage"`
	DataVersion      string         `json:"dataVersion"`
	Sources          []oic.Source   `json:"sources"`
}

// OrganisationOn returns the view of the organisation on the date on, names
// in t.
func OrganisationOn(on oic.Date, t language.Tag) Organisation {
	count := func(seq func(func(oic.Country) bool)) int {
		n := 0
		for range seq {
			n++
		}
		return n
	}
	return Organisation{
		Name: oic.NameOn(on, t), Names: oic.NameHistory(), Founded: oic.Founded(), FoundingSession: oic.FoundingSession(),
		Headquarters: oic.Headquarters().NameOn(on, t), WorkingLanguages: oic.WorkingLanguages(), Charter: oic.CharterOn(on),
		On: on, Members: count(oic.MembersOn(on)), ActiveMembers: count(oic.ActiveMembersOn(on)), Observers: count(oic.ObserversOn(on)),
		Vintage: oic.Vintage(), DataVersion: oic.DataVersion, Sources: oic.Sources(),
	}
}

// ObserverSince returns the date of the last change that made c an observer
// by the date on, or the zero Date if none did.
func ObserverSince(c oic.Country, on oic.Date) oic.Date {
	var d oic.Date
	for _, h := range c.History() {
		if h.Date.Earliest().After(on.Latest()) {
			break
		}
		if h.Status == oic.StatusObserver {
			d = h.Date
		}
	}
	return d
}

// LanguageName returns the name of the language of t for the reader of p:
// from the module's catalog for the five languages it speaks, else as the
// Unicode CLDR names it (through golang.org/x/text/language/display, which
// package search/cldr links in already), else its BCP 47 code.
func LanguageName(p *prose.Printer, t language.Tag) string {
	b, _ := t.Base()
	key := "label.lang." + b.String()
	if s := p.Sprintf(key); s != key {
		return s
	}
	if s := display.Languages(p.Tag()).Name(b); s != "" {
		return s
	}
	return b.String()
}

// Date returns d for the reader of p, or the words saying that no source
// gives it.
func Date(p *prose.Printer, d oic.Date) string {
	if d.IsZero() {
		return p.Sprintf("undated")
	}
	return p.Date(d)
}

// Period returns per for the reader of p, or the words saying that no
// source dates it.
func Period(p *prose.Printer, per oic.Period) string {
	if per == (oic.Period{}) {
		return p.Sprintf("undated")
	}
	return p.Period(per)
}

// Span returns when something happened that began on start and, where end
// is not zero, lasted until the day before end: its days ("28–30 June
// 2011") where start is known to the day and end is given, else start as
// the sources give it.
func Span(p *prose.Printer, start, end oic.Date) string {
	if end.IsZero() || start.Precision() != oic.PrecisionDay {
		return Date(p, start)
	}
	return Period(p, oic.Period{Start: start, End: end})
}

// RepresentativesOn returns the Permanent Representatives of Kazakhstan
// who may have held the post on the date on, with how certain that is, and,
// where none may have, the last term that ended before on.
func RepresentativesOn(on oic.Date) (cands []Holder, last *oic.Term) {
	var terms []oic.Term
	for _, r := range kzoic.Representatives() {
		t := oic.Term{Holder: r.Person, Period: r.Period, Sources: r.Sources}
		terms = append(terms, t)
		if c := r.Period.Holds(on); c != oic.No {
			cands = append(cands, Holder{Term: t, Certainty: c})
		}
	}
	if t, ok := LastTerm(terms, on); ok && len(cands) == 0 {
		last = &t
	}
	return cands, last
}

// Citations collects the sources an output cites, each once, in the order
// they are first cited. The zero Citations is empty and ready to use.
type Citations struct {
	seen map[string]bool
	list []oic.Source
}

// Add records srcs; a source cited before is not added again.
func (c *Citations) Add(srcs []oic.Source) {
	for _, src := range srcs {
		id := src.ID
		if id == "" {
			id = src.Title + "\x00" + src.URL
		}
		if c.seen[id] {
			continue
		}
		if c.seen == nil {
			c.seen = map[string]bool{}
		}
		c.seen[id] = true
		c.list = append(c.list, src)
	}
}

// List returns the sources cited, in order.
func (c *Citations) List() []oic.Source { return c.list }

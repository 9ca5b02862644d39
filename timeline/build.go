package timeline

import (
	"github.com/kzoic/kzoic"
	"github.com/kzoic/kzoic/initiatives"
	"github.com/kzoic/kzoic/oic"
	"github.com/kzoic/kzoic/prose"
	"golang.org/x/text/language"
)

// builder derives the events from the records of the other packages.
type builder struct {
	entries  []entry
	printers [5]*prose.Printer // one for each language of an oic.Text, in its order
}

func (b *builder) add(e Event) {
	if e.Date.IsZero() {
		return
	}
	b.entries = append(b.entries, entry{e, len(b.entries)})
}

// compose builds a title in each of the five languages from the message
// catalog of package prose: f writes it with the printer of one language.
func (b *builder) compose(f func(p *prose.Printer) string) oic.Text {
	var x [5]string
	for i, p := range b.printers {
		x[i] = f(p)
	}
	return oic.Text{English: x[0], Arabic: x[1], French: x[2], Kazakh: x[3], Russian: x[4]}
}

func (b *builder) build() {
	for i, t := range oic.Languages() {
		b.printers[i] = prose.NewPrinter(t)
	}
	b.organisation()
	b.membership()
	b.sessions()
	b.documents()
	b.bodies()
	b.offices()
	b.initiatives()
	b.kazakhstan()
	b.names()
}

func (b *builder) organisation() {
	founding := oic.NameHistory()[0]
	b.add(Event{Date: oic.Founded(), Topic: TopicOrganisation, Ref: Ref{Kind: RefFounding},
		Title: b.compose(func(p *prose.Printer) string { return p.Sprintf("event.founding", p.Text(founding.Name)) })})
	for i, n := range oic.NameHistory() {
		if i == 0 {
			continue // the founding name comes with the founding
		}
		b.add(Event{Date: n.Period.Start, Topic: TopicOrganisation, Ref: Ref{Kind: RefOrgName, Index: i},
			Title: b.compose(func(p *prose.Printer) string { return p.Sprintf("event.renamed", p.Text(n.Name)) })})
	}
}

func (b *builder) membership() {
	for c := range oic.Countries() {
		prev := oic.StatusNone
		for i, h := range c.History() {
			b.add(Event{Date: h.Date, Topic: TopicMembership, Country: c, Ref: Ref{Kind: RefStatusChange, Country: c, Index: i},
				Title: b.compose(func(p *prose.Printer) string {
					return p.Sprintf("event.change", c.NameOn(h.Date, p.Tag()), p.Change(oic.StatusChange{Status: h.Status}, prev))
				})})
			prev = h.Status
		}
	}
}

func (b *builder) sessions() {
	for s := range oic.Sessions(0) {
		b.add(Event{Date: s.Start(), End: s.Period().End, Topic: TopicSession, Country: s.Host(), Ref: Ref{Kind: RefSession, Session: s},
			Title: b.compose(func(p *prose.Printer) string {
				if c := s.City(); c.IsValid() {
					return p.Sprintf("event.session", p.SessionTitle(s), c.NameOn(s.Start(), p.Tag()))
				}
				return p.SessionTitle(s)
			})})
	}
}

func (b *builder) documents() {
	for d := range oic.Documents() {
		b.add(Event{Date: d.Adopted(), Topic: TopicDocument, Ref: Ref{Kind: RefDocumentAdopted, Document: d},
			Title: b.compose(func(p *prose.Printer) string { return p.Sprintf("event.document-adopted", p.Text(d.Names())) })})
		b.add(Event{Date: d.InForce(), Topic: TopicDocument, Ref: Ref{Kind: RefDocumentInForce, Document: d},
			Title: b.compose(func(p *prose.Printer) string { return p.Sprintf("event.document-in-force", p.Text(d.Names())) })})
	}
}

func (b *builder) bodies() {
	for body := range oic.Bodies(0) {
		b.add(Event{Date: body.Founded(), Topic: TopicBody, Country: body.Seat().Country(), Ref: Ref{Kind: RefBody, Body: body},
			Title: b.compose(func(p *prose.Printer) string { return p.Sprintf("event.body", body.NameOn(body.Founded(), p.Tag())) })})
	}
}

func (b *builder) offices() {
	for o := range oic.Offices() {
		for i, term := range o.Terms() {
			b.add(Event{Date: term.Period.Start, Topic: TopicOffice, Country: term.Country, Ref: Ref{Kind: RefTerm, Office: o, Index: i},
				Title: b.compose(func(p *prose.Printer) string {
					return p.Sprintf("event.term", p.Text(term.Holder.Names()), p.Text(o.Names()))
				})})
		}
	}
}

func (b *builder) initiatives() {
	kz := kzoic.Kazakhstan()
	for in := range initiatives.All() {
		for i, m := range in.Milestones() {
			b.add(Event{Date: m.Date, Topic: TopicInitiative, Country: kz, Ref: Ref{Kind: RefMilestone, Initiative: in, Index: i},
				Title: b.compose(func(p *prose.Printer) string {
					return p.Sprintf("event.milestone", p.Text(in.Names()), p.Text(m.Text))
				})})
		}
	}
}

func (b *builder) kazakhstan() {
	kz := kzoic.Kazakhstan()
	for i, e := range kzoic.Events() {
		if e.Kind == kzoic.EventMembership {
			continue // the admission is Kazakhstan's status change, listed under membership
		}
		b.add(Event{Date: e.Date, End: e.End, Topic: TopicKazakhstan, Country: kz, Ref: Ref{Kind: RefKazakhstan, Index: i},
			Title: e.Text})
	}
	for i, r := range kzoic.Representatives() {
		b.add(Event{Date: r.Period.Start, Topic: TopicKazakhstan, Country: kz, Ref: Ref{Kind: RefRepresentative, Index: i},
			Title: b.compose(func(p *prose.Printer) string { return p.Sprintf("event.representative", p.Text(r.Person.Names())) })})
	}
}

// names adds an event for each change of an official name of a state or a
// city: one event per record and date, whatever the number of languages.
// A change is dated by the start of a former name or by its end.
func (b *builder) names() {
	add := func(ref Ref, names []oic.HistoricName, nameOn func(oic.Date, language.Tag) string, gone func(oic.Date) bool) {
		var dates []oic.Date
		first := map[oic.Date]int{}
		for i, n := range names {
			if n.Alias {
				continue
			}
			for _, d := range []oic.Date{n.Period.Start, n.Period.End} {
				if _, ok := first[d]; !ok && !d.IsZero() {
					first[d] = i
					dates = append(dates, d)
				}
			}
		}
		for _, d := range dates {
			if gone(d) {
				continue // a name that ends because the state merged or left is no new name
			}
			r := ref
			r.Index = first[d]
			title := b.compose(func(p *prose.Printer) string { return p.Sprintf("event.renamed", nameOn(d, p.Tag())) })
			b.add(Event{Date: d, Topic: TopicName, Country: ref.Country, Ref: r, Title: title})
		}
	}
	for c := range oic.Countries() {
		add(Ref{Kind: RefCountryName, Country: c}, c.OtherNames(), c.NameOn, func(d oic.Date) bool {
			st := c.StatusOn(d)
			return st.Is(oic.StatusMerged) == oic.Yes || st.Is(oic.StatusWithdrawn) == oic.Yes
		})
	}
	for city := range oic.Cities() {
		add(Ref{Kind: RefCityName, City: city, Country: city.Country()}, city.OtherNames(), city.NameOn, func(oic.Date) bool { return false })
	}
}

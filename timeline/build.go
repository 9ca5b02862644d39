package timeline

import (
	"github.com/kzoic/kzoic"
	"github.com/kzoic/kzoic/initiatives"
	"github.com/kzoic/kzoic/oic"
	"golang.org/x/text/language"
)

// builder derives the events from the records of the other packages.
type builder struct {
	entries []entry
}

func (b *builder) add(e Event) {
	if e.Date.IsZero() {
		return
	}
	b.entries = append(b.entries, entry{e, len(b.entries)})
}

// compose builds a Text from a function that composes the title in one
// language from parts in that language. A language in which a part is
// missing stays empty, so that the title falls back to English as a whole
// rather than mixing languages.
func compose(f func(t language.Tag, i int) (string, bool)) oic.Text {
	var parts [3]string
	for i, t := range []language.Tag{language.English, language.Arabic, language.French} {
		if s, ok := f(t, i); ok {
			parts[i] = s
		}
	}
	return oic.Text{English: parts[0], Arabic: parts[1], French: parts[2]}
}

// lookupIn returns the form of x in t, and whether there is one.
func lookupIn(x oic.Text, t language.Tag) (string, bool) { return x.Lookup(t) }

// phrase picks one of three phrasings, in English, Arabic and French.
func phrase(i int, s [3]string) string { return s[i] }

func (b *builder) build() {
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
		Title: compose(func(t language.Tag, i int) (string, bool) {
			n, ok := lookupIn(founding.Name, t)
			return phrase(i, [3]string{"Founding of the ", "تأسيس ", "Fondation de l'"}) + n, ok
		})})
	for i, n := range oic.NameHistory() {
		if i == 0 {
			continue // the founding name comes with the founding
		}
		b.add(Event{Date: n.Period.Start, Topic: TopicOrganisation, Ref: Ref{Kind: RefOrgName, Index: i},
			Title: compose(func(t language.Tag, j int) (string, bool) {
				s, ok := lookupIn(n.Name, t)
				return phrase(j, [3]string{"Renamed the ", "تغيير الاسم إلى ", "Nouveau nom : "}) + s, ok
			})})
	}
}

func statusPhrase(prev, st oic.Status) [3]string {
	switch st {
	case oic.StatusMember:
		if prev == oic.StatusSuspended {
			return [3]string{"membership restored", "استعادة العضوية", "réintégration"}
		}
		return [3]string{"joins as a member", "الانضمام عضوا", "adhésion comme membre"}
	case oic.StatusSuspended:
		return [3]string{"membership suspended", "تعليق العضوية", "suspension"}
	case oic.StatusObserver:
		return [3]string{"becomes an observer", "الحصول على صفة المراقب", "statut d'observateur"}
	case oic.StatusWithdrawn:
		return [3]string{"withdraws", "الانسحاب", "retrait"}
	case oic.StatusMerged:
		return [3]string{"merges into another member state", "الاندماج في دولة عضو", "fusion avec un État membre"}
	}
	return [3]string{st.String(), "", ""}
}

func (b *builder) membership() {
	for c := range oic.Countries() {
		prev := oic.StatusNone
		for i, h := range c.History() {
			p := statusPhrase(prev, h.Status)
			b.add(Event{Date: h.Date, Topic: TopicMembership, Country: c, Ref: Ref{Kind: RefStatusChange, Country: c, Index: i},
				Title: compose(func(t language.Tag, j int) (string, bool) {
					name := c.NameOn(h.Date, t)
					_, ok := c.Names().Lookup(t)
					sep := [3]string{": ", ": ", " : "}[j]
					return name + sep + p[j], ok && p[j] != ""
				})})
			prev = h.Status
		}
	}
}

func (b *builder) sessions() {
	for s := range oic.Sessions(0) {
		b.add(Event{Date: s.Start(), End: s.Period().End, Topic: TopicSession, Country: s.Host(), Ref: Ref{Kind: RefSession, Session: s},
			Title: compose(func(t language.Tag, j int) (string, bool) {
				title, ok := lookupIn(s.Title(), t)
				if c := s.City(); c.IsValid() {
					_, cok := c.Names().Lookup(t)
					return title + [3]string{", ", "، ", ", "}[j] + c.NameOn(s.Start(), t), ok && cok
				}
				return title, ok
			})})
	}
}

func (b *builder) documents() {
	for d := range oic.Documents() {
		b.add(Event{Date: d.Adopted(), Topic: TopicDocument, Ref: Ref{Kind: RefDocumentAdopted, Document: d},
			Title: compose(func(t language.Tag, i int) (string, bool) {
				n, ok := lookupIn(d.Names(), t)
				return n + [3]string{": adopted", " : اعتماد", " : adoption"}[i], ok
			})})
		b.add(Event{Date: d.InForce(), Topic: TopicDocument, Ref: Ref{Kind: RefDocumentInForce, Document: d},
			Title: compose(func(t language.Tag, i int) (string, bool) {
				n, ok := lookupIn(d.Names(), t)
				return n + [3]string{": enters into force", " : دخول حيز النفاذ", " : entrée en vigueur"}[i], ok
			})})
	}
}

func (b *builder) bodies() {
	for body := range oic.Bodies(0) {
		b.add(Event{Date: body.Founded(), Topic: TopicBody, Country: body.Seat().Country(), Ref: Ref{Kind: RefBody, Body: body},
			Title: compose(func(t language.Tag, i int) (string, bool) {
				n, ok := lookupIn(body.Names(), t)
				return n + [3]string{": founded", " : التأسيس", " : création"}[i], ok
			})})
	}
}

func (b *builder) offices() {
	for o := range oic.Offices() {
		for i, term := range o.Terms() {
			b.add(Event{Date: term.Period.Start, Topic: TopicOffice, Country: term.Country, Ref: Ref{Kind: RefTerm, Office: o, Index: i},
				Title: compose(func(t language.Tag, j int) (string, bool) {
					title, ok := lookupIn(o.Names(), t)
					h, hok := lookupIn(term.Holder.Names(), t)
					return h + [3]string{" takes office as ", "، ", " prend ses fonctions de "}[j] + title, ok && hok
				})})
		}
	}
}

func (b *builder) initiatives() {
	kz := kzoic.Kazakhstan()
	for in := range initiatives.All() {
		for i, m := range in.Milestones() {
			b.add(Event{Date: m.Date, Topic: TopicInitiative, Country: kz, Ref: Ref{Kind: RefMilestone, Initiative: in, Index: i},
				Title: compose(func(t language.Tag, _ int) (string, bool) {
					n, ok := lookupIn(in.Names(), t)
					mt, mok := lookupIn(m.Text, t)
					return n + ": " + mt, ok && mok
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
			Title: oic.Text{English: r.Person.Name(language.English) + " becomes Kazakhstan's Permanent Representative to the OIC"}})
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
			title := compose(func(t language.Tag, j int) (string, bool) {
				for _, m := range names {
					if !m.Alias && (m.Period.Start == d || m.Period.End == d) && sameLanguage(m.Lang, t) {
						return [3]string{"Renamed ", "تغيير الاسم إلى ", "Nouveau nom : "}[j] + nameOn(d, t), true
					}
				}
				return "", false
			})
			if title.English == "" {
				title.English = "Renamed " + nameOn(d, language.English)
			}
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

func sameLanguage(a, b language.Tag) bool {
	x, _ := a.Base()
	y, _ := b.Base()
	return x == y
}

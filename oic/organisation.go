package oic

import (
	"golang.org/x/text/language"
)

// Vintage returns the date the data speak for: "today" in every answer that
// does not take a date, such as [Country.Status] and [MemberSince]. Facts
// after it are not in the tables; a question about a later day is answered
// as of the vintage (see [IsAfterVintage]), except that a term the sources
// say ends on a known day is not extended past it.
func Vintage() Date { return vintage }

// IsAfterVintage reports whether some day of d falls after [Vintage], so
// that an answer about d speaks only for the vintage.
func IsAfterVintage(d Date) bool { return d.Precision() != PrecisionNone && d.Latest().After(vintage) }

// A Name is one of the names the organisation has had, with the period it
// was in use and the decision that gave it.
type Name struct {
	Name     Text     `json:"name"`
	Abbrev   Text     `json:"abbrev"` // the abbreviation, in the languages that have one
	Period   Period   `json:"period"`
	Decision Text     `json:"decision"`          // who decided on the name
	Session  Session  `json:"session,omitzero"`  // the session that decided, where there was one
	Sources  []Source `json:"sources,omitempty"` // where the name and its dates are attested
}

// orgNameRow is a row of the table of the organisation's names.
type orgNameRow struct {
	name, abbrev Text
	period       Period
	decision     Text
	session      uint16
	sources      []uint16
}

// NameHistory returns the organisation's names in the order it bore them:
// the Organisation of the Islamic Conference from 1969, the Organisation of
// Islamic Cooperation from 28 June 2011. The slice is new on every call.
func NameHistory() []Name {
	out := make([]Name, len(orgNameTable))
	for i, n := range orgNameTable {
		out[i] = Name{Name: n.name, Abbrev: n.abbrev, Period: n.period, Decision: n.decision, Session: Session{n.session}, Sources: sourceList(n.sources)}
	}
	return out
}

// NamesOn returns the organisation's name on d in the curated languages, or
// its present name for a date before its founding or the zero Date.
func NamesOn(d Date) Text {
	for _, n := range orgNameTable {
		if n.period.Holds(d) == Yes {
			return n.name
		}
	}
	return orgNameTable[len(orgNameTable)-1].name
}

// NameOn returns the organisation's name on d in the language closest to
// t; see [NamesOn] and [Text.In].
func NameOn(d Date, t language.Tag) string { return NamesOn(d).In(t) }

// Founded returns the day the organisation was founded: 25 September 1969,
// when the 1st Islamic Summit, in Rabat, decided to establish it.
func Founded() Date { return founded }

// FoundingSession returns the session that founded the organisation, the
// 1st Islamic Summit (Rabat, 22–25 September 1969).
func FoundingSession() Session { return foundingSession }

// Headquarters returns the seat of the General Secretariat: Jeddah, chosen
// by the 1st Islamic Conference of Foreign Ministers in 1970 as the seat
// until Al-Quds (Jerusalem), which the Charter names the permanent
// headquarters, is liberated.
func Headquarters() City { return headquarters }

// WorkingLanguages returns the organisation's working languages: Arabic,
// English and French. The slice is new on every call.
func WorkingLanguages() []language.Tag {
	all := Languages()
	out := make([]language.Tag, len(workingLanguages))
	for i, l := range workingLanguages {
		out[i] = all[l]
	}
	return out
}

// Sources returns the sources of the organisation's own record: its
// founding, seat and languages. The slice is new on every call.
func Sources() []Source { return sourceList(orgSources) }

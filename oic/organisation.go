package oic

import (
	"time"

	"golang.org/x/text/language"
)

// DataVersion names the snapshot of the data files the tables were built
// from: the year and month of [Vintage].
const DataVersion = "2026.11"

// Vintage returns the date the data speak for: "today" in every answer that
// does not take a date, such as [Country.Status] and [MemberSince]. Facts
// after it are not in the tables.
func Vintage() Date { return Date{Year: 2026, Month: time.November, Day: 1} }

// A Name is one of the names the organisation has had, with the period it
// was in use and the decision that gave it.
type Name struct {
	Name     Text     `json:"name"`
	Abbrev   Text     `json:"abbrev"` // the abbreviation, in the languages that have one
	Period   Period   `json:"period"`
	Decision string   `json:"decision"`          // who decided on the name, in English
	Session  Session  `json:"session,omitzero"`  // the session that decided, where there was one
	Sources  []Source `json:"sources,omitempty"` // where the name and its dates are attested
}

// orgName is a row of the hand-written table of the organisation's names.
type orgName struct {
	name, abbrev Text
	period       Period
	decision     string
	session      [2]int // kind and number
	sources      []string
}

// renamed is the day the 38th Council of Foreign Ministers, in Astana,
// adopted the present name.
var renamed = Date{Year: 2011, Month: time.June, Day: 28}

var orgNameTable = [...]orgName{
	{
		name: Text{
			English: "Organisation of the Islamic Conference",
			Arabic:  "منظمة المؤتمر الإسلامي",
			French:  "Organisation de la conférence islamique",
			Russian: "Организация Исламская конференция",
		},
		abbrev:   Text{English: "OIC", French: "OCI", Kazakh: "ИКҰ", Russian: "ОИК"},
		period:   Period{Start: Date{Year: 1969, Month: time.September, Day: 25}, End: renamed},
		decision: "In use from the founding decision of the 1st Islamic Summit, Rabat",
		session:  [2]int{int(KindSummit), 1},
		sources:  []string{"kz-oic-2011-rename", "kz-icnl-charter", "kz-oic-journal-4", "kz-oic-ar-2009", "kz-alwatan-2011", "kz-larousse", "kz-djazairess-2011", "kz-histrf", "kz-vesti-2011", "kz-caravan-kk-2011"},
	},
	{
		name: Text{
			English: "Organisation of Islamic Cooperation",
			Arabic:  "منظمة التعاون الإسلامي",
			French:  "Organisation de la coopération islamique",
			Kazakh:  "Ислам ынтымақтастығы ұйымы",
			Russian: "Организация исламского сотрудничества",
		},
		abbrev:   Text{English: "OIC", French: "OCI", Russian: "ОИС"},
		period:   Period{Start: renamed},
		decision: "Renamed, with a new emblem, by consensus at the opening of the 38th Council of Foreign Ministers, Astana",
		session:  [2]int{int(KindCFM), 38},
		sources:  []string{"kz-oic-2011-rename", "kz-vesti-2011", "kz-saudigazette-2011", "kz-mfa-oic-2018", "kz-oic-ar-2022-oic15", "kz-oic-journal-36-fr", "kz-muslimkz", "kz-govkz-2025"},
	},
}

// Names returns the organisation's names in the order it bore them: the
// Organisation of the Islamic Conference from 1969, the Organisation of
// Islamic Cooperation from 28 June 2011. The slice is new on every call.
func Names() []Name {
	out := make([]Name, len(orgNameTable))
	for i, n := range orgNameTable {
		s, _ := SessionOf(SessionKind(n.session[0]), n.session[1])
		out[i] = Name{Name: n.name, Abbrev: n.abbrev, Period: n.period, Decision: n.decision, Session: s, Sources: sourcesByID(n.sources)}
	}
	return out
}

// NameOn returns the organisation's name on d, or its present name for a
// date before its founding or the zero Date.
func NameOn(d Date) Text {
	for _, n := range orgNameTable {
		if n.period.Contains(d) {
			return n.name
		}
	}
	return orgNameTable[len(orgNameTable)-1].name
}

// Founded returns the day the organisation was founded: 25 September 1969,
// when the 1st Islamic Summit, in Rabat, decided to establish it.
func Founded() Date { return Date{Year: 1969, Month: time.September, Day: 25} }

// FoundingSession returns the session that founded the organisation, the
// 1st Islamic Summit (Rabat, 22–25 September 1969).
func FoundingSession() Session {
	s, _ := Summit(1)
	return s
}

// Headquarters returns the seat of the General Secretariat: Jeddah, chosen
// by the 1st Islamic Conference of Foreign Ministers in 1970 as the seat
// until Al-Quds (Jerusalem), which the Charter names the permanent
// headquarters, is liberated.
func Headquarters() City {
	c, _ := LookupCity("jeddah")
	return c
}

// WorkingLanguages returns the organisation's working languages: Arabic,
// English and French. The slice is new on every call.
func WorkingLanguages() []language.Tag {
	return []language.Tag{language.Arabic, language.English, language.French}
}

// Sources returns the sources of the organisation's own record: its
// founding, seat and languages. The slice is new on every call.
func Sources() []Source {
	return sourcesByID(orgSourceIDs[:])
}

var orgSourceIDs = [...]string{"kz-oic-fr-history", "kz-oic-ww1-about", "kz-oic-journal-4", "kz-icnl-charter", "kz-ukrbukva-charter", "kz-mfa-oic-2018", "kz-wiki-oic-2016", "kz-larousse"}

// sourcesByID returns the sources with the given ids of the data files.
func sourcesByID(ids []string) []Source {
	out := make([]Source, 0, len(ids))
	for _, id := range ids {
		if s, ok := LookupSource(id); ok {
			out = append(out, s)
		}
	}
	return out
}

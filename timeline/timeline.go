// Package timeline puts every dated fact of the module in one chronology:
// the organisation's founding and renaming, every change in a state's
// standing, every session, the founding of bodies, the adoption of
// documents, terms of office, the milestones of Kazakhstan's initiatives and
// the facts of Kazakhstan's own record.
//
// Events are derived from the records of packages oic, initiatives and
// kzoic when the chronology is first used; the timeline keeps no facts of
// its own. Each [Event] refers back to its record through a [Ref], and its
// sources are those of the record.
//
// # Order
//
// Events are sorted by date in the order of [oic.Date.Compare]: by year,
// then month, then day, where a date known only to a year or a month sorts
// before the more precise dates within it ("1995" before "1995-12" before
// "1995-12-09"). Events with the same date keep a fixed order: by [Topic],
// then in the order of the records they come from. The order is total and
// the same on every run.
//
// A date range contains an event when the whole span of the event's date
// lies within the range: an event dated "1995" is in 1995 but not in June
// 1995, since it is not known to have happened then.
package timeline

import (
	"iter"
	"slices"
	"sort"
	"sync"
	"time"

	"github.com/kzoic/kzoic"
	"github.com/kzoic/kzoic/initiatives"
	"github.com/kzoic/kzoic/internal/keyword"
	"github.com/kzoic/kzoic/internal/oicerr"
	"github.com/kzoic/kzoic/oic"
	"golang.org/x/text/language"
)

// A Topic classes an event.
type Topic uint8

// The topics, in the order events of the same date are listed.
const (
	TopicOrganisation Topic = 1 + iota // the organisation's founding and names
	TopicMembership                    // a state joins, is suspended, readmitted, withdraws or becomes an observer
	TopicSession                       // a summit or a session of the Council of Foreign Ministers
	TopicDocument                      // a charter, programme, declaration or statute is adopted or enters into force
	TopicBody                          // an organ or institution is founded
	TopicOffice                        // a holder takes office
	TopicInitiative                    // a milestone of one of Kazakhstan's initiatives
	TopicKazakhstan                    // a fact of Kazakhstan's own record
	TopicName                          // a state or city takes a new name
)

var topicWords = keyword.Set[Topic]{Type: "timeline.Topic", Words: []string{"", "organisation", "membership", "session", "document", "body", "office", "initiative", "kazakhstan", "name"}, Error: oicerr.Keyword}

// String returns the topic's keyword, such as "session".
func (t Topic) String() string { return topicWords.String(t) }

// MarshalText implements [encoding.TextMarshaler] with the keyword of
// [Topic.String].
func (t Topic) MarshalText() ([]byte, error) { return topicWords.Marshal(t) }

// UnmarshalText implements [encoding.TextUnmarshaler]; see [ParseTopic].
func (t *Topic) UnmarshalText(text []byte) error { return topicWords.Unmarshal(t, text) }

// ParseTopic returns the topic with the given keyword, in any case.
func ParseTopic(text string) (Topic, error) { return topicWords.Parse("timeline.ParseTopic", text) }

// Topics returns an iterator over the topics in order.
func Topics() iter.Seq[Topic] { return topicWords.All() }

// A RefKind says what kind of record a [Ref] points to.
type RefKind uint8

// The kinds of record an event comes from.
const (
	RefFounding        RefKind = 1 + iota // the organisation's founding
	RefOrgName                            // one of the organisation's names ([oic.Names]), Index
	RefStatusChange                       // Country.History()[Index]
	RefSession                            // Session
	RefDocumentAdopted                    // Document, adopted
	RefDocumentInForce                    // Document, in force
	RefBody                               // Body, founded
	RefTerm                               // Office.Terms()[Index]
	RefMilestone                          // Initiative.Milestones()[Index]
	RefKazakhstan                         // kzoic.Events()[Index]
	RefRepresentative                     // kzoic.Representatives()[Index]
	RefCountryName                        // Country.OtherNames()[Index] (and others of the same date)
	RefCityName                           // City.OtherNames()[Index] (and others of the same date)
)

// A Ref points back from an event to the record it comes from: the kind of
// record, the handle of the entity, and where needed the index of the
// record in the entity's list.
type Ref struct {
	Kind       RefKind                `json:"kind"`
	Country    oic.Country            `json:"country,omitzero"`
	City       oic.City               `json:"city,omitzero"`
	Session    oic.Session            `json:"session,omitzero"`
	Document   oic.Document           `json:"document,omitzero"`
	Body       oic.Body               `json:"body,omitzero"`
	Office     oic.Office             `json:"office,omitzero"`
	Initiative initiatives.Initiative `json:"initiative,omitzero"`
	Index      int                    `json:"index,omitempty"`
}

// An Event is one dated fact. Events are plain comparable values.
type Event struct {
	Date    oic.Date    `json:"date"`
	End     oic.Date    `json:"end,omitzero"` // for a session or a chairmanship, the first day after it, as [oic.Period.End]
	Topic   Topic       `json:"topic"`
	Title   oic.Text    `json:"title"`            // composed from the record, in English, Arabic and French where every part is known
	Country oic.Country `json:"country,omitzero"` // the state chiefly involved, if any
	Ref     Ref         `json:"ref"`
}

// Sources returns the sources of the record e comes from. The slice is new
// on every call.
func (e Event) Sources() []oic.Source {
	r := e.Ref
	switch r.Kind {
	case RefFounding:
		return oic.Sources()
	case RefOrgName:
		return oic.NameHistory()[r.Index].Sources
	case RefStatusChange:
		return r.Country.History()[r.Index].Sources
	case RefSession:
		return r.Session.Sources()
	case RefDocumentAdopted, RefDocumentInForce:
		return r.Document.Sources()
	case RefBody:
		return r.Body.Sources()
	case RefTerm:
		return r.Office.Terms()[r.Index].Sources
	case RefMilestone:
		return r.Initiative.Milestones()[r.Index].Sources
	case RefKazakhstan:
		return kzoic.Events()[r.Index].Sources
	case RefRepresentative:
		return kzoic.Representatives()[r.Index].Sources
	case RefCountryName:
		return r.Country.OtherNames()[r.Index].Sources
	case RefCityName:
		return r.City.OtherNames()[r.Index].Sources
	}
	return nil
}

// Countries returns the states e involves: the state chiefly involved,
// and for initiatives the states that proposed them. The slice is new on
// every call.
func (e Event) Countries() []oic.Country {
	var out []oic.Country
	if e.Country.IsValid() {
		out = append(out, e.Country)
	}
	if e.Ref.Kind == RefMilestone {
		for _, p := range e.Ref.Initiative.Partners() {
			if !slices.Contains(out, p) {
				out = append(out, p)
			}
		}
	}
	return out
}

// Involves reports whether e involves the state c.
func (e Event) Involves(c oic.Country) bool {
	return c.IsValid() && slices.Contains(e.Countries(), c)
}

// Last returns the last date of e: the day before End for an event of
// several days, the date itself otherwise.
func (e Event) Last() oic.Date {
	if e.End.IsZero() {
		return e.Date
	}
	return e.End.Prev()
}

// String returns the date and English title of e.
func (e Event) String() string { return e.Date.String() + " " + e.Title.English }

// entry is an event with its position in the build order, the tie-break
// of the chronology.
type entry struct {
	Event
	seq int
}

var (
	chronologyOnce sync.Once
	chronicle      []Event
)

// chronology returns the events in order, derived on first use.
func chronology() []Event {
	chronologyOnce.Do(buildChronology)
	return chronicle
}

func buildChronology() {
	var b builder
	b.build()
	slices.SortFunc(b.entries, func(x, y entry) int {
		if c := x.Date.Compare(y.Date); c != 0 {
			return c
		}
		if x.Topic != y.Topic {
			return int(x.Topic) - int(y.Topic)
		}
		return x.seq - y.seq
	})
	chronicle = make([]Event, len(b.entries))
	for i, e := range b.entries {
		chronicle[i] = e.Event
	}
}

// Len returns the number of events in the chronology.
func Len() int { return len(chronology()) }

// All returns an iterator over every event in order.
func All() iter.Seq[Event] {
	return func(yield func(Event) bool) {
		for _, e := range chronology() {
			if !yield(e) {
				return
			}
		}
	}
}

// During returns an iterator, in order, over the events whose date lies
// wholly within p: every day the date can stand for is one on which p
// certainly holds, so that an event dated "1995" is during 1995 (the period
// 1995-01-01/1996-01-01) but not during June 1995. Either side of p may be open. It finds the first event
// by binary search and does not allocate.
func During(p oic.Period) iter.Seq[Event] {
	return func(yield func(Event) bool) {
		events := chronology()
		i := 0
		if !p.Start.IsZero() {
			lo := p.Start.Latest()
			// Events are sorted by the fields of their dates; an attested
			// date's Earliest ignores them ("[..2017-09-11]" may be any
			// day up to then), so search on the date without its bound.
			// An attested date is never wholly within a period with a
			// start, so none is skipped that During would yield.
			i = sort.Search(len(events), func(i int) bool {
				d := events[i].Date
				d.Bound = oic.On
				return !d.Earliest().Before(lo)
			})
		}
		end := p.End.Earliest()
		for ; i < len(events); i++ {
			e := &events[i]
			if !end.IsZero() && !e.Date.Earliest().Before(end) {
				return
			}
			if p.Holds(e.Date) == oic.Yes && !yield(*e) {
				return
			}
		}
	}
}

// Between returns an iterator over the events from the first day of from
// to the last day of to, both included: During the period from from up to
// the date after to. Between(1995, 1995) is the whole of 1995.
func Between(from, to oic.Date) iter.Seq[Event] {
	if from.IsZero() || to.IsZero() {
		return func(func(Event) bool) {}
	}
	return During(oic.Period{Start: from.Earliest(), End: to.Latest().Next()})
}

// InYear returns an iterator over the events of year y.
func InYear(y int) iter.Seq[Event] {
	return Between(oic.YearDate(y), oic.YearDate(y))
}

// ByTopic returns an iterator over the events of topic t, in order.
func ByTopic(t Topic) iter.Seq[Event] {
	return func(yield func(Event) bool) {
		for _, e := range chronology() {
			if e.Topic == t && !yield(e) {
				return
			}
		}
	}
}

// Involving returns an iterator over the events that involve the state c,
// in order; see [Event.Countries].
func Involving(c oic.Country) iter.Seq[Event] {
	return func(yield func(Event) bool) {
		if !c.IsValid() {
			return
		}
		for _, e := range chronology() {
			if e.Involves(c) && !yield(e) {
				return
			}
		}
	}
}

// OnThisDay returns an iterator over the events, of any year, known to the
// day and falling on the given month and day, in order.
func OnThisDay(m time.Month, d int) iter.Seq[Event] {
	return func(yield func(Event) bool) {
		for _, e := range chronology() {
			if e.Date.Precision() == oic.PrecisionDay && e.Date.Month == m && e.Date.Day == d && !yield(e) {
				return
			}
		}
	}
}

// TitleIn returns the title of e in the language closest to t, falling back
// to English; see [oic.Text.In].
func (e Event) TitleIn(t language.Tag) string { return e.Title.In(t) }

var refKindWords = keyword.Set[RefKind]{Type: "timeline.RefKind", Words: []string{"", "founding", "org-name", "status-change", "session", "document-adopted", "document-in-force", "body", "term", "milestone", "kazakhstan", "representative", "country-name", "city-name"}, Error: oicerr.Keyword}

// String returns the kind's keyword, such as "status-change".
func (k RefKind) String() string { return refKindWords.String(k) }

// MarshalText implements [encoding.TextMarshaler] with the keyword of
// [RefKind.String].
func (k RefKind) MarshalText() ([]byte, error) { return refKindWords.Marshal(k) }

// UnmarshalText implements [encoding.TextUnmarshaler]; it accepts the
// keywords of [RefKind.String] in any case.
func (k *RefKind) UnmarshalText(text []byte) error { return refKindWords.Unmarshal(k, text) }

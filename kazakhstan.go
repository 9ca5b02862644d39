package kzoic

import (
	"iter"

	"github.com/kzoic/kzoic/internal/cite"
	"github.com/kzoic/kzoic/internal/keyword"
	"github.com/kzoic/kzoic/internal/oicerr"
	"github.com/kzoic/kzoic/oic"
)

// Kazakhstan returns Kazakhstan's record in package oic: its names, its
// history of membership and its sources.
func Kazakhstan() oic.Country { return oic.MustParseCountry("KAZ") }

// An EventKind says what kind of fact an [Event] of Kazakhstan's record is.
type EventKind uint8

// The kinds of event.
const (
	EventMembership   EventKind = 1 + iota // admission to the OIC
	EventMission                           // the Permanent Mission to the OIC
	EventChair                             // a chairmanship: of the Council of Foreign Ministers, of a summit
	EventRatification                      // a treaty of the OIC ratified or in force for Kazakhstan
	EventHosted                            // a meeting Kazakhstan hosted, other than a session of package oic
	EventOther                             // anything else on the record
)

// An Event is a dated fact of Kazakhstan's record in the OIC: its
// admission, the opening of its mission, a chairmanship, a ratification, a
// meeting it hosted.
type Event struct {
	Kind    EventKind    `json:"kind"`
	Date    oic.Date     `json:"date"`
	End     oic.Date     `json:"end,omitzero"`     // for a chairmanship or a meeting of several days, the first day after it, as [oic.Period.End]
	Text    oic.Text     `json:"text"`             // what happened
	Session oic.Session  `json:"session,omitzero"` // the session it happened at, if any
	City    oic.City     `json:"city,omitzero"`
	Sources []oic.Source `json:"sources"`
}

// sessionRef is how the tables refer to a session.
type sessionRef = cite.Session

type eventRow struct {
	kind      EventKind
	date, end oic.Date
	session   sessionRef
	city      string
	text      oic.Text
	sources   []string
}

func (r *eventRow) event() Event {
	c, _ := oic.LookupCity(r.city)
	return Event{Kind: r.kind, Date: r.date, End: r.end, Text: r.text, Session: r.session.Session(), City: c, Sources: cite.Sources(r.sources)}
}

// Events returns the dated facts of Kazakhstan's record, in date order.
// The slice is new on every call.
func Events() []Event {
	out := make([]Event, len(eventTable))
	for i := range eventTable {
		out[i] = eventTable[i].event()
	}
	return out
}

func eventOf(k EventKind) Event {
	for i := range eventTable {
		if eventTable[i].kind == k {
			return eventTable[i].event()
		}
	}
	return Event{}
}

// Admission returns Kazakhstan's admission to the OIC: December 1995, by
// the 23rd Islamic Conference of Foreign Ministers in Conakry.
func Admission() Event { return eventOf(EventMembership) }

// A Mission is Kazakhstan's Permanent Mission to the OIC.
type Mission struct {
	Seat    oic.City     `json:"seat"`
	Opened  oic.Date     `json:"opened"`
	Sources []oic.Source `json:"sources"`
}

// PermanentMission returns Kazakhstan's Permanent Mission to the OIC, in
// Jeddah since March 2010.
func PermanentMission() Mission {
	e := eventOf(EventMission)
	return Mission{Seat: e.City, Opened: e.Date, Sources: e.Sources}
}

// A Representative is one of Kazakhstan's Permanent Representatives to the
// OIC.
type Representative struct {
	Person  oic.Person   `json:"person"`
	Post    oic.Text     `json:"post"`   // the post held alongside
	Period  oic.Period   `json:"period"` // as far as the sources date it, with attested bounds where they only show him in post
	Sources []oic.Source `json:"sources"`
}

type representativeRow struct {
	person  string
	post    oic.Text
	period  oic.Period
	sources []string
}

func (r *representativeRow) rep() Representative {
	p, _ := oic.LookupPerson(r.person)
	return Representative{Person: p, Post: r.post, Period: r.period, Sources: cite.Sources(r.sources)}
}

// Representatives returns Kazakhstan's Permanent Representatives to the OIC
// whom the sources name, in order. The slice is new on every call.
func Representatives() []Representative {
	out := make([]Representative, len(representativeTable))
	for i := range representativeTable {
		out[i] = representativeTable[i].rep()
	}
	return out
}

// RepresentativeOn returns the Permanent Representative on d, and whether
// the sources settle who it was.
func RepresentativeOn(d oic.Date) (Representative, bool) {
	for i := range representativeTable {
		if representativeTable[i].period.Contains(d) {
			return representativeTable[i].rep(), true
		}
	}
	return Representative{}, false
}

// Chairmanships returns the chairmanships Kazakhstan held: of the Council
// of Foreign Ministers (2011–2012) and of the OIC Summit on Science and
// Technology (2017–2021). The slice is new on every call.
func Chairmanships() []Event {
	var out []Event
	for i := range eventTable {
		if eventTable[i].kind == EventChair {
			out = append(out, eventTable[i].event())
		}
	}
	return out
}

// Period returns the span of e: from Date up to End, or, for an event of
// one day, month or year with no End, that day, month or year.
func (e Event) Period() oic.Period {
	if e.End.IsZero() {
		return oic.Period{Start: e.Date, End: e.Date.Next()}
	}
	return oic.Period{Start: e.Date, End: e.End}
}

// Last returns the last date of e: the day before End, or the date itself
// for an event with no End.
func (e Event) Last() oic.Date {
	if e.End.IsZero() {
		return e.Date
	}
	return e.End.Prev()
}

// ChairmanshipsOn returns the chairmanships Kazakhstan certainly held on d,
// from the opening of the session that gave the chair to the opening of
// the one that passed it on. The slice is new on every call.
func ChairmanshipsOn(d oic.Date) []Event {
	var out []Event
	for i := range eventTable {
		r := &eventTable[i]
		if e := r.event(); r.kind == EventChair && e.Period().Contains(d) {
			out = append(out, e)
		}
	}
	return out
}

// HostedSessions returns an iterator over the sessions Kazakhstan hosted:
// the 38th Council of Foreign Ministers (Astana, 2011) and the first
// Summit on Science and Technology (Astana, 2017).
func HostedSessions() iter.Seq[oic.Session] { return oic.SessionsHostedBy(Kazakhstan()) }

// Posts returns the terms in OIC offices held by nationals of Kazakhstan,
// office by office, such as Askar Mussinov's as Assistant
// Secretary-General for Science and Technology. The slice is new on every
// call.
func Posts() []oic.Term {
	kz := Kazakhstan()
	var out []oic.Term
	for o := range oic.Offices() {
		for _, t := range o.Terms() {
			if t.Country == kz {
				out = append(out, t)
			}
		}
	}
	return out
}

// PostsOn returns the terms of [Posts] that were running on d.
func PostsOn(d oic.Date) []oic.Term {
	var out []oic.Term
	for _, t := range Posts() {
		if t.HeldOn(d) == oic.Yes {
			out = append(out, t)
		}
	}
	return out
}

// StatusOn returns Kazakhstan's standing in the OIC on d; see
// [oic.Country.StatusOn].
func StatusOn(d oic.Date) oic.Standing { return Kazakhstan().StatusOn(d) }

var eventKindWords = keyword.Set[EventKind]{Type: "kzoic.EventKind", Words: []string{"", "membership", "mission", "chair", "ratification", "hosted", "event"}, Error: oicerr.Keyword}

// String returns the kind's keyword, such as "chair".
func (k EventKind) String() string { return eventKindWords.String(k) }

// MarshalText implements [encoding.TextMarshaler] with the keyword of
// [EventKind.String].
func (k EventKind) MarshalText() ([]byte, error) { return eventKindWords.Marshal(k) }

// UnmarshalText implements [encoding.TextUnmarshaler]; it accepts the
// keywords of [EventKind.String] in any case.
func (k *EventKind) UnmarshalText(text []byte) error { return eventKindWords.Unmarshal(k, text) }

// Package initiatives describes the initiatives Kazakhstan has put forward
// in the Organisation of Islamic Cooperation: the Islamic Organization for
// Food Security, Islamic Rapprochement, the Islamic Infrastructure
// Integration (Triple I), the OIC-15 science and technology platform and
// the first OIC Summit on Science and Technology.
//
// Each [Initiative] records who proposed it, where and when (a reference to
// an [oic.Session]), its goal, the bodies and documents it is bound up with,
// and its milestones, among them counted ones such as the number of states
// that had signed or ratified the food-security organisation's statute at a
// given date. [Initiative.StatusOn] and [Initiative.CountOn] answer for any
// date; like the rest of the module, a milestone known only to a month or a
// year counts from the last day of that month or year. Where the sources
// stop reporting an initiative without saying that it ended, its
// [Initiative.Note] says so, with the sources of the last report.
package initiatives

import (
	"iter"
	"slices"

	"github.com/kzoic/kzoic/internal/cite"
	"github.com/kzoic/kzoic/internal/keyword"
	"github.com/kzoic/kzoic/internal/oicerr"
	"github.com/kzoic/kzoic/oic"
	"golang.org/x/text/language"
)

// A Status is how far an initiative had come on a given date.
type Status uint8

// The statuses of an initiative, in the order an initiative moves through
// them. The zero Status means the initiative had not been put forward yet.
const (
	StatusNone        Status = iota // not yet put forward
	StatusProposed                  // put forward by Kazakhstan
	StatusEndorsed                  // welcomed or adopted by an OIC summit or council
	StatusImplemented               // carried out: the body works, the meeting was held
)

var statusWords = keyword.Set[Status]{Type: "initiatives.Status", Words: []string{"none", "proposed", "endorsed", "implemented"}, Error: oicerr.Keyword}

// String returns the status keyword: "none", "proposed", "endorsed" or
// "implemented".
func (s Status) String() string { return statusWords.String(s) }

// MarshalText implements [encoding.TextMarshaler] with the keyword of
// [Status.String].
func (s Status) MarshalText() ([]byte, error) { return statusWords.Marshal(s) }

// UnmarshalText implements [encoding.TextUnmarshaler]; see [ParseStatus].
func (s *Status) UnmarshalText(text []byte) error { return statusWords.Unmarshal(s, text) }

// ParseStatus returns the status with the given keyword, in any case.
func ParseStatus(text string) (Status, error) {
	return statusWords.Parse("initiatives.ParseStatus", text)
}

// A MilestoneKind says what a milestone records.
type MilestoneKind uint8

// The kinds of milestone.
const (
	KindEvent         MilestoneKind = 1 + iota // something that happened
	KindSignatories                            // the number of states that had signed (joined) as of the date
	KindRatifications                          // the number of states that had ratified as of the date
)

var kindWords = keyword.Set[MilestoneKind]{Type: "initiatives.MilestoneKind", Words: []string{"", "event", "signatories", "ratifications"}, Error: oicerr.Keyword}

// String returns the kind's keyword: "event", "signatories" or
// "ratifications".
func (k MilestoneKind) String() string { return kindWords.String(k) }

// MarshalText implements [encoding.TextMarshaler] with the keyword of
// [MilestoneKind.String].
func (k MilestoneKind) MarshalText() ([]byte, error) { return kindWords.Marshal(k) }

// UnmarshalText implements [encoding.TextUnmarshaler]; it accepts the
// keywords of [MilestoneKind.String] in any case.
func (k *MilestoneKind) UnmarshalText(text []byte) error { return kindWords.Unmarshal(k, text) }

// A Milestone is a dated step of an initiative.
type Milestone struct {
	Date       oic.Date      `json:"date"`
	Kind       MilestoneKind `json:"kind"`
	Count      int           `json:"count,omitempty"`      // for signatories and ratifications
	Status     Status        `json:"status,omitempty"`     // the status the initiative reached, if it changed
	Session    oic.Session   `json:"session,omitzero"`     // the session where it happened, if any
	Unverified bool          `json:"unverified,omitempty"` // whether Doubt is set: the milestone rests on weak evidence
	Doubt      oic.Doubt     `json:"doubt,omitempty"`      // why the milestone rests on weak evidence, such as a single source that could not be confirmed; zero where it is confirmed
	Text       oic.Text      `json:"text"`                 // what happened
	Sources    []oic.Source  `json:"sources"`
}

// sessionRef is how the tables refer to a session.
type sessionRef = cite.Session

type initiativeRow struct {
	key        string
	name       oic.Text
	proposedBy []string // person keys
	partners   []string // alpha-3 codes
	bodies     []string // body keys
	documents  []string // document keys
	announced  oic.Date
	session    sessionRef
	goal       oic.Text
	sources    []string
	milestones []milestoneRow
	note       noteRow
}

type noteRow struct {
	asOf    oic.Date
	text    oic.Text
	sources []string
}

type milestoneRow struct {
	date    oic.Date
	kind    MilestoneKind
	count   int
	status  Status
	session sessionRef
	doubt   oic.Doubt
	text    oic.Text
	sources []string
}

// An Initiative is one of Kazakhstan's initiatives in the OIC. Initiatives
// are small comparable handles; their text form is a stable key such as
// "iofs", "rapprochement", "triple-i", "oic-15" or "sti-summit".
//
// The zero Initiative is not an initiative: it is not valid, and its
// methods return zero values.
type Initiative struct{ idx uint8 }

func (in Initiative) row() *initiativeRow {
	if int(in.idx) >= len(initiativeTable) {
		return &initiativeTable[0]
	}
	return &initiativeTable[in.idx]
}

// IsValid reports whether in is an initiative of the tables.
func (in Initiative) IsValid() bool { return in.idx != 0 && int(in.idx) < len(initiativeTable) }

// Key returns the stable key of in, such as "iofs".
func (in Initiative) Key() string { return in.row().key }

// String returns the key of in.
func (in Initiative) String() string { return in.row().key }

// MarshalText implements [encoding.TextMarshaler]: the key of in.
func (in Initiative) MarshalText() ([]byte, error) { return []byte(in.row().key), nil }

// UnmarshalText implements [encoding.TextUnmarshaler]: it accepts what
// [Parse] accepts, and the empty text for the zero Initiative.
func (in *Initiative) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*in = Initiative{}
		return nil
	}
	v, err := Parse(string(b))
	if err != nil {
		return err
	}
	*in = v
	return nil
}

// Name returns the name of in in the language closest to t; see
// [oic.Text.In].
func (in Initiative) Name(t language.Tag) string { return in.row().name.In(t) }

// Names returns the names of in in the curated languages; languages in
// which no source gave a name are empty.
func (in Initiative) Names() oic.Text { return in.row().name }

// ProposedBy returns the people who put in forward: Nursultan Nazarbayev,
// President of Kazakhstan, for most, with Recep Tayyip Erdoğan for Islamic
// Rapprochement. The slice is new on every call.
func (in Initiative) ProposedBy() []oic.Person {
	var out []oic.Person
	for _, k := range in.row().proposedBy {
		if p, ok := oic.LookupPerson(k); ok {
			out = append(out, p)
		}
	}
	return out
}

// Partners returns the states that put in forward together with Kazakhstan
// (Türkiye, for Islamic Rapprochement). The slice is new on every call.
func (in Initiative) Partners() []oic.Country {
	var out []oic.Country
	for _, code := range in.row().partners {
		if c, ok := oic.LookupCountry(code); ok {
			out = append(out, c)
		}
	}
	return out
}

// Bodies returns the OIC bodies in is carried out with or through, such as
// the Islamic Development Bank and COMCEC for the Triple I. The slice is
// new on every call.
func (in Initiative) Bodies() []oic.Body {
	var out []oic.Body
	for _, k := range in.row().bodies {
		if b, ok := oic.LookupBody(k); ok {
			out = append(out, b)
		}
	}
	return out
}

// Documents returns the documents in produced or rests on. The slice is new
// on every call.
func (in Initiative) Documents() []oic.Document {
	var out []oic.Document
	for _, k := range in.row().documents {
		if d, ok := oic.LookupDocument(k); ok {
			out = append(out, d)
		}
	}
	return out
}

// Announced returns the date in was put forward.
func (in Initiative) Announced() oic.Date { return in.row().announced }

// AnnouncedAt returns the session at which in was put forward, or the zero
// Session.
func (in Initiative) AnnouncedAt() oic.Session { return in.row().session.Session() }

// Goal returns the aim of in.
func (in Initiative) Goal() oic.Text { return in.row().goal }

// Sources returns the sources of the record of in. The slice is new on
// every call.
func (in Initiative) Sources() []oic.Source { return cite.Sources(in.row().sources) }

// Milestones returns the milestones of in, in the order they happened. The
// slice is new on every call.
func (in Initiative) Milestones() []Milestone {
	rows := in.row().milestones
	out := make([]Milestone, len(rows))
	for i, m := range rows {
		out[i] = milestone(m)
	}
	return out
}

func milestone(m milestoneRow) Milestone {
	return Milestone{Date: m.date, Kind: m.kind, Count: m.count, Status: m.status, Session: m.session.Session(),
		Unverified: m.doubt != 0, Doubt: m.doubt, Text: m.text, Sources: cite.Sources(m.sources)}
}

// happened reports whether a step dated d had certainly happened by the
// first day of on.
func happened(d, on oic.Date) bool {
	s := on.Earliest()
	return !s.IsZero() && !d.IsZero() && !d.Latest().After(s)
}

// mayHaveHappened reports whether a step dated d may have happened by the
// last day of on.
func mayHaveHappened(d, on oic.Date) bool {
	e := on.Latest()
	return !e.IsZero() && !d.IsZero() && !d.Earliest().After(e)
}

// StatusOn returns how far in had certainly come on d: [StatusProposed]
// from the day it was put forward, then the status of its last milestone
// that changed it. A milestone dated only to a month or a year counts once
// that month or year is over; on a day within it, [Initiative.StatusesOn]
// lists the statuses the initiative may have had. It returns [StatusNone]
// for dates before, and for the zero Date.
func (in Initiative) StatusOn(d oic.Date) Status {
	st, _ := in.statusOn(d, happened)
	return st
}

// StatusesOn returns the statuses in may have had on d, in order: one where
// the sources settle it, more where d falls in the span of a milestone dated
// only to a month or a year. The slice is new on every call.
func (in Initiative) StatusesOn(d oic.Date) []Status {
	sure := in.StatusOn(d)
	out := []Status{sure}
	for _, st := range in.steps() {
		if st.status > sure && !happened(st.date, d) && mayHaveHappened(st.date, d) && !slices.Contains(out, st.status) {
			out = append(out, st.status)
		}
	}
	return out
}

type step struct {
	date   oic.Date
	status Status
}

// steps lists the changes of status of in: its announcement, then the
// milestones that changed its status.
func (in Initiative) steps() []step {
	r := in.row()
	out := []step{{r.announced, StatusProposed}}
	for _, m := range r.milestones {
		if m.status != StatusNone {
			out = append(out, step{m.date, m.status})
		}
	}
	return out
}

func (in Initiative) statusOn(d oic.Date, by func(date, on oic.Date) bool) (Status, oic.Date) {
	st := StatusNone
	var at oic.Date
	for _, s := range in.steps() {
		if by(s.date, d) && !s.date.Latest().Before(at) {
			st, at = s.status, s.date.Latest()
		}
	}
	return st, at
}

// Status returns the status of in at the data vintage ([oic.Vintage]).
func (in Initiative) Status() Status { return in.StatusOn(oic.Vintage()) }

// CountOn returns the latest milestone of kind k (signatories or
// ratifications) that had happened by d, and whether there is one: the
// number of states that had signed the food-security organisation's statute
// by mid-2018, say.
func (in Initiative) CountOn(k MilestoneKind, d oic.Date) (Milestone, bool) {
	var best *milestoneRow
	for i, m := range in.row().milestones {
		if m.kind == k && k != KindEvent && happened(m.date, d) && (best == nil || !m.date.Latest().Before(best.date.Latest())) {
			best = &in.row().milestones[i]
		}
	}
	if best == nil {
		return Milestone{}, false
	}
	return milestone(*best), true
}

// A Note is a sourced statement about the record of an initiative that no
// milestone can make: for Islamic Rapprochement and the Triple I, that the
// sources report no step after 2019 up to the data vintage, which is not
// the same as saying that the initiative ended.
type Note struct {
	AsOf    oic.Date     `json:"asOf"`    // the date the statement speaks for
	Text    oic.Text     `json:"text"`    // the statement, in the curated languages
	Sources []oic.Source `json:"sources"` // the latest sources that report the initiative
}

// Note returns the note on the record of in, and whether it has one.
func (in Initiative) Note() (Note, bool) {
	n := in.row().note
	if n.text.IsZero() {
		return Note{}, false
	}
	return Note{AsOf: n.asOf, Text: n.text, Sources: cite.Sources(n.sources)}, true
}

// Lookup returns the initiative with the given key, in any case. It does
// not allocate.
func Lookup(key string) (Initiative, bool) {
	i, ok := initiativeIndex.Find(key)
	return Initiative{uint8(i)}, ok
}

// Parse is like [Lookup] but returns a [*oic.ParseError] wrapping
// [oic.ErrUnknown] that names key when there is no such initiative.
func Parse(key string) (Initiative, error) {
	if in, ok := Lookup(key); ok {
		return in, nil
	}
	return Initiative{}, &oic.ParseError{Func: "initiatives.Parse", Input: key, Err: oic.ErrUnknown}
}

// All returns an iterator over the initiatives in the order they were put
// forward.
func All() iter.Seq[Initiative] {
	return func(yield func(Initiative) bool) {
		for i := 1; i < len(initiativeTable); i++ {
			if !yield(Initiative{uint8(i)}) {
				return
			}
		}
	}
}

// WithStatus returns an iterator over the initiatives whose status on d
// was s.
func WithStatus(s Status, d oic.Date) iter.Seq[Initiative] {
	return func(yield func(Initiative) bool) {
		for in := range All() {
			if in.StatusOn(d) == s && !yield(in) {
				return
			}
		}
	}
}

// ActiveOn returns an iterator over the initiatives that had been put
// forward by d and were not one-off events already held: those on the
// agenda on d.
func ActiveOn(d oic.Date) iter.Seq[Initiative] {
	return func(yield func(Initiative) bool) {
		for in := range All() {
			st := in.StatusOn(d)
			if st == StatusNone || (st == StatusImplemented && in.isEvent()) {
				continue
			}
			if !yield(in) {
				return
			}
		}
	}
}

// isEvent reports whether in is a one-off meeting rather than a lasting
// body or process.
func (in Initiative) isEvent() bool { return in.row().key == "sti-summit" }

// AtSession returns an iterator over the initiatives that were put forward
// at s or had a milestone there.
func AtSession(s oic.Session) iter.Seq[Initiative] {
	return func(yield func(Initiative) bool) {
		if !s.IsValid() {
			return
		}
		for in := range All() {
			found := in.AnnouncedAt() == s
			for _, m := range in.row().milestones {
				found = found || m.session.Session() == s
			}
			if found && !yield(in) {
				return
			}
		}
	}
}

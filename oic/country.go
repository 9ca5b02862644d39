package oic

import (
	"iter"
	"strings"

	"github.com/kzoic/kzoic/internal/keyword"
	"golang.org/x/text/language"
)

// A Status is a state's standing in the OIC on some date.
type Status uint8

// The statuses a state can have. The zero Status, StatusNone, means the state
// has no standing: it is not, or was never, a member or an observer.
const (
	StatusNone      Status = iota // never a member or observer, or not yet
	StatusMember                  // a member state in good standing
	StatusSuspended               // a member state whose membership is suspended
	StatusObserver                // an observer state
	StatusWithdrawn               // a former member that withdrew
	StatusMerged                  // a former member that merged into another member state
)

var statusWords = keyword.Set[Status]{Type: "oic.Status", Words: []string{"none", "member", "suspended", "observer", "withdrawn", "merged"}, Error: keywordError}

// String returns the lower-case keyword of s: "none", "member",
// "suspended", "observer", "withdrawn" or "merged".
func (s Status) String() string { return statusWords.String(s) }

// MarshalText implements [encoding.TextMarshaler] with the keyword of
// [Status.String].
func (s Status) MarshalText() ([]byte, error) { return statusWords.Marshal(s) }

// UnmarshalText implements [encoding.TextUnmarshaler]; see [ParseStatus].
func (s *Status) UnmarshalText(text []byte) error { return statusWords.Unmarshal(s, text) }

// ParseStatus returns the status with the given keyword, in any case.
// Unknown keywords give a [*ParseError] wrapping [ErrUnknown].
func ParseStatus(text string) (Status, error) { return statusWords.Parse("oic.ParseStatus", text) }

// IsMember reports whether s is a membership, suspended or not.
func (s Status) IsMember() bool { return s == StatusMember || s == StatusSuspended }

// A Standing is a state's standing on a day as far as the dates of the
// sources settle it: one [Status], or, on a day that falls in the year or
// month of a change the sources date no more precisely (or before a change
// known only by its first attestation), the statuses the state may have
// had. Kazakhstan, admitted in December 1995, is a member on 1995-12-31, not
// a member on 1995-11-30, and either on 1995-12-05.
//
// Standings are small comparable values. The zero Standing holds no status
// and stands for the zero Date or the zero Country.
type Standing struct{ set uint8 }

// Status returns the status, and true, when the sources settle it; else the
// most recent of the candidate statuses and false.
func (s Standing) Status() (Status, bool) {
	var last Status
	n := 0
	for st := range s.Statuses() {
		last = st
		n++
	}
	return last, n == 1
}

// IsCertain reports whether the sources settle the standing to one status.
func (s Standing) IsCertain() bool { return s.set != 0 && s.set&(s.set-1) == 0 }

// Statuses returns an iterator over the candidate statuses, in the order of
// their constants.
func (s Standing) Statuses() iter.Seq[Status] {
	return func(yield func(Status) bool) {
		for st := range statusWords.All() {
			if s.set&(1<<st) != 0 && !yield(st) {
				return
			}
		}
	}
}

// Is reports whether the state had status st: [Yes] when st is the only
// candidate, [Maybe] when it is one of several, [No] when it is none.
func (s Standing) Is(st Status) Certainty { return s.matching(func(x Status) bool { return x == st }) }

// IsMember reports whether the state was a member, suspended or not, in the
// way of [Standing.Is].
func (s Standing) IsMember() Certainty { return s.matching(Status.IsMember) }

func (s Standing) matching(f func(Status) bool) Certainty {
	in, out := false, false
	for st := range s.Statuses() {
		if f(st) {
			in = true
		} else {
			out = true
		}
	}
	switch {
	case in && !out:
		return Yes
	case in:
		return Maybe
	}
	return No
}

// String returns the keyword of the status, or the candidates joined by
// "|" (as in "none|member") when the sources do not settle it, or "" for
// the zero Standing.
func (s Standing) String() string {
	var b []byte
	for st := range s.Statuses() {
		if len(b) > 0 {
			b = append(b, '|')
		}
		b = append(b, statusWords.Words[st]...)
	}
	return string(b)
}

// MarshalText implements [encoding.TextMarshaler] with the form of
// [Standing.String].
func (s Standing) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText implements [encoding.TextUnmarshaler]: it accepts the form
// of [Standing.String].
func (s *Standing) UnmarshalText(text []byte) error {
	var v Standing
	for w := range strings.SplitSeq(string(text), "|") {
		if w == "" && len(text) == 0 {
			break
		}
		st, err := statusWords.Parse("oic.Standing.UnmarshalText", w)
		if err != nil {
			return &ParseError{Func: "oic.Standing.UnmarshalText", Input: string(text), Err: ErrUnknown}
		}
		v.set |= 1 << st
	}
	*s = v
	return nil
}

// A Country is a state that is or was a member of the OIC, or an observer
// state. Countries are small comparable handles, usable as map keys; their
// text form is the ISO 3166-1 alpha-3 code ("KAZ").
//
// The zero Country is not a state: it is not valid, and its methods return
// zero values.
type Country struct{ idx uint16 }

// brief returns the codes, joining date and present status of c: a small
// table of its own, so that a program that only looks states up by code
// does not carry the rest of their records.
func (c Country) brief() *countryBrief {
	if int(c.idx) >= len(countryBriefs) {
		return &countryBriefs[0]
	}
	return &countryBriefs[c.idx]
}

func (c Country) row() *countryRow {
	if int(c.idx) >= len(countryTable) {
		return &countryTable[0]
	}
	return &countryTable[c.idx]
}

// IsValid reports whether c is a state of the tables, not the zero Country.
func (c Country) IsValid() bool { return c.idx != 0 && int(c.idx) < len(countryTable) }

// Alpha2 returns the ISO 3166-1 alpha-2 code of c, such as "KZ", or "" for a
// state that has none (a former member that no longer exists, or the
// Turkish Cypriot State).
func (c Country) Alpha2() string { return c.brief().alpha2 }

// Alpha3 returns the ISO 3166-1 alpha-3 code of c, such as "KAZ", or "" for
// a state that has none.
func (c Country) Alpha3() string { return c.brief().alpha3 }

// Key returns the library's stable key for c: its alpha-3 code where it has
// one, else a lower-case key such as "ydye" (South Yemen) or "tcs" (the
// Turkish Cypriot State). It is the text form of c.
func (c Country) Key() string { return c.brief().key }

// Region returns c's ISO 3166-1 region, with which golang.org/x/text can
// name the state in any language. It returns the zero Region (ZZ) for a
// state that has no alpha-2 code.
func (c Country) Region() language.Region {
	a := c.brief().alpha2
	if a == "" {
		return language.Region{}
	}
	r, err := language.ParseRegion(a)
	if err != nil {
		return language.Region{}
	}
	return r
}

// Name returns c's short name, today, in the language closest to t; see
// [Text.In].
func (c Country) Name(t language.Tag) string { return c.row().name.In(t) }

// Names returns c's short names today in all curated languages.
func (c Country) Names() Text { return c.row().name }

// FormalName returns c's formal name, such as "Republic of Kazakhstan", in
// the language closest to t, or "" where none is recorded; see [Text.In].
func (c Country) FormalName(t language.Tag) string { return c.row().formal.In(t) }

// FormalNames returns c's formal names in the curated languages.
func (c Country) FormalNames() Text { return c.row().formal }

// NameOn returns the name c had on d in the language closest to t: a
// historic name in that language where one was in use on d (Upper Volta for
// Burkina Faso in 1974), else today's name.
func (c Country) NameOn(d Date, t language.Tag) string {
	if n := nameOn(c.row().names, d, t); n != "" {
		return n
	}
	return c.Name(t)
}

// nameOn returns the former official name in rows in the language closest
// to t that was in use on d: one that certainly was, else one that may have
// been (on a day in the span of an imprecise change of name, the name that
// may still have been in use), else "".
func nameOn(rows []nameRow, d Date, t language.Tag) string {
	i, ok := langIndex(t)
	if !ok {
		return ""
	}
	maybe := ""
	for _, n := range rows {
		if int(n.lang) != i || n.alias {
			continue
		}
		switch n.period.Holds(d) {
		case Yes:
			return n.name
		case Maybe:
			if maybe == "" {
				maybe = n.name
			}
		}
	}
	return maybe
}

// A HistoricName is a name by which a state, a city or a body was known:
// a former official name with the period it was in use, or a common alias.
type HistoricName struct {
	Name    string       `json:"name"`
	Lang    language.Tag `json:"lang"`
	Period  Period       `json:"period"`  // when it was in use; zero for an alias
	Alias   bool         `json:"alias"`   // an informal name rather than a former official one
	Sources []Source     `json:"sources"` // where the name is attested
}

// OtherNames returns c's former official names and its common aliases, in
// the order of the tables. The slice is new on every call.
func (c Country) OtherNames() []HistoricName { return historicNames(c.row().names) }

func historicNames(rows []nameRow) []HistoricName {
	if len(rows) == 0 {
		return nil
	}
	langs := Languages()
	out := make([]HistoricName, len(rows))
	for i, n := range rows {
		out[i] = HistoricName{Name: n.name, Lang: langs[n.lang], Period: n.period, Alias: n.alias, Sources: sourceList(n.sources)}
	}
	return out
}

// A StatusChange is one change in a state's standing: it joined, was
// suspended, was readmitted, withdrew, merged, or became an observer.
type StatusChange struct {
	Date     Date           `json:"date"`
	Status   Status         `json:"status"`            // the standing from Date on
	Decision Text           `json:"decision,omitzero"` // what the sources say of the decision, beyond its session
	Session  Session        `json:"session,omitzero"`  // the session that decided, or where the change took effect, where sources name it
	Sources  []Source       `json:"sources"`
	Doubts   []DoubtedField `json:"doubts,omitempty"` // the facts of the change that rest on weak evidence: "date", "status" or "session"
}

// History returns c's changes of standing in date order. The slice is new
// on every call.
func (c Country) History() []StatusChange {
	ev := c.row().events
	out := make([]StatusChange, len(ev))
	for i, e := range ev {
		out[i] = StatusChange{Date: e.date, Status: e.status, Decision: e.decision, Session: Session{e.session}, Sources: sourceList(e.sources), Doubts: doubtList(e.doubts)}
	}
	return out
}

// StatusOn returns c's standing on d. Each change of [Country.History]
// starts a period of its status that lasts until the next change; a change
// known only to a year or a month, or only attested, may have happened on
// any day of its span, so that a day in that span gets every status it may
// have had. A date of year or month precision asks about each of its days.
// It returns the zero Standing for the zero Date.
func (c Country) StatusOn(d Date) Standing {
	var s Standing
	if d.Precision() == PrecisionNone {
		return s
	}
	qs, qe := d.days()
	ev := c.row().events
	// No standing can begin before the organisation: a change attested only
	// as "by" some date happened on or after the founding.
	floor := founded.Earliest().dayNumber()
	sLo, sHi := minDay, minDay
	for i := 0; i <= len(ev); i++ {
		eLo, eHi := maxDay, maxDay
		if i < len(ev) {
			eLo, eHi = span(ev[i].date, maxDay)
			eLo = max(eLo, floor)
		}
		st := StatusNone
		if i > 0 {
			st = ev[i-1].status
		}
		if holds(sLo, sHi, eLo, eHi, qs, qe) != No {
			s.set |= 1 << st
		}
		sLo, sHi = eLo, eHi
	}
	return s
}

// Status returns c's standing at the data vintage ([Vintage]).
func (c Country) Status() Status { return c.brief().status }

// Joined returns the date c first became a member state, or the zero Date
// if it never was one.
func (c Country) Joined() Date { return c.brief().joined }

// Alternatives returns the values other sources give where they disagree
// with the library's answer for c (its joining date, most often). The slice
// is new on every call.
func (c Country) Alternatives() []Alternative {
	rows := c.row().alts
	if len(rows) == 0 {
		return nil
	}
	out := make([]Alternative, len(rows))
	for i, a := range rows {
		out[i] = Alternative{Field: a.field, Date: a.date, Note: a.note, Source: sourceTable[a.source]}
	}
	return out
}

// Sources returns the sources of c's record. The slice is new on every call.
func (c Country) Sources() []Source { return sourceList(c.row().sources) }

// String returns c's key (see [Country.Key]), or "" for the zero Country.
func (c Country) String() string { return c.brief().key }

// AppendText implements [encoding.TextAppender]: it appends c's key.
func (c Country) AppendText(b []byte) ([]byte, error) { return append(b, c.brief().key...), nil }

// MarshalText implements [encoding.TextMarshaler]: c's key, or the empty
// text for the zero Country.
func (c Country) MarshalText() ([]byte, error) { return c.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler]. It accepts what
// [ParseCountry] accepts, and the empty text for the zero Country.
func (c *Country) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*c = Country{}
		return nil
	}
	v, err := parseCountry("oic.Country.UnmarshalText", string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// LookupCountry returns the state with the ISO 3166-1 alpha-2 or alpha-3
// code, or the library key, given in any case: "KZ", "kaz" and "Kaz" all
// give Kazakhstan. It reports false for a code that names no state of the
// tables, whether or not it is a valid ISO code. It does not allocate: a
// code is found by a perfect hash of its letters, a hit or a miss in the
// same few steps.
func LookupCountry(code string) (Country, bool) {
	if i, ok := countryCodes.Find(code); ok {
		return Country{i}, true
	}
	if len(code) > 3 {
		if i, ok := countryKeys.Find(code); ok {
			return Country{i}, true
		}
	}
	return Country{}, false
}

// ParseCountry is like [LookupCountry] but returns a [*ParseError] naming s
// when there is no such state: one wrapping [ErrSyntax] when s is not a
// two- or three-letter code or key, [ErrUnknown] otherwise.
func ParseCountry(s string) (Country, error) { return parseCountry("oic.ParseCountry", s) }

func parseCountry(fn, s string) (Country, error) {
	if c, ok := LookupCountry(s); ok {
		return c, nil
	}
	err := ErrUnknown
	if !isKeyLike(s) {
		err = ErrSyntax
	}
	return Country{}, &ParseError{Func: fn, Input: s, Err: err}
}

func isKeyLike(s string) bool {
	if len(s) < 2 || len(s) > 16 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i] | 0x20
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// MustParseCountry is like [ParseCountry] but panics on error. It is meant
// for tests and for variables initialised from constant codes.
func MustParseCountry(s string) Country {
	c, err := ParseCountry(s)
	if err != nil {
		panic(err)
	}
	return c
}

// MemberSince returns the date on which the state with the given ISO 3166-1
// alpha-2 or alpha-3 code (any case) joined the OIC, as precisely as the
// sources give it, if the state is a member at the data vintage, suspended
// or not. It reports false for unknown codes, observers and former members.
func MemberSince(code string) (Date, bool) {
	c, ok := LookupCountry(code)
	if !ok || !c.Status().IsMember() {
		return Date{}, false
	}
	return c.Joined(), true
}

// Countries returns an iterator over every state of the tables (members,
// former members and observers) in the order of their first change of
// standing, then of their keys.
func Countries() iter.Seq[Country] {
	return func(yield func(Country) bool) {
		for i := 1; i < len(countryTable); i++ {
			if !yield(Country{uint16(i)}) {
				return
			}
		}
	}
}

// Members returns an iterator over every state that is or ever was a
// member, in order of accession. Like [Observers] and every function of
// the package named for a collection, it ranges over the whole record; the
// functions ending in On answer for one date.
func Members() iter.Seq[Country] {
	return func(yield func(Country) bool) {
		for c := range Countries() {
			if !c.Joined().IsZero() && !yield(c) {
				return
			}
		}
	}
}

func countriesWith(d Date, keep func(Standing) bool) iter.Seq[Country] {
	return func(yield func(Country) bool) {
		for c := range Countries() {
			if keep(c.StatusOn(d)) && !yield(c) {
				return
			}
		}
	}
}

// MembersOn returns an iterator, in order of accession, over the states
// that were certainly members on d, whether suspended or not. See
// [Country.StatusOn] for how imprecise dates count, and [UnsettledOn] for
// the states whose standing on d the sources do not settle.
func MembersOn(d Date) iter.Seq[Country] {
	return func(yield func(Country) bool) {
		for _, c := range certainOn(d, askMember) {
			if !yield(c) {
				return
			}
		}
	}
}

// ActiveMembersOn returns an iterator, in order of accession, over the
// states that were certainly members in good standing on d: the members of
// [MembersOn] less those suspended.
func ActiveMembersOn(d Date) iter.Seq[Country] {
	return func(yield func(Country) bool) {
		for _, c := range certainOn(d, askActive) {
			if !yield(c) {
				return
			}
		}
	}
}

// SuspendedOn returns an iterator over the member states whose membership
// was certainly suspended on d.
func SuspendedOn(d Date) iter.Seq[Country] {
	return func(yield func(Country) bool) {
		for _, c := range certainOn(d, askSuspended) {
			if !yield(c) {
				return
			}
		}
	}
}

// ObserversOn returns an iterator over the states that were certainly
// observers on d.
func ObserversOn(d Date) iter.Seq[Country] {
	return func(yield func(Country) bool) {
		for _, c := range certainOn(d, askObserver) {
			if !yield(c) {
				return
			}
		}
	}
}

// UnsettledOn returns an iterator over the states whose standing on d the
// sources do not settle: d falls in the year or month of a change they date
// no more precisely, such as Kazakhstan on 5 December 1995.
func UnsettledOn(d Date) iter.Seq[Country] {
	return countriesWith(d, func(s Standing) bool { return s.set != 0 && !s.IsCertain() })
}

// Observers returns an iterator over every state that is or ever was an
// observer, in the order of [Countries].
func Observers() iter.Seq[Country] {
	return func(yield func(Country) bool) {
		for c := range Countries() {
			for _, e := range c.row().events {
				if e.status == StatusObserver {
					if !yield(c) {
						return
					}
					break
				}
			}
		}
	}
}

// sourceList returns the sources with the given indexes as a new slice.
func sourceList(idx []uint16) []Source {
	if len(idx) == 0 {
		return nil
	}
	out := make([]Source, len(idx))
	for i, j := range idx {
		out[i] = sourceTable[j]
	}
	return out
}

// ChangesAt returns an iterator over the changes of standing that session
// s decided, or that took effect there, with their states: the admission
// of Kazakhstan at the 23rd Council of Foreign Ministers, the suspension of
// Syria at the 4th Extraordinary Islamic Summit.
func ChangesAt(s Session) iter.Seq2[Country, StatusChange] {
	return func(yield func(Country, StatusChange) bool) {
		if !s.IsValid() {
			return
		}
		for c := range Countries() {
			for i, e := range c.row().events {
				if e.session == s.idx && !yield(c, c.History()[i]) {
					return
				}
			}
		}
	}
}

package oic

import (
	"strings"

	"github.com/kzoic/kzoic/internal/keyword"
)

// A Certainty says how firmly the dates of the sources settle an answer
// about a day: whether a term was running, a name in use, a state a member.
type Certainty uint8

// The certainties, from the least to the most certain that something held.
const (
	No    Certainty = iota // the dates rule it out
	Maybe                  // the dates do not settle it: the day falls in the year or month of an imprecise change, or before an attestation
	Yes                    // the dates settle it
)

var certaintyWords = keyword.Set[Certainty]{Type: "oic.Certainty", Words: []string{"no", "maybe", "yes"}, Error: keywordError}

// String returns "no", "maybe" or "yes".
func (c Certainty) String() string { return certaintyWords.String(c) }

// MarshalText implements [encoding.TextMarshaler] with the keyword of
// [Certainty.String].
func (c Certainty) MarshalText() ([]byte, error) { return certaintyWords.Marshal(c) }

// UnmarshalText implements [encoding.TextUnmarshaler]; it accepts the
// keywords of [Certainty.String] in any case.
func (c *Certainty) UnmarshalText(text []byte) error { return certaintyWords.Unmarshal(c, text) }

// A Period is a stretch of time from Start up to End: the years a name was in
// use, a term of office, the days of a session, the life of a programme. It
// is half-open, as a slice or a [time.Time] interval is: End is the first
// date on which the period no longer holds, so that one term can end on the
// day the next begins. Every span in the module is a Period.
//
// A zero Start or End leaves that side open: a period with no End still
// holds at the data vintage, one with no Start held from before the
// records begin. A Start or End known only to a year or a month, or only
// attested (see [Bound]), is a change that happened on some day the sources
// do not give: on the days it may have happened, [Period.Holds] answers
// [Maybe]. An End known to a year or a month is the year or month of the
// first day on which the period no longer held. The term "1971/1973"
// certainly holds throughout 1972, may hold on any day of 1971 and of 1973
// but its last, and certainly not in 1974.
//
// The text form is an ISO 8601 interval, "2019-03-23/2022-09-17", with ".."
// for an open side.
type Period struct {
	Start Date
	End   Date
}

// span returns the first and last day numbers on which a bound can fall;
// open is the value for a zero Date.
func span(d Date, open int) (lo, hi int) {
	if d.IsZero() {
		return open, open
	}
	return d.days()
}

const (
	minDay = -1 << 40
	maxDay = 1 << 40
)

// Holds reports whether p holds on every day of d: [Yes] when the dates of
// p settle that it does, [No] when they settle that it holds on none of
// them, and [Maybe] otherwise. The zero Date gets No.
func (p Period) Holds(d Date) Certainty {
	qs, qe := d.days()
	if qs == 0 {
		return No
	}
	sLo, sHi := span(p.Start, minDay)
	eLo, eHi := span(p.End, maxDay)
	return holds(sLo, sHi, eLo, eHi, qs, qe)
}

// holds is [Period.Holds] on day numbers: the period starts on some day
// from sLo to sHi and ends (first day no longer held) on some day from eLo
// to eHi; the question is about every day from qs to qe.
func holds(sLo, sHi, eLo, eHi, qs, qe int) Certainty {
	// The period starts before it ends: an end attested only as "by" a date
	// still comes after the earliest start, and a start after the latest end.
	eLo = max(eLo, sLo+1)
	sHi = min(sHi, eHi-1)
	// p holds on day q when its start came on or before q and its end after q.
	switch {
	case sHi <= qs && qe < eLo:
		return Yes
	case qe < sLo || qs >= eHi:
		return No
	}
	return Maybe
}

// Contains reports whether p certainly holds on d: p.Holds(d) == Yes.
func (p Period) Contains(d Date) bool { return p.Holds(d) == Yes }

// IsOpen reports whether the period has no end at the data vintage.
func (p Period) IsOpen() bool { return p.End.IsZero() }

// Last returns the last date of p at the precision of its End: the day
// before a day-precision End, the month before a month, the year before a
// year. A session of 28 to 30 June 2011 is the Period 2011-06-28/2011-07-01,
// whose Last is 2011-06-30. It returns the zero Date for an open period.
func (p Period) Last() Date { return p.End.Prev() }

// Overlaps reports whether p and q may hold on a common day: whether the
// latest day one may end on comes after the earliest day the other may
// start on, both ways.
func (p Period) Overlaps(q Period) bool {
	before := func(a, b Period) bool { // a certainly ends on or before b starts
		_, aEnd := span(a.End, maxDay)
		bStart, _ := span(b.Start, minDay)
		return aEnd <= bStart
	}
	return !before(p, q) && !before(q, p)
}

// isEmpty reports whether p certainly holds on no day: it ends, at the
// latest, on the earliest day it can start.
func (p Period) isEmpty() bool {
	if p.Start.IsZero() || p.End.IsZero() {
		return false
	}
	return p.End.Latest().dayNumber() <= p.Start.Earliest().dayNumber()
}

// String returns the ISO 8601 interval form of p, such as "2011-06-28/..".
func (p Period) String() string {
	b, _ := p.AppendText(nil)
	return string(b)
}

// AppendText implements [encoding.TextAppender] with the form of
// [Period.String].
func (p Period) AppendText(b []byte) ([]byte, error) {
	var err error
	if p.Start.IsZero() {
		b = append(b, ".."...)
	} else if b, err = p.Start.AppendText(b); err != nil {
		return b, err
	}
	b = append(b, '/')
	if p.End.IsZero() {
		return append(b, ".."...), nil
	}
	return p.End.AppendText(b)
}

// MarshalText implements [encoding.TextMarshaler] with the form of
// [Period.String].
func (p Period) MarshalText() ([]byte, error) { return p.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler]. It accepts the form of
// [Period.String]: two dates as [ParseDate] takes them, or "..", separated by
// a slash.
func (p *Period) UnmarshalText(text []byte) error {
	v, err := ParsePeriod(string(text))
	if err != nil {
		return err
	}
	*p = v
	return nil
}

// ParsePeriod parses an ISO 8601 interval such as "2019-03-23/2022-09-17",
// "2022-09-17/.." or "1971/1973". Errors are [*ParseError]s naming the
// whole input: [ErrSyntax] for text not of that form, [ErrRange] for a
// period that certainly holds on no day ("2011-06-28/2011-06-28",
// "2012/2011"). "2011/2011" is a period that began and ended within 2011,
// and is accepted.
func ParsePeriod(s string) (Period, error) {
	i := strings.IndexByte(s, '/')
	if i < 0 {
		return Period{}, &ParseError{Func: "oic.ParsePeriod", Input: s, Err: ErrSyntax}
	}
	var p Period
	for j, part := range [2]string{s[:i], s[i+1:]} {
		if part == ".." {
			continue
		}
		d, err := parseDate("oic.ParsePeriod", part)
		if err != nil {
			return Period{}, &ParseError{Func: "oic.ParsePeriod", Input: s, Err: err.(*ParseError).Err}
		}
		if j == 0 {
			p.Start = d
		} else {
			p.End = d
		}
	}
	if p.isEmpty() {
		return Period{}, &ParseError{Func: "oic.ParsePeriod", Input: s, Err: ErrRange}
	}
	return p, nil
}

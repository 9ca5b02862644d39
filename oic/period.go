package oic

import "strings"

// A Period is a stretch of time from Start up to End: the years a name was in
// use, a term of office, the life of a programme. It is half-open: End is the
// first date on which the period no longer holds, so that one term can end
// on the day the next begins. The zero End means the period is still open at
// the data vintage; the zero Start means its start is not known.
//
// Dates of year or month precision count from their first day, so the period
// 1998 to 2019 holds on 1998-01-01 and not on 2019-01-01. The text form is an
// ISO 8601 interval, "2019-03-23/2022-09-17", with ".." for an open end.
type Period struct {
	Start Date
	End   Date
}

// Contains reports whether the period holds on d, that is on the first day of
// d. The zero Date is in no period; a period whose start is not known holds
// on every date before its end.
func (p Period) Contains(d Date) bool {
	s := d.Start()
	if s.IsZero() {
		return false
	}
	if !p.Start.IsZero() && s.Before(p.Start.Start()) {
		return false
	}
	return p.End.IsZero() || s.Before(p.End.Start())
}

// IsOpen reports whether the period has no end at the data vintage.
func (p Period) IsOpen() bool { return p.End.IsZero() }

// Overlaps reports whether p and q hold on at least one common day.
func (p Period) Overlaps(q Period) bool {
	before := func(a, b Period) bool { // a ends on or before b starts
		return !a.End.IsZero() && !b.Start.IsZero() && a.End.Start().Compare(b.Start.Start()) <= 0
	}
	return !before(p, q) && !before(q, p)
}

// String returns the ISO 8601 interval form of p, such as "2011-06-28/..".
// An unknown start is written "..", too.
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

// ParsePeriod parses an ISO 8601 interval such as "2019-03-23/2022-09-17" or
// "2022-09-17/..". Errors are [*ParseError]s naming the whole input.
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
	if !p.Start.IsZero() && !p.End.IsZero() && p.End.Start().Before(p.Start.Start()) {
		return Period{}, &ParseError{Func: "oic.ParsePeriod", Input: s, Err: ErrRange}
	}
	return p, nil
}

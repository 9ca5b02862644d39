package oic

import (
	"cmp"
	"strconv"
	"time"

	"github.com/kzoic/kzoic/internal/keyword"
)

// Precision says how much of a [Date] is known.
type Precision uint8

// The precisions of a [Date], from least to most precise.
const (
	PrecisionNone  Precision = iota // the zero Date: nothing is known
	PrecisionYear                   // only the year is known, as in "1995"
	PrecisionMonth                  // the year and month are known, as in "2010-03"
	PrecisionDay                    // the full calendar day is known, as in "2011-06-28"
)

var precisionWords = keyword.Set[Precision]{Type: "oic.Precision", Words: []string{"none", "year", "month", "day"}, Error: keywordError}

// String returns "none", "year", "month" or "day".
func (p Precision) String() string { return precisionWords.String(p) }

// MarshalText implements [encoding.TextMarshaler] with the keyword of
// [Precision.String].
func (p Precision) MarshalText() ([]byte, error) { return precisionWords.Marshal(p) }

// UnmarshalText implements [encoding.TextUnmarshaler]; it accepts the
// keywords of [Precision.String] in any case.
func (p *Precision) UnmarshalText(text []byte) error { return precisionWords.Unmarshal(p, text) }

// A Bound says whether a [Date] is the date of an event itself or an
// attestation: the first or last date on which a source shows the state of
// affairs that the event began or ended.
type Bound uint8

// The bounds of a [Date]. The zero Bound, [On], is the date of the event.
const (
	On         Bound = iota // the event happened on the date, as precisely as the date is known
	OnOrBefore              // the event had happened by the date: its first attestation, written "[..2017-09-11]"
	OnOrAfter               // the event happened on or after the date: the last attestation of what came before, written "[2019-04-30..]"
)

var boundWords = keyword.Set[Bound]{Type: "oic.Bound", Words: []string{"on", "on-or-before", "on-or-after"}, Error: keywordError}

// String returns "on", "on-or-before" or "on-or-after".
func (b Bound) String() string { return boundWords.String(b) }

// MarshalText implements [encoding.TextMarshaler] with the keyword of
// [Bound.String].
func (b Bound) MarshalText() ([]byte, error) { return boundWords.Marshal(b) }

// UnmarshalText implements [encoding.TextUnmarshaler]; it accepts the
// keywords of [Bound.String] in any case.
func (b *Bound) UnmarshalText(text []byte) error { return boundWords.Unmarshal(b, text) }

// A Date is a calendar date with no time of day and no time zone, known to
// the precision its source gives: a year, a month or a day. A source that says
// "1995" yields Date{Year: 1995}; the library never invents a month or a day.
//
// Month is zero when only the year is known, and Day is zero when only the
// year and month are known. The zero Date means "unknown". Dates are
// comparable with == and usable as map keys; two Dates are equal only when
// they have the same fields, so 1995 and 1995-01-01 are different Dates.
//
// A Date may be an attestation rather than the date of the event itself:
// the first or the last date on which a source shows a state of affairs
// (see [Bound]). "In office by 11 September 2017" is
// Date{Year: 2017, Month: 9, Day: 11, Bound: OnOrBefore}.
//
// The text form is the ISO 8601 reduced form, "1995", "2010-03" or
// "2011-06-28", with the ISO 8601-2 set notation for attestations:
// "[..2017-09-11]" (on or before) and "[2019-04-30..]" (on or after); see
// [ParseDate] and [Date.String].
type Date struct {
	Year  int        // 1 to 9999; 0 in the zero Date
	Month time.Month // 1 to 12, or 0 when only the year is known
	Day   int        // 1 to the length of the month, or 0 when not known
	Bound Bound      // whether the event is the date itself or only attested by it
}

// YearDate returns the year-precision Date for year, or the zero Date if year
// is outside 1 to 9999.
func YearDate(year int) Date {
	d := Date{Year: year}
	if !d.IsValid() {
		return Date{}
	}
	return d
}

// MonthDate returns the month-precision Date for year and month, or the zero
// Date if they are out of range.
func MonthDate(year int, month time.Month) Date {
	d := Date{Year: year, Month: month}
	if month == 0 || !d.IsValid() {
		return Date{}
	}
	return d
}

// DayDate returns the day-precision Date for year, month and day, or the zero
// Date if they do not name a day of the proleptic Gregorian calendar
// (2011-02-30, for instance). Unlike [time.Date] it does not normalise.
func DayDate(year int, month time.Month, day int) Date {
	d := Date{Year: year, Month: month, Day: day}
	if month == 0 || day == 0 || !d.IsValid() {
		return Date{}
	}
	return d
}

// DateOf returns the day-precision Date on which t falls, in t's location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return DayDate(y, m, d)
}

// Precision reports how much of d is known. A Date that is not valid has
// precision [PrecisionNone].
func (d Date) Precision() Precision {
	switch {
	case !d.IsValid() || d.Year == 0:
		return PrecisionNone
	case d.Month == 0:
		return PrecisionYear
	case d.Day == 0:
		return PrecisionMonth
	}
	return PrecisionDay
}

// IsZero reports whether d is the zero Date, which stands for an unknown date.
func (d Date) IsZero() bool { return d == Date{} }

// IsValid reports whether d is a known date whose fields are in range: a year
// from 1 to 9999, an optional month, a day only together with a month and
// within that month's length, and one of the three [Bound]s.
func (d Date) IsValid() bool {
	if d.Year < 1 || d.Year > 9999 || d.Bound > OnOrAfter {
		return false
	}
	if d.Month == 0 {
		return d.Day == 0
	}
	if d.Month < time.January || d.Month > time.December {
		return false
	}
	return d.Day >= 0 && d.Day <= daysIn(d.Year, d.Month)
}

func daysIn(year int, m time.Month) int {
	switch m {
	case time.February:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

// The first and last days a Date can stand for.
var (
	firstDay = Date{Year: 1, Month: time.January, Day: 1}
	lastDay  = Date{Year: 9999, Month: time.December, Day: 31}
)

// first returns the first day of the span d's fields name, ignoring its
// Bound; last the last day.
func (d Date) first() Date {
	switch d.Precision() {
	case PrecisionYear:
		return Date{Year: d.Year, Month: time.January, Day: 1}
	case PrecisionMonth:
		return Date{Year: d.Year, Month: d.Month, Day: 1}
	case PrecisionDay:
		return Date{Year: d.Year, Month: d.Month, Day: d.Day}
	}
	return Date{}
}

func (d Date) last() Date {
	switch d.Precision() {
	case PrecisionYear:
		return Date{Year: d.Year, Month: time.December, Day: 31}
	case PrecisionMonth:
		return Date{Year: d.Year, Month: d.Month, Day: daysIn(d.Year, d.Month)}
	case PrecisionDay:
		return Date{Year: d.Year, Month: d.Month, Day: d.Day}
	}
	return Date{}
}

// Earliest returns the first day on which the event d dates can have
// happened, as a day-precision Date: d itself for a day, the 1st of the
// month or of January for a month or a year, and 0001-01-01 for an
// attestation [OnOrBefore]. The zero Date and invalid Dates give the zero
// Date.
func (d Date) Earliest() Date {
	if d.Bound == OnOrBefore && d.IsValid() {
		return firstDay
	}
	return d.first()
}

// Latest returns the last day on which the event d dates can have happened,
// as a day-precision Date: d itself for a day, the last day of the month or
// the 31st of December for a month or a year, and 9999-12-31 for an
// attestation [OnOrAfter]. The zero Date and invalid Dates give the zero
// Date.
func (d Date) Latest() Date {
	if d.Bound == OnOrAfter && d.IsValid() {
		return lastDay
	}
	return d.last()
}

// Contains reports whether every day e can stand for is one that d can
// stand for: 1995 contains 1995-03 and 1995-03-14, and a Date contains
// itself. Nothing contains the zero Date and the zero Date contains nothing.
func (d Date) Contains(e Date) bool {
	if d.Precision() == PrecisionNone || e.Precision() == PrecisionNone {
		return false
	}
	return d.Earliest().Compare(e.Earliest()) <= 0 && e.Latest().Compare(d.Latest()) <= 0
}

// Next returns the Date that follows d at d's precision, with d's Bound:
// the next year for 1995, the next month for 2010-03, the next day for
// 2011-06-30. An inclusive last date becomes the exclusive End of a
// [Period] this way. It returns the zero Date for the zero Date and after
// 9999.
func (d Date) Next() Date { return d.step(1) }

// Prev returns the Date that precedes d at d's precision, with d's Bound;
// it undoes [Date.Next]. It returns the zero Date for the zero Date and
// before the year 1.
func (d Date) Prev() Date { return d.step(-1) }

// step moves d by n years, months or days, as its precision says.
func (d Date) step(n int) Date {
	switch d.Precision() {
	case PrecisionYear:
		d.Year += n
	case PrecisionMonth:
		m := d.Year*12 + int(d.Month) - 1 + n
		d.Year, d.Month = m/12, time.Month(m%12+1)
	case PrecisionDay:
		b := d.Bound
		d = d.AddDays(n)
		d.Bound = b
	default:
		return Date{}
	}
	if !d.IsValid() {
		return Date{}
	}
	return d
}

// Compare returns -1, 0 or +1 as d sorts before, with or after e.
//
// The order is total and consistent with ==: dates compare by year, then by
// month, then by day, where a missing month or day counts as zero, then by
// [Bound] in the order of its constants. A less precise Date therefore sorts
// before every more precise Date it contains (1995 < 1995-01 < 1995-01-01 <
// 1995-02), and the zero Date sorts first. Use it with [slices.SortFunc].
// To ask whether two events certainly happened in a given order whatever
// their precision, compare d.Latest() with e.Earliest().
func (d Date) Compare(e Date) int {
	return cmp.Or(cmp.Compare(d.Year, e.Year), cmp.Compare(d.Month, e.Month), cmp.Compare(d.Day, e.Day), cmp.Compare(d.Bound, e.Bound))
}

// Before reports whether d sorts before e in the order of [Date.Compare].
func (d Date) Before(e Date) bool { return d.Compare(e) < 0 }

// After reports whether d sorts after e in the order of [Date.Compare].
func (d Date) After(e Date) bool { return d.Compare(e) > 0 }

// AddDays returns the day-precision Date n days after the first day of the
// span d's fields name (or before it, for negative n), with no Bound. It
// returns the zero Date for the zero Date or when the result is outside the
// years 1 to 9999.
func (d Date) AddDays(n int) Date {
	s := d.first()
	if s.IsZero() {
		return Date{}
	}
	return DateOf(time.Date(s.Year, s.Month, s.Day+n, 12, 0, 0, 0, time.UTC))
}

// dayNumber returns a number that orders days: larger for later days.
func (d Date) dayNumber() int { return d.Year*512 + int(d.Month)*32 + d.Day }

// days returns the day numbers of d.Earliest() and d.Latest(), checking d
// once: 0, 0 for the zero Date and invalid Dates.
func (d Date) days() (lo, hi int) {
	if !d.IsValid() {
		return 0, 0
	}
	base := d.Year * 512
	switch {
	case d.Month == 0:
		lo, hi = base+int(time.January)*32+1, base+int(time.December)*32+31
	case d.Day == 0:
		lo, hi = base+int(d.Month)*32+1, base+int(d.Month)*32+daysIn(d.Year, d.Month)
	default:
		lo = base + int(d.Month)*32 + d.Day
		hi = lo
	}
	switch d.Bound {
	case OnOrBefore:
		lo = firstDay.dayNumber()
	case OnOrAfter:
		hi = lastDay.dayNumber()
	}
	return lo, hi
}

// String returns d in ISO 8601 reduced form ("1995", "2010-03",
// "2011-06-28"; "[..2017-09-11]" and "[2019-04-30..]" for attestations),
// "unknown" for the zero Date, and a form like "%!Date(2011-13-40)" for an
// invalid one.
func (d Date) String() string {
	if d.IsZero() {
		return "unknown"
	}
	if !d.IsValid() {
		return "%!Date(" + strconv.Itoa(d.Year) + "-" + strconv.Itoa(int(d.Month)) + "-" + strconv.Itoa(d.Day) + "/" + strconv.Itoa(int(d.Bound)) + ")"
	}
	b := make([]byte, 0, 16)
	return string(d.appendTo(b))
}

// AppendText implements [encoding.TextAppender]. It appends the form of
// [Date.String] to b, except that the zero Date appends nothing, so that it
// round-trips through [Date.UnmarshalText]. It fails for an invalid Date.
func (d Date) AppendText(b []byte) ([]byte, error) {
	if d.IsZero() {
		return b, nil
	}
	if !d.IsValid() {
		return b, &ParseError{Func: "oic.Date.AppendText", Input: d.String(), Err: ErrRange}
	}
	return d.appendTo(b), nil
}

// MarshalText implements [encoding.TextMarshaler] with the form of
// [Date.AppendText]; JSON encodes a Date as that string.
func (d Date) MarshalText() ([]byte, error) { return d.AppendText(make([]byte, 0, 16)) }

// UnmarshalText implements [encoding.TextUnmarshaler]. It accepts what
// [ParseDate] accepts, and the empty text, which gives the zero Date.
func (d *Date) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*d = Date{}
		return nil
	}
	v, err := parseDate("oic.Date.UnmarshalText", text)
	if err != nil {
		return err
	}
	*d = v
	return nil
}

func (d Date) appendTo(b []byte) []byte {
	switch d.Bound {
	case OnOrBefore:
		b = append(b, "[.."...)
	case OnOrAfter:
		b = append(b, '[')
	}
	b = appendDigits(b, d.Year, 4)
	if d.Month != 0 {
		b = append(b, '-')
		b = appendDigits(b, int(d.Month), 2)
		if d.Day != 0 {
			b = append(b, '-')
			b = appendDigits(b, d.Day, 2)
		}
	}
	switch d.Bound {
	case OnOrBefore:
		b = append(b, ']')
	case OnOrAfter:
		b = append(b, "..]"...)
	}
	return b
}

func appendDigits(b []byte, v, width int) []byte {
	var buf [4]byte
	for i := width - 1; i >= 0; i-- {
		buf[i] = byte('0' + v%10)
		v /= 10
	}
	return append(b, buf[:width]...)
}

// ParseDate parses a date in ISO 8601 reduced form: "YYYY", "YYYY-MM" or
// "YYYY-MM-DD", with a four-digit year from 0001 to 9999. The precision of the
// result is that of the text. An attestation is written in the set notation
// of ISO 8601-2: "[..2017-09-11]" for [OnOrBefore] and "[2019-04-30..]" for
// [OnOrAfter].
//
// Text that does not have one of these forms gives a [*ParseError] wrapping
// [ErrSyntax]; a well-formed text naming no such date ("2011-02-30") gives one
// wrapping [ErrRange].
func ParseDate(s string) (Date, error) {
	return parseDate("oic.ParseDate", s)
}

// MustParseDate is like [ParseDate] but panics if s does not parse. It is
// meant for tests and for initialising variables with constant text.
func MustParseDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func parseDate[T string | []byte](fn string, s T) (Date, error) {
	var bound Bound
	body := s
	if n := len(s); n > 0 && s[0] == '[' {
		switch {
		case n > 4 && s[1] == '.' && s[2] == '.' && s[n-1] == ']':
			bound, body = OnOrBefore, s[3:n-1]
		case n > 4 && s[n-3] == '.' && s[n-2] == '.' && s[n-1] == ']':
			bound, body = OnOrAfter, s[1:n-3]
		default:
			return Date{}, &ParseError{Func: fn, Input: string(s), Err: ErrSyntax}
		}
	}
	d, err := parseISO(body)
	if err != nil {
		return Date{}, &ParseError{Func: fn, Input: string(s), Err: err}
	}
	d.Bound = bound
	return d, nil
}

// parseISO parses the reduced ISO 8601 form, returning ErrSyntax or
// ErrRange.
func parseISO[T string | []byte](s T) (Date, error) {
	var n [3]int
	part, digits := 0, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			n[part] = n[part]*10 + int(c-'0')
			digits++
		case c == '-' && part < 2 && digits == [3]int{4, 2, 2}[part]:
			part++
			digits = 0
			continue
		default:
			return Date{}, ErrSyntax
		}
		if digits > [3]int{4, 2, 2}[part] {
			return Date{}, ErrSyntax
		}
	}
	if digits != [3]int{4, 2, 2}[part] {
		return Date{}, ErrSyntax
	}
	d := Date{Year: n[0], Month: time.Month(n[1]), Day: n[2]}
	if !d.IsValid() || (part >= 1 && d.Month == 0) || (part == 2 && d.Day == 0) {
		return Date{}, ErrRange
	}
	return d, nil
}

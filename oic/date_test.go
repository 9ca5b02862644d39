package oic_test

import (
	"encoding/json"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/kzoic/kzoic/oic"
)

func TestParseDate(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want oic.Date
		prec oic.Precision
		err  error
	}{
		{"1995", oic.Date{Year: 1995}, oic.PrecisionYear, nil},
		{"2010-03", oic.Date{Year: 2010, Month: time.March}, oic.PrecisionMonth, nil},
		{"2011-06-28", oic.Date{Year: 2011, Month: time.June, Day: 28}, oic.PrecisionDay, nil},
		{"2000-02-29", oic.Date{Year: 2000, Month: 2, Day: 29}, oic.PrecisionDay, nil},
		{"0001", oic.Date{Year: 1}, oic.PrecisionYear, nil},
		{"", oic.Date{}, 0, oic.ErrSyntax},
		{"95", oic.Date{}, 0, oic.ErrSyntax},
		{"19950", oic.Date{}, 0, oic.ErrSyntax},
		{"1995-3", oic.Date{}, 0, oic.ErrSyntax},
		{"1995-03-1", oic.Date{}, 0, oic.ErrSyntax},
		{"1995-", oic.Date{}, 0, oic.ErrSyntax},
		{"1995-03-", oic.Date{}, 0, oic.ErrSyntax},
		{"1995/03", oic.Date{}, 0, oic.ErrSyntax},
		{"-1995", oic.Date{}, 0, oic.ErrSyntax},
		{"1995-03-01T00:00", oic.Date{}, 0, oic.ErrSyntax},
		{"١٩٩٥", oic.Date{}, 0, oic.ErrSyntax},
		{"0000", oic.Date{}, 0, oic.ErrRange},
		{"2011-13", oic.Date{}, 0, oic.ErrRange},
		{"2011-00", oic.Date{}, 0, oic.ErrRange},
		{"2011-02-29", oic.Date{}, 0, oic.ErrRange},
		{"1900-02-29", oic.Date{}, 0, oic.ErrRange},
		{"2011-04-31", oic.Date{}, 0, oic.ErrRange},
		{"2011-04-00", oic.Date{}, 0, oic.ErrRange},
	} {
		got, err := oic.ParseDate(tt.in)
		if got != tt.want || !errors.Is(err, tt.err) || (err == nil) != (tt.err == nil) {
			t.Errorf("ParseDate(%q) = %v, %v; want %v, %v", tt.in, got, err, tt.want, tt.err)
			continue
		}
		if got.Precision() != tt.prec {
			t.Errorf("ParseDate(%q).Precision() = %v; want %v", tt.in, got.Precision(), tt.prec)
		}
		if err == nil && got.String() != tt.in {
			t.Errorf("ParseDate(%q).String() = %q", tt.in, got.String())
		}
	}
}

func TestParseDateError(t *testing.T) {
	_, err := oic.ParseDate("2011-13")
	const want = `oic.ParseDate: parsing "2011-13": out of range`
	if err == nil || err.Error() != want {
		t.Fatalf("error = %v; want %s", err, want)
	}
	var pe *oic.ParseError
	if !errors.As(err, &pe) || pe.Input != "2011-13" {
		t.Errorf("error %v is not a *ParseError naming the input", err)
	}
}

func TestDateConstructors(t *testing.T) {
	for _, tt := range []struct {
		got, want oic.Date
	}{
		{oic.YearDate(1969), oic.Date{Year: 1969}},
		{oic.YearDate(0), oic.Date{}},
		{oic.YearDate(10000), oic.Date{}},
		{oic.MonthDate(2012, time.August), oic.Date{Year: 2012, Month: 8}},
		{oic.MonthDate(2012, 13), oic.Date{}},
		{oic.DayDate(2011, time.June, 28), oic.Date{Year: 2011, Month: 6, Day: 28}},
		{oic.DayDate(2011, time.February, 30), oic.Date{}},
		{oic.DayDate(2011, time.February, 0), oic.Date{}},
		{oic.DateOf(time.Date(2018, 6, 1, 23, 0, 0, 0, time.UTC)), oic.Date{Year: 2018, Month: 6, Day: 1}},
		{oic.Date{Year: 1995}.Earliest(), oic.Date{Year: 1995, Month: 1, Day: 1}},
		{oic.Date{Year: 1995}.Latest(), oic.Date{Year: 1995, Month: 12, Day: 31}},
		{oic.Date{Year: 2012, Month: 2}.Latest(), oic.Date{Year: 2012, Month: 2, Day: 29}},
		{oic.Date{}.Earliest(), oic.Date{}},
		{oic.Date{Year: 2011, Month: 6, Day: 28}.AddDays(3), oic.Date{Year: 2011, Month: 7, Day: 1}},
		{oic.Date{Year: 2011}.AddDays(-1), oic.Date{Year: 2010, Month: 12, Day: 31}},
		{oic.Date{}.AddDays(1), oic.Date{}},
	} {
		if tt.got != tt.want {
			t.Errorf("got %v; want %v", tt.got, tt.want)
		}
	}
}

func TestDateOrder(t *testing.T) {
	// The documented order: zero first, then by year, month and day, a less
	// precise date before the more precise dates it contains.
	want := []string{"", "1969", "1969-09", "1969-09-25", "1969-10", "1970", "1995", "1995-01-01", "1995-12-31", "2011-06-28"}
	var dates []oic.Date
	for _, s := range want {
		var d oic.Date
		if err := d.UnmarshalText([]byte(s)); err != nil {
			t.Fatal(err)
		}
		dates = append(dates, d)
	}
	shuffled := slices.Clone(dates)
	slices.Reverse(shuffled)
	shuffled[2], shuffled[7] = shuffled[7], shuffled[2]
	slices.SortFunc(shuffled, oic.Date.Compare)
	if !slices.Equal(shuffled, dates) {
		t.Errorf("sorted = %v; want %v", shuffled, dates)
	}
	for i := range dates {
		for j := range dates {
			if got, want := dates[i].Compare(dates[j]), cmpInt(i, j); got != want {
				t.Errorf("%v.Compare(%v) = %d; want %d", dates[i], dates[j], got, want)
			}
			if dates[i].Before(dates[j]) != (i < j) || dates[i].After(dates[j]) != (i > j) {
				t.Errorf("Before/After disagree with Compare for %v, %v", dates[i], dates[j])
			}
		}
	}
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func TestDateContains(t *testing.T) {
	y := oic.MustParseDate("1995")
	for _, tt := range []struct {
		d, e oic.Date
		want bool
	}{
		{y, oic.MustParseDate("1995-03"), true},
		{y, oic.MustParseDate("1995-12-31"), true},
		{y, y, true},
		{y, oic.MustParseDate("1996-01-01"), false},
		{oic.MustParseDate("1995-03"), y, false},
		{y, oic.Date{}, false},
		{oic.Date{}, y, false},
	} {
		if got := tt.d.Contains(tt.e); got != tt.want {
			t.Errorf("%v.Contains(%v) = %v; want %v", tt.d, tt.e, got, tt.want)
		}
	}
}

func TestDateText(t *testing.T) {
	type doc struct {
		D oic.Date `json:"d"`
	}
	for _, tt := range []struct {
		d    oic.Date
		json string
		str  string
	}{
		{oic.Date{}, `{"d":""}`, "unknown"},
		{oic.Date{Year: 1995}, `{"d":"1995"}`, "1995"},
		{oic.Date{Year: 2010, Month: 3}, `{"d":"2010-03"}`, "2010-03"},
		{oic.Date{Year: 2011, Month: 6, Day: 28}, `{"d":"2011-06-28"}`, "2011-06-28"},
	} {
		b, err := json.Marshal(doc{tt.d})
		if err != nil || string(b) != tt.json {
			t.Errorf("json.Marshal(%v) = %s, %v; want %s", tt.d, b, err, tt.json)
		}
		var back doc
		if err := json.Unmarshal(b, &back); err != nil || back.D != tt.d {
			t.Errorf("json round trip of %v = %v, %v", tt.d, back.D, err)
		}
		if tt.d.String() != tt.str {
			t.Errorf("String() = %q; want %q", tt.d.String(), tt.str)
		}
	}
	bad := oic.Date{Year: 2011, Month: 13}
	if _, err := bad.MarshalText(); !errors.Is(err, oic.ErrRange) {
		t.Errorf("MarshalText(%v) error = %v; want ErrRange", bad, err)
	}
	if s := bad.String(); s != "%!Date(2011-13-0/0)" {
		t.Errorf("String of invalid date = %q", s)
	}
	var d oic.Date
	if err := json.Unmarshal([]byte(`{"d":"1995-13"}`), &struct{ D *oic.Date }{&d}); err == nil {
		t.Error("json.Unmarshal accepted 1995-13")
	}
}

func TestPeriod(t *testing.T) {
	p := oic.Period{Start: oic.MustParseDate("2019-03-23"), End: oic.MustParseDate("2022-09-17")}
	for _, tt := range []struct {
		d    string
		want oic.Certainty
	}{
		{"2019-03-22", oic.No}, {"2019-03-23", oic.Yes}, {"2020", oic.Yes}, {"2022-09-16", oic.Yes},
		{"2022-09-17", oic.No}, {"2019", oic.Maybe}, {"2019-03", oic.Maybe}, {"2022-09", oic.Maybe}, {"2023", oic.No},
	} {
		if got := p.Holds(oic.MustParseDate(tt.d)); got != tt.want {
			t.Errorf("%v.Holds(%s) = %v; want %v", p, tt.d, got, tt.want)
		}
		if got := p.Contains(oic.MustParseDate(tt.d)); got != (tt.want == oic.Yes) {
			t.Errorf("%v.Contains(%s) = %v", p, tt.d, got)
		}
	}
	if p.Holds(oic.Date{}) != oic.No {
		t.Error("a period holds on the zero date")
	}
	open := oic.Period{Start: oic.MustParseDate("2022-09-17")}
	if !open.Contains(oic.MustParseDate("9999")) || !open.IsOpen() {
		t.Error("open period does not hold in 9999")
	}
	if p.Overlaps(open) || !open.Overlaps(oic.Period{Start: oic.MustParseDate("2023")}) || !(oic.Period{}).Overlaps(p) {
		t.Error("Overlaps wrong")
	}
	if got := p.Last(); got != oic.MustParseDate("2022-09-16") {
		t.Errorf("Last = %v", got)
	}
	for _, s := range []string{"2019-03-23/2022-09-17", "2022-09-17/..", "../1995", "../..", "2011/2011", "[..2017-09-11]/2019-04-30", "1971/[1973-06..]"} {
		q, err := oic.ParsePeriod(s)
		if err != nil || q.String() != s {
			t.Errorf("ParsePeriod(%q) = %v, %v", s, q, err)
		}
	}
	for _, tt := range []struct {
		in  string
		err error
	}{
		{"2019", oic.ErrSyntax}, {"2019/20", oic.ErrSyntax}, {"2020/2019", oic.ErrRange}, {"2019-13/..", oic.ErrRange}, {"", oic.ErrSyntax},
		{"2011-06-28/2011-06-28", oic.ErrRange}, {"2011-06/2011-06-01", oic.ErrRange}, {"[2011..]/[..2010]", oic.ErrRange},
	} {
		if _, err := oic.ParsePeriod(tt.in); !errors.Is(err, tt.err) {
			t.Errorf("ParsePeriod(%q) error = %v; want %v", tt.in, err, tt.err)
		}
	}
	b, err := json.Marshal(p)
	if err != nil || string(b) != `"2019-03-23/2022-09-17"` {
		t.Errorf("json.Marshal(%v) = %s, %v", p, b, err)
	}
	var q oic.Period
	if err := json.Unmarshal(b, &q); err != nil || q != p {
		t.Errorf("json round trip = %v, %v", q, err)
	}
}

// TestImpreciseBounds checks the one rule for bounds known to a year or a
// month, or only attested: a day they do not settle gets Maybe.
func TestImpreciseBounds(t *testing.T) {
	for _, tt := range []struct {
		period, on string
		want       oic.Certainty
	}{
		// A Secretary-General's term known to years: 1971 to some day in 1973.
		{"1971/1973", "1970-12-31", oic.No},
		{"1971/1973", "1971-06-30", oic.Maybe},
		{"1971/1973", "1972-06-30", oic.Yes},
		{"1972/1973", "1972", oic.Maybe},
		{"1971/1973", "1973-06-30", oic.Maybe},
		{"1971/1973", "1973-12-30", oic.Maybe},
		{"1971/1973", "1973-12-31", oic.No},
		{"1971/1973", "1974-01-01", oic.No},
		// An admission in December 1995.
		{"1995-12/..", "1995-11-30", oic.No},
		{"1995-12/..", "1995-12-05", oic.Maybe},
		{"1995-12/..", "1995-12-31", oic.Yes},
		{"1971/1973-06", "1973-06-29", oic.Maybe},
		{"1971/1973-06", "1973-06-30", oic.No},
		{"1971/1973-06-30", "1973-06-29", oic.Yes},
		{"1971/1973-06-30", "1973-06-30", oic.No},
		{"1995-12/..", "1996-01-01", oic.Yes},
		// First attested in office on 11 September 2017; last seen on 30 April 2019.
		{"[..2017-09-11]/2019-04-30", "2017-09-10", oic.Maybe},
		{"[..2017-09-11]/2019-04-30", "2017-09-11", oic.Yes},
		{"[..2017-09-11]/2019-04-30", "2019-04-30", oic.No},
		{"2017-09-11/[2019-04-30..]", "2019-04-30", oic.Maybe},
		{"2017-09-11/[2019-04-30..]", "2019-04-29", oic.Yes},
		{"2017-09-11/[2019-04-30..]", "2030", oic.Maybe},
	} {
		p, err := oic.ParsePeriod(tt.period)
		if err != nil {
			t.Fatal(err)
		}
		if got := p.Holds(oic.MustParseDate(tt.on)); got != tt.want {
			t.Errorf("%s holds on %s: %v; want %v", tt.period, tt.on, got, tt.want)
		}
	}
}

func TestDateNext(t *testing.T) {
	for _, tt := range []struct{ in, next string }{
		{"1995", "1996"}, {"2010-12", "2011-01"}, {"2011-06-30", "2011-07-01"}, {"2012-02-28", "2012-02-29"},
		{"[..2017-09-11]", "[..2017-09-12]"}, {"[2019..]", "[2020..]"},
	} {
		d, n := oic.MustParseDate(tt.in), oic.MustParseDate(tt.next)
		if got := d.Next(); got != n {
			t.Errorf("%v.Next() = %v; want %v", d, got, n)
		}
		if got := n.Prev(); got != d {
			t.Errorf("%v.Prev() = %v; want %v", n, got, d)
		}
	}
	if !(oic.Date{}).Next().IsZero() || !oic.MustParseDate("9999").Next().IsZero() || !oic.MustParseDate("0001-01").Prev().IsZero() {
		t.Error("Next or Prev out of range is not the zero Date")
	}
}

func TestAttestation(t *testing.T) {
	d := oic.MustParseDate("[..2017-09-11]")
	if d.Bound != oic.OnOrBefore || d.Precision() != oic.PrecisionDay || d.String() != "[..2017-09-11]" {
		t.Errorf("ParseDate([..2017-09-11]) = %#v", d)
	}
	if d.Earliest() != oic.MustParseDate("0001-01-01") || d.Latest() != oic.MustParseDate("2017-09-11") {
		t.Errorf("span of %v = %v..%v", d, d.Earliest(), d.Latest())
	}
	e := oic.MustParseDate("[2019-04..]")
	if e.Bound != oic.OnOrAfter || e.Earliest() != oic.MustParseDate("2019-04-01") || e.Latest() != oic.MustParseDate("9999-12-31") {
		t.Errorf("span of %v = %v..%v", e, e.Earliest(), e.Latest())
	}
	for _, bad := range []string{"[2017", "[..2017", "2017..]", "[..]", "[....]", "[..2017..]"} {
		if _, err := oic.ParseDate(bad); !errors.Is(err, oic.ErrSyntax) {
			t.Errorf("ParseDate(%q) error = %v; want ErrSyntax", bad, err)
		}
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"1995", "2010-03", "2011-06-28", "", "2011-02-29", "0000", "9999-12-31", "1995-", "x", "[..2017-09-11]", "[2019..]"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := oic.ParseDate(s)
		if err != nil {
			if d != (oic.Date{}) {
				t.Errorf("ParseDate(%q) = %v with error %v", s, d, err)
			}
			var pe *oic.ParseError
			if !errors.As(err, &pe) || pe.Input != s {
				t.Errorf("ParseDate(%q) error %v does not name the input", s, err)
			}
			return
		}
		if !d.IsValid() || d.String() != s {
			t.Errorf("ParseDate(%q) = %v, valid %v", s, d, d.IsValid())
		}
		b, err := d.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var e oic.Date
		if err := e.UnmarshalText(b); err != nil || e != d {
			t.Errorf("round trip of %q = %v, %v", s, e, err)
		}
		if !d.Contains(d) || !d.Contains(d.Earliest()) || !d.Contains(d.Latest()) || d.Earliest().After(d.Latest()) {
			t.Errorf("span of %v is inconsistent", d)
		}
	})
}

func FuzzParsePeriod(f *testing.F) {
	for _, s := range []string{"2019-03-23/2022-09-17", "2022/..", "../..", "/", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := oic.ParsePeriod(s)
		if err != nil {
			return
		}
		q, err := oic.ParsePeriod(p.String())
		if err != nil || q != p {
			t.Errorf("round trip of %q via %q = %v, %v", s, p.String(), q, err)
		}
	})
}

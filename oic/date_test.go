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
		{oic.Date{Year: 1995}.Start(), oic.Date{Year: 1995, Month: 1, Day: 1}},
		{oic.Date{Year: 1995}.End(), oic.Date{Year: 1995, Month: 12, Day: 31}},
		{oic.Date{Year: 2012, Month: 2}.End(), oic.Date{Year: 2012, Month: 2, Day: 29}},
		{oic.Date{}.Start(), oic.Date{}},
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
	if s := bad.String(); s != "%!Date(2011-13-0)" {
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
		want bool
	}{
		{"2019-03-22", false}, {"2019-03-23", true}, {"2020", true}, {"2022-09-16", true},
		{"2022-09-17", false}, {"2019", false}, {"2019-03", false}, {"2022-09", true},
	} {
		if got := p.Contains(oic.MustParseDate(tt.d)); got != tt.want {
			t.Errorf("%v.Contains(%s) = %v; want %v", p, tt.d, got, tt.want)
		}
	}
	if p.Contains(oic.Date{}) {
		t.Error("a period contains the zero date")
	}
	open := oic.Period{Start: oic.MustParseDate("2022-09-17")}
	if !open.Contains(oic.MustParseDate("9999")) || !open.IsOpen() {
		t.Error("open period does not hold in 9999")
	}
	if p.Overlaps(open) || !open.Overlaps(oic.Period{Start: oic.MustParseDate("2023")}) || !(oic.Period{}).Overlaps(p) {
		t.Error("Overlaps wrong")
	}
	for _, s := range []string{"2019-03-23/2022-09-17", "2022-09-17/..", "../1995", "../.."} {
		q, err := oic.ParsePeriod(s)
		if err != nil || q.String() != s {
			t.Errorf("ParsePeriod(%q) = %v, %v", s, q, err)
		}
	}
	for _, tt := range []struct {
		in  string
		err error
	}{{"2019", oic.ErrSyntax}, {"2019/20", oic.ErrSyntax}, {"2020/2019", oic.ErrRange}, {"2019-13/..", oic.ErrRange}, {"", oic.ErrSyntax}} {
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

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"1995", "2010-03", "2011-06-28", "", "2011-02-29", "0000", "9999-12-31", "1995-", "x"} {
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
		if !d.Contains(d) || !d.Contains(d.Start()) || !d.Contains(d.End()) || d.Start().After(d.End()) {
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

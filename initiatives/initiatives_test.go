package initiatives_test

import (
	"errors"
	"slices"
	"testing"

	"github.com/kzoic/kzoic/initiatives"
	"github.com/kzoic/kzoic/oic"
)

func TestInvariants(t *testing.T) {
	n := 0
	for in := range initiatives.All() {
		n++
		if in.Names().English == "" || in.Goal().English == "" || len(in.ProposedBy()) == 0 || len(in.Sources()) == 0 {
			t.Errorf("%v: incomplete record", in)
		}
		if got, ok := initiatives.Lookup(in.Key()); !ok || got != in {
			t.Errorf("Lookup(%q) = %v, %v", in.Key(), got, ok)
		}
		if in.StatusOn(in.Announced().AddDays(-1)) != initiatives.StatusNone || in.StatusOn(in.Announced().Latest()) == initiatives.StatusNone {
			t.Errorf("%v: status around its announcement %v is wrong", in, in.Announced())
		}
		last := map[initiatives.MilestoneKind]int{}
		prev := initiatives.StatusNone
		for _, m := range in.Milestones() {
			if len(m.Sources) == 0 || m.Text.English == "" || !m.Date.IsValid() {
				t.Errorf("%v: milestone %v lacks a source, a text or a date", in, m.Date)
			}
			if m.Date.Before(oic.Founded()) || m.Date.After(oic.Vintage()) {
				t.Errorf("%v: milestone %v outside the data's span", in, m.Date)
			}
			if m.Kind != initiatives.KindEvent {
				if m.Count < last[m.Kind] {
					t.Errorf("%v: %v fell from %d to %d on %v", in, m.Kind, last[m.Kind], m.Count, m.Date)
				}
				last[m.Kind] = m.Count
			}
			// The status never goes back.
			st := in.StatusOn(m.Date.Latest())
			if st < prev {
				t.Errorf("%v: status went back from %v to %v on %v", in, prev, st, m.Date)
			}
			prev = st
		}
		if text, _ := in.MarshalText(); string(text) != in.Key() {
			t.Errorf("MarshalText = %q", text)
		}
	}
	if n != 5 {
		t.Errorf("%d initiatives", n)
	}
	if ratified, _ := initiatives.Lookup("iofs"); true {
		m, _ := ratified.CountOn(initiatives.KindRatifications, oic.MustParseDate("2018-03-01"))
		if m.Count != 10 || m.Date != oic.MustParseDate("2018-02-19") {
			t.Errorf("ratifications on 2018-03-01 = %+v", m)
		}
		if _, ok := ratified.CountOn(initiatives.KindRatifications, oic.MustParseDate("2017")); ok {
			t.Error("ratifications before the first one")
		}
		if _, ok := ratified.CountOn(initiatives.KindEvent, oic.Vintage()); ok {
			t.Error("CountOn counted events")
		}
	}
}

func TestParse(t *testing.T) {
	for _, tt := range []struct {
		in  string
		ok  bool
		err error
	}{{"iofs", true, nil}, {"IOFS", true, nil}, {"Triple-I", true, nil}, {"", false, oic.ErrUnknown}, {"nato", false, oic.ErrUnknown}} {
		got, err := initiatives.Parse(tt.in)
		if got.IsValid() != tt.ok || !errors.Is(err, tt.err) {
			t.Errorf("Parse(%q) = %v, %v", tt.in, got, err)
		}
	}
	var in initiatives.Initiative
	if err := in.UnmarshalText([]byte("oic-15")); err != nil || in.Key() != "oic-15" {
		t.Errorf("UnmarshalText = %v, %v", in, err)
	}
	if err := in.UnmarshalText(nil); err != nil || in.IsValid() {
		t.Errorf("UnmarshalText(nil) = %v, %v", in, err)
	}
	if s, err := initiatives.ParseStatus("Endorsed"); err != nil || s != initiatives.StatusEndorsed {
		t.Errorf("ParseStatus = %v, %v", s, err)
	}
	if _, err := initiatives.ParseStatus("done"); !errors.Is(err, oic.ErrUnknown) {
		t.Errorf("ParseStatus(done) error = %v", err)
	}
	var zero initiatives.Initiative
	if zero.Key() != "" || zero.Milestones() == nil && zero.StatusOn(oic.Vintage()) != initiatives.StatusNone || len(zero.Partners()) != 0 {
		t.Error("zero Initiative is not empty")
	}
}

func TestAtSession(t *testing.T) {
	s, _ := oic.Summit(13)
	var keys []string
	for in := range initiatives.AtSession(s) {
		keys = append(keys, in.Key())
	}
	if len(keys) != 3 {
		t.Errorf("initiatives at the 13th Summit: %q", keys)
	}
	for range initiatives.AtSession(oic.Session{}) {
		t.Error("initiatives at the zero Session")
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"iofs", "OIC-15", "", "\x00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		in, err := initiatives.Parse(s)
		if (err == nil) != in.IsValid() {
			t.Fatalf("Parse(%q) = %v, %v", s, in, err)
		}
	})
}

func TestStatusesOn(t *testing.T) {
	oic15, _ := initiatives.Lookup("oic-15")
	// The 49th CFM's resolution is dated only to 2023; the first ministerial
	// meeting, which implemented the platform, to 26 May 2023.
	for _, tt := range []struct {
		on   string
		want []initiatives.Status
	}{
		{"2017-09-09", []initiatives.Status{initiatives.StatusNone}},
		{"2018-06-01", []initiatives.Status{initiatives.StatusProposed}},
		{"2019-03-15", []initiatives.Status{initiatives.StatusProposed, initiatives.StatusEndorsed}},
		{"2020", []initiatives.Status{initiatives.StatusEndorsed}},
		{"2023-05-26", []initiatives.Status{initiatives.StatusImplemented}},
	} {
		got := oic15.StatusesOn(oic.MustParseDate(tt.on))
		if !slices.Equal(got, tt.want) {
			t.Errorf("OIC-15 on %s: %v; want %v", tt.on, got, tt.want)
		}
	}
}

package oic_test

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/kzoic/kzoic/oic"
	"golang.org/x/text/language"
)

func TestSeedSessions(t *testing.T) {
	for _, tt := range []struct {
		get        func() (oic.Session, bool)
		start, end oic.Date
		city, host string
		outcome    string
	}{
		{func() (oic.Session, bool) { return oic.CFM(38) }, day("2011-06-28"), day("2011-06-30"), "Astana", "KAZ", "Astana Declaration"},
		{func() (oic.Session, bool) { return oic.CFM(45) }, day("2018-05-05"), day("2018-05-06"), "Dhaka", "BGD", ""},
		{func() (oic.Session, bool) { return oic.Summit(13) }, day("2016-04-14"), day("2016-04-15"), "Istanbul", "TUR", "OIC-2025"},
		{func() (oic.Session, bool) { return oic.Summit(1) }, day("1969-09-22"), day("1969-09-25"), "Rabat", "MAR", ""},
		{func() (oic.Session, bool) { return oic.SessionOf(oic.KindScienceSummit, 1) }, day("2017-09-10"), day("2017-09-11"), "Astana", "KAZ", "Astana Declaration"},
		{func() (oic.Session, bool) { return oic.CFM(23) }, day("1995-12-09"), day("1995-12-12"), "Conakry", "GIN", "Kazakhstan"},
	} {
		s, ok := tt.get()
		if !ok {
			t.Errorf("session missing")
			continue
		}
		if s.Start() != tt.start || s.Period().Last() != tt.end || s.City().Name(language.English) != tt.city || s.Host().Key() != tt.host {
			t.Errorf("%v: %v to %v in %s, %s; want %v to %v in %s, %s", s, s.Start(), s.Period().Last(), s.City().Name(language.English), s.Host().Key(), tt.start, tt.end, tt.city, tt.host)
		}
		if tt.outcome != "" && !slices.ContainsFunc(s.Outcomes(), func(o oic.Outcome) bool { return mentions(o, tt.outcome) }) {
			t.Errorf("%v: no outcome mentions %q: %q", s, tt.outcome, s.Outcomes())
		}
		if len(s.Sources()) == 0 {
			t.Errorf("%v: no sources", s)
		}
	}
}

// mentions reports whether o names s in its English text or in the English
// name of a record it relates.
func mentions(o oic.Outcome, s string) bool {
	for _, t := range []string{o.Text.English, o.Document.Name(language.English), o.Country.Name(language.English), o.Body.Name(language.English), o.Person.Name(language.English)} {
		if strings.Contains(t, s) {
			return true
		}
	}
	return false
}

func TestSessionLookupBounds(t *testing.T) {
	for _, n := range []int{-1, 0, 1 << 20} {
		if s, ok := oic.CFM(n); ok || s.IsValid() {
			t.Errorf("CFM(%d) = %v, %v", n, s, ok)
		}
		if s, ok := oic.Summit(n); ok || s.IsValid() {
			t.Errorf("Summit(%d) = %v, %v", n, s, ok)
		}
	}
	if _, ok := oic.SessionOf(0, 1); ok {
		t.Error("SessionOf(0, 1) found a session")
	}
	if _, ok := oic.SessionOf(99, 1); ok {
		t.Error("SessionOf(99, 1) found a session")
	}
	var zero oic.Session
	if zero.String() != "" || zero.Kind() != 0 || zero.Host().IsValid() || zero.Outcomes() != nil {
		t.Error("zero Session is not empty")
	}
}

// TestSessionInvariants checks numbering, dates and hosts of every session.
func TestSessionInvariants(t *testing.T) {
	founded := day("1969-09-22")
	for k := range oic.SessionKinds() {
		n := 0
		var prev oic.Session
		for s := range oic.Sessions(k) {
			if s.Kind() != k {
				t.Errorf("Sessions(%v) yielded %v", k, s)
			}
			if s.Number() != 0 {
				n++
				if k == oic.KindSummit || k == oic.KindCFM || k == oic.KindScienceSummit {
					if s.Number() != n {
						t.Errorf("%v: numbered %d, want %d (no gaps)", s, s.Number(), n)
					}
				}
				if prev.IsValid() && prev.Number() != 0 && s.Start().Before(prev.Start()) {
					t.Errorf("%v starts before %v", s, prev)
				}
			}
			prev = s
			if s.Start().Before(founded) || s.Start().After(oic.Vintage()) {
				t.Errorf("%v: starts %v, outside the organisation's life", s, s.Start())
			}
			if p := s.Period(); p.End.IsZero() || p.Last().Before(s.Start()) {
				t.Errorf("%v: ends before it starts", s)
			}
			if len(s.Sources()) == 0 {
				t.Errorf("%v: no sources", s)
			}
			if h := s.Host(); h.IsValid() {
				st := h.StatusOn(s.Start())
				if st.IsMember() == oic.No && st.Is(oic.StatusObserver) == oic.No && !hostExceptions[s.String()] {
					t.Errorf("%v: host %v was %v on %v", s, h, st, s.Start())
				}
			}
			text, err := s.MarshalText()
			var back oic.Session
			if err != nil || back.UnmarshalText(text) != nil || back != s {
				t.Errorf("%v: text round trip gave %v, %v", s, back, err)
			}
		}
	}
	if s, ok := oic.CFM(51); !ok || s.Start().Year != 2025 {
		t.Errorf("CFM(51) = %v, %v", s, ok)
	}
}

func TestSessionQueries(t *testing.T) {
	kz := oic.MustParseCountry("KZ")
	var got []string
	for s := range oic.SessionsHostedBy(kz) {
		got = append(got, s.String())
	}
	if want := []string{"cfm 38", "science-summit 1"}; !slices.Equal(got, want) {
		t.Errorf("sessions hosted by KZ = %q; want %q", got, want)
	}
	got = nil
	for s := range oic.SessionsIn(2011) {
		got = append(got, s.String())
	}
	if !slices.Contains(got, "cfm 38") {
		t.Errorf("sessions in 2011 = %q", got)
	}
	got = nil
	for s := range oic.SessionsOn(day("2011-06-29")) {
		got = append(got, s.String())
	}
	if !slices.Equal(got, []string{"cfm 38"}) {
		t.Errorf("sessions on 2011-06-29 = %q", got)
	}
	s, _ := oic.CFM(38)
	if got := s.Period(); got != (oic.Period{Start: day("2011-06-28"), End: day("2011-07-01")}) {
		t.Errorf("Period = %v", got)
	}
	_ = time.June
}

func TestParseSession(t *testing.T) {
	for _, tt := range []struct {
		in  string
		ok  bool
		err error
	}{
		{"cfm 38", true, nil}, {"CFM 38", true, nil}, {"summit 13", true, nil},
		{"cfm", false, oic.ErrSyntax}, {"cfm x", false, oic.ErrSyntax}, {"party 1", false, oic.ErrUnknown},
		{"cfm 0", false, oic.ErrUnknown}, {"cfm 999", false, oic.ErrUnknown}, {"", false, oic.ErrSyntax},
		{"summit 1969-01-01", false, oic.ErrUnknown},
	} {
		s, err := oic.ParseSession(tt.in)
		if s.IsValid() != tt.ok || !errors.Is(err, tt.err) {
			t.Errorf("ParseSession(%q) = %v, %v", tt.in, s, err)
		}
	}
}

func FuzzParseSession(f *testing.F) {
	for _, s := range []string{"cfm 38", "summit 13", "extraordinary-summit 2024-11-11", "x", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		s, err := oic.ParseSession(in)
		if (err == nil) != s.IsValid() {
			t.Fatalf("ParseSession(%q) = %v, %v", in, s, err)
		}
		if err == nil {
			back, err := oic.ParseSession(s.String())
			if err != nil || back != s {
				t.Fatalf("round trip of %q: %v, %v", in, back, err)
			}
		}
	})
}

func TestDecisionsAtSessions(t *testing.T) {
	var got []string
	for c, ch := range oic.ChangesAt(mustSession(t, "cfm 23")) {
		got = append(got, c.Key()+" "+ch.Status.String())
	}
	if !slices.Equal(got, []string{"KAZ member"}) {
		t.Errorf("changes at the 23rd CFM: %q", got)
	}
	got = nil
	for c, ch := range oic.ChangesAt(mustSession(t, "extraordinary-summit 4")) {
		got = append(got, c.Key()+" "+ch.Status.String())
	}
	if !slices.Equal(got, []string{"SYR suspended"}) {
		t.Errorf("changes at the 4th extraordinary summit: %q", got)
	}
	n := 0
	for range oic.ChangesAt(mustSession(t, "summit 1")) {
		n++
	}
	if n != 24 {
		t.Errorf("%d founding members at the 1st summit", n)
	}
	for range oic.ChangesAt(oic.Session{}) {
		t.Error("changes at the zero session")
	}
	var renamed []string
	for s := range oic.SessionsWithOutcome(oic.OutcomeRenamed) {
		renamed = append(renamed, s.String())
	}
	if !slices.Equal(renamed, []string{"cfm 38"}) {
		t.Errorf("sessions that renamed the organisation: %q", renamed)
	}
	for range oic.SessionsWithOutcome(0) {
		t.Error("the zero kind matched")
	}
}

func mustSession(t *testing.T, s string) oic.Session {
	t.Helper()
	x, err := oic.ParseSession(s)
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// TestSessionKindNamesOverTime checks the names of the kinds of session:
// the Council of Foreign Ministers was the Islamic Conference of Foreign
// Ministers in English until 28 June 2011. (Titles of sessions are written
// by package prose.)
func TestSessionKindNamesOverTime(t *testing.T) {
	for _, tt := range []struct{ on, en string }{
		{"1995-12-09", "Islamic Conference of Foreign Ministers"},
		{"2011-06-27", "Islamic Conference of Foreign Ministers"},
		{"2011-06-28", "Council of Foreign Ministers"},
	} {
		if got := oic.KindCFM.NameOn(day(tt.on), language.English); got != tt.en {
			t.Errorf("CFM on %s = %q; want %q", tt.on, got, tt.en)
		}
	}
	for k := range oic.SessionKinds() {
		if k.Names().English == "" || len(k.Sources()) == 0 {
			t.Errorf("%v: no name or no sources", k)
		}
	}
}

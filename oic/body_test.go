package oic_test

import (
	"testing"

	"github.com/kzoic/kzoic/oic"
	"golang.org/x/text/language"
)

func TestLookupBody(t *testing.T) {
	for _, tt := range []struct {
		in, key string
		kind    oic.BodyKind
		seat    string
	}{
		{"COMCEC", "comcec", oic.BodyStandingCommittee, "Ankara"},
		{"comcec", "comcec", oic.BodyStandingCommittee, "Ankara"},
		{"IsDB", "isdb", oic.BodySpecializedInstitution, "Jeddah"},
		{"iofs", "iofs", oic.BodySpecializedInstitution, "Astana"},
		{"general-secretariat", "general-secretariat", oic.BodyPrincipalOrgan, "Jeddah"},
		{"SESRIC", "sesric", oic.BodySubsidiaryOrgan, "Ankara"},
	} {
		b, ok := oic.LookupBody(tt.in)
		if !ok || b.Key() != tt.key || b.Kind() != tt.kind || b.Seat().Name(language.English) != tt.seat {
			t.Errorf("LookupBody(%q) = %v (%v, %q), %v", tt.in, b, b.Kind(), b.Seat().Name(language.English), ok)
		}
	}
	for _, in := range []string{"", "X", "NATO", "comcecc", "comce", "ÇOMCEC"} {
		if b, ok := oic.LookupBody(in); ok || b.IsValid() {
			t.Errorf("LookupBody(%q) = %v, %v", in, b, ok)
		}
	}
}

func TestBodies(t *testing.T) {
	n := 0
	for b := range oic.Bodies(0) {
		n++
		if !b.Kind().IsValid() {
			t.Errorf("%v: kind %v", b, b.Kind())
		}
		if missing := missingNames(b.Names()); missing != "" || len(b.Sources()) == 0 {
			t.Errorf("%v: no sources, or names missing in %q", b, missing)
		}
		if got, ok := oic.LookupBody(b.Key()); !ok || got != b {
			t.Errorf("LookupBody(%q) = %v, %v", b.Key(), got, ok)
		}
		if a := b.Acronym(); a != "" {
			if got, ok := oic.LookupBody(a); !ok || got != b {
				t.Errorf("LookupBody(%q) = %v, %v", a, got, ok)
			}
		}
		if f := b.Founded(); !f.IsZero() && (f.Before(oic.Date{Year: 1969}) || f.After(oic.Vintage())) {
			t.Errorf("%v: founded %v", b, f)
		}
		var back oic.Body
		if text, _ := b.MarshalText(); back.UnmarshalText(text) != nil || back != b {
			t.Errorf("%v: text round trip gave %v", b, back)
		}
	}
	if n < 30 {
		t.Errorf("only %d bodies", n)
	}
}

func TestDocuments(t *testing.T) {
	s13, _ := oic.Summit(13)
	d, ok := oic.LookupDocument("oic-2025")
	if !ok || d.AdoptedAt() != s13 || d.Adopted() != oic.MustParseDate("2016-04-15") {
		t.Errorf("oic-2025: %v adopted %v at %v", d, d.Adopted(), d.AdoptedAt())
	}
	if v := d.Validity(); !v.Contains(oic.MustParseDate("2025-12-31")) || v.Contains(oic.MustParseDate("2026-01-01")) {
		t.Errorf("OIC-2025 validity %v", v)
	}
	typoa, _ := oic.LookupDocument("typoa")
	if typoa.SupersededBy() != d {
		t.Errorf("Ten-Year Programme superseded by %v", typoa.SupersededBy())
	}
	for _, tt := range []struct{ on, want string }{{"1971", ""}, {"1990", "charter-1972"}, {"2008-03-13", "charter-1972"}, {"2008-03-14", "charter-2008"}, {"2026", "charter-2008"}} {
		if got := oic.CharterOn(oic.MustParseDate(tt.on)).Key(); got != tt.want {
			t.Errorf("CharterOn(%s) = %q; want %q", tt.on, got, tt.want)
		}
	}
	sci, _ := oic.SessionOf(oic.KindScienceSummit, 1)
	var adopted []string
	for d := range oic.DocumentsAdoptedAt(sci) {
		adopted = append(adopted, d.Key())
	}
	if len(adopted) != 2 {
		t.Errorf("documents of the science summit: %q", adopted)
	}
	var prev oic.Date
	for d := range oic.Documents() {
		if len(d.Sources()) == 0 || d.Names().English == "" {
			t.Errorf("%v: no sources or name", d)
		}
		if d.Adopted().Before(prev) {
			t.Errorf("%v out of order", d)
		}
		prev = d.Adopted()
		if s := d.AdoptedAt(); s.IsValid() && !s.Period().Contains(d.Adopted()) && s.Period().Holds(d.Adopted()) == oic.No {
			t.Errorf("%v adopted on %v, outside %v (%v)", d, d.Adopted(), s, s.Period())
		}
	}
}

func TestOffices(t *testing.T) {
	for o := range oic.Offices() {
		terms := o.Terms()
		for i, a := range terms {
			if !a.Holder.IsValid() || len(a.Sources) == 0 {
				t.Errorf("%v: term %d lacks a holder or sources", o, i)
			}
			for _, b := range terms[i+1:] {
				if !a.Period.Start.IsZero() && !b.Period.Start.IsZero() && surelyOverlap(a.Period, b.Period) {
					t.Errorf("%v: terms of %s (%v) and %s (%v) overlap", o, a.Holder, a.Period, b.Holder, b.Period)
				}
			}
		}
		if !o.Body().IsValid() || o.Names().English == "" {
			t.Errorf("%v: no body or title", o)
		}
	}
	for _, tt := range []struct{ on, want string }{
		{"1972", "Tunku Abdul Rahman"}, {"2011-06-28", "Ekmeleddin Ihsanoglu"}, {"2018-06-01", "Yousef bin Ahmad Al-Othaimeen"},
		{"2021-11-17", "Hissein Brahim Taha"}, {"2026-11-01", "Hissein Brahim Taha"},
	} {
		if got, ok := oic.SecretaryGeneralOn(oic.MustParseDate(tt.on)); !ok || got.Holder.Name(language.English) != tt.want {
			t.Errorf("SecretaryGeneralOn(%s) = %q, %v; want %q", tt.on, got.Holder, ok, tt.want)
		}
	}
	if _, ok := oic.SecretaryGeneralOn(oic.MustParseDate("1960")); ok {
		t.Error("a Secretary-General in 1960")
	}
	st, _ := oic.LookupOffice("asg-science-technology")
	if tm, ok := st.HolderOn(oic.MustParseDate("2019-07-01")); !ok || tm.Holder.Key() != "askar-mussinov" || tm.Country.Alpha2() != "KZ" {
		t.Errorf("science ASG on 2019-07-01 = %+v, %v", tm, ok)
	}
	if _, ok := st.HolderOn(oic.MustParseDate("2019-06-30")); ok {
		t.Error("a science ASG with known dates on 2019-06-30")
	}
}

func FuzzLookupBody(f *testing.F) {
	for _, s := range []string{"COMCEC", "isdb", "", "general-secretariat", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		b, ok := oic.LookupBody(s)
		if ok != b.IsValid() {
			t.Fatalf("LookupBody(%q) = %v, %v", s, b, ok)
		}
		if ok && !equalFold(s, b.Key()) && !equalFold(s, b.Acronym()) {
			t.Fatalf("LookupBody(%q) = %v", s, b)
		}
	})
}

// surelyOverlap reports whether p and q certainly hold on a common day: the
// later of their latest starts comes before the earlier of their earliest
// ends. Terms known to years may meet within a year without overlapping.
func surelyOverlap(p, q oic.Period) bool {
	latestStart := func(p oic.Period) oic.Date {
		if p.Start.IsZero() {
			return oic.MustParseDate("0001-01-01")
		}
		return p.Start.Latest()
	}
	earliestEnd := func(p oic.Period) oic.Date {
		if p.End.IsZero() {
			return oic.MustParseDate("9999-12-31")
		}
		return p.End.Earliest()
	}
	s := max(latestStart(p).String(), latestStart(q).String())
	e := min(earliestEnd(p).String(), earliestEnd(q).String())
	return s < e
}

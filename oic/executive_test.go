package oic_test

import (
	"testing"

	"github.com/kzoic/kzoic/oic"
	"golang.org/x/text/language"
)

func TestExecutiveCommitteeMeetings(t *testing.T) {
	k, err := oic.ParseSessionKind("executive-committee")
	if err != nil || k != oic.KindExecutiveCommittee {
		t.Fatalf("ParseSessionKind(executive-committee) = %v, %v", k, err)
	}
	if k.Name(language.English) == "" || k.Name(language.French) == "" || len(k.Sources()) == 0 {
		t.Errorf("%v: name %q / %q, %d sources", k, k.Name(language.English), k.Name(language.French), len(k.Sources()))
	}
	n := 0
	for s := range oic.Sessions(oic.KindExecutiveCommittee) {
		n++
		if s.Number() != 0 {
			t.Errorf("%v: the meetings of the Executive Committee are not numbered", s)
		}
		if len(s.Outcomes()) == 0 {
			t.Errorf("%v: no outcome", s)
		}
		for _, o := range s.Outcomes() {
			if o.Text.English == "" || o.Text.Kazakh == "" || !o.Text.IsOwn(language.Kazakh) {
				t.Errorf("%v: outcome %q lacks a Kazakh form marked as the module's own", s, o.Text.English)
			}
		}
	}
	if n == 0 {
		t.Fatal("no meetings of the Executive Committee")
	}
	for _, tt := range []struct {
		text string
		city string
	}{
		{"executive-committee 2017-08-01", "istanbul"},
		{"executive-committee 2024-08-07", "jeddah"},
		{"executive-committee 2020-04-22", ""}, // held by videoconference
		{"executive-committee 2018", ""},       // dated only to the year
	} {
		s, err := oic.ParseSession(tt.text)
		if err != nil || s.City().Key() != tt.city {
			t.Errorf("ParseSession(%q) = %v (%q), %v", tt.text, s, s.City().Key(), err)
		}
	}
}

// TestSessionsHeldByVintage names sessions that sources show were planned
// but not held by the vintage, and the numbers of extraordinary sessions
// the sources now attest.
func TestSessionsHeldByVintage(t *testing.T) {
	if s, ok := oic.Summit(16); ok {
		t.Errorf("Summit(16) = %v: no source shows the Baku summit held by the vintage", s)
	}
	if s, ok := oic.CFM(52); ok {
		t.Errorf("CFM(52) = %v: no source shows the Baghdad session held by the vintage", s)
	}
	s, ok := oic.SessionOf(oic.KindExtraordinaryCFM, 16)
	if !ok || s.Start() != oic.MustParseDate("2019-09-15") || s.City().Key() != "jeddah" {
		t.Errorf("16th extraordinary CFM = %v (%v, %v), %v", s, s.Start(), s.City().Key(), ok)
	}
	if s, ok := oic.SessionOf(oic.KindExtraordinaryCFM, 19); ok {
		t.Errorf("19th extraordinary CFM = %v: no source numbers it", s)
	}
}

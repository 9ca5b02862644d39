package kzoic_test

import (
	"testing"

	"github.com/kzoic/kzoic"
	"github.com/kzoic/kzoic/oic"
	"golang.org/x/text/language"
)

// TestRepresentativeAttestations checks that the Permanent
// Representatives' dates are as precise as their sources: Batyrshayev is
// only attested in post from 11 September 2017, and no source names a
// Permanent Representative after Aryn (April 2024).
func TestRepresentativeAttestations(t *testing.T) {
	reps := kzoic.Representatives()
	if len(reps) == 0 || reps[0].Person.Key() != "bakhyt-batyrshayev" || reps[0].Period.Start != oic.MustParseDate("[..2017-09-11]") {
		t.Fatalf("first representative = %+v; want Batyrshayev, attested from 2017-09-11", reps[0])
	}
	for _, tt := range []struct {
		on, want string // the settled representative, or ""
	}{
		{"2017-09-11", "bakhyt-batyrshayev"},
		{"2017-09-10", ""}, // the day of his appointment is not known
		{"2019-04-30", "berik-aryn"},
		{"2024-05-01", ""},
		{"2026-11-01", ""},
	} {
		r, ok := kzoic.RepresentativeOn(oic.MustParseDate(tt.on))
		if (tt.want != "") != ok || r.Person.Key() != tt.want {
			t.Errorf("RepresentativeOn(%s) = %q, %v; want %q", tt.on, r.Person.Key(), ok, tt.want)
		}
	}
	for _, r := range reps {
		if r.Post.English == "" || r.Post.Kazakh == "" || !r.Post.IsOwn(language.Kazakh) || len(r.Sources) == 0 {
			t.Errorf("%s: post %+v, %d sources", r.Person, r.Post, len(r.Sources))
		}
	}
}

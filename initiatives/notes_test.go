package initiatives_test

import (
	"strings"
	"testing"

	"github.com/kzoic/kzoic/initiatives"
	"github.com/kzoic/kzoic/oic"
)

// TestNotes checks the sourced statements that no step of Islamic
// Rapprochement or of the Triple I after 2019 was found, and that neither
// initiative is given an end or a milestone it does not have.
func TestNotes(t *testing.T) {
	for _, tt := range []struct {
		key  string
		last string // the date of the latest milestone
	}{
		{"rapprochement", "2018-05"},
		{"triple-i", "2019-06-04"},
	} {
		in, _ := initiatives.Lookup(tt.key)
		n, ok := in.Note()
		if !ok || n.AsOf != oic.Vintage() || len(n.Sources) == 0 || !strings.Contains(n.Text.English, "No step") {
			t.Errorf("%s: note %+v, %v", tt.key, n, ok)
		}
		for _, l := range oic.Languages() {
			if _, ok := n.Text.Lookup(l); !ok {
				t.Errorf("%s: note has no %v form", tt.key, l)
			}
		}
		ms := in.Milestones()
		if got := ms[len(ms)-1].Date.String(); got != tt.last {
			t.Errorf("%s: latest milestone %s; want %s", tt.key, got, tt.last)
		}
		if in.Status() != initiatives.StatusEndorsed {
			t.Errorf("%s: status at the vintage %v; want endorsed (nothing says it ended)", tt.key, in.Status())
		}
	}
	if _, ok := initiative("iofs").Note(); ok {
		t.Error("iofs has a note")
	}
}

func initiative(key string) initiatives.Initiative {
	in, _ := initiatives.Lookup(key)
	return in
}

// TestIOFSCounts checks the IOFS membership (signatories of the Statute)
// and ratification counts over time, to the vintage.
func TestIOFSCounts(t *testing.T) {
	iofs := initiative("iofs")
	for _, tt := range []struct {
		kind initiatives.MilestoneKind
		on   string
		want int
	}{
		{initiatives.KindSignatories, "2014-01-01", 19},
		{initiatives.KindSignatories, "2019-12-31", 34},
		{initiatives.KindSignatories, "2023-10-05", 41},
		{initiatives.KindSignatories, "2026-11-01", 41},
		{initiatives.KindRatifications, "2018-06-01", 12},
		{initiatives.KindRatifications, "2023-10-05", 18},
		{initiatives.KindRatifications, "2026-11-01", 18},
	} {
		m, ok := iofs.CountOn(tt.kind, oic.MustParseDate(tt.on))
		if !ok || m.Count != tt.want {
			t.Errorf("CountOn(%v, %s) = %d, %v; want %d", tt.kind, tt.on, m.Count, ok, tt.want)
		}
	}
}

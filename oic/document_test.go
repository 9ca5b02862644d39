package oic_test

import (
	"testing"

	"github.com/kzoic/kzoic/oic"
	"golang.org/x/text/language"
)

func TestSupersession(t *testing.T) {
	for _, tt := range []struct{ key, want string }{
		{"charter-1972", "charter-2008"},
		{"typoa", "oic-2025"},
		// The OIC Declaration on Human Rights (47th CFM, 2020) is the
		// revised Cairo Declaration of 1990.
		{"cdhri-1990", "odhr-2020"},
		// The Programme of Action 2026-2035 was still a draft at the
		// vintage, so OIC-2025 has no successor in the tables.
		{"oic-2025", ""},
		{"charter-2008", ""},
	} {
		d, ok := oic.LookupDocument(tt.key)
		if !ok {
			t.Errorf("no document %q", tt.key)
			continue
		}
		if got := d.SupersededBy().Key(); got != tt.want {
			t.Errorf("%s superseded by %q; want %q", tt.key, got, tt.want)
		}
	}
}

// TestSummitDeclarations checks that the declarations of the ordinary
// Islamic Summits the sources name are recorded with their summits.
func TestSummitDeclarations(t *testing.T) {
	for n, key := range map[int]string{
		1: "rabat-declaration-1969", 2: "lahore-declaration-1974", 3: "makkah-declaration-1981",
		6: "dakar-declaration-1991", 7: "casablanca-declaration-1994", 8: "tehran-declaration-1997",
		9: "doha-declaration-2000", 10: "putrajaya-declaration-2003", 11: "dakar-declaration-2008",
		13: "istanbul-declaration-2016", 14: "makkah-declaration-2019", 15: "banjul-declaration-2024",
	} {
		d, ok := oic.LookupDocument(key)
		s, _ := oic.Summit(n)
		if !ok || d.Kind() != oic.DocDeclaration || d.AdoptedAt() != s {
			t.Errorf("%s: %v, %v adopted at %v; want a declaration of summit %d", key, ok, d.Kind(), d.AdoptedAt(), n)
		}
	}
}

func TestDocumentNames(t *testing.T) {
	for d := range oic.Documents() {
		names := d.Names()
		for _, l := range oic.Languages() {
			if _, ok := names.Lookup(l); !ok {
				t.Errorf("%v: no %v name", d, l)
			}
		}
	}
	// Forms a source gives are not marked as the module's own.
	c, _ := oic.LookupDocument("charter-2008")
	if c.Names().IsOwn(language.Arabic) || c.Names().IsOwn(language.Kazakh) {
		t.Errorf("charter-2008: cited names marked as own: %v", c.Names().Own)
	}
	// A statute not in force has no date of entry into force.
	if d, _ := oic.LookupDocument("iicj-statute"); !d.InForce().IsZero() || d.Kind() != oic.DocStatute {
		t.Errorf("iicj-statute: %v in force %v", d.Kind(), d.InForce())
	}
}

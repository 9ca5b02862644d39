package cldr_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/kzoic/kzoic/search"
	"github.com/kzoic/kzoic/search/cldr"
	"golang.org/x/text/language"
)

func TestFind(t *testing.T) {
	for _, tt := range []struct{ in, key string }{
		{"Kazakistan", "KAZ"}, // Turkish
		{"Kasachstan", "KAZ"}, // German
		{"Marokko", "MAR"},    // German, Dutch
		{"Türkei", "TUR"},
		{"Turchia", "TUR"}, // Italian
		{"Suudi Arabistan", "SAU"},
		{"Kazakhstan", "KAZ"},
	} {
		r, ok := cldr.Lookup(tt.in)
		if !ok || r.Key() != tt.key {
			t.Errorf("Lookup(%q) = %v, %v; want %s", tt.in, r, ok, tt.key)
		}
	}
	// The curated names rank first: the OIC's own name, not CLDR's.
	r, _ := cldr.Lookup("Kazakhstan")
	if r.NameKind != search.NameOfficial {
		t.Errorf("Kazakhstan matched a %v name", r.NameKind)
	}
	if res := cldr.Find("Kazakistan"); len(res) == 0 || res[0].NameKind != search.NameCLDR || res[0].Lang.String() == "" {
		t.Errorf("Find(Kazakistan) = %v", res)
	}
}

func TestLanguageNames(t *testing.T) {
	if got := cldr.LanguageNames(language.French); !slices.Equal(got, []string{"arabe", "anglais", "français"}) {
		t.Errorf("LanguageNames(fr) = %q", got)
	}
}

func ExampleLookup() {
	r, _ := cldr.Lookup("Kazakistan")
	fmt.Println(r.Key(), r.NameKind, r.Match)
	// Output: KAZ cldr exact
}

func ExampleLanguageNames() {
	fmt.Println(cldr.LanguageNames(language.Russian))
	// Output: [арабский английский французский]
}

// TestFindFormal checks formal names in languages whose formal names no
// table holds: the state's CLDR name with the words of a formal name
// around it.
func TestFindFormal(t *testing.T) {
	for _, tt := range []struct{ in, key string }{
		{"Republik Kasachstan", "KAZ"},       // German
		{"Königreich Marokko", "MAR"},        // German
		{"Kazakistan Cumhuriyeti", "KAZ"},    // Turkish
		{"Reino de Marruecos", "MAR"},        // Spanish
		{"Repubblica del Kazakistan", "KAZ"}, // Italian
	} {
		res := cldr.Find(tt.in)
		if len(res) == 0 || res[0].Key() != tt.key || res[0].Match != search.MatchFormal {
			t.Errorf("Find(%q) = %v; want %s as a formal match", tt.in, res, tt.key)
		}
	}
	if res := cldr.Find("Königreich Spanien"); len(res) > 0 && res[0].Match.IsHit() {
		t.Errorf("Find(Königreich Spanien) hits %v", res[0].Key())
	}
}

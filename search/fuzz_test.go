package search

import (
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/kzoic/kzoic/internal/fold"
	"golang.org/x/text/cases"
	"golang.org/x/text/language"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// FuzzFind checks that no text makes a search panic or exceed its budget
// of steps (which bounds its time: every step is the work of a name of a
// few hundred bytes at most), that Lookup agrees with Find, and that
// changing only the case or the marks of a text (where folding makes the
// same key of it) does not change what it finds exactly or folded. The
// seed corpus is in testdata/fuzz/FuzzFind.
func FuzzFind(f *testing.F) {
	for _, s := range []string{"Kazakhstan", "الامارات العربية المتحدة", "Казакстан", "Kazahkstan", "food security", "KZ",
		"cote d ivoire", "\x00", "ǅ", strings.Repeat("ab ", 400), strings.Repeat("я", 40), "ال ال ال"} {
		f.Add(s)
	}
	stripMarks := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	f.Fuzz(func(t *testing.T, text string) {
		s := newSearcher(&defaultIndex, text)
		s.run()
		if s.steps > maxSteps {
			t.Fatalf("Find(%q) took %d steps; the budget is %d", text, s.steps, maxSteps)
		}
		res := s.results()
		r, ok := Lookup(text)
		switch {
		case ok && (len(res) == 0 || !res[0].Match.IsHit()):
			t.Fatalf("Lookup(%q) = %v but Find = %v", text, r, res)
		case ok && r.Match <= MatchVariant && (r.Match != res[0].Match || r.Key() != res[0].Key()):
			t.Fatalf("Lookup(%q) = %v but Find = %v", text, r, res)
		case !ok && len(res) > 0 && res[0].Match <= MatchVariant:
			t.Fatalf("Lookup(%q) found nothing but Find = %v", text, res)
		}
		base := recordsUpTo(res, MatchFolded)
		if len(base) == 0 {
			return
		}
		upper := strings.ToUpper(text)
		lower := cases.Lower(language.Und).String(text)
		plain, _, err := transform.String(stripMarks, text)
		if err != nil {
			plain = text
		}
		for _, v := range []string{upper, lower, plain} {
			if len(v) > maxTextLen || fold.Key(v) != fold.Key(text) {
				// Past the cap (ill-formed bytes grow into U+FFFD), or
				// not the same text to folding (U+0345, a mark, is a
				// letter in upper case).
				continue
			}
			if got := recordsUpTo(Find(v), MatchFolded); !slices.Equal(got, base) {
				t.Errorf("Find(%q) found %q but Find(%q) found %q", text, base, v, got)
			}
		}
	})
}

// recordsUpTo returns the records matched as m or better, sorted.
func recordsUpTo(res []Result, m Match) []string {
	var k []string
	for _, r := range res {
		if r.Match <= m {
			k = append(k, r.Kind.String()+" "+r.Key())
		}
	}
	slices.Sort(k)
	return k
}

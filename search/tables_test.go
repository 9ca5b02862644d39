package search

import (
	"slices"
	"strings"
	"testing"

	"github.com/kzoic/kzoic/initiatives"
	"github.com/kzoic/kzoic/internal/fold"
	"github.com/kzoic/kzoic/oic"
	"golang.org/x/text/language"
)

// TestTables checks the compiled index against the code that reads it:
// each name folds, with package fold as it runs here, to its key; keys
// are sorted and their words make them; every record resolves; every
// typed form folds to its key; the forms of the perfect hash are found.
func TestTables(t *testing.T) {
	for i := range recTable {
		var r Result
		fillRecord(&r, uint16(i))
		if r.Key() != recTable[i].key {
			t.Errorf("record %d (%v %q) resolves to %v", i, recTable[i].kind, recTable[i].key, r)
		}
	}
	for k := range numKeys {
		if k > 0 && key(k-1) >= key(k) {
			t.Errorf("keys %q and %q out of order", key(k-1), key(k))
		}
		if f, ok, _ := probe([]byte(key(k)), nil); !ok || f != k {
			t.Errorf("probe(%q) = %d, %v; want %d", key(k), f, ok, k)
		}
		if got := strings.ReplaceAll(string(spacedKey(nil, k)), " ", ""); got != key(k) {
			t.Errorf("the words of key %q make %q", key(k), got)
		}
		lo, hi := entries(k)
		for i := lo + 1; i < hi; i++ {
			// The names of a key are in the order Find ranks them.
			a, b := &entryTable[i-1], &entryTable[i]
			ha := hit{m: MatchFolded, kind: a.kind, rec: int32(a.rec), id: i - 1}
			hb := hit{m: MatchFolded, kind: b.kind, rec: int32(b.rec), id: i}
			if ha.compare(hb) >= 0 {
				t.Errorf("names %q and %q of key %q out of order", a.name, b.name, key(k))
			}
		}
		for i := lo; i < hi; i++ {
			e := &entryTable[i]
			if got := string(fold.AppendTight(nil, e.name)); got != key(k) || int(e.key) != k {
				t.Errorf("%q folds to %q, not to its key %q", e.name, got, key(k))
			}
		}
	}
	for f := numKeys; f < len(formPostStart)-1; f++ {
		if _, ok, _ := probe([]byte("\x00"), nil); ok {
			t.Fatal("probe found a form that is not one")
		}
		if len(formPostings(f)) == 0 {
			t.Errorf("form %d derives from no key", f)
		}
	}
	for i, f := range typedForms {
		e := &entryTable[typedEntries[i]]
		if got := string(fold.AppendTight(nil, f)); got != key(int(e.key)) || keyEntries[e.key] != typedEntries[i] {
			t.Errorf("typed form %q folds to %q, not %q, or is not given the first name of its key", f, got, key(int(e.key)))
		}
	}
	// The names of a bucket come before its typed forms.
	for _, b := range typedBuckets {
		items := typedItems[b>>8 : b>>8+b&0xFF]
		if !slices.IsSortedFunc(items, func(a, b uint16) int { return cmpBool(int(a) >= len(entryTable), int(b) >= len(entryTable)) }) {
			t.Errorf("bucket %d holds a typed form before a name", b)
		}
	}
	for i := range langTags {
		if tag := langTag(uint8(i)); tag.String() != langTags[i] {
			t.Errorf("language %d is %v; want %s", i, tag, langTags[i])
		}
	}
}

// TestEveryName checks that every name the packages of the module give a
// record is found exactly, as a name of that record.
func TestEveryName(t *testing.T) {
	n := 0
	check := func(kind Kind, key, name string) {
		if name == "" {
			return
		}
		n++
		for _, r := range Find(name) {
			if r.Match != MatchExact {
				break
			}
			if r.Kind == kind && r.Key() == key {
				return
			}
		}
		t.Errorf("Find(%q) does not find %v %s exactly: %v", name, kind, key, Find(name))
	}
	text := func(kind Kind, key string, x oic.Text) {
		for _, s := range x.All() {
			check(kind, key, s)
		}
	}
	for c := range oic.Countries() {
		text(KindCountry, c.Key(), c.Names())
		text(KindCountry, c.Key(), c.FormalNames())
		for _, h := range c.OtherNames() {
			check(KindCountry, c.Key(), h.Name)
		}
		check(KindCountry, c.Key(), c.Alpha2())
		check(KindCountry, c.Key(), c.Alpha3())
	}
	for c := range oic.Cities() {
		text(KindCity, c.Key(), c.Names())
		for _, h := range c.OtherNames() {
			check(KindCity, c.Key(), h.Name)
		}
	}
	for b := range oic.Bodies(0) {
		text(KindBody, b.Key(), b.Names())
		check(KindBody, b.Key(), b.Acronym())
		for _, h := range b.OtherNames() {
			check(KindBody, b.Key(), h.Name)
		}
	}
	for d := range oic.Documents() {
		text(KindDocument, d.Key(), d.Names())
	}
	for in := range initiatives.All() {
		text(KindInitiative, in.Key(), in.Names())
	}
	for p := range oic.People() {
		text(KindPerson, p.Key(), p.Names())
	}
	for o := range oic.ObserverOrgs() {
		text(KindObserverOrg, o.Key(), o.Names())
		check(KindObserverOrg, o.Key(), o.Acronym())
	}
	for _, h := range oic.NameHistory() {
		text(KindOrganisation, "oic", h.Name)
		text(KindOrganisation, "oic", h.Abbrev)
	}
	if n < 2000 {
		t.Errorf("checked only %d names", n)
	}
	// The module's own translations say so.
	kk, _ := oic.LookupPerson("bakhyt-batyrshayev")
	r, _ := Lookup(kk.Names().Kazakh)
	if r.NameKind != NameTranslation || !kk.Names().IsOwn(language.Kazakh) {
		t.Errorf("%q: %v", kk.Names().Kazakh, r.NameKind)
	}
}

// TestStepBudget checks that a search stops when its budget of steps is
// spent, and that the texts that cost most stay within the budget.
func TestStepBudget(t *testing.T) {
	costly := []string{
		strings.Repeat("a", maxTextLen), strings.Repeat("a ", maxTextLen/2), strings.Repeat("я", 32), strings.Repeat("ب", 32),
		"Kazakhstanian Republic", "al", "ال", "islamic", "organisation of", "xqzjwvkpqzxq", "Казахстанский", "Таджикистна",
		strings.Repeat("Islamic ", 15), "a b c d e f g h i j k l m n o p q",
	}
	most := 0
	for _, text := range costly {
		s := newSearcher(&defaultIndex, text)
		s.run()
		s.results()
		most = max(most, s.steps)
		if s.steps > maxSteps {
			t.Errorf("%q took %d steps", text, s.steps)
		}
		for _, budget := range []int{0, 1, 10, 100} {
			s := newSearcher(&defaultIndex, text)
			s.budget = budget
			s.run()
			s.results()
			if s.steps > budget {
				t.Errorf("%q took %d steps on a budget of %d", text, s.steps, budget)
			}
		}
	}
	t.Logf("the costliest text took %d steps of %d", most, maxSteps)
}

func cmpBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}

// TestFormalWords checks that the words of formal names are sorted, for
// the binary search, and each one word in the form folding gives it.
func TestFormalWords(t *testing.T) {
	if !slices.IsSorted(formalWords) {
		t.Error("formalWords is not sorted")
	}
	for _, w := range formalWords {
		if k := fold.Key(w); k != w || strings.Contains(w, " ") {
			t.Errorf("formal word %q: folded %q; want one folded word", w, k)
		}
	}
}

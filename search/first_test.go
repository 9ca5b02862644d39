package search_test

import (
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/kzoic/kzoic/oic"
	"github.com/kzoic/kzoic/search"
)

// firstSearchTexts are searched in a fresh process by TestFirstSearch.
var firstSearchTexts = []string{"Kazakhstan", "الامارات العربية المتحدة", "Казакстан", "food security", "Kazahkstan"}

// TestFirstSearch runs the first searches of a fresh process (this test
// binary, run again for TestFirstSearchChild) and checks that they build
// nothing: the first search of each kind allocates what the tenth does
// (nothing, for a lookup), and takes no longer than the tenth but for
// what touching the compiled tables for the first time costs (page faults
// and cold caches), which is bounded here by a generous 200µs.
func TestFirstSearch(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a subprocess")
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestFirstSearchChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), "KZOIC_FIRST_SEARCH=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	n := 0
	for line := range strings.Lines(string(out)) {
		var text string
		var first, tenth time.Duration
		var firstAllocs, tenthAllocs uint64
		if _, err := fmt.Sscanf(line, "first-search %q %d %d %d %d", &text, &first, &tenth, &firstAllocs, &tenthAllocs); err != nil {
			continue
		}
		n++
		t.Logf("%s: first %v (%d allocations), tenth %v (%d)", text, first, firstAllocs, tenth, tenthAllocs)
		if firstAllocs > tenthAllocs {
			t.Errorf("the first search of %q allocates %d times; the tenth %d", text, firstAllocs, tenthAllocs)
		}
		if first > tenth+200*time.Microsecond && !raceEnabled {
			t.Errorf("the first search of %q takes %v; the tenth %v", text, first, tenth)
		}
	}
	for line := range strings.Lines(string(out)) {
		if strings.HasPrefix(line, "first-reference") {
			t.Log(strings.TrimSpace(line))
		}
	}
	if n != len(firstSearchTexts) {
		t.Fatalf("the child reported %d searches:\n%s", n, out)
	}
}

// TestFirstSearchChild is run by TestFirstSearch in a fresh process.
func TestFirstSearchChild(t *testing.T) {
	if os.Getenv("KZOIC_FIRST_SEARCH") == "" {
		t.Skip("run by TestFirstSearch")
	}
	measure := func(text string) (time.Duration, uint64) {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		start := time.Now()
		if text == firstSearchTexts[0] {
			search.Lookup(text)
		} else {
			search.Find(text)
		}
		d := time.Since(start)
		runtime.ReadMemStats(&after)
		return d, after.Mallocs - before.Mallocs
	}
	// For reference, the first and the tenth call of another lookup in
	// static tables, which also touches its code and tables for the first
	// time.
	var ref [10]time.Duration
	for i := range ref {
		start := time.Now()
		oic.LookupCountry("KZ")
		ref[i] = time.Since(start)
	}
	fmt.Printf("first-reference oic.LookupCountry: first %v, tenth %v\n", ref[0], ref[9])
	for _, text := range firstSearchTexts {
		first, firstAllocs := measure(text)
		var tenth time.Duration
		var tenthAllocs uint64
		for range 9 {
			tenth, tenthAllocs = measure(text)
		}
		fmt.Printf("first-search %q %d %d %d %d\n", text, first, tenth, firstAllocs, tenthAllocs)
	}
}

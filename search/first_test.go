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

// firstSearchTexts are searched in a fresh process by TestFirstSearch and
// BenchmarkFirstSearch.
var firstSearchTexts = []string{"Kazakhstan", "الامارات العربية المتحدة", "Казакстан", "food security", "Kazahkstan"}

// firstSearchEnv, set in the environment of this test binary, makes it
// run the first searches of a fresh process instead of its tests.
const firstSearchEnv = "KZOIC_FIRST_SEARCH"

func TestMain(m *testing.M) {
	if os.Getenv(firstSearchEnv) != "" {
		firstSearches()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// A firstSearch is what the fresh process reports of one text: the time
// and the allocations of its first search and of its tenth.
type firstSearch struct {
	text                     string
	first, tenth             time.Duration
	firstAllocs, tenthAllocs uint64
}

// runFirstSearches runs this test binary again as a fresh process and
// returns what it reports.
func runFirstSearches(tb testing.TB) []firstSearch {
	cmd := exec.Command(os.Args[0])
	cmd.Env = append(os.Environ(), firstSearchEnv+"=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		tb.Fatalf("%v\n%s", err, out)
	}
	var res []firstSearch
	for line := range strings.Lines(string(out)) {
		var f firstSearch
		if _, err := fmt.Sscanf(line, "first-search %q %d %d %d %d", &f.text, &f.first, &f.tenth, &f.firstAllocs, &f.tenthAllocs); err == nil {
			res = append(res, f)
		}
	}
	if len(res) != len(firstSearchTexts) {
		tb.Fatalf("the fresh process reported %d searches:\n%s", len(res), out)
	}
	return res
}

// TestFirstSearch checks that the first searches of a fresh process build
// nothing: the index is compiled in, so the first search of each kind
// allocates no more than the tenth (nothing, for a lookup). How long the
// first takes next to the tenth is measured by BenchmarkFirstSearch.
func TestFirstSearch(t *testing.T) {
	for _, f := range runFirstSearches(t) {
		t.Logf("%s: first %v (%d allocations), tenth %v (%d)", f.text, f.first, f.firstAllocs, f.tenth, f.tenthAllocs)
		if f.firstAllocs > f.tenthAllocs {
			t.Errorf("the first search of %q allocates %d times; the tenth %d", f.text, f.firstAllocs, f.tenthAllocs)
		}
	}
}

// BenchmarkFirstSearch runs a fresh process per iteration and reports the
// mean time of the first and of the tenth search of each text in it, as
// first-ns and tenth-ns; the difference is what touching the compiled
// tables for the first time costs (page faults, cold caches).
func BenchmarkFirstSearch(b *testing.B) {
	var first, tenth time.Duration
	n := 0
	for b.Loop() {
		for _, f := range runFirstSearches(b) {
			first += f.first
			tenth += f.tenth
			n++
		}
	}
	b.ReportMetric(float64(first.Nanoseconds())/float64(n), "first-ns/search")
	b.ReportMetric(float64(tenth.Nanoseconds())/float64(n), "tenth-ns/search")
}

// firstSearches runs in the fresh process: it searches each text ten
// times and prints the time and the allocations of the first and the
// tenth search.
func firstSearches() {
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

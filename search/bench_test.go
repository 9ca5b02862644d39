package search_test

import (
	"runtime"
	"testing"

	"github.com/kzoic/kzoic/search"
)

var sink int

func BenchmarkLookup(b *testing.B) {
	search.Default() // build the index outside the loop
	for _, tt := range []struct{ name, in string }{
		{"exact", "Kazakhstan"},
		{"lower", "kazakhstan"},
		{"folded", "Cote d’Ivoire"},
		{"arabic", "الامارات العربية المتحدة"},
		{"cyrillic", "Қазақстан"},
	} {
		b.Run(tt.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				r, ok := search.Lookup(tt.in)
				if !ok {
					b.Fatal("not found")
				}
				sink += int(r.Kind)
			}
		})
	}
}

func BenchmarkFirstSearch(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		x := search.NewIndex(nil)
		r, _ := x.Lookup("Kazakhstan")
		sink += int(r.Kind)
	}
}

// TestFirstSearchMemory checks what the default index keeps in memory.
func TestFirstSearchMemory(t *testing.T) {
	if testing.Short() {
		return
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	x := search.NewIndex(nil)
	runtime.GC()
	runtime.ReadMemStats(&after)
	kept := int64(after.HeapAlloc) - int64(before.HeapAlloc)
	t.Logf("index keeps %d KiB", kept/1024)
	// The budget grows with the names of the tables: about 3 KiB a record.
	if kept > 256<<10 {
		t.Errorf("the index keeps %d KiB; the budget is 256 KiB", kept/1024)
	}
	runtime.KeepAlive(x)
}

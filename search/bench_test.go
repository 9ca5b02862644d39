package search_test

import (
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

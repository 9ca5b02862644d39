package initiatives_test

import (
	"math/rand/v2"
	"testing"

	"github.com/kzoic/kzoic/initiatives"
)

var sink int

// BenchmarkLookup looks initiatives up by key, in a fixed shuffled order
// with misses and upper case, next to a map[string]int floor of the same
// inputs in the same run.
func BenchmarkLookup(b *testing.B) {
	var keys []string
	for in := range initiatives.All() {
		keys = append(keys, in.Key())
	}
	m := make(map[string]int, len(keys))
	for i, k := range keys {
		m[k] = i
	}
	in := append(append([]string{}, keys...), "IOFS", "Triple-I", "oic-16", "x", "food-security")
	r := rand.New(rand.NewPCG(1, 2))
	r.Shuffle(len(in), func(i, j int) { in[i], in[j] = in[j], in[i] })
	b.Run("map-floor", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			sink += m[in[i%len(in)]]
		}
	})
	b.Run("Lookup", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			if _, ok := initiatives.Lookup(in[i%len(in)]); ok {
				sink++
			}
		}
	})
}

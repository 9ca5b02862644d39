package oic_test

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/kzoic/kzoic/oic"
)

// The benchmarks feed inputs the way callers do: in a fixed shuffled order,
// hits mixed with misses and with lower case, next to a floor measured in
// the same run: a plain map[string]int lookup of the same inputs (which,
// unlike the library, does not fold case, so a lower-case input is a miss
// for it).

var sink int

// shuffled returns s in a fixed pseudo-random order.
func shuffled(s []string) []string {
	out := slices.Clone(s)
	r := rand.New(rand.NewPCG(1, 2))
	r.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

// codeInputs returns the alpha-3 codes of the member states, the inputs
// in list order, and a shuffled mix of alpha-2 and alpha-3 codes in upper
// and lower case with codes of non-members and malformed text.
func codeInputs() (alpha3, inOrder, mixed []string) {
	for c := range oic.MembersOn(oic.Vintage()) {
		alpha3 = append(alpha3, c.Alpha3())
		mixed = append(mixed, c.Alpha3(), strings.ToLower(c.Alpha2()))
	}
	mixed = append(mixed, "FRA", "DEU", "usa", "XX", "zz", "K1", "", "KAZAKHSTAN", "Kz")
	return alpha3, alpha3, shuffled(mixed)
}

func mapOf(keys []string) map[string]int {
	m := make(map[string]int, len(keys))
	for i, k := range keys {
		m[k] = i
	}
	return m
}

func benchInputs(b *testing.B, in []string, f func(string) int) {
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		sink += f(in[i%len(in)])
	}
}

func BenchmarkCountryCodes(b *testing.B) {
	alpha3, inOrder, mixed := codeInputs()
	var all []string
	for c := range oic.Countries() {
		all = append(all, c.Alpha2(), c.Alpha3())
	}
	m := mapOf(all)
	b.Run("map-floor/in-order", func(b *testing.B) { benchInputs(b, inOrder, func(s string) int { return m[s] }) })
	b.Run("map-floor/shuffled", func(b *testing.B) { benchInputs(b, shuffled(alpha3), func(s string) int { return m[s] }) })
	b.Run("map-floor/mixed", func(b *testing.B) { benchInputs(b, mixed, func(s string) int { return m[s] }) })
	b.Run("LookupCountry/in-order", func(b *testing.B) {
		benchInputs(b, inOrder, func(s string) int { _, ok := oic.LookupCountry(s); return boolInt(ok) })
	})
	b.Run("LookupCountry/shuffled", func(b *testing.B) {
		benchInputs(b, shuffled(alpha3), func(s string) int { _, ok := oic.LookupCountry(s); return boolInt(ok) })
	})
	b.Run("LookupCountry/mixed", func(b *testing.B) {
		benchInputs(b, mixed, func(s string) int { _, ok := oic.LookupCountry(s); return boolInt(ok) })
	})
	b.Run("LookupCountry/misses", func(b *testing.B) {
		benchInputs(b, shuffled([]string{"FRA", "DEU", "usa", "XX", "zz", "GBR", "chn", "JP"}), func(s string) int { _, ok := oic.LookupCountry(s); return boolInt(ok) })
	})
	b.Run("ParseCountry/mixed", func(b *testing.B) {
		benchInputs(b, mixed, func(s string) int { _, err := oic.ParseCountry(s); return boolInt(err == nil) })
	})
	b.Run("MemberSince/mixed", func(b *testing.B) {
		benchInputs(b, mixed, func(s string) int { d, _ := oic.MemberSince(s); return d.Year })
	})
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func BenchmarkKeys(b *testing.B) {
	var bodies, cities, docs []string
	for x := range oic.Bodies(0) {
		bodies = append(bodies, x.Key())
		if a := x.Acronym(); a != "" {
			bodies = append(bodies, a)
		}
	}
	for c := range oic.Cities() {
		cities = append(cities, c.Key())
	}
	for d := range oic.Documents() {
		docs = append(docs, d.Key())
	}
	// Each lookup is called directly in its own closure, as the map is in
	// the floor's: through a func value in a table it would pay an
	// indirect call the floor does not.
	run := func(name string, keys, misses []string, lookup func(string) int) {
		m := mapOf(keys)
		in := shuffled(append(slices.Clone(keys), misses...))
		b.Run(name+"/map-floor", func(b *testing.B) { benchInputs(b, in, func(s string) int { return m[s] }) })
		b.Run(name+"/shuffled", func(b *testing.B) { benchInputs(b, in, lookup) })
	}
	run("LookupBody", bodies, []string{"unesco", "WHO", "comce", "isdbx"}, func(s string) int { _, ok := oic.LookupBody(s); return boolInt(ok) })
	run("LookupCity", cities, []string{"paris", "london", "astanaa", "x"}, func(s string) int { _, ok := oic.LookupCity(s); return boolInt(ok) })
	run("LookupDocument", docs, []string{"charter-2030", "x", "oic-2035"}, func(s string) int { _, ok := oic.LookupDocument(s); return boolInt(ok) })
}

func BenchmarkSessions(b *testing.B) {
	b.Run("Summit", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			s, _ := oic.Summit(1 + i*7%15)
			sink += s.Number()
		}
	})
	b.Run("CFM", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			s, _ := oic.CFM(1 + i*17%51)
			sink += s.Number()
		}
	})
}

// BenchmarkMembersOn compares the iteration over the members on a date with
// the floor of a plain walk over a slice of 57 handles.
func BenchmarkMembersOn(b *testing.B) {
	d := oic.MustParseDate("2018-06-01")
	list := slices.Collect(oic.MembersOn(oic.Vintage()))
	b.Run("slice-floor", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			for _, c := range list {
				sink += int(c.Alpha2()[0])
			}
		}
	})
	// These loops count b.N themselves: b.Loop keeps the calls in its body
	// from being inlined, and a caller's range over an iterator is inlined.
	b.Run("ActiveMembersOn", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			for c := range oic.ActiveMembersOn(d) {
				sink += int(c.Alpha2()[0])
			}
		}
	})
	b.Run("MembersOn", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			for c := range oic.MembersOn(d) {
				sink += int(c.Alpha2()[0])
			}
		}
	})
	b.Run("StatusOn", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			s, _ := list[i%len(list)].StatusOn(d).Status()
			sink += int(s)
		}
	})
}

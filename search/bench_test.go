package search_test

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/kzoic/kzoic/search"
)

// The benchmarks feed inputs the way callers do, in a fixed shuffled
// order, next to a floor measured in the same run: a plain map[string]int
// holding every name of the index, looked up with the same inputs (a hit
// for an exact input, a miss for a folded one, which the map does not
// fold).

var sink int

// shuffled returns s in a fixed pseudo-random order.
func shuffled(s []string) []string {
	out := slices.Clone(s)
	r := rand.New(rand.NewPCG(1, 2))
	r.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

// benchInputs holds the inputs of each category of lookup, each of which
// Lookup finds. The folded ones are the forms people type: other case,
// no diacritics, no hamza, straight apostrophes, spaces for hyphens, heh
// for taa marbuta; the compiled index holds those forms, so that they are
// found without folding. The folded-other ones are folded at run time.
var benchInputs = []struct {
	name string
	in   []string
}{
	{"exact-latin", []string{"Kazakhstan", "Saudi Arabia", "Côte d'Ivoire", "Türkiye", "Upper Volta", "Islamic Development Bank", "Nur-Sultan", "Sénégal", "Organisation of Islamic Cooperation", "KZ"}},
	{"folded-latin", []string{"kazakhstan", "SAUDI ARABIA", "cote d'ivoire", "turkiye", "upper volta", "islamic development bank", "nur sultan", "senegal", "Emirats arabes unis", "kz"}},
	{"exact-arabic", []string{"كازاخستان", "المملكة العربية السعودية", "الإمارات العربية المتحدة", "جمهورية مصر العربية", "منظمة التعاون الإسلامي", "السعودية", "الجزائر", "جدة"}},
	{"folded-arabic", []string{"الامارات العربية المتحدة", "منظمة التعاون الاسلامي", "الاردن", "اندونيسيا", "جده", "افغانستان", "جمهوريه مصر العربيه", "المملكه العربيه السعوديه"}},
	{"exact-cyrillic", []string{"Қазақстан", "Казахстан", "Россия", "Республика Казахстан", "Нұр-Сұлтан", "Саудовская Аравия", "Ислам ынтымақтастығы ұйымы", "ОАЭ"}},
	{"folded-cyrillic", []string{"қазақстан", "КАЗАХСТАН", "россия", "республика казахстан", "нұр сұлтан", "Объединенные арабские эмираты", "ислам ынтымақтастығы ұйымы", "оаэ"}},
	{"folded-other", []string{"cote d ivoire", "Guineabissau", "مصـــر", "مُنَظَّمَة التَّعَاوُن الإِسْلَامِي", "КаЗаХсТаН", "burkina  faso", "جزائر", "CÔTE D’IVOIRE"}},
}

// floorMap returns a map of every name of the default index.
func floorMap() map[string]int {
	m := map[string]int{}
	for r := range search.Default().Names() {
		m[r.Name] = len(m)
	}
	return m
}

// BenchmarkLookup measures exact and folded lookups in Latin, Arabic and
// Cyrillic script, next to the map floor.
func BenchmarkLookup(b *testing.B) {
	m := floorMap()
	for _, tt := range benchInputs {
		in := shuffled(tt.in)
		b.Run(tt.name+"/map-floor", func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				sink += m[in[i%len(in)]]
			}
		})
		b.Run(tt.name+"/Lookup", func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				r, ok := search.Lookup(in[i%len(in)])
				if !ok {
					b.Fatalf("Lookup(%q) found nothing", in[i%len(in)])
				}
				sink += int(r.Kind)
			}
		})
	}
}

// BenchmarkFind measures the slower kinds of match: words, variants,
// typos, and texts that find only suggestions.
func BenchmarkFind(b *testing.B) {
	for _, tt := range []struct {
		name string
		in   []string
	}{
		{"word", []string{"Arabia", "arabes unis", "food security", "Herzegovina", "Development Bank", "Jamahiriya"}},
		{"variant", []string{"Казакстан", "Озбекстан", "Lybia", "Tadzhikistan", "Kirgizstan", "Rosiya"}},
		{"typo", []string{"Kazahkstan", "Kyrgystan", "Tunisa", "Afganistan", "Senegall", "Uzbekistn"}},
		{"typo-cyrillic", []string{"Казахтан", "Узбекистн", "Таджикистна", "Туркменистна"}},
		{"suggestion", []string{"Kazakhstanian", "Saudi Arabiaa bc", "xqzjwvk", "Мароккко"}},
	} {
		in := shuffled(tt.in)
		b.Run(tt.name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				sink += len(search.Find(in[i%len(in)]))
			}
		})
	}
}

// BenchmarkNames measures the iterator over every name, with a classic
// loop: b.Loop keeps the calls in its body from being inlined.
func BenchmarkNames(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		for r := range search.Default().Names() {
			sink += int(r.Kind)
		}
	}
}

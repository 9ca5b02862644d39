package search_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/kzoic/kzoic/oic"
	"github.com/kzoic/kzoic/search"
	"golang.org/x/text/cases"
	"golang.org/x/text/language"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// searchCases pairs what people type with the record it must find, as
// "kind key". The inputs cover English, French, Arabic, Kazakh and Russian,
// in Latin, Arabic and Cyrillic script.
var searchCases = []struct{ in, want string }{
	// English, official names, aliases and former names.
	{"Kazakhstan", "country KAZ"},
	{"kazakhstan", "country KAZ"},
	{"KAZAKHSTAN", "country KAZ"},
	{"  Kazakhstan ", "country KAZ"},
	{"Turkey", "country TUR"},
	{"Türkiye", "country TUR"},
	{"Turkiye", "country TUR"},
	{"Republic of Turkey", "country TUR"},
	{"Cote d'Ivoire", "country CIV"},
	{"Côte d’Ivoire", "country CIV"},
	{"cote divoire", "country CIV"},
	{"Ivory Coast", "country CIV"},
	{"Kyrgyz Republic", "country KGZ"},
	{"Kyrgyzstan", "country KGZ"},
	{"Upper Volta", "country BFA"},
	{"Burkina Faso", "country BFA"},
	{"Libyan Arab Jamahiriya", "country LBY"},
	{"Guinea-Bissau", "country GNB"},
	{"guinea bissau", "country GNB"},
	{"Saudi Arabia", "country SAU"},
	{"United Arab Emirates", "country ARE"},
	{"Bosnia and Herzegovina", "country BIH"},
	{"Russia", "country RUS"},
	{"Russian Federation", "country RUS"},
	{"Syrian Arab Republic", "country SYR"},
	{"Syria", "country SYR"},
	{"Iran", "country IRN"},
	{"Brunei", "country BRN"},
	{"The Gambia", "country GMB"},
	{"South Yemen", "country ydye"},
	{"People's Democratic Republic of Yemen", "country ydye"},
	{"Zanzibar", "country zanzibar"},
	{"Turkish Cypriot State", "country tcs"},
	{"Turkish Republic of Northern Cyprus", "country tcs"},
	{"Republic of Kazakhstan", "country KAZ"},
	{"Organisation of the Islamic Conference", "organisation oic"},
	{"organisation of islamic cooperation", "organisation oic"},
	{"OIC", "organisation oic"},
	{"Astana", "city astana"},
	{"Nur-Sultan", "city astana"},
	{"Nur Sultan", "city astana"},
	{"nur-sultan", "city astana"},
	{"Akmola", "city astana"},
	{"Tselinograd", "city astana"},
	{"Jeddah", "city jeddah"},
	{"Mecca", "city mecca"},
	{"Yaounde", "city yaounde"},
	{"Sana'a", "city sanaa"},
	{"Kuala Lumpur", "city kuala-lumpur"},
	{"COMCEC", "body comcec"},
	{"comcec", "body comcec"},
	{"IsDB", "body isdb"},
	{"Islamic Development Bank", "body isdb"},
	{"IOFS", "body iofs"},
	{"SESRIC", "body sesric"},
	{"OIC-2025: Programme of Action", "document oic-2025"},
	{"Islamic Rapprochement", "initiative rapprochement"},
	{"Triple I", "initiative triple-i"},
	{"oic-15", "initiative oic-15"},

	// French.
	{"Turquie", "country TUR"},
	{"Arabie saoudite", "country SAU"},
	{"arabie saoudite", "country SAU"},
	{"Émirats arabes unis", "country ARE"},
	{"Emirats arabes unis", "country ARE"},
	{"Haute-Volta", "country BFA"},
	{"Égypte", "country EGY"},
	{"Egypte", "country EGY"},
	{"Sénégal", "country SEN"},
	{"Guinée-Bissau", "country GNB"},
	{"Guinee Bissau", "country GNB"},
	{"Maroc", "country MAR"},
	{"Algérie", "country DZA"},
	{"Tchad", "country TCD"},
	{"Ouzbékistan", "country UZB"},
	{"Fédération de Russie", "country RUS"},
	{"Djeddah", "city jeddah"},
	{"La Mecque", "city mecca"},
	{"Le Caire", "city cairo"},
	{"Organisation de la coopération islamique", "organisation oic"},
	{"Organisation de la conférence islamique", "organisation oic"},
	{"Banque islamique de développement", "body isdb"},
	{"Yémen", "country YEM"},

	// Arabic, with and without hamza, harakat and tatweel.
	{"كازاخستان", "country KAZ"},
	{"تركيا", "country TUR"},
	{"مصر", "country EGY"},
	{"مصـــر", "country EGY"},
	{"المملكة العربية السعودية", "country SAU"},
	{"الإمارات العربية المتحدة", "country ARE"},
	{"الامارات العربية المتحدة", "country ARE"},
	{"الأردن", "country JOR"},
	{"الاردن", "country JOR"},
	{"إندونيسيا", "country IDN"},
	{"اندونيسيا", "country IDN"},
	{"أفغانستان", "country AFG"},
	{"افغانستان", "country AFG"},
	{"جدة", "city jeddah"},
	{"جده", "city jeddah"},
	{"مكة المكرمة", "city mecca"},
	{"منظمة التعاون الإسلامي", "organisation oic"},
	{"منظمة التعاون الاسلامي", "organisation oic"},
	{"مُنَظَّمَة التَّعَاوُن الإِسْلَامِي", "organisation oic"},
	{"منظمة المؤتمر الإسلامي", "organisation oic"},
	{"البنك الإسلامي للتنمية", "body isdb"},
	{"أستانة", "city astana"},
	{"استانه", "city astana"},
	{"المغرب", "country MAR"},
	{"السنغال", "country SEN"},

	// Kazakh.
	{"Қазақстан", "country KAZ"},
	{"қазақстан", "country KAZ"},
	{"Түркия", "country TUR"},
	{"Мысыр", "country EGY"},
	{"Сауд Арабиясы", "country SAU"},
	{"Әзірбайжан", "country AZE"},
	{"Өзбекстан", "country UZB"},
	{"Нұр-Сұлтан", "city astana"},
	{"Ақмола", "city astana"},
	{"Ислам ынтымақтастығы ұйымы", "organisation oic"},
	{"Ресей", "country RUS"},
	{"Ислам даму банкі", "body isdb"},

	// Russian.
	{"Казахстан", "country KAZ"},
	{"казахстан", "country KAZ"},
	{"Турция", "country TUR"},
	{"Турецкая Республика", "country TUR"},
	{"Египет", "country EGY"},
	{"Саудовская Аравия", "country SAU"},
	{"Объединенные Арабские Эмираты", "country ARE"},
	{"Объединённые Арабские Эмираты", "country ARE"},
	{"Нур-Султан", "city astana"},
	{"Акмола", "city astana"},
	{"Астана", "city astana"},
	{"Организация исламского сотрудничества", "organisation oic"},
	{"Организация Исламская конференция", "organisation oic"},
	{"Российская Федерация", "country RUS"},
	{"Киргизия", "country KGZ"},
	{"Кыргызстан", "country KGZ"},
	{"Туркмения", "country TKM"},
	{"Джидда", "city jeddah"},
	{"Мекка", "city mecca"},
	{"Исламский Банк Развития", "body isdb"},
}

func kindKey(r search.Result) string { return r.Kind.String() + " " + r.Key() }

func TestFind(t *testing.T) {
	langs := map[string]bool{}
	for _, tt := range searchCases {
		res := search.Find(tt.in)
		if len(res) == 0 || res[0].Match == search.MatchSuggestion {
			t.Errorf("Find(%q) = %v; want %s", tt.in, res, tt.want)
			continue
		}
		// The record wanted is among the best matches.
		best := res[0].Match
		ok := false
		for _, r := range res {
			if r.Match == best && kindKey(r) == tt.want {
				ok = true
				langs[r.Lang.String()] = true
			}
		}
		if !ok {
			t.Errorf("Find(%q) = %v; want %s first", tt.in, res, tt.want)
		}
		if r, found := search.Lookup(tt.in); !found || r.Match > search.MatchFolded {
			t.Errorf("Lookup(%q) = %v, %v", tt.in, r, found)
		}
	}
	if len(searchCases) < 100 {
		t.Errorf("only %d cases", len(searchCases))
	}
	for _, l := range []string{"en", "fr", "ar", "kk", "ru"} {
		if !langs[l] {
			t.Errorf("no case matched a name in %s", l)
		}
	}
}

func TestResultDetails(t *testing.T) {
	r, _ := search.Lookup("Upper Volta")
	if r.NameKind != search.NameFormer || r.Period.End != oic.MustParseDate("1984-08-04") || r.Lang != language.English {
		t.Errorf("Upper Volta: %+v", r)
	}
	r, _ = search.Lookup("Ivory Coast")
	if r.NameKind != search.NameAlias {
		t.Errorf("Ivory Coast: %+v", r)
	}
	r, _ = search.Lookup("Cote d'Ivoire")
	if r.Match != search.MatchFolded || r.NameKind != search.NameOfficial {
		t.Errorf("Cote d'Ivoire: %+v", r)
	}
	res := search.Find("Kaz")
	if len(res) == 0 || res[0].Match != search.MatchPrefix || kindKey(res[0]) != "country KAZ" {
		t.Errorf("Find(Kaz) = %v", res)
	}
	res = search.Find("Kazakstan")
	if len(res) == 0 || res[0].Match != search.MatchSuggestion || kindKey(res[0]) != "country KAZ" {
		t.Errorf("Find(Kazakstan) = %v; want a suggestion of Kazakhstan", res)
	}
	res = search.Find("Senegall")
	if len(res) == 0 || kindKey(res[0]) != "country SEN" {
		t.Errorf("Find(Senegall) = %v", res)
	}
	for _, in := range []string{"", "   ", "-", "xqzjw", "\xff\xfe"} {
		if res := search.Find(in); len(res) != 0 {
			t.Errorf("Find(%q) = %v; want nothing", in, res)
		}
		if _, ok := search.Lookup(in); ok {
			t.Errorf("Lookup(%q) found something", in)
		}
	}
	// Ranking: exact, then folded, then prefix.
	res = search.Find("Astana")
	for i := 1; i < len(res); i++ {
		if res[i].Match < res[i-1].Match {
			t.Errorf("Find(Astana) out of rank order: %v", res)
		}
	}
	// One result per record.
	seen := map[string]bool{}
	for _, r := range search.Find("Al") {
		if seen[kindKey(r)] {
			t.Errorf("Find(Al) lists %s twice", kindKey(r))
		}
		seen[kindKey(r)] = true
	}
	var zero search.Index
	if res := zero.Find("Kazakhstan"); res != nil {
		t.Errorf("the zero Index found %v", res)
	}
}

// variants returns s in upper case, in lower case and without its marks.
var stripMarks = transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)

func FuzzFind(f *testing.F) {
	for _, tt := range searchCases {
		f.Add(tt.in)
	}
	f.Add("\x00")
	f.Add("ǅ")
	f.Fuzz(func(t *testing.T, s string) {
		res := search.Find(s)
		r, ok := search.Lookup(s)
		if ok && (len(res) == 0 || res[0].Match > search.MatchFolded) {
			t.Fatalf("Lookup(%q) = %v but Find = %v", s, r, res)
		}
		// Changing only case or marks does not change what is found.
		base := keysOf(search.Default().Find(s), search.MatchFolded)
		for _, v := range []string{strings.ToUpper(s), cases.Lower(language.Und).String(s), mustString(stripMarks, s)} {
			if got := keysOf(search.Find(v), search.MatchFolded); len(base) > 0 && !slices.Equal(got, base) {
				t.Errorf("Find(%q) found %q but Find(%q) found %q", s, base, v, got)
			}
		}
	})
}

func mustString(t transform.Transformer, s string) string {
	out, _, err := transform.String(t, s)
	if err != nil {
		return s
	}
	return out
}

// keysOf returns the records matched at rank m or better, sorted.
func keysOf(res []search.Result, m search.Match) []string {
	var k []string
	for _, r := range res {
		if r.Match <= m {
			k = append(k, kindKey(r))
		}
	}
	slices.Sort(k)
	return k
}

func ExampleFind() {
	for _, r := range search.Find("الامارات العربية المتحدة") {
		fmt.Println(r.Key(), r.Name, r.Lang, r.Match)
	}
	// Output: ARE الإمارات العربية المتحدة ar folded
}

func ExampleLookup() {
	r, _ := search.Lookup("Nur-Sultan")
	fmt.Println(r.Kind, r.Key(), r.NameKind, r.Period)
	r, _ = search.Lookup("Ivory Coast")
	fmt.Println(r.Kind, r.Key(), r.NameKind)
	// Output:
	// city astana former 2019-03-23/2022-09-17
	// country CIV alias
}

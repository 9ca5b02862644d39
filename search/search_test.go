package search_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/kzoic/kzoic/oic"
	"github.com/kzoic/kzoic/search"
	"golang.org/x/text/language"
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
		if len(res) == 0 || !res[0].Match.IsHit() {
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
	r, _ = search.Lookup("cote d'ivoire")
	if r.Match != search.MatchFolded || r.NameKind != search.NameOfficial || r.Name != "Côte d'Ivoire" {
		t.Errorf("cote d'ivoire: %+v", r)
	}
	res := search.Find("Kazak")
	if len(res) == 0 || res[0].Match != search.MatchPrefix || kindKey(res[0]) != "country KAZ" {
		t.Errorf("Find(Kazak) = %v", res)
	}
	res = search.Find("Kazakhstanian")
	if len(res) == 0 || res[0].Match != search.MatchSuggestion || kindKey(res[0]) != "country KAZ" {
		t.Errorf("Find(Kazakhstanian) = %v; want a suggestion of Kazakhstan", res)
	}
	for _, in := range []string{"", "   ", "-", "xqzjw", "\xff\xfe", strings.Repeat("Kazakhstan ", 200)} {
		if res := search.Find(in); len(res) != 0 {
			t.Errorf("Find(%q) = %v; want nothing", in, res)
		}
		if _, ok := search.Lookup(in); ok {
			t.Errorf("Lookup(%q) found something", in)
		}
	}
	// Ranking: by match, best first.
	for _, in := range []string{"Astana", "Guinea", "Niger", "Al", "Islamic", "ال"} {
		res = search.Find(in)
		for i := 1; i < len(res); i++ {
			if res[i].Match < res[i-1].Match {
				t.Errorf("Find(%q) out of rank order: %v", in, res)
			}
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
	if _, ok := zero.Lookup("Kazakhstan"); ok {
		t.Error("the zero Index looked something up")
	}
	if r, ok := search.Default().Lookup("Kazakhstan"); !ok || r.Key() != "KAZ" {
		t.Errorf("Default().Lookup(Kazakhstan) = %v, %v", r, ok)
	}
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

package search_test

import (
	"testing"

	"github.com/kzoic/kzoic/oic"
	"github.com/kzoic/kzoic/search"
)

// A findCase is a text people type and the record it must find first, as
// "kind key", with how it matches and the kind of name it matches. The
// source of each name is given as the id of internal/data/sources.csv that
// cites it (or the data file that holds it).
type findCase struct {
	in, want string
	m        search.Match
	kind     search.NameKind
	source   string
}

func checkCases(t *testing.T, cases []findCase) {
	t.Helper()
	if len(cases) < 5 {
		t.Errorf("only %d cases", len(cases))
	}
	for _, tt := range cases {
		res := search.Find(tt.in)
		if len(res) == 0 {
			t.Errorf("Find(%q) found nothing; want %s (%v, %v; %s)", tt.in, tt.want, tt.m, tt.kind, tt.source)
			continue
		}
		r := res[0]
		if kindKey(r) != tt.want || r.Match != tt.m || (tt.kind != 0 && r.NameKind != tt.kind) {
			t.Errorf("Find(%q)[0] = %v %v %v; want %s %v %v (%s)", tt.in, r, r.NameKind, r.Lang, tt.want, tt.m, tt.kind, tt.source)
		}
		// Lookup takes what Find puts first, where it is a hit of its
		// own (a prefix or a word may be shared).
		if l, ok := search.Lookup(tt.in); tt.m.IsHit() && (tt.m <= search.MatchVariant || tt.m == search.MatchTypo) && (!ok || kindKey(l) != tt.want || l.Match != tt.m) {
			t.Errorf("Lookup(%q) = %v, %v; want %s (%v)", tt.in, l, ok, tt.want, tt.m)
		}
	}
}

// Official long forms outside English.
func TestFindFormalNames(t *testing.T) {
	checkCases(t, []findCase{
		{"جمهورية مصر العربية", "country EGY", search.MatchExact, search.NameOfficial, "countries.csv formal_ar; al-036 (UNTERM)"},
		{"République arabe d'Égypte", "country EGY", search.MatchExact, search.NameOfficial, "countries.csv formal_fr, st-unterm"},
		{"Республика Казахстан", "country KAZ", search.MatchExact, search.NameOfficial, "countries.csv formal_ru; al-036"},
		{"Қазақстан Республикасы", "country KAZ", search.MatchExact, search.NameOfficial, "countries.csv formal_kk; al-053"},
		{"Türkiye Cumhuriyeti", "country TUR", search.MatchExact, search.NameNative, "al-067"},
		{"Republic of Türkiye", "country TUR", search.MatchExact, search.NameOfficial, "countries.csv formal_en, st-unterm"},
		{"République du Sénégal", "country SEN", search.MatchExact, search.NameOfficial, "countries.csv formal_fr, st-unterm"},
		{"Кыргызская Республика", "country KGZ", search.MatchExact, search.NameOfficial, "countries.csv formal_ru; al-036"},
		{"Ҷумҳурии Тоҷикистон", "country TJK", search.MatchExact, search.NameNative, "al-063"},
		{"جمهورية العراق", "country IRQ", search.MatchExact, 0, "al-036"},
	})
}

// Forms of the formal names in use beside the ones the tables give: the
// UN's English formal names where the OIC's differ, and the names,
// official names and alternative spellings of a widely used open country
// dataset (al-mledoze).
func TestFindFormsInUse(t *testing.T) {
	checkCases(t, []findCase{
		{"Gabonese Republic", "country GAB", search.MatchExact, search.NameAlias, "names.csv, st-unterm"},
		{"Republic of the Sudan", "country SDN", search.MatchExact, search.NameAlias, "names.csv, st-unterm"},
		{"State of Libya", "country LBY", search.MatchExact, search.NameAlias, "names.csv, al-mledoze"},
		{"دولة ليبيا", "country LBY", search.MatchExact, search.NameAlias, "names.csv, al-mledoze"},
		{"روسيا الاتحادية", "country RUS", search.MatchExact, search.NameAlias, "names.csv, al-mledoze"},
		{"Bosnie-et-Herzégovine", "country BIH", search.MatchExact, search.NameAlias, "names.csv, al-mledoze"},
		{"Народно-Демократическая Республика Алжир", "country DZA", search.MatchExact, search.NameAlias, "names.csv, al-mledoze"},
		{"République de Turquie", "country TUR", search.MatchExact, search.NameFormer, "names.csv, al-mledoze"},
		{"Jumhūriyyat al-‘Irāq", "country IRQ", search.MatchExact, search.NameAlias, "aliases.csv, al-mledoze"},
		{"jumhuriyyat al-iraq", "country IRQ", search.MatchFolded, search.NameAlias, "aliases.csv, al-mledoze"},
		{"ⵜⴰⴳⵍⴷⵉⵜ ⵏ ⵍⵎⵖⵔⵉⴱ", "country MAR", search.MatchExact, search.NameNative, "aliases.csv, al-mledoze"},
		{"Arab League", "observer-org las", search.MatchExact, search.NameAlias, "names.csv, nm-arab-league"},
	})
}

// Common short forms and abbreviations, in any language.
func TestFindShortForms(t *testing.T) {
	checkCases(t, []findCase{
		{"السعودية", "country SAU", search.MatchExact, search.NameAlias, "al-078 (Okaz)"},
		{"فلسطين", "country PSE", search.MatchExact, search.NameNative, "al-004 (CLDR ar)"},
		{"سوريا", "country SYR", search.MatchExact, search.NameNative, "al-004 (CLDR ar)"},
		{"روسيا", "country RUS", search.MatchExact, search.NameAlias, "aliases.csv RUS ar short (CLDR ar)"},
		{"Россия", "country RUS", search.MatchExact, search.NameNative, "al-015 (CLDR ru)"},
		{"Russie", "country RUS", search.MatchExact, search.NameAlias, "aliases.csv RUS fr short (CLDR fr)"},
		{"Irak", "country IRQ", search.MatchExact, search.NameAlias, "aliases.csv IRQ fr short (CLDR fr)"},
		{"UAE", "country ARE", search.MatchExact, search.NameAlias, "al-080 (WAM)"},
		{"Emirates", "country ARE", search.MatchExact, search.NameAlias, "al-081 (AFP)"},
		{"ОАЭ", "country ARE", search.MatchExact, search.NameAlias, "aliases.csv ARE ru abbrev (Kazinform)"},
		{"KSA", "country SAU", search.MatchExact, search.NameAlias, "al-077"},
		{"РК", "country KAZ", search.MatchExact, search.NameAlias, "al-057 (Zakon.kz)"},
		{"uae", "country ARE", search.MatchFolded, search.NameAlias, "al-080"},
		{"United Nations", "observer-org un", search.MatchExact, search.NameOfficial, "observer_orgs.csv"},
		{"LAS", "observer-org las", search.MatchExact, search.NameAlias, "observer_orgs.csv acronym"},
		{"Лига арабских государств", "observer-org las", search.MatchExact, search.NameOfficial, "observer_orgs.csv name_ru, off2-tengri-las-ru"},
	})
}

// Names in the states' own languages.
func TestFindNativeNames(t *testing.T) {
	checkCases(t, []findCase{
		{"Azərbaycan", "country AZE", search.MatchExact, search.NameNative, "al-005 (CLDR az)"},
		{"Oʻzbekiston", "country UZB", search.MatchExact, search.NameNative, "al-028 (CLDR uz)"},
		{"Shqipëria", "country ALB", search.MatchExact, search.NameNative, "al-039"},
		{"Тоҷикистон", "country TJK", search.MatchExact, search.NameNative, "al-024 (CLDR tg)"},
		{"বাংলাদেশ", "country BGD", search.MatchExact, search.NameNative, "al-007 (CLDR bn)"},
		{"ไทย", "country THA", search.MatchExact, search.NameNative, "al-035 (CLDR th)"},
		{"Bosna i Hercegovina", "country BIH", search.MatchExact, search.NameNative, "al-030 (CLDR bs)"},
		{"Kuzey Kıbrıs Türk Cumhuriyeti", "country tcs", search.MatchExact, search.NameNative, "aliases.csv tcs tr native_formal"},
		{"azerbaycan", "country AZE", search.MatchVariant, search.NameNative, "al-005 (Azərbaycan)"},
		{"Ozbekiston", "country UZB", search.MatchFolded, search.NameNative, "al-028"},
	})
	r, _ := search.Lookup("Azərbaycan")
	if r.Lang.String() != "az-Latn" {
		t.Errorf("Azərbaycan is %v; want az-Latn", r.Lang)
	}
}

// ISO 3166-1 codes typed into the box.
func TestFindCodes(t *testing.T) {
	checkCases(t, []findCase{
		{"KZ", "country KAZ", search.MatchExact, search.NameCode, "countries.csv alpha2, mem-isocodes"},
		{"KAZ", "country KAZ", search.MatchExact, search.NameCode, "countries.csv alpha3"},
		{"kz", "country KAZ", search.MatchFolded, search.NameCode, "countries.csv alpha2"},
		{"SA", "country SAU", search.MatchExact, search.NameCode, "countries.csv alpha2"},
		{"ARE", "country ARE", search.MatchExact, search.NameCode, "countries.csv alpha3"},
		{"IR", "country IRN", search.MatchExact, search.NameCode, "countries.csv alpha2"},
		{"IQ", "country IRQ", search.MatchExact, search.NameCode, "countries.csv alpha2"},
		{"BA", "country BIH", search.MatchExact, search.NameCode, "countries.csv alpha2 (an observer)"},
	})
}

// A word, or a run of words, inside a name.
func TestFindWords(t *testing.T) {
	checkCases(t, []findCase{
		{"Arabia", "country SAU", search.MatchWord, search.NameOfficial, "countries.csv formal_en"},
		{"food security", "body iofs", search.MatchWord, search.NameOfficial, "bodies.csv"},
		{"Herzegovina", "country BIH", search.MatchWord, search.NameOfficial, "countries.csv"},
		{"Development Bank", "body isdb", search.MatchWord, search.NameOfficial, "bodies.csv"},
		{"Jamahiriya", "country LBY", search.MatchPrefix, search.NameFormer, "names.csv fr (nam-19)"},
		{"Arab Jamahiriya", "country LBY", search.MatchWord, search.NameFormer, "names.csv (nam-18)"},
		{"arabes unis", "country ARE", search.MatchWord, search.NameOfficial, "countries.csv name_fr"},
		{"Ihsanoglu", "person ekmeleddin-ihsanoglu", search.MatchWord, search.NameOfficial, "people.csv"},
		{"Emir", "country ARE", search.MatchPrefix, 0, "al-081"},
		{"Kazak", "country KAZ", search.MatchPrefix, 0, "countries.csv"},
	})
}

// A state's name inside the words of a formal name, in languages whose
// formal names the index does not hold, and the formal names of states
// that are not in it, which must not match a member's.
func TestFindFormal(t *testing.T) {
	checkCases(t, []findCase{
		{"Islamische Republik Iran", "country IRN", search.MatchFormal, search.NameOfficial, "countries.csv name_en"},
		{"República Islámica de Mauritania", "country MRT", search.MatchFormal, 0, "countries.csv name_en"},
		{"République de la Guinée", "country GIN", search.MatchFormal, 0, "countries.csv name_fr; not Guinea-Bissau"},
		{"Staat Katar", "country QAT", search.MatchFormal, 0, "countries.csv name_ru, as a transliteration variant"},
		{"Türkiye Cumhuriyeti", "country TUR", search.MatchExact, search.NameNative, "al-067: a name that holds such words is found as itself"},
		{"State of Palestine", "country PSE", search.MatchExact, search.NameOfficial, "countries.csv formal_en"},
	})
	for _, text := range []string{"Republic of Korea", "Democratic Republic of the Congo", "Kingdom of Spain", "Republik Korea"} {
		if r, ok := search.Lookup(text); ok {
			t.Errorf("Lookup(%q) = %v %v; want nothing", text, r.Key(), r.Match)
		}
		for _, r := range search.Find(text) {
			if r.Match.IsHit() {
				t.Errorf("Find(%q) hits %v (%v)", text, r.Key(), r.Match)
			}
		}
	}
}

// One typo, and Kazakh typed on a Russian keyboard or in a Latin
// transliteration.
func TestFindTyposAndVariants(t *testing.T) {
	checkCases(t, []findCase{
		{"Kazahkstan", "country KAZ", search.MatchTypo, 0, "countries.csv"},
		{"Kyrgystan", "country KGZ", search.MatchTypo, 0, "names.csv (nam-02)"},
		{"Tunisa", "country TUN", search.MatchTypo, 0, "countries.csv"},
		{"Marocco", "country MAR", search.MatchTypo, 0, "countries.csv"},
		{"Pakistn", "country PAK", search.MatchTypo, 0, "countries.csv"},
		{"Казахтан", "country KAZ", search.MatchTypo, 0, "countries.csv name_ru"},
		{"كازخستان", "country KAZ", search.MatchTypo, 0, "countries.csv name_ar"},
		{"Lybia", "country LBY", search.MatchVariant, 0, "countries.csv"},
		{"Казакстан", "country KAZ", search.MatchVariant, search.NameOfficial, "countries.csv name_kk"},
		{"Озбекстан", "country UZB", search.MatchVariant, search.NameOfficial, "countries.csv name_kk"},
		{"Тұркия", "country TUR", search.MatchVariant, 0, "countries.csv name_kk (Түркия)"},
		{"Qazaqstan", "country KAZ", search.MatchExact, search.NameNative, "al-054"},
		{"Kazakstan", "country KAZ", search.MatchExact, search.NameAlias, "al-054"},
		{"Rossiya", "country RUS", search.MatchExact, search.NameAlias, "aliases.csv RUS ru-Latn"},
		{"Rosiya", "country RUS", search.MatchVariant, 0, "al-015 (Россия)"},
		{"Kirgizstan", "country KGZ", search.MatchVariant, 0, "names.csv (Kyrgyzstan)"},
		{"Uzbekiston", "country UZB", search.MatchVariant, 0, "al-029 (Ўзбекистон)"},
	})
}

// Former names, with their periods, and people.
func TestFindFormerNamesAndPeople(t *testing.T) {
	checkCases(t, []findCase{
		{"Dahomey", "country BEN", search.MatchExact, search.NameFormer, "st-richx-dahomey nam-16"},
		{"Upper Volta", "country BFA", search.MatchExact, search.NameFormer, "nam-15 nam-14 nam-60"},
		{"Libyan Arab Jamahiriya", "country LBY", search.MatchExact, search.NameFormer, "nam-18 nam-17 nam-70"},
		{"Turkey", "country TUR", search.MatchExact, search.NameFormer, "nam-02 nam-08"},
		{"Верхняя Вольта", "country BFA", search.MatchExact, search.NameFormer, "st-terminy-bfa"},
		{"Nur-Sultan", "city astana", search.MatchExact, search.NameFormer, "nam-31"},
		{"Ekmeleddin Ihsanoglu", "person ekmeleddin-ihsanoglu", search.MatchExact, search.NameOfficial, "people.csv"},
		{"Ekmeleddin İhsanoğlu", "person ekmeleddin-ihsanoglu", search.MatchFolded, 0, "people.csv"},
		{"إياد أمين مدني", "person iyad-ameen-madani", search.MatchExact, search.NameOfficial, "people.csv"},
		{"Hissein Brahim Taha", "person hissein-brahim-taha", search.MatchExact, search.NameOfficial, "people.csv, bod-oic-gs-page"},
		{"Ержан Қазыханов", "person yerzhan-kazykhanov", search.MatchExact, search.NameOfficial, "people.csv"},
		{"Берик Арын", "person berik-aryn", search.MatchExact, search.NameOfficial, "people.csv"},
		{"Бақыт Батыршаев", "person bakhyt-batyrshayev", search.MatchExact, search.NameTranslation, "people.csv (the module's own)"},
	})
	for _, tt := range []struct {
		in       string
		from, to string
	}{{"Dahomey", "", "1975-11-30"}, {"Turkey", "", "2022-06-01"}, {"People's Republic of Benin", "1975-11-30", "1990-03-01"}} {
		r, _ := search.Lookup(tt.in)
		var want oic.Period
		if tt.from != "" {
			want.Start = oic.MustParseDate(tt.from)
		}
		want.End = oic.MustParseDate(tt.to)
		if r.Period != want {
			t.Errorf("Lookup(%q).Period = %v; want %v", tt.in, r.Period, want)
		}
	}
}

// Spacing, punctuation and the Arabic article set aside.
func TestFindSpacingAndArticle(t *testing.T) {
	checkCases(t, []findCase{
		{"cote d ivoire", "country CIV", search.MatchFolded, search.NameOfficial, "countries.csv"},
		{"Guineabissau", "country GNB", search.MatchFolded, 0, "countries.csv"},
		{"nur sultan", "city astana", search.MatchFolded, search.NameFormer, "nam-31"},
		{"Burkina  Faso", "country BFA", search.MatchFolded, 0, "countries.csv"},
		{"Sierra-Leone", "country SLE", search.MatchFolded, 0, "countries.csv"},
		{"جزائر", "country DZA", search.MatchFolded, search.NameOfficial, "countries.csv name_ar (الجزائر)"},
		{"عراق", "country IRQ", search.MatchFolded, 0, "countries.csv name_ar (العراق)"},
		{"مملكة عربية سعودية", "country SAU", search.MatchFolded, 0, "countries.csv name_ar"},
		{"أبو ظبي", "city abu-dhabi", search.MatchFolded, 0, "cities.csv (أبوظبي)"},
	})
}

// Near neighbours are never taken for one another when the text is exact.
func TestNearNeighbours(t *testing.T) {
	for _, tt := range []struct {
		in, want string
		never    []string // records that must not match exactly, folded or as a variant
	}{
		{"Iran", "country IRN", []string{"country IRQ"}},
		{"Iraq", "country IRQ", []string{"country IRN"}},
		{"إيران", "country IRN", []string{"country IRQ"}},
		{"Ирак", "country IRQ", []string{"country IRN"}},
		{"Niger", "country NER", []string{"country NGA"}},
		{"Nigeria", "country NGA", []string{"country NER"}},
		{"Guinea", "country GIN", []string{"country GNB"}},
		{"Guinea-Bissau", "country GNB", []string{"country GIN"}},
		{"Sudan", "country SDN", nil},
		{"Oman", "country OMN", nil},
		{"Mali", "country MLI", []string{"country SOM"}},
		{"Austria", "", []string{"country AUS"}},
	} {
		res := search.Find(tt.in)
		if tt.want != "" && (len(res) == 0 || kindKey(res[0]) != tt.want || res[0].Match > search.MatchFolded) {
			t.Errorf("Find(%q) = %v; want %s first", tt.in, res, tt.want)
		}
		for _, r := range res {
			for _, n := range tt.never {
				if kindKey(r) == n && r.Match <= search.MatchVariant {
					t.Errorf("Find(%q) takes %v for it", tt.in, r)
				}
			}
		}
	}
	// South Sudan is not a member: nothing matches it, though Sudan may be
	// suggested.
	for _, r := range search.Find("South Sudan") {
		if r.Match.IsHit() {
			t.Errorf("Find(South Sudan) = %v", r)
		}
	}
	// Omani is one letter from Oman: a typo, never an exact or folded
	// match.
	if res := search.Find("Omani"); len(res) == 0 || kindKey(res[0]) != "country OMN" || res[0].Match != search.MatchTypo {
		t.Errorf("Find(Omani) = %v; want Oman as a typo", res)
	}
	// Two records one edit away: neither is clearly closest, so both are
	// suggestions.
	if res := search.Find("Irah"); len(res) != 0 && res[0].Match.IsHit() {
		t.Errorf("Find(Irah) = %v; want suggestions", res)
	}
}

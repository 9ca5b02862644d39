package prose_test

import (
	"sync"
	"testing"

	"github.com/kzoic/kzoic/initiatives"
	"github.com/kzoic/kzoic/oic"
	"github.com/kzoic/kzoic/prose"
	"golang.org/x/text/language"
)

// The five languages, in the order of the columns of the test tables.
var (
	tags     = []language.Tag{language.English, language.Arabic, language.French, language.Kazakh, language.Russian}
	printers = func() (ps [5]*prose.Printer) {
		for i, t := range tags {
			ps[i] = prose.NewPrinter(t)
		}
		return ps
	}()
)

func TestNewPrinter(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want language.Tag
		rtl  bool
	}{
		{"en", language.English, false},
		{"en-GB", language.English, false},
		{"fr-SN", language.French, false},
		{"fr", language.French, false},
		{"kk-Cyrl-KZ", language.Kazakh, false},
		{"kk", language.Kazakh, false},
		{"ru-KZ", language.Russian, false},
		{"ar-SA", language.Arabic, true},
		{"ar", language.Arabic, true},
		{"ms-MY", language.English, false},
		{"fa-IR", language.English, false},
		{"und", language.English, false},
	} {
		p := prose.NewPrinter(language.MustParse(tt.in))
		if p.Tag() != tt.want || p.IsRTL() != tt.rtl {
			t.Errorf("NewPrinter(%s): Tag() = %v, IsRTL() = %v; want %v, %v", tt.in, p.Tag(), p.IsRTL(), tt.want, tt.rtl)
		}
	}
	var zero prose.Printer
	if zero.Tag() != language.English {
		t.Errorf("the zero Printer writes %v", zero.Tag())
	}
}

// check compares, for each of the five languages, f(printer) with want.
func check(t *testing.T, name string, want [5]string, f func(p *prose.Printer) string) {
	t.Helper()
	for i, p := range printers {
		if got := f(p); got != want[i] {
			t.Errorf("%s in %v = %q, want %q", name, tags[i], got, want[i])
		}
	}
}

func TestDate(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want [5]string
	}{
		{"1995", [5]string{"1995", "1995", "1995", "1995 ж.", "1995 г."}},
		{"1995-12", [5]string{"December 1995", "ديسمبر 1995", "décembre 1995", "1995 жылғы желтоқсан", "декабрь 1995 г."}},
		{"2011-06-28", [5]string{"28 June 2011", "28 يونيو 2011", "28 juin 2011", "2011 жылғы 28 маусым", "28 июня 2011 г."}},
		{"2011-07-01", [5]string{"1 July 2011", "1 يوليو 2011", "1er juillet 2011", "2011 жылғы 1 шілде", "1 июля 2011 г."}},
		{"[..2017]", [5]string{"by 2017", "بحلول عام 2017", "au plus tard en 2017", "2017 жылдан кешіктірмей", "не позднее 2017 г."}},
		{"[..2017-09]", [5]string{"by September 2017", "بحلول سبتمبر 2017", "au plus tard en septembre 2017", "2017 жылғы қыркүйектен кешіктірмей", "не позднее сентября 2017 г."}},
		{"[..2017-09-11]", [5]string{"by 11 September 2017", "بحلول 11 سبتمبر 2017", "au plus tard le 11 septembre 2017", "2017 жылғы 11 қыркүйектен кешіктірмей", "не позднее 11 сентября 2017 г."}},
		{"[2019..]", [5]string{"2019 or later", "عام 2019 أو بعد ذلك", "2019 ou plus tard", "2019 ж. немесе одан кейін", "2019 г. или позднее"}},
		{"[2019-04..]", [5]string{"April 2019 or later", "أبريل 2019 أو بعد ذلك", "avril 2019 ou plus tard", "2019 жылғы сәуір немесе одан кейін", "апрель 2019 г. или позднее"}},
		{"[2017-09-11..]", [5]string{"11 September 2017 or later", "11 سبتمبر 2017 أو بعد ذلك", "11 septembre 2017 ou plus tard", "2017 жылғы 11 қыркүйек немесе одан кейін", "11 сентября 2017 г. или позднее"}},
	} {
		d := oic.MustParseDate(tt.in)
		check(t, "Date("+tt.in+")", tt.want, func(p *prose.Printer) string { return p.Date(d) })
	}
	check(t, "Date(zero)", [5]string{"unknown", "غير معروف", "inconnu", "белгісіз", "неизвестно"},
		func(p *prose.Printer) string { return p.Date(oic.Date{}) })
	bad := oic.Date{Year: 2011, Month: 2, Day: 30}
	check(t, "Date(invalid)", [5]string{bad.String(), bad.String(), bad.String(), bad.String(), bad.String()},
		func(p *prose.Printer) string { return p.Date(bad) })
}

func TestPeriod(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want [5]string
	}{
		{"2011-06-28/2011-07-01", [5]string{"28–30 June 2011", "28–30 يونيو 2011", "28–30 juin 2011", "2011 жылғы 28–30 маусым", "28–30 июня 2011 г."}},
		{"2011-06-28/2011-07-03", [5]string{"28 June – 2 July 2011", "28 يونيو – 2 يوليو 2011", "28 juin – 2 juillet 2011", "2011 жылғы 28 маусым – 2 шілде", "28 июня – 2 июля 2011 г."}},
		{"2011-12-30/2012-01-03", [5]string{"30 December 2011 – 2 January 2012", "30 ديسمبر 2011 – 2 يناير 2012", "30 décembre 2011 – 2 janvier 2012", "2011 жылғы 30 желтоқсан – 2012 жылғы 2 қаңтар", "30 декабря 2011 г. – 2 января 2012 г."}},
		{"2019-05-31/2019-06-01", [5]string{"31 May 2019", "31 مايو 2019", "31 mai 2019", "2019 жылғы 31 мамыр", "31 мая 2019 г."}},
		{"1971/1974", [5]string{"1971–1974", "1971–1974", "1971–1974", "1971–1974 жж.", "1971–1974 гг."}},
		{"1992/1993", [5]string{"1992–1993", "1992–1993", "1992–1993", "1992–1993 жж.", "1992–1993 гг."}},
		{"2011/2011", [5]string{"2011", "2011", "2011", "2011 ж.", "2011 г."}},
		{"2010-03/2010-07", [5]string{"March–July 2010", "مارس–يوليو 2010", "mars–juillet 2010", "2010 жылғы наурыз–шілде", "март–июль 2010 г."}},
		{"2010-03/2011-07", [5]string{"March 2010 – July 2011", "مارس 2010 – يوليو 2011", "mars 2010 – juillet 2011", "2010 жылғы наурыз – 2011 жылғы шілде", "март 2010 г. – июль 2011 г."}},
		{"2021-11-17/..", [5]string{"from 17 November 2021", "منذ 17 نوفمبر 2021", "depuis le 17 novembre 2021", "2021 жылғы 17 қарашадан бастап", "с 17 ноября 2021 г."}},
		{"2021-11/..", [5]string{"from November 2021", "منذ نوفمبر 2021", "depuis novembre 2021", "2021 жылғы қарашадан бастап", "с ноября 2021 г."}},
		{"1995/..", [5]string{"from 1995", "منذ عام 1995", "depuis 1995", "1995 жылдан бастап", "с 1995 г."}},
		{"[..2017-09-11]/..", [5]string{"from 11 September 2017 or earlier", "منذ 11 سبتمبر 2017 أو قبل ذلك", "depuis le 11 septembre 2017 au plus tard", "2017 жылғы 11 қыркүйектен немесе одан ертерек бастап", "с 11 сентября 2017 г. или ранее"}},
		{"../2023", [5]string{"until 2023", "حتى عام 2023", "jusqu'en 2023", "2023 жылға дейін", "по 2023 г."}},
		{"../2022-07", [5]string{"until July 2022", "حتى يوليو 2022", "jusqu'en juillet 2022", "2022 жылғы шілдеге дейін", "по июль 2022 г."}},
		{"../2022-09-17", [5]string{"until 16 September 2022", "حتى 16 سبتمبر 2022", "jusqu'au 16 septembre 2022", "2022 жылғы 16 қыркүйекке дейін", "по 16 сентября 2022 г."}},
		{"../[2019-04-30..]", [5]string{"until 29 April 2019 or later", "حتى 29 أبريل 2019 أو بعد ذلك", "jusqu'au 29 avril 2019 au moins", "2019 жылғы 29 сәуірге дейін немесе одан кейін", "по 29 апреля 2019 г. или позднее"}},
		{"1995-12/2011-06-28", [5]string{"December 1995 – 27 June 2011", "ديسمبر 1995 – 27 يونيو 2011", "décembre 1995 – 27 juin 2011", "1995 жылғы желтоқсан – 2011 жылғы 27 маусым", "декабрь 1995 г. – 27 июня 2011 г."}},
		{"[..2017-09-11]/2020", [5]string{"by 11 September 2017 – 2020", "بحلول 11 سبتمبر 2017 – 2020", "au plus tard le 11 septembre 2017 – 2020", "2017 жылғы 11 қыркүйектен кешіктірмей – 2020 ж.", "не позднее 11 сентября 2017 г. – 2020 г."}},
	} {
		p, err := oic.ParsePeriod(tt.in)
		if err != nil {
			t.Fatal(err)
		}
		check(t, "Period("+tt.in+")", tt.want, func(pr *prose.Printer) string { return pr.Period(p) })
	}
	check(t, "Period(zero)", [5]string{"unknown", "غير معروف", "inconnu", "белгісіз", "неизвестно"},
		func(p *prose.Printer) string { return p.Period(oic.Period{}) })
}

func TestSessionTitle(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want [5]string
	}{
		{"cfm 38", [5]string{
			"38th Council of Foreign Ministers",
			"الدورة الثامنة والثلاثون لمجلس وزراء الخارجية",
			"38e session du Conseil des ministres des Affaires étrangères",
			"Сыртқы істер министрлері кеңесінің 38-сессиясы",
			"38-я сессия Совета министров иностранных дел"}},
		{"cfm 23", [5]string{
			"23rd Islamic Conference of Foreign Ministers",
			"المؤتمر الإسلامي الثالث والعشرون لوزراء الخارجية",
			"23e Conférence islamique des ministres des Affaires étrangères",
			"Сыртқы істер министрлерінің 23-Ислам конференциясы",
			"23-я Исламская конференция министров иностранных дел"}},
		{"cfm 1", [5]string{
			"1st Islamic Conference of Foreign Ministers",
			"المؤتمر الإسلامي الأول لوزراء الخارجية",
			"1re Conférence islamique des ministres des Affaires étrangères",
			"Сыртқы істер министрлерінің 1-Ислам конференциясы",
			"1-я Исламская конференция министров иностранных дел"}},
		{"summit 1", [5]string{
			"1st Islamic Summit",
			"مؤتمر القمة الإسلامي الأول",
			"1er Sommet islamique",
			"1-Ислам саммиті",
			"1-й Исламский саммит"}},
		{"summit 13", [5]string{
			"13th Islamic Summit",
			"مؤتمر القمة الإسلامي الثالث عشر",
			"13e Sommet islamique",
			"13-Ислам саммиті",
			"13-й Исламский саммит"}},
		{"science-summit 1", [5]string{
			"1st OIC Summit on Science and Technology",
			"قمة منظمة التعاون الإسلامي الأولى للعلوم والتكنولوجيا",
			"1er Sommet de l'OCI sur la science et la technologie",
			"ИЫҰ-ның ғылым және технологиялар жөніндегі 1-саммиті",
			"1-й Саммит ОИС по науке и технологиям"}},
		{"extraordinary-summit 4", [5]string{
			"4th Extraordinary Islamic Summit",
			"الدورة الاستثنائية الرابعة لمؤتمر القمة الإسلامي",
			"4e Sommet islamique extraordinaire",
			"4-төтенше Ислам саммиті",
			"4-й внеочередной Исламский саммит"}},
		{"extraordinary-summit 2024-11-11", [5]string{
			"Extraordinary Islamic Summit",
			"الدورة الاستثنائية لمؤتمر القمة الإسلامي",
			"Sommet islamique extraordinaire",
			"Төтенше Ислам саммиті",
			"Внеочередной Исламский саммит"}},
		{"extraordinary-cfm 1", [5]string{
			"1st Extraordinary Session of the Islamic Conference of Foreign Ministers",
			"الدورة الاستثنائية الأولى للمؤتمر الإسلامي لوزراء الخارجية",
			"1re session extraordinaire de la Conférence islamique des ministres des Affaires étrangères",
			"Сыртқы істер министрлерінің Ислам конференциясының 1-төтенше сессиясы",
			"1-я внеочередная сессия Исламской конференции министров иностранных дел"}},
		{"extraordinary-cfm 21", [5]string{
			"21st Extraordinary Session of the Council of Foreign Ministers",
			"الدورة الاستثنائية الحادية والعشرون لمجلس وزراء الخارجية",
			"21e session extraordinaire du Conseil des ministres des Affaires étrangères",
			"Сыртқы істер министрлері кеңесінің 21-төтенше сессиясы",
			"21-я внеочередная сессия Совета министров иностранных дел"}},
		{"extraordinary-cfm 2024-03-05", [5]string{
			"Extraordinary Session of the Council of Foreign Ministers",
			"الدورة الاستثنائية لمجلس وزراء الخارجية",
			"Session extraordinaire du Conseil des ministres des Affaires étrangères",
			"Сыртқы істер министрлері кеңесінің төтенше сессиясы",
			"Внеочередная сессия Совета министров иностранных дел"}},
	} {
		s, err := oic.ParseSession(tt.in)
		if err != nil {
			t.Fatal(err)
		}
		check(t, "SessionTitle("+tt.in+")", tt.want, func(p *prose.Printer) string { return p.SessionTitle(s) })
	}
	check(t, "SessionTitle(zero)", [5]string{}, func(p *prose.Printer) string { return p.SessionTitle(oic.Session{}) })
}

// TestSessionTitlesAll checks that every session of the tables has a title
// in every language, without a missing ordinal or message key.
func TestSessionTitlesAll(t *testing.T) {
	for s := range oic.Sessions(0) {
		for i, p := range printers {
			got := p.SessionTitle(s)
			if got == "" || containsAny(got, "title.", "%!", "%[") {
				t.Errorf("SessionTitle(%v) in %v = %q", s, tags[i], got)
			}
		}
	}
}

func containsAny(s string, subs ...string) bool {
	for _, sub := range subs {
		for i := 0; i+len(sub) <= len(s); i++ {
			if s[i:i+len(sub)] == sub {
				return true
			}
		}
	}
	return false
}

func TestCount(t *testing.T) {
	ru := prose.NewPrinter(language.Russian)
	ar := prose.NewPrinter(language.Arabic)
	for _, tt := range []struct {
		n      int
		ru, ar string
	}{
		{1, "1 государство-член", "دولة عضو واحدة"},
		{2, "2 государства-члена", "دولتان عضوان"},
		{3, "3 государства-члена", "3 دول أعضاء"},
		{5, "5 государств-членов", "5 دول أعضاء"},
		{11, "11 государств-членов", "11 دولة عضوًا"},
		{21, "21 государство-член", "21 دولة عضوًا"},
		{57, "57 государств-членов", "57 دولة عضوًا"},
		{100, "100 государств-членов", "100 دولة عضو"},
	} {
		if got := ru.Count(prose.NounMemberStates, tt.n); got != tt.ru {
			t.Errorf("ru Count(member states, %d) = %q, want %q", tt.n, got, tt.ru)
		}
		if got := ar.Count(prose.NounMemberStates, tt.n); got != tt.ar {
			t.Errorf("ar Count(member states, %d) = %q, want %q", tt.n, got, tt.ar)
		}
	}
	for _, tt := range []struct {
		noun prose.Noun
		n    int
		want [5]string
	}{
		{prose.NounMemberStates, 57, [5]string{"57 member states", "57 دولة عضوًا", "57 États membres", "57 мүше мемлекет", "57 государств-членов"}},
		{prose.NounMemberStates, 1, [5]string{"1 member state", "دولة عضو واحدة", "1 État membre", "1 мүше мемлекет", "1 государство-член"}},
		{prose.NounObserverStates, 5, [5]string{"5 observer states", "5 دول مراقبة", "5 États observateurs", "5 бақылаушы мемлекет", "5 государств-наблюдателей"}},
		{prose.NounStates, 2, [5]string{"2 states", "دولتان", "2 États", "2 мемлекет", "2 государства"}},
		{prose.NounSessions, 21, [5]string{"21 sessions", "21 دورة", "21 sessions", "21 сессия", "21 сессия"}},
		{prose.NounEvents, 11, [5]string{"11 events", "11 حدثًا", "11 événements", "11 оқиға", "11 событий"}},
		{prose.NounSources, 3, [5]string{"3 sources", "3 مصادر", "3 sources", "3 дереккөз", "3 источника"}},
		{prose.NounSources, 100, [5]string{"100 sources", "100 مصدر", "100 sources", "100 дереккөз", "100 источников"}},
		{prose.NounSessions, 1000, [5]string{"1,000 sessions", "1,000 دورة", "1\u00a0000 sessions", "1\u00a0000 сессия", "1\u00a0000 сессий"}},
		{prose.Noun(0), 7, [5]string{"7", "7", "7", "7", "7"}},
	} {
		check(t, "Count", tt.want, func(p *prose.Printer) string { return p.Count(tt.noun, tt.n) })
	}
}

func TestWords(t *testing.T) {
	check(t, "Status(member)", [5]string{"member", "عضو", "membre", "мүше", "член"},
		func(p *prose.Printer) string { return p.Status(oic.StatusMember) })
	check(t, "Status(9)", [5]string{"%!oic.Status(9)", "%!oic.Status(9)", "%!oic.Status(9)", "%!oic.Status(9)", "%!oic.Status(9)"},
		func(p *prose.Printer) string { return p.Status(oic.Status(9)) })
	var two, three oic.Standing
	if err := two.UnmarshalText([]byte("none|member")); err != nil {
		t.Fatal(err)
	}
	if err := three.UnmarshalText([]byte("member|suspended|observer")); err != nil {
		t.Fatal(err)
	}
	check(t, "Standing(none|member)", [5]string{
		"neither member nor observer or member",
		"ليست عضوًا ولا مراقبًا أو عضو",
		"ni membre ni observateur ou membre",
		"мүше де, бақылаушы да емес немесе мүше",
		"ни член, ни наблюдатель или член"},
		func(p *prose.Printer) string { return p.Standing(two) })
	check(t, "Standing(3)", [5]string{
		"member, member (suspended) or observer",
		"عضو أو عضو (العضوية معلقة) أو مراقب",
		"membre, membre (suspendu) ou observateur",
		"мүше, мүше (мүшелігі тоқтатылған) немесе бақылаушы",
		"член, член (членство приостановлено) или наблюдатель"},
		func(p *prose.Printer) string { return p.Standing(three) })
	check(t, "Standing(zero)", [5]string{"unknown", "غير معروف", "inconnu", "белгісіз", "неизвестно"},
		func(p *prose.Printer) string { return p.Standing(oic.Standing{}) })
	kaz, ok := oic.LookupCountry("KAZ")
	if !ok {
		t.Fatal("no KAZ")
	}
	check(t, "Standing(KAZ on 1995-12-31)", [5]string{"member", "عضو", "membre", "мүше", "член"},
		func(p *prose.Printer) string { return p.Standing(kaz.StatusOn(oic.MustParseDate("1995-12-31"))) })
	check(t, "InitiativeStatus(endorsed)", [5]string{"endorsed", "معتمدة", "approuvée", "қолдау тапқан", "одобрена"},
		func(p *prose.Printer) string { return p.InitiativeStatus(initiatives.StatusEndorsed) })
	check(t, "SessionKind(summit)", [5]string{"Islamic Summits", "مؤتمرات القمة الإسلامية", "Sommets islamiques", "Ислам саммиттері", "Исламские саммиты"},
		func(p *prose.Printer) string { return p.SessionKind(oic.KindSummit) })
	check(t, "BodyKind(subsidiary-organ)", [5]string{"subsidiary organ", "جهاز متفرع", "organe subsidiaire", "қосалқы орган", "вспомогательный орган"},
		func(p *prose.Printer) string { return p.BodyKind(oic.BodySubsidiaryOrgan) })
	check(t, "DocumentKind(charter)", [5]string{"charter", "ميثاق", "charte", "жарғы", "устав"},
		func(p *prose.Printer) string { return p.DocumentKind(oic.DocCharter) })
	check(t, "Certainty(maybe)", [5]string{"uncertain", "غير مؤكد", "incertain", "анық емес", "неясно"},
		func(p *prose.Printer) string { return p.Certainty(oic.Maybe) })
}

func TestSprintf(t *testing.T) {
	check(t, "Sprintf(list.or)", [5]string{"a or b", "a أو b", "a ou b", "a немесе b", "a или b"},
		func(p *prose.Printer) string { return p.Sprintf("list.or", "a", "b") })
	check(t, "Sprintf(unknown key)", [5]string{"no such key 3", "no such key 3", "no such key 3", "no such key 3", "no such key 3"},
		func(p *prose.Printer) string { return p.Sprintf("no such key %d", 3) })
}

func TestIsolate(t *testing.T) {
	ar := prose.NewPrinter(language.Arabic)
	en := prose.NewPrinter(language.English)
	for _, tt := range []struct{ in, ar string }{
		{"KAZ", "\u2068KAZ\u2069"},
		{"2011-06-28", "\u2068" + "2011-06-28" + "\u2069"},
		{"Astana", "\u2068Astana\u2069"},
		{"OIC/OCI", "\u2068OIC/OCI\u2069"},
		{"كازاخستان", "كازاخستان"},
		{"KAZ كازاخستان", "KAZ كازاخستان"},
		{"١٩٩٥", "١٩٩٥"},
		{" - ", " - "},
		{"", ""},
		{"\u2068KAZ\u2069", "\u2068KAZ\u2069"},
	} {
		if got := ar.Isolate(tt.in); got != tt.ar {
			t.Errorf("ar Isolate(%q) = %q, want %q", tt.in, got, tt.ar)
		}
		if got := en.Isolate(tt.in); got != tt.in {
			t.Errorf("en Isolate(%q) = %q, want it unchanged", tt.in, got)
		}
	}
}

// TestConcurrentUse runs printers from many goroutines; run with -race.
func TestConcurrentUse(t *testing.T) {
	d := oic.MustParseDate("2011-06-28")
	s, _ := oic.CFM(38)
	var wg sync.WaitGroup
	for i := range 20 {
		wg.Go(func() {
			p := printers[i%5]
			_ = p.Date(d) + p.SessionTitle(s) + p.Count(prose.NounStates, i)
		})
	}
	wg.Wait()
}

// TestInitiativeStatuses checks the statuses an initiative may have had,
// written as alternatives in English and Russian, and none as unknown.
func TestInitiativeStatuses(t *testing.T) {
	all := []initiatives.Status{initiatives.StatusNone, initiatives.StatusProposed, initiatives.StatusEndorsed}
	for _, tt := range []struct {
		tag  language.Tag
		st   []initiatives.Status
		want string
	}{
		{language.English, all[2:], "endorsed"},
		{language.English, all, "not yet proposed, proposed or endorsed"},
		{language.Russian, all[1:], "выдвинута или одобрена"},
		{language.English, nil, "unknown"},
	} {
		if got := prose.NewPrinter(tt.tag).InitiativeStatuses(tt.st); got != tt.want {
			t.Errorf("%v InitiativeStatuses(%v) = %q; want %q", tt.tag, tt.st, got, tt.want)
		}
	}
}

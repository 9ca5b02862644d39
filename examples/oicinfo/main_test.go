package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
)

func runArgs(args ...string) (string, string, int) {
	var out, errb bytes.Buffer
	code := run(&out, &errb, args)
	return out.String(), errb.String(), code
}

// mustRun runs oicinfo and fails the test unless it exits with status 0.
func mustRun(t *testing.T, args ...string) string {
	t.Helper()
	out, errs, code := runArgs(args...)
	if code != 0 {
		t.Fatalf("%q: exit %d: %s", args, code, errs)
	}
	return out
}

func TestOverview(t *testing.T) {
	out := mustRun(t)
	for _, want := range []string{
		"Organisation of Islamic Cooperation — as of 1 November 2026",
		"Founded: 25 September 1969, 1st Islamic Summit, Rabat",
		"Organisation of the Islamic Conference: 25 September 1969 – 27 June 2011",
		"Working languages: Arabic, English, French",
		"Secretary-General: Hissein Brahim Taha (Chad), 17 November 2021 – 16 November 2026 (end of the term as scheduled)",
		"Member states: 57 member states",
		"Observers: 5 observer states, 7 observer organisations",
		"Kazakhstan (KAZ)",
		"December 1995: Joined as a member (23rd Islamic Conference of Foreign Ministers)",
		"28–30 June 2011: 38th Council of Foreign Ministers, Astana",
		"Permanent representative: no source names a successor (last holder: Berik Aryn, 30 April 2019 – April 2024)",
		"sources (-sources to list them)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("overview lacks %q:\n%s", want, out)
		}
	}
	out = mustRun(t, "-on", "2018-06-01")
	for _, want := range []string{"as of 1 June 2018", "Suspended: Syria", "Permanent representative: Bakhyt Batyrshayev, by 11 September 2017 – 29 April 2019"} {
		if !strings.Contains(out, want) {
			t.Errorf("overview on 2018-06-01 lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "2023") {
		t.Errorf("overview on 2018-06-01 shows later facts:\n%s", out)
	}
}

func TestCommands(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want []string
	}{
		{[]string{"member", "kz"}, []string{"Kazakhstan (KZ, KAZ)", "Kazakh: Қазақстан", "December 1995: Joined as a member"}},
		{[]string{"member", "BFA", "-on", "1980"}, []string{"Upper Volta (BF, BFA) — as of 1980"}},
		{[]string{"member", "SYR"}, []string{"15 August 2012: Membership suspended (4th Extraordinary Islamic Summit)", "7 March 2025: Membership restored", "joined: 1970"}},
		{[]string{"-lang", "ar", "member", "SA"}, []string{"السعودية"}},
		{[]string{"members", "-on", "1970"}, []string{"25 member states", "Standing not settled by the sources: ", "South Yemen (neither member nor observer or member)"}},
		{[]string{"members", "-on", "1995-12-05"}, []string{"Kazakhstan (neither member nor observer or member)"}},
		{[]string{"observers"}, []string{"RUS", "Russia", "30 June 2005", "5 observer states", "League of Arab States (LAS): international organisation, observer: from 1975",
			"observer from: December 1970", "7 observer organisations"}},
		{[]string{"sessions", "summit"}, []string{"Islamic Summits (summit)", "13th Islamic Summit", "14–15 April 2016", "Istanbul"}},
		{[]string{"sessions"}, []string{"Meetings of the Executive Committee at the Level of Foreign Ministers (executive-committee)", "3 February 2020", "February 2014"}},
		{[]string{"session", "cfm", "45", "-lang", "fr"}, []string{"45e session du Conseil", "5–6 mai 2018"}},
		{[]string{"session", "summit", "1"}, []string{"Chair: King Hassan II", "Rabat (Morocco)"}},
		{[]string{"session", "cfm", "38"}, []string{"Renamed the organisation the Organisation of Islamic Cooperation", "Initiatives: Islamic Organization for Food Security"}},
		{[]string{"help"}, []string{"usage: oicinfo", "session KIND N|DATE", "-sources"}},
		{[]string{"bodies"}, []string{"comcec", "standing committee", "Ankara", "no date in the sources"}},
		{[]string{"body", "IOFS", "-lang", "kk"}, []string{"Астана", "мамандандырылған мекеме", "Берік Арын"}},
		{[]string{"offices", "-on", "2011"}, []string{"Ekmeleddin Ihsanoglu (Turkey), 2005–2013"}},
		{[]string{"offices"}, []string{
			"no source names a successor (last holder: Musa Kulaklıkaya (Türkiye), by 27 November 2020 – 5 September 2025)",
			"perhaps Zehra Zümrüt Selçuk",
			"Salim M. AlMalik (Saudi Arabia), 9 May 2019 – 31 December 2024 (end of the term as scheduled)",
			"(end of the term as scheduled)",
			"Director-General of the Islamic Organization for Food Security:\n    Berik Aryn (Kazakhstan), from April 2024",
		}},
		{[]string{"documents"}, []string{"oic-2025", "13th Islamic Summit", "sti-agenda-2026", "Superseded by: OIC Declaration on Human Rights (odhr-2020)",
			"Supersedes: Cairo Declaration on Human Rights in Islam (cdhri-1990)", "Period covered: 1 January 2016 – 31 December 2025"}},
		{[]string{"kazakhstan", "-on", "2018-06-01"}, []string{"Bakhyt Batyrshayev", "Admitted: December 1995", "Jeddah, from March 2010",
			"April 2016: Hosted the 7th OIC Ministerial Conference"}},
		{[]string{"kazakhstan", "-on", "2018-10"}, []string{"Yerzhan Jalmukhanov, in office as the sources show: 28 September 2018"}},
		{[]string{"kazakhstan", "-on", "1990", "-lang", "ru"}, []string{"Статус: ни член, ни наблюдатель"}},
		{[]string{"kazakhstan"}, []string{"6 May 2025: Hosted the 14th meeting of the IOFS Executive Board", "Berik Aryn — Ambassador of Kazakhstan to Saudi Arabia: 30 April 2019 – April 2024",
			"Askar Mussinov, 1 July 2019 – 25 May 2023 or later", "Ratifications:"}},
		{[]string{"initiatives", "-on", "2018-06-01"}, []string{"iofs", "triple-i", "proposed", "endorsed"}},
		{[]string{"initiative", "iofs", "-on", "2018-06-01"}, []string{"Signatories: 32 states (figure of: May 2018)", "Ratified by: 12 states (figure of: May 2018)",
			"December 2013: Signatories: 19 states"}},
		{[]string{"initiative", "triple-i"}, []string{"Note (as of 1 November 2026): No step of the initiative after June 2019"}},
		{[]string{"timeline", "-from", "2011", "-to", "2011", "-country", "KZ"}, []string{"Period: 2011", "28–30 June 2011", "38th Council of Foreign Ministers, Astana", "5 events"}},
		{[]string{"timeline", "-topic", "session", "-from", "2016-04", "-to", "2016-04", "-lang", "ar"}, []string{"مؤتمر القمة الإسلامي الثالث عشر"}},
		{[]string{"find", "Nur-Sultan"}, []string{"city", "astana", "former name (23 March 2019 – 16 September 2022)"}},
		{[]string{"find", "Cote", "d'Ivoire", "-lang", "fr"}, []string{"CIV", "Côte d’Ivoire"}},
		{[]string{"find", "Kazakstan"}, []string{"Kazakstan", "KAZ", "exact"}},
		{[]string{"find", "Kazahkstan"}, []string{"KAZ", "one letter off"}},
		{[]string{"find", "Taha"}, []string{"hissein-brahim-taha", "person"}},
		{[]string{"find", "Kasachstan"}, []string{"KAZ", "Kasachstan", "German", "name in the Unicode locale data"}},
		{[]string{"find", "Kasachstan", "-lang", "kk"}, []string{"KAZ", "неміс тілі"}},
		{[]string{"find", "Qazaqstan"}, []string{"KAZ", "name in the state's own language"}},
		{[]string{"-lang", "fr", "members", "-on", "1970"}, []string{"Afghanistan", "Égypte"}},
	} {
		out := mustRun(t, tt.args...)
		for _, w := range tt.want {
			if !strings.Contains(out, w) {
				t.Errorf("%q: output lacks %q:\n%s", tt.args, w, out)
			}
		}
	}
}

// TestLanguages checks what every main command prints in each of the five
// languages.
func TestLanguages(t *testing.T) {
	type phrases map[string][]string // by language
	for _, tt := range []struct {
		args []string
		want phrases
	}{
		{nil, phrases{
			"en": {"Headquarters: Jeddah (Saudi Arabia)"},
			"ar": {"منظمة التعاون الإسلامي — كما في 1 نوفمبر 2026", "المقر: جدة (المملكة العربية السعودية)", "كازاخستان (\u2068KAZ\u2069)"},
			"fr": {"Organisation de la coopération islamique — situation au 1er novembre 2026", "Siège : Djeddah (Arabie saoudite)", "Langues de travail : arabe, anglais, français"},
			"kk": {"Ислам ынтымақтастығы ұйымы — 2026 жылғы 1 қараша бойынша", "Штаб-пәтері: Жидда (Сауд Арабиясы)", "Жұмыс тілдері: араб тілі, ағылшын тілі, француз тілі"},
			"ru": {"Организация исламского сотрудничества — по состоянию на 1 ноября 2026 г.", "Штаб-квартира: Джидда (Саудовская Аравия)", "Рабочие языки: арабский, английский, французский"},
		}},
		{[]string{"members"}, phrases{
			"en": {"57 member states"}, "ar": {"57 دولة عضوًا"}, "fr": {"57 États membres"}, "kk": {"57 мүше мемлекет"}, "ru": {"57 государств-членов"},
		}},
		{[]string{"observers"}, phrases{
			"en": {"Observer organisations:"}, "ar": {"المنظمات المراقبة:", "منظمة دولية"}, "fr": {"Organisations observatrices :", "organisation internationale"},
			"kk": {"Бақылаушы ұйымдар:", "халықаралық ұйым"}, "ru": {"Организации-наблюдатели:", "международная организация"},
		}},
		{[]string{"session", "cfm", "38"}, phrases{
			"en": {"Dates: 28–30 June 2011"}, "ar": {"التواريخ: 28–30 يونيو 2011"}, "fr": {"Dates : 28–30 juin 2011"},
			"kk": {"Өткен күндері: 2011 жылғы 28–30 маусым"}, "ru": {"Даты: 28–30 июня 2011 г."},
		}},
		{[]string{"session", "summit", "1"}, phrases{
			"en": {"King Hassan II"}, "ar": {"الملك الحسن الثاني"}, "fr": {"le roi Hassan II"}, "kk": {"Король Хасан II"}, "ru": {"Король Хасан II"},
		}},
		{[]string{"offices"}, phrases{
			"en": {"(end of the term as scheduled)"}, "ar": {"(موعد انتهاء الولاية المقرر)", "ربما "}, "fr": {"(fin de mandat prévue)", "peut-être "},
			"kk": {"(мерзімнің белгіленген аяқталуы)", "мүмкін, "}, "ru": {"(плановое окончание срока)", "возможно, "},
		}},
		{[]string{"documents"}, phrases{
			"en": {"Superseded by:"}, "ar": {"الوثيقة التي حلّت محلّها:"}, "fr": {"Texte de remplacement :"}, "kk": {"Орнын басқан құжат:"}, "ru": {"Заменивший документ:"},
		}},
		{[]string{"initiative", "iofs"}, phrases{
			"en": {"Signatories: 41 states"}, "ar": {"الدول الموقعة: 41 دولة"}, "fr": {"Signataires : 41 États"}, "kk": {"Қол қойған мемлекеттер: 41 мемлекет"}, "ru": {"Подписали: 41 государство"},
		}},
		{[]string{"timeline", "-from", "2012-08-15", "-to", "2012-08-15"}, phrases{
			"en": {"1 event"}, "ar": {"حدث واحد", "تعليق العضوية"}, "fr": {"1 événement", "Suspension de la qualité de membre"},
			"kk": {"1 оқиға", "Мүшелігі тоқтатылды"}, "ru": {"1 событие", "Приостановление членства"},
		}},
		{[]string{"kazakhstan", "-on", "2018-06-01"}, phrases{
			"en": {"Kazakhstan in the Organisation of Islamic Cooperation"}, "ar": {"كازاخستان في منظمة التعاون الإسلامي"},
			"fr": {"Kazakhstan au sein de l'Organisation de la coopération islamique"}, "kk": {"Ислам ынтымақтастығы ұйымы құрамындағы Қазақстан"},
			"ru": {"Казахстан и Организация исламского сотрудничества"},
		}},
		{[]string{"find", "Astana"}, phrases{
			"en": {"city"}, "ar": {"مدينة"}, "fr": {"ville"}, "kk": {"қала"}, "ru": {"город"},
		}},
		{[]string{"help"}, phrases{
			"en": {"usage: oicinfo"}, "ar": {"الاستخدام: "}, "fr": {"usage : "}, "kk": {"қолданылуы: "}, "ru": {"использование: "},
		}},
	} {
		for lang, want := range tt.want {
			out := mustRun(t, append([]string{"-lang", lang}, tt.args...)...)
			for _, w := range want {
				if !strings.Contains(out, w) {
					t.Errorf("%s %q: output lacks %q:\n%s", lang, tt.args, w, out)
				}
			}
		}
	}
}

// TestMessagesExist checks that no command prints the key of a message the
// catalog lacks, in any language, whatever the date.
func TestMessagesExist(t *testing.T) {
	key := regexp.MustCompile(`\b(cli|label|status|kind|title|count|outcome|change|role|event)\.[a-z]`)
	cmds := append(slices.Clone(scriptCommands), []string{"help"}, []string{"find", "Astana"}, []string{"find", "Kazakstan"},
		[]string{"observers", "-on", "1974"}, []string{"members", "-on", "1995-12-05"}, []string{"offices", "-on", "1995-12-05"},
		[]string{"-on", "2030"}, []string{"-sources", "body", "iofs"}, []string{"timeline", "-topic", "name"},
		[]string{"sessions"}, []string{"session", "executive-committee", "2020-02-03"}, []string{"initiative", "oic-15"})
	for _, lang := range []string{"en", "ar", "fr", "kk", "ru"} {
		for _, cmd := range cmds {
			out := mustRun(t, append([]string{"-lang", lang}, cmd...)...)
			if m := key.FindString(out); m != "" {
				t.Errorf("%s %q prints a message key %q:\n%s", lang, cmd, m, out)
			}
		}
		_, errs, _ := runArgs("-lang", lang, "nosuch")
		if m := key.FindString(errs); m != "" {
			t.Errorf("%s: the usage prints a message key %q", lang, m)
		}
	}
}

// TestLaterFactsLeftOut checks that the output for a date leaves out what
// happened after it.
func TestLaterFactsLeftOut(t *testing.T) {
	for _, tt := range []struct {
		args []string
		not  []string
	}{
		{[]string{"kazakhstan", "-on", "1990"}, []string{"1995", "Batyrshayev", "Mussinov", "Jeddah"}},
		{[]string{"-on", "1995-12-05"}, []string{"2011", "Permanent mission"}},
		{[]string{"initiative", "iofs", "-on", "2014"}, []string{"2016", "Ratified by"}},
		{[]string{"sessions", "summit", "-on", "1980"}, []string{"4th Islamic Summit"}},
		{[]string{"documents", "-on", "1980"}, []string{"cdhri-1990"}},
	} {
		out := mustRun(t, tt.args...)
		for _, s := range tt.not {
			if strings.Contains(out, s) {
				t.Errorf("%q: output shows %q:\n%s", tt.args, s, out)
			}
		}
	}
}

// TestVintage checks that a date after the data vintage is answered as of
// the vintage, and says so.
func TestVintage(t *testing.T) {
	for lang, want := range map[string]string{
		"en": "The data speak for 1 November 2026",
		"ar": "البيانات محدّثة حتى 1 نوفمبر 2026",
		"fr": "Les données valent jusqu'au 1er novembre 2026",
		"kk": "Деректердің соңғы күні — 2026 жылғы 1 қараша",
		"ru": "Данные актуальны на 1 ноября 2026 г.",
	} {
		for _, cmd := range [][]string{nil, {"members"}, {"offices"}, {"kazakhstan"}, {"initiatives"}} {
			out := mustRun(t, append([]string{"-lang", lang, "-on", "2030"}, cmd...)...)
			if !strings.Contains(out, want) {
				t.Errorf("%s %q -on 2030: no note on the vintage:\n%s", lang, cmd, out)
			}
		}
		if out := mustRun(t, "-lang", lang); strings.Contains(out, want) {
			t.Errorf("%s: the note on the vintage without a later date:\n%s", lang, out)
		}
	}
}

// TestSources checks that text output counts the sources, -sources lists
// them and JSON carries them.
func TestSources(t *testing.T) {
	out := mustRun(t, "session", "cfm", "38")
	if !regexp.MustCompile(`(?m)^\d+ sources \(-sources to list them\)$`).MatchString(out) || strings.Contains(out, "http") {
		t.Errorf("session without -sources:\n%s", out)
	}
	out = mustRun(t, "-sources", "session", "cfm", "38")
	if !strings.Contains(out, "Sources:\n") || !strings.Contains(out, "<https://www.sesric.org/") {
		t.Errorf("session with -sources:\n%s", out)
	}
	out = mustRun(t, "-lang", "ru", "-sources", "member", "KZ")
	if !strings.Contains(out, "Источники:\n") {
		t.Errorf("member with -sources in Russian:\n%s", out)
	}
	out = mustRun(t, "-json", "session", "cfm", "38")
	if !strings.Contains(out, `"sources"`) {
		t.Errorf("JSON without sources:\n%s", out)
	}
}

// TestOwnMark checks that the module's own renderings are marked and the
// mark explained once.
func TestOwnMark(t *testing.T) {
	out := mustRun(t, "-lang", "kk", "offices")
	if !strings.Contains(out, "Хиссейн Брахим Таха°") {
		t.Errorf("own transliteration not marked:\n%s", out)
	}
	if n := strings.Count(out, "° осы анықтамалық үшін жасалған аударма"); n != 1 {
		t.Errorf("legend printed %d times:\n%s", n, out)
	}
	out = mustRun(t, "-lang", "en", "members", "-on", "1970")
	if strings.Contains(out, "°") {
		t.Errorf("a mark in output with no own rendering:\n%s", out)
	}
}

// TestTable checks that columns line up on a terminal whatever the script:
// marks and isolates take no room.
func TestTable(t *testing.T) {
	for _, tt := range []struct {
		s string
		n int
	}{
		{"KAZ", 3}, {"\u2068KAZ\u2069", 3}, {"عضوًا", 4}, {"Қазақстан", 9}, {"Côte d’Ivoire", 13}, {"e\u0301", 1},
	} {
		if got := width(tt.s); got != tt.n {
			t.Errorf("width(%q) = %d; want %d", tt.s, got, tt.n)
		}
	}
	out := mustRun(t, "-lang", "ar", "members")
	var cols []int
	for _, line := range strings.Split(out, "\n") {
		if !strings.HasPrefix(line, "  \u2068") {
			continue
		}
		// The column after the code starts at the same width on every row.
		_, rest, _ := strings.Cut(line, "\u2069")
		cols = append(cols, width(line)-width(rest)+len(rest)-len(strings.TrimLeft(rest, " ")))
	}
	if len(cols) < 50 || slices.Min(cols) != slices.Max(cols) {
		t.Errorf("columns of the Arabic table do not line up: %v\n%s", cols, out)
	}
}

// scriptCommands are the commands whose text output the language checks
// read: the main subcommands, as the project's share tool runs them.
var scriptCommands = [][]string{
	nil, {"kazakhstan"}, {"kazakhstan", "-on", "2018-06-01"}, {"initiatives"}, {"initiative", "iofs"},
	{"initiative", "triple-i"}, {"sessions", "summit"}, {"session", "cfm", "38"}, {"offices"},
	{"documents"}, {"bodies"}, {"members"}, {"observers"}, {"member", "SYR"},
	{"timeline", "-from", "2011", "-to", "2012"}, {"timeline", "-from", "2016", "-to", "2018"},
}

var (
	sourceLine = regexp.MustCompile(`(?i)^(source|sources|url)\b`)
	urlText    = regexp.MustCompile(`https?://\S+`)
	codeText   = regexp.MustCompile(`\b[A-Z]{2,3}\b`)
	keyText    = regexp.MustCompile(`\b[a-z]+(-[a-z]+)+\b`)
	latinWord  = regexp.MustCompile(`\p{Latin}[\p{Latin}\p{M}'’]*`)
)

// readable returns the lines of out that the language checks read: all but
// the lines of sources, with URLs, codes and keys set aside.
func readable(out string) []string {
	var lines []string
	for _, line := range strings.Split(out, "\n") {
		s := strings.TrimSpace(line)
		if s == "" || sourceLine.MatchString(s) {
			continue
		}
		s = urlText.ReplaceAllString(s, " ")
		s = codeText.ReplaceAllString(s, " ")
		s = keyText.ReplaceAllString(s, " ")
		lines = append(lines, s)
	}
	return lines
}

// TestForeignScript checks that the Kazakh, Russian and Arabic output of
// the main commands has at most 2% Latin letters once codes, keys and URLs
// are set aside.
func TestForeignScript(t *testing.T) {
	for _, lang := range []string{"kk", "ru", "ar"} {
		latin, all := 0, 0
		for _, cmd := range scriptCommands {
			for _, s := range readable(mustRun(t, append([]string{"-lang", lang}, cmd...)...)) {
				for _, r := range s {
					if unicode.IsLetter(r) {
						all++
						if unicode.Is(unicode.Latin, r) {
							latin++
						}
					}
				}
			}
		}
		share := 100 * float64(latin) / float64(max(all, 1))
		t.Logf("%s: %.2f%% Latin letters (%d/%d)", lang, share, latin, all)
		if share > 2 {
			t.Errorf("%s: %.2f%% of the letters are Latin (%d/%d); want at most 2%%", lang, share, latin, all)
		}
	}
}

// allowedLatin returns the Latin words that output in lang may hold: the
// words of the records' own forms in that language (names such as "Triple
// I", resolutions such as "2/38-LEG"), of the names of states and bodies in
// every language (which member and body list), of the historic names in
// that language, of the catalog's messages in that language (flags such as
// "-sources"), and the keys and codes of the records.
func allowedLatin(t *testing.T, lang string) map[string]bool {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("..", "..", "internal", "data", "*.csv"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no data files: %v", err)
	}
	allowed := map[string]bool{"oicinfo": true}
	add := func(s string) {
		for _, w := range latinWord.FindAllString(s, -1) {
			allowed[w] = true
		}
	}
	langCol := regexp.MustCompile(`_(en|ar|fr|kk|ru|own)$`)
	for _, f := range files {
		base := filepath.Base(f)
		if base == "sources.csv" {
			continue
		}
		rows := readCSV(t, f)
		if len(rows) == 0 {
			continue
		}
		head := rows[0]
		for _, row := range rows[1:] {
			for i, cell := range row {
				col := head[i]
				switch {
				case col == "notes" || col == "sources" || strings.HasSuffix(col, "_own"):
				case base == "messages.csv":
					if col == lang || col == "key" {
						add(cell)
					}
				case base == "names.csv":
					if col == "name" && row[slices.Index(head, "lang")] == lang || col == "key" {
						add(cell)
					}
				case strings.HasSuffix(col, "_"+lang):
					add(cell)
				case (base == "countries.csv" || base == "bodies.csv") && (strings.HasPrefix(col, "name_") || strings.HasPrefix(col, "formal_")):
					add(cell)
				case !langCol.MatchString(col):
					add(cell) // keys, codes and dates
				}
			}
		}
	}
	return allowed
}

func readCSV(t *testing.T, name string) [][]string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, l := range strings.Split(string(b), "\n") {
		if !strings.HasPrefix(l, "#") {
			lines = append(lines, l)
		}
	}
	r := csv.NewReader(strings.NewReader(strings.Join(lines, "\n")))
	rows, err := r.ReadAll()
	if err != nil && err != io.EOF {
		t.Fatalf("%s: %v", name, err)
	}
	return rows
}

// TestLatinAllowList checks that every Latin word of the Kazakh, Russian
// and Arabic output of the main commands comes from the records or from
// the messages in that language: no English word of the program's own.
func TestLatinAllowList(t *testing.T) {
	for _, lang := range []string{"kk", "ru", "ar"} {
		allowed := allowedLatin(t, lang)
		bad := map[string]bool{}
		for _, cmd := range append(scriptCommands, []string{"help"}) {
			out := mustRun(t, append([]string{"-lang", lang}, cmd...)...)
			for _, w := range latinWord.FindAllString(urlText.ReplaceAllString(out, " "), -1) {
				if !allowed[w] && !bad[w] {
					bad[w] = true
					t.Errorf("%s %q: Latin word %q comes from neither the records nor the messages", lang, cmd, w)
				}
			}
		}
	}
}

// TestFrenchFunctionWords checks that at most 0.5% of the words of the
// French output are English function words.
func TestFrenchFunctionWords(t *testing.T) {
	english := map[string]bool{}
	for _, w := range strings.Fields("the of and by at to for with from was were is are on its his her which that this as an") {
		english[w] = true
	}
	en, all := 0, 0
	for _, cmd := range scriptCommands {
		for _, s := range readable(mustRun(t, append([]string{"-lang", "fr"}, cmd...)...)) {
			for _, w := range regexp.MustCompile(`[\pL\pM]+`).FindAllString(s, -1) {
				all++
				if english[strings.ToLower(w)] {
					en++
					t.Logf("%q in %q", w, s)
				}
			}
		}
	}
	if share := 100 * float64(en) / float64(max(all, 1)); share > 0.5 {
		t.Errorf("%.2f%% of the French words are English function words (%d/%d); want at most 0.5%%", share, en, all)
	}
}

func TestJSON(t *testing.T) {
	out := mustRun(t, "-json", "member", "SYR", "-on", "2018-06-01")
	var v struct {
		Key    string `json:"key"`
		Status string `json:"status"`
		Joined string `json:"joined"`
	}
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		t.Fatalf("bad JSON: %v\n%s", err, out)
	}
	if v.Key != "SYR" || v.Status != "suspended" || v.Joined != "1972" {
		t.Errorf("got %+v", v)
	}
	out = mustRun(t, "-json", "session", "cfm", "38")
	var s struct {
		ID    string `json:"id"`
		Host  string `json:"host"`
		Start string `json:"start"`
	}
	if err := json.Unmarshal([]byte(out), &s); err != nil || s.ID != "cfm 38" || s.Host != "KAZ" || s.Start != "2011-06-28" {
		t.Errorf("session JSON = %+v, %v", s, err)
	}
	// The same in every language but for the names in the reader's
	// language.
	en, kk := mustRun(t, "-json", "kazakhstan"), mustRun(t, "-json", "-lang", "kk", "kazakhstan")
	if en != kk {
		t.Errorf("kazakhstan JSON differs by language")
	}
	for _, cmd := range [][]string{{"members"}, {"bodies"}, {"observers"}, {"documents"}, {"offices"}, {"sessions"}} {
		strip := regexp.MustCompile(`(?m)^\s*"(name|title|formalName|seat|city)": ".*",?\n`)
		en := strip.ReplaceAllString(mustRun(t, append([]string{"-json"}, cmd...)...), "")
		ar := strip.ReplaceAllString(mustRun(t, append([]string{"-json", "-lang", "ar"}, cmd...)...), "")
		if en != ar {
			t.Errorf("%q: JSON differs by language beyond the names in the reader's language", cmd)
		}
	}
	out = mustRun(t, "-json", "observers")
	var obs struct {
		On            string `json:"on"`
		States        []struct{ Key string }
		Organisations []struct {
			Key    string
			Period string
			Names  map[string]string
		}
	}
	if err := json.Unmarshal([]byte(out), &obs); err != nil || len(obs.States) != 5 || len(obs.Organisations) != 7 || obs.On != "2026-11-01" {
		t.Fatalf("observers JSON: %v\n%s", err, out)
	}
	if o := obs.Organisations[0]; o.Key != "las" || o.Period != "1975/.." || o.Names["own"] == "" {
		t.Errorf("first observer organisation: %+v", o)
	}
	out = mustRun(t, "-json", "offices")
	var offices []struct {
		Office  string
		Holders []struct {
			Holder    string
			Certainty string
		}
		Last *struct{ Holder string }
	}
	if err := json.Unmarshal([]byte(out), &offices); err != nil {
		t.Fatal(err)
	}
	for _, o := range offices {
		switch o.Office {
		case "sesric-director-general":
			if len(o.Holders) != 1 || o.Holders[0].Certainty != "maybe" {
				t.Errorf("SESRIC: %+v", o)
			}
		case "asg-administrative-financial":
			if len(o.Holders) != 0 || o.Last == nil || o.Last.Holder != "musa-kulaklikaya" {
				t.Errorf("ASG for administrative and financial affairs: %+v", o)
			}
		}
	}
	out = mustRun(t, "-json", "documents")
	if !strings.Contains(out, `"supersedes": [`) {
		t.Errorf("documents JSON without supersession:\n%s", out)
	}
}

func TestBadArguments(t *testing.T) {
	for _, args := range [][]string{
		{"nosuch"}, {"member"}, {"member", "a", "b"}, {"-on", "2011-13"}, {"-lang", "!!"}, {"-bogus"},
		{"sessions", "party"}, {"session", "cfm"}, {"session", "cfm", "x"}, {"members", "extra"},
		{"member", "FRA"}, {"session", "cfm", "999"}, {"body"}, {"body", "NATO"}, {"bodies", "x"}, {"initiative", "x"}, {"kazakhstan", "x"}, {"find"},
		{"timeline", "-topic", "sport"}, {"timeline", "-country", "FRA"}, {"timeline", "-from", "2011-13"}, {"-on"},
	} {
		_, errs, code := runArgs(args...)
		if code != 2 || !strings.Contains(errs, "usage:") {
			t.Errorf("%q: exit %d, stderr %q; want 2 and the usage", args, code, errs)
		}
	}
	_, errs, _ := runArgs("member", "FRA")
	if !strings.Contains(errs, `"FRA"`) {
		t.Errorf("error does not name the input: %q", errs)
	}
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"-lang", "ru", "member", "FRA"}, `oicinfo: нет государства-члена или наблюдателя с кодом ISO 3166-1 "FRA"`},
		{[]string{"-on", "2011-13", "-lang", "fr"}, `oicinfo: "2011-13" n'est pas une date valable pour -on`},
		{[]string{"-lang", "kk", "-bogus"}, "oicinfo: белгісіз жалауша: -bogus"},
		{[]string{"-lang", "ar", "nosuch"}, "oicinfo: أمر غير معروف: \u2068\"nosuch\"\u2069"},
		{[]string{"-lang", "ru", "initiative", "x"}, "инициативы: iofs, rapprochement"},
		{[]string{"-lang", "kk", "-on"}, "жалаушасына мән керек"},
	} {
		_, errs, code := runArgs(tt.args...)
		if code != 2 || !strings.Contains(errs, tt.want) {
			t.Errorf("%q: exit %d, stderr %q; want %q", tt.args, code, errs, tt.want)
		}
	}
}

func FuzzRun(f *testing.F) {
	f.Add("member\x00kz")
	f.Add("-on\x002011\x00members")
	f.Add("session\x00cfm\x0038\x00-json")
	f.Add("-lang\x00ar\x00offices\x00-on\x001995-12")
	f.Fuzz(func(t *testing.T, s string) {
		args := strings.Split(s, "\x00")
		var out, errb bytes.Buffer
		if code := run(&out, &errb, args); code < 0 || code > 2 {
			t.Errorf("%q: exit %d", args, code)
		}
	})
}

// TestDoubtMarks checks that values the tables flag as resting on weak
// evidence are marked in the bodies and body views, in the reader's
// language, and that confirmed values are not.
func TestDoubtMarks(t *testing.T) {
	for _, tt := range []struct {
		args      []string
		want, not []string
	}{
		{[]string{"bodies"}, []string{"Ankara (unverified)", "World Federation of International Arab-Islamic Schools (unverified)"}, []string{"Jeddah (unverified)"}},
		{[]string{"body", "comcec"}, []string{"Ankara (Türkiye) (unverified: inferred)"}, []string{"1981 (unverified"}},
		{[]string{"-lang", "kk", "body", "wfiais"}, []string{"(расталмаған: дереккөздер әртүрлі мәлімет береді)"}, nil},
		{[]string{"-lang", "fr", "body", "wfiais"}, []string{"(non vérifié : forme du nom non confirmée)"}, nil},
		{[]string{"body", "iut"}, nil, []string{"unverified"}},
	} {
		out := mustRun(t, tt.args...)
		for _, w := range tt.want {
			if !strings.Contains(out, w) {
				t.Errorf("%v: no %q in\n%s", tt.args, w, out)
			}
		}
		for _, n := range tt.not {
			if strings.Contains(out, n) {
				t.Errorf("%v: unexpected %q in\n%s", tt.args, n, out)
			}
		}
	}
}

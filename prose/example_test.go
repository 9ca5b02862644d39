package prose_test

import (
	"fmt"

	"github.com/kzoic/kzoic/oic"
	"github.com/kzoic/kzoic/prose"
	"golang.org/x/text/language"
)

// A session title, a count and a date in each of the five languages.
func Example() {
	astana, _ := oic.CFM(38)
	for _, tag := range []string{"en", "ar", "fr", "kk", "ru"} {
		p := prose.NewPrinter(language.MustParse(tag))
		fmt.Println(p.SessionTitle(astana))
		fmt.Println(p.Count(prose.NounMemberStates, 57))
		fmt.Println(p.Date(astana.Start()))
	}
	// Output:
	// 38th Council of Foreign Ministers
	// 57 member states
	// 28 June 2011
	// الدورة الثامنة والثلاثون لمجلس وزراء الخارجية
	// 57 دولة عضوًا
	// 28 يونيو 2011
	// 38e session du Conseil des ministres des Affaires étrangères
	// 57 États membres
	// 28 juin 2011
	// Сыртқы істер министрлері кеңесінің 38-сессиясы
	// 57 мүше мемлекет
	// 2011 жылғы 28 маусым
	// 38-я сессия Совета министров иностранных дел
	// 57 государств-членов
	// 28 июня 2011 г.
}

func ExampleNewPrinter() {
	for _, tag := range []string{"fr-SN", "kk-Cyrl-KZ", "ru-KZ", "ar-SA", "ms-MY"} {
		p := prose.NewPrinter(language.MustParse(tag))
		fmt.Println(tag, p.Tag(), p.IsRTL())
	}
	// Output:
	// fr-SN fr false
	// kk-Cyrl-KZ kk false
	// ru-KZ ru false
	// ar-SA ar true
	// ms-MY en false
}

func ExamplePrinter_Date() {
	ru := prose.NewPrinter(language.Russian)
	for _, d := range []string{"1995", "1995-12", "1995-12-12", "[..2017-09-11]"} {
		fmt.Println(ru.Date(oic.MustParseDate(d)))
	}
	// Output:
	// 1995 г.
	// декабрь 1995 г.
	// 12 декабря 1995 г.
	// не позднее 11 сентября 2017 г.
}

func ExamplePrinter_Period() {
	kk := prose.NewPrinter(language.Kazakh)
	for _, s := range []string{"2011-06-28/2011-07-01", "2021-11-17/..", "1971/1973"} {
		p, _ := oic.ParsePeriod(s)
		fmt.Println(kk.Period(p))
	}
	// Output:
	// 2011 жылғы 28–30 маусым
	// 2021 жылғы 17 қарашадан бастап
	// 1971–1973 жж.
}

func ExamplePrinter_SessionTitle() {
	ar := prose.NewPrinter(language.Arabic)
	fr := prose.NewPrinter(language.French)
	for _, n := range []int{1, 13} {
		s, _ := oic.Summit(n)
		fmt.Println(ar.SessionTitle(s), "|", fr.SessionTitle(s))
	}
	// Output:
	// مؤتمر القمة الإسلامي الأول | 1er Sommet islamique
	// مؤتمر القمة الإسلامي الثالث عشر | 13e Sommet islamique
}

func ExamplePrinter_Count() {
	ru := prose.NewPrinter(language.Russian)
	for _, n := range []int{1, 3, 57} {
		fmt.Println(ru.Count(prose.NounMemberStates, n))
	}
	// Output:
	// 1 государство-член
	// 3 государства-члена
	// 57 государств-членов
}

func ExamplePrinter_Isolate() {
	ar := prose.NewPrinter(language.Arabic)
	fmt.Printf("%q\n", ar.Isolate("KAZ"))
	fmt.Printf("%q\n", ar.Isolate("كازاخستان"))
	// Output:
	// "\u2068KAZ\u2069"
	// "كازاخستان"
}

func ExamplePrinter_Term() {
	sg, _ := oic.SecretaryGeneralOn(oic.MustParseDate("2025-01-01"))
	attested := oic.Term{Period: oic.Period{
		Start: oic.MustParseDate("[..2018-09-28]"),
		End:   oic.MustParseDate("[2018-09-28..]"),
	}}
	for _, tag := range []language.Tag{language.English, language.Russian} {
		p := prose.NewPrinter(tag)
		fmt.Println(p.Term(sg))
		fmt.Println(p.Term(attested))
		fmt.Println(p.Term(oic.Term{}))
	}
	// Output:
	// 17 November 2021 – 16 November 2026 (end of the term as scheduled)
	// in office as the sources show: 28 September 2018; no source dates the start or the end
	// no date in the sources
	// 17 ноября 2021 г. – 16 ноября 2026 г. (плановое окончание срока)
	// по источникам, в должности: 28 сентября 2018 г.; начало и конец срока не датированы
	// дата в источниках не указана
}

package kzoic_test

import (
	"fmt"
	"slices"

	"github.com/kzoic/kzoic"
	"github.com/kzoic/kzoic/oic"
	"github.com/kzoic/kzoic/prose"
	"golang.org/x/text/language"
)

func ExampleRepresentativeOn() {
	for _, d := range []string{"2018-06-01", "2020-01-01"} {
		r, ok := kzoic.RepresentativeOn(oic.MustParseDate(d))
		fmt.Println(d, r.Person.Name(language.English), ok)
	}
	// Output:
	// 2018-06-01 Bakhyt Batyrshayev true
	// 2020-01-01 Berik Aryn true
}

func ExampleAdmission() {
	a := kzoic.Admission()
	fmt.Println(a.Date, a.Session, a.City.Key())
	// Output: 1995-12 cfm 23 conakry
}

func ExampleHostedSessions() {
	p := prose.NewPrinter(language.Kazakh)
	for s := range kzoic.HostedSessions() {
		fmt.Println(s, "|", p.SessionTitle(s), "|", p.Date(s.Start()))
	}
	// Output:
	// cfm 38 | Сыртқы істер министрлері кеңесінің 38-сессиясы | 2011 жылғы 28 маусым
	// science-summit 1 | ИЫҰ-ның ғылым және технологиялар жөніндегі 1-саммиті | 2017 жылғы 10 қыркүйек
}

func ExamplePermanentMission() {
	m := kzoic.PermanentMission()
	fmt.Println(m.Seat.Key(), m.Opened)
	// Output: jeddah 2010-03
}

// The opening lines of Kazakhstan's record, as oicinfo prints them, in the
// five languages of the module.
func Example_overview() {
	kz := kzoic.Kazakhstan()
	a := kzoic.Admission()
	for _, t := range []language.Tag{language.English, language.Arabic, language.French, language.Kazakh, language.Russian} {
		p := prose.NewPrinter(t)
		fmt.Println(kz.Name(t), "|", p.Status(kz.Status()), "|", p.Date(a.Date), "|", p.SessionTitle(a.Session))
		fmt.Println(" ", p.Count(prose.NounMemberStates, len(slices.Collect(oic.MembersOn(oic.Vintage())))))
	}
	// Output:
	// Kazakhstan | member | December 1995 | 23rd Islamic Conference of Foreign Ministers
	//   57 member states
	// كازاخستان | عضو | ديسمبر 1995 | المؤتمر الإسلامي الثالث والعشرون لوزراء الخارجية
	//   57 دولة عضوًا
	// Kazakhstan | membre | décembre 1995 | 23e Conférence islamique des ministres des Affaires étrangères
	//   57 États membres
	// Қазақстан | мүше | 1995 жылғы желтоқсан | Сыртқы істер министрлерінің 23-Ислам конференциясы
	//   57 мүше мемлекет
	// Казахстан | член | декабрь 1995 г. | 23-я Исламская конференция министров иностранных дел
	//   57 государств-членов
}

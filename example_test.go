package kzoic_test

import (
	"fmt"

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

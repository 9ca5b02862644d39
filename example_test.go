package kzoic_test

import (
	"fmt"

	"github.com/kzoic/kzoic"
	"github.com/kzoic/kzoic/oic"
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
	for s := range kzoic.HostedSessions() {
		fmt.Println(s.Title().English, s.Start())
	}
	// Output:
	// 38th Council of Foreign Ministers 2011-06-28
	// 1st OIC Summit on Science and Technology 2017-09-10
}

func ExamplePermanentMission() {
	m := kzoic.PermanentMission()
	fmt.Println(m.Seat.Key(), m.Opened)
	// Output: jeddah 2010-03
}

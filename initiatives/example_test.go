package initiatives_test

import (
	"fmt"

	"github.com/kzoic/kzoic/initiatives"
	"github.com/kzoic/kzoic/oic"
	"golang.org/x/text/language"
)

func ExampleLookup() {
	in, _ := initiatives.Lookup("iofs")
	fmt.Println(in.Name(language.English))
	fmt.Println(in.Name(language.Arabic))
	fmt.Println(in.Announced(), in.AnnouncedAt())
	m, _ := in.CountOn(initiatives.KindSignatories, oic.MustParseDate("2018-06-01"))
	fmt.Println(m.Count, "signatories as of", m.Date)
	// Output:
	// Islamic Organization for Food Security
	// المنظمة الإسلامية للأمن الغذائي
	// 2011-06-28 cfm 38
	// 32 signatories as of 2018-05
}

func ExampleActiveOn() {
	for in := range initiatives.ActiveOn(oic.MustParseDate("2018-06-01")) {
		fmt.Println(in.Key(), in.StatusOn(oic.MustParseDate("2018-06-01")))
	}
	// Output:
	// iofs implemented
	// rapprochement endorsed
	// triple-i endorsed
	// oic-15 proposed
}

func ExampleInitiative_Note() {
	in, _ := initiatives.Lookup("triple-i")
	ms := in.Milestones()
	fmt.Println("latest milestone:", ms[len(ms)-1].Date)
	if n, ok := in.Note(); ok {
		fmt.Println("as of", n.AsOf, "own French:", n.Text.IsOwn(language.French))
	}
	// Output:
	// latest milestone: 2019-06-04
	// as of 2026-11-01 own French: true
}

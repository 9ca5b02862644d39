package oic_test

import (
	"fmt"
	"slices"

	"github.com/kzoic/kzoic/oic"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

func ExampleMemberSince() {
	d, ok := oic.MemberSince("KZ")
	fmt.Println(d, d.Precision(), ok)
	d, ok = oic.MemberSince("sen")
	fmt.Println(d, d.Precision(), ok)
	_, ok = oic.MemberSince("FR")
	fmt.Println(ok)
	// Output:
	// 1995-12 month true
	// 1969 year true
	// false
}

func ExampleLookupCountry() {
	c, ok := oic.LookupCountry("kaz")
	fmt.Println(ok, c.Alpha2(), c.Alpha3(), c.Name(language.English))
	fmt.Println(c.Name(language.Arabic), c.Name(language.French))
	fmt.Println(c.Name(language.Kazakh), c.Name(language.Russian))
	// Output:
	// true KZ KAZ Kazakhstan
	// كازاخستان Kazakhstan
	// Қазақстан Казахстан
}

func ExampleActiveMembersOn() {
	on := oic.MustParseDate("2018-06-01")
	active := slices.Collect(oic.ActiveMembersOn(on))
	all := slices.Collect(oic.MembersOn(on))
	fmt.Println(len(all), "members,", len(active), "active")
	for c := range oic.SuspendedOn(on) {
		fmt.Println("suspended:", c.Name(language.English))
	}
	// Output:
	// 57 members, 56 active
	// suspended: Syria
}

func ExampleCountry_StatusOn() {
	syria := oic.MustParseCountry("SYR")
	for _, d := range []string{"2012-07", "2018-06-01", "2025-03-07"} {
		fmt.Println(d, syria.StatusOn(oic.MustParseDate(d)))
	}
	// Output:
	// 2012-07 member
	// 2018-06-01 suspended
	// 2025-03-07 member
}

func ExampleParseDate() {
	for _, s := range []string{"1995", "2010-03", "2011-06-28", "[..2017-09-11]", "2011-02-30"} {
		d, err := oic.ParseDate(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(d, d.Precision(), d.Bound, d.Earliest(), d.Latest())
	}
	// Output:
	// 1995 year on 1995-01-01 1995-12-31
	// 2010-03 month on 2010-03-01 2010-03-31
	// 2011-06-28 day on 2011-06-28 2011-06-28
	// [..2017-09-11] day on-or-before 0001-01-01 2017-09-11
	// oic.ParseDate: parsing "2011-02-30": out of range
}

func ExampleText_In() {
	name := oic.NamesOn(oic.Vintage())
	for _, tag := range []string{"en-GB", "ar-SA", "fr-SN", "kk", "ru-KZ", "tr"} {
		fmt.Printf("%s: %s\n", tag, name.In(language.MustParse(tag)))
	}
	// Output:
	// en-GB: Organisation of Islamic Cooperation
	// ar-SA: منظمة التعاون الإسلامي
	// fr-SN: Organisation de la coopération islamique
	// kk: Ислам ынтымақтастығы ұйымы
	// ru-KZ: Организация исламского сотрудничества
	// tr: Organisation of Islamic Cooperation
}

func ExampleNameHistory() {
	for _, n := range oic.NameHistory() {
		fmt.Println(n.Period, n.Name.English, "|", n.Session)
	}
	// Output:
	// 1969-09-25/2011-06-28 Organisation of the Islamic Conference | summit 1
	// 2011-06-28/.. Organisation of Islamic Cooperation | cfm 38
}

func ExampleCountry_NameOn() {
	bf := oic.MustParseCountry("BF")
	fmt.Println(bf.NameOn(oic.MustParseDate("1974"), language.English))
	fmt.Println(bf.NameOn(oic.MustParseDate("1974"), language.French))
	fmt.Println(bf.Name(language.English))
	// Output:
	// Upper Volta
	// Haute-Volta
	// Burkina Faso
}

// The Region of a state reaches every language golang.org/x/text knows:
// golang.org/x/text/language/display names it in any of them. (The core
// packages do not import display, which adds megabytes of tables; a
// program that wants CLDR names imports it, as this example does.)
func ExampleCountry_Region() {
	c := oic.MustParseCountry("KZ")
	fmt.Println(c.Region(), c.Region().ISO3(), c.Region().IsCountry())
	for _, t := range []language.Tag{language.Turkish, language.German, language.Japanese} {
		fmt.Println(t, display.Regions(t).Name(c.Region()))
	}
	// Output:
	// KZ KAZ true
	// tr Kazakistan
	// de Kasachstan
	// ja カザフスタン
}

func ExampleSummit() {
	s, _ := oic.Summit(13)
	fmt.Println(s, s.Kind().Name(language.English), s.Number())
	fmt.Println(s.City().Name(language.English), s.Host().Alpha2(), s.Period(), s.Period().Last())
	for d := range oic.DocumentsAdoptedAt(s) {
		fmt.Println("adopted:", d.Name(language.English))
	}
	// Output:
	// summit 13 Islamic Summit 13
	// Istanbul TR 2016-04-14/2016-04-16 2016-04-15
	// adopted: Istanbul Declaration on Unity and Solidarity for Justice and Peace
	// adopted: OIC-2025: Programme of Action
}

func ExampleCFM() {
	s, _ := oic.CFM(38)
	fmt.Println(s, s.Kind().NameOn(s.Start(), language.French))
	fmt.Println(s.City().NameOn(s.Start(), language.Russian), s.Start(), s.Period().Last())
	o := s.Outcomes()[0]
	fmt.Println(o.Kind, o.Text.English)
	// Output:
	// cfm 38 Conseil des ministres des Affaires étrangères
	// Астана 2011-06-28 2011-06-30
	// renamed Also adopted a new emblem
}

func ExampleSessionsHostedBy() {
	for s := range oic.SessionsHostedBy(oic.MustParseCountry("KZ")) {
		fmt.Println(s, s.Start(), s.City().NameOn(s.Start(), language.English))
	}
	// Output:
	// cfm 38 2011-06-28 Astana
	// science-summit 1 2017-09-10 Astana
}

func ExampleLookupBody() {
	b, _ := oic.LookupBody("comcec")
	fmt.Println(b.Acronym(), b.Kind(), b.Seat().Name(language.English), b.Seat().Country().Alpha2())
	b, _ = oic.LookupBody("IOFS")
	fmt.Println(b.Name(language.English), "|", b.Seat().Name(language.English))
	// Output:
	// COMCEC standing-committee Ankara TR
	// Islamic Organization for Food Security | Astana
}

func ExampleOffice_HolderOn() {
	o, _ := oic.LookupOffice("asg-science-technology")
	t, ok := o.HolderOn(oic.MustParseDate("2020-01-01"))
	fmt.Println(ok, t.Holder.Name(language.English), t.Country.Alpha2())
	t, _ = oic.SecretaryGeneralOn(oic.MustParseDate("2011"))
	fmt.Println(t.Holder.Name(language.English), t.Country.Alpha2(), t.Period)
	// Output:
	// true Askar Mussinov KZ
	// Ekmeleddin Ihsanoglu TR 2005/2013
}

func ExampleObserverOrgsOn() {
	for o := range oic.ObserverOrgsOn(oic.MustParseDate("1990-01-01")) {
		fmt.Println(o.Acronym(), o.Period().Start, o.Name(language.French))
	}
	// Output:
	// LAS 1975 Ligue des États arabes
	// UN 1976 Organisation des Nations Unies
	// AU 1977 Union africaine
	// MNLF 1977 Front Moro de libération nationale
	// NAM 1977 Mouvement des non-alignés
}

func ExampleObserverOrg_OtherNames() {
	las, _ := oic.LookupObserverOrg("LAS")
	fmt.Println(las.Name(language.English), las.Names().IsOwn(language.Russian))
	for _, n := range las.OtherNames() {
		fmt.Println(n.Name, n.Lang, n.Alias)
	}
	// Output:
	// League of Arab States false
	// Arab League en true
}

func ExampleObserverOrg_StatusOn() {
	las, _ := oic.LookupObserverOrg("LAS")
	for _, d := range []string{"1975-07-12", "1976-01-01"} {
		fmt.Println(d, las.StatusOn(oic.MustParseDate(d)))
	}
	for _, a := range las.Alternatives() {
		fmt.Println("alternative:", a.Field, a.Date)
	}
	// Output:
	// 1975-07-12 maybe
	// 1976-01-01 yes
	// alternative: from 1970-12
}

func ExampleSecretaryGeneralOn() {
	for _, d := range []string{"2026-11-01", "2030-01-01"} {
		if t, ok := oic.SecretaryGeneralOn(oic.MustParseDate(d)); ok {
			fmt.Println(d, t.Holder.Name(language.English))
		} else {
			fmt.Println(d, "not known")
		}
	}
	sg, _ := oic.LookupOffice("secretary-general")
	terms := sg.Terms()
	last := terms[len(terms)-1]
	fmt.Println(last.Holder.Name(language.English), last.Period, "scheduled:", last.Scheduled)
	// Output:
	// 2026-11-01 Hissein Brahim Taha
	// 2030-01-01 not known
	// Hissein Brahim Taha 2021-11-17/2026-11-17 scheduled: true
}

func ExampleOffice_HoldersOn() {
	o, _ := oic.LookupOffice("asg-economic")
	for _, d := range []string{"2020-06-01", "2021-06-01"} {
		for _, t := range o.HoldersOn(oic.MustParseDate(d)) {
			fmt.Println(d, t.Holder.Name(language.English), t.Period)
		}
	}
	// Output:
	// 2020-06-01 Hameed Opeloyeru [..2016-04-26]/[2016-07-21..]
	// 2020-06-01 Ahmad Ssenyomo [..2020-09]/2020-09
	// 2021-06-01 Ahmad Kawesa Sengendo 2020-11-28/..
}

func ExampleBody_Doubts() {
	for b := range oic.Bodies(0) {
		for _, d := range b.Doubts() {
			fmt.Println(b.Key(), d.Field, d.Doubt)
		}
	}
	comcec, _ := oic.LookupBody("comcec")
	fmt.Println(comcec.DoubtOn("seat"), comcec.DoubtOn("founded").IsValid())
	// Output:
	// comcec seat inferred
	// wfiais name unconfirmed-name
	// wfiais seat sources-disagree
	// iums founded sources-disagree
	// oic-cert seat sources-disagree
	// inferred false
}

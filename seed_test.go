package kzoic_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/kzoic/kzoic"
	"github.com/kzoic/kzoic/initiatives"
	"github.com/kzoic/kzoic/oic"
	"github.com/kzoic/kzoic/prose"
	"golang.org/x/text/language"
)

// The seed text speaks for mid-2018: it reports the 45th Council of
// Foreign Ministers (May 2018) as past.
var (
	seedDate = oic.MustParseDate("2018-06-01")
	today    = oic.Vintage()
)

func count[T any](seq func(func(T) bool)) int {
	n := 0
	for range seq {
		n++
	}
	return n
}

func cfm(n int) oic.Session {
	s, _ := oic.CFM(n)
	return s
}

func summit(n int) oic.Session {
	s, _ := oic.Summit(n)
	return s
}

func initiative(key string) initiatives.Initiative {
	in, _ := initiatives.Lookup(key)
	return in
}

func body(acronym string) oic.Body {
	b, _ := oic.LookupBody(acronym)
	return b
}

func doc(key string) oic.Document {
	d, _ := oic.LookupDocument(key)
	return d
}

func holder(office string, d oic.Date) string {
	o, _ := oic.LookupOffice(office)
	t, ok := o.HolderOn(d)
	if !ok {
		return "(not known)"
	}
	return t.Holder.Name(language.English) + " (" + t.Country.Alpha2() + ")"
}

func sessionText(s oic.Session) string {
	return fmt.Sprintf("%s, %s (%s), %v to %v", prose.NewPrinter(language.English).SessionTitle(s), s.City().NameOn(s.Start(), language.English), s.Host().Alpha2(), s.Start(), s.Period().Last())
}

func countOn(key string, k initiatives.MilestoneKind, d oic.Date) string {
	m, ok := initiative(key).CountOn(k, d)
	if !ok {
		return "(none)"
	}
	return fmt.Sprintf("%d as of %v", m.Count, m.Date)
}

func statuses(d oic.Date) string {
	var s []string
	for in := range initiatives.All() {
		s = append(s, in.Key()+"="+in.StatusOn(d).String())
	}
	return strings.Join(s, " ")
}

// renamesOrganisation reports whether s has an outcome that renamed the
// organisation itself.
func renamesOrganisation(s oic.Session) bool {
	return slices.ContainsFunc(s.Outcomes(), func(o oic.Outcome) bool { return o.Kind == oic.OutcomeRenamed && !o.Body.IsValid() })
}

func keysOf[T interface{ Key() string }](list []T) string {
	var k []string
	for _, x := range list {
		k = append(k, x.Key())
	}
	return strings.Join(k, " ")
}

// TestSeed walks every factual statement of the seed text (shared/seed,
// "updated 30 November 2017", speaking for mid-2018) and answers it through
// the public API. Where the world changed after mid-2018, a second row
// gives today's answer.
func TestSeed(t *testing.T) {
	for _, tt := range []struct {
		name string
		got  func() any
		want any
	}{
		// The Organisation of Islamic Cooperation (OIC, until 2011 -
		// Organisation of the Islamic Conference) was established in 1969.
		{"established in 1969", func() any { return oic.Founded().Year }, 1969},
		{"name until 2011", func() any { return oic.NamesOn(oic.MustParseDate("2010")).English }, "Organisation of the Islamic Conference"},
		{"name since 2011", func() any { return oic.NamesOn(seedDate).English }, "Organisation of Islamic Cooperation"},
		{"renamed in 2011", func() any { return oic.NameHistory()[1].Period.Start.Year }, 2011},

		// The headquarters of the OIC General Secretariat is in Jeddah
		// (the Kingdom of Saudi Arabia).
		{"headquarters", func() any {
			return oic.Headquarters().Name(language.English) + ", " + oic.Headquarters().Country().Alpha3()
		}, "Jeddah, SAU"},
		{"General Secretariat seat", func() any { return body("general-secretariat").Seat().Key() }, "jeddah"},

		// Currently, the OIC membership includes 56 member states
		// (excluding Syria, membership was suspended in August 2012).
		{"56 active members, mid-2018", func() any { return count(oic.ActiveMembersOn(seedDate)) }, 56},
		{"Syria suspended, mid-2018", func() any { s, _ := oic.MustParseCountry("SY").StatusOn(seedDate).Status(); return s }, oic.StatusSuspended},
		{"Syria suspended in August 2012", func() any {
			for _, h := range oic.MustParseCountry("SY").History() {
				if h.Status == oic.StatusSuspended {
					return oic.MustParseDate("2012-08").Contains(h.Date)
				}
			}
			return false
		}, true},
		{"today: 57 active members", func() any { return count(oic.ActiveMembersOn(today)) }, 57},
		{"today: Syria reinstated on 2025-03-07", func() any {
			h := oic.MustParseCountry("SY").History()
			return h[len(h)-1].Date.String() + " " + h[len(h)-1].Status.String()
		}, "2025-03-07 member"},

		// The working languages of the OIC are English, Arabic and French.
		{"working languages", func() any { return fmt.Sprint(oic.WorkingLanguages()) }, "[ar en fr]"},

		// The main documents of the Organisation are the OIC Charter and the
		// 10-year strategic document titled OIC-2025: Programme of Action
		// adopted in April 2016.
		{"Charter in force, mid-2018", func() any { return oic.CharterOn(seedDate).Key() }, "charter-2008"},
		{"OIC-2025 adopted April 2016", func() any { return doc("oic-2025").Adopted().Earliest().String()[:7] }, "2016-04"},
		{"OIC-2025 adopted by the 13th Summit", func() any { return doc("oic-2025").AdoptedAt() }, summit(13)},
		{"OIC-2025 is a ten-year programme", func() any {
			v := doc("oic-2025").Validity()
			return v.End.Year - v.Start.Year
		}, 10},
		{"today: OIC-2025 has run out", func() any { return doc("oic-2025").Validity().Contains(today) }, false},
		{"today: the 2008 Charter is still in force", func() any { return oic.CharterOn(today).Key() }, "charter-2008"},

		// Kazakhstan is a member of the OIC since 1995.
		{"Kazakhstan member since 1995", func() any {
			d, ok := oic.MemberSince("KZ")
			return fmt.Sprint(d.Year, ok)
		}, "1995 true"},
		{"Kazakhstan admitted by the 23rd CFM", func() any { return kzoic.Admission().Session }, cfm(23)},

		// The Permanent Mission of the Republic of Kazakhstan to the OIC has
		// been operating in Jeddah since March 2010.
		{"Permanent Mission", func() any {
			m := kzoic.PermanentMission()
			return m.Seat.Key() + " " + m.Opened.String()
		}, "jeddah 2010-03"},

		// The Permanent Representative of the Republic of Kazakhstan at the
		// OIC is Ambassador of the Republic of Kazakhstan to Saudi Arabia
		// Bakhyt Batyrshayev.
		{"Permanent Representative, mid-2018", func() any {
			r, _ := kzoic.RepresentativeOn(seedDate)
			return r.Person.Name(language.English) + ", " + r.Post.English
		}, "Bakhyt Batyrshayev, Ambassador of Kazakhstan to Saudi Arabia"},
		{"Permanent Representative, 2020", func() any {
			r, _ := kzoic.RepresentativeOn(oic.MustParseDate("2020"))
			return r.Person.Name(language.English)
		}, "Berik Aryn"},
		{"today: Permanent Representative not known", func() any {
			_, ok := kzoic.RepresentativeOn(today)
			return ok
		}, false},

		// The chairmanship of the Republic of Kazakhstan in the 38th session
		// of the OIC Council of Foreign Ministers, held on June 28-30, 2011
		// in Astana, was one of the notable events.
		{"38th CFM", func() any { return sessionText(cfm(38)) }, "38th Council of Foreign Ministers, Astana (KZ), 2011-06-28 to 2011-06-30"},
		{"Kazakhstan chaired the CFM from the 38th session", func() any {
			c := kzoic.Chairmanships()[0]
			return fmt.Sprint(c.Session, " ", c.Date, " ", c.Last())
		}, "cfm 38 2011-06-28 2012-11-15"},

		// One of the main outcomes of this event was the decision to rename
		// the Organization to the Organization of Islamic Cooperation.
		{"renaming decided at the 38th CFM", func() any { return oic.NameHistory()[1].Session }, cfm(38)},
		{"renaming among the outcomes of the 38th CFM", func() any { return renamesOrganisation(cfm(38)) }, true},

		// Within the 38th session of the OIC Council of Foreign Ministers,
		// President of the Republic of Kazakhstan N. Nazarbayev announced
		// the initiative to create the Islamic Organization for Food Security
		// (IOFS).
		{"IOFS announced at the 38th CFM", func() any { return initiative("iofs").AnnouncedAt() }, cfm(38)},
		{"IOFS proposed by Nazarbayev", func() any { return proposedBy("iofs", "nursultan-nazarbayev") }, true},
		{"IOFS name", func() any { return initiative("iofs").Name(language.English) }, "Islamic Organization for Food Security"},

		// The main goal of this initiative is to consolidate the capabilities
		// of the OIC member states in the field of food security.
		{"IOFS goal", func() any { return strings.Contains(initiative("iofs").Goal().English, "food security") }, true},

		// To date, 32 OIC member states signed the Charter, 12 of which have
		// already ratified it.
		{"IOFS signatories, mid-2018", func() any { return countOn("iofs", initiatives.KindSignatories, seedDate) }, "32 as of 2018-05"},
		{"IOFS ratifications, mid-2018", func() any { return countOn("iofs", initiatives.KindRatifications, seedDate) }, "12 as of 2018-05"},
		{"IOFS signatories, 2016", func() any { return countOn("iofs", initiatives.KindSignatories, oic.MustParseDate("2016-06")) }, "24 as of 2016-03"},
		{"today: IOFS members", func() any { return countOn("iofs", initiatives.KindSignatories, today) }, "41 as of 2025-12-17"},

		// In March 2018 the IOFS Charter entered into legal force.
		{"IOFS statute in force March 2018", func() any { return doc("iofs-statute").InForce().String() }, "2018-03"},
		{"IOFS implemented from March 2018", func() any { return initiative("iofs").StatusOn(oic.MustParseDate("2018-04")) }, initiatives.StatusImplemented},

		// The Organization's headquarters is based in Astana and is actively
		// operating.
		{"IOFS seat", func() any { return body("IOFS").Seat().NameOn(seedDate, language.English) }, "Astana"},
		{"IOFS seat named Nur-Sultan in 2020", func() any { return body("IOFS").Seat().NameOn(oic.MustParseDate("2020"), language.English) }, "Nur-Sultan"},
		{"IOFS operating", func() any { return initiative("iofs").StatusOn(seedDate) }, initiatives.StatusImplemented},

		// On April 14-15, 2016 President of Kazakhstan Nursultan Nazarbayev
		// took part in the 13th OIC Summit held in Istanbul.
		{"13th Summit", func() any { return sessionText(summit(13)) }, "13th Islamic Summit, Istanbul (TR), 2016-04-14 to 2016-04-15"},

		// Within the Summit, the Head of the State, in collaboration with
		// President of Turkey R. Erdogan, launched an initiative to start the
		// process of Islamic Rapprochement.
		{"Rapprochement at the 13th Summit", func() any { return initiative("rapprochement").AnnouncedAt() }, summit(13)},
		{"Rapprochement launched with Erdoğan", func() any { return proposedBy("rapprochement", "recep-tayyip-erdogan") }, true},
		{"Rapprochement with Türkiye", func() any { return keysOf(initiative("rapprochement").Partners()) }, "TUR"},
		{"Türkiye named Turkey in 2016", func() any {
			return oic.MustParseCountry("TR").NameOn(oic.MustParseDate("2016-04-14"), language.English)
		}, "Turkey"},
		{"today: Türkiye", func() any { return oic.MustParseCountry("TR").Name(language.English) }, "Türkiye"},

		// Currently, this Islamic Rapprochement initiative is included in the
		// OIC agenda and is in the focus of the member states.
		{"Rapprochement endorsed", func() any { return initiative("rapprochement").StatusOn(seedDate) }, initiatives.StatusEndorsed},

		// In addition, within the Summit President of Kazakhstan N.
		// Nazarbayev put forward an initiative on the need to develop a
		// program document called "Islamic Infrastructure Initiative"
		// (Triple I).
		{"Triple I at the 13th Summit", func() any { return initiative("triple-i").AnnouncedAt() }, summit(13)},
		{"Triple I name", func() any { return initiative("triple-i").Name(language.English) }, "Islamic Infrastructure Integration (Triple I)"},

		// The main goal of the Triple I initiative is to maximize the
		// possible integration of transport and logistics systems operating
		// in the OIC space by linking three special development programs of
		// the Islamic Development Bank on Central Asia, Africa, the Middle
		// East and North Africa.
		{"Triple I goal", func() any {
			g := initiative("triple-i").Goal().English
			return strings.Contains(g, "Islamic Development Bank") && strings.Contains(g, "Central Asia") && strings.Contains(g, "Africa")
		}, true},

		// Nowadays, the Ministry of Foreign Affairs of Kazakhstan is
		// promoting this initiative both within the cooperation with the
		// Islamic Development Bank and the main economic platform of the OIC
		// countries - COMCEC, headquarter of which is in Ankara (Turkey).
		{"Triple I promoted with the IsDB and COMCEC", func() any { return keysOf(initiative("triple-i").Bodies()) }, "isdb comcec"},
		{"COMCEC in Ankara", func() any {
			return body("COMCEC").Seat().Name(language.English) + ", " + body("COMCEC").Seat().Country().Alpha3()
		}, "Ankara, TUR"},

		// These initiatives were supported by the participants of the OIC
		// Istanbul Summit and reflected in its Final Communiqué.
		{"initiatives endorsed by the 13th Summit", func() any {
			var k []string
			for in := range initiatives.All() {
				for _, m := range in.Milestones() {
					if m.Session == summit(13) && m.Status == initiatives.StatusEndorsed {
						k = append(k, in.Key())
					}
				}
			}
			return strings.Join(k, " ")
		}, "rapprochement triple-i sti-summit"},

		// The first OIC Summit on Science and Technology titled "Science,
		// Technology, Innovation and Modernization of the Islamic World",
		// held on the initiative of President of the Republic of Kazakhstan
		// N. Nazarbayev in Astana on September 10-11, 2017.
		{"science summit", func() any {
			s, _ := oic.SessionOf(oic.KindScienceSummit, 1)
			return sessionText(s)
		}, "1st OIC Summit on Science and Technology, Astana (KZ), 2017-09-10 to 2017-09-11"},
		{"science summit theme", func() any {
			s, _ := oic.SessionOf(oic.KindScienceSummit, 1)
			return strings.HasPrefix(s.Theme().English, "Science, Technology, Innovation and Moderni")
		}, true},
		{"science summit on Nazarbayev's initiative", func() any { return proposedBy("sti-summit", "nursultan-nazarbayev") }, true},

		// The main outcome of the Summit was the adoption of the Astana
		// Declaration and the OIC Science, Technology and Innovations Agenda
		// 2026.
		{"science summit documents", func() any {
			s, _ := oic.SessionOf(oic.KindScienceSummit, 1)
			return keysOf(slices.Collect(oic.DocumentsAdoptedAt(s)))
		}, "sti-agenda-2026 astana-declaration-2017"},

		// The Republic of Kazakhstan put forward the candidacy of Ambassador
		// A. Mussinov for the post of the OIC Assistant Secretary General for
		// Science and Technology, the elections were held during the 45th
		// session of the OIC Council of Foreign Ministers on May 5-6, 2018 in
		// Dhaka (Bangladesh).
		{"45th CFM", func() any { return sessionText(cfm(45)) }, "45th Council of Foreign Ministers, Dhaka (BD), 2018-05-05 to 2018-05-06"},
		{"Mussinov elected at the 45th CFM", func() any {
			for _, t := range kzoic.Posts() {
				if t.Holder.Key() == "askar-mussinov" && t.Office.Key() == "asg-science-technology" {
					return t.ElectedAt == cfm(45)
				}
			}
			return false
		}, true},

		// Ambassador A. Mussinov won the elections and is to take the office
		// on July 1, 2019.
		{"Mussinov's term from 2019-07-01", func() any { return holder("asg-science-technology", oic.MustParseDate("2019-07-01")) }, "Askar Mussinov (KZ)"},
		{"today: the science post held by Pakistan's nominee", func() any { return holder("asg-science-technology", today) }, "Aftab Ahmad Khokhar (PK)"},

		// Nowadays, the current agenda of cooperation between Kazakhstan and
		// the OIC includes the initiatives of President N. Nazarbayev:
		// capacity building of the IOFS; promotion of the Islamic
		// Rapprochement; promotion of the Islamic Infrastructure Integration
		// (Triple I). In addition, integration in the abovementioned Agenda
		// of a new initiative of Kazakhstan aimed at creating an OIC-15
		// platform in the field of science and technology is under process.
		{"the agenda, mid-2018", func() any { return keysOf(slices.Collect(initiatives.ActiveOn(seedDate))) }, "iofs rapprochement triple-i oic-15"},
		{"OIC-15 under process, mid-2018", func() any { return initiative("oic-15").StatusOn(seedDate) }, initiatives.StatusProposed},
		{"statuses, mid-2018", func() any { return statuses(seedDate) }, "iofs=implemented rapprochement=endorsed triple-i=endorsed oic-15=proposed sti-summit=implemented"},
		{"today: OIC-15 working", func() any { return initiative("oic-15").Status() }, initiatives.StatusImplemented},
		{"today: Secretary-General", func() any {
			t, _ := oic.SecretaryGeneralOn(today)
			return t.Holder.Name(language.English)
		}, "Hissein Brahim Taha"},
		{"today: the capital is named Astana", func() any { return cfm(38).City().Name(language.English) }, "Astana"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.got(); got != tt.want {
				t.Errorf("got %v; want %v", got, tt.want)
			}
		})
	}
}

// proposedBy reports whether the person with the given key proposed the
// initiative.
func proposedBy(initiativeKey, personKey string) bool {
	for _, p := range initiative(initiativeKey).ProposedBy() {
		if p.Key() == personKey {
			return true
		}
	}
	return false
}

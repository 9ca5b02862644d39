package prose

import (
	"strconv"

	"github.com/kzoic/kzoic/oic"
)

// SessionTitle returns the title of s for a reader, with its number as an
// ordinal that agrees with the title's noun: "38th Council of Foreign
// Ministers", "1st Islamic Summit", "4th Extraordinary Islamic Summit",
// "1st OIC Summit on Science and Technology";
// "الدورة الثامنة والثلاثون لمجلس وزراء الخارجية", "مؤتمر القمة الإسلامي
// الثالث عشر"; "38e session du Conseil des ministres des Affaires
// étrangères", "1er Sommet islamique"; "Сыртқы істер министрлері
// кеңесінің 38-сессиясы"; "38-я сессия Совета министров иностранных дел",
// "13-й Исламский саммит".
//
// A session of the Council of Foreign Ministers held under its former name
// in the Printer's language takes that name: "23rd Islamic Conference of
// Foreign Ministers". A
// session without a number of its own is titled by its kind alone
// ("Extraordinary Islamic Summit"). The zero Session gives "".
func (p *Printer) SessionTitle(s oic.Session) string {
	k := s.Kind()
	if !k.IsValid() {
		return ""
	}
	key := "title." + k.String()
	if (k == oic.KindCFM || k == oic.KindExtraordinaryCFM) && p.formerCFMName(s.Start()) {
		key += ".former"
	}
	n := s.Number()
	if n == 0 {
		return p.word(key + ".unnumbered")
	}
	g := genderNone
	if row, ok := lookup(key); ok {
		g = row.gender[p.lang]
	}
	return p.Sprintf(key, p.ordinal(n, g))
}

// formerCFMName reports whether the Council of Foreign Ministers bore
// another name on d than today in the Printer's language: it was the
// Islamic Conference of Foreign Ministers until 28 June 2011 in English,
// while French, Arabic and Russian sources already used the Council's name
// in 2009.
func (p *Printer) formerCFMName(d oic.Date) bool {
	t := p.Tag()
	return oic.KindCFM.NameOn(d, t) != oic.KindCFM.Names().In(t)
}

// ordinal returns n as an ordinal in the Printer's language, agreeing with
// a noun of gender g: "38th"; Arabic words ("الثامنة والثلاثون"); "38e",
// "1er", "1re"; "38-я", "13-й", "5-е"; and, for Kazakh, the number alone, which
// the message follows with a hyphen ("38-сессиясы").
func (p *Printer) ordinal(n int, g gender) string {
	switch p.lang {
	case langAR:
		if s, ok := arabicOrdinal(n, g == genderFeminine); ok {
			return s
		}
	case langFR:
		switch {
		case n != 1:
			return strconv.Itoa(n) + "e"
		case g == genderFeminine:
			return "1re"
		}
		return "1er"
	case langRU:
		switch g {
		case genderFeminine:
			return strconv.Itoa(n) + "-я"
		case genderNeuter:
			return strconv.Itoa(n) + "-е"
		}
		return strconv.Itoa(n) + "-й"
	case langKK:
		return strconv.Itoa(n)
	case langEN:
		return englishOrdinal(n)
	}
	return strconv.Itoa(n)
}

// englishOrdinal returns n with its English ordinal suffix: 1st, 2nd, 3rd,
// 4th, 11th, 12th, 13th, 21st, 101st, 111th.
func englishOrdinal(n int) string {
	suffix := "th"
	if n%100 < 11 || n%100 > 13 {
		switch n % 10 {
		case 1:
			suffix = "st"
		case 2:
			suffix = "nd"
		case 3:
			suffix = "rd"
		}
	}
	return strconv.Itoa(n) + suffix
}

// Arabic ordinal words, definite and in the nominative, as titles use
// them: [0] masculine, [1] feminine.
var (
	// arabicUnits holds the ordinals 1 to 10.
	arabicUnits = [11][2]string{
		{},
		{"الأول", "الأولى"},
		{"الثاني", "الثانية"},
		{"الثالث", "الثالثة"},
		{"الرابع", "الرابعة"},
		{"الخامس", "الخامسة"},
		{"السادس", "السادسة"},
		{"السابع", "السابعة"},
		{"الثامن", "الثامنة"},
		{"التاسع", "التاسعة"},
		{"العاشر", "العاشرة"},
	}
	// arabicOne is the form of "first" in compound ordinals (11th, 21st, …).
	arabicOne = [2]string{"الحادي", "الحادية"}
	// arabicTeen is the second word of the ordinals 11 to 19.
	arabicTeen = [2]string{"عشر", "عشرة"}
	// arabicTens holds the tens, the same for both genders.
	arabicTens = [10]string{"", "", "العشرون", "الثلاثون", "الأربعون", "الخمسون", "الستون", "السبعون", "الثمانون", "التسعون"}
)

// arabicOrdinal returns the definite Arabic ordinal word for n, from 1 to
// 199, masculine or feminine: الثالث عشر, الثالثة عشرة, الحادي والعشرون,
// المائة, الحادي بعد المائة, الخامس بعد المائة. It returns false for
// other numbers.
func arabicOrdinal(n int, feminine bool) (string, bool) {
	g := 0
	if feminine {
		g = 1
	}
	switch {
	case n < 1 || n > 199:
		return "", false
	case n == 100:
		return "المائة", true
	case n == 101:
		return arabicOne[g] + " بعد المائة", true
	case n > 100:
		s, _ := arabicOrdinal(n-100, feminine)
		return s + " بعد المائة", true
	case n <= 10:
		return arabicUnits[n][g], true
	}
	unit, tens := n%10, n/10
	first := arabicUnits[unit][g]
	if unit == 1 {
		first = arabicOne[g]
	}
	switch {
	case tens == 1:
		return first + " " + arabicTeen[g], true
	case unit == 0:
		return arabicTens[tens], true
	}
	return first + " و" + arabicTens[tens], true
}

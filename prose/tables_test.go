package prose

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/kzoic/kzoic/initiatives"
	"github.com/kzoic/kzoic/oic"
)

var verb = regexp.MustCompile(`%(\[[0-9]+\])?[-+# 0]*[0-9]*(\.[0-9]*)?[a-zA-Z%]`)

// placeholderSet returns the fmt verbs of the strings, sorted and without
// repeats, and fails the test for a verb without an argument index.
func placeholderSet(t *testing.T, key string, ss ...string) []string {
	t.Helper()
	var out []string
	for _, s := range ss {
		for _, v := range verb.FindAllString(s, -1) {
			if v == "%%" {
				continue
			}
			if !strings.HasPrefix(v, "%[") {
				t.Errorf("%s: placeholder %q has no argument index", key, v)
			}
			out = append(out, v)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// TestMessagesComplete checks that every message has a text in each of the
// five languages.
func TestMessagesComplete(t *testing.T) {
	for _, m := range messageTable {
		for i, s := range m.text {
			if strings.TrimSpace(s) == "" {
				t.Errorf("%s has no %v text", m.key, langTag(i))
			}
		}
	}
	for _, key := range pluralKeys() {
		other := false
		for _, c := range pluralTable {
			if c.key == key && c.category == "other" {
				other = true
				for i, s := range c.text {
					if s == "" {
						t.Errorf("%s|other has no %v text", key, langTag(i))
					}
				}
			}
		}
		if !other {
			t.Errorf("%s has no other case", key)
		}
	}
}

// TestPlaceholdersAgree checks that every language of a message uses the
// same placeholders.
func TestPlaceholdersAgree(t *testing.T) {
	for _, m := range messageTable {
		want := placeholderSet(t, m.key, m.text[0])
		for i, s := range m.text[1:] {
			if got := placeholderSet(t, m.key, s); !slices.Equal(got, want) {
				t.Errorf("%s: %v placeholders %v, English %v", m.key, langTag(i+1), got, want)
			}
		}
	}
	for _, key := range pluralKeys() {
		var texts [numLangs][]string
		for _, c := range pluralTable {
			if c.key == key {
				for i, s := range c.text {
					texts[i] = append(texts[i], s)
				}
			}
		}
		want := placeholderSet(t, key, texts[0]...)
		for i := 1; i < numLangs; i++ {
			if got := placeholderSet(t, key, texts[i]...); !slices.Equal(got, want) {
				t.Errorf("%s: %v placeholders %v, English %v", key, langTag(i), got, want)
			}
		}
	}
}

func pluralKeys() []string {
	var keys []string
	for _, c := range pluralTable {
		keys = append(keys, c.key)
	}
	return slices.Compact(keys)
}

// TestTablesSorted checks the order that lookup relies on.
func TestTablesSorted(t *testing.T) {
	if !slices.IsSortedFunc(messageTable[:], func(a, b messageRow) int { return strings.Compare(a.key, b.key) }) {
		t.Error("messageTable is not sorted by key")
	}
	for i := 1; i < len(messageTable); i++ {
		if messageTable[i].key == messageTable[i-1].key {
			t.Errorf("duplicate key %s", messageTable[i].key)
		}
	}
}

func TestCatalogBuilds(t *testing.T) {
	if _, err := buildCatalog(); err != nil {
		t.Fatal(err)
	}
}

// TestMonthTable checks that every language has twelve months in the forms
// its messages use.
func TestMonthTable(t *testing.T) {
	for l := range numLangs {
		for m := range 12 {
			for _, f := range []monthForm{monthFormat, monthStandalone} {
				if monthTable[l][m][f] == "" {
					t.Errorf("%v month %d has no form %d", langTag(l), m+1, f)
				}
			}
		}
	}
	for _, row := range messageTable {
		for l, f := range row.month {
			if monthTable[l][0][f] == "" {
				t.Errorf("%s: %v takes month form %d, which the table lacks", row.key, langTag(l), f)
			}
		}
	}
}

// TestKeysExist checks that every key the code builds is in the catalog.
func TestKeysExist(t *testing.T) {
	var keys []string
	for _, prefix := range []string{"date", "period.from", "period.until"} {
		for _, p := range []string{"year", "month", "day"} {
			for _, b := range []string{"on", "on-or-before", "on-or-after"} {
				keys = append(keys, prefix+"."+p+"."+b)
			}
		}
	}
	keys = append(keys, "unknown", "list.or", "list.or.middle", "period.years", "period.months", "period.months.same-year",
		"period.days", "period.days.same-year", "period.days.same-month", "period.span")
	for k := range oic.SessionKinds() {
		keys = append(keys, "kind."+k.String(), "title."+k.String(), "title."+k.String()+".unnumbered")
		if k == oic.KindCFM || k == oic.KindExtraordinaryCFM {
			keys = append(keys, "title."+k.String()+".former", "title."+k.String()+".former.unnumbered")
		}
	}
	for _, s := range []oic.Status{oic.StatusNone, oic.StatusMember, oic.StatusSuspended, oic.StatusObserver, oic.StatusWithdrawn, oic.StatusMerged} {
		keys = append(keys, "status."+s.String())
	}
	for _, s := range []initiatives.Status{initiatives.StatusNone, initiatives.StatusProposed, initiatives.StatusEndorsed, initiatives.StatusImplemented} {
		keys = append(keys, "initiative-status."+s.String())
	}
	for k := oic.BodyKind(1); k.IsValid(); k++ {
		keys = append(keys, "body-kind."+k.String())
	}
	for k := oic.DocCharter; k <= oic.DocStatute; k++ {
		keys = append(keys, "document-kind."+k.String())
	}
	for _, c := range []oic.Certainty{oic.No, oic.Maybe, oic.Yes} {
		keys = append(keys, "certainty."+c.String())
	}
	for d := range oic.Doubts() {
		keys = append(keys, "doubt."+d.String())
	}
	for _, k := range keys {
		if _, ok := lookup(k); !ok {
			t.Errorf("no message %q", k)
		}
	}
	for _, k := range nounKeys[1:] {
		if !slices.Contains(pluralKeys(), k) {
			t.Errorf("no plural message %q", k)
		}
	}
}

// TestArabicOrdinals spot-checks the ordinals 1 to 50 in both genders and
// the hundreds.
func TestArabicOrdinals(t *testing.T) {
	for _, tt := range []struct {
		n    int
		m, f string
	}{
		{1, "الأول", "الأولى"},
		{2, "الثاني", "الثانية"},
		{3, "الثالث", "الثالثة"},
		{8, "الثامن", "الثامنة"},
		{10, "العاشر", "العاشرة"},
		{11, "الحادي عشر", "الحادية عشرة"},
		{12, "الثاني عشر", "الثانية عشرة"},
		{13, "الثالث عشر", "الثالثة عشرة"},
		{19, "التاسع عشر", "التاسعة عشرة"},
		{20, "العشرون", "العشرون"},
		{21, "الحادي والعشرون", "الحادية والعشرون"},
		{22, "الثاني والعشرون", "الثانية والعشرون"},
		{23, "الثالث والعشرون", "الثالثة والعشرون"},
		{30, "الثلاثون", "الثلاثون"},
		{31, "الحادي والثلاثون", "الحادية والثلاثون"},
		{38, "الثامن والثلاثون", "الثامنة والثلاثون"},
		{40, "الأربعون", "الأربعون"},
		{45, "الخامس والأربعون", "الخامسة والأربعون"},
		{50, "الخمسون", "الخمسون"},
		{51, "الحادي والخمسون", "الحادية والخمسون"},
		{99, "التاسع والتسعون", "التاسعة والتسعون"},
		{100, "المائة", "المائة"},
		{101, "الحادي بعد المائة", "الحادية بعد المائة"},
		{113, "الثالث عشر بعد المائة", "الثالثة عشرة بعد المائة"},
		{199, "التاسع والتسعون بعد المائة", "التاسعة والتسعون بعد المائة"},
	} {
		if got, ok := arabicOrdinal(tt.n, false); !ok || got != tt.m {
			t.Errorf("arabicOrdinal(%d, masculine) = %q, %v; want %q", tt.n, got, ok, tt.m)
		}
		if got, ok := arabicOrdinal(tt.n, true); !ok || got != tt.f {
			t.Errorf("arabicOrdinal(%d, feminine) = %q, %v; want %q", tt.n, got, ok, tt.f)
		}
	}
	for n := 1; n <= 199; n++ {
		m, ok1 := arabicOrdinal(n, false)
		f, ok2 := arabicOrdinal(n, true)
		if !ok1 || !ok2 || m == "" || f == "" || strings.Contains(m+f, "  ") {
			t.Errorf("arabicOrdinal(%d) = %q, %q", n, m, f)
		}
	}
	for _, n := range []int{0, -1, 200} {
		if s, ok := arabicOrdinal(n, false); ok {
			t.Errorf("arabicOrdinal(%d) = %q, true", n, s)
		}
	}
}

func TestEnglishOrdinals(t *testing.T) {
	for n, want := range map[int]string{1: "1st", 2: "2nd", 3: "3rd", 4: "4th", 11: "11th", 12: "12th", 13: "13th",
		21: "21st", 22: "22nd", 23: "23rd", 38: "38th", 101: "101st", 111: "111th", 112: "112th"} {
		if got := englishOrdinal(n); got != want {
			t.Errorf("englishOrdinal(%d) = %q, want %q", n, got, want)
		}
	}
}

package fold

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kzoic/kzoic/internal/fold/chain"
)

func TestKey(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Kazakhstan", "kazakhstan"},
		{"  KAZAKHSTAN  ", "kazakhstan"},
		{"Côte d’Ivoire", "cote divoire"},
		{"Cote d'Ivoire", "cote divoire"},
		{"Guinea-Bissau", "guinea bissau"},
		{"Nur‑Sultan", "nur sultan"}, // non-breaking hyphen
		{"Nur–Sultan", "nur sultan"}, // en dash
		{"Türkiye", "turkiye"},
		{"TÜRKIYE", "turkiye"},
		{"Yaoundé", "yaounde"},
		{"Астана", "астана"},
		{"Қазақстан", "қазақстан"},
		{"ҚАЗАҚСТАН", "қазақстан"},
		{"Ёлка", "елка"},
		{"كازاخستان", "كازاخستان"},
		{"الإمارات", "الامارات"},
		{"الأردن", "الاردن"},
		{"آسيا", "اسيا"},
		{"جدة", "جده"},
		{"مصـــر", "مصر"},
		{"مُنَظَّمَة", "منظمه"},
		{"موسى", "موسي"},
		{"مؤتمر", "موتمر"},
		{"Straße", "strasse"},
		{"ﬁnance", "finance"},
		{"Йемен", "иемен"},
		{"İstanbul", "istanbul"},
		{"Ελλάδα", "ελλαδα"},
		{"Oʻzbekiston", "ozbekiston"},
		{"Azərbaycan", "azərbaycan"},
		{"한국", "\u1112\u1161\u11ab\u1100\u116e\u11a8"},
		{"a\xffb", "a b"},
		{"", ""},
		{" - ", ""},
	} {
		if got := Key(tt.in); got != tt.want {
			t.Errorf("Key(%q) = %q; want %q", tt.in, got, tt.want)
		}
		if got := string(AppendTight(nil, tt.in)); got != string(bytes.ReplaceAll([]byte(tt.want), []byte(" "), nil)) {
			t.Errorf("AppendTight(%q) = %q", tt.in, got)
		}
	}
}

func TestBare(t *testing.T) {
	for _, tt := range []struct {
		in, want string
		dropped  bool
	}{
		{"الجزائر", "جزاير", true},
		{"جزائر", "جزاير", false},
		{"العربية السعودية", "عربيهسعوديه", true},
		{"السعودية", "سعوديه", true},
		{"الإمارات العربية المتحدة", "اماراتعربيهمتحده", true},
		{"ال", "ال", false},
		{"الم", "الم", false}, // one letter after the article: not an article
		{"Kazakhstan", "kazakhstan", false},
	} {
		got, dropped := AppendBare(nil, Append(nil, tt.in))
		if string(got) != tt.want || dropped != tt.dropped {
			t.Errorf("AppendBare(%q) = %q, %v; want %q, %v", tt.in, got, dropped, tt.want, tt.dropped)
		}
	}
}

func TestVariant(t *testing.T) {
	variant := func(s string) string { return string(AppendVariant(nil, Append(nil, s))) }
	for _, group := range [][]string{
		{"Қазақстан", "Казакстан", "Qazaqstan", "Kazakstan"},
		{"Казахстан", "Kazakhstan", "Kazahstan"},
		{"Өзбекстан", "Озбекстан", "Ozbekstan"},
		{"Россия", "Rossiya", "Rossiia", "Rosiya"},
		{"Таджикистан", "Tajikistan", "Tadzhikistan", "Tadjikistan"},
		{"Кыргызстан", "Kyrgyzstan", "Kirgizstan", "Kirghizstan"},
		{"Tchad", "Chad", "Чад"},
		{"Ouganda", "Uganda", "Уганда"},
		{"Libya", "Lybia", "Ливия"[:0] + "Libia"},
		{"Iraq", "Irak", "Ирак"},
	} {
		want := variant(group[0])
		for _, s := range group[1:] {
			if got := variant(s); got != want {
				t.Errorf("variant(%q) = %q; variant(%q) = %q", s, got, group[0], want)
			}
		}
	}
	for _, pair := range [][2]string{{"Iran", "Iraq"}, {"Niger", "Nigeria"}, {"Oman", "Omani"}, {"Guinea", "Guinea-Bissau"}, {"Sudan", "South Sudan"}, {"Mali", "Malé"}} {
		if a, b := variant(pair[0]), variant(pair[1]); a == b {
			t.Errorf("%q and %q have the same variant %q", pair[0], pair[1], a)
		}
	}
}

func FuzzKey(f *testing.F) {
	for _, s := range []string{"Côte d’Ivoire", "الإمارات", "Нур-Султан", "\xff", "a\u0301", "ǅ", "Ꭰꭰ", "한국"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := Key(s)
		if !utf8.ValidString(k) {
			t.Errorf("Key(%q) = %q is not UTF-8", s, k)
		}
		if Key(k) != k {
			t.Errorf("Key is not idempotent on %q: %q then %q", s, k, Key(k))
		}
		if c := chain.Key(s); c != k {
			t.Errorf("Key(%q) = %q, but the chain gives %q", s, k, c)
		}
		v := AppendVariant(nil, []byte(k))
		if !utf8.Valid(v) {
			t.Errorf("the variant of %q is not UTF-8: %q", k, v)
		}
		b, _ := AppendBare(nil, []byte(k))
		if !utf8.Valid(b) {
			t.Errorf("the bare key of %q is not UTF-8: %q", k, b)
		}
	})
}

// TestTablesUpToDate regenerates the tables from the chain of transformers
// and compares them with tables.go; run go generate in internal/fold when
// x/text changes.
func TestTablesUpToDate(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the chain on every code point")
	}
	tab, err := chain.Generate()
	if err != nil {
		t.Fatal(err)
	}
	src, err := tab.Source()
	if err != nil {
		t.Fatal(err)
	}
	old, err := os.ReadFile("tables.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(old, src) {
		t.Error("tables.go is stale: run go generate in internal/fold")
	}
}

// TestEveryRune checks the key of every code point, alone, after a letter
// and before a space, against the chain, and that keys are fixed points.
func TestEveryRune(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the chain on every code point")
	}
	bad := 0
	f := chain.NewFolder()
	var buf []byte
	for r := rune(0); r <= utf8.MaxRune && bad < 10; r++ {
		if 0xD800 <= r && r <= 0xDFFF {
			continue
		}
		s := string(r)
		want := "a" + f.Rune(r) + " b"
		want = strings.Join(strings.FieldsFunc(want, func(r rune) bool { return r == ' ' }), " ")
		if buf = Append(buf[:0], "a"+s+" b"); string(buf) != want {
			t.Errorf("key of %U between letters = %q; want %q", r, buf, want)
			bad++
		}
		if k := Key(s); Key(k) != k {
			t.Errorf("key of %U = %q, whose key is %q", r, k, Key(k))
			bad++
		}
	}
}

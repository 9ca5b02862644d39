package fold

import (
	"testing"
	"unicode/utf8"
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
		{"", ""},
		{" - ", ""},
	} {
		if got := Key(tt.in); got != tt.want {
			t.Errorf("Key(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

// TestAppendAllocs checks the allocation budget of folding: none for
// Latin, Cyrillic and Arabic text, at most one (inside
// golang.org/x/text/unicode/norm) for text that takes the full chain.
func TestAppendAllocs(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector changes allocation counts; the plain test run checks them")
	}
	buf := make([]byte, 0, 256)
	for _, tt := range []struct {
		s   string
		max float64
	}{{"Kazakhstan", 0}, {"Cote d'Ivoire", 0}, {"Астана", 0}, {"Côte d’Ivoire", 0}, {"الإمارات", 0}, {"Straße", 1}} {
		if n := testing.AllocsPerRun(100, func() { buf = Append(buf[:0], tt.s) }); n > tt.max {
			t.Errorf("Append(%q) allocates %v times; want at most %v", tt.s, n, tt.max)
		}
	}
}

func FuzzKey(f *testing.F) {
	for _, s := range []string{"Côte d’Ivoire", "الإمارات", "Нур-Султан", "\xff", "a\u0301"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := Key(s)
		if utf8.ValidString(s) && !utf8.ValidString(k) {
			t.Errorf("Key(%q) = %q is not UTF-8", s, k)
		}
		// Keys of the scripts the module holds are fixed points. (Not of
		// all scripts: x/text folds Cherokee small letters to capitals,
		// and those back.)
		if simpleText(s) && Key(k) != k {
			t.Errorf("Key is not idempotent on %q: %q then %q", s, k, Key(k))
		}
		// The single pass agrees with the chain of transformers that
		// defines the key.
		if c := string(appendChain(nil, s)); c != k {
			t.Errorf("Key(%q) = %q, but the chain gives %q", s, k, c)
		}
	})
}

// simpleText reports whether every rune of s is in the blocks of the single
// pass.
func simpleText(s string) bool {
	for _, r := range s {
		if r >= utf8.RuneSelf && !simple(r) {
			return false
		}
	}
	return true
}

// TestSimpleRunesAgreeWithChain checks every rune the single pass handles,
// alone, between letters and with a combining mark, against the chain.
func TestSimpleRunesAgreeWithChain(t *testing.T) {
	n := 0
	for r := rune(0); r <= 0x206F; r++ {
		if r >= utf8.RuneSelf && !simple(r) {
			continue
		}
		for _, s := range []string{string(r), "a" + string(r) + "b", string(r) + "\u0301", "Ab " + string(r) + string(r)} {
			n++
			if k, c := Key(s), string(appendChain(nil, s)); k != c {
				t.Errorf("Key(%q) = %q, but the chain gives %q", s, k, c)
			}
		}
	}
	if n < 4000 {
		t.Errorf("checked only %d strings", n)
	}
}

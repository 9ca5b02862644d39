package ascii

import "testing"

func TestEqualFold(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"KAZ", "kaz", true}, {"Kaz", "kAZ", true}, {"", "", true}, {"kaz", "ka", false},
		{"kaz", "kbz", false}, {"é", "É", false}, {"é", "é", true}, {"[", "{", false},
		{"Organisation of Islamic Cooperation", "ORGANISATION OF ISLAMIC COOPERATION", true},
		{"Organisation of Islamic Cooperation", "Organisation of Islamic Cooperatio{", false},
		{"abcdefgh@", "ABCDEFGH`", false}, {"Saudi Arabia", "sAUDI aRABIA", true}, {"Côte d'Ivoire", "CôTE D'IVOIRE", true},
		{"Côte d'Ivoire", "CÔTE D'IVOIRE", false}, {"\x7b\x7b\x7b\x7b\x7b\x7b\x7b\x7b", "\x5b\x5b\x5b\x5b\x5b\x5b\x5b\x5b", false},
	} {
		if got := EqualFold(tt.a, tt.b); got != tt.want {
			t.Errorf("EqualFold(%q, %q) = %v", tt.a, tt.b, got)
		}
	}
}

func FuzzEqualFold(f *testing.F) {
	f.Add("Kazakhstan", "KAZAKHSTAN")
	f.Add("abcdefgh@[`{", "ABCDEFGH`{@[")
	f.Fuzz(func(t *testing.T, a, b string) {
		want := len(a) == len(b) && equalFold(a, b)
		if got := EqualFold(a, b); got != want {
			t.Errorf("EqualFold(%q, %q) = %v; want %v", a, b, got, want)
		}
		// Every string equals itself with the case of its ASCII letters
		// flipped.
		if !EqualFold(a, flip(a)) {
			t.Errorf("EqualFold(%q, %q) is false", a, flip(a))
		}
	})
}

package ascii

import "testing"

func TestEqualFold(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"KAZ", "kaz", true}, {"Kaz", "kAZ", true}, {"", "", true}, {"kaz", "ka", false},
		{"kaz", "kbz", false}, {"é", "É", false}, {"é", "é", true}, {"[", "{", false},
	} {
		if got := EqualFold(tt.a, tt.b); got != tt.want {
			t.Errorf("EqualFold(%q, %q) = %v", tt.a, tt.b, got)
		}
	}
}

//go:build !race

// The race detector changes allocation counts, so the allocation tests run
// without it.

package fold

import "testing"

// TestAppendAllocs checks that folding does not allocate.
func TestAppendAllocs(t *testing.T) {
	buf := make([]byte, 0, 256)
	for _, s := range []string{"Kazakhstan", "Cote d'Ivoire", "Астана", "Côte d’Ivoire", "الإمارات", "Straße", "ﬁnance", "한국", "বাংলাদেশ"} {
		if n := testing.AllocsPerRun(100, func() {
			buf = Append(buf[:0], s)
			buf = AppendVariant(buf, buf)
			buf, _ = AppendBare(buf, buf)
		}); n > 0 {
			t.Errorf("folding %q allocates %v times", s, n)
		}
	}
}

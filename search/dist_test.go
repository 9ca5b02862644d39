package search

import (
	"math/rand/v2"
	"testing"
)

// osa is the plain optimal string alignment distance, to check distance.
func osa(a, b []rune) int {
	d := make([][]int, len(a)+1)
	for i := range d {
		d[i] = make([]int, len(b)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(a)][len(b)]
}

func TestDistance(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	word := func() []rune {
		w := make([]rune, 1+r.IntN(12))
		for i := range w {
			w[i] = rune('a' + r.IntN(4))
		}
		return w
	}
	for range 20000 {
		a, b := word(), word()
		limit := 1 + r.IntN(3)
		want := osa(a, b)
		got := distance(a, b, limit)
		if (want <= limit) != (got <= limit) || (want <= limit && got != want) {
			t.Fatalf("distance(%q, %q, %d) = %d; want %d", string(a), string(b), limit, got, want)
		}
	}
}

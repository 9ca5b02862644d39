// Package order sorts lists of the module's records by name, in the order
// readers of a language expect, with golang.org/x/text/collate.
//
// It is a package of its own because the collation tables are large (and
// their package initialisation does work): programs that only look things
// up do not pay for them.
package order

import (
	"slices"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// ByName sorts list in place by the names name gives its elements, in
// the order readers of language t expect, as golang.org/x/text/collate
// orders them for t: "Égypte" before "Émirats arabes unis" before
// "Gabon" for French, "Ә" after "А" for Kazakh. The sort is stable.
func ByName[T any](list []T, t language.Tag, name func(T) string) {
	c := collate.New(t, collate.Loose)
	var buf collate.Buffer
	keys := make([][]byte, len(list))
	for i, x := range list {
		keys[i] = c.KeyFromString(&buf, name(x))
	}
	idx := make([]int, len(list))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return compareBytes(keys[a], keys[b]) })
	sorted := make([]T, len(list))
	for i, j := range idx {
		sorted[i] = list[j]
	}
	copy(list, sorted)
}

func compareBytes(a, b []byte) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return int(a[i]) - int(b[i])
		}
	}
	return len(a) - len(b)
}

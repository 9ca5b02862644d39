package search

import (
	"slices"
	"strings"

	"github.com/kzoic/kzoic/internal/fold"
)

// An overlay holds the names added to an Index at run time, in maps.
type overlay struct {
	results []Result           // the names, with Match unset
	recs    []int32            // the record of each, as an index into recTable
	keys    map[string][]int32 // key (folded, without spaces) → names
	forms   map[string][]int32 // derived form → name<<2 | how (formBare, formVariant)
	sorted  []string           // the keys, sorted
	words   []overlayWord      // the words of the keys, sorted
	wordsOf [][]string         // the words of each name
}

// An overlayWord is a word of the names of an overlay and the names that
// hold it.
type overlayWord struct {
	word  string
	names []int32
}

func newOverlay(extra []Result) *overlay {
	recs := map[[2]string]int32{}
	for i := range recTable {
		var r Result
		fillRecord(&r, uint16(i))
		k, key := recKey(&r)
		recs[[2]string{k.String(), key}] = int32(i)
	}
	o := &overlay{keys: map[string][]int32{}, forms: map[string][]int32{}}
	words := map[string][]int32{}
	for _, r := range extra {
		if r.Name == "" || r.Kind == 0 {
			continue
		}
		k, key := recKey(&r)
		rec, ok := recs[[2]string{k.String(), key}]
		if !ok {
			continue
		}
		spaced := fold.Append(nil, r.Name)
		tight := strings.ReplaceAll(string(spaced), " ", "")
		if tight == "" {
			continue
		}
		i := int32(len(o.results))
		r.Match = 0
		o.results = append(o.results, r)
		o.recs = append(o.recs, rec)
		o.keys[tight] = append(o.keys[tight], i)
		if b, dropped := fold.AppendBare(nil, spaced); dropped && string(b) != tight {
			o.forms[string(b)] = append(o.forms[string(b)], i<<2|formBare)
		}
		if v := string(fold.AppendVariant(nil, spaced)); v != tight {
			o.forms[v] = append(o.forms[v], i<<2|formVariant)
		}
		ws := strings.Fields(string(spaced))
		o.wordsOf = append(o.wordsOf, ws)
		for j, w := range ws {
			if !slices.Contains(ws[:j], w) {
				words[w] = append(words[w], i)
			}
		}
	}
	for k := range o.keys {
		o.sorted = append(o.sorted, k)
	}
	slices.Sort(o.sorted)
	for w, names := range words {
		o.words = append(o.words, overlayWord{w, names})
	}
	slices.SortFunc(o.words, func(a, b overlayWord) int { return strings.Compare(a.word, b.word) })
	return o
}

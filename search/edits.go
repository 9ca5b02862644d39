package search

import (
	"math/bits"
	"slices"
	"unicode/utf8"

	"github.com/kzoic/kzoic/internal/phash"
)

// script returns the script of typoLetters of most of the runes of q,
// and for each rune its index in it (0 for a rune not in it), in ix.
func script(q []rune, ix []int) int {
	var count [3]int
	for _, r := range q {
		switch {
		case r < 0x250:
			count[0]++
		case 0x400 <= r && r < 0x530:
			count[1]++
		case 0x600 <= r && r < 0x700:
			count[2]++
		}
	}
	sc := 0
	for i, c := range count {
		if c > count[sc] {
			sc = i
		}
	}
	for i, r := range q {
		ix[i] = 0
		if sc == 0 {
			if 'a' <= r && r <= 'z' {
				ix[i] = int(r-'a') + 1
			}
			continue
		}
		for j, l := range typoLetters[sc] {
			if l == r {
				ix[i] = j + 1
				break
			}
		}
	}
	return sc
}

// findTypos looks for the keys one edit from the folded text: a rune
// deleted, two neighbours swapped, a rune replaced by a letter or a letter
// inserted. When they are names of one record, it is a typo hit; when of
// several, they are kept as suggestions.
func (s *searcher) findTypos() {
	var rs [maxTypoRunes + 1]rune
	n := 0
	for _, r := range string(s.tight) {
		if n == len(rs) {
			return
		}
		rs[n] = r
		n++
	}
	if n < minTypoRunes || n > maxTypoRunes {
		return
	}
	q := rs[:n]
	// off[i] is the offset in s.tight of rune i.
	var off [maxTypoRunes + 2]int
	for i, o := 0, 0; i <= n; i++ {
		off[i] = o
		if i < n {
			o += utf8.RuneLen(q[i])
		}
	}
	t := s.tight
	var buf [4 * (maxTypoRunes + 2)]byte
	start := len(s.hits)
	try := func(v []byte) bool {
		if !s.step(1) {
			return false
		}
		if f, ok := formTable.Find(phash.HashBytes(v, formTable.Seed)); ok && f < numKeys && key(f) == string(v) {
			s.addKey(f, MatchTypo, 0)
		}
		if o := s.x.extra; o != nil {
			for _, i := range o.keys[string(v)] {
				s.addExtra(i, MatchTypo, 0)
			}
		}
		return true
	}
	// Each edit is tried only where the runes around it are neighbours in
	// some key: the letters put in are those that follow the rune before
	// and precede the rune after in some key, and every three runes
	// around the edit are neighbours in some key.
	at := func(i int) rune { // rune i of q, or 0 beyond either end
		if i < 0 || i >= n {
			return 0
		}
		return q[i]
	}
	var ixs [maxTypoRunes]int
	sc := script(q, ixs[:n])
	letters := typoLetters[sc]
	// follows returns the letters that may follow rune i of q (i = -1:
	// the start), and precedes those that may precede it (i = n: the
	// end); all letters after or before a rune outside the script.
	follows := func(i int) uint64 {
		switch {
		case i < 0:
			return typoSucc[sc][0]
		case ixs[i] == 0:
			return 1<<len(letters) - 1
		}
		return typoSucc[sc][ixs[i]]
	}
	precedes := func(i int) uint64 {
		switch {
		case i >= n:
			return typoPred[sc][0]
		case ixs[i] == 0:
			return 1<<len(letters) - 1
		}
		return typoPred[sc][ixs[i]]
	}
	tri := hasTriple
	// Deletions and swaps.
	for i := range n {
		// Without q[i], q[i-1] and q[i+1] are neighbours.
		if (i+1 >= n || tri(at(i-1), q[i+1], at(i+2))) && (i == 0 || tri(at(i-2), q[i-1], at(i+1))) {
			if !try(append(append(buf[:0], t[:off[i]]...), t[off[i+1]:]...)) {
				return
			}
		}
		if i+1 < n && q[i] != q[i+1] && tri(at(i-1), q[i+1], q[i]) && tri(q[i+1], q[i], at(i+2)) {
			b := append(buf[:0], t[:off[i]]...)
			b = append(b, t[off[i+1]:off[i+2]]...)
			b = append(b, t[off[i]:off[i+1]]...)
			b = append(b, t[off[i+2]:]...)
			if !try(b) {
				return
			}
		}
	}
	// Replacements and insertions.
	for i := 0; i <= n; i++ {
		if !s.step(0) {
			return
		}
		if i < n {
			// A letter c in place of q[i], between q[i-1] and q[i+1].
			for m := follows(i-1) & precedes(i+1); m != 0; m &= m - 1 {
				c := letters[bits.TrailingZeros64(m)]
				if c == q[i] || !tri(at(i-1), c, at(i+1)) || (i > 0 && !tri(at(i-2), at(i-1), c)) || (i < n-1 && !tri(c, at(i+1), at(i+2))) {
					continue
				}
				var cb [4]byte
				cs := cb[:utf8.EncodeRune(cb[:], c)]
				if !try(append(append(append(buf[:0], t[:off[i]]...), cs...), t[off[i+1]:]...)) {
					return
				}
			}
		}
		// A letter c before q[i], after q[i-1].
		for m := follows(i-1) & precedes(i); m != 0; m &= m - 1 {
			c := letters[bits.TrailingZeros64(m)]
			if !tri(at(i-1), c, at(i)) || (i > 0 && !tri(at(i-2), at(i-1), c)) || (i < n && !tri(c, at(i), at(i+1))) {
				continue
			}
			var cb [4]byte
			cs := cb[:utf8.EncodeRune(cb[:], c)]
			if !try(append(append(append(buf[:0], t[:off[i]]...), cs...), t[off[i]:]...)) {
				return
			}
		}
	}
	found := s.hits[start:]
	if len(found) == 0 {
		return
	}
	// One record is clearly closest when it is the only one, or the only
	// state among them (Tunisia rather than Tunis, for "Tunisa").
	var one, states, state int32 = found[0].rec, 0, -1
	for _, h := range found {
		if h.rec != one {
			one = -1
		}
		if recTable[h.rec].kind == KindCountry && h.rec != state {
			states++
			state = h.rec
		}
	}
	if one < 0 && states == 1 {
		kept := s.hits[:start]
		for _, h := range found {
			if h.rec == state {
				kept = append(kept, h)
			}
		}
		s.typos = append(s.typos[:0], found...)
		s.hits = kept
		return
	}
	if one >= 0 {
		return
	}
	// Several records are one edit away: none is clearly closest.
	s.typos = append(s.typos[:0], found...)
	s.hits = s.hits[:start]
}

// suggest fills the hits with up to five records whose keys are closest
// to the folded text, within an edit distance that grows with its length.
func (s *searcher) suggest() {
	var rs [maxSuggestRunes + 1]rune
	n := 0
	for _, r := range string(s.tight) {
		if n == len(rs) {
			return
		}
		rs[n] = r
		n++
	}
	if n > maxSuggestRunes {
		return
	}
	q := rs[:n]
	limit := 1 + n/5
	var cands []hit
	for _, h := range s.typos {
		h.m, h.sub = MatchSuggestion, 1
		cands = append(cands, h)
	}
	var kr [maxSuggestRunes + 8]rune
	consider := func(k string, runes int) (int, bool) {
		if abs(runes-n) > limit || len(k) > 4*len(kr) {
			return 0, false
		}
		m := 0
		for _, r := range k {
			if m == len(kr) {
				return 0, false
			}
			kr[m] = r
			m++
		}
		d := distance(q, kr[:m], limit)
		return d, d <= limit
	}
	for k := 0; k < numKeys && len(s.typos) == 0 && s.step(1); k++ {
		if d, ok := consider(key(k), int(keyRunes[k])); ok {
			lo, hi := entries(k)
			for i := lo; i < hi; i++ {
				e := &entryTable[i]
				cands = append(cands, hit{m: MatchSuggestion, sub: uint8(d), kind: e.kind, rec: int32(e.rec), id: i})
			}
		}
	}
	if o := s.x.extra; o != nil {
		for _, k := range o.sorted {
			if len(s.typos) > 0 || !s.step(1) {
				break
			}
			if d, ok := consider(k, utf8.RuneCountInString(k)); ok {
				for _, i := range o.keys[k] {
					cands = append(cands, hit{m: MatchSuggestion, extra: true, sub: uint8(d), kind: o.results[i].NameKind, rec: o.recs[i], id: i})
				}
			}
		}
	}
	slices.SortFunc(cands, func(a, b hit) int {
		if a.sub != b.sub {
			return int(a.sub) - int(b.sub)
		}
		return a.compare(b)
	})
	var recs []int32
	for _, h := range cands {
		if len(recs) == maxSuggestions {
			break
		}
		if !slices.Contains(recs, h.rec) {
			recs = append(recs, h.rec)
			s.hits = append(s.hits, h)
		}
	}
}

// distance returns the optimal string alignment distance between a and b
// (insertions, deletions, substitutions and swaps of neighbours), or a
// value above limit once it is sure to exceed it. It fills only the band
// of cells within limit of the diagonal.
func distance(a, b []rune, limit int) int {
	const far = 1 << 20
	var rows [3][maxSuggestRunes + 10]int
	if len(b)+1 > len(rows[0]) || abs(len(a)-len(b)) > limit {
		return limit + 1
	}
	prev2, prev, cur := rows[0][:len(b)+1], rows[1][:len(b)+1], rows[2][:len(b)+1]
	for j := range prev {
		prev[j] = j
		prev2[j] = far
	}
	for i := 1; i <= len(a); i++ {
		lo, hi := max(1, i-limit), min(len(b), i+limit)
		for j := range cur {
			cur[j] = far
		}
		if i <= limit {
			cur[0] = i
		}
		best := far
		for j := lo; j <= hi; j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			best = min(best, v)
		}
		if best > limit {
			return best
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

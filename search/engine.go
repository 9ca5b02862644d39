package search

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/kzoic/kzoic/internal/ascii"
	"github.com/kzoic/kzoic/internal/fold"
	"github.com/kzoic/kzoic/internal/phash"
)

// Bounds on the work of a search, whatever the text.
const (
	// maxTextLen bounds the length in bytes of a text that can match:
	// the longest name of the tables is maxNameLen bytes, and a longer
	// text gets room for spacing and punctuation.
	maxTextLen = 4 * maxNameLen
	// minTypoRunes and maxTypoRunes bound the length in runes of the
	// folded text for which typos are looked for, and maxSuggestRunes for
	// which suggestions are.
	minTypoRunes, maxTypoRunes = 5, 32
	maxSuggestRunes            = 32
	// maxSteps bounds the candidates a search examines: forms probed,
	// keys, words and names looked at.
	maxSteps = 12000
	// maxSuggestions is the number of suggestions Find returns at most.
	maxSuggestions = 5
)

// A hit is a name that matched, before results are ranked and one kept
// for each record.
type hit struct {
	m     Match
	extra bool     // the name is one of Index.extra, not of the compiled tables
	sub   uint8    // within a match: 0, or 1 for a match through the Arabic article; for suggestions, the distance
	kind  NameKind // the name's kind
	rec   int32    // the record, as an index into recTable
	id    int32    // index into entryTable, or into Index.extra.results
}

func (h hit) compare(o hit) int {
	switch {
	case h.m != o.m:
		return int(h.m) - int(o.m)
	case h.extra != o.extra:
		if h.extra {
			return 1
		}
		return -1
	case h.sub != o.sub:
		return int(h.sub) - int(o.sub)
	case recTable[h.rec].kind != recTable[o.rec].kind:
		return int(recTable[h.rec].kind) - int(recTable[o.rec].kind)
	case h.kind != o.kind:
		return int(h.kind) - int(o.kind)
	case h.rec != o.rec:
		return int(h.rec - o.rec)
	}
	return int(h.id - o.id)
}

// A searcher holds the state of one search.
type searcher struct {
	x       *Index
	text    string
	spaced  []byte // the folded text, with spaces
	tight   []byte // without them
	bare    []byte // without the Arabic article; nil when it has none
	variant []byte // the variant form; nil when it is the tight form
	scratch []byte
	words   []string // the words of spaced
	hits    []hit
	typos   []hit // one-edit candidates of several records, kept for suggestions
	steps   int
	budget  int
}

func newSearcher(x *Index, text string) *searcher {
	return &searcher{x: x, text: text, budget: maxSteps}
}

// step reports whether the budget allows n more candidates to be
// examined, and counts them if so. Once it has refused, it refuses
// everything: the search stops where it is.
func (s *searcher) step(n int) bool {
	if s.steps+n > s.budget {
		s.steps = s.budget
		return false
	}
	s.steps += n
	return true
}

// run searches, level by level.
func (s *searcher) run() {
	if !s.prepare(nil) {
		return
	}
	s.words = strings.Split(string(s.spaced), " ")
	s.forms()
	s.prefixes()
	s.phrases()
	if len(s.hits) == 0 {
		s.formal()
	}
	if len(s.hits) == 0 {
		s.findTypos()
	}
	if len(s.hits) == 0 {
		s.suggest()
	}
}

// prepare folds the text into the forms the search probes, in buf if it
// has room for them, and reports whether the text can match anything.
func (s *searcher) prepare(buf []byte) bool {
	if len(s.text) > maxTextLen {
		return false
	}
	if buf == nil {
		buf = make([]byte, 0, 4*len(s.text)+32)
	}
	n := len(buf)
	buf = fold.Append(buf, s.text)
	s.spaced = buf[n:len(buf):len(buf)]
	if len(s.spaced) == 0 {
		return false
	}
	n = len(buf)
	for _, c := range s.spaced {
		if c != ' ' {
			buf = append(buf, c)
		}
	}
	s.tight = buf[n:len(buf):len(buf)]
	n = len(buf)
	buf, dropped := fold.AppendBare(buf, s.spaced)
	if b := buf[n:len(buf):len(buf)]; dropped && string(b) != string(s.tight) {
		s.bare = b
	}
	n = len(buf)
	buf = fold.AppendVariant(buf, s.spaced)
	if v := buf[n:len(buf):len(buf)]; string(v) != string(s.tight) {
		s.variant = v
	}
	s.scratch = buf[len(buf):]
	return true
}

// addKey adds the names of key k of the compiled tables as hits.
func (s *searcher) addKey(k int, m Match, sub uint8) {
	lo, hi := entries(k)
	if !s.step(int(hi - lo)) {
		return
	}
	for i := lo; i < hi; i++ {
		e := &entryTable[i]
		mm := m
		if m == MatchFolded && sub == 0 && e.name == s.text {
			mm = MatchExact
		}
		s.hits = append(s.hits, hit{m: mm, sub: sub, kind: e.kind, rec: int32(e.rec), id: i})
	}
}

// addExtra adds extra name i as a hit.
func (s *searcher) addExtra(i int32, m Match, sub uint8) {
	o := s.x.extra
	if m == MatchFolded && sub == 0 && o.results[i].Name == s.text {
		m = MatchExact
	}
	s.hits = append(s.hits, hit{m: m, extra: true, sub: sub, kind: o.results[i].NameKind, rec: o.recs[i], id: i})
}

// forms finds the names equal to the text once folded (exact and folded
// matches, the latter also through the Arabic article) and once their
// variants are taken.
func (s *searcher) forms() {
	type try struct {
		form []byte
		m    Match // for a key equal to the form
		sub  uint8
	}
	tries := [...]try{{s.tight, MatchFolded, 0}, {s.bare, MatchFolded, 1}, {s.variant, MatchVariant, 0}}
	for _, t := range tries {
		if t.form == nil || !s.step(1) {
			continue
		}
		f, ok, scratch := probe(t.form, s.scratch)
		s.scratch = scratch
		if ok {
			if f < numKeys {
				s.addKey(f, t.m, t.sub)
			}
			for _, p := range formPostings(f) {
				m, sub := MatchVariant, uint8(0)
				if p&3 == formBare && t.m == MatchFolded {
					m, sub = MatchFolded, 1
				}
				s.addKey(int(p>>2), m, sub)
			}
		}
		if o := s.x.extra; o != nil {
			for _, i := range o.keys[string(t.form)] {
				s.addExtra(i, t.m, t.sub)
			}
			for _, p := range o.forms[string(t.form)] {
				m, sub := MatchVariant, uint8(0)
				if p&3 == formBare && t.m == MatchFolded {
					m, sub = MatchFolded, 1
				}
				s.addExtra(p>>2, m, sub)
			}
		}
	}
}

// prefixes finds the names that begin with the text, word for word (the
// last word of the text may be the beginning of a word of the name), for
// texts of two letters or more.
func (s *searcher) prefixes() {
	q := string(s.tight)
	if utf8.RuneCountInString(q) < 2 {
		return
	}
	lo, hi := 0, numKeys
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if key(m) < q {
			lo = m + 1
		} else {
			hi = m
		}
	}
	for k := lo; k < numKeys && strings.HasPrefix(key(k), q) && s.step(1); k++ {
		if len(key(k)) > len(q) && startsWith(keyWordIDs(k), s.words, func(i uint16) string { return word(int(i)) }) {
			s.addKey(k, MatchPrefix, 0)
		}
	}
	if o := s.x.extra; o != nil {
		i, _ := slices.BinarySearch(o.sorted, q)
		for ; i < len(o.sorted) && strings.HasPrefix(o.sorted[i], q) && s.step(1); i++ {
			if len(o.sorted[i]) > len(q) {
				for _, j := range o.keys[o.sorted[i]] {
					if startsWith(o.wordsOf[j], s.words, func(w string) string { return w }) {
						s.addExtra(j, MatchPrefix, 0)
					}
				}
			}
		}
	}
}

// startsWith reports whether words begin with the words of q, all equal
// but the last, which may be the beginning of a word.
func startsWith[W any](words []W, q []string, str func(W) string) bool {
	if len(q) > len(words) {
		return false
	}
	for j, w := range q {
		wd := str(words[j])
		if j == len(q)-1 {
			return strings.HasPrefix(wd, w)
		}
		if wd != w {
			return false
		}
	}
	return false
}

// phrases finds the names with a run of words that begins with the words
// of the text: all but the last equal, the last a prefix of three letters
// or more, or equal. A text of one word needs three letters.
func (s *searcher) phrases() {
	q := s.words
	n := len(q)
	if n > 16 {
		return
	}
	lastPrefix := utf8.RuneCountInString(q[n-1]) >= 3
	if n == 1 && !lastPrefix {
		return
	}
	// The candidates for the first word: every word it begins, if it is
	// also the last; else the word itself.
	first := q[0]
	lo, hi := 0, len(wordRefs)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if word(m) < first {
			lo = m + 1
		} else {
			hi = m
		}
	}
	for w := lo; w < len(wordRefs) && s.step(1); w++ {
		wd := word(w)
		if wd != first && (n > 1 || !strings.HasPrefix(wd, first)) {
			break
		}
		for _, k := range wordKeys[wordKeyStart[w]:wordKeyStart[w+1]] {
			if !s.step(1) {
				return
			}
			if at, ok := phraseAt(keyWordIDs(int(k)), uint16(w), q, lastPrefix, func(i uint16) string { return word(int(i)) }); ok {
				m := MatchWord
				if at == 0 {
					m = MatchPrefix
				}
				s.addKey(int(k), m, 0)
			}
		}
	}
	if o := s.x.extra; o != nil {
		i, _ := slices.BinarySearchFunc(o.words, first, func(e overlayWord, t string) int { return strings.Compare(e.word, t) })
		for ; i < len(o.words) && s.step(1); i++ {
			e := &o.words[i]
			if e.word != first && (n > 1 || !strings.HasPrefix(e.word, first)) {
				break
			}
			for _, j := range e.names {
				if !s.step(1) {
					return
				}
				if at, ok := phraseAt(o.wordsOf[j], e.word, q, lastPrefix, func(w string) string { return w }); ok {
					m := MatchWord
					if at == 0 {
						m = MatchPrefix
					}
					s.addExtra(j, m, 0)
				}
			}
		}
	}
}

// phraseAt returns the first position in words where first stands and the
// words of q follow: all equal but the last, which may be a prefix when
// lastPrefix is set.
func phraseAt[W comparable](words []W, first W, q []string, lastPrefix bool, str func(W) string) (int, bool) {
	for p, w := range words {
		if w != first || p+len(q) > len(words) {
			continue
		}
		ok := true
		for j := 1; j < len(q) && ok; j++ {
			wd := str(words[p+j])
			if j == len(q)-1 && lastPrefix {
				ok = strings.HasPrefix(wd, q[j])
			} else {
				ok = wd == q[j]
			}
		}
		if ok {
			return p, true
		}
	}
	return 0, false
}

// results ranks the hits and keeps the best of each record.
func (s *searcher) results() []Result {
	if len(s.hits) == 0 {
		return nil
	}
	slices.SortFunc(s.hits, hit.compare)
	var out []Result
	seen := make(map[int32]bool, len(s.hits))
	for _, h := range s.hits {
		if seen[h.rec] {
			continue
		}
		seen[h.rec] = true
		out = append(out, s.result(h))
	}
	return out
}

func (s *searcher) result(h hit) Result {
	var r Result
	if h.extra {
		r = s.x.extra.results[h.id]
		r.Match = h.m
		return r
	}
	fillEntry(&r, h.id, h.m)
	return r
}

// lookup is Lookup writing into *r, which must be the zero Result.
func (x *Index) lookup(text string, r *Result) bool {
	if x == nil || !x.module || text == "" || len(text) > maxTextLen {
		return false
	}
	// The fast paths: a name equal to the text, or a form people type of
	// one (equal to the text under ASCII case folding), found without
	// folding the text; then a key equal to the folded text.
	folded := -1
	// A bucket holds its names before its typed forms: once among the
	// forms, no name can equal the text.
	bk := typedBuckets[phash.Top(phash.HashFold(text, typedSeed), typedBits)]
	for _, it := range typedItems[bk>>8 : bk>>8+bk&0xFF] {
		if int(it) < len(entryTable) {
			e := &entryTable[it]
			if len(e.name) != len(text) {
				continue
			}
			// Names in a bucket differ from the text mostly in their first
			// byte (its case, for a folded text): test it before the rest.
			if e.name[0] == text[0] && e.name == text {
				fillEntry(r, int32(it), MatchExact)
				return true
			}
			if folded < 0 && ascii.EqualFold(e.name, text) {
				folded = int(keyEntries[e.key])
			}
			continue
		}
		if folded >= 0 {
			break
		}
		f := int(it) - len(entryTable)
		if s := typedForms[f]; len(s) == len(text) && (s == text || ascii.EqualFold(s, text)) {
			folded = int(typedEntries[f])
			break
		}
	}
	if folded >= 0 && x.extra == nil {
		fillEntry(r, int32(folded), MatchFolded)
		return true
	}
	// Then the names equal to the text once folded, with or without the
	// Arabic article, or as a variant.
	if x.extra == nil {
		if h, ok := moduleForms(text); ok {
			fillEntry(r, h.id, h.m)
			return true
		}
	}
	res := x.Find(text)
	if len(res) == 0 || !res[0].Match.IsHit() {
		return false
	}
	if res[0].Match > MatchVariant && len(res) > 1 && res[1].Match == res[0].Match {
		return false
	}
	*r = res[0]
	return true
}

// moduleForms returns the best name of the compiled tables equal to text
// once folded (but not exactly: Lookup has looked for that), with or
// without the Arabic article, or as a variant, and whether there is one.
// It is the forms level of a search, for Lookup: it does not allocate for
// texts of a few hundred bytes.
func moduleForms(text string) (best hit, found bool) {
	if len(text) > maxTextLen {
		return best, false
	}
	var buf [320]byte
	b := fold.Append(buf[:0], text)
	spaced := b[:len(b):len(b)]
	if len(spaced) == 0 {
		return best, false
	}
	for _, c := range spaced {
		if c != ' ' {
			b = append(b, c)
		}
	}
	tight := b[len(spaced):len(b):len(b)]
	scratch := b[len(b):]
	add := func(k int, m Match, sub uint8) {
		lo, _ := entries(k)
		e := &entryTable[lo]
		h := hit{m: m, sub: sub, kind: e.kind, rec: int32(e.rec), id: lo}
		if !found || h.compare(best) < 0 {
			best, found = h, true
		}
	}
	try := func(form []byte, m Match, sub uint8) {
		f, ok, sc := probe(form, scratch)
		scratch = sc
		if !ok {
			return
		}
		if f < numKeys {
			add(f, m, sub)
		}
		for _, p := range formPostings(f) {
			if p&3 == formBare && m == MatchFolded {
				add(int(p>>2), MatchFolded, 1)
			} else {
				add(int(p>>2), MatchVariant, 0)
			}
		}
	}
	// A key equal to the folded text is the best there can be.
	if try(tight, MatchFolded, 0); found && best.m == MatchFolded && best.sub == 0 {
		return best, true
	}
	n := len(scratch)
	bare, dropped := fold.AppendBare(scratch, spaced)
	if bare = bare[n:len(bare):len(bare)]; dropped && string(bare) != string(tight) {
		scratch = bare[len(bare):]
		if try(bare, MatchFolded, 1); found && best.m == MatchFolded {
			return best, true
		}
	}
	n = len(scratch)
	variant := fold.AppendVariant(scratch, spaced)
	if variant = variant[n:len(variant):len(variant)]; string(variant) != string(tight) {
		scratch = variant[len(variant):]
		try(variant, MatchVariant, 0)
	}
	return best, found
}

// formalWords are the words that formal names of states put around a
// state's name (Republic, Kingdom, State, Islamic, of, the and the like)
// in the languages of the names search/cldr adds and in the module's own,
// folded and sorted, so that "Republik Kasachstan" or "Islamische
// Republik Iran" finds the state whose name is what remains.
var formalWords = []string{
	"bundesrepublik", "co", "cooperative", "cumhuriyeti", "da", "das", "de", "del", "della", "democratic", "democratica",
	"democratique", "demokratische", "der", "des", "devleti", "di", "die", "do", "dos", "du", "el", "estado", "etat",
	"federal", "federale", "federation", "federativa", "hashemite", "het", "islamic", "islamica", "islamique",
	"islamische", "kerajaan", "kingdom", "konigreich", "koninkrijk", "krallıgı", "l", "la", "le", "les", "negara", "of",
	"operative", "peoples", "populaire", "popular", "regno", "reino", "repubblica", "republic", "republica", "republiek",
	"republik", "republika", "republique", "royaume", "socialist", "sozialistische", "staat", "state", "stato",
	"sultanat", "sultanate", "sultanato", "sultanlıgı", "the", "van", "von",
	"государство", "демократическая", "исламская", "королевство", "корольдігі", "мемлекеті", "народная",
	"республика", "республикасы", "султанат", "сұлтандығы", "федеративная",
	"الاتحاديه", "الاسلاميه", "الجمهوريه", "الديمقراطيه", "الشعبيه", "المملكه", "الهاشميه", "جمهوريه", "دوله", "سلطنه", "مملكه",
}

// formal looks for a state whose name is the text once the words of
// formal names are set aside: a name equal to what remains, exactly,
// folded or as a variant, is a formal match. It runs only when nothing
// else matched, so that a name that holds such words ("State of
// Palestine") is found as itself.
func (s *searcher) formal() {
	var kept []string
	for _, w := range s.words {
		if _, ok := slices.BinarySearch(formalWords, w); !ok {
			kept = append(kept, w)
		}
	}
	if len(kept) == 0 || len(kept) == len(s.words) {
		return
	}
	sub := newSearcher(s.x, strings.Join(kept, " "))
	sub.budget = s.budget - s.steps
	if !sub.prepare(nil) {
		return
	}
	sub.forms()
	s.steps += sub.steps
	for _, h := range sub.hits {
		if h.m <= MatchVariant && recTable[h.rec].kind == KindCountry {
			h.m, h.sub = MatchFormal, 0
			s.hits = append(s.hits, h)
		}
	}
}

// Package search finds the states, cities, bodies, documents and initiatives
// of the module, and the organisation itself, by any of their names: the
// official English, Arabic and French names, the Kazakh and Russian names,
// former names with the years they were in use, and common aliases.
//
// Matching ignores case, diacritics, punctuation, apostrophe and dash
// variants and extra spaces, and it normalises the variant letters of
// Arabic (the forms of alef and hamza, taa marbuta, alef maqsura, tatweel
// and the harakat), so that "Cote d'Ivoire" finds Côte d’Ivoire and
// "كازاخستان" is found with or without its marks. Results say which name
// matched, in which language and for which period, and are ranked: exact
// matches first, then folded matches, then names that begin with the text.
// Text that matches nothing gets close suggestions.
//
// The index is built on first use, not at package initialisation. The names
// that golang.org/x/text/language/display knows in every CLDR language are
// in the separate package [github.com/kzoic/kzoic/search/cldr], which
// costs binary size that most programs do not need.
package search

import (
	"hash/maphash"
	"iter"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"github.com/kzoic/kzoic/initiatives"
	"github.com/kzoic/kzoic/internal/fold"
	"github.com/kzoic/kzoic/internal/keyword"
	"github.com/kzoic/kzoic/internal/oicerr"
	"github.com/kzoic/kzoic/oic"
	"golang.org/x/text/language"
)

// A Kind is the kind of record a [Result] found.
type Kind uint8

// The kinds of record.
const (
	KindOrganisation Kind = 1 + iota // the OIC itself
	KindCountry                      // a member, former member or observer state
	KindCity                         // a city where the OIC met or a body sits
	KindBody                         // an organ or institution
	KindDocument                     // a charter, programme, declaration or statute
	KindInitiative                   // one of Kazakhstan's initiatives
)

var kindWords = keyword.Set[Kind]{Type: "search.Kind", Words: []string{"", "organisation", "country", "city", "body", "document", "initiative"}, Error: oicerr.Keyword}

// String returns the kind's keyword, such as "country".
func (k Kind) String() string { return kindWords.String(k) }

// MarshalText implements [encoding.TextMarshaler] with the keyword of
// [Kind.String].
func (k Kind) MarshalText() ([]byte, error) { return kindWords.Marshal(k) }

// UnmarshalText implements [encoding.TextUnmarshaler]; it accepts the
// keywords of [Kind.String] in any case.
func (k *Kind) UnmarshalText(text []byte) error { return kindWords.Unmarshal(k, text) }

// A Match says how a name matched the text searched for, best first.
type Match uint8

// The kinds of match, from best to worst.
const (
	MatchExact      Match = 1 + iota // the text is the name, character for character
	MatchFolded                      // the text is the name, once case, marks and punctuation are set aside
	MatchPrefix                      // the name begins with the text, folded
	MatchSuggestion                  // nothing matched; the name is close to the text
)

var matchWords = keyword.Set[Match]{Type: "search.Match", Words: []string{"", "exact", "folded", "prefix", "suggestion"}, Error: oicerr.Keyword}

// String returns the match's keyword, such as "folded".
func (m Match) String() string { return matchWords.String(m) }

// MarshalText implements [encoding.TextMarshaler] with the keyword of
// [Match.String].
func (m Match) MarshalText() ([]byte, error) { return matchWords.Marshal(m) }

// UnmarshalText implements [encoding.TextUnmarshaler]; it accepts the
// keywords of [Match.String] in any case.
func (m *Match) UnmarshalText(text []byte) error { return matchWords.Unmarshal(m, text) }

// A NameKind says what kind of name matched.
type NameKind uint8

// The kinds of name, from the most to the least authoritative.
const (
	NameOfficial NameKind = 1 + iota // today's name, in one of the curated languages
	NameFormer                       // a former official name, in use during Result.Period
	NameAlias                        // a common alias, an acronym or a key
	NameCLDR                         // a name from the Unicode CLDR, through package search/cldr
)

var nameKindWords = keyword.Set[NameKind]{Type: "search.NameKind", Words: []string{"", "official", "former", "alias", "cldr"}, Error: oicerr.Keyword}

// String returns the kind's keyword, such as "former".
func (k NameKind) String() string { return nameKindWords.String(k) }

// MarshalText implements [encoding.TextMarshaler] with the keyword of
// [NameKind.String].
func (k NameKind) MarshalText() ([]byte, error) { return nameKindWords.Marshal(k) }

// UnmarshalText implements [encoding.TextUnmarshaler]; it accepts the
// keywords of [NameKind.String] in any case.
func (k *NameKind) UnmarshalText(text []byte) error { return nameKindWords.Unmarshal(k, text) }

// A Result is one record found, with the name that matched. Exactly one of
// the handles is valid, as Kind says (none for the organisation).
type Result struct {
	Kind       Kind                   `json:"kind"`
	Country    oic.Country            `json:"country,omitzero"`
	City       oic.City               `json:"city,omitzero"`
	Body       oic.Body               `json:"body,omitzero"`
	Document   oic.Document           `json:"document,omitzero"`
	Initiative initiatives.Initiative `json:"initiative,omitzero"`

	Name     string       `json:"name"`     // the name that matched, as the tables hold it
	Lang     language.Tag `json:"lang"`     // its language; und for acronyms and keys
	NameKind NameKind     `json:"nameKind"` // official, former, alias or CLDR
	Period   oic.Period   `json:"period"`   // when a former name was in use; zero otherwise
	Match    Match        `json:"match"`
}

// Key returns the text form of the record found, such as "KAZ" for
// Kazakhstan or "comcec" for COMCEC, and "oic" for the organisation.
func (r Result) Key() string {
	switch r.Kind {
	case KindOrganisation:
		return "oic"
	case KindCountry:
		return r.Country.Key()
	case KindCity:
		return r.City.Key()
	case KindBody:
		return r.Body.Key()
	case KindDocument:
		return r.Document.Key()
	case KindInitiative:
		return r.Initiative.Key()
	}
	return ""
}

// String returns the kind and key of the record and the name that matched,
// as in `country KAZ "Kazakhstan" (exact)`.
func (r Result) String() string {
	return r.Kind.String() + " " + r.Key() + " " + strconv.Quote(r.Name) + " (" + r.Match.String() + ")"
}

// A record is the thing a name names: its kind and handle.
type record struct {
	kind       Kind
	country    oic.Country
	city       oic.City
	body       oic.Body
	document   oic.Document
	initiative initiatives.Initiative
}

// An entry is one name of the index, kept small: the record, the language
// and the period are indexes into tables of the Index.
type entry struct {
	name     string
	rec      uint16 // index into Index.records
	period   uint16 // index into Index.periods; 0 for none
	lang     uint8  // index into Index.langs
	nameKind NameKind
}

// An Index finds records by name. The zero Index finds nothing; use
// [NewIndex] or the package functions, which use the module's names. An
// Index is safe for concurrent use.
type Index struct {
	entries []entry          // every name, in order of preference
	records []record         // the records named
	langs   []language.Tag   // the languages of the names
	periods []oic.Period     // the periods of former names; [0] is the zero Period
	exact   map[uint64]int32 // hash of a name as held → index into entries of its first record; see lookup
	seed    maphash.Seed     // the seed of the hashes of exact
	folded  map[string]span  // folded name → its indexes into entries, a span of post
	post    []int32          // indexes into entries, grouped by folded name
	keys    []string         // the folded names, sorted, for prefixes and suggestions
}

// A span is a run of Index.post: the entries of one folded name, in order
// of preference. Keeping spans of one shared slice, rather than a slice per
// name, keeps the map small.
type span struct{ start, n int32 }

// ids returns the indexes into entries of span s.
func (x *Index) ids(s span) []int32 { return x.post[s.start : s.start+s.n : s.start+s.n] }

// NewIndex returns an index of the module's names and of extra, which
// callers can use to add names of their own (package search/cldr adds the
// CLDR names). Each extra Result must name a record and carry the name.
func NewIndex(extra []Result) *Index {
	x := &Index{exact: map[uint64]int32{}, seed: maphash.MakeSeed(), periods: []oic.Period{{}}}
	b := builder{x: x, recs: map[record]uint16{}, langs: map[language.Tag]uint8{}, lists: map[string][]int32{}}
	for r := range moduleNames() {
		b.add(r)
	}
	for _, r := range extra {
		if r.Name != "" && r.Kind != 0 {
			b.add(r)
		}
	}
	x.keys = make([]string, 0, len(b.lists))
	for k := range b.lists {
		x.keys = append(x.keys, k)
	}
	sort.Strings(x.keys)
	// The index keeps one string holding every folded name and one slice
	// of entries of the right length, not the pieces and spare capacity
	// left by building.
	var all strings.Builder
	n := 0
	for _, k := range x.keys {
		n += len(k)
	}
	all.Grow(n)
	for _, k := range x.keys {
		all.WriteString(k)
	}
	packed, off := all.String(), 0
	for i, k := range x.keys {
		x.keys[i] = packed[off : off+len(k)]
		off += len(k)
	}
	x.entries = slices.Clone(x.entries)
	x.folded = make(map[string]span, len(x.keys))
	x.post = make([]int32, 0, len(x.entries))
	for _, k := range x.keys {
		l := b.lists[k]
		x.folded[k] = span{int32(len(x.post)), int32(len(l))}
		x.post = append(x.post, l...)
	}
	return x
}

// builder holds the maps that dedupe records and languages while an Index
// is built.
type builder struct {
	x     *Index
	recs  map[record]uint16
	langs map[language.Tag]uint8
	lists map[string][]int32 // folded name → indexes into entries, until they are packed into post
	buf   []byte
}

func (b *builder) add(r Result) {
	x := b.x
	b.buf = fold.Append(b.buf[:0], r.Name)
	if len(b.buf) == 0 {
		return
	}
	rec := record{r.Kind, r.Country, r.City, r.Body, r.Document, r.Initiative}
	ri, ok := b.recs[rec]
	if !ok {
		ri = uint16(len(x.records))
		x.records = append(x.records, rec)
		b.recs[rec] = ri
	}
	li, ok := b.langs[r.Lang]
	if !ok && len(x.langs) < 256 {
		li = uint8(len(x.langs))
		x.langs = append(x.langs, r.Lang)
		b.langs[r.Lang] = li
	}
	e := entry{name: r.Name, rec: ri, lang: li, nameKind: r.NameKind}
	if r.Period != (oic.Period{}) {
		e.period = uint16(len(x.periods))
		x.periods = append(x.periods, r.Period)
	}
	i := int32(len(x.entries))
	x.entries = append(x.entries, e)
	k := string(b.buf)
	b.lists[k] = append(b.lists[k], i)
	h := maphash.String(x.seed, r.Name)
	if _, ok := x.exact[h]; !ok {
		x.exact[h] = i
	}
}

// result returns the Result for entry i, matched as m.
func (x *Index) result(i int32, m Match) Result {
	var r Result
	x.fill(&r, i, m)
	return r
}

// fill sets *r to the Result for entry i, matched as m.
func (x *Index) fill(r *Result, i int32, m Match) {
	e := &x.entries[i]
	rec := &x.records[e.rec]
	r.Kind, r.Country, r.City, r.Body, r.Document, r.Initiative = rec.kind, rec.country, rec.city, rec.body, rec.document, rec.initiative
	r.Name, r.Lang, r.NameKind, r.Match = e.name, x.langs[e.lang], e.nameKind, m
	if e.period != 0 {
		r.Period = x.periods[e.period]
	}
}

var (
	defaultOnce  sync.Once
	defaultIndex atomic.Pointer[Index]
)

// Default returns the index of the module's own names, built on first use.
func Default() *Index {
	if x := defaultIndex.Load(); x != nil {
		return x
	}
	return buildDefault()
}

func buildDefault() *Index {
	defaultOnce.Do(func() { defaultIndex.Store(NewIndex(nil)) })
	return defaultIndex.Load()
}

// Lookup returns the best match for text in the default index; see
// [Index.Lookup].
func Lookup(text string) (r Result, ok bool) {
	ok = Default().lookup(text, &r)
	return r, ok
}

// Find returns every record matching text in the default index; see
// [Index.Find].
func Find(text string) []Result { return Default().Find(text) }

// Lookup returns the best match for text: a name equal to it, else a name
// equal to it once folded (see the package documentation), and whether
// there is one. It does not look for prefixes or suggestions. For text of
// ASCII letters it does not allocate; other text allocates at most once.
func (x *Index) Lookup(text string) (r Result, ok bool) {
	ok = x.lookup(text, &r)
	return r, ok
}

// lookup is Lookup writing into *r, which must be the zero Result.
func (x *Index) lookup(text string, r *Result) bool {
	if x == nil || x.folded == nil {
		return false
	}
	if isKey(text) {
		// The text is its own folded form: one probe finds both exact
		// and folded matches.
		ids := x.ids(x.folded[text])
		if len(ids) == 0 {
			return false
		}
		best, m := ids[0], MatchFolded
		for _, i := range ids {
			if x.entries[i].name == text {
				best, m = i, MatchExact
				break
			}
		}
		x.fill(r, best, m)
		return true
	}
	// The exact map is keyed by hashes, which are small: a hit is checked
	// against the name, and a name whose hash another name took first is
	// found below, among the names with its folded form.
	if i, ok := x.exact[maphash.String(x.seed, text)]; ok && x.entries[i].name == text {
		x.fill(r, i, MatchExact)
		return true
	}
	var buf [128]byte
	ids := x.ids(x.folded[string(fold.Append(buf[:0], text))])
	if len(ids) == 0 {
		return false
	}
	best, m := ids[0], MatchFolded
	for _, i := range ids {
		if x.entries[i].name == text {
			best, m = i, MatchExact
			break
		}
	}
	x.fill(r, best, m)
	return true
}

// Find returns the records matching text, one result for each record, best
// first: exact matches, then folded ones, then records with a name that
// begins with the folded text (for texts of at least two letters). When
// nothing matches, it returns up to five suggestions: records whose names
// are a few edits away from the text. The slice is new on every call.
func (x *Index) Find(text string) []Result {
	if x == nil || x.folded == nil {
		return nil
	}
	var out []Result
	var recs []uint16 // the records of out
	add := func(ids []int32, m Match, keep func(entry) bool) {
		for _, i := range ids {
			e := x.entries[i]
			if !keep(e) || slices.Contains(recs, e.rec) {
				continue
			}
			recs = append(recs, e.rec)
			out = append(out, x.result(i, m))
		}
	}
	all := func(entry) bool { return true }
	k := fold.Key(text)
	if k == "" {
		return out
	}
	add(x.ids(x.folded[k]), MatchExact, func(e entry) bool { return e.name == text })
	add(x.ids(x.folded[k]), MatchFolded, all)
	if utf8.RuneCountInString(k) >= 2 {
		i := sort.SearchStrings(x.keys, k)
		for ; i < len(x.keys) && strings.HasPrefix(x.keys[i], k); i++ {
			if x.keys[i] != k {
				add(x.ids(x.folded[x.keys[i]]), MatchPrefix, all)
			}
		}
	}
	if len(out) == 0 {
		out = x.suggest(k)
	}
	return out
}

// isKey reports whether s is already a folded key of plain ASCII: lower-case
// letters and digits, words separated by single spaces.
func isKey(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if ('a' <= c && c <= 'z') || ('0' <= c && c <= '9') {
			continue
		}
		if c != ' ' || s[i-1] == ' ' {
			return false
		}
	}
	return true
}

// suggest returns up to five records whose folded names are closest to k,
// within an edit distance that grows with the length of k.
func (x *Index) suggest(k string) []Result {
	q := []rune(k)
	limit := 1 + len(q)/5
	type cand struct {
		d   int
		key string
	}
	var cands []cand
	for _, key := range x.keys {
		r := []rune(key)
		if abs(len(r)-len(q)) > limit {
			continue
		}
		if d := distance(q, r, limit); d <= limit {
			cands = append(cands, cand{d, key})
		}
	}
	slices.SortStableFunc(cands, func(a, b cand) int { return a.d - b.d })
	var out []Result
	var recs []uint16
	for _, c := range cands {
		for _, i := range x.ids(x.folded[c.key]) {
			if rec := x.entries[i].rec; len(out) < 5 && !slices.Contains(recs, rec) {
				recs = append(recs, rec)
				out = append(out, x.result(i, MatchSuggestion))
			}
		}
	}
	return out
}

// distance returns the Levenshtein distance between a and b, or a value
// above limit once it is sure to exceed it.
func distance(a, b []rune, limit int) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			best = min(best, cur[j])
		}
		if best > limit {
			return best
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// Names returns an iterator over every name of the index, with Match unset,
// in order of preference: the module's own names by record, then the extra
// names.
func (x *Index) Names() iter.Seq[Result] {
	return func(yield func(Result) bool) {
		if x == nil {
			return
		}
		for i := range x.entries {
			r := x.result(int32(i), 0)
			if !yield(r) {
				return
			}
		}
	}
}

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
	"iter"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/kzoic/kzoic/initiatives"
	"github.com/kzoic/kzoic/internal/fold"
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

var kindNames = [...]string{"", "organisation", "country", "city", "body", "document", "initiative"}

// String returns the kind's keyword, such as "country".
func (k Kind) String() string {
	if k != 0 && int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "%!Kind(" + strconv.Itoa(int(k)) + ")"
}

// MarshalText implements [encoding.TextMarshaler] with the keyword of
// [Kind.String].
func (k Kind) MarshalText() ([]byte, error) {
	if k == 0 || int(k) >= len(kindNames) {
		return nil, &oic.ParseError{Func: "search.Kind.MarshalText", Input: k.String(), Err: oic.ErrRange}
	}
	return []byte(kindNames[k]), nil
}

// A Match says how a name matched the text searched for, best first.
type Match uint8

// The kinds of match, from best to worst.
const (
	MatchExact      Match = 1 + iota // the text is the name, character for character
	MatchFolded                      // the text is the name, once case, marks and punctuation are set aside
	MatchPrefix                      // the name begins with the text, folded
	MatchSuggestion                  // nothing matched; the name is close to the text
)

var matchNames = [...]string{"", "exact", "folded", "prefix", "suggestion"}

// String returns the match's keyword, such as "folded".
func (m Match) String() string {
	if m != 0 && int(m) < len(matchNames) {
		return matchNames[m]
	}
	return "%!Match(" + strconv.Itoa(int(m)) + ")"
}

// MarshalText implements [encoding.TextMarshaler] with the keyword of
// [Match.String].
func (m Match) MarshalText() ([]byte, error) {
	if m == 0 || int(m) >= len(matchNames) {
		return nil, &oic.ParseError{Func: "search.Match.MarshalText", Input: m.String(), Err: oic.ErrRange}
	}
	return []byte(matchNames[m]), nil
}

// A NameKind says what kind of name matched.
type NameKind uint8

// The kinds of name, from the most to the least authoritative.
const (
	NameOfficial NameKind = 1 + iota // today's name, in one of the curated languages
	NameFormer                       // a former official name, in use during Result.Period
	NameAlias                        // a common alias, an acronym or a key
	NameCLDR                         // a name from the Unicode CLDR, through package search/cldr
)

var nameKindNames = [...]string{"", "official", "former", "alias", "cldr"}

// String returns the kind's keyword, such as "former".
func (k NameKind) String() string {
	if k != 0 && int(k) < len(nameKindNames) {
		return nameKindNames[k]
	}
	return "%!NameKind(" + strconv.Itoa(int(k)) + ")"
}

// MarshalText implements [encoding.TextMarshaler] with the keyword of
// [NameKind.String].
func (k NameKind) MarshalText() ([]byte, error) {
	if k == 0 || int(k) >= len(nameKindNames) {
		return nil, &oic.ParseError{Func: "search.NameKind.MarshalText", Input: k.String(), Err: oic.ErrRange}
	}
	return []byte(nameKindNames[k]), nil
}

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

// sameRecord reports whether r and s found the same record.
func (r Result) sameRecord(s Result) bool {
	return r.Kind == s.Kind && r.Country == s.Country && r.City == s.City && r.Body == s.Body &&
		r.Document == s.Document && r.Initiative == s.Initiative
}

// An Index finds records by name. The zero Index finds nothing; use
// [NewIndex] or the package functions, which use the module's names. An
// Index is safe for concurrent use.
type Index struct {
	names  []Result           // every name, in order of preference
	exact  map[string]int32   // name as held → index into names of its first record
	folded map[string][]int32 // folded name → indexes into names
	keys   []string           // the folded names, sorted, for prefixes and suggestions
}

// NewIndex returns an index of the module's names and of extra, which
// callers can use to add names of their own (package search/cldr adds the
// CLDR names). Each extra Result must name a record and carry the name.
func NewIndex(extra []Result) *Index {
	x := &Index{exact: map[string]int32{}, folded: map[string][]int32{}}
	for r := range moduleNames() {
		x.add(r)
	}
	for _, r := range extra {
		if r.Name != "" && r.Kind != 0 {
			x.add(r)
		}
	}
	x.keys = make([]string, 0, len(x.folded))
	for k := range x.folded {
		x.keys = append(x.keys, k)
	}
	sort.Strings(x.keys)
	return x
}

func (x *Index) add(r Result) {
	r.Match = 0
	k := fold.Key(r.Name)
	if k == "" {
		return
	}
	i := int32(len(x.names))
	x.names = append(x.names, r)
	x.folded[k] = append(x.folded[k], i)
	if _, ok := x.exact[r.Name]; !ok {
		x.exact[r.Name] = i
	}
}

var defaultIndex = sync.OnceValue(func() *Index { return NewIndex(nil) })

// Default returns the index of the module's own names, built on first use.
func Default() *Index { return defaultIndex() }

// Lookup returns the best match for text in the default index; see
// [Index.Lookup].
func Lookup(text string) (Result, bool) { return Default().Lookup(text) }

// Find returns every record matching text in the default index; see
// [Index.Find].
func Find(text string) []Result { return Default().Find(text) }

// Lookup returns the best match for text: a name equal to it, else a name
// equal to it once folded (see the package documentation), and whether
// there is one. It does not look for prefixes or suggestions. For text of
// ASCII letters it does not allocate; other text allocates at most once.
func (x *Index) Lookup(text string) (Result, bool) {
	if x == nil || x.folded == nil {
		return Result{}, false
	}
	if i, ok := x.exact[text]; ok {
		r := x.names[i]
		r.Match = MatchExact
		return r, true
	}
	var buf [128]byte
	ids := x.folded[string(fold.Append(buf[:0], text))]
	if len(ids) == 0 {
		return Result{}, false
	}
	r := x.names[ids[0]]
	r.Match = MatchFolded
	return r, true
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
	add := func(ids []int32, m Match, keep func(Result) bool) {
		for _, i := range ids {
			r := x.names[i]
			if !keep(r) || slices.ContainsFunc(out, r.sameRecord) {
				continue
			}
			r.Match = m
			out = append(out, r)
		}
	}
	all := func(Result) bool { return true }
	k := fold.Key(text)
	if k == "" {
		return out
	}
	add(x.folded[k], MatchExact, func(r Result) bool { return r.Name == text })
	add(x.folded[k], MatchFolded, all)
	if utf8.RuneCountInString(k) >= 2 {
		i := sort.SearchStrings(x.keys, k)
		for ; i < len(x.keys) && strings.HasPrefix(x.keys[i], k); i++ {
			if x.keys[i] != k {
				add(x.folded[x.keys[i]], MatchPrefix, all)
			}
		}
	}
	if len(out) == 0 {
		out = x.suggest(k)
	}
	return out
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
	for _, c := range cands {
		for _, i := range x.folded[c.key] {
			r := x.names[i]
			if len(out) < 5 && !slices.ContainsFunc(out, r.sameRecord) {
				r.Match = MatchSuggestion
				out = append(out, r)
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
		for _, r := range x.names {
			if !yield(r) {
				return
			}
		}
	}
}

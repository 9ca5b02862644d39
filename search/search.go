// Package search finds the records of the module by any of the names
// people use for them: the organisation itself, member, former member and
// observer states, cities, bodies, documents, Kazakhstan's initiatives,
// people (Secretaries-General, office holders, Kazakhstan's
// representatives) and observer organisations.
//
// # Names
//
// The index holds, for every record, its names in English, Arabic, French,
// Kazakh and Russian (for states, the short and the formal names), its
// former names with the periods they were in use, the module's own
// translations (marked as such), acronyms and keys, and for states their
// names in their own official languages, common short forms and
// abbreviations in any language ("UAE", "ОАЭ", "KSA", "السعودية"), common
// transliterations, and their ISO 3166-1 alpha-2 and alpha-3 codes. A
// [Result] says which name matched, its language, its [NameKind] and, for
// a former name, its period.
//
// # Matching
//
// Results are ranked by how they matched ([Match]), best first:
//
//   - exact: the text is the name, character for character;
//   - folded: the text is the name once case, diacritics and other marks,
//     punctuation, apostrophe and dash variants, spacing ("cote d ivoire"
//     is "Côte d’Ivoire"), the variant letters of Arabic (forms of alef and
//     hamza, taa marbuta, alef maqsura, tatweel, harakat) and, where it is
//     the only difference, the Arabic definite article ("جزائر" is
//     "الجزائر") are set aside;
//   - variant: the same, also setting aside Kazakh letters typed on a
//     Russian keyboard ("Казакстан") and the differences between the
//     common Latin transliterations of Kazakh and Russian and French
//     spellings ("Qazaqstan", "Rosiya", "Kirgizstan", "Uzbekiston");
//   - prefix: the name begins with the text;
//   - word: a word of the name, or a run of its words, begins with the
//     text ("Arabia", "Herzegovina", "food security");
//   - formal: the text is a state's name with the words of a formal name
//     around it, in any of the languages the index or package
//     [github.com/kzoic/kzoic/search/cldr] holds names in ("Islamische
//     Republik Iran", "Royaume du Maroc", "Republik Kasachstan" with the
//     CLDR names), where nothing above matched;
//   - typo: the text is one edit (a letter inserted, deleted or replaced,
//     or two neighbours swapped) from a name of exactly one record, for
//     texts of five letters or more;
//   - suggestion: nothing matched; the name is close to the text.
//
// A text that matches one record exactly is never taken for a near
// neighbour: "Iran" does not find Iraq, "Niger" finds Niger before
// Nigeria, "Guinea" Guinea before Guinea-Bissau.
//
// # Cost
//
// The index is compiled into the program: the generator of the module
// (internal/gen) folds every name with the same code as the search does at
// run time (internal/fold) and writes the keys, sorted, with perfect
// hashes over them, their words, and the forms people commonly type of
// each name (other case, no diacritics or hamza, straight apostrophes,
// spaces for hyphens). A search builds nothing, and its first call costs
// what later ones do, within the lookup by key of the handle of a record
// the first time it is found (kept in a static table, not on the heap)
// and the first parse of the language tag of a name outside the five
// curated languages and the twenty-odd that golang.org/x/text/language
// has variables for. [Lookup] of a name as the tables hold it, or as
// people commonly type it, is one hash of the text and a comparison or
// two; other folded text is folded once and hashed. Neither allocates
// (but for that parse). Words and typos take a few microseconds,
// suggestions up to a few hundred; every search examines a bounded number
// of candidates, and texts longer than about a kilobyte match nothing.
//
// The names that golang.org/x/text/language/display knows in every CLDR
// language are in the separate package
// [github.com/kzoic/kzoic/search/cldr], which costs binary size that most
// programs do not need; [NewIndex] adds such names at run time.
package search

import (
	"iter"
	"strconv"

	"github.com/kzoic/kzoic/initiatives"
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
	KindPerson                       // a person: an office holder, a representative, a chair
	KindObserverOrg                  // an international organisation with observer status
)

var kindWords = keyword.Set[Kind]{Type: "search.Kind", Words: []string{"", "organisation", "country", "city", "body", "document", "initiative", "person", "observer-org"}, Error: oicerr.Keyword}

// String returns the kind's keyword, such as "country".
func (k Kind) String() string { return kindWords.String(k) }

// MarshalText implements [encoding.TextMarshaler] with the keyword of
// [Kind.String].
func (k Kind) MarshalText() ([]byte, error) { return kindWords.Marshal(k) }

// UnmarshalText implements [encoding.TextUnmarshaler]; it accepts the
// keywords of [Kind.String] in any case.
func (k *Kind) UnmarshalText(text []byte) error { return kindWords.Unmarshal(k, text) }

// A Match says how a name matched the text searched for; see the package
// documentation.
type Match uint8

// The kinds of match, from best to worst.
const (
	MatchExact      Match = 1 + iota // the text is the name, character for character
	MatchFolded                      // the text is the name, once case, marks, punctuation, spacing, Arabic letter variants and article are set aside
	MatchVariant                     // the text is the name, once Kazakh keyboard letters and transliterations are also set aside
	MatchPrefix                      // the name begins with the text, folded
	MatchWord                        // a word of the name, or a run of its words, begins with the text, folded
	MatchFormal                      // the text is a state's name with words of a formal name around it ("Republik Kasachstan"), folded
	MatchTypo                        // the text is one edit from a name of exactly one record
	MatchSuggestion                  // nothing matched; the name is close to the text
)

var matchWords = keyword.Set[Match]{Type: "search.Match", Words: []string{"", "exact", "folded", "variant", "prefix", "word", "formal", "typo", "suggestion"}, Error: oicerr.Keyword}

// String returns the match's keyword, such as "folded".
func (m Match) String() string { return matchWords.String(m) }

// MarshalText implements [encoding.TextMarshaler] with the keyword of
// [Match.String].
func (m Match) MarshalText() ([]byte, error) { return matchWords.Marshal(m) }

// UnmarshalText implements [encoding.TextUnmarshaler]; it accepts the
// keywords of [Match.String] in any case.
func (m *Match) UnmarshalText(text []byte) error { return matchWords.Unmarshal(m, text) }

// IsHit reports whether m is a match rather than a suggestion.
func (m Match) IsHit() bool { return m >= MatchExact && m < MatchSuggestion }

// A NameKind says what kind of name matched.
type NameKind uint8

// The kinds of name, from the most to the least authoritative.
const (
	NameOfficial    NameKind = 1 + iota // a current name, in a form a source gives (official names, formal names)
	NameFormer                          // a former name, in use during Result.Period
	NameNative                          // a state's name in one of its own official languages
	NameAlias                           // a common alias: a short form, an abbreviation, an acronym, a key or a transliteration
	NameTranslation                     // the module's own rendering of a current name, which no source gives
	NameCode                            // an ISO 3166-1 alpha-2 or alpha-3 code
	NameCLDR                            // a name from the Unicode CLDR, through package search/cldr
)

var nameKindWords = keyword.Set[NameKind]{Type: "search.NameKind", Words: []string{"", "official", "former", "native", "alias", "translation", "code", "cldr"}, Error: oicerr.Keyword}

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
	Kind        Kind                   `json:"kind"`
	Country     oic.Country            `json:"country,omitzero"`
	City        oic.City               `json:"city,omitzero"`
	Body        oic.Body               `json:"body,omitzero"`
	Document    oic.Document           `json:"document,omitzero"`
	Initiative  initiatives.Initiative `json:"initiative,omitzero"`
	Person      oic.Person             `json:"person,omitzero"`
	ObserverOrg oic.ObserverOrg        `json:"observerOrg,omitzero"`

	Name     string       `json:"name"`            // the name that matched (for a typo or a suggestion, the name closest to the text), as the tables hold it
	Lang     language.Tag `json:"lang"`            // its language; und for codes, acronyms and keys
	NameKind NameKind     `json:"nameKind"`        // official, former, native, alias, translation, code or CLDR
	Period   oic.Period   `json:"period,omitzero"` // when a former name was in use (or an alias, where the sources date it); zero otherwise
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
	case KindPerson:
		return r.Person.Key()
	case KindObserverOrg:
		return r.ObserverOrg.Key()
	}
	return ""
}

// String returns the kind and key of the record and the name that matched,
// as in `country KAZ "Kazakhstan" (exact)`.
func (r Result) String() string {
	return r.Kind.String() + " " + r.Key() + " " + strconv.Quote(r.Name) + " (" + r.Match.String() + ")"
}

// An Index finds records by name. The zero Index finds nothing; [Default]
// and the package functions use the module's names, and [NewIndex] adds
// names of the caller's. An Index is safe for concurrent use.
type Index struct {
	module bool     // the index holds the module's names, compiled in
	extra  *overlay // names added by NewIndex
}

// defaultIndex is the index of the module's names: static data.
var defaultIndex = Index{module: true}

// Default returns the index of the module's own names. It is compiled
// into the program: Default builds nothing.
func Default() *Index { return &Index{module: true} }

// NewIndex returns an index of the module's names and of extra, which
// callers can use to add names of their own (package search/cldr adds the
// CLDR names). Each extra Result must name a record of the module and
// carry the name; its Lang and NameKind are kept, its Match ignored. Extra
// names rank after the module's at the same [Match]. NewIndex folds the
// extra names and keeps them in maps: it costs time and memory that grow
// with their number, once.
func NewIndex(extra []Result) *Index {
	return &Index{module: true, extra: newOverlay(extra)}
}

// Lookup returns the best match for text in the default index; see
// [Index.Lookup].
func Lookup(text string) (r Result, ok bool) {
	ok = defaultIndex.lookup(text, &r)
	return r, ok
}

// Find returns every record matching text in the default index; see
// [Index.Find].
func Find(text string) []Result { return defaultIndex.Find(text) }

// Lookup returns the record text names, and whether there is one: the
// first result of [Index.Find] when it matched exactly, folded or as a
// variant, or when it is the only record matched at its level (prefix,
// word or typo). It reports false for suggestions and when several records
// match only by a prefix, a word or a typo. In an index without extra
// names, an exact, folded or variant match does not allocate (but to make
// the language tag of a rarer language, once; see the package
// documentation).
func (x *Index) Lookup(text string) (r Result, ok bool) {
	ok = x.lookup(text, &r)
	return r, ok
}

// Find returns the records matching text, one result for each record, best
// first: by [Match], then by [Kind] (the organisation, then states,
// cities, bodies, documents, initiatives, people and observer
// organisations), then by the authority of the name that matched
// ([NameKind]), then in the order of the module's tables. When nothing
// matches, it returns up to five suggestions: records whose names are a
// few edits away from the text. The slice is new on every call.
func (x *Index) Find(text string) []Result {
	if x == nil || !x.module {
		return nil
	}
	s := newSearcher(x, text)
	s.run()
	return s.results()
}

// Names returns an iterator over every name of the index, with Match
// unset: the module's names grouped by their folded keys, in the order of
// the keys, then the extra names.
func (x *Index) Names() iter.Seq[Result] {
	return func(yield func(Result) bool) {
		if x == nil || !x.module {
			return
		}
		for i := range entryTable {
			var r Result
			fillEntry(&r, int32(i), 0)
			if !yield(r) {
				return
			}
		}
		if x.extra != nil {
			for _, r := range x.extra.results {
				if !yield(r) {
					return
				}
			}
		}
	}
}

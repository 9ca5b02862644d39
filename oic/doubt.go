package oic

import (
	"iter"

	"github.com/kzoic/kzoic/internal/keyword"
)

// A Doubt says why a fact of the tables rests on weak evidence. The library
// keeps such a fact, since it is the best the sources give, and flags it
// with a [DoubtedField] so that a reader can tell it from a confirmed one.
// Where sources disagree and one of them is the OIC's own, the library
// keeps the OIC's value without a doubt and records the other value as an
// [Alternative] instead.
type Doubt uint8

// The kinds of doubt. The zero Doubt is no doubt.
const (
	DoubtSingleSource    Doubt = 1 + iota // only one secondary source (a reference work, a news report, a third party) gives the fact, and no other source seen confirms it
	DoubtInferred                         // no source states the fact: the library infers it from what sources say
	DoubtUnconfirmedName                  // no source seen gives this form of the name; the other languages' forms are the sources'
	DoubtSourcesDisagree                  // sources give different values and none settles it: none of them is the OIC's own, or the OIC's own disagree
)

var doubtWords = keyword.Set[Doubt]{Type: "oic.Doubt", Words: []string{"", "single-source", "inferred", "unconfirmed-name", "sources-disagree"}, Error: keywordError}

// String returns the doubt's keyword: "single-source", "inferred",
// "unconfirmed-name" or "sources-disagree".
func (d Doubt) String() string { return doubtWords.String(d) }

// MarshalText implements [encoding.TextMarshaler] with the keyword of
// [Doubt.String].
func (d Doubt) MarshalText() ([]byte, error) { return doubtWords.Marshal(d) }

// UnmarshalText implements [encoding.TextUnmarshaler]; see [ParseDoubt].
func (d *Doubt) UnmarshalText(text []byte) error { return doubtWords.Unmarshal(d, text) }

// ParseDoubt returns the doubt with the given keyword, in any case. Unknown
// keywords give a [*ParseError] wrapping [ErrUnknown].
func ParseDoubt(text string) (Doubt, error) { return doubtWords.Parse("oic.ParseDoubt", text) }

// IsValid reports whether d is one of the kinds of doubt.
func (d Doubt) IsValid() bool { return doubtWords.Valid(d) }

// Doubts returns an iterator over the kinds of doubt in the order of their
// constants.
func Doubts() iter.Seq[Doubt] { return doubtWords.All() }

// A DoubtedField is a fact of a record that rests on weak evidence: which
// fact, why it is doubted, and the sources that give the doubted value
// (or, where sources disagree, the ones that give the other values).
//
// The fields a doubt can name are, for a [Body]: "name" (the English name),
// "acronym", "kind", "seat" and "founded"; for a [Term]: "holder",
// "country", "start" and "end"; for a [StatusChange]: "date", "status" and
// "session"; for a [Session]: "start", "end", "city" and "chair".
type DoubtedField struct {
	Field   string   `json:"field"`
	Doubt   Doubt    `json:"doubt"`
	Sources []Source `json:"sources,omitempty"`
}

type doubtRow struct {
	field   string
	doubt   Doubt
	sources []uint16
}

// doubtList returns the doubts of rows as a new slice, or nil.
func doubtList(rows []doubtRow) []DoubtedField {
	if len(rows) == 0 {
		return nil
	}
	out := make([]DoubtedField, len(rows))
	for i, r := range rows {
		out[i] = DoubtedField{Field: r.field, Doubt: r.doubt, Sources: sourceList(r.sources)}
	}
	return out
}

// doubtOf returns the doubt on field among rows, or the zero Doubt.
func doubtOf(rows []doubtRow, field string) Doubt {
	for _, r := range rows {
		if r.field == field {
			return r.doubt
		}
	}
	return 0
}

// Doubts returns the facts of b's record that rest on weak evidence, in
// the order of the data; nil where every fact is confirmed. The slice is
// new on every call.
func (b Body) Doubts() []DoubtedField { return doubtList(b.row().doubts) }

// DoubtOn returns the doubt on the fact field of b's record (see
// [DoubtedField] for the names), or the zero Doubt where it is confirmed.
func (b Body) DoubtOn(field string) Doubt { return doubtOf(b.row().doubts, field) }

// Doubts returns the facts of s's record that rest on weak evidence, in
// the order of the data; nil where every fact is confirmed. The slice is
// new on every call.
func (s Session) Doubts() []DoubtedField { return doubtList(s.row().doubts) }

// DoubtOn returns the doubt on the fact field of s's record (see
// [DoubtedField] for the names), or the zero Doubt where it is confirmed.
func (s Session) DoubtOn(field string) Doubt { return doubtOf(s.row().doubts, field) }

// DoubtOn returns the doubt on the fact field of t (see [DoubtedField] for
// the names), or the zero Doubt where it is confirmed.
func (t Term) DoubtOn(field string) Doubt { return fieldDoubt(t.Doubts, field) }

// DoubtOn returns the doubt on the fact field of c (see [DoubtedField] for
// the names), or the zero Doubt where it is confirmed.
func (c StatusChange) DoubtOn(field string) Doubt { return fieldDoubt(c.Doubts, field) }

func fieldDoubt(ds []DoubtedField, field string) Doubt {
	for _, d := range ds {
		if d.Field == field {
			return d.Doubt
		}
	}
	return 0
}

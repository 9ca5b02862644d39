package oic

import (
	"iter"

	"github.com/kzoic/kzoic/internal/keyword"
	"golang.org/x/text/language"
)

// A BodyKind is the place of a body in the OIC's structure, as the Charter
// and the OIC's own lists class it.
type BodyKind uint8

// The kinds of body. The zero BodyKind is not a kind.
const (
	BodyPrincipalOrgan         BodyKind = 1 + iota // an organ the Charter establishes: the Islamic Summit, the Council of Foreign Ministers, the General Secretariat, …
	BodyStandingCommittee                          // a standing committee, such as COMCEC
	BodySubsidiaryOrgan                            // a subsidiary organ, such as SESRIC
	BodySpecializedInstitution                     // a specialised institution, such as the Islamic Development Bank or the IOFS
	BodyAffiliatedInstitution                      // an affiliated institution, such as the ICCIA
)

var bodyKindWords = keyword.Set[BodyKind]{Type: "oic.BodyKind", Words: []string{"", "principal-organ", "standing-committee", "subsidiary-organ", "specialized-institution", "affiliated-institution"}, Error: keywordError}

// String returns the kind's keyword, such as "standing-committee".
func (k BodyKind) String() string { return bodyKindWords.String(k) }

// MarshalText implements [encoding.TextMarshaler] with the keyword of
// [BodyKind.String].
func (k BodyKind) MarshalText() ([]byte, error) { return bodyKindWords.Marshal(k) }

// UnmarshalText implements [encoding.TextUnmarshaler]: it accepts the
// keywords of [BodyKind.String], in any case.
func (k *BodyKind) UnmarshalText(text []byte) error { return bodyKindWords.Unmarshal(k, text) }

// IsValid reports whether k is one of the kinds of body.
func (k BodyKind) IsValid() bool { return bodyKindWords.Valid(k) }

// A Body is an organ or institution of the OIC: a principal organ, a
// standing committee, a subsidiary organ, a specialised or an affiliated
// institution. Bodies are small comparable handles; their text form is a
// stable lower-case key, the acronym where the body has one ("comcec",
// "iofs").
//
// The zero Body is not a body: it is not valid, and its methods return zero
// values.
type Body struct{ idx uint16 }

func (b Body) row() *bodyRow {
	if int(b.idx) >= len(bodyTable) {
		return &bodyTable[0]
	}
	return &bodyTable[b.idx]
}

// IsValid reports whether b is a body of the tables.
func (b Body) IsValid() bool { return b.idx != 0 && int(b.idx) < len(bodyTable) }

// Key returns b's stable key, such as "comcec" or "general-secretariat".
func (b Body) Key() string { return b.row().key }

// Acronym returns b's English acronym, such as "COMCEC", or "" where it has
// none.
func (b Body) Acronym() string { return b.row().acronym }

// Kind returns b's place in the OIC's structure.
func (b Body) Kind() BodyKind { return b.row().kind }

// Name returns b's name in the language closest to t; see [Text.In].
func (b Body) Name(t language.Tag) string { return b.row().name.In(t) }

// Names returns b's names today in the curated languages. Languages whose
// official form the sources did not give are empty.
func (b Body) Names() Text { return b.row().name }

// NameOn returns the name b had on d in the language closest to t: a former
// name where one was in use on d (the Islamic Educational, Scientific and
// Cultural Organization until 2020 for ICESCO), else today's name.
func (b Body) NameOn(d Date, t language.Tag) string {
	if n := nameOn(b.row().names, d, t); n != "" {
		return n
	}
	return b.Name(t)
}

// OtherNames returns b's former names, acronyms and aliases, in the order of
// the tables. The slice is new on every call.
func (b Body) OtherNames() []HistoricName { return historicNames(b.row().names) }

// Seat returns the city where b sits, or the zero City where the sources
// give none.
func (b Body) Seat() City { return City{b.row().seat} }

// Founded returns the date b was founded, or decided upon, as the sources
// give it; [Body.FoundedBy] says which.
func (b Body) Founded() Date { return b.row().founded }

// FoundedBy returns the decision or event that [Body.Founded] dates, such
// as the adoption of its statute by the 40th Council of Foreign Ministers.
func (b Body) FoundedBy() Text { return b.row().foundedBy }

// Sources returns the sources of b's record. The slice is new on every call.
func (b Body) Sources() []Source { return sourceList(b.row().sources) }

// String returns b's key.
func (b Body) String() string { return b.row().key }

// MarshalText implements [encoding.TextMarshaler]: b's key.
func (b Body) MarshalText() ([]byte, error) { return []byte(b.row().key), nil }

// UnmarshalText implements [encoding.TextUnmarshaler]: it accepts what
// [LookupBody] accepts, and the empty text for the zero Body.
func (b *Body) UnmarshalText(text []byte) error {
	return unmarshalKey(b, text, "oic.Body.UnmarshalText", LookupBody)
}

// LookupBody returns the body with the given acronym or key, in any case:
// "COMCEC", "comcec" and "IsDB" all work. It does not allocate.
func LookupBody(acronym string) (Body, bool) {
	i, ok := bodyIndex.Find(acronym)
	return Body{i}, ok
}

// Bodies returns an iterator over the bodies of kind k, or over all bodies
// for the zero kind, in the order of the OIC's own lists.
func Bodies(k BodyKind) iter.Seq[Body] {
	return func(yield func(Body) bool) {
		for i := 1; i < len(bodyTable); i++ {
			if (k == 0 || bodyTable[i].kind == k) && !yield(Body{uint16(i)}) {
				return
			}
		}
	}
}

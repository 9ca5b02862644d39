package oic

import (
	"iter"

	"github.com/kzoic/kzoic/internal/ascii"
	"github.com/kzoic/kzoic/internal/keyword"
	"golang.org/x/text/language"
)

// An ObserverKind is the group in which the OIC lists an organisation with
// observer status.
type ObserverKind uint8

// The kinds of observer organisation. The zero ObserverKind is not a kind.
const (
	ObserverInternational      ObserverKind = 1 + iota // an international organisation, such as the United Nations
	ObserverIslamicInstitution                         // an Islamic institution, such as the Parliamentary Union of the OIC Member States
	ObserverMuslimCommunity                            // a Muslim organisation or community, such as the Moro National Liberation Front
)

var observerKindWords = keyword.Set[ObserverKind]{Type: "oic.ObserverKind", Words: []string{"", "international", "islamic-institution", "muslim-community"}, Error: keywordError}

// String returns the kind's keyword: "international",
// "islamic-institution" or "muslim-community".
func (k ObserverKind) String() string { return observerKindWords.String(k) }

// MarshalText implements [encoding.TextMarshaler] with the keyword of
// [ObserverKind.String].
func (k ObserverKind) MarshalText() ([]byte, error) { return observerKindWords.Marshal(k) }

// UnmarshalText implements [encoding.TextUnmarshaler]; it accepts the
// keywords of [ObserverKind.String] in any case.
func (k *ObserverKind) UnmarshalText(text []byte) error { return observerKindWords.Unmarshal(k, text) }

// IsValid reports whether k is one of the kinds of observer organisation.
func (k ObserverKind) IsValid() bool { return observerKindWords.Valid(k) }

// An ObserverOrg is an organisation that holds observer status in the OIC:
// an international organisation such as the United Nations or the League
// of Arab States, an Islamic institution, or a Muslim organisation or
// community. Observer states are not ObserverOrgs but [Country] records
// with the status [StatusObserver] (see [ObserversOn]).
//
// ObserverOrgs are small comparable handles; their text form is a stable
// lower-case key such as "un" or "las". The zero ObserverOrg is not an
// organisation: it is not valid, and its methods return zero values.
type ObserverOrg struct{ idx uint8 }

type observerOrgRow struct {
	key     string
	acronym string
	kind    ObserverKind
	name    Text
	names   []nameRow
	period  Period
	alts    []altRow
	sources []uint16
}

func (o ObserverOrg) row() *observerOrgRow {
	if int(o.idx) >= len(observerOrgTable) {
		return &observerOrgTable[0]
	}
	return &observerOrgTable[o.idx]
}

// IsValid reports whether o is an organisation of the tables.
func (o ObserverOrg) IsValid() bool { return o.idx != 0 && int(o.idx) < len(observerOrgTable) }

// Key returns o's stable key, such as "las".
func (o ObserverOrg) Key() string { return o.row().key }

// String returns o's key.
func (o ObserverOrg) String() string { return o.row().key }

// OtherNames returns the other names of o in use, such as "Arab League"
// for the League of Arab States, with their sources.
func (o ObserverOrg) OtherNames() []HistoricName { return historicNames(o.row().names) }

// Acronym returns o's English acronym, such as "LAS", or "" where it has
// none.
func (o ObserverOrg) Acronym() string { return o.row().acronym }

// Kind returns the group in which the OIC lists o.
func (o ObserverOrg) Kind() ObserverKind { return o.row().kind }

// Name returns o's name today in the language closest to t; see
// [Text.In].
func (o ObserverOrg) Name(t language.Tag) string { return o.row().name.In(t) }

// Names returns o's name today in the curated languages, with the module's
// own renderings marked (see [Text.IsOwn]).
func (o ObserverOrg) Names() Text { return o.row().name }

// Period returns the span of o's observer status: from the date the
// sources give for its admission, as precise as they give it, and with no
// End while o is an observer at the data vintage.
func (o ObserverOrg) Period() Period { return o.row().period }

// StatusOn reports whether o was an observer on d: [Yes] when the dates of
// [ObserverOrg.Period] settle that it was, [No] when they settle that it
// was not, and [Maybe] on a day of the year or month of an admission dated
// no more precisely; see [Period.Holds].
func (o ObserverOrg) StatusOn(d Date) Certainty {
	if !o.IsValid() {
		return No
	}
	return o.row().period.Holds(d)
}

// Alternatives returns the values other sources give where they disagree
// with [ObserverOrg.Period], such as an earlier start for the League of
// Arab States, whose Secretary-General attended a session of 1970 as an
// observer. Their Field is "from" for the start of the status. The slice is
// new on every call.
func (o ObserverOrg) Alternatives() []Alternative {
	rows := o.row().alts
	if len(rows) == 0 {
		return nil
	}
	out := make([]Alternative, len(rows))
	for i, a := range rows {
		out[i] = Alternative{Field: a.field, Date: a.date, Note: a.note, Source: sourceTable[a.source]}
	}
	return out
}

// Sources returns the sources of o's record. The slice is new on every call.
func (o ObserverOrg) Sources() []Source { return sourceList(o.row().sources) }

// AppendText implements [encoding.TextAppender]: it appends o's key.
func (o ObserverOrg) AppendText(b []byte) ([]byte, error) { return append(b, o.row().key...), nil }

// MarshalText implements [encoding.TextMarshaler]: o's key, or the empty
// text for the zero ObserverOrg.
func (o ObserverOrg) MarshalText() ([]byte, error) { return o.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler]: it accepts what
// [LookupObserverOrg] accepts, and the empty text for the zero
// ObserverOrg.
func (o *ObserverOrg) UnmarshalText(text []byte) error {
	return unmarshalKey(o, text, "oic.ObserverOrg.UnmarshalText", LookupObserverOrg)
}

// LookupObserverOrg returns the organisation with the given key or English
// acronym, in any case: "las", "LAS" and "un" all work.
func LookupObserverOrg(key string) (ObserverOrg, bool) {
	for i := 1; i < len(observerOrgTable); i++ {
		r := &observerOrgTable[i]
		if ascii.EqualFold(r.key, key) || (r.acronym != "" && ascii.EqualFold(r.acronym, key)) {
			return ObserverOrg{uint8(i)}, true
		}
	}
	return ObserverOrg{}, false
}

// ObserverOrgs returns an iterator over every organisation that is or was
// an observer, in the order in which they became observers, then of their
// keys.
func ObserverOrgs() iter.Seq[ObserverOrg] {
	return func(yield func(ObserverOrg) bool) {
		for i := 1; i < len(observerOrgTable); i++ {
			if !yield(ObserverOrg{uint8(i)}) {
				return
			}
		}
	}
}

// ObserverOrgsOn returns an iterator, in the order of [ObserverOrgs], over
// the organisations that were certainly observers on d: those whose
// [ObserverOrg.StatusOn] is [Yes]. An organisation admitted in a year or
// month that d falls in is left out, as the sources do not settle it.
func ObserverOrgsOn(d Date) iter.Seq[ObserverOrg] {
	return func(yield func(ObserverOrg) bool) {
		for o := range ObserverOrgs() {
			if o.StatusOn(d) == Yes && !yield(o) {
				return
			}
		}
	}
}

package oic

import (
	"iter"

	"github.com/kzoic/kzoic/internal/keyword"
	"golang.org/x/text/language"
)

// A DocumentKind is the kind of a founding or programme document.
type DocumentKind uint8

// The kinds of document. The zero DocumentKind is not a kind.
const (
	DocCharter     DocumentKind = 1 + iota // the organisation's charter
	DocProgramme                           // a programme or plan of action
	DocDeclaration                         // a declaration adopted at a session
	DocAgenda                              // an agenda, such as the Science, Technology and Innovation Agenda 2026
	DocStatute                             // the statute of an institution
)

var docKindWords = keyword.Set[DocumentKind]{Type: "oic.DocumentKind", Words: []string{"", "charter", "programme", "declaration", "agenda", "statute"}, Error: keywordError}

// String returns the kind's keyword, such as "charter".
func (k DocumentKind) String() string { return docKindWords.String(k) }

// MarshalText implements [encoding.TextMarshaler] with the keyword of
// [DocumentKind.String].
func (k DocumentKind) MarshalText() ([]byte, error) { return docKindWords.Marshal(k) }

// UnmarshalText implements [encoding.TextUnmarshaler]; it accepts the
// keywords of [DocumentKind.String] in any case.
func (k *DocumentKind) UnmarshalText(text []byte) error { return docKindWords.Unmarshal(k, text) }

// A Document is a charter, programme, declaration, agenda or statute the
// OIC adopted. Documents are small comparable handles; their text form is a
// stable key such as "charter-2008" or "oic-2025".
//
// The zero Document is not a document: it is not valid, and its methods
// return zero values.
type Document struct{ idx uint16 }

func (d Document) row() *documentRow {
	if int(d.idx) >= len(documentTable) {
		return &documentTable[0]
	}
	return &documentTable[d.idx]
}

// IsValid reports whether d is a document of the tables.
func (d Document) IsValid() bool { return d.idx != 0 && int(d.idx) < len(documentTable) }

// Key returns d's stable key, such as "oic-2025".
func (d Document) Key() string { return d.row().key }

// Kind returns the kind of d.
func (d Document) Kind() DocumentKind { return d.row().kind }

// Name returns d's title in the language closest to t; see [Text.In].
func (d Document) Name(t language.Tag) string { return d.row().name.In(t) }

// Names returns d's titles in the curated languages.
func (d Document) Names() Text { return d.row().name }

// Adopted returns the date d was adopted, as precise as the sources give.
func (d Document) Adopted() Date { return d.row().adopted }

// AdoptedAt returns the session that adopted d, or the zero Session.
func (d Document) AdoptedAt() Session { return Session{d.row().session} }

// InForce returns the date d entered into force, where the sources give
// one.
func (d Document) InForce() Date { return d.row().inForce }

// Validity returns the period d was meant to cover, such as 2016 up to 2026
// for the OIC-2025 Programme of Action (whose last year is 2025; see
// [Period.Last]), or the zero Period where it has no set term.
func (d Document) Validity() Period { return d.row().valid }

// SupersededBy returns the document that replaced d, or the zero Document.
func (d Document) SupersededBy() Document { return Document{d.row().supersededBy} }

// Sources returns the sources of d's record. The slice is new on every call.
func (d Document) Sources() []Source { return sourceList(d.row().sources) }

// String returns d's key.
func (d Document) String() string { return d.row().key }

// MarshalText implements [encoding.TextMarshaler]: d's key.
func (d Document) MarshalText() ([]byte, error) { return []byte(d.row().key), nil }

// UnmarshalText implements [encoding.TextUnmarshaler]: it accepts a
// document key, or the empty text for the zero Document.
func (d *Document) UnmarshalText(text []byte) error {
	return unmarshalKey(d, text, "oic.Document.UnmarshalText", LookupDocument)
}

// LookupDocument returns the document with the given key, in any case.
// It does not allocate.
func LookupDocument(key string) (Document, bool) {
	i, ok := documentIndex.Find(key)
	return Document{i}, ok
}

// Documents returns an iterator over the documents in order of adoption.
func Documents() iter.Seq[Document] {
	return func(yield func(Document) bool) {
		for i := 1; i < len(documentTable); i++ {
			if !yield(Document{uint16(i)}) {
				return
			}
		}
	}
}

// DocumentsAdoptedAt returns an iterator over the documents s adopted.
func DocumentsAdoptedAt(s Session) iter.Seq[Document] {
	return func(yield func(Document) bool) {
		if !s.IsValid() {
			return
		}
		for d := range Documents() {
			if d.row().session == s.idx && !yield(d) {
				return
			}
		}
	}
}

// CharterOn returns the charter in force on d: the Charter of 1972 until the
// revised Charter was adopted in Dakar on 14 March 2008, that one after. It
// returns the zero Document before 1972. A charter counts from the day of
// its adoption; a date in the span of an imprecise adoption date gets the
// charter it replaced.
func CharterOn(d Date) Document {
	var c Document
	for doc := range Documents() {
		if doc.Kind() == DocCharter && (Period{Start: doc.Adopted()}).Holds(d) == Yes {
			c = doc
		}
	}
	return c
}

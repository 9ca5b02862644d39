package search

import (
	"sync/atomic"

	"github.com/kzoic/kzoic/initiatives"
	"github.com/kzoic/kzoic/internal/fold"
	"github.com/kzoic/kzoic/internal/phash"
	"github.com/kzoic/kzoic/oic"
	"golang.org/x/text/language"
)

// The compiled index (tables.go, written by internal/gen):
//
//   - recTable: the records, each with its kind and the key that looks
//     its handle up;
//   - entryTable: every name, grouped by key, the most authoritative
//     first;
//   - keyText and keyOffsets: the keys, sorted: the names folded by
//     package fold, without spaces;
//   - keyWords and wordRefs: the words of each key, and the words, sorted;
//     wordKeys: the keys holding each word;
//   - formTable: a perfect hash of the forms: the keys, then the forms
//     derived from keys that are not keys themselves (without the Arabic
//     article, and the variant of package fold); formPosts: the keys each
//     form is derived from.

// A recRow is a record of the compiled index.
type recRow struct {
	kind Kind
	key  string
}

// An entry is one name of the compiled index.
type entry struct {
	name   string
	rec    uint16 // index into recTable
	period uint16 // index into periodTable; 0 for none
	key    uint16 // its key: the index into keyOffsets
	kind   NameKind
	lang   uint8 // index into langTags
}

// tagCache holds the language tags made from langTags, for the languages
// package language has no variable for: made on first use, as making one
// parses its text and allocates.
var tagCache [len(langTags)]atomic.Pointer[language.Tag]

// madeTag returns the tag of langTags[i], made once.
func madeTag(i uint8) language.Tag {
	if p := tagCache[i].Load(); p != nil {
		return *p
	}
	t := language.Make(langTags[i])
	tagCache[i].Store(&t)
	return t
}

// tripleHash returns the bit of runeTriples for the runes a, b and c,
// neighbours in a key (0 stands for either end).
func tripleHash(a, b, c rune) uint32 {
	return (uint32(a)*0x9E3779B1 ^ uint32(b)*0x85EBCA77 ^ uint32(c)*0xC2B2AE3D) >> 15
}

// hasTriple reports whether a, b and c are neighbours in some key, or may
// be.
func hasTriple(a, b, c rune) bool {
	h := tripleHash(a, b, c)
	return runeTriples[h/32]&(1<<(h%32)) != 0
}

// The ways a form derives from a key, in formPosts.
const (
	formBare    = 1 // the key without the Arabic article
	formVariant = 2 // the variant of the key
)

// numKeys is the number of keys; forms numbered from it are derived only.
const numKeys = len(keyOffsets) - 1

// key returns key k.
func key(k int) string { return keyText[keyOffsets[k]:keyOffsets[k+1]] }

// word returns word w.
func word(w int) string {
	r := wordRefs[w]
	return keyText[r>>8 : r>>8+r&0xFF]
}

// entries returns the range of entryTable holding the names of key k.
func entries(k int) (int32, int32) { return int32(keyEntries[k]), int32(keyEntries[k+1]) }

// formPostings returns the keys form f derives from, as key<<2 | how.
func formPostings(f int) []uint16 { return formPosts[formPostStart[f]:formPostStart[f+1]] }

// keyWordIDs returns the words of key k.
func keyWordIDs(k int) []uint16 { return keyWords[keyWordStart[k]:keyWordStart[k+1]] }

// spacedKey appends key k with spaces between its words.
func spacedKey(dst []byte, k int) []byte {
	for i, w := range keyWordIDs(k) {
		if i > 0 {
			dst = append(dst, ' ')
		}
		dst = append(dst, word(int(w))...)
	}
	return dst
}

// probe returns the form f equal to s, and whether there is one, with
// scratch (a buffer for recomputing a derived form) as it leaves it.
func probe(s []byte, scratch []byte) (int, bool, []byte) {
	f, ok := formTable.Find(phash.HashBytes(s, formTable.Seed))
	if !ok {
		return 0, false, scratch
	}
	if f < numKeys {
		return f, key(f) == string(s), scratch
	}
	p := formPostings(f)[0]
	k, how := int(p>>2), p&3
	b := spacedKey(scratch[:0], k)
	n := len(b)
	if how == formBare {
		b, _ = fold.AppendBare(b, b[:n])
	} else {
		b = fold.AppendVariant(b, b[:n])
	}
	return f, string(b[n:]) == string(s), b
}

// A handles holds the kind and the handle of a record, as a Result does.
type handles struct {
	kind        Kind
	country     oic.Country
	city        oic.City
	body        oic.Body
	document    oic.Document
	initiative  initiatives.Initiative
	person      oic.Person
	observerOrg oic.ObserverOrg
}

// handleCache keeps the handles of the records found, so that a record is
// looked up by its key once: state is 0 before, 1 while a goroutine writes
// the handles, 2 once they are there to read. It is static data, filled as
// records are found; a goroutine that finds an entry being written looks
// the record up itself.
var handleCache [len(recTable)]struct {
	state atomic.Uint32
	h     handles
}

// fillRecord sets the kind and the handle of *r to record rec.
func fillRecord(r *Result, rec uint16) {
	c := &handleCache[rec]
	if c.state.Load() != 2 {
		h := lookupRecord(rec)
		if c.state.CompareAndSwap(0, 1) {
			c.h = h
			c.state.Store(2)
		}
		r.setHandles(&h)
		return
	}
	r.setHandles(&c.h)
}

func (r *Result) setHandles(h *handles) {
	r.Kind, r.Country, r.City, r.Body, r.Document, r.Initiative, r.Person, r.ObserverOrg =
		h.kind, h.country, h.city, h.body, h.document, h.initiative, h.person, h.observerOrg
}

// lookupRecord looks the handle of record rec up by its key.
func lookupRecord(rec uint16) handles {
	row := &recTable[rec]
	h := handles{kind: row.kind}
	switch row.kind {
	case KindCountry:
		h.country, _ = oic.LookupCountry(row.key)
	case KindCity:
		h.city, _ = oic.LookupCity(row.key)
	case KindBody:
		h.body, _ = oic.LookupBody(row.key)
	case KindDocument:
		h.document, _ = oic.LookupDocument(row.key)
	case KindInitiative:
		h.initiative, _ = initiatives.Lookup(row.key)
	case KindPerson:
		h.person, _ = oic.LookupPerson(row.key)
	case KindObserverOrg:
		h.observerOrg, _ = oic.LookupObserverOrg(row.key)
	}
	return h
}

// fillEntry sets *r, which must be the zero Result, to entry i matched as
// m.
func fillEntry(r *Result, i int32, m Match) {
	e := &entryTable[i]
	fillRecord(r, e.rec)
	r.Name, r.Lang, r.NameKind, r.Match = e.name, langTag(e.lang), e.kind, m
	if e.period != 0 {
		r.Period = periodTable[e.period]
	}
}

// recKey identifies a record across the compiled index and the names added
// at run time.
func recKey(r *Result) (Kind, string) { return r.Kind, r.Key() }

package oic

import (
	"iter"

	"golang.org/x/text/language"
)

// A Person is someone the records name: a Secretary-General or another
// holder of an office, one of Kazakhstan's Permanent Representatives, the
// chair of a session, the proposer of an initiative. Persons are small
// comparable handles; their text form is a stable lower-case key such as
// "hissein-brahim-taha".
//
// A person's name is a [Text]: in the Latin form the person's government
// or the OIC uses, and in Arabic and Cyrillic as sources write it. A form
// no source gives is the module's own conventional transliteration, and
// [Text.IsOwn] reports it.
//
// The zero Person is no one: it is not valid, and its methods return zero
// values.
type Person struct{ idx uint16 }

type personRow struct {
	key     string
	name    Text
	country uint16
	sources []uint16
}

func (p Person) row() *personRow {
	if int(p.idx) >= len(personTable) {
		return &personTable[0]
	}
	return &personTable[p.idx]
}

// IsValid reports whether p is a person of the tables.
func (p Person) IsValid() bool { return p.idx != 0 && int(p.idx) < len(personTable) }

// Key returns p's stable key, such as "askar-mussinov".
func (p Person) Key() string { return p.row().key }

// String returns p's key.
func (p Person) String() string { return p.row().key }

// Name returns p's name in the language closest to t; see [Text.In].
func (p Person) Name(t language.Tag) string { return p.row().name.In(t) }

// Names returns p's name in the curated languages, with the module's own
// transliterations marked (see [Text.IsOwn]).
func (p Person) Names() Text { return p.row().name }

// Country returns the state p served, where the records say.
func (p Person) Country() Country { return Country{p.row().country} }

// Sources returns the sources of p's names. The slice is new on every call.
func (p Person) Sources() []Source { return sourceList(p.row().sources) }

// MarshalText implements [encoding.TextMarshaler]: p's key.
func (p Person) MarshalText() ([]byte, error) { return []byte(p.row().key), nil }

// UnmarshalText implements [encoding.TextUnmarshaler]: it accepts what
// [LookupPerson] accepts, and the empty text for the zero Person.
func (p *Person) UnmarshalText(text []byte) error {
	return unmarshalKey(p, text, "oic.Person.UnmarshalText", LookupPerson)
}

// LookupPerson returns the person with the given key, in any case.
// It does not allocate.
func LookupPerson(key string) (Person, bool) {
	i, ok := personIndex.Find(key)
	return Person{i}, ok
}

// People returns an iterator over every person of the tables, in the order
// of their keys.
func People() iter.Seq[Person] {
	return func(yield func(Person) bool) {
		for i := 1; i < len(personTable); i++ {
			if !yield(Person{uint16(i)}) {
				return
			}
		}
	}
}

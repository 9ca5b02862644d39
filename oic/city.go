package oic

import (
	"iter"

	"golang.org/x/text/language"
)

// A City is a city where the OIC met or where one of its bodies sits.
// Cities are small comparable handles; their text form is a stable
// lower-case key such as "jeddah" or "astana".
//
// The zero City is not a city: it is not valid, and its methods return zero
// values.
type City struct{ idx uint16 }

func (c City) row() *cityRow {
	if int(c.idx) >= len(cityTable) {
		return &cityTable[0]
	}
	return &cityTable[c.idx]
}

// IsValid reports whether c is a city of the tables, not the zero City.
func (c City) IsValid() bool { return c.idx != 0 && int(c.idx) < len(cityTable) }

// Key returns c's stable key, such as "astana". It is the text form of c.
func (c City) Key() string { return c.row().key }

// String returns c's key.
func (c City) String() string { return c.row().key }

// Name returns c's name today in the language closest to t; see [Text.In].
func (c City) Name(t language.Tag) string { return c.row().name.In(t) }

// Names returns c's names today in all curated languages.
func (c City) Names() Text { return c.row().name }

// NameOn returns the name c had on d in the language closest to t: Akmola,
// Astana or Nur-Sultan for Kazakhstan's capital, depending on d.
func (c City) NameOn(d Date, t language.Tag) string {
	if n := nameOn(c.row().names, d, t); n != "" {
		return n
	}
	return c.Name(t)
}

// OtherNames returns c's former names and aliases. The slice is new on
// every call.
func (c City) OtherNames() []HistoricName { return historicNames(c.row().names) }

// Country returns the state c lies in.
func (c City) Country() Country {
	k, _ := LookupCountry(c.row().country)
	return k
}

// Sources returns the sources of c's record. The slice is new on every call.
func (c City) Sources() []Source { return sourceList(c.row().sources) }

// MarshalText implements [encoding.TextMarshaler]: c's key.
func (c City) MarshalText() ([]byte, error) { return []byte(c.row().key), nil }

// UnmarshalText implements [encoding.TextUnmarshaler]: it accepts a city
// key, in any case, or the empty text for the zero City.
func (c *City) UnmarshalText(text []byte) error {
	return unmarshalKey(c, text, "oic.City.UnmarshalText", LookupCity)
}

// LookupCity returns the city with the given key, in any case.
// It does not allocate.
func LookupCity(key string) (City, bool) {
	i, ok := cityIndex.Find(key)
	return City{i}, ok
}

// Cities returns an iterator over all cities, in order of their keys.
func Cities() iter.Seq[City] {
	return func(yield func(City) bool) {
		for i := 1; i < len(cityTable); i++ {
			if !yield(City{uint16(i)}) {
				return
			}
		}
	}
}

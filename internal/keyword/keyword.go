// Package keyword gives the module's enumerated types (statuses, kinds,
// topics) their text form from one table of lower-case keywords, so that
// String, MarshalText, UnmarshalText and Parse agree for every type.
package keyword

import (
	"iter"
	"strconv"

	"github.com/kzoic/kzoic/internal/ascii"
)

// A Set is the table of keywords of the type T: Words[v] is the keyword of
// the value v, and an empty word marks a value that is not valid (the zero
// value of most kinds). A Set is meant to be a package-level variable
// initialised by a composite literal, which is static data.
type Set[T ~uint8] struct {
	Type  string   // the qualified name of T, such as "oic.Status"
	Words []string // the keyword of each value, "" where the value is not valid
	// Error makes the error for text that names no value; unknown is true
	// for a well-formed but unknown keyword and false for a value out of
	// range.
	Error func(fn, input string, unknown bool) error
}

// Valid reports whether v has a keyword.
func (s *Set[T]) Valid(v T) bool { return int(v) < len(s.Words) && s.Words[v] != "" }

// String returns the keyword of v, or a form such as "%!oic.Status(9)" for
// a value without one.
func (s *Set[T]) String(v T) string {
	if s.Valid(v) {
		return s.Words[v]
	}
	return "%!" + s.Type + "(" + strconv.Itoa(int(v)) + ")"
}

// Append appends the keyword of v to b, or fails for a value without one.
func (s *Set[T]) Append(b []byte, v T) ([]byte, error) {
	if !s.Valid(v) {
		return b, s.Error(s.Type+".MarshalText", s.String(v), false)
	}
	return append(b, s.Words[v]...), nil
}

// Marshal returns the keyword of v as a new slice.
func (s *Set[T]) Marshal(v T) ([]byte, error) { return s.Append(nil, v) }

// Unmarshal sets *p to the value whose keyword is text, in any ASCII case.
func (s *Set[T]) Unmarshal(p *T, text []byte) error {
	v, err := s.Parse(s.Type+".UnmarshalText", string(text))
	if err == nil {
		*p = v
	}
	return err
}

// Parse returns the value whose keyword is text, in any ASCII case; fn names
// the function for the error.
func (s *Set[T]) Parse(fn, text string) (T, error) {
	for i, w := range s.Words {
		if w != "" && ascii.EqualFold(w, text) {
			return T(i), nil
		}
	}
	return 0, s.Error(fn, text, true)
}

// All returns an iterator over the values that have a keyword, in order.
func (s *Set[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for i, w := range s.Words {
			if w != "" && !yield(T(i)) {
				return
			}
		}
	}
}

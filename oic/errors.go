package oic

import (
	"errors"
	"strconv"
)

// Errors wrapped by a [*ParseError]; test for them with [errors.Is].
var (
	// ErrSyntax reports text that does not have the expected form.
	ErrSyntax = errors.New("malformed")
	// ErrRange reports well-formed text whose value is out of range, such
	// as the date "2011-02-30".
	ErrRange = errors.New("out of range")
	// ErrUnknown reports a well-formed code or name that the library does
	// not know, such as the country code "FRA" or the session kind "party".
	ErrUnknown = errors.New("unknown")
)

// A ParseError records text that could not be parsed: the function that was
// given it, the text, and why, one of [ErrSyntax], [ErrRange] or [ErrUnknown].
type ParseError struct {
	Func  string // the function, such as "oic.ParseDate"
	Input string // the text, as given
	Err   error  // the reason
}

// Error returns a message such as `oic.ParseDate: parsing "2011-13": out of range`.
func (e *ParseError) Error() string {
	return e.Func + ": parsing " + strconv.Quote(e.Input) + ": " + e.Err.Error()
}

// Unwrap returns e.Err.
func (e *ParseError) Unwrap() error { return e.Err }

// keywordError makes the error of a keyword type's Parse or UnmarshalText.
func keywordError(fn, input string, unknown bool) error {
	if unknown {
		return &ParseError{Func: fn, Input: input, Err: ErrUnknown}
	}
	return &ParseError{Func: fn, Input: input, Err: ErrRange}
}

// unmarshalKey sets *p to the record that lookup finds for text, or to the
// zero value for the empty text; fn names the method for the error.
func unmarshalKey[T any](p *T, text []byte, fn string, lookup func(string) (T, bool)) error {
	if len(text) == 0 {
		var zero T
		*p = zero
		return nil
	}
	v, ok := lookup(string(text))
	if !ok {
		return &ParseError{Func: fn, Input: string(text), Err: ErrUnknown}
	}
	*p = v
	return nil
}

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

// Package oicerr makes the errors of the keyword types of the packages
// above oic (initiatives, timeline, the root package): [oic.ParseError]s,
// like those of package oic itself.
package oicerr

import "github.com/kzoic/kzoic/oic"

// Keyword returns the error of a keyword type's Parse or UnmarshalText for
// input: one wrapping [oic.ErrUnknown] for an unknown keyword, or
// [oic.ErrRange] for a value without one. It is the Error of the packages' keyword.Set tables.
func Keyword(fn, input string, unknown bool) error {
	err := oic.ErrRange
	if unknown {
		err = oic.ErrUnknown
	}
	return &oic.ParseError{Func: fn, Input: input, Err: err}
}

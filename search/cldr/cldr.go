// Package cldr extends package search with the names that the Unicode
// Common Locale Data Repository gives the member and observer states in
// every language golang.org/x/text/language/display knows, so that a
// reader of Turkish finds Kazakhstan as "Kazakistan" and a reader of
// Indonesian as "Kazakhstan".
//
// Importing this package adds the display tables of golang.org/x/text to
// the binary (about 2.5 MB); the core packages do not import it. CLDR names
// are common names, not the OIC's official ones: results from them have
// [search.NameCLDR] as their NameKind and rank after the curated names.
package cldr

import (
	"sync"

	"github.com/kzoic/kzoic/oic"
	"github.com/kzoic/kzoic/search"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

var (
	indexOnce sync.Once
	index     *search.Index
)

func buildIndex() {
	var extra []search.Result
	for _, tag := range display.Supported.Tags() {
		namer := display.Regions(tag)
		if namer == nil {
			continue
		}
		for c := range oic.Countries() {
			r := c.Region()
			if r == (language.Region{}) {
				continue
			}
			if name := namer.Name(r); name != "" {
				extra = append(extra, search.Result{Kind: search.KindCountry, Country: c, Name: name, Lang: tag, NameKind: search.NameCLDR})
			}
		}
	}
	index = search.NewIndex(extra)
}

// Index returns an index of the module's names and of the CLDR names of
// the states in every language display supports. It is built on first use.
func Index() *search.Index {
	indexOnce.Do(buildIndex)
	return index
}

// Find is like [search.Find] with the CLDR names added.
func Find(text string) []search.Result { return Index().Find(text) }

// Lookup is like [search.Lookup] with the CLDR names added.
func Lookup(text string) (search.Result, bool) { return Index().Lookup(text) }

// LanguageNames returns the names of the OIC's working languages (see
// [oic.WorkingLanguages]) in the language t, as CLDR gives them: "arabe",
// "anglais", "français" for French. A language display does not support
// gets empty names.
func LanguageNames(t language.Tag) []string {
	namer := display.Languages(t)
	var out []string
	for _, l := range oic.WorkingLanguages() {
		name := ""
		if namer != nil {
			name = namer.Name(l)
		}
		out = append(out, name)
	}
	return out
}

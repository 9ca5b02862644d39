// Package chain defines the search keys of package fold by a chain of
// golang.org/x/text transformers. It is the reference that the tables of
// package fold are generated from and tested against; it is not linked
// into programs, which use the tables.
package chain

import (
	"strings"
	"unicode"

	"golang.org/x/text/cases"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Arabic maps the Arabic letters that the decomposition leaves alone to the
// letter a reader takes them for, or to -1 for a letter that is dropped.
// Decomposition has already turned the hamza and madda forms of alef, waw
// and yeh into the bare letter and a combining mark, which is removed.
func Arabic(r rune) rune {
	switch r {
	case 'ٱ', 'ٲ', 'ٳ', 'ٵ': // alef wasla and other alef variants
		return 'ا'
	case 'ة': // taa marbuta
		return 'ه'
	case 'ى', 'ی', 'ې': // alef maqsura, Farsi yeh
		return 'ي'
	case 'ک': // keheh
		return 'ك'
	case 'ء', 'ـ': // lone hamza, tatweel
		return -1
	}
	return r
}

// Separator maps punctuation, symbols, spaces and controls to a space,
// apostrophes and the like to -1 (they are dropped, so that "Côte d’Ivoire"
// and "Cote d'Ivoire" agree), and other runes to themselves.
func Separator(r rune) rune {
	switch r {
	case '\'', '’', '‘', 'ʼ', '`', '´', 'ʻ', '"', '“', '”', '«', '»', '.':
		return -1
	}
	if unicode.IsPunct(r) || unicode.IsSpace(r) || unicode.IsSymbol(r) || unicode.IsControl(r) || unicode.Is(unicode.Pd, r) {
		return ' '
	}
	return r
}

func dropped(f func(rune) rune) runes.Set {
	return runes.Predicate(func(r rune) bool { return f(r) < 0 })
}

// step is one pass of the chain: canonical decomposition, removal of
// nonspacing marks, the Arabic letters, the separators, and Unicode full
// case folding.
func step() transform.Transformer {
	return transform.Chain(
		runes.ReplaceIllFormed(),
		norm.NFD,
		runes.Remove(runes.In(unicode.Mn)),
		runes.Remove(dropped(Arabic)),
		runes.Map(func(r rune) rune { return max(Arabic(r), 0) }),
		runes.Remove(dropped(Separator)),
		runes.Map(func(r rune) rune { return max(Separator(r), 0) }),
		cases.Fold(),
	)
}

// Rune returns the key of the rune r alone: the chain applied to it until
// nothing changes (case folding can make a letter that decomposes, or an
// apostrophe: "ŉ" folds to "ʼn", whose key is "n"). A separator gives " ",
// a dropped rune "".
func Rune(r rune) string { return NewFolder().Rune(r) }

// A Folder gives the keys of runes as [Rune] does, faster: it reuses one
// chain of transformers. It is not safe for concurrent use.
type Folder struct{ t transform.Transformer }

// NewFolder returns a new Folder.
func NewFolder() *Folder { return &Folder{step()} }

// Rune returns the key of r; see [Rune].
func (f *Folder) Rune(r rune) string {
	s := string(r)
	for range 8 {
		f.t.Reset()
		t, _, err := transform.String(f.t, s)
		if err != nil || t == s {
			break
		}
		s = t
	}
	return s
}

// Key returns the key of s: the keys of its runes, in order, with runs of
// spaces made one and leading and trailing spaces removed. An ill-formed
// byte counts as U+FFFD, a symbol.
func Key(s string) string {
	f := NewFolder()
	var b strings.Builder
	for _, r := range s {
		b.WriteString(f.Rune(r))
	}
	var words []string
	for w := range strings.SplitSeq(b.String(), " ") {
		if w != "" {
			words = append(words, w)
		}
	}
	return strings.Join(words, " ")
}

// Package fold turns names into search keys: the same key for the forms a
// person may type of one name, in any of the scripts the module holds.
//
// Key ignores case (Unicode case folding), diacritics and other combining
// marks (through canonical decomposition), punctuation, apostrophe and dash
// variants and runs of spaces, and it normalises the variant letters of
// Arabic: the forms of alef and of hamza, taa marbuta, alef maqsura,
// tatweel and the harakat. The work is done by golang.org/x/text
// transformers (unicode/norm, runes, cases); this package only says which.
package fold

import (
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// arabic maps the Arabic letters that the decomposition leaves alone to the
// letter a reader takes them for. Decomposition has already turned the
// hamza and madda forms of alef, waw and yeh into the bare letter and a
// combining mark, which is removed.
func arabic(r rune) rune {
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

// separator maps punctuation, symbols and spaces to one space, and drops
// apostrophes and the like, so that "Côte d’Ivoire" and "Cote d'Ivoire"
// agree and "Nur-Sultan" matches "Nur Sultan".
func separator(r rune) rune {
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

func newFolder() transform.Transformer {
	return transform.Chain(
		runes.ReplaceIllFormed(),
		norm.NFD,
		runes.Remove(runes.In(unicode.Mn)),
		runes.Remove(dropped(arabic)),
		runes.Map(func(r rune) rune { return max(arabic(r), 0) }),
		runes.Remove(dropped(separator)),
		runes.Map(func(r rune) rune { return max(separator(r), 0) }),
		cases.Fold(),
		norm.NFC,
	)
}

// folder is a transformer chain with a buffer for its input, kept in a
// pool so that folding does not allocate.
type folder struct {
	t   transform.Transformer
	src []byte
}

var pool = sync.Pool{New: func() any { return &folder{t: newFolder(), src: make([]byte, 0, 128)} }}

// Append appends the key of s to dst and returns the extended slice. Runs
// of spaces become one space, and leading and trailing spaces go. Text in
// Latin, Cyrillic and Arabic script takes a single pass over the
// decompositions that golang.org/x/text/unicode/norm gives, with no
// allocation when dst has room; other text goes through the full chain of
// transformers, which defines the key.
func Append(dst []byte, s string) []byte {
	start := len(dst)
	pending := false // a space is due before the next character
	var tab *[tableSize]rune
	put := func(r rune) {
		switch {
		case r < 0:
		case r == ' ':
			pending = len(dst) > start
		default:
			if pending {
				dst = append(dst, ' ')
				pending = false
			}
			if r < utf8.RuneSelf {
				dst = append(dst, byte(r))
			} else {
				dst = utf8.AppendRune(dst, r)
			}
		}
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case 'A' <= c && c <= 'Z':
				put(rune(c + 'a' - 'A'))
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
				put(rune(c))
			case c == '\'' || c == '`' || c == '"' || c == '.':
			default:
				put(' ')
			}
			i++
			continue
		}
		var r rune
		size := 2
		if c&0xE0 == 0xC0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 && c >= 0xC2 {
			r = rune(c&0x1F)<<6 | rune(s[i+1]&0x3F) // two bytes: Latin, Cyrillic, Arabic
		} else {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if tab == nil {
			tab = table()
		}
		if 0x627 <= r && r <= 0x64A { // Arabic letters without a decomposition
			if r = tab[r]; r >= 0 {
				if pending {
					dst = append(dst, ' ')
					pending = false
				}
				dst = append(dst, byte(0xC0|r>>6), byte(0x80|r&0x3F)) // arabic keeps them in two bytes
			}
			i += 2
			continue
		}
		if r == utf8.RuneError && size == 1 { // an ill-formed byte, which the chain makes U+FFFD, a symbol
			put(' ')
			i++
			continue
		}
		if !simple(r) {
			// A fresh buffer keeps dst from escaping through the
			// transformers' interface.
			return append(dst[:start], appendChain(nil, s)...)
		}
		if r < tableSize {
			if k := tab[r]; k != decomposed {
				// What put does, written out: this is the hot path of
				// Latin and Cyrillic text, and the closure call costs.
				i += size
				switch {
				case k < 0:
				case k == ' ':
					pending = len(dst) > start
				default:
					if pending {
						dst = append(dst, ' ')
						pending = false
					}
					switch {
					case k < utf8.RuneSelf:
						dst = append(dst, byte(k))
					case k < 0x800:
						dst = append(dst, byte(0xC0|k>>6), byte(0x80|k&0x3F))
					default:
						dst = utf8.AppendRune(dst, k)
					}
				}
				continue
			}
		}
		p := norm.NFD.PropertiesString(s[i:])
		if d := p.Decomposition(); len(d) > 0 {
			for len(d) > 0 {
				dr, n := utf8.DecodeRune(d)
				put(keyRune(dr))
				d = d[n:]
			}
		} else {
			put(keyRune(r))
		}
		i += size
	}
	return dst
}

// tableSize bounds the runes whose keys are kept in a table: Latin,
// Cyrillic and Arabic lie below it.
const tableSize = 0x700

// decomposed marks, in the table, a rune with a canonical decomposition,
// whose key is that of its parts.
const decomposed = -2

var (
	tableOnce sync.Once
	keys      [tableSize]rune
)

// table returns, for each rune below tableSize, what keyRune makes of it,
// or decomposed where golang.org/x/text/unicode/norm decomposes it. It is
// filled on first use, not at initialisation, so that the single pass
// costs a load per rune instead of the searches of unicode.ToLower and of
// the category tables.
func table() *[tableSize]rune {
	tableOnce.Do(func() {
		var buf [utf8.UTFMax]byte
		for c := rune(0); c < tableSize; c++ {
			n := utf8.EncodeRune(buf[:], c)
			if len(norm.NFD.Properties(buf[:n]).Decomposition()) > 0 {
				keys[c] = decomposed
			} else {
				keys[c] = keyRune(c)
			}
		}
	})
	return &keys
}

// simple reports whether r is in the blocks whose folding the single pass
// does exactly as the chain does: Latin-1 and Latin Extended-A and -B less
// the letters that fold to another script or to several letters (µ, ß, ŉ,
// ſ, ǰ), the combining diacritics, Cyrillic, Arabic, and general
// punctuation.
func simple(r rune) bool {
	switch {
	case r == 'ß' || r == 'ŉ' || r == 'ſ' || r == 'ǰ' || r == 'µ':
		return false
	case 0x80 <= r && r <= 0x24F, 0x300 <= r && r <= 0x36F, 0x400 <= r && r <= 0x4FF, 0x600 <= r && r <= 0x6FF, 0x2000 <= r && r <= 0x206F:
		return r != utf8.RuneError
	}
	return false
}

// keyRune returns what one rune of a decomposition becomes in a key: the
// folded rune, a space for a separator, or -1 for a rune that is dropped.
func keyRune(r rune) rune {
	if letter(r) {
		if r >= 0x600 { // Arabic has no case
			return arabic(r)
		}
		return unicode.ToLower(r)
	}
	if unicode.Is(unicode.Mn, r) {
		return -1
	}
	if r = arabic(r); r < 0 {
		return -1
	}
	if r = separator(r); r <= 0 {
		return r
	}
	return unicode.ToLower(r)
}

// letter reports whether r is one of the letters of the Latin, Cyrillic
// and Arabic blocks, so that keyRune can leave out the lookups of
// general categories for them.
func letter(r rune) bool {
	switch {
	case 0xC0 <= r && r <= 0x24F:
		return r != 0xD7 && r != 0xF7
	case 0x400 <= r && r <= 0x481, 0x48A <= r && r <= 0x4FF:
		return true
	case 0x620 <= r && r <= 0x64A:
		return r != 0x640
	}
	return false
}

// appendChain appends the key of s as the chain of transformers makes it.
func appendChain(dst []byte, s string) []byte {
	f := pool.Get().(*folder)
	defer pool.Put(f)
	t := f.t
	t.Reset()
	start := len(dst)
	f.src = append(f.src[:0], s...)
	src := f.src
	for {
		if cap(dst)-len(dst) < utf8.UTFMax*2 {
			dst = append(dst, make([]byte, len(src)+16)...)[:len(dst)]
		}
		nDst, nSrc, err := t.Transform(dst[len(dst):cap(dst)], src, true)
		dst = dst[:len(dst)+nDst]
		src = src[nSrc:]
		if err == nil {
			break
		}
		if err != transform.ErrShortDst {
			// Ill-formed text the transformers cannot take: keep the
			// rest of it as it is.
			dst = append(dst, src...)
			break
		}
		dst = append(dst, make([]byte, len(src)+16)...)[:len(dst)]
	}
	return squeeze(dst, start)
}

// Key returns the key of s.
func Key(s string) string {
	var buf [128]byte
	return string(Append(buf[:0], s))
}

// squeeze collapses runs of spaces in dst[start:] and trims them.
func squeeze(dst []byte, start int) []byte {
	w := start
	space := true // drop leading spaces
	for i := start; i < len(dst); i++ {
		c := dst[i]
		if c == ' ' {
			if space {
				continue
			}
			space = true
		} else {
			space = false
		}
		dst[w] = c
		w++
	}
	if w > start && dst[w-1] == ' ' {
		w--
	}
	return dst[:w]
}

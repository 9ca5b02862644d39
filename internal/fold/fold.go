// Package fold turns names into search keys: the same key for the forms a
// person may type of one name, in any script.
//
// The key of a text is the key of each of its runes, in order, with runs of
// separators made one space and leading and trailing ones removed. The key
// of a rune is what canonical decomposition, the removal of nonspacing
// marks, the Arabic letter variants (the forms of alef and of hamza, taa
// marbuta, alef maqsura, Farsi yeh and keheh, tatweel and the harakat),
// the separators (punctuation, symbols, spaces and controls; apostrophes,
// quotation marks and full stops are dropped) and Unicode full case folding
// make of it, repeated until nothing changes. Package chain defines this
// with golang.org/x/text transformers; this package holds it as tables
// generated from them (see mktables.go), so that folding takes one pass
// over the text, allocates nothing, and links no tables of x/text into
// programs.
//
// Beyond the key, [AppendTight] leaves the spaces out, so that "cote d
// ivoire" and "Côte d’Ivoire" agree, [AppendBare] also drops the Arabic
// definite article, and [AppendVariant] gives a looser key that sets aside
// Kazakh letters typed on a Russian keyboard and the common Latin
// transliterations of Kazakh and Russian.
package fold

//go:generate go run mktables.go

import (
	"unicode/utf8"
)

// The encoding of lowKeys and punctKeys: a rune, or one of these.
const (
	dropKey   = 0      // the rune is dropped
	spaceKey  = ' '    // the rune separates words
	multiFlag = 0xF000 // multiFlag|i: the key is multiKeys[i]
)

// rangeOp is the top three bits of the low word of a keyRanges entry, which
// holds lo<<43 | (n-1)<<32 | op<<29 | value: the n runes from lo are
// dropped, made separators, moved by the signed value, or (for one rune)
// given the key multiKeys[value].
const (
	opDrop  = 1
	opSpace = 2
	opDelta = 3
	opMulti = 4
)

// The Hangul syllables, which decompose by arithmetic into their jamo.
const (
	hangulLo, hangulHi = 0xAC00, 0xD7A4
	punctLo, punctHi   = 0x2000, 0x2070
)

// A writer says how runes are appended to a key: runs of separators made
// one space (or none, for a tight key), leading and trailing ones left
// out. Its methods take the key and return it extended, so that the key's
// buffer can stay on the caller's stack; the hot loop of appendKey keeps
// pending in a register and hands it to the methods for the rarer runes.
type writer struct {
	start   int  // where the key begins in dst
	pending bool // a space is due before the next rune
	spaces  bool // keep one space between words
}

func (w *writer) space(dst []byte) { w.pending = w.spaces && len(dst) > w.start }

func (w *writer) rune(dst []byte, r rune) []byte {
	switch {
	case r == dropKey:
		return dst
	case r == spaceKey:
		w.space(dst)
		return dst
	}
	if w.pending {
		dst = append(dst, ' ')
		w.pending = false
	}
	switch {
	case r < utf8.RuneSelf:
		return append(dst, byte(r))
	case r < 0x800:
		return append(dst, byte(0xC0|r>>6), byte(0x80|r&0x3F))
	}
	return utf8.AppendRune(dst, r)
}

func (w *writer) multi(dst []byte, i uint16) []byte {
	for _, r := range multiKeys[i] {
		dst = w.rune(dst, r)
	}
	return dst
}

// direct appends the key encoded as in lowKeys.
func (w *writer) direct(dst []byte, v uint16) []byte {
	if v >= multiFlag {
		return w.multi(dst, v&^multiFlag)
	}
	return w.rune(dst, rune(v))
}

// Append appends the key of s to dst and returns the extended slice. It
// does not allocate when dst has room.
func Append(dst []byte, s string) []byte { return appendKey(dst, s, true) }

// AppendTight appends the key of s without its spaces: "Nur-Sultan",
// "nur sultan" and "Nursultan" all give "nursultan".
func AppendTight(dst []byte, s string) []byte { return appendKey(dst, s, false) }

func appendKey(dst []byte, s string, spaces bool) []byte {
	start := len(dst)
	pending := false // a space is due before the next rune
	for i := 0; i < len(s); {
		// The hot path of Arabic and Cyrillic: a run of runes of two
		// bytes that are their own keys is copied at once.
		j := i
		for j+1 < len(s) {
			c := s[j]
			if c&0xE0 != 0xC0 || c < 0xC2 || s[j+1]&0xC0 != 0x80 {
				break
			}
			r := rune(c&0x1F)<<6 | rune(s[j+1]&0x3F)
			if rune(lowKeys[r]) != r {
				break
			}
			j += 2
		}
		if j > i {
			if pending {
				dst = append(dst, ' ')
				pending = false
			}
			dst = append(dst, s[i:j]...)
			i = j
			if i == len(s) {
				break
			}
		}
		c := s[i]
		if c < utf8.RuneSelf {
			// Latin text: letters and digits are kept,
			// other bytes are separators or dropped.
			i++
			if k := asciiKeys[c]; k > spaceKey {
				if pending {
					dst = append(dst, ' ')
					pending = false
				}
				dst = append(dst, k)
			} else if k == spaceKey {
				pending = spaces && len(dst) > start
			}
			continue
		}
		if c&0xE0 == 0xC0 && c >= 0xC2 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			// Two bytes: Latin, Greek, Cyrillic, Arabic, whose keys
			// are mostly runes of two bytes.
			v := lowKeys[rune(c&0x1F)<<6|rune(s[i+1]&0x3F)]
			i += 2
			if v >= 0x80 && v < 0x800 {
				if pending {
					dst = append(dst, ' ')
					pending = false
				}
				dst = append(dst, byte(0xC0|v>>6), byte(0x80|v&0x3F))
				continue
			}
			w := writer{start, pending, spaces}
			dst = w.direct(dst, v)
			pending = w.pending
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		w := writer{start, pending, spaces}
		switch {
		case r < 0x800: // not reached: a rune of two bytes takes the path above
			dst = w.direct(dst, lowKeys[r])
		case punctLo <= r && r < punctHi:
			dst = w.direct(dst, punctKeys[r-punctLo])
		case hangulLo <= r && r < hangulHi:
			const lBase, vBase, tBase, vCount, tCount = 0x1100, 0x1161, 0x11A7, 21, 28
			n := r - hangulLo
			dst = w.rune(dst, lBase+n/(vCount*tCount))
			dst = w.rune(dst, vBase+n%(vCount*tCount)/tCount)
			if t := n % tCount; t != 0 {
				dst = w.rune(dst, tBase+t)
			}
		default:
			dst = w.ranged(dst, r)
		}
		pending = w.pending
	}
	return dst
}

// ranged appends the key of a rune from 0x800 on, from keyRanges.
func (w *writer) ranged(dst []byte, r rune) []byte {
	lo, hi := 0, len(keyRanges)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if rune(keyRanges[m]>>43) <= r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == 0 {
		return w.rune(dst, r)
	}
	e := keyRanges[lo-1]
	first, n := rune(e>>43), rune(e>>32&(1<<11-1))+1
	if r >= first+n {
		return w.rune(dst, r)
	}
	v := uint32(e)
	switch v >> 29 {
	case opDrop:
	case opSpace:
		w.space(dst)
	case opDelta:
		return w.rune(dst, r+int32(v<<3)>>3)
	case opMulti:
		return w.multi(dst, uint16(v&(1<<29-1)))
	}
	return dst
}

// Key returns the key of s.
func Key(s string) string {
	var buf [128]byte
	return string(Append(buf[:0], s))
}

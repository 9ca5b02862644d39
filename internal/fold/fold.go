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

// A writer appends runes of a key to dst, making runs of separators one
// space (or none, for a tight key) and leaving out leading and trailing
// ones.
type writer struct {
	dst     []byte
	start   int
	pending bool // a space is due before the next rune
	spaces  bool // keep one space between words
}

func (w *writer) space() { w.pending = w.spaces && len(w.dst) > w.start }

func (w *writer) rune(r rune) {
	switch {
	case r == dropKey:
		return
	case r == spaceKey:
		w.space()
		return
	}
	if w.pending {
		w.dst = append(w.dst, ' ')
		w.pending = false
	}
	switch {
	case r < utf8.RuneSelf:
		w.dst = append(w.dst, byte(r))
	case r < 0x800:
		w.dst = append(w.dst, byte(0xC0|r>>6), byte(0x80|r&0x3F))
	default:
		w.dst = utf8.AppendRune(w.dst, r)
	}
}

func (w *writer) multi(i uint16) {
	for _, r := range multiKeys[i] {
		w.rune(r)
	}
}

// direct writes the key encoded as in lowKeys.
func (w *writer) direct(v uint16) {
	if v >= multiFlag {
		w.multi(v &^ multiFlag)
		return
	}
	w.rune(rune(v))
}

// Append appends the key of s to dst and returns the extended slice. It
// does not allocate when dst has room.
func Append(dst []byte, s string) []byte { return appendKey(dst, s, true) }

// AppendTight appends the key of s without its spaces: "Nur-Sultan",
// "nur sultan" and "Nursultan" all give "nursultan".
func AppendTight(dst []byte, s string) []byte { return appendKey(dst, s, false) }

func appendKey(dst []byte, s string, spaces bool) []byte {
	w := writer{dst: dst, start: len(dst), spaces: spaces}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			// The hot path of Latin text, written out.
			i++
			switch k := asciiKeys[c]; k {
			case dropKey:
			case spaceKey:
				w.pending = spaces && len(w.dst) > w.start
			default:
				if w.pending {
					w.dst = append(w.dst, ' ')
					w.pending = false
				}
				w.dst = append(w.dst, k)
			}
			continue
		}
		if c&0xE0 == 0xC0 && c >= 0xC2 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			// Two bytes: Latin, Greek, Cyrillic, Arabic.
			v := lowKeys[rune(c&0x1F)<<6|rune(s[i+1]&0x3F)]
			i += 2
			if v >= 0x80 && v < 0x800 && v != multiFlag {
				if w.pending {
					w.dst = append(w.dst, ' ')
					w.pending = false
				}
				w.dst = append(w.dst, byte(0xC0|v>>6), byte(0x80|v&0x3F))
				continue
			}
			w.direct(v)
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r < 0x800: // only utf8.RuneError of an ill-formed byte gets here with size 1
			w.direct(lowKeys[r])
		case punctLo <= r && r < punctHi:
			w.direct(punctKeys[r-punctLo])
		case hangulLo <= r && r < hangulHi:
			const lBase, vBase, tBase, vCount, tCount = 0x1100, 0x1161, 0x11A7, 21, 28
			n := r - hangulLo
			w.rune(lBase + n/(vCount*tCount))
			w.rune(vBase + n%(vCount*tCount)/tCount)
			if t := n % tCount; t != 0 {
				w.rune(tBase + t)
			}
		default:
			w.ranged(r)
		}
	}
	return w.dst
}

// ranged writes the key of a rune from 0x800 on, from keyRanges.
func (w *writer) ranged(r rune) {
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
		w.rune(r)
		return
	}
	e := keyRanges[lo-1]
	first, n := rune(e>>43), rune(e>>32&(1<<11-1))+1
	if r >= first+n {
		w.rune(r)
		return
	}
	v := uint32(e)
	switch v >> 29 {
	case opDrop:
	case opSpace:
		w.space()
	case opDelta:
		w.rune(r + int32(v<<3)>>3)
	case opMulti:
		w.multi(uint16(v & (1<<29 - 1)))
	}
}

// Key returns the key of s.
func Key(s string) string {
	var buf [128]byte
	return string(Append(buf[:0], s))
}

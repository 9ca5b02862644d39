package fold

import (
	"unicode/utf8"
)

// The Arabic definite article, alef and lam.
const article = "\u0627\u0644"

// AppendBare appends the key k (as [Append] makes it) without its spaces
// and without the Arabic definite article at the start of its words, where
// two letters or more follow it: "الجزائر" and "جزائر" both give "جزائر",
// but "العربية السعودية" gives "عربيهسعوديه", which "السعودية" does not.
// It reports whether it dropped an article.
func AppendBare(dst []byte, k []byte) ([]byte, bool) {
	dropped := false
	word := true // at the start of a word
	for i := 0; i < len(k); {
		if k[i] == ' ' {
			word = true
			i++
			continue
		}
		if word && len(k)-i > len(article) && string(k[i:i+len(article)]) == article && runesBefore(k[i+len(article):], 2) {
			i += len(article)
			dropped = true
		}
		word = false
		dst = append(dst, k[i])
		i++
	}
	return dst, dropped
}

// runesBefore reports whether b has at least n runes before its next space.
func runesBefore(b []byte, n int) bool {
	for i := 0; i < len(b) && b[i] != ' '; {
		if n--; n == 0 {
			return true
		}
		_, size := utf8.DecodeRune(b[i:])
		i += size
	}
	return false
}

// cyrillic returns the Latin letters for the Cyrillic letter r of a key,
// and whether it has them: the Kazakh letters as the letters a Russian
// keyboard gives for them (ә as а, ғ as г, қ as к, ң as н, ө as о, ұ and ү
// as у, һ as х, і as и), and those as the common transliterations write
// them. Keys hold no capitals, and folding has made й и and ё е.
func cyrillic(r rune) (string, bool) {
	if 'а' <= r && r <= 'я' {
		return cyrillicBasic[r-'а'], true
	}
	switch r {
	case 'ә':
		return "a", true
	case 'ғ', 'ґ':
		return "g", true
	case 'є':
		return "e", true
	case 'і':
		return "i", true
	case 'ј':
		return "j", true
	case 'қ', 'ҡ':
		return "k", true
	case 'ң', 'ӊ':
		return "n", true
	case 'ө':
		return "o", true
	case 'ұ', 'ү':
		return "u", true
	case 'һ', 'ҳ':
		return "kh", true
	case 'ҷ':
		return "j", true
	case 'ҙ':
		return "z", true
	}
	return "", false
}

// latin returns the ASCII letter for a Latin letter of a key that folding
// keeps because it has no decomposition (Azerbaijani ə, Turkish ı, ø, ł,
// đ, ħ), or 0.
func latin(r rune) byte {
	switch r {
	case 'ə':
		return 'e'
	case 'ı':
		return 'i'
	case 'ø':
		return 'o'
	case 'ł':
		return 'l'
	case 'đ':
		return 'd'
	case 'ħ':
		return 'h'
	}
	return 0
}

// cyrillicBasic holds the Latin letters of а to я.
var cyrillicBasic = [32]string{
	"a", "b", "v", "g", "d", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p",
	"r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya",
}

// AppendVariant appends a looser form of the key k (without its spaces):
// Cyrillic letters as in the transliterations of Kazakh and Russian, then
// the Latin letters with the differences between those transliterations
// (and French spellings) set aside: q as k, w as v, y as i, kh as h, gh as
// g, zh, dzh and dj as j, tch as ch, ou as u, ə as e, ı as i, and a
// doubled letter as one.
// "Qazaqstan", "Казакстан" (Kazakh typed on a Russian keyboard) and
// "Қазақстан" agree, and so do "Rossiya" and "Россия". Other scripts are
// kept as they are.
func AppendVariant(dst []byte, k []byte) []byte {
	start := len(dst)
	for i := 0; i < len(k); {
		c := k[i]
		if c == ' ' {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRune(k[i:])
		i += size
		if 0x400 <= r && r < 0x530 {
			if s, ok := cyrillic(r); ok {
				dst = append(dst, s...)
				continue
			}
		}
		if c := latin(r); c != 0 {
			dst = append(dst, c)
			continue
		}
		dst = append(dst, k[i-size:i]...)
	}
	// Rewrite the Latin letters in place: the result is never longer.
	b := dst[start:]
	w := 0
	var last byte // the last letter written, to make a doubled letter one
	put := func(c byte) {
		if c == last {
			return
		}
		b[w] = c
		w++
		last = c
	}
	at := func(i int, s string) bool { return len(b)-i >= len(s) && string(b[i:i+len(s)]) == s }
	for i := 0; i < len(b); {
		c := b[i]
		if c < 'a' || c > 'z' {
			b[w] = c
			w++
			last = 0
			i++
			continue
		}
		switch {
		case at(i, "dzh"):
			put('j')
			i += 3
		case at(i, "dj"), at(i, "zh"):
			put('j')
			i += 2
		case at(i, "kh"):
			put('h')
			i += 2
		case at(i, "gh"):
			put('g')
			i += 2
		case at(i, "tch"):
			put('c')
			put('h')
			i += 3
		case at(i, "ou"):
			put('u')
			i += 2
		default:
			switch c {
			case 'q':
				c = 'k'
			case 'w':
				c = 'v'
			case 'y':
				c = 'i'
			}
			put(c)
			i++
		}
	}
	return dst[:start+w]
}

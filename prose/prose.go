package prose

import (
	"slices"
	"strings"
	"sync"

	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"
	"golang.org/x/text/unicode/bidi"
)

// The languages of a Printer, in the order of the columns of the tables.
// English comes first: it is the fallback.
const (
	langEN = iota
	langAR
	langFR
	langKK
	langRU
	numLangs
)

// langTag returns the tag of language l, in table order. It is a function
// rather than a table so that package initialisation does no work.
func langTag(l int) language.Tag {
	switch l {
	case langAR:
		return language.Arabic
	case langFR:
		return language.French
	case langKK:
		return language.Kazakh
	case langRU:
		return language.Russian
	}
	return language.English
}

// langTags returns the tags of the languages, in table order.
func langTags() []language.Tag {
	tags := make([]language.Tag, numLangs)
	for l := range tags {
		tags[l] = langTag(l)
	}
	return tags
}

// A monthForm is a form of a month name that a message takes: the CLDR
// format and stand-alone forms (genitive and nominative in Russian) and the
// Kazakh dative and ablative.
type monthForm uint8

const (
	monthFormat monthForm = iota
	monthStandalone
	monthDative
	monthAblative
	numMonthForms
)

// A gender is the grammatical gender an ordinal agrees with.
type gender uint8

const (
	genderNone gender = iota
	genderMasculine
	genderFeminine
	genderNeuter // Russian only; other languages treat it as masculine
)

// A messageRow is one message of the catalog in every language, with the
// grammar its arguments need.
type messageRow struct {
	key    string
	text   [numLangs]string
	month  [numLangs]monthForm
	gender [numLangs]gender
}

// A pluralRow is the case of one CLDR plural category of a plural message.
type pluralRow struct {
	key, category string
	text          [numLangs]string
}

// lookup returns the row of the message with the given key.
func lookup(key string) (*messageRow, bool) {
	i, ok := slices.BinarySearchFunc(messageTable[:], key, func(m messageRow, k string) int { return strings.Compare(m.key, k) })
	if !ok {
		return nil, false
	}
	return &messageTable[i], true
}

// buildCatalog makes the catalog of every message of the tables. It fails
// only if a message is not well formed, which the tests rule out.
func buildCatalog() (*catalog.Builder, error) {
	b := catalog.NewBuilder(catalog.Fallback(language.English))
	for _, m := range messageTable {
		for i, t := range langTags() {
			if err := b.SetString(t, m.key, m.text[i]); err != nil {
				return nil, err
			}
		}
	}
	for i := 0; i < len(pluralTable); {
		j := i
		for j < len(pluralTable) && pluralTable[j].key == pluralTable[i].key {
			j++
		}
		for l, t := range langTags() {
			var cases []any
			for _, c := range pluralTable[i:j] {
				if c.text[l] != "" {
					cases = append(cases, c.category, c.text[l])
				}
			}
			if err := b.Set(t, pluralTable[i].key, plural.Selectf(1, "%d", cases...)); err != nil {
				return nil, err
			}
		}
		i = j
	}
	return b, nil
}

// The catalog, a message.Printer per language and the matcher are made on
// first use: package initialisation does no work. The Arabic printer writes
// Latin digits, as the OIC's Arabic publications do.
var (
	setupOnce sync.Once
	printers  [numLangs]*message.Printer
	matcher   language.Matcher
)

func setup() {
	setupOnce.Do(func() {
		cat, err := buildCatalog()
		if err != nil {
			cat = catalog.NewBuilder()
		}
		for i, t := range langTags() {
			if i == langAR {
				t = language.MustParse("ar-u-nu-latn")
			}
			printers[i] = message.NewPrinter(t, message.Catalog(cat))
		}
		matcher = language.NewMatcher(langTags())
	})
}

// A Printer writes the module's values for readers in one of five languages:
// English, Arabic, French, Kazakh or Russian. The zero Printer writes
// English. Printers are immutable and safe for concurrent use.
type Printer struct {
	lang uint8
}

// NewPrinter returns a Printer for the language, of the five, closest to t,
// as a [language.Matcher] chooses it: fr-SN gives French, kk-Cyrl-KZ Kazakh,
// ru-KZ Russian and ar-SA Arabic. A tag close to none of them gives
// English.
func NewPrinter(t language.Tag) *Printer {
	setup()
	_, i, conf := matcher.Match(t)
	if conf == language.No {
		i = langEN
	}
	return &Printer{lang: uint8(i)}
}

// Tag returns the language the Printer writes: [language.English],
// [language.Arabic], [language.French], [language.Kazakh] or
// [language.Russian].
func (p *Printer) Tag() language.Tag { return langTag(int(p.lang)) }

// IsRTL reports whether the Printer's language is written from right to
// left, as Arabic is.
func (p *Printer) IsRTL() bool { return p.lang == langAR }

// Sprintf returns the catalog's message with the given key in the
// Printer's language, formatted with args in the manner of [fmt.Sprintf]
// and of [message.Printer.Sprintf]: numbers are written with the
// language's separators, and a plural message picks its form by the CLDR
// plural rules. A key that is not in the catalog is formatted as a format
// string itself.
func (p *Printer) Sprintf(key string, args ...any) string {
	setup()
	return printers[p.lang].Sprintf(key, args...)
}

// Isolate returns s wrapped in U+2068 FIRST STRONG ISOLATE and U+2069 POP
// DIRECTIONAL ISOLATE when the Printer writes right to left and s is a
// left-to-right run: text with a strong left-to-right character (a code
// such as "KAZ", a Latin name) or a European digit (an ISO date), and no
// right-to-left character, by the Unicode bidirectional classes of
// golang.org/x/text/unicode/bidi. Otherwise it returns s unchanged, as it
// does for text already isolated.
func (p *Printer) Isolate(s string) string {
	if !p.IsRTL() || s == "" || strings.HasPrefix(s, "\u2068") && strings.HasSuffix(s, "\u2069") {
		return s
	}
	ltr := false
	for _, r := range s {
		props, _ := bidi.LookupRune(r)
		switch props.Class() {
		case bidi.R, bidi.AL, bidi.AN, bidi.RLE, bidi.RLO, bidi.RLI:
			return s
		case bidi.L, bidi.EN, bidi.LRE, bidi.LRO, bidi.LRI:
			ltr = true
		}
	}
	if !ltr {
		return s
	}
	return "\u2068" + s + "\u2069"
}

// word returns the message with the given key, which takes no argument.
func (p *Printer) word(key string) string { return p.Sprintf(key) }

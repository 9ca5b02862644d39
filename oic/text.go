package oic

import (
	"encoding/json"
	"iter"
	"slices"
	"strings"
	"sync"

	"golang.org/x/text/language"
)

// A Text is a name or a short phrase in the languages the library curates:
// the OIC's working languages (English, Arabic and French, in the OIC's
// official forms) and, for Kazakh readers, Kazakh (in Cyrillic script) and
// Russian. A language whose form is not known is the empty string.
//
// A form is either one a source gives (an official name, the words of a
// resolution, a name as a news agency writes it) or the module's own
// rendering: a translation of a sentence, or a conventional
// transliteration of a person's name. Own lists the languages whose form is
// the module's own, so that a reader can always tell an official form from
// a translation ([Text.IsOwn]).
//
// Text is a plain comparable value; [Text.In] picks a language by
// [language.Tag]. For names in any other language, countries expose their
// [language.Region], which golang.org/x/text/language/display can name.
type Text struct {
	English string
	Arabic  string
	French  string
	Kazakh  string
	Russian string
	Own     LangSet // the languages whose form is the module's own rendering, not a source's
}

// A LangSet is a set of the languages of a [Text].
type LangSet uint8

// LangSetOf returns the set of the languages of [Languages] that match
// tags; tags that match none of them are ignored.
func LangSetOf(tags ...language.Tag) LangSet {
	var s LangSet
	for _, t := range tags {
		if i, ok := langIndex(t); ok {
			s |= 1 << i
		}
	}
	return s
}

// Has reports whether the language closest to t among [Languages] is in s.
func (s LangSet) Has(t language.Tag) bool {
	i, ok := langIndex(t)
	return ok && s&(1<<i) != 0
}

// All returns an iterator over the languages of s, in the order of
// [Languages].
func (s LangSet) All() iter.Seq[language.Tag] {
	return func(yield func(language.Tag) bool) {
		for i, t := range Languages() {
			if s&(1<<i) != 0 && !yield(t) {
				return
			}
		}
	}
}

// String returns the language codes of s separated by spaces, as in
// "kk ru".
func (s LangSet) String() string {
	b, _ := s.AppendText(nil)
	return string(b)
}

// AppendText implements [encoding.TextAppender] with the form of
// [LangSet.String].
func (s LangSet) AppendText(b []byte) ([]byte, error) {
	first := true
	for i, l := range textLangs {
		if s&(1<<i) == 0 {
			continue
		}
		if !first {
			b = append(b, ' ')
		}
		b, first = append(b, l...), false
	}
	return b, nil
}

// MarshalText implements [encoding.TextMarshaler] with the form of
// [LangSet.String].
func (s LangSet) MarshalText() ([]byte, error) { return s.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler]: it accepts the form
// of [LangSet.String], language codes separated by spaces.
func (s *LangSet) UnmarshalText(text []byte) error {
	var v LangSet
	for _, f := range strings.Fields(string(text)) {
		i := slices.Index(textLangs[:], f)
		if i < 0 {
			return &ParseError{Func: "oic.LangSet.UnmarshalText", Input: string(text), Err: ErrUnknown}
		}
		v |= 1 << i
	}
	*s = v
	return nil
}

// textLangs lists the languages of a Text in field order. English comes
// first, so that it is the matcher's fallback.
var textLangs = [...]string{"en", "ar", "fr", "kk", "ru"}

// Languages returns the languages a [Text] can hold, in the order of its
// fields: English, Arabic, French, Kazakh and Russian. The slice is new on
// every call.
func Languages() []language.Tag {
	return []language.Tag{language.English, language.Arabic, language.French, language.Kazakh, language.Russian}
}

// The matcher is built on first use: package initialisation does no work.
var (
	matcherOnce sync.Once
	matcher     language.Matcher
)

func textMatcher() language.Matcher {
	matcherOnce.Do(func() { matcher = language.NewMatcher(Languages()) })
	return matcher
}

// langIndex returns the index in textLangs of the language closest to t,
// and whether there is one at all.
func langIndex(t language.Tag) (int, bool) {
	if b, conf := t.Base(); conf != language.No {
		s := b.String()
		for i, l := range textLangs {
			if s == l {
				return i, true
			}
		}
	}
	_, i, conf := textMatcher().Match(t)
	return i, conf != language.No
}

func (x Text) at(i int) string {
	switch i {
	case 0:
		return x.English
	case 1:
		return x.Arabic
	case 2:
		return x.French
	case 3:
		return x.Kazakh
	case 4:
		return x.Russian
	}
	return ""
}

// In returns x in the language that best matches t, as chosen by a
// [language.Matcher] over [Languages]. When no language matches t, or the
// matching form is not known, it returns the English form. Region and script
// subtags do not matter: fr-SN and fr-CA both get the French form.
func (x Text) In(t language.Tag) string {
	if i, ok := langIndex(t); ok {
		if s := x.at(i); s != "" {
			return s
		}
	}
	return x.English
}

// Lookup returns the form of x in the language that matches t, and whether
// there is such a language and x has a form in it. Unlike [Text.In], it
// does not fall back to English.
func (x Text) Lookup(t language.Tag) (string, bool) {
	i, ok := langIndex(t)
	if !ok {
		return "", false
	}
	s := x.at(i)
	return s, s != ""
}

// All returns an iterator over the known forms of x with their languages,
// in the order of [Languages].
func (x Text) All() iter.Seq2[language.Tag, string] {
	return func(yield func(language.Tag, string) bool) {
		for i, t := range Languages() {
			if s := x.at(i); s != "" && !yield(t, s) {
				return
			}
		}
	}
}

// IsOwn reports whether the form of x in the language that matches t is
// the module's own rendering (a translation or a transliteration) rather
// than one a source gives. It reports false where x has no such form.
func (x Text) IsOwn(t language.Tag) bool {
	s, ok := x.Lookup(t)
	return ok && s != "" && x.Own.Has(t)
}

// IsZero reports whether x has no form in any language.
func (x Text) IsZero() bool { return x == Text{} }

// String returns the English form of x.
func (x Text) String() string { return x.English }

type textJSON struct {
	EN  string  `json:"en,omitempty"`
	AR  string  `json:"ar,omitempty"`
	FR  string  `json:"fr,omitempty"`
	KK  string  `json:"kk,omitempty"`
	RU  string  `json:"ru,omitempty"`
	Own LangSet `json:"own,omitzero"`
}

// MarshalJSON implements [json.Marshaler]. A Text is an object keyed by
// language code, leaving out unknown forms, with the languages of the
// module's own renderings under "own" where there are any:
// {"en":"Kazakhstan","ar":"كازاخستان","fr":"Kazakhstan",...} or
// {"en":"…","kk":"…","own":"kk"}.
func (x Text) MarshalJSON() ([]byte, error) {
	return json.Marshal(textJSON{x.English, x.Arabic, x.French, x.Kazakh, x.Russian, x.Own})
}

// UnmarshalJSON implements [json.Unmarshaler] for the form of
// [Text.MarshalJSON]. Other keys are ignored.
func (x *Text) UnmarshalJSON(b []byte) error {
	var v textJSON
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*x = Text{v.EN, v.AR, v.FR, v.KK, v.RU, v.Own}
	return nil
}

package oic

import (
	"encoding/json"
	"iter"
	"sync"

	"golang.org/x/text/language"
)

// A Text is a name or a short phrase in the languages the library curates:
// the OIC's working languages (English, Arabic and French, in the OIC's
// official forms) and, for Kazakh readers, Kazakh (in Cyrillic script) and
// Russian. A language whose form is not known is the empty string.
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

// IsZero reports whether x has no form in any language.
func (x Text) IsZero() bool { return x == Text{} }

// String returns the English form of x.
func (x Text) String() string { return x.English }

type textJSON struct {
	EN string `json:"en,omitempty"`
	AR string `json:"ar,omitempty"`
	FR string `json:"fr,omitempty"`
	KK string `json:"kk,omitempty"`
	RU string `json:"ru,omitempty"`
}

// MarshalJSON implements [json.Marshaler]. A Text is an object keyed by
// language code, leaving out unknown forms:
// {"en":"Kazakhstan","ar":"كازاخستان","fr":"Kazakhstan",...}.
func (x Text) MarshalJSON() ([]byte, error) {
	return json.Marshal(textJSON{x.English, x.Arabic, x.French, x.Kazakh, x.Russian})
}

// UnmarshalJSON implements [json.Unmarshaler] for the form of
// [Text.MarshalJSON]. Keys other than the five language codes are ignored.
func (x *Text) UnmarshalJSON(b []byte) error {
	var v textJSON
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*x = Text{v.EN, v.AR, v.FR, v.KK, v.RU}
	return nil
}

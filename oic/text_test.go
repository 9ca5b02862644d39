package oic_test

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/kzoic/kzoic/oic"
	"golang.org/x/text/language"
)

func TestTextIn(t *testing.T) {
	x := oic.Text{English: "Kazakhstan", Arabic: "كازاخستان", French: "Kazakhstan (fr)", Kazakh: "Қазақстан", Russian: "Казахстан"}
	for _, tt := range []struct {
		tag, want string
		ok        bool
	}{
		{"en", "Kazakhstan", true}, {"en-US", "Kazakhstan", true}, {"ar", "كازاخستان", true}, {"ar-EG", "كازاخستان", true},
		{"fr", "Kazakhstan (fr)", true}, {"fr-SN", "Kazakhstan (fr)", true}, {"fr-CA", "Kazakhstan (fr)", true},
		{"kk", "Қазақстан", true}, {"kk-Cyrl-KZ", "Қазақстан", true}, {"ru", "Казахстан", true}, {"ru-KZ", "Казахстан", true},
		{"tr", "Kazakhstan", false}, {"fa-IR", "Kazakhstan", false}, {"und", "Kazakhstan", true}, {"zh-Hant", "Kazakhstan", false},
	} {
		tag := language.MustParse(tt.tag)
		if got := x.In(tag); got != tt.want {
			t.Errorf("In(%s) = %q; want %q", tt.tag, got, tt.want)
		}
		if _, ok := x.Lookup(tag); ok != tt.ok {
			t.Errorf("Lookup(%s) ok = %v; want %v", tt.tag, ok, tt.ok)
		}
	}
	partial := oic.Text{English: "Jakarta", Arabic: "جاكرتا"}
	if got := partial.In(language.Russian); got != "Jakarta" {
		t.Errorf("missing Russian form: In = %q; want the English fallback", got)
	}
	if _, ok := partial.Lookup(language.Russian); ok {
		t.Error("Lookup found a missing form")
	}
	var langs []string
	for tag, s := range partial.All() {
		langs = append(langs, tag.String()+"="+s)
	}
	if want := []string{"en=Jakarta", "ar=جاكرتا"}; !slices.Equal(langs, want) {
		t.Errorf("All = %q; want %q", langs, want)
	}
	if (oic.Text{}).In(language.French) != "" || !(oic.Text{}).IsZero() || partial.IsZero() {
		t.Error("zero Text is not empty")
	}
}

func TestTextJSON(t *testing.T) {
	x := oic.Text{English: "Jeddah", Arabic: "جدة", French: "Djeddah"}
	b, err := json.Marshal(x)
	if err != nil || string(b) != `{"en":"Jeddah","ar":"جدة","fr":"Djeddah"}` {
		t.Fatalf("Marshal = %s, %v", b, err)
	}
	var y oic.Text
	if err := json.Unmarshal(b, &y); err != nil || y != x {
		t.Errorf("round trip = %+v, %v", y, err)
	}
	if err := json.Unmarshal([]byte(`[1]`), &y); err == nil {
		t.Error("Unmarshal accepted an array")
	}
}

func TestLanguages(t *testing.T) {
	l := oic.Languages()
	l[0] = language.Turkish
	if oic.Languages()[0] != language.English {
		t.Error("Languages returned a shared slice")
	}
	w := oic.WorkingLanguages()
	if !slices.Equal(w, []language.Tag{language.Arabic, language.English, language.French}) {
		t.Errorf("WorkingLanguages = %v", w)
	}
}

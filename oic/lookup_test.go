package oic_test

import (
	"strings"
	"testing"

	"github.com/kzoic/kzoic/oic"
)

// caseForms returns every way of writing s with its ASCII letters in upper
// or lower case.
func caseForms(s string) []string {
	forms := []string{""}
	for i := 0; i < len(s); i++ {
		c := s[i]
		var next []string
		for _, f := range forms {
			lo, up := strings.ToLower(string(c)), strings.ToUpper(string(c))
			next = append(next, f+lo)
			if up != lo {
				next = append(next, f+up)
			}
		}
		forms = next
	}
	return forms
}

// TestLookupCountryCodes checks that every alpha-2 and alpha-3 code and
// every short library key resolves in every case, and that every other
// string of two or three ASCII letters does not.
func TestLookupCountryCodes(t *testing.T) {
	known := map[string]oic.Country{}
	for c := range oic.Countries() {
		for _, code := range []string{c.Alpha2(), c.Alpha3(), c.Key()} {
			if code == "" {
				continue
			}
			known[strings.ToUpper(code)] = c
			for _, f := range caseForms(code) {
				if got, ok := oic.LookupCountry(f); !ok || got != c {
					t.Errorf("LookupCountry(%q) = %v, %v; want %v", f, got, ok, c)
				}
			}
		}
	}
	letters := "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
	check := func(s string) {
		got, ok := oic.LookupCountry(s)
		want, wok := known[strings.ToUpper(s)]
		if ok != wok || got != want {
			t.Errorf("LookupCountry(%q) = %v, %v; want %v, %v", s, got, ok, want, wok)
		}
	}
	for i := range letters {
		for j := range letters {
			check(letters[i:i+1] + letters[j:j+1])
			for k := range letters {
				check(letters[i:i+1] + letters[j:j+1] + letters[k:k+1])
			}
		}
	}
	for _, s := range []string{"", "K", "KAZA", "K Z", "KZ ", "K1", "@Z", "[Z", "`z", "{z", "КZ", "zanzibar", "ZANZIBAR", "ydye", "zanzibarx"} {
		_, ok := oic.LookupCountry(s)
		_, want := known[strings.ToUpper(s)]
		want = want || strings.EqualFold(s, "zanzibar") || strings.EqualFold(s, "ydye")
		if ok != want {
			t.Errorf("LookupCountry(%q) ok = %v; want %v", s, ok, want)
		}
	}
}

// TestLookupKeys checks every key of the other tables in a few cases, and
// near misses.
func TestLookupKeys(t *testing.T) {
	forms := func(s string) []string {
		return []string{s, strings.ToUpper(s), strings.ToLower(s), strings.ToUpper(s[:1]) + s[1:]}
	}
	for b := range oic.Bodies(0) {
		for _, k := range []string{b.Key(), b.Acronym()} {
			if k == "" {
				continue
			}
			for _, f := range forms(k) {
				if got, ok := oic.LookupBody(f); !ok || got != b {
					t.Errorf("LookupBody(%q) = %v, %v; want %v", f, got, ok, b)
				}
			}
			if got, ok := oic.LookupBody(k + "x"); ok {
				t.Errorf("LookupBody(%q) = %v", k+"x", got)
			}
		}
	}
	for c := range oic.Cities() {
		for _, f := range forms(c.Key()) {
			if got, ok := oic.LookupCity(f); !ok || got != c {
				t.Errorf("LookupCity(%q) = %v, %v", f, got, ok)
			}
		}
	}
	for d := range oic.Documents() {
		for _, f := range forms(d.Key()) {
			if got, ok := oic.LookupDocument(f); !ok || got != d {
				t.Errorf("LookupDocument(%q) = %v, %v", f, got, ok)
			}
		}
	}
	for o := range oic.Offices() {
		for _, f := range forms(o.Key()) {
			if got, ok := oic.LookupOffice(f); !ok || got != o {
				t.Errorf("LookupOffice(%q) = %v, %v", f, got, ok)
			}
		}
	}
	for p := range oic.People() {
		for _, f := range forms(p.Key()) {
			if got, ok := oic.LookupPerson(f); !ok || got != p {
				t.Errorf("LookupPerson(%q) = %v, %v", f, got, ok)
			}
		}
	}
	for _, s := range []string{"", "x", "comce", "comcecc", "jeddahh", "oic-2026", "secretary", "nobody"} {
		if _, ok := oic.LookupBody(s); ok {
			t.Errorf("LookupBody(%q) found a body", s)
		}
		if _, ok := oic.LookupCity(s); ok {
			t.Errorf("LookupCity(%q) found a city", s)
		}
		if _, ok := oic.LookupDocument(s); ok {
			t.Errorf("LookupDocument(%q) found a document", s)
		}
		if _, ok := oic.LookupOffice(s); ok {
			t.Errorf("LookupOffice(%q) found an office", s)
		}
		if _, ok := oic.LookupPerson(s); ok {
			t.Errorf("LookupPerson(%q) found a person", s)
		}
	}
}

package oic_test

import (
	"encoding"
	"encoding/json"
	"reflect"
	"testing"

	"github.com/kzoic/kzoic/oic"
)

type textValue interface {
	encoding.TextMarshaler
	encoding.TextUnmarshaler
}

// FuzzUnmarshalText feeds text to every UnmarshalText of the package: it
// must not panic, and what it accepts must survive a round trip through
// MarshalText.
func FuzzUnmarshalText(f *testing.F) {
	for _, s := range []string{"", "1995", "2011-06-28/..", "KAZ", "kz", "astana", "member", "cfm", "cfm 38", "comcec", "oic-2025", "standing-committee", "LAS", "muslim-community", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, v := range []textValue{
			new(oic.Date), new(oic.Period), new(oic.Country), new(oic.City), new(oic.Status),
			new(oic.SessionKind), new(oic.BodyKind), new(oic.Session), new(oic.Body), new(oic.Document), new(oic.ObserverOrg), new(oic.ObserverKind),
		} {
			if err := v.UnmarshalText([]byte(s)); err != nil {
				continue
			}
			b, err := v.MarshalText()
			if err != nil {
				if s == "" {
					continue // the zero value of a kind has no text form
				}
				t.Fatalf("%T: %q accepted, but MarshalText fails: %v", v, s, err)
			}
			w := reflect.New(reflect.TypeOf(v).Elem()).Interface().(textValue)
			if err := w.UnmarshalText(b); err != nil || !reflect.DeepEqual(v, w) {
				t.Fatalf("%T: %q → %q → %v, %v", v, s, b, w, err)
			}
		}
		var x oic.Text
		if json.Unmarshal([]byte(s), &x) == nil {
			b, err := json.Marshal(x)
			var y oic.Text
			if err != nil || json.Unmarshal(b, &y) != nil || y != x {
				t.Fatalf("Text: %q → %s → %+v", s, b, y)
			}
		}
	})
}

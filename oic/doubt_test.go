package oic_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"testing"

	"github.com/kzoic/kzoic/oic"
)

func TestDoubtText(t *testing.T) {
	n := 0
	for d := range oic.Doubts() {
		n++
		b, err := d.MarshalText()
		if err != nil {
			t.Fatalf("%v: %v", d, err)
		}
		var back oic.Doubt
		if err := back.UnmarshalText([]byte(string(b))); err != nil || back != d {
			t.Errorf("%s: round trip gave %v, %v", b, back, err)
		}
		if p, err := oic.ParseDoubt(string(b)); err != nil || p != d {
			t.Errorf("ParseDoubt(%s) = %v, %v", b, p, err)
		}
	}
	if n != 4 {
		t.Errorf("%d kinds of doubt, want 4", n)
	}
	if d, err := oic.ParseDoubt("Sources-Disagree"); err != nil || d != oic.DoubtSourcesDisagree {
		t.Errorf("ParseDoubt in mixed case = %v, %v", d, err)
	}
	if _, err := oic.ParseDoubt("rumour"); !errors.Is(err, oic.ErrUnknown) {
		t.Errorf("ParseDoubt(rumour) error = %v, want ErrUnknown", err)
	}
	var zero oic.Doubt
	if zero.IsValid() {
		t.Error("the zero Doubt is valid")
	}
	if _, err := zero.MarshalText(); err == nil {
		t.Error("the zero Doubt has a text form")
	}
	if s := oic.Doubt(9).String(); s != "%!oic.Doubt(9)" {
		t.Errorf("Doubt(9).String() = %q", s)
	}
}

// doubtFields lists the fields a doubt can name for each kind of record, as
// the documentation of DoubtedField gives them.
var doubtFields = map[string][]string{
	"body":    {"name", "acronym", "kind", "seat", "founded"},
	"term":    {"holder", "country", "start", "end"},
	"change":  {"date", "status", "session"},
	"session": {"start", "end", "city", "chair"},
}

// allDoubts returns every doubt of the tables as "record field kind"
// strings, checking each against the documented fields as it goes.
func allDoubts(t *testing.T) []string {
	t.Helper()
	var out []string
	add := func(kind, record string, ds []oic.DoubtedField) {
		for _, d := range ds {
			if !slices.Contains(doubtFields[kind], d.Field) {
				t.Errorf("%s: doubt on %q, which a %s does not have", record, d.Field, kind)
			}
			if !d.Doubt.IsValid() {
				t.Errorf("%s %s: invalid doubt %v", record, d.Field, d.Doubt)
			}
			if len(d.Sources) == 0 {
				t.Errorf("%s %s: doubt without sources", record, d.Field)
			}
			out = append(out, fmt.Sprintf("%s %s %s", record, d.Field, d.Doubt))
		}
	}
	for b := range oic.Bodies(0) {
		add("body", "body "+b.Key(), b.Doubts())
		for _, d := range b.Doubts() {
			if b.DoubtOn(d.Field) != d.Doubt {
				t.Errorf("%s: DoubtOn(%s) = %v, Doubts says %v", b, d.Field, b.DoubtOn(d.Field), d.Doubt)
			}
		}
	}
	for s := range oic.Sessions(0) {
		add("session", "session "+s.String(), s.Doubts())
	}
	for o := range oic.Offices() {
		for _, tm := range o.Terms() {
			add("term", "term "+o.Key()+" "+tm.Holder.Key(), tm.Doubts)
		}
	}
	for c := range oic.Countries() {
		for _, ch := range c.History() {
			add("change", "change "+c.Key()+" "+ch.Date.String(), ch.Doubts)
		}
	}
	return out
}

// TestKnownDoubts names every fact the tables flag as resting on weak
// evidence, so that a flag that appears or goes away shows up here.
func TestKnownDoubts(t *testing.T) {
	want := []string{
		"body comcec seat inferred",
		"body wfiais name unconfirmed-name",
		"body wfiais seat sources-disagree",
		"body iums founded sources-disagree",
		"body oic-cert seat sources-disagree",
	}
	if got := allDoubts(t); !slices.Equal(got, want) {
		t.Errorf("doubts:\n got %q\nwant %q", got, want)
	}
}

// TestConfirmedFacts checks that facts a review confirmed or corrected from
// a better source carry no doubt.
func TestConfirmedFacts(t *testing.T) {
	for _, tt := range []struct{ body, field string }{
		{"iicj", "founded"},
		{"al-quds-committee", "founded"},
		{"sesric", "founded"},
		{"iut", "founded"},
		{"icdt", "founded"},
		{"iifa", "founded"},
		{"isf", "founded"},
		{"islamic-university-in-niger", "kind"},
		{"iuiu", "kind"},
		{"iuiu", "acronym"},
		{"isa", "name"},
		{"isa", "acronym"},
		{"wfiais", "kind"},
		{"fcic", "name"},
		{"ias", "name"},
		{"ias", "seat"},
		{"gcibfi", "name"},
		{"gcibfi", "acronym"},
		{"focic", "name"},
		{"focic", "seat"},
		{"oic-cert", "name"},
		{"oic-cert", "kind"},
	} {
		b, ok := oic.LookupBody(tt.body)
		if !ok {
			t.Errorf("no body %s", tt.body)
			continue
		}
		if d := b.DoubtOn(tt.field); d != 0 {
			t.Errorf("%s %s: doubt %v on a confirmed fact", tt.body, tt.field, d)
		}
	}
	asg, _ := oic.LookupOffice("asg-economic")
	for _, tm := range asg.Terms() {
		if tm.Holder.Key() == "hameed-opeloyeru" && (tm.DoubtOn("country") != 0 || tm.Country.Key() != "NGA") {
			t.Errorf("Opeloyeru's term: country %v, doubt %v", tm.Country, tm.DoubtOn("country"))
		}
	}
	for _, c := range []string{"EGY", "MOZ"} {
		for _, ch := range oic.MustParseCountry(c).History() {
			if len(ch.Doubts) != 0 {
				t.Errorf("%s %s: doubts %v", c, ch.Date, ch.Doubts)
			}
		}
	}
	if s, ok := oic.SessionOf(oic.KindExtraordinarySummit, 1); !ok || s.Doubts() != nil {
		t.Errorf("1st extraordinary summit: %v", s.Doubts())
	}
}

// TestDoubtsJSON checks that doubts appear in the JSON of terms and
// changes only where there are some.
func TestDoubtsJSON(t *testing.T) {
	b, err := json.Marshal(oic.StatusChange{Date: oic.MustParseDate("1994"), Status: oic.StatusMember})
	if err != nil {
		t.Fatal(err)
	}
	if containsKey(b, "doubts") {
		t.Errorf("a change without doubts has them in JSON: %s", b)
	}
	c := oic.StatusChange{Doubts: []oic.DoubtedField{{Field: "date", Doubt: oic.DoubtSingleSource}}}
	b, err = json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	var back oic.StatusChange
	if err := json.Unmarshal(b, &back); err != nil || len(back.Doubts) != 1 || back.DoubtOn("date") != oic.DoubtSingleSource {
		t.Errorf("round trip of %s gave %+v, %v", b, back.Doubts, err)
	}
}

func containsKey(b []byte, key string) bool {
	var m map[string]any
	if json.Unmarshal(b, &m) != nil {
		return false
	}
	_, ok := m[key]
	return ok
}

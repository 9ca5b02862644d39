package oic_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kzoic/kzoic/oic"
	"golang.org/x/text/language"
)

func observerKeys(seq func(func(oic.ObserverOrg) bool)) string {
	var k []string
	for o := range seq {
		k = append(k, o.Key())
	}
	return strings.Join(k, " ")
}

func TestLookupObserverOrg(t *testing.T) {
	for _, tt := range []struct {
		in, key string
		kind    oic.ObserverKind
	}{
		{"un", "un", oic.ObserverInternational},
		{"UN", "un", oic.ObserverInternational},
		{"LAS", "las", oic.ObserverInternational},
		{"mnlf", "mnlf", oic.ObserverMuslimCommunity},
		{"PUIC", "puic", oic.ObserverIslamicInstitution},
	} {
		o, ok := oic.LookupObserverOrg(tt.in)
		if !ok || o.Key() != tt.key || o.Kind() != tt.kind {
			t.Errorf("LookupObserverOrg(%q) = %v (%v), %v; want %s (%v)", tt.in, o, o.Kind(), ok, tt.key, tt.kind)
		}
	}
	for _, in := range []string{"", "NATO", "unn", "RUS", "comcec"} {
		if o, ok := oic.LookupObserverOrg(in); ok || o.IsValid() {
			t.Errorf("LookupObserverOrg(%q) = %v, %v", in, o, ok)
		}
	}
	var zero oic.ObserverOrg
	if zero.IsValid() || zero.Key() != "" || zero.StatusOn(oic.Vintage()) != oic.No || zero.Sources() != nil || zero.Kind().IsValid() {
		t.Error("the zero ObserverOrg is not empty")
	}
}

// TestObserverOrgRecords checks that every observer organisation has a
// source, a kind, an admission date and names, with the module's own
// renderings marked and no own English.
func TestObserverOrgRecords(t *testing.T) {
	n := 0
	var prev oic.Date
	for o := range oic.ObserverOrgs() {
		n++
		p := o.Period()
		switch {
		case len(o.Sources()) == 0:
			t.Errorf("%v: no sources", o)
		case !o.Kind().IsValid():
			t.Errorf("%v: kind %v", o, o.Kind())
		case p.Start.IsZero() || !p.Start.IsValid():
			t.Errorf("%v: no admission date (%v)", o, p)
		case p.Start.Before(prev):
			t.Errorf("%v: out of order (%v after %v)", o, p.Start, prev)
		case p.Start.Earliest().Before(oic.Founded()):
			t.Errorf("%v: observer before the organisation was founded (%v)", o, p.Start)
		}
		prev = p.Start
		names := o.Names()
		for _, l := range oic.Languages() {
			if s, ok := names.Lookup(l); !ok || s == "" {
				t.Errorf("%v: no %v name", o, l)
			}
		}
		if names.IsOwn(language.English) {
			t.Errorf("%v: the English name is the module's own", o)
		}
		if b, err := o.MarshalText(); err != nil || string(b) != o.Key() {
			t.Errorf("%v: MarshalText = %q, %v", o, b, err)
		}
	}
	if n == 0 {
		t.Fatal("no observer organisations")
	}
}

func TestObserverOrgsOn(t *testing.T) {
	for _, tt := range []struct{ on, want string }{
		{"1974-12-31", ""},
		{"1975-06-01", ""}, // the League's admission is known only to 1975
		{"1976-01-01", "las"},
		{"1980-01-01", "las un au mnlf nam"},
		{"2005-01-01", "las un au mnlf nam eco puic"},
		{"2018-06-01", "las un au mnlf nam eco puic"},
	} {
		if got := observerKeys(oic.ObserverOrgsOn(oic.MustParseDate(tt.on))); got != tt.want {
			t.Errorf("ObserverOrgsOn(%s) = %q; want %q", tt.on, got, tt.want)
		}
	}
	las, _ := oic.LookupObserverOrg("las")
	for _, tt := range []struct {
		on   string
		want oic.Certainty
	}{{"1970-12-27", oic.No}, {"1975-07-12", oic.Maybe}, {"1975", oic.Maybe}, {"1976", oic.Yes}, {"2026-11-01", oic.Yes}} {
		if got := las.StatusOn(oic.MustParseDate(tt.on)); got != tt.want {
			t.Errorf("las.StatusOn(%s) = %v; want %v", tt.on, got, tt.want)
		}
	}
}

// TestObserverOrgDisagreements names each disagreement recorded as an
// alternative for an observer organisation.
func TestObserverOrgDisagreements(t *testing.T) {
	got := map[string][]string{}
	for o := range oic.ObserverOrgs() {
		for _, a := range o.Alternatives() {
			got[o.Key()] = append(got[o.Key()], a.Field+"="+a.Date.String())
			if a.Source.Title == "" || a.Note.English == "" {
				t.Errorf("%s: alternative %v lacks a source or a note", o, a)
			}
		}
	}
	for k := range got {
		slices.Sort(got[k])
	}
	want := map[string][]string{
		// The League's Secretary-General attended the 2nd ICFM (Dec 1970)
		// as an observer; the observers table gives 1975.
		"las": {"from=1970-12"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("observer disagreements changed (-want +got):\n%s", diff)
	}
}

// TestObserverOrgOtherNames checks the other names of an observer
// organisation: the Arab League is a name of the League of Arab States,
// cited, and not of the United Nations.
func TestObserverOrgOtherNames(t *testing.T) {
	las, _ := oic.LookupObserverOrg("las")
	names := las.OtherNames()
	i := slices.IndexFunc(names, func(n oic.HistoricName) bool { return n.Name == "Arab League" })
	if i < 0 {
		t.Fatalf("LAS other names %v: no Arab League", names)
	}
	if n := names[i]; !n.Alias || n.Lang != language.English || len(n.Sources) == 0 {
		t.Errorf("Arab League: %+v; want an English alias with its sources", n)
	}
	un, _ := oic.LookupObserverOrg("un")
	for _, n := range un.OtherNames() {
		if n.Name == "Arab League" {
			t.Error("the UN has the name Arab League")
		}
	}
}

package kzoic_test

import (
	"encoding"
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/kzoic/kzoic"
	"github.com/kzoic/kzoic/initiatives"
	"github.com/kzoic/kzoic/oic"
	"github.com/kzoic/kzoic/search"
	"github.com/kzoic/kzoic/timeline"
	"golang.org/x/text/language"
)

// roundTripSamples holds, for every exported type of the library that has a
// text or JSON form, values to encode and decode. TestRoundTripCoversTypes
// fails when a type with such a form is missing here.
func roundTripSamples(t *testing.T) map[string][]any {
	t.Helper()
	kz := oic.MustParseCountry("KZ")
	cfm38, _ := oic.CFM(38)
	comcec, _ := oic.LookupBody("comcec")
	wfiais, _ := oic.LookupBody("wfiais")
	if len(wfiais.Doubts()) == 0 {
		t.Fatal("no doubts on the WFIAIS")
	}
	sg, _ := oic.LookupOffice("secretary-general")
	charter, _ := oic.LookupDocument("charter-2008")
	astana, _ := oic.LookupCity("astana")
	iofs, _ := initiatives.Lookup("iofs")
	term, _ := oic.SecretaryGeneralOn(oic.MustParseDate("2011"))
	var event timeline.Event
	for e := range timeline.Involving(kz) {
		event = e
		break
	}
	var results []search.Result
	for _, q := range []string{"Kazakhstan", "Azərbaycan", "Upper Volta", "United Nations", "Ekmeleddin Ihsanoglu", "kz", "Kazahkstan", "Казакстан", "Kazakhstanian"} {
		res := search.Find(q)
		if len(res) == 0 {
			t.Fatalf("search found nothing for %s", q)
		}
		results = append(results, res[0])
	}
	rep := kzoic.Representatives()[0]
	las, _ := oic.LookupObserverOrg("las")
	triple, _ := initiatives.Lookup("triple-i")
	note, ok := triple.Note()
	if !ok {
		t.Fatal("no note on the Triple I")
	}
	return map[string][]any{
		"oic.Date":         {oic.MustParseDate("1995"), oic.MustParseDate("2010-03"), oic.MustParseDate("2011-06-28"), oic.MustParseDate("[..2017-09-11]"), oic.MustParseDate("[2019-04..]")},
		"oic.Period":       {cfm38.Period(), oic.Period{Start: oic.MustParseDate("2021-11-17")}, oic.Period{End: oic.MustParseDate("1995")}},
		"oic.Precision":    {oic.PrecisionYear, oic.PrecisionDay},
		"oic.Bound":        {oic.On, oic.OnOrBefore, oic.OnOrAfter},
		"oic.Certainty":    {oic.No, oic.Maybe, oic.Yes},
		"oic.Status":       {oic.StatusMember, oic.StatusSuspended, oic.StatusMerged},
		"oic.Standing":     {kz.StatusOn(oic.MustParseDate("1995-12-05")), kz.StatusOn(oic.Vintage())},
		"oic.SessionKind":  {oic.KindCFM, oic.KindExtraordinarySummit},
		"oic.BodyKind":     {oic.BodySpecializedInstitution},
		"oic.DocumentKind": {oic.DocCharter, oic.DocStatute},
		"oic.Country":      {kz, oic.MustParseCountry("ydye"), oic.MustParseCountry("tcs")},
		"oic.City":         {astana},
		"oic.Session":      {cfm38, mustSession(t, "extraordinary-summit 2024-11-11")},
		"oic.Body":         {comcec},
		"oic.Office":       {sg},
		"oic.Document":     {charter},
		"oic.Text":         {kz.Names(), oic.NamesOn(oic.MustParseDate("2000"))},
		"oic.Source":       toAny(kz.Sources()),
		"oic.Alternative":  toAny(oic.MustParseCountry("ARE").Alternatives()),
		"oic.Doubt":        {oic.DoubtSingleSource, oic.DoubtInferred, oic.DoubtUnconfirmedName, oic.DoubtSourcesDisagree},
		"oic.DoubtedField": toAny(wfiais.Doubts()),
		"oic.HistoricName": toAny(oic.MustParseCountry("BF").OtherNames()),
		"oic.StatusChange": toAny(oic.MustParseCountry("SY").History()),
		"oic.Term":         toAny(sg.Terms()),
		"oic.Name":         toAny(oic.NameHistory()),
		"oic.Outcome":      toAny(cfm38.Outcomes()),
		"oic.OutcomeKind":  {oic.OutcomeRenamed, oic.OutcomeStatement},
		"oic.Person":       {term.Holder, rep.Person},
		"oic.Role":         {oic.RoleKing, oic.RoleForeignMinister},
		"oic.LangSet":      {oic.LangSet(0), oic.LangSetOf(language.Kazakh, language.Russian)},
		"oic.ObserverOrg":  {las, oic.ObserverOrg{}},
		"oic.ObserverKind": {oic.ObserverInternational, oic.ObserverMuslimCommunity},

		"initiatives.Status":        {initiatives.StatusEndorsed},
		"initiatives.MilestoneKind": {initiatives.KindRatifications},
		"initiatives.Initiative":    {iofs},
		"initiatives.Milestone":     toAny(iofs.Milestones()),
		"initiatives.Note":          {note},

		"kzoic.EventKind":      {kzoic.EventChair},
		"kzoic.Event":          toAny(kzoic.Events()),
		"kzoic.Mission":        {kzoic.PermanentMission()},
		"kzoic.Representative": {rep},

		"timeline.Topic":   {timeline.TopicSession},
		"timeline.RefKind": {timeline.RefStatusChange},
		"timeline.Ref":     {event.Ref},
		"timeline.Event":   {event},

		"search.Kind":     {search.KindCountry, search.KindPerson, search.KindObserverOrg},
		"search.Match":    {search.MatchFolded, search.MatchVariant, search.MatchTypo, search.MatchSuggestion},
		"search.NameKind": {search.NameFormer, search.NameNative, search.NameTranslation, search.NameCode},
		"search.Result":   toAny(results),

		"extra: oic.Term in office":           {term},
		"extra: oic.Term with doubts":         {oic.Term{Office: sg, Holder: term.Holder, Doubts: []oic.DoubtedField{{Field: "start", Doubt: oic.DoubtInferred, Sources: kz.Sources()[:1]}}}},
		"extra: oic.StatusChange with doubts": {oic.StatusChange{Date: oic.MustParseDate("1994"), Status: oic.StatusMember, Doubts: []oic.DoubtedField{{Field: "session", Doubt: oic.DoubtSourcesDisagree}}}},
	}
}

func toAny[T any](s []T) []any {
	out := make([]any, len(s))
	for i, v := range s {
		out[i] = v
	}
	return out
}

func mustSession(t *testing.T, s string) oic.Session {
	t.Helper()
	x, err := oic.ParseSession(s)
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// equal compares two values field by field, unexported fields included,
// and treats nil and empty slices alike.
func equal(a, b any) string {
	return cmp.Diff(a, b, cmp.Exporter(func(reflect.Type) bool { return true }), cmpopts.EquateEmpty())
}

// TestRoundTrip encodes every sample as text (where the type has a text
// form) and as JSON, decodes it into a new value and compares.
func TestRoundTrip(t *testing.T) {
	for name, values := range roundTripSamples(t) {
		for _, v := range values {
			if m, ok := v.(encoding.TextMarshaler); ok {
				text, err := m.MarshalText()
				if err != nil {
					t.Errorf("%s: MarshalText(%v): %v", name, v, err)
					continue
				}
				p := reflect.New(reflect.TypeOf(v))
				u, ok := p.Interface().(encoding.TextUnmarshaler)
				if !ok {
					t.Errorf("%s has MarshalText but no UnmarshalText", name)
					continue
				}
				if err := u.UnmarshalText(text); err != nil {
					t.Errorf("%s: UnmarshalText(%q): %v", name, text, err)
				} else if diff := equal(v, p.Elem().Interface()); diff != "" {
					t.Errorf("%s: text round trip of %q (-want +got):\n%s", name, text, diff)
				}
			}
			b, err := json.Marshal(v)
			if err != nil {
				t.Errorf("%s: json.Marshal(%v): %v", name, v, err)
				continue
			}
			p := reflect.New(reflect.TypeOf(v))
			if err := json.Unmarshal(b, p.Interface()); err != nil {
				t.Errorf("%s: json.Unmarshal(%s): %v", name, b, err)
				continue
			}
			if diff := equal(v, p.Elem().Interface()); diff != "" {
				t.Errorf("%s: JSON round trip of %s (-want +got):\n%s", name, b, diff)
			}
		}
	}
}

// TestRoundTripCoversTypes reads the source of the library's packages and
// fails for any exported type with a text or JSON form (a MarshalText,
// AppendText or MarshalJSON method, or a struct with json tags) that
// TestRoundTrip does not check.
func TestRoundTripCoversTypes(t *testing.T) {
	samples := roundTripSamples(t)
	// Types with no text or JSON form of their own, on purpose.
	exempt := map[string]string{
		"oic.ParseError": "an error, not data",
		"search.Index":   "an index of names, built in memory; its results have a JSON form",
	}
	fset := token.NewFileSet()
	for _, dir := range []string{"oic", "initiatives", ".", "timeline", "search"} {
		paths, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		var files []*ast.File
		for _, p := range paths {
			if strings.HasSuffix(p, "_test.go") {
				continue
			}
			f, err := parser.ParseFile(fset, p, nil, 0)
			if err != nil {
				t.Fatal(err)
			}
			files = append(files, f)
		}
		for typ := range encodedTypes(files) {
			name := files[0].Name.Name + "." + typ
			if _, ok := samples[name]; !ok && exempt[name] == "" {
				t.Errorf("%s (in %s) has a text or JSON form but no round-trip sample", name, dir)
			}
		}
	}
}

// encodedTypes returns the exported types of pkg that have a text or JSON
// form.
func encodedTypes(files []*ast.File) map[string]bool {
	out := map[string]bool{}
	for _, f := range files {
		for _, decl := range f.Decls {
			switch d := decl.(type) {
			case *ast.FuncDecl:
				if d.Recv == nil || len(d.Recv.List) == 0 {
					continue
				}
				switch d.Name.Name {
				case "MarshalText", "AppendText", "MarshalJSON":
				default:
					continue
				}
				rt := d.Recv.List[0].Type
				if s, ok := rt.(*ast.StarExpr); ok {
					rt = s.X
				}
				if id, ok := rt.(*ast.Ident); ok && id.IsExported() {
					out[id.Name] = true
				}
			case *ast.GenDecl:
				for _, spec := range d.Specs {
					ts, ok := spec.(*ast.TypeSpec)
					if !ok || !ts.Name.IsExported() {
						continue
					}
					st, ok := ts.Type.(*ast.StructType)
					if !ok {
						continue
					}
					for _, f := range st.Fields.List {
						if f.Tag != nil && strings.Contains(f.Tag.Value, `json:"`) {
							out[ts.Name.Name] = true
							break
						}
					}
				}
			}
		}
	}
	return out
}

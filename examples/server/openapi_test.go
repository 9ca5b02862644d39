package main

import (
	"bytes"
	"encoding"
	"encoding/json"
	"io"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/kzoic/kzoic/initiatives"
	"github.com/kzoic/kzoic/oic"
	"github.com/kzoic/kzoic/search"
	"github.com/kzoic/kzoic/timeline"
	"github.com/pb33f/libopenapi"
	validator "github.com/pb33f/libopenapi-validator"
)

// TestOpenAPI checks the OpenAPI description served at /v1/openapi.json
// with libopenapi-validator: the document is valid OpenAPI 3.1, and the
// real responses of every documented endpoint, errors included, validate
// against it.
func TestOpenAPI(t *testing.T) {
	srv := startServer(t)
	resp, served := get(t, srv, "GET", "/v1/openapi.json", nil)
	if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != jsonType {
		t.Fatalf("/v1/openapi.json: %d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	var a, b any
	if json.Unmarshal(served, &a) != nil || json.Unmarshal(openapiJSON, &b) != nil || !jsonEqual(a, b) {
		t.Fatal("/v1/openapi.json differs from openapi.json")
	}
	doc, err := libopenapi.NewDocument(served)
	if err != nil {
		t.Fatal(err)
	}
	if v := doc.GetVersion(); v != "3.1.0" {
		t.Errorf("OpenAPI version %q; want 3.1.0", v)
	}
	v, errs := validator.NewValidator(doc)
	if len(errs) > 0 {
		t.Fatalf("building the validator: %v", errs)
	}
	if ok, verrs := v.ValidateDocument(); !ok {
		for _, e := range verrs {
			t.Errorf("the document is not valid OpenAPI: %s: %s", e.Message, e.Reason)
			for _, f := range e.SchemaValidationErrors {
				t.Errorf("  %s at %s", f.Reason, f.FieldPath)
			}
		}
	}
	requests := []string{
		"/v1/organisation", "/v1/organisation?on=1980&lang=ar",
		"/v1/members", "/v1/members?on=1995-12-05", "/v1/members?on=1900",
		"/v1/members/KZ", "/v1/members/SYR?on=2018-06-01&lang=ru", "/v1/members/tcs", "/v1/members/FRA",
		"/v1/observers", "/v1/observers?on=1990",
		"/v1/sessions", "/v1/sessions?kind=executive-committee", "/v1/sessions?kind=party",
		"/v1/sessions/cfm/38", "/v1/sessions/extraordinary-summit/2024-11-11", "/v1/sessions/summit/1?lang=kk", "/v1/sessions/cfm/999", "/v1/sessions/cfm/+38",
		"/v1/bodies", "/v1/bodies/COMCEC", "/v1/bodies/iofs?lang=fr", "/v1/bodies/NATO",
		"/v1/offices", "/v1/offices?on=2011", "/v1/offices?on=1970",
		"/v1/documents",
		"/v1/kazakhstan", "/v1/kazakhstan?on=1995-12-05", "/v1/kazakhstan?on=2018",
		"/v1/initiatives", "/v1/initiatives?on=2012", "/v1/initiatives/iofs", "/v1/initiatives/triple-i?on=2016", "/v1/initiatives/peace",
		"/v1/timeline", "/v1/timeline?from=2011&to=2011&topic=session&country=KZ", "/v1/timeline?topic=sport",
		"/v1/search?q=Astana", "/v1/search?q=Taha", "/v1/search?q=Az%C9%99rbaycan", "/v1/search?q=Kazahkstan", "/v1/search?q=Arab+League", "/v1/search?q=Kasachstan", "/v1/search?q=KZ", "/v1/search?q=Arabia", "/v1/search?q=Republik+Kasachstan", "/v1/search?q=%D2%9A%D0%B0%D0%B7%D0%B0%D2%9B%D1%81%D1%82%D0%B0%D0%BD", "/v1/search?q=xqzjw", "/v1/search",
		"/v1/openapi.json",
	}
	covered := map[string]bool{}
	for _, target := range requests {
		req, err := http.NewRequest("GET", srv.URL+target, nil)
		if err != nil {
			t.Fatal(err)
		}
		resp, err := srv.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		resp.Body = io.NopCloser(bytes.NewReader(body))
		if ok, verrs := v.ValidateHttpResponse(req, resp); !ok {
			for _, e := range verrs {
				t.Errorf("GET %s (%d): %s: %s", target, resp.StatusCode, e.Message, e.Reason)
				for i, f := range e.SchemaValidationErrors {
					if i < 5 {
						t.Errorf("  %s at %s", f.Reason, f.FieldPath)
					}
				}
			}
		}
		path, _, _ := strings.Cut(target, "?")
		covered[path] = true
	}
	model, err := doc.BuildV3Model()
	if err != nil {
		t.Fatal(err)
	}
	for p := range model.Model.Paths.PathItems.KeysFromOldest() {
		found := false
		for c := range covered {
			if matchPath(p, c) {
				found = true
			}
		}
		if !found {
			t.Errorf("no request of the test is for the documented path %s", p)
		}
	}
}

// matchPath reports whether the path of a request matches a templated path
// of the description.
func matchPath(template, path string) bool {
	ts, ps := strings.Split(template, "/"), strings.Split(path, "/")
	if len(ts) != len(ps) {
		return false
	}
	return !slices.ContainsFunc(ts, func(s string) bool {
		i := slices.Index(ts, s)
		return !strings.HasPrefix(s, "{") && s != ps[i]
	})
}

func jsonEqual(a, b any) bool {
	x, _ := json.Marshal(a)
	y, _ := json.Marshal(b)
	return bytes.Equal(x, y)
}

// TestOpenAPIEnums checks every enumeration of openapi.json against the
// keywords of the Go type whose values it lists, so that a keyword added to
// the library and not to the description fails here.
func TestOpenAPIEnums(t *testing.T) {
	var doc map[string]any
	if err := json.Unmarshal(openapiJSON, &doc); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		path  string
		words []string
	}{
		{"components/schemas/Doubt", keywords(func(i int) encoding.TextMarshaler { return oic.Doubt(i) })},
		{"components/schemas/Holder/properties/certainty", keywords(func(i int) encoding.TextMarshaler { return oic.Certainty(i) })},
		{"components/schemas/Milestone/properties/kind", keywords(func(i int) encoding.TextMarshaler { return initiatives.MilestoneKind(i) })},
		{"components/schemas/Initiative/properties/status", keywords(func(i int) encoding.TextMarshaler { return initiatives.Status(i) })},
		{"components/schemas/Event/properties/topic", keywords(func(i int) encoding.TextMarshaler { return timeline.Topic(i) })},
		{"components/schemas/SearchResult/properties/kind", keywords(func(i int) encoding.TextMarshaler { return search.Kind(i) })},
		{"components/schemas/SearchResult/properties/nameKind", keywords(func(i int) encoding.TextMarshaler { return search.NameKind(i) })},
		{"components/schemas/SearchResult/properties/match", keywords(func(i int) encoding.TextMarshaler { return search.Match(i) })},
		{"components/parameters/kind/schema", keywords(func(i int) encoding.TextMarshaler { return oic.SessionKind(i) })},
	} {
		var x any = doc
		for _, k := range strings.Split(tt.path, "/") {
			m, _ := x.(map[string]any)
			x = m[k]
		}
		m, _ := x.(map[string]any)
		raw, _ := m["enum"].([]any)
		var enum []string
		for _, v := range raw {
			s, _ := v.(string)
			enum = append(enum, s)
		}
		if !slices.Equal(enum, tt.words) {
			t.Errorf("%s: enum %q; the Go type's keywords are %q", tt.path, enum, tt.words)
		}
	}
}

// keywords returns the text forms of the values of a keyword type, from
// its zero value (where it has a text form) up to the first value that
// has none.
func keywords(value func(int) encoding.TextMarshaler) []string {
	var words []string
	for i := 0; i < 256; i++ {
		b, err := value(i).MarshalText()
		if err != nil || len(b) == 0 {
			if i == 0 {
				continue
			}
			break
		}
		words = append(words, string(b))
	}
	return words
}

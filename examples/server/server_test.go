package main

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// testCache is the cache size of the handlers under test.
const testCache = 64 << 20

// startServer starts the service on loopback with the settings run uses.
func startServer(t testing.TB) *httptest.Server {
	t.Helper()
	logger := slog.New(slog.DiscardHandler)
	srv := httptest.NewUnstartedServer(nil)
	srv.Config = newServer(newHandler(logger, testCache), logger)
	srv.Start()
	t.Cleanup(srv.Close)
	return srv
}

func get(t *testing.T, srv *httptest.Server, method, path string, hdr map[string]string) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, srv.URL+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	resp, err := srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, b
}

// TestEndpoints calls every endpoint and compares the parts of the JSON
// body that must hold.
func TestEndpoints(t *testing.T) {
	srv := startServer(t)
	for _, tt := range []struct {
		path string
		want any // a value to decode the body into and compare
		got  func() any
	}{
		{"/v1/organisation?on=2018-06-01", map[string]any{"name": "Organisation of Islamic Cooperation", "members": 57.0, "activeMembers": 56.0, "headquarters": "Jeddah", "founded": "1969-09-25", "charter": "charter-2008"}, nil},
		{"/v1/members/kz", map[string]any{"key": "KAZ", "alpha2": "KZ", "name": "Kazakhstan", "status": "member", "joined": "1995-12"}, nil},
		{"/v1/members/SYR?on=2018-06-01", map[string]any{"key": "SYR", "status": "suspended", "on": "2018-06-01"}, nil},
		{"/v1/members/BF?on=1980", map[string]any{"name": "Upper Volta"}, nil},
		{"/v1/sessions/cfm/38", map[string]any{"id": "cfm 38", "start": "2011-06-28", "last": "2011-06-30", "period": "2011-06-28/2011-07-01", "city": "Astana", "host": "KAZ"}, nil},
		{"/v1/sessions/extraordinary-summit/2024-11-11", map[string]any{"id": "extraordinary-summit 2024-11-11", "city": "Riyadh", "host": "SAU"}, nil},
		{"/v1/sessions/summit/13", map[string]any{"id": "summit 13", "start": "2016-04-14", "city": "Istanbul", "host": "TUR"}, nil},
		{"/v1/bodies/COMCEC", map[string]any{"key": "comcec", "kind": "standing-committee", "seat": "Ankara", "country": "TUR"}, nil},
		{"/v1/initiatives/iofs?on=2018-06-01", map[string]any{"key": "iofs", "status": "implemented", "announced": "2011-06-28", "announcedAt": "cfm 38"}, nil},
		{"/v1/kazakhstan?on=2018-06-01", map[string]any{"status": "member", "on": "2018-06-01"}, nil},
	} {
		resp, b := get(t, srv, "GET", tt.path, nil)
		if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "application/json; charset=utf-8" {
			t.Errorf("GET %s: %d %s", tt.path, resp.StatusCode, resp.Header.Get("Content-Type"))
			continue
		}
		var got map[string]any
		if err := json.Unmarshal(b, &got); err != nil {
			t.Errorf("GET %s: bad JSON: %v", tt.path, err)
			continue
		}
		want := tt.want.(map[string]any)
		sub := map[string]any{}
		for k := range want {
			sub[k] = got[k]
		}
		if diff := cmp.Diff(want, sub); diff != "" {
			t.Errorf("GET %s mismatch (-want +got):\n%s", tt.path, diff)
		}
	}
	// The lists.
	for _, tt := range []struct {
		path string
		n    int
		key  string
		has  string
	}{
		{"/v1/members?on=2018-06-01", 57, "key", "SYR"},
		{"/v1/members?on=1970", 25, "key", "SEN"},
		{"/v1/observers", 5, "key", "RUS"},
		{"/v1/sessions?kind=summit", 15, "id", "summit 15"},
		{"/v1/bodies", -1, "key", "iofs"},
		{"/v1/offices?on=2011", -1, "holder", "ekmeleddin-ihsanoglu"},
		{"/v1/documents", -1, "key", "oic-2025"},
		{"/v1/initiatives", 5, "key", "triple-i"},
		{"/v1/timeline?from=2011-06-28&to=2011-06-28", 4, "title", "38th Council of Foreign Ministers, Astana"},
		{"/v1/timeline?from=2011&to=2011&topic=session&country=KZ", 1, "title", "38th Council of Foreign Ministers, Astana"},
		{"/v1/search?q=Nur-Sultan", 1, "city", "astana"},
		{"/v1/search?q=xqzjw", 0, "key", ""},
		{"/v1/search?q=Kasachstan", 1, "nameKind", "cldr"}, // German, from the CLDR names
	} {
		resp, b := get(t, srv, "GET", tt.path, nil)
		var list []map[string]any
		if err := json.Unmarshal(b, &list); err != nil || resp.StatusCode != 200 {
			t.Errorf("GET %s: %d, %v", tt.path, resp.StatusCode, err)
			continue
		}
		if tt.n >= 0 && len(list) != tt.n {
			t.Errorf("GET %s: %d items; want %d", tt.path, len(list), tt.n)
		}
		found := tt.has == ""
		for _, x := range list {
			found = found || x[tt.key] == tt.has
		}
		if !found {
			t.Errorf("GET %s: no item with %s=%q", tt.path, tt.key, tt.has)
		}
	}
	resp, b := get(t, srv, "GET", "/healthz", nil)
	if resp.StatusCode != 200 || string(b) != "ok\n" {
		t.Errorf("/healthz: %d %q", resp.StatusCode, b)
	}
}

func TestErrors(t *testing.T) {
	srv := startServer(t)
	for _, tt := range []struct {
		method, path string
		status       int
		detail       string
	}{
		{"GET", "/v1/members/FRA", 404, `"FRA"`},
		{"GET", "/v1/members/xx1", 404, `"xx1"`},
		{"GET", "/v1/members?on=2011-13", 400, `on="2011-13"`},
		{"GET", "/v1/members?on=yesterday", 400, `on="yesterday"`},
		{"GET", "/v1/sessions/cfm/999", 404, "cfm session 999"},
		{"GET", "/v1/sessions/cfm/+38", 400, `"+38"`},
		{"GET", "/v1/sessions/cfm/x", 400, `"x"`},
		{"GET", "/v1/sessions/party/1", 400, `"party"`},
		{"GET", "/v1/sessions?kind=party", 400, `kind="party"`},
		{"GET", "/v1/bodies/NATO", 404, `"NATO"`},
		{"GET", "/v1/initiatives/peace", 404, `"peace"`},
		{"GET", "/v1/timeline?topic=sport", 400, `topic="sport"`},
		{"GET", "/v1/timeline?country=FRA", 400, `country="FRA"`},
		{"GET", "/v1/search", 400, "q"},
		{"GET", "/v1/members?lang=!!", 400, `lang="!!"`},
		{"GET", "/v2/members", 404, `"/v2/members"`},
		{"POST", "/v1/members", 405, "POST"},
		{"DELETE", "/v1/members/KZ", 405, "DELETE"},
		{"PUT", "/nowhere", 405, "PUT"},
	} {
		resp, b := get(t, srv, tt.method, tt.path, nil)
		var p problem
		if err := json.Unmarshal(b, &p); err != nil {
			t.Errorf("%s %s: bad problem JSON %q: %v", tt.method, tt.path, b, err)
			continue
		}
		if resp.StatusCode != tt.status || p.Status != tt.status || resp.Header.Get("Content-Type") != "application/problem+json" ||
			!strings.Contains(p.Detail, tt.detail) || p.Title != http.StatusText(tt.status) || p.Instance == "" {
			t.Errorf("%s %s: %d %s %+v; want %d naming %s", tt.method, tt.path, resp.StatusCode, resp.Header.Get("Content-Type"), p, tt.status, tt.detail)
		}
		if tt.status == 405 && resp.Header.Get("Allow") != "GET, HEAD" {
			t.Errorf("%s %s: Allow = %q", tt.method, tt.path, resp.Header.Get("Allow"))
		}
	}
}

func TestLanguage(t *testing.T) {
	srv := startServer(t)
	for _, tt := range []struct {
		path, accept, name, lang string
	}{
		{"/v1/members/KZ", "", "Kazakhstan", "en"},
		{"/v1/members/KZ", "ar-SA,ar;q=0.9", "كازاخستان", "ar"},
		{"/v1/members/KZ", "kk-KZ", "Қазақстан", "kk"},
		{"/v1/members/KZ", "de-DE,ru;q=0.8", "Казахстан", "ru"},
		{"/v1/members/KZ", "tr", "Kazakhstan", "en"},
		{"/v1/members/EGY?lang=fr", "ar", "Égypte", "fr"},
		{"/v1/members/KZ", "bad header;;;", "Kazakhstan", "en"},
	} {
		resp, b := get(t, srv, "GET", tt.path, map[string]string{"Accept-Language": tt.accept})
		var v struct{ Name string }
		if err := json.Unmarshal(b, &v); err != nil || v.Name != tt.name || resp.Header.Get("Content-Language") != tt.lang {
			t.Errorf("GET %s with Accept-Language %q: name %q, Content-Language %q; want %q, %q", tt.path, tt.accept, v.Name, resp.Header.Get("Content-Language"), tt.name, tt.lang)
		}
		if !strings.Contains(resp.Header.Get("Vary"), "Accept-Language") {
			t.Errorf("no Vary: Accept-Language")
		}
	}
}

func TestConditionalGet(t *testing.T) {
	srv := startServer(t)
	resp, _ := get(t, srv, "GET", "/v1/organisation", nil)
	etag, lm := resp.Header.Get("ETag"), resp.Header.Get("Last-Modified")
	if etag == "" || lm == "" {
		t.Fatalf("ETag %q, Last-Modified %q", etag, lm)
	}
	for _, tt := range []struct {
		hdr    map[string]string
		status int
	}{
		{map[string]string{"If-None-Match": etag}, 304},
		{map[string]string{"If-None-Match": `"other", ` + etag}, 304},
		{map[string]string{"If-None-Match": "*"}, 304},
		{map[string]string{"If-None-Match": `"other"`}, 200},
		{map[string]string{"If-None-Match": etag, "Accept-Language": "ar"}, 200}, // another representation
		{map[string]string{"If-Modified-Since": lm}, 304},
		{map[string]string{"If-Modified-Since": time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC).Format(http.TimeFormat)}, 200},
		{map[string]string{"If-Modified-Since": "garbage"}, 200},
	} {
		resp, b := get(t, srv, "GET", "/v1/organisation", tt.hdr)
		if resp.StatusCode != tt.status {
			t.Errorf("headers %v: status %d; want %d", tt.hdr, resp.StatusCode, tt.status)
		}
		if tt.status == 304 && len(b) != 0 {
			t.Errorf("headers %v: 304 with a body", tt.hdr)
		}
	}
	resp, b := get(t, srv, "HEAD", "/v1/members/KZ", nil)
	if resp.StatusCode != 200 || len(b) != 0 || resp.Header.Get("Content-Length") == "" {
		t.Errorf("HEAD: %d, body %q, length %q", resp.StatusCode, b, resp.Header.Get("Content-Length"))
	}
}

func TestRun(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	ready := make(chan string, 1)
	done := make(chan error, 1)
	go func() { done <- run(ctx, []string{"-addr", "127.0.0.1:0"}, io.Discard, ready) }()
	addr := <-ready
	resp, err := http.Get("http://" + addr + "/healthz")
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("healthz: %v, %v", resp, err)
	}
	resp.Body.Close()
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("run: %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("no shutdown")
	}
	if err := run(context.Background(), []string{"extra"}, io.Discard, nil); err == nil {
		t.Error("run accepted an extra argument")
	}
	if err := run(context.Background(), []string{"-bogus"}, io.Discard, nil); err == nil {
		t.Error("run accepted a bad flag")
	}
}

// FuzzHandler feeds arbitrary methods, targets and Accept-Language values
// to the handler: it must never panic, never answer 5xx or redirect, and
// answer either JSON, a problem of bounded size, the text of /healthz, or,
// outside /v1, a page or the stylesheet.
func FuzzHandler(f *testing.F) {
	for _, s := range []string{"/v1/members/KZ", "/v1/sessions/cfm/38?lang=ar", "/v1/timeline?from=2011&to=1990", "/v1/search?q=%D8%A7", "/%ff", "/v1/members?on=0000",
		"/v1/../../etc/passwd", "/v1/search?q=a;b", "/v1/search?q=%ZZ", "//v1/members", "/v1/sessions/cfm/+38"} {
		f.Add("GET", s, "ar")
	}
	f.Add("OPTIONS", "*", "")
	h := newHandler(slog.New(slog.DiscardHandler), testCache)
	f.Fuzz(func(t *testing.T, method, target, accept string) {
		u, err := url.ParseRequestURI(target)
		if err != nil || u.Host != "" {
			return
		}
		req := httptest.NewRequest("GET", "/", nil)
		req.Method = method
		req.URL = u
		req.RequestURI = target
		req.Header.Set("Accept-Language", accept)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		ctype := rec.Header().Get("Content-Type")
		switch {
		case rec.Code >= 500 || rec.Code >= 300 && rec.Code < 400 && rec.Code != 304:
			t.Errorf("%s %q: %d %s", method, target, rec.Code, rec.Body.String())
		case rec.Code >= 400 && (ctype != "application/problem+json" || rec.Body.Len() > 2048 && method != "HEAD"):
			t.Errorf("%s %q: %d %s, %d bytes", method, target, rec.Code, ctype, rec.Body.Len())
		case rec.Code == 200 && ctype != "application/json; charset=utf-8" && !(u.Path == "/healthz" && ctype == "text/plain; charset=utf-8") &&
			!(!isAPI(u.Path) && ctype == "text/html; charset=utf-8") && !(u.Path == "/style.css" && ctype == "text/css; charset=utf-8"):
			t.Errorf("%s %q: 200 %s", method, target, ctype)
		}
	})
}

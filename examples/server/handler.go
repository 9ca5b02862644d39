package main

import (
	"encoding/json"
	"log/slog"
	"net/http"
	"net/url"
	"path"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"github.com/kzoic/kzoic/examples/internal/view"
	"github.com/kzoic/kzoic/initiatives"
	"github.com/kzoic/kzoic/oic"
	"github.com/kzoic/kzoic/search/cldr"
	"github.com/kzoic/kzoic/timeline"
	"golang.org/x/text/language"
)

// Limits on what a request may carry. Over one of them, the service
// answers with a problem: 414 for the target, 431 for the header fields,
// 400 for the search text.
//
// net/http itself reads at most maxHeaderBytes, plus 4096 bytes of slack,
// of request line and header fields; beyond that it answers 431 on its
// own, in text/plain, before any handler runs. So a target or header over
// the service's limit gets a problem answer up to about 20 KiB, and
// net/http's short text/plain answer above.
const (
	maxTarget      = 4 << 10  // bytes of request target (path and query)
	maxHeader      = 8 << 10  // bytes of header fields, names and values
	maxHeaderBytes = 16 << 10 // http.Server.MaxHeaderBytes
	maxSearch      = 512      // bytes of search text, twice the longest name
)

// supported lists the languages of names, the first the default.
var supported = oic.Languages()

var matcher = language.NewMatcher(supported)

// lastModified is the data vintage as an HTTP date: the data cannot have
// changed since.
var lastModified = func() time.Time {
	v := oic.Vintage()
	return time.Date(v.Year, v.Month, v.Day, 0, 0, 0, 0, time.UTC)
}()

// A service is the handler of every endpoint. It answers each JSON
// endpoint from its cache of encoded responses.
type service struct {
	mux       *http.ServeMux
	cache     *cache
	spellings *spellings
}

// A route answers one JSON endpoint. It checks the request and returns
// the canonical key of the response (its resource and parameters in
// canonical form; the service adds the language) and a function that
// builds the value to encode. Requests with the same key get the same
// bytes, so the key must name everything the value depends on besides
// the language.
type route func(r *request) (key string, build func() any, err error)

// newHandler returns the service's handler, which logs each request to
// logger and keeps up to cacheBytes of encoded responses.
func newHandler(logger *slog.Logger, cacheBytes int64) http.Handler {
	return logRequests(logger, newService(cacheBytes))
}

// newService returns the service, keeping up to cacheBytes of encoded
// responses.
func newService(cacheBytes int64) *service {
	s := &service{mux: http.NewServeMux(), cache: newCache(cacheBytes, 16), spellings: newSpellings()}
	s.mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.RawQuery != "" {
			writeProblem(w, r, badRequest("/healthz takes no query parameters"))
			return
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Write([]byte("ok\n"))
	})
	s.handle("GET /v1/organisation", "on", organisation)
	s.handle("GET /v1/members", "on", members)
	s.handle("GET /v1/members/{code}", "on", member)
	s.handle("GET /v1/observers", "on", observers)
	s.handle("GET /v1/sessions", "kind", sessions)
	s.handle("GET /v1/sessions/{kind}/{id}", "", session)
	s.handle("GET /v1/bodies", "", bodies)
	s.handle("GET /v1/bodies/{acronym}", "", body)
	s.handle("GET /v1/offices", "on", offices)
	s.handle("GET /v1/documents", "", documents)
	s.handle("GET /v1/kazakhstan", "on", kazakhstan)
	s.handle("GET /v1/initiatives", "on", initiativeList)
	s.handle("GET /v1/initiatives/{id}", "on", initiative)
	s.handle("GET /v1/timeline", "from to topic country", timelineHandler)
	s.handle("GET /v1/search", "q", find)
	s.handle("GET /v1/openapi.json", "", func(r *request) (string, func() any, error) {
		return "openapi", func() any { return json.RawMessage(openapiJSON) }, nil
	})
	s.registerPages()
	s.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.writeError(w, r, notFound("no endpoint at %q", clip(r.URL.Path)))
	})
	return s
}

// ServeHTTP checks what every request must satisfy before it reaches the
// mux, so that the mux never answers on its own: http.ServeMux would
// redirect a path with "..", "." or "//" to its clean form (out of /v1
// for /v1/../../etc/passwd) and answer other methods in text/plain. A
// request spelled as one answered before is then served from the cache
// directly.
func (s *service) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if err := check(r); err != nil {
		if err.(*httpError).status == http.StatusMethodNotAllowed {
			w.Header().Set("Allow", "GET, HEAD")
		}
		s.writeError(w, r, err)
		return
	}
	if key := s.spellings.lookup(r.RequestURI, r.Header.Get("Accept-Language")); key != "" {
		if e := s.cache.lookup(key); e != nil {
			serveEntry(w, r, e)
			return
		}
	}
	s.mux.ServeHTTP(w, r)
}

// check returns the error for a request the service does not take
// whatever its path: over a limit, with another method than GET or HEAD,
// with content, or with a path that is not in clean form.
func check(r *http.Request) error {
	if n := len(r.RequestURI); n > maxTarget {
		return statusError(http.StatusRequestURITooLong, "request target of %d bytes: the limit is %d", n, maxTarget)
	}
	if n := headerSize(r); n > maxHeader {
		return statusError(http.StatusRequestHeaderFieldsTooLarge, "header fields of %d bytes: the limit is %d", n, maxHeader)
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		return statusError(http.StatusMethodNotAllowed, "method %q: only GET and HEAD are allowed", clip(r.Method))
	}
	if r.ContentLength != 0 {
		return badRequest("a %s request has no content", r.Method)
	}
	if r.RequestURI == "*" {
		return badRequest("request target *: only OPTIONS takes it")
	}
	if p := r.URL.Path; p == "" || p[0] != '/' || path.Clean(p) != p {
		return notFound("no endpoint at %q: paths have no \".\", \"..\" or empty segments and no final slash", clip(p))
	}
	return nil
}

// headerSize returns about how many bytes the header fields of r took on
// the wire.
func headerSize(r *http.Request) int {
	n := len("Host: \r\n") + len(r.Host)
	for k, vs := range r.Header {
		for _, v := range vs {
			n += len(k) + len(": \r\n") + len(v)
		}
	}
	return n
}

// handle registers the route h for pattern. It takes the query parameters
// named in params, and lang.
func (s *service) handle(pattern, params string, h route) {
	names := append(strings.Fields(params), "lang")
	s.mux.HandleFunc(pattern, func(w http.ResponseWriter, hr *http.Request) {
		r, err := newRequest(hr, names)
		if err != nil {
			writeProblem(w, hr, err)
			return
		}
		key, build, err := h(r)
		if err != nil {
			writeProblem(w, hr, err)
			return
		}
		key += " " + languageHeaders[r.lang][0]
		e, err := s.cache.get(key, r.lang, func() ([]byte, error) {
			b, err := json.Marshal(build())
			if err != nil {
				return nil, statusError(http.StatusInternalServerError, "encoding the response: %v", err)
			}
			return append(b, '\n'), nil
		})
		if err != nil {
			writeProblem(w, hr, err)
			return
		}
		s.spellings.remember(hr.RequestURI, hr.Header.Get("Accept-Language"), key)
		serveEntry(w, hr, e)
	})
}

// Header values shared by every response. serveEntry assigns them to the
// header map directly, under keys in canonical form ("Etag", not "ETag"),
// rather than through Header.Set, which would allocate for each; net/http
// copies the header before writing it, and nothing appends to these
// slices in place (their capacity is their length).
var (
	lastModifiedHeader = []string{lastModified.Format(http.TimeFormat)}
	varyHeader         = []string{"Accept-Language"}
	cacheControlHeader = []string{"public, max-age=3600"}
	jsonHeader         = []string{"application/json; charset=utf-8"}
	languageHeaders    = func() [][]string {
		h := make([][]string, len(supported))
		for i, t := range supported {
			h[i] = []string{t.String()}
		}
		return h
	}()
)

// serveEntry writes the stored response e, or 304 Not Modified when the
// client's copy is current.
func serveEntry(w http.ResponseWriter, r *http.Request, e *entry) {
	h := w.Header()
	h["Etag"] = e.etagHeader
	h["Last-Modified"] = lastModifiedHeader
	h["Content-Language"] = languageHeaders[e.lang]
	h["Vary"] = varyHeader
	h["Cache-Control"] = cacheControlHeader
	if notModified(r, e.etag) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	h["Content-Type"] = e.ctype
	if e.ctype[0] == htmlHeader[0] {
		h["Content-Security-Policy"] = cspHeader
		h["X-Content-Type-Options"] = nosniff
	}
	h["Content-Length"] = e.lengthHeader
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		w.Write(e.body)
	}
}

// notModified reports whether the client's copy is current: If-None-Match
// takes precedence over If-Modified-Since (RFC 9110, section 13.2.2).
func notModified(r *http.Request, etag string) bool {
	if inm := r.Header.Values("If-None-Match"); len(inm) > 0 {
		for _, list := range inm {
			for list != "" {
				var t string
				t, list, _ = strings.Cut(list, ",")
				t = strings.TrimSpace(t)
				if t == "*" || strings.TrimPrefix(t, "W/") == etag {
					return true
				}
			}
		}
		return false
	}
	if ims := r.Header.Get("If-Modified-Since"); ims != "" {
		if t, err := http.ParseTime(ims); err == nil && !lastModified.After(t) {
			return true
		}
	}
	return false
}

// statusWriter records the status a handler wrote, for the log.
type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(status int) {
	w.status = status
	w.ResponseWriter.WriteHeader(status)
}

// logRequests logs each request to logger at level Info, unless the
// logger would drop it.
func logRequests(logger *slog.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !logger.Enabled(r.Context(), slog.LevelInfo) {
			next.ServeHTTP(w, r)
			return
		}
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(sw, r)
		logger.LogAttrs(r.Context(), slog.LevelInfo, "request",
			slog.String("method", clip(r.Method)), slog.String("path", clip(r.URL.Path)), slog.String("query", clip(r.URL.RawQuery)),
			slog.Int("status", sw.status), slog.Duration("duration", time.Since(start)))
	})
}

// A param is one query parameter, decoded.
type param struct{ name, value string }

// parseQuery decodes a query string strictly: a semicolon, a bad
// percent escape or text that is not UTF-8 makes it malformed.
func parseQuery(raw string) ([]param, error) {
	var ps []param
	for part := range strings.SplitSeq(raw, "&") {
		if part == "" {
			continue
		}
		if strings.Contains(part, ";") {
			return nil, badRequest("malformed query string: %q: parameters are separated by &, not ;", clip(part))
		}
		name, value, _ := strings.Cut(part, "=")
		name, err := url.QueryUnescape(name)
		if err != nil {
			return nil, badRequest("malformed query string: %v", err)
		}
		value, err = url.QueryUnescape(value)
		if err != nil {
			return nil, badRequest("malformed query string: parameter %q: %v", clip(name), err)
		}
		if !utf8.ValidString(name) || !utf8.ValidString(value) {
			return nil, badRequest("malformed query string: parameter %q is not UTF-8 text", clip(name))
		}
		ps = append(ps, param{name, value})
	}
	return ps, nil
}

// request is what a route needs from an HTTP request: the query,
// checked, and the language of names.
type request struct {
	*http.Request
	params []param
	lang   int // index in supported
}

// newRequest checks the query of r, which may hold each parameter in
// names once and no other, none of them empty, and negotiates the
// language.
func newRequest(r *http.Request, names []string) (*request, error) {
	ps, err := parseQuery(r.URL.RawQuery)
	if err != nil {
		return nil, err
	}
	for i, p := range ps {
		switch {
		case !slices.Contains(names, p.name):
			return nil, badRequest("query parameter %q: this endpoint takes only %s", clip(p.name), strings.Join(names, ", "))
		case slices.ContainsFunc(ps[:i], func(q param) bool { return q.name == p.name }):
			return nil, badRequest("query parameter %s: given more than once", p.name)
		case strings.TrimSpace(p.value) == "":
			return nil, badRequest("query parameter %s is empty", p.name)
		}
	}
	req := &request{Request: r, params: ps}
	if req.lang, err = negotiate(req); err != nil {
		return nil, err
	}
	return req, nil
}

// get returns the query parameter name, or "" when the query lacks it.
func (r *request) get(name string) string {
	for _, p := range r.params {
		if p.name == name {
			return p.value
		}
	}
	return ""
}

// tag returns the language of names.
func (r *request) tag() language.Tag { return supported[r.lang] }

// date reads the query parameter name as a date, or returns def.
func (r *request) date(name string, def oic.Date) (oic.Date, error) {
	s := r.get(name)
	if s == "" {
		return def, nil
	}
	d, err := oic.ParseDate(s)
	if err != nil || d.Bound != oic.On {
		return oic.Date{}, badRequest("query parameter %s=%q: want a date as YYYY, YYYY-MM or YYYY-MM-DD", name, clip(s))
	}
	return d, nil
}

// negotiate picks the language of names: ?lang= first, then
// Accept-Language; a malformed Accept-Language counts as none.
func negotiate(r *request) (int, error) {
	if s := r.get("lang"); s != "" {
		return langParams.lookup(s, func() (int, error) {
			t, err := language.Parse(s)
			if err != nil {
				return 0, badRequest("query parameter lang=%q: want a BCP 47 language tag such as ar or fr-SN", clip(s))
			}
			_, i, _ := matcher.Match(t)
			return i, nil
		})
	}
	accept := r.Header.Get("Accept-Language")
	return acceptHeaders.lookup(accept, func() (int, error) {
		tags, _, err := language.ParseAcceptLanguage(accept)
		if err != nil || len(tags) == 0 {
			return 0, nil
		}
		_, i, _ := matcher.Match(tags...)
		return i, nil
	})
}

// Clients send few distinct Accept-Language values and lang parameters:
// these remember the language negotiated for each, so that it is parsed
// and matched once.
var acceptHeaders, langParams negotiated

// negotiated remembers the languages negotiated for up to maxNegotiated
// texts of up to maxNegotiatedText bytes each; it is safe for concurrent
// use.
type negotiated struct {
	m sync.Map // text → index in supported
	n atomic.Int32
}

const (
	maxNegotiated     = 1024
	maxNegotiatedText = 256
)

// lookup returns the language remembered for text, or calls negotiate and
// remembers its answer when there is room and it is not an error.
func (m *negotiated) lookup(text string, negotiate func() (int, error)) (int, error) {
	if i, ok := m.m.Load(text); ok {
		return i.(int), nil
	}
	i, err := negotiate()
	if err == nil && len(text) <= maxNegotiatedText && m.n.Load() < maxNegotiated {
		if _, loaded := m.m.LoadOrStore(text, i); !loaded {
			m.n.Add(1)
		}
	}
	return i, err
}

// list returns s, or an empty slice for nil, so that it encodes as [].
func list[S ~[]E, E any](s S) S {
	if s == nil {
		return S{}
	}
	return s
}

func organisation(r *request) (string, func() any, error) {
	on, err := r.date("on", oic.Vintage())
	if err != nil {
		return "", nil, err
	}
	return "organisation " + on.String(), func() any { return view.OrganisationOn(on, r.tag()) }, nil
}

func countries(r *request, name string, seq func(oic.Date) func(func(oic.Country) bool)) (string, func() any, error) {
	on, err := r.date("on", oic.Vintage())
	if err != nil {
		return "", nil, err
	}
	return name + " " + on.String(), func() any {
		out := []view.Country{}
		for c := range seq(on) {
			out = append(out, view.CountryOf(c, on, r.tag(), false))
		}
		return out
	}, nil
}

func members(r *request) (string, func() any, error) {
	return countries(r, "members", func(d oic.Date) func(func(oic.Country) bool) { return oic.MembersOn(d) })
}

func observers(r *request) (string, func() any, error) {
	return countries(r, "observers", func(d oic.Date) func(func(oic.Country) bool) { return oic.ObserversOn(d) })
}

func member(r *request) (string, func() any, error) {
	code := r.PathValue("code")
	c, err := oic.ParseCountry(code)
	if err != nil {
		return "", nil, notFound("no member or observer state with code %q (want an ISO 3166-1 alpha-2 or alpha-3 code, such as KZ or KAZ)", clip(code))
	}
	on, err := r.date("on", oic.Vintage())
	if err != nil {
		return "", nil, err
	}
	return "member " + c.Key() + " " + on.String(), func() any { return view.CountryOf(c, on, r.tag(), true) }, nil
}

const sessionKinds = "summit, extraordinary-summit, cfm, extraordinary-cfm, science-summit, executive-committee"

func sessions(r *request) (string, func() any, error) {
	var k oic.SessionKind
	if s := r.get("kind"); s != "" {
		var err error
		if k, err = oic.ParseSessionKind(s); err != nil {
			return "", nil, badRequest("query parameter kind=%q: want one of %s", clip(s), sessionKinds)
		}
	}
	return "sessions " + k.String(), func() any {
		out := []view.Session{}
		for s := range oic.Sessions(k) {
			out = append(out, view.SessionOf(s, r.tag(), false))
		}
		return out
	}, nil
}

// session serves one session, by kind and number (/v1/sessions/cfm/38) or,
// for a session without a number, by kind and first day
// (/v1/sessions/extraordinary-summit/2024-11-11). A number has only
// ASCII digits, the first not 0; a day is YYYY-MM-DD.
func session(r *request) (string, func() any, error) {
	kind, id := r.PathValue("kind"), r.PathValue("id")
	if _, err := oic.ParseSessionKind(kind); err != nil {
		return "", nil, badRequest("session kind %q: want one of %s", clip(kind), sessionKinds)
	}
	if !isNumber(id) && !isDay(id) {
		return "", nil, badRequest("session %q: want a number without sign or leading zero, or a date YYYY-MM-DD", clip(id))
	}
	s, err := oic.ParseSession(kind + " " + id)
	if err != nil {
		return "", nil, notFound("no %s session %s", kind, clip(id))
	}
	return "session " + s.String(), func() any { return view.SessionOf(s, r.tag(), true) }, nil
}

// isNumber reports whether s is a positive decimal number in ASCII digits
// without a sign or a leading zero.
func isNumber(s string) bool {
	if s == "" || s[0] == '0' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// isDay reports whether s is a date YYYY-MM-DD that exists.
func isDay(s string) bool {
	d, err := oic.ParseDate(s)
	return err == nil && d.Bound == oic.On && d.Precision() == oic.PrecisionDay
}

func bodies(r *request) (string, func() any, error) {
	return "bodies", func() any {
		out := []view.Body{}
		for b := range oic.Bodies(0) {
			out = append(out, view.BodyOf(b, r.tag(), false))
		}
		return out
	}, nil
}

func body(r *request) (string, func() any, error) {
	a := r.PathValue("acronym")
	b, ok := oic.LookupBody(a)
	if !ok {
		return "", nil, notFound("no body with acronym or key %q", clip(a))
	}
	return "body " + b.Key(), func() any { return view.BodyOf(b, r.tag(), true) }, nil
}

func offices(r *request) (string, func() any, error) {
	on, err := r.date("on", oic.Vintage())
	if err != nil {
		return "", nil, err
	}
	return "offices " + on.String(), func() any { return list(view.Offices(on, r.tag())) }, nil
}

func documents(r *request) (string, func() any, error) {
	return "documents", func() any { return list(view.Documents(r.tag())) }, nil
}

func kazakhstan(r *request) (string, func() any, error) {
	on, err := r.date("on", oic.Vintage())
	if err != nil {
		return "", nil, err
	}
	return "kazakhstan " + on.String(), func() any { return view.KazakhstanOn(on) }, nil
}

func initiativeList(r *request) (string, func() any, error) {
	on, err := r.date("on", oic.Vintage())
	if err != nil {
		return "", nil, err
	}
	return "initiatives " + on.String(), func() any {
		out := []view.Initiative{}
		for in := range initiatives.All() {
			out = append(out, view.InitiativeOf(in, on, r.tag(), false))
		}
		return out
	}, nil
}

func initiative(r *request) (string, func() any, error) {
	id := r.PathValue("id")
	in, ok := initiatives.Lookup(id)
	if !ok {
		return "", nil, notFound("no initiative %q (want iofs, rapprochement, triple-i, oic-15 or sti-summit)", clip(id))
	}
	on, err := r.date("on", oic.Vintage())
	if err != nil {
		return "", nil, err
	}
	return "initiative " + in.Key() + " " + on.String(), func() any { return view.InitiativeOf(in, on, r.tag(), true) }, nil
}

// event is the JSON form of a timeline event.
type event struct {
	Date      oic.Date       `json:"date"`
	End       oic.Date       `json:"end,omitzero"`
	Topic     timeline.Topic `json:"topic"`
	Title     string         `json:"title"`
	Countries []oic.Country  `json:"countries,omitempty"`
	Ref       timeline.Ref   `json:"ref"`
}

func timelineHandler(r *request) (string, func() any, error) {
	from, err := r.date("from", oic.Date{Year: 1})
	if err != nil {
		return "", nil, err
	}
	to, err := r.date("to", oic.Vintage())
	if err != nil {
		return "", nil, err
	}
	var topic timeline.Topic
	if s := r.get("topic"); s != "" {
		if topic, err = timeline.ParseTopic(s); err != nil {
			return "", nil, badRequest("query parameter topic=%q: want one of %s", clip(s), strings.Join(topicNames(), ", "))
		}
	}
	var country oic.Country
	if s := r.get("country"); s != "" {
		if country, err = oic.ParseCountry(s); err != nil {
			return "", nil, badRequest("query parameter country=%q: want the ISO code of a member or observer state", clip(s))
		}
	}
	key := "timeline " + from.String() + " " + to.String() + " " + topic.String() + " " + country.Key()
	return key, func() any {
		out := []event{}
		for e := range timeline.Between(from, to) {
			if (topic != 0 && e.Topic != topic) || (country.IsValid() && !e.Involves(country)) {
				continue
			}
			out = append(out, event{Date: e.Date, End: e.End, Topic: e.Topic, Title: e.Title.In(r.tag()), Countries: e.Countries(), Ref: e.Ref})
		}
		return out
	}, nil
}

func topicNames() []string {
	var names []string
	for t := range timeline.Topics() {
		names = append(names, t.String())
	}
	return names
}

func find(r *request) (string, func() any, error) {
	q := r.get("q")
	switch {
	case q == "":
		return "", nil, badRequest("query parameter q is missing: want the text to search for")
	case len(q) > maxSearch:
		return "", nil, badRequest("query parameter q: %d bytes of text; the limit is %d", len(q), maxSearch)
	}
	return "search " + q, func() any { return list(cldr.Find(q)) }, nil
}

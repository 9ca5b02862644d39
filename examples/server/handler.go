package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/kzoic/kzoic/examples/internal/view"
	"github.com/kzoic/kzoic/initiatives"
	"github.com/kzoic/kzoic/oic"
	"github.com/kzoic/kzoic/search"
	"github.com/kzoic/kzoic/timeline"
	"golang.org/x/text/language"
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

// A problem is an RFC 9457 problem detail.
type problem struct {
	Type     string `json:"type"`
	Title    string `json:"title"`
	Status   int    `json:"status"`
	Detail   string `json:"detail"`
	Instance string `json:"instance"`
}

// httpError is an error that carries its HTTP status.
type httpError struct {
	status int
	detail string
}

func (e *httpError) Error() string { return e.detail }

func badRequest(format string, a ...any) error {
	return &httpError{http.StatusBadRequest, fmt.Sprintf(format, a...)}
}

func notFound(format string, a ...any) error {
	return &httpError{http.StatusNotFound, fmt.Sprintf(format, a...)}
}

// request is what a handler needs from an HTTP request: the language of
// names and the query.
type request struct {
	*http.Request
	lang language.Tag
}

// date reads the query parameter name as a date, or returns def.
func (r request) date(name string, def oic.Date) (oic.Date, error) {
	s := r.URL.Query().Get(name)
	if s == "" {
		return def, nil
	}
	d, err := oic.ParseDate(s)
	if err != nil {
		return oic.Date{}, badRequest("query parameter %s=%q: want a date as YYYY, YYYY-MM or YYYY-MM-DD (%v)", name, s, err)
	}
	return d, nil
}

type handlerFunc func(request) (any, error)

// newHandler returns the service's handler, which logs each request to
// logger.
func newHandler(logger *slog.Logger) http.Handler {
	mux := http.NewServeMux()
	handle := func(pattern string, h handlerFunc) {
		mux.Handle(pattern, serveJSON(h))
	}
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Write([]byte("ok\n"))
	})
	handle("GET /v1/organisation", organisation)
	handle("GET /v1/members", members)
	handle("GET /v1/members/{code}", member)
	handle("GET /v1/observers", observers)
	handle("GET /v1/sessions", sessions)
	handle("GET /v1/sessions/{kind}/{id}", session)
	handle("GET /v1/bodies", bodies)
	handle("GET /v1/bodies/{acronym}", body)
	handle("GET /v1/offices", offices)
	handle("GET /v1/documents", documents)
	handle("GET /v1/kazakhstan", kazakhstan)
	handle("GET /v1/initiatives", initiativeList)
	handle("GET /v1/initiatives/{id}", initiative)
	handle("GET /v1/timeline", timelineHandler)
	handle("GET /v1/search", find)
	mux.Handle("/", serveJSON(func(r request) (any, error) {
		return nil, notFound("no endpoint at %q", r.URL.Path)
	}))
	return logRequests(logger, onlyGet(mux))
}

// onlyGet answers methods other than GET and HEAD with a 405 problem.
func onlyGet(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			writeProblem(w, r, &httpError{http.StatusMethodNotAllowed, fmt.Sprintf("method %s: only GET and HEAD are allowed", r.Method)})
			return
		}
		next.ServeHTTP(w, r)
	})
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

func logRequests(logger *slog.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(sw, r)
		logger.LogAttrs(r.Context(), slog.LevelInfo, "request",
			slog.String("method", r.Method), slog.String("path", r.URL.Path), slog.String("query", r.URL.RawQuery),
			slog.Int("status", sw.status), slog.Duration("duration", time.Since(start)))
	})
}

// negotiate picks the language of names: ?lang= first, then
// Accept-Language.
func negotiate(r *http.Request) (language.Tag, error) {
	if s := r.URL.Query().Get("lang"); s != "" {
		t, err := language.Parse(s)
		if err != nil {
			return language.Und, badRequest("query parameter lang=%q: want a BCP 47 language tag such as ar or fr-SN", s)
		}
		_, i, _ := matcher.Match(t)
		return supported[i], nil
	}
	tags, _, err := language.ParseAcceptLanguage(r.Header.Get("Accept-Language"))
	if err != nil || len(tags) == 0 {
		return supported[0], nil
	}
	_, i, _ := matcher.Match(tags...)
	return supported[i], nil
}

// serveJSON adapts a handlerFunc: it negotiates the language, answers
// conditional requests, and writes the result or the error.
func serveJSON(h handlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		lang, err := negotiate(r)
		if err != nil {
			writeProblem(w, r, err)
			return
		}
		v, err := h(request{r, lang})
		if err != nil {
			writeProblem(w, r, err)
			return
		}
		etag := `"` + oic.DataVersion + "-" + lang.String() + `"`
		hdr := w.Header()
		hdr.Set("ETag", etag)
		hdr.Set("Last-Modified", lastModified.Format(http.TimeFormat))
		hdr.Set("Content-Language", lang.String())
		hdr.Set("Vary", "Accept-Language")
		hdr.Set("Cache-Control", "public, max-age=3600")
		if notModified(r, etag) {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		b, err := json.Marshal(v)
		if err != nil {
			writeProblem(w, r, &httpError{http.StatusInternalServerError, "encoding the response: " + err.Error()})
			return
		}
		hdr.Set("Content-Type", "application/json; charset=utf-8")
		hdr.Set("Content-Length", strconv.Itoa(len(b)+1))
		w.WriteHeader(http.StatusOK)
		if r.Method != http.MethodHead {
			w.Write(append(b, '\n'))
		}
	})
}

// notModified reports whether the client's copy is current: If-None-Match
// takes precedence over If-Modified-Since (RFC 9110, section 13.2.2).
func notModified(r *http.Request, etag string) bool {
	if inm := r.Header.Get("If-None-Match"); inm != "" {
		for _, t := range strings.Split(inm, ",") {
			t = strings.TrimSpace(t)
			if t == "*" || strings.TrimPrefix(t, "W/") == etag {
				return true
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

func writeProblem(w http.ResponseWriter, r *http.Request, err error) {
	he, ok := err.(*httpError)
	if !ok {
		he = &httpError{http.StatusInternalServerError, err.Error()}
	}
	p := problem{
		Type:     "about:blank",
		Title:    http.StatusText(he.status),
		Status:   he.status,
		Detail:   he.detail,
		Instance: r.URL.RequestURI(),
	}
	b, _ := json.Marshal(p)
	w.Header().Set("Content-Type", "application/problem+json")
	w.Header().Set("Content-Length", strconv.Itoa(len(b)+1))
	w.WriteHeader(he.status)
	if r.Method != http.MethodHead {
		w.Write(append(b, '\n'))
	}
}

func organisation(r request) (any, error) {
	on, err := r.date("on", oic.Vintage())
	if err != nil {
		return nil, err
	}
	return view.OrganisationOn(on, r.lang), nil
}

func countries(r request, seq func(oic.Date) func(func(oic.Country) bool)) (any, error) {
	on, err := r.date("on", oic.Vintage())
	if err != nil {
		return nil, err
	}
	out := []view.Country{}
	for c := range seq(on) {
		out = append(out, view.CountryOf(c, on, r.lang, false))
	}
	return out, nil
}

func members(r request) (any, error) {
	return countries(r, func(d oic.Date) func(func(oic.Country) bool) { return oic.MembersOn(d) })
}

func observers(r request) (any, error) {
	return countries(r, func(d oic.Date) func(func(oic.Country) bool) { return oic.ObserversOn(d) })
}

func member(r request) (any, error) {
	code := r.PathValue("code")
	c, err := oic.ParseCountry(code)
	if err != nil {
		return nil, notFound("no member or observer state with code %q (want an ISO 3166-1 alpha-2 or alpha-3 code, such as KZ or KAZ)", code)
	}
	on, err := r.date("on", oic.Vintage())
	if err != nil {
		return nil, err
	}
	return view.CountryOf(c, on, r.lang, true), nil
}

func sessions(r request) (any, error) {
	var k oic.SessionKind
	if s := r.URL.Query().Get("kind"); s != "" {
		var err error
		if k, err = oic.ParseSessionKind(s); err != nil {
			return nil, badRequest("query parameter kind=%q: want one of summit, extraordinary-summit, cfm, extraordinary-cfm, science-summit", s)
		}
	}
	out := []view.Session{}
	for s := range oic.Sessions(k) {
		out = append(out, view.SessionOf(s, r.lang, false))
	}
	return out, nil
}

// session serves one session, by kind and number (/v1/sessions/cfm/38) or,
// for a session without a number, by kind and first day
// (/v1/sessions/extraordinary-summit/2024-11-11).
func session(r request) (any, error) {
	kind, id := r.PathValue("kind"), r.PathValue("id")
	if _, err := oic.ParseSessionKind(kind); err != nil {
		return nil, badRequest("session kind %q: want one of summit, extraordinary-summit, cfm, extraordinary-cfm, science-summit", kind)
	}
	s, err := oic.ParseSession(kind + " " + id)
	switch {
	case errors.Is(err, oic.ErrSyntax):
		return nil, badRequest("session %q: want a number without sign or leading zero, or a date YYYY-MM-DD", id)
	case err != nil:
		return nil, notFound("no %s session %s", kind, id)
	}
	return view.SessionOf(s, r.lang, true), nil
}

func bodies(r request) (any, error) {
	out := []view.Body{}
	for b := range oic.Bodies(0) {
		out = append(out, view.BodyOf(b, r.lang, false))
	}
	return out, nil
}

func body(r request) (any, error) {
	a := r.PathValue("acronym")
	b, ok := oic.LookupBody(a)
	if !ok {
		return nil, notFound("no body with acronym or key %q", a)
	}
	return view.BodyOf(b, r.lang, true), nil
}

func offices(r request) (any, error) {
	on, err := r.date("on", oic.Vintage())
	if err != nil {
		return nil, err
	}
	return view.Offices(on, r.lang), nil
}

func documents(r request) (any, error) { return view.Documents(r.lang), nil }

func kazakhstan(r request) (any, error) {
	on, err := r.date("on", oic.Vintage())
	if err != nil {
		return nil, err
	}
	return view.KazakhstanOn(on), nil
}

func initiativeList(r request) (any, error) {
	on, err := r.date("on", oic.Vintage())
	if err != nil {
		return nil, err
	}
	out := []view.Initiative{}
	for in := range initiatives.All() {
		out = append(out, view.InitiativeOf(in, on, r.lang, false))
	}
	return out, nil
}

func initiative(r request) (any, error) {
	id := r.PathValue("id")
	in, ok := initiatives.Lookup(id)
	if !ok {
		return nil, notFound("no initiative %q (want iofs, rapprochement, triple-i, oic-15 or sti-summit)", id)
	}
	on, err := r.date("on", oic.Vintage())
	if err != nil {
		return nil, err
	}
	return view.InitiativeOf(in, on, r.lang, true), nil
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

func timelineHandler(r request) (any, error) {
	from, err := r.date("from", oic.Date{Year: 1})
	if err != nil {
		return nil, err
	}
	to, err := r.date("to", oic.Vintage())
	if err != nil {
		return nil, err
	}
	var topic timeline.Topic
	if s := r.URL.Query().Get("topic"); s != "" {
		if topic, err = timeline.ParseTopic(s); err != nil {
			return nil, badRequest("query parameter topic=%q: want one of %s", s, strings.Join(topicNames(), ", "))
		}
	}
	var country oic.Country
	if s := r.URL.Query().Get("country"); s != "" {
		if country, err = oic.ParseCountry(s); err != nil {
			return nil, badRequest("query parameter country=%q: want the ISO code of a member or observer state", s)
		}
	}
	out := []event{}
	for e := range timeline.Between(from, to) {
		if (topic != 0 && e.Topic != topic) || (country.IsValid() && !e.Involves(country)) {
			continue
		}
		out = append(out, event{Date: e.Date, End: e.End, Topic: e.Topic, Title: e.Title.In(r.lang), Countries: e.Countries(), Ref: e.Ref})
	}
	return out, nil
}

func topicNames() []string {
	var names []string
	for t := range timeline.Topics() {
		names = append(names, t.String())
	}
	return names
}

func find(r request) (any, error) {
	q := r.URL.Query().Get("q")
	if strings.TrimSpace(q) == "" {
		return nil, badRequest("query parameter q: want the text to search for")
	}
	res := search.Find(q)
	return slices.Concat([]search.Result{}, res), nil
}

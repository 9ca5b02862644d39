package main

import (
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"mime"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/kzoic/kzoic/initiatives"
	"github.com/kzoic/kzoic/oic"
	"github.com/kzoic/kzoic/timeline"
)

// openapiJSON is the OpenAPI 3.1 description of the JSON API, served at
// /v1/openapi.json.
//
//go:embed openapi.json
var openapiJSON []byte

// A pageRoute answers one page. Like a route, it checks the request and
// returns the canonical key of the page (its path and parameters in
// canonical form, without the language) and a function that fills the
// page; it also returns the page's query in canonical form, for its links
// to itself in other languages.
type pageRoute func(r *request) (key, query string, build func(pg *page), err error)

// Header values of the pages and of the stylesheet.
var (
	htmlHeader = []string{"text/html; charset=utf-8"}
	cssHeader  = []string{"text/css; charset=utf-8"}
	// cspHeader allows the pages nothing but their own stylesheet and
	// forms: no script, no frame, no other origin.
	cspHeader = []string{"default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"}
	nosniff   = []string{"nosniff"}
)

// registerPages adds the pages and the stylesheet to the service's mux.
func (s *service) registerPages() {
	s.page("GET /{$}", "on", func(r *request) (string, string, func(*page), error) {
		on, err := r.date("on", oic.Vintage())
		if err != nil {
			return "", "", nil, err
		}
		return "overview " + on.String(), onQuery(on), func(pg *page) { pg.on = on; overviewPage(pg) }, nil
	})
	s.page("GET /members", "on", func(r *request) (string, string, func(*page), error) {
		on, err := r.date("on", oic.Vintage())
		if err != nil {
			return "", "", nil, err
		}
		return "members " + on.String(), onQuery(on), func(pg *page) { pg.on = on; membersPage(pg) }, nil
	})
	s.page("GET /members/{code}", "on", func(r *request) (string, string, func(*page), error) {
		c, err := oic.ParseCountry(r.PathValue("code"))
		if err != nil {
			return "", "", nil, notFound("no member or observer state with code %q (want an ISO 3166-1 alpha-2 or alpha-3 code, such as KZ or KAZ)", clip(r.PathValue("code")))
		}
		on, err := r.date("on", oic.Vintage())
		if err != nil {
			return "", "", nil, err
		}
		return "member " + c.Key() + " " + on.String(), onQuery(on), func(pg *page) { pg.on = on; pg.path = "/members/" + c.Key(); memberPage(pg, c) }, nil
	})
	s.page("GET /sessions", "kind", func(r *request) (string, string, func(*page), error) {
		var k oic.SessionKind
		if v := r.get("kind"); v != "" {
			var err error
			if k, err = oic.ParseSessionKind(v); err != nil {
				return "", "", nil, badRequest("query parameter kind=%q: want one of %s", clip(v), sessionKinds)
			}
		}
		q := ""
		if k != 0 {
			q = "kind=" + k.String()
		}
		return "sessions " + k.String(), q, func(pg *page) { sessionsPage(pg, k) }, nil
	})
	s.page("GET /sessions/{kind}/{id}", "", func(r *request) (string, string, func(*page), error) {
		kind, id := r.PathValue("kind"), r.PathValue("id")
		if _, err := oic.ParseSessionKind(kind); err != nil {
			return "", "", nil, notFound("no kind of session %q (want one of %s)", clip(kind), sessionKinds)
		}
		if d, err := oic.ParseDate(id); !isNumber(id) && (err != nil || d.Bound != oic.On) {
			return "", "", nil, notFound("no session %q: want a number without sign or leading zero, or a date YYYY, YYYY-MM or YYYY-MM-DD", clip(id))
		}
		ses, err := oic.ParseSession(kind + " " + id)
		if err != nil {
			return "", "", nil, notFound("no %s session %s", clip(kind), clip(id))
		}
		return "session " + ses.String(), "", func(pg *page) { pg.path = sessionPath(ses); sessionPage(pg, ses) }, nil
	})
	s.page("GET /bodies", "", func(r *request) (string, string, func(*page), error) {
		return "bodies", "", bodiesPage, nil
	})
	s.page("GET /bodies/{key}", "", func(r *request) (string, string, func(*page), error) {
		b, ok := oic.LookupBody(r.PathValue("key"))
		if !ok {
			return "", "", nil, notFound("no body with acronym or key %q", clip(r.PathValue("key")))
		}
		return "body " + b.Key(), "", func(pg *page) { pg.path = "/bodies/" + b.Key(); bodyPage(pg, b) }, nil
	})
	s.page("GET /offices", "on", func(r *request) (string, string, func(*page), error) {
		on, err := r.date("on", oic.Vintage())
		if err != nil {
			return "", "", nil, err
		}
		return "offices " + on.String(), onQuery(on), func(pg *page) { pg.on = on; officesPage(pg) }, nil
	})
	s.page("GET /documents", "", func(r *request) (string, string, func(*page), error) {
		return "documents", "", documentsPage, nil
	})
	s.page("GET /initiatives", "on", func(r *request) (string, string, func(*page), error) {
		on, err := r.date("on", oic.Vintage())
		if err != nil {
			return "", "", nil, err
		}
		return "initiatives " + on.String(), onQuery(on), func(pg *page) { pg.on = on; initiativesPage(pg) }, nil
	})
	s.page("GET /initiatives/{id}", "on", func(r *request) (string, string, func(*page), error) {
		in, ok := initiatives.Lookup(r.PathValue("id"))
		if !ok {
			return "", "", nil, notFound("no initiative %q (want iofs, rapprochement, triple-i, oic-15 or sti-summit)", clip(r.PathValue("id")))
		}
		on, err := r.date("on", oic.Vintage())
		if err != nil {
			return "", "", nil, err
		}
		return "initiative " + in.Key() + " " + on.String(), onQuery(on), func(pg *page) { pg.on = on; pg.path = "/initiatives/" + in.Key(); initiativePage(pg, in) }, nil
	})
	s.page("GET /timeline", "from to topic country", func(r *request) (string, string, func(*page), error) {
		var f timelineFilter
		var err error
		if f.from, err = r.date("from", oic.Date{}); err != nil {
			return "", "", nil, err
		}
		if f.to, err = r.date("to", oic.Date{}); err != nil {
			return "", "", nil, err
		}
		if v := r.get("topic"); v != "" {
			if f.topic, err = timeline.ParseTopic(v); err != nil {
				return "", "", nil, badRequest("query parameter topic=%q: want one of %s", clip(v), strings.Join(topicNames(), ", "))
			}
		}
		if v := r.get("country"); v != "" {
			if f.country, err = oic.ParseCountry(v); err != nil {
				return "", "", nil, badRequest("query parameter country=%q: want the ISO code of a member or observer state", clip(v))
			}
		}
		var q []string
		if !f.from.IsZero() {
			q = append(q, "from="+f.from.String())
		}
		if !f.to.IsZero() {
			q = append(q, "to="+f.to.String())
		}
		if f.topic != 0 {
			q = append(q, "topic="+f.topic.String())
		}
		if f.country.IsValid() {
			q = append(q, "country="+f.country.Key())
		}
		query := strings.Join(q, "&")
		return "timeline " + query, query, func(pg *page) { timelinePage(pg, f) }, nil
	})
	s.page("GET /search", "q", func(r *request) (string, string, func(*page), error) {
		q := strings.TrimSpace(r.get("q"))
		if len(q) > maxSearch {
			return "", "", nil, badRequest("query parameter q: %d bytes of text; the limit is %d", len(q), maxSearch)
		}
		query := ""
		if q != "" {
			query = "q=" + url.QueryEscape(q)
		}
		return "search " + q, query, func(pg *page) { searchPage(pg, q) }, nil
	})
	sum := sha256.Sum256(stylesheet)
	cssETag := []string{`"` + base64.RawURLEncoding.EncodeToString(sum[:12]) + `"`}
	cssLength := []string{strconv.Itoa(len(stylesheet))}
	s.mux.HandleFunc("GET /style.css", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.RawQuery != "" {
			s.writeError(w, r, badRequest("/style.css takes no query parameters"))
			return
		}
		h := w.Header()
		h["Etag"] = cssETag
		h["Last-Modified"] = lastModifiedHeader
		h["Cache-Control"] = cacheControlHeader
		h["X-Content-Type-Options"] = nosniff
		if notModified(r, cssETag[0]) {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		h["Content-Type"] = cssHeader
		h["Content-Length"] = cssLength
		w.WriteHeader(http.StatusOK)
		if r.Method != http.MethodHead {
			w.Write(stylesheet)
		}
	})
}

// onQuery returns the query parameter of a page's date, or "" for the
// data vintage, the default.
func onQuery(on oic.Date) string {
	if on == oic.Vintage() {
		return ""
	}
	return "on=" + on.String()
}

// page registers the page route h for pattern. It takes the query
// parameters named in params, and lang. Unlike the JSON endpoints, a page
// takes a parameter given empty as not given at all: that is what a form
// sends for a field left blank.
func (s *service) page(pattern, params string, h pageRoute) {
	names := append(strings.Fields(params), "lang")
	s.mux.HandleFunc(pattern, func(w http.ResponseWriter, hr *http.Request) {
		r, err := newPageRequest(hr, names)
		if err != nil {
			s.writeError(w, hr, err)
			return
		}
		key, query, build, err := h(r)
		if err != nil {
			s.writeError(w, hr, err)
			return
		}
		path := hr.URL.Path
		key = "page " + key + " " + languageHeaders[r.lang][0]
		e, err := s.cache.getAs(key, r.lang, htmlHeader, func() ([]byte, error) {
			pg := newPage(r.lang, path, query)
			build(pg)
			return pg.render()
		})
		if err != nil {
			s.writeError(w, hr, err)
			return
		}
		s.spellings.remember(hr.RequestURI, hr.Header.Get("Accept-Language"), key)
		serveEntry(w, hr, e)
	})
}

// newPageRequest checks the query of a request for a page as newRequest
// does, but drops parameters given empty.
func newPageRequest(r *http.Request, names []string) (*request, error) {
	ps, err := parseQuery(r.URL.RawQuery)
	if err != nil {
		return nil, err
	}
	var kept []param
	for i, p := range ps {
		switch {
		case !slices.Contains(names, p.name):
			return nil, badRequest("query parameter %q: this page takes only %s", clip(p.name), strings.Join(names, ", "))
		case slices.ContainsFunc(ps[:i], func(q param) bool { return q.name == p.name }):
			return nil, badRequest("query parameter %s: given more than once", p.name)
		case strings.TrimSpace(p.value) != "":
			kept = append(kept, p)
		}
	}
	req := &request{Request: r, params: kept}
	if req.lang, err = negotiate(req); err != nil {
		return nil, err
	}
	return req, nil
}

// isAPI reports whether path is one of the JSON API's, whose errors are
// always problems.
func isAPI(path string) bool {
	return path == "/v1" || strings.HasPrefix(path, "/v1/") || path == "/healthz"
}

// wantsHTML reports whether the error for r is to be an HTML page rather
// than a problem: r is for a path outside the JSON API and its Accept
// header asks for text/html, as a browser's does.
func wantsHTML(r *http.Request) bool {
	if isAPI(r.URL.Path) {
		return false
	}
	for _, v := range r.Header.Values("Accept") {
		for part := range strings.SplitSeq(v, ",") {
			mt, params, err := mime.ParseMediaType(strings.TrimSpace(part))
			if err != nil || (mt != "text/html" && mt != "application/xhtml+xml") {
				continue
			}
			if q, ok := params["q"]; ok {
				if f, err := strconv.ParseFloat(q, 64); err != nil || f <= 0 {
					continue
				}
			}
			return true
		}
	}
	return false
}

// writeError answers err as an HTML page for a browser outside the JSON
// API, and as a problem otherwise.
func (svc *service) writeError(w http.ResponseWriter, r *http.Request, err error) {
	if !wantsHTML(r) {
		writeProblem(w, r, err)
		return
	}
	he, ok := err.(*httpError)
	if !ok {
		he = &httpError{http.StatusInternalServerError, err.Error()}
	}
	lang := 0
	if ps, err := parseQuery(r.URL.RawQuery); err == nil {
		var kept []param
		for _, p := range ps {
			if p.name == "lang" {
				kept = append(kept, p)
			}
		}
		if i, err := negotiate(&request{Request: r, params: kept}); err == nil {
			lang = i
		}
	} else if i, err := negotiate(&request{Request: r}); err == nil {
		lang = i
	}
	pg := newPage(lang, "/", "")
	pg.nav = ""
	key := "web.error." + strconv.Itoa(he.status)
	if pg.p.Sprintf(key) == key {
		key = "web.error.400"
		if he.status >= 500 {
			key = "web.error.500"
		}
	}
	pg.h1 = pg.t(key)
	pg.blocks = []block{{Paras: []inline{
		s(pg.t("web.error.detail")),
		{{Text: he.detail, Lang: "en", Bdi: true}},
		{{Text: pg.t("web.overview"), Href: pg.href("/")}},
	}}}
	b, rerr := pg.render()
	if rerr != nil {
		writeProblem(w, r, err)
		return
	}
	h := w.Header()
	h["Content-Type"] = htmlHeader
	h["Content-Security-Policy"] = cspHeader
	h["X-Content-Type-Options"] = nosniff
	h["Content-Language"] = languageHeaders[lang]
	h.Set("Content-Length", strconv.Itoa(len(b)))
	w.WriteHeader(he.status)
	if r.Method != http.MethodHead {
		w.Write(b)
	}
}

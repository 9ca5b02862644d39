package main

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageLangs are the languages of the pages.
var pageLangs = []string{"en", "ar", "fr", "kk", "ru"}

// A crawled page is a page reached from the home page, parsed.
type crawled struct {
	url  string
	body []byte
	doc  *html.Node
}

// crawl fetches every page of the site reachable from start on srv by its
// links, and fails the test for a link to a page that does not answer 200
// or to a fragment the page does not have. Links to /v1 are fetched but not
// followed; links out of the site are not fetched.
func crawl(t *testing.T, srv *httptest.Server, start string) []crawled {
	t.Helper()
	type link struct{ from, to string }
	queue := []link{{"", start}}
	seen := map[string]bool{start: true}
	pages := map[string]*crawled{}
	var out []crawled
	var fragments []link
	for len(queue) > 0 {
		l := queue[0]
		queue = queue[1:]
		u, err := url.Parse(l.to)
		if err != nil {
			t.Errorf("%s: bad link %q: %v", l.from, l.to, err)
			continue
		}
		req, _ := http.NewRequest("GET", srv.URL+l.to, nil)
		req.Header.Set("Accept", "text/html")
		resp, err := srv.Client().Do(req)
		if err != nil {
			t.Fatalf("GET %s: %v", l.to, err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 {
			t.Errorf("broken link on %s: %s answers %d", l.from, l.to, resp.StatusCode)
			continue
		}
		if isAPI(u.Path) {
			continue
		}
		if ct := resp.Header.Get("Content-Type"); ct != "text/html; charset=utf-8" {
			t.Errorf("%s: Content-Type %q", l.to, ct)
			continue
		}
		doc, err := html.Parse(bytes.NewReader(body))
		if err != nil {
			t.Errorf("%s: %v", l.to, err)
			continue
		}
		c := &crawled{url: l.to, body: body, doc: doc}
		pages[l.to] = c
		out = append(out, *c)
		for n := range doc.Descendants() {
			if n.Type != html.ElementNode || n.DataAtom != atom.A {
				continue
			}
			href := attr(n, "href")
			h, err := u.Parse(href)
			if err != nil || href == "" {
				t.Errorf("%s: link %q", l.to, href)
				continue
			}
			if h.Host != "" || h.Scheme != "" {
				continue // a source, out of the site
			}
			target := h.Path
			if h.RawQuery != "" {
				target += "?" + h.RawQuery
			}
			if h.Fragment != "" {
				fragments = append(fragments, link{l.to, target + "#" + h.Fragment})
			}
			if !seen[target] {
				seen[target] = true
				queue = append(queue, link{l.to, target})
			}
		}
	}
	for _, f := range fragments {
		target, frag, _ := strings.Cut(f.to, "#")
		if strings.HasPrefix(target, "/v1") {
			continue
		}
		p := pages[target]
		if p == nil {
			continue // reported above
		}
		found := false
		for n := range p.doc.Descendants() {
			if n.Type == html.ElementNode && attr(n, "id") == frag {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("broken link on %s: %s has no element with id %q", f.from, target, frag)
		}
	}
	return out
}

func attr(n *html.Node, name string) string {
	for _, a := range n.Attr {
		if a.Key == name {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, name string) bool {
	for _, a := range n.Attr {
		if a.Key == name {
			return true
		}
	}
	return false
}

// textOf returns the text under n.
func textOf(n *html.Node) string {
	var b strings.Builder
	for d := range n.Descendants() {
		if d.Type == html.TextNode {
			b.WriteString(d.Data)
		}
	}
	return b.String()
}

// voidElements are the HTML elements that have no end tag.
var voidElements = map[string]bool{"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true}

// checkWellFormed reports where body is not well formed: every element
// but the void ones is closed, in order, and SVG elements are closed or
// self-closing; there is a doctype, one html element, and no text or
// element after it.
func checkWellFormed(body []byte) error {
	z := html.NewTokenizer(bytes.NewReader(body))
	var stack []string
	doctype, closedHTML := false, false
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			if z.Err() != io.EOF {
				return z.Err()
			}
			if len(stack) > 0 {
				return fmt.Errorf("unclosed elements %v", stack)
			}
			if !doctype || !closedHTML {
				return fmt.Errorf("no doctype or no html element")
			}
			return nil
		case html.DoctypeToken:
			doctype = true
		case html.StartTagToken:
			name, _ := z.TagName()
			if closedHTML {
				return fmt.Errorf("<%s> after </html>", name)
			}
			if !voidElements[string(name)] {
				stack = append(stack, string(name))
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			if len(stack) == 0 || stack[len(stack)-1] != string(name) {
				return fmt.Errorf("</%s> closes %v", name, stack)
			}
			stack = stack[:len(stack)-1]
			if string(name) == "html" {
				closedHTML = true
			}
		case html.TextToken:
			if closedHTML && strings.TrimSpace(string(z.Text())) != "" {
				return fmt.Errorf("text after </html>")
			}
		}
	}
}

// checkAccessible reports what the page lacks of the checks that need no
// browser, after the rules of WCAG 2.2 they stand for: html lang and dir
// (3.1.1), a title (2.4.2), one h1 and no skipped heading level (1.3.1,
// 2.4.6), a label for every form control (1.3.1, 4.1.2), a text
// alternative for every chart (1.1.1): role img, a <title> and a <desc>
// that aria-labelledby names; link text (2.4.4), table captions and header
// scopes (1.3.1), and unique ids (4.1.1).
func checkAccessible(doc *html.Node, lang string) []string {
	var errs []string
	fail := func(format string, a ...any) { errs = append(errs, fmt.Sprintf(format, a...)) }
	ids := map[string]int{}
	var headings []int
	labels := map[string]bool{}
	var controls []*html.Node
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		if id := attr(n, "id"); id != "" {
			ids[id]++
		}
		switch n.DataAtom {
		case atom.Html:
			if attr(n, "lang") != lang {
				fail("html lang=%q; want %q", attr(n, "lang"), lang)
			}
			want := "ltr"
			if lang == "ar" {
				want = "rtl"
			}
			if attr(n, "dir") != want {
				fail("html dir=%q; want %q", attr(n, "dir"), want)
			}
		case atom.Title:
			if n.Parent.DataAtom == atom.Head && strings.TrimSpace(textOf(n)) == "" {
				fail("empty <title>")
			}
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			headings = append(headings, int(n.Data[1]-'0'))
			if strings.TrimSpace(textOf(n)) == "" {
				fail("empty <%s>", n.Data)
			}
		case atom.Label:
			labels[attr(n, "for")] = true
		case atom.Input, atom.Select, atom.Textarea:
			if attr(n, "type") != "hidden" {
				controls = append(controls, n)
			}
		case atom.A:
			if strings.TrimSpace(textOf(n)) == "" && attr(n, "aria-label") == "" {
				fail("link to %q without text", attr(n, "href"))
			}
		case atom.Table:
			hasCaption := false
			for c := range n.ChildNodes() {
				if c.DataAtom == atom.Caption && strings.TrimSpace(textOf(c)) != "" {
					hasCaption = true
				}
			}
			if !hasCaption {
				fail("table without a caption")
			}
		case atom.Th:
			if attr(n, "scope") == "" {
				fail("<th> %q without scope", textOf(n))
			}
		case atom.Img:
			if !hasAttr(n, "alt") {
				fail("<img> without alt")
			}
		case atom.Svg:
			if attr(n, "role") != "img" {
				fail("<svg> without role=img")
			}
			var first *html.Node
			for c := range n.ChildNodes() {
				if c.Type == html.ElementNode {
					first = c
					break
				}
			}
			if first == nil || first.Data != "title" || strings.TrimSpace(textOf(first)) == "" {
				fail("<svg> whose first child is not a <title>")
			}
			hasDesc := false
			for c := range n.ChildNodes() {
				if c.Type == html.ElementNode && c.Data == "desc" && strings.TrimSpace(textOf(c)) != "" {
					hasDesc = true
				}
			}
			if !hasDesc {
				fail("<svg> without a <desc>")
			}
			if attr(n, "aria-labelledby") == "" {
				fail("<svg> without aria-labelledby")
			}
		}
	}
	for id, n := range ids {
		if n > 1 {
			fail("id %q used %d times", id, n)
		}
	}
	for n := range doc.Descendants() {
		if n.Type == html.ElementNode && n.DataAtom == atom.Svg {
			for ref := range strings.FieldsSeq(attr(n, "aria-labelledby")) {
				if ids[ref] == 0 {
					fail("aria-labelledby names %q, which no element has", ref)
				}
			}
		}
	}
	if len(headings) == 0 || headings[0] != 1 {
		fail("the first heading is not an h1: %v", headings)
	}
	h1 := 0
	for i, h := range headings {
		if h == 1 {
			h1++
		}
		if i > 0 && h > headings[i-1]+1 {
			fail("heading level skipped: h%d after h%d", h, headings[i-1])
		}
	}
	if h1 != 1 {
		fail("%d h1 elements; want 1", h1)
	}
	for _, c := range controls {
		id := attr(c, "id")
		labelled := attr(c, "aria-label") != "" || attr(c, "aria-labelledby") != "" || (id != "" && labels[id])
		for p := c.Parent; p != nil && !labelled; p = p.Parent {
			labelled = p.DataAtom == atom.Label
		}
		if !labelled {
			fail("<%s name=%q> without a label", c.Data, attr(c, "name"))
		}
	}
	return errs
}

// TestPages crawls the site from the home page, in every language through
// the language switcher, and checks every page it reaches: no broken link
// (fragments included), well-formed HTML, the accessibility checks of
// checkAccessible, and the mark of the module's own renderings explained
// wherever it is shown.
func TestPages(t *testing.T) {
	srv := startServer(t)
	pages := crawl(t, srv, "/")
	perLang := map[string]int{}
	for _, p := range pages {
		u, _ := url.Parse(p.url)
		lang := u.Query().Get("lang")
		if lang == "" && p.url == "/" {
			lang = "en"
		}
		perLang[lang]++
		if err := checkWellFormed(p.body); err != nil {
			t.Errorf("%s: not well formed: %v", p.url, err)
		}
		for _, e := range checkAccessible(p.doc, lang) {
			t.Errorf("%s: %s", p.url, e)
		}
		main := ""
		for n := range p.doc.Descendants() {
			if n.DataAtom == atom.Main {
				main = textOf(n)
			}
		}
		if strings.Contains(main, "°") && !bytes.Contains(p.body, []byte(`class="legend-own"`)) {
			t.Errorf("%s: shows the mark ° without its legend", p.url)
		}
	}
	for _, lang := range pageLangs {
		// Every state, session, body and initiative has a page.
		if perLang[lang] < 200 {
			t.Errorf("the crawl reached %d pages in %s", perLang[lang], lang)
		}
	}
	t.Logf("%d pages checked: %v", len(pages), perLang)
}

// TestPageTexts checks facts on pages in several languages: the text the
// reader sees comes from the records and package prose.
func TestPageTexts(t *testing.T) {
	srv := startServer(t)
	for _, tt := range []struct {
		path string
		want []string
	}{
		{"/?lang=en", []string{"57 member states", "Kazakhstan in the Organisation of Islamic Cooperation", `<h1>Organisation of Islamic Cooperation — as of 1 November 2026</h1>`, `dir="ltr"`}},
		{"/?lang=ar", []string{`<html lang="ar" dir="rtl">`, "كازاخستان"}},
		{"/?lang=ru", []string{"57 государств-членов"}},
		{"/?lang=kk", []string{"57 мүше мемлекет"}},
		{"/members?on=1995-12-31&lang=fr", []string{"États membres — situation au 31 décembre 1995", `value="1995-12-31"`}},
		{"/members/KAZ?lang=kk", []string{"Қазақстан", "23-"}},
		{"/sessions/cfm/38?lang=en", []string{"38th Council of Foreign Ministers", "28–30 June 2011", `href="/members/KAZ?lang=en"`}},
		{"/sessions/cfm/38?lang=ru", []string{"38-я сессия Совета министров иностранных дел"}},
		{"/initiatives/iofs?lang=en", []string{"Signatories", `data-points="`}},
		{"/search?q=%D2%9A%D0%B0%D0%B7%D0%B0%D2%9B%D1%81%D1%82%D0%B0%D0%BD&lang=kk", []string{`href="/members/KAZ?lang=kk"`}},
		{"/search?q=&lang=en", []string{`<input id="q" name="q" type="search" value=""`}},
		{"/timeline?from=2011-06-28&to=2011-06-28&topic=&country=&lang=en", []string{"4 events", "38th Council of Foreign Ministers"}},
		{"/timeline?from=2011&to=2011&topic=session&country=KZ&lang=en", []string{"1 event"}},
		{"/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E&lang=en", []string{"&lt;script&gt;alert(1)&lt;/script&gt;"}},
	} {
		resp, b := get(t, srv, "GET", tt.path, nil)
		if resp.StatusCode != 200 {
			t.Errorf("GET %s: %d", tt.path, resp.StatusCode)
			continue
		}
		if bytes.Contains(b, []byte("<script")) {
			t.Errorf("GET %s: a <script> in the page", tt.path)
		}
		for _, w := range tt.want {
			if !bytes.Contains(b, []byte(w)) {
				t.Errorf("GET %s: no %q", tt.path, w)
			}
		}
	}
}

// TestPageLanguage checks that pages follow Accept-Language where there is
// no lang parameter, and the parameter where there is one.
func TestPageLanguage(t *testing.T) {
	srv := startServer(t)
	for _, tt := range []struct{ path, accept, lang string }{
		{"/", "", "en"},
		{"/", "ar-SA,ar;q=0.9", "ar"},
		{"/members", "ru-KZ", "ru"},
		{"/members?lang=kk", "ar", "kk"},
		{"/bodies", "fr-SN", "fr"},
	} {
		resp, b := get(t, srv, "GET", tt.path, map[string]string{"Accept-Language": tt.accept})
		if resp.Header.Get("Content-Language") != tt.lang || !bytes.Contains(b, []byte(`<html lang="`+tt.lang+`"`)) {
			t.Errorf("GET %s with Accept-Language %q: Content-Language %q; want %s", tt.path, tt.accept, resp.Header.Get("Content-Language"), tt.lang)
		}
		if !strings.Contains(resp.Header.Get("Vary"), "Accept-Language") || resp.Header.Get("Content-Security-Policy") == "" {
			t.Errorf("GET %s: Vary %q, CSP %q", tt.path, resp.Header.Get("Vary"), resp.Header.Get("Content-Security-Policy"))
		}
	}
}

// TestPageErrors checks that errors are HTML pages for a browser outside
// /v1, with the status of the error, and problems for every other client
// and in /v1.
func TestPageErrors(t *testing.T) {
	srv := startServer(t)
	browser := map[string]string{"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}
	for _, tt := range []struct {
		method, path string
		hdr          map[string]string
		status       int
		ctype        string
	}{
		{"GET", "/nowhere", browser, 404, "text/html; charset=utf-8"},
		{"GET", "/members/FRA?lang=ar", browser, 404, "text/html; charset=utf-8"},
		{"GET", "/sessions/cfm/999", browser, 404, "text/html; charset=utf-8"},
		{"GET", "/sessions/party/1", browser, 404, "text/html; charset=utf-8"},
		{"GET", "/bodies/NATO", browser, 404, "text/html; charset=utf-8"},
		{"GET", "/initiatives/peace", browser, 404, "text/html; charset=utf-8"},
		{"GET", "/members?on=yesterday", browser, 400, "text/html; charset=utf-8"},
		{"GET", "/members?page=2", browser, 400, "text/html; charset=utf-8"},
		{"GET", "/sessions?kind=party", browser, 400, "text/html; charset=utf-8"},
		{"GET", "/timeline?topic=sport", browser, 400, "text/html; charset=utf-8"},
		{"GET", "/members/", browser, 404, "text/html; charset=utf-8"},
		{"POST", "/members", browser, 405, "text/html; charset=utf-8"},
		{"GET", "/members?lang=!!", browser, 400, "text/html; charset=utf-8"},
		{"GET", "/search?q=" + strings.Repeat("x", 600), browser, 400, "text/html; charset=utf-8"},
		{"GET", "//members", browser, 404, "text/html; charset=utf-8"},
		{"GET", "/members?on=yesterday", map[string]string{"Accept": "text/html;q=0"}, 400, "application/problem+json"},
		{"GET", "/nowhere", nil, 404, "application/problem+json"},
		{"GET", "/members?on=yesterday", map[string]string{"Accept": "application/json"}, 400, "application/problem+json"},
		{"GET", "/v1/nowhere", browser, 404, "application/problem+json"},
		{"GET", "/v1/members?on=yesterday", browser, 400, "application/problem+json"},
		{"GET", "/style.css?x=1", nil, 400, "application/problem+json"},
	} {
		resp, b := get(t, srv, tt.method, tt.path, tt.hdr)
		if resp.StatusCode != tt.status || resp.Header.Get("Content-Type") != tt.ctype {
			t.Errorf("%s %s: %d %s; want %d %s", tt.method, tt.path, resp.StatusCode, resp.Header.Get("Content-Type"), tt.status, tt.ctype)
			continue
		}
		if tt.status == 405 && resp.Header.Get("Allow") != "GET, HEAD" {
			t.Errorf("%s %s: Allow %q", tt.method, tt.path, resp.Header.Get("Allow"))
		}
		if !strings.HasPrefix(tt.ctype, "text/html") {
			continue
		}
		if err := checkWellFormed(b); err != nil {
			t.Errorf("%s %s: %v", tt.method, tt.path, err)
		}
		doc, _ := html.Parse(bytes.NewReader(b))
		lang := "en"
		if strings.Contains(tt.path, "lang=ar") {
			lang = "ar"
		}
		for _, e := range checkAccessible(doc, lang) {
			t.Errorf("%s %s: %s", tt.method, tt.path, e)
		}
	}
}

// TestPageCache checks that a page is built once and then served from the
// cache, with an ETag a conditional request revalidates.
func TestPageCache(t *testing.T) {
	s := newService(testCache)
	srv := httptest.NewServer(s)
	defer srv.Close()
	fetch := func(path string, hdr map[string]string) *http.Response {
		req, _ := http.NewRequest("GET", srv.URL+path, nil)
		for k, v := range hdr {
			req.Header.Set(k, v)
		}
		resp, err := srv.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		return resp
	}
	r1 := fetch("/members/KAZ?lang=en", nil)
	n := s.cache.builds.Load()
	r2 := fetch("/members/kz", map[string]string{"Accept-Language": "en-GB"})
	if s.cache.builds.Load() != n || r1.Header.Get("ETag") != r2.Header.Get("ETag") || r1.Header.Get("ETag") == "" {
		t.Errorf("the same page was built again (%d builds), or ETags differ: %q, %q", s.cache.builds.Load()-n, r1.Header.Get("ETag"), r2.Header.Get("ETag"))
	}
	if r := fetch("/members/KAZ?lang=en", map[string]string{"If-None-Match": r1.Header.Get("ETag")}); r.StatusCode != 304 {
		t.Errorf("conditional GET: %d", r.StatusCode)
	}
	if r := fetch("/style.css", nil); r.StatusCode != 200 || r.Header.Get("Content-Type") != "text/css; charset=utf-8" {
		t.Errorf("/style.css: %d %s", r.StatusCode, r.Header.Get("Content-Type"))
	} else if r := fetch("/style.css", map[string]string{"If-None-Match": r.Header.Get("ETag")}); r.StatusCode != 304 {
		t.Errorf("/style.css conditional GET: %d", r.StatusCode)
	}
}

// cssRule is one rule of the stylesheet: its selectors and declarations.
type cssRule struct {
	selector string
	decls    map[string]string
}

var cssComment = regexp.MustCompile(`(?s)/\*.*?\*/`)

// parseCSS returns the rules of a stylesheet as simple as ours: rules of
// declarations, and @media blocks whose rules count as the others.
func parseCSS(src string) []cssRule {
	src = cssComment.ReplaceAllString(src, "")
	var rules []cssRule
	for part := range strings.SplitSeq(src, "}") {
		sel, body, ok := strings.Cut(part, "{")
		if !ok {
			continue
		}
		if i := strings.LastIndex(body, "{"); i >= 0 { // the first rule of an @media block
			sel, body = body[:i], body[i+1:]
		}
		r := cssRule{selector: strings.TrimSpace(sel), decls: map[string]string{}}
		for d := range strings.SplitSeq(body, ";") {
			k, v, ok := strings.Cut(d, ":")
			if ok {
				r.decls[strings.TrimSpace(k)] = strings.TrimSpace(v)
			}
		}
		rules = append(rules, r)
	}
	return rules
}

var hexColour = regexp.MustCompile(`^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$`)

// luminance returns the relative luminance of a colour #rgb or #rrggbb
// (WCAG 2.2, definition of relative luminance).
func luminance(c string) float64 {
	c = strings.TrimPrefix(c, "#")
	if len(c) == 3 {
		c = string([]byte{c[0], c[0], c[1], c[1], c[2], c[2]})
	}
	var l [3]float64
	for i := range 3 {
		v, _ := strconv.ParseUint(c[2*i:2*i+2], 16, 8)
		s := float64(v) / 255
		if s <= 0.04045 {
			l[i] = s / 12.92
		} else {
			l[i] = math.Pow((s+0.055)/1.055, 2.4)
		}
	}
	return 0.2126*l[0] + 0.7152*l[1] + 0.0722*l[2]
}

// contrast returns the contrast ratio of two colours.
func contrast(a, b string) float64 {
	la, lb := luminance(a), luminance(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

// TestContrast computes, from the stylesheet, the contrast ratio of every
// text colour with every background it can stand on, and of every mark of
// the charts with the charts' white: at least 4.5:1 for text (WCAG 2.2,
// 1.4.3) and 3:1 for marks (1.4.11). A rule that sets a colour on a dark
// surface of its own (the header, the skip link, buttons) pairs it with
// that surface; any other text colour is paired with every light
// background of the stylesheet.
func TestContrast(t *testing.T) {
	rules := parseCSS(string(stylesheet))
	background := func(r cssRule) string {
		if v, ok := r.decls["background"]; ok && hexColour.MatchString(v) {
			return v
		}
		if v, ok := r.decls["background-color"]; ok && hexColour.MatchString(v) {
			return v
		}
		return ""
	}
	dark := map[string]string{} // selector prefix of a dark surface → its colour
	var light []string
	for _, r := range rules {
		bg := background(r)
		if bg == "" {
			continue
		}
		if luminance(bg) < 0.2 {
			for sel := range strings.SplitSeq(r.selector, ",") {
				dark[strings.TrimSpace(sel)] = bg
			}
		} else if !slices.Contains(light, bg) && !strings.Contains(r.selector, "swatch") {
			light = append(light, bg)
		}
	}
	if len(light) < 2 || len(dark) == 0 {
		t.Fatalf("found %d light and %d dark backgrounds; the parse of the stylesheet is wrong", len(light), len(dark))
	}
	pairs := 0
	for _, r := range rules {
		for _, prop := range []string{"color", "fill", "stroke", "background", "background-color", "border", "outline"} {
			v, ok := r.decls[prop]
			if !ok {
				continue
			}
			for f := range strings.FieldsSeq(v) {
				if strings.HasPrefix(f, "#") && !hexColour.MatchString(f) {
					t.Errorf("%s { %s: %s }: colours are #rgb or #rrggbb here", r.selector, prop, v)
				}
			}
		}
		isText := func(prop string) bool {
			return prop == "color" || prop == "fill" && strings.Contains(r.selector, "text")
		}
		for _, prop := range []string{"color", "fill"} {
			fg, ok := r.decls[prop]
			if !ok || !isText(prop) || !hexColour.MatchString(fg) {
				continue
			}
			var bgs []string
			if bg := background(r); bg != "" {
				bgs = []string{bg}
			} else {
				for sel := range strings.SplitSeq(r.selector, ",") {
					for prefix, bg := range dark {
						if strings.HasPrefix(strings.TrimSpace(sel), prefix) {
							bgs = append(bgs, bg)
						}
					}
				}
				if len(bgs) == 0 {
					bgs = light
				}
			}
			for _, bg := range bgs {
				pairs++
				if c := contrast(fg, bg); c < 4.5 {
					t.Errorf("%s: text %s on %s has a contrast of %.2f:1; want 4.5:1", r.selector, fg, bg, c)
				}
			}
		}
		if !strings.HasPrefix(r.selector, "svg.chart") || strings.Contains(r.selector, "grid") || strings.Contains(r.selector, "hatch-bg") ||
			strings.Contains(r.selector, "text") || strings.Contains(r.selector, "pt:hover") {
			continue
		}
		for _, prop := range []string{"fill", "stroke"} {
			if c, ok := r.decls[prop]; ok && hexColour.MatchString(c) && c != "#ffffff" {
				pairs++
				if ratio := contrast(c, "#ffffff"); ratio < 3 {
					t.Errorf("%s: mark %s on the chart's white has a contrast of %.2f:1; want 3:1", r.selector, c, ratio)
				}
			}
		}
	}
	t.Logf("%d colour pairs checked", pairs)
}

// TestCheckers checks that the checks of the page tests find what they
// are for.
func TestCheckers(t *testing.T) {
	for _, bad := range []string{
		`<!DOCTYPE html><html><body><p>open</body></html>`,
		`<!DOCTYPE html><html><body></div></body></html>`,
		`<html><body></body></html>`,
	} {
		if checkWellFormed([]byte(bad)) == nil {
			t.Errorf("checkWellFormed(%q) = nil", bad)
		}
	}
	doc, _ := html.Parse(strings.NewReader(`<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><h1>a</h1><h3>b</h3><h1>c</h1>` +
		`<input id="i" name="q"><svg role="img"><desc>d</desc></svg><a href="/"></a><table><tr><th>h</th></tr></table><p id="d"></p><p id="d"></p></body></html>`))
	errs := strings.Join(checkAccessible(doc, "en"), "\n")
	for _, want := range []string{"dir", "skipped", "2 h1", "without a label", "not a <title>", "aria-labelledby", "without text", "caption", "scope", `"d" used 2 times`} {
		if !strings.Contains(errs, want) {
			t.Errorf("checkAccessible missed %q in:\n%s", want, errs)
		}
	}
	if c := contrast("#767676", "#ffffff"); math.Abs(c-4.54) > 0.01 {
		t.Errorf("contrast(#767676, #ffffff) = %.3f; want 4.54", c)
	}
}

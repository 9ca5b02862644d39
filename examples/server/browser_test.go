//go:build browser

// The browser tests drive headless Chromium through the pages. They need
// Chromium, and run only with the build tag:
//
//	go test -tags browser -run Browser ./examples/server
//
// Without Chromium they fail and say how to install it. CHROMIUM names the
// browser's executable where it is not on PATH; SCREENSHOTS names a folder
// to copy the screenshots of the overview to, besides the one the test
// makes and prints.
package main

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// chromiumPath returns the path of Chromium's executable, or fails the
// test saying what is missing and how to install it.
func chromiumPath(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("CHROMIUM"); p != "" {
		if _, err := os.Stat(p); err != nil {
			t.Fatalf("CHROMIUM=%s: %v", p, err)
		}
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		return "/usr/bin/chromium"
	}
	t.Fatal("the browser tests need Chromium, and none was found: no chromium, chromium-browser or google-chrome on PATH " +
		"and no /usr/bin/chromium. Install it (on Debian, as root: apt-get install -y chromium), or set CHROMIUM to the path " +
		"of a Chromium or Chrome executable; or run the tests without -tags browser")
	return ""
}

// A browser is a headless Chromium tab and what its pages reported.
type browser struct {
	ctx    context.Context
	mu     sync.Mutex
	errors []string
}

// newBrowser starts headless Chromium with a new empty profile, with the
// flags that keep it off the network but for the pages it is sent to.
func newBrowser(t *testing.T) *browser {
	t.Helper()
	path := chromiumPath(t)
	// A new empty profile. It is removed once the browser has gone: its
	// helper processes may still write to it for a moment after it quits,
	// which t.TempDir's cleanup does not allow for.
	profile, err := os.MkdirTemp("", "kzoic-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(profile),
		chromedp.WindowSize(1280, 900),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(actx)
	t.Cleanup(func() {
		cancelCtx()
		cancelAlloc()
		for i := 0; i < 50 && os.RemoveAll(profile) != nil; i++ {
			time.Sleep(100 * time.Millisecond)
		}
	})
	b := &browser{ctx: ctx}
	chromedp.ListenTarget(ctx, func(ev any) {
		var msg string
		switch ev := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			if ev.Type == runtime.APITypeError || ev.Type == runtime.APITypeAssert {
				var parts []string
				for _, a := range ev.Args {
					parts = append(parts, string(a.Value))
				}
				msg = "console." + string(ev.Type) + ": " + strings.Join(parts, " ")
			}
		case *runtime.EventExceptionThrown:
			msg = "exception: " + ev.ExceptionDetails.Text
		case *log.EventEntryAdded:
			if ev.Entry.Level == log.LevelError {
				msg = fmt.Sprintf("%s: %s (%s)", ev.Entry.Source, ev.Entry.Text, ev.Entry.URL)
			}
		}
		if msg != "" {
			b.mu.Lock()
			b.errors = append(b.errors, msg)
			b.mu.Unlock()
		}
	})
	if err := chromedp.Run(ctx, runtime.Enable(), log.Enable()); err != nil {
		t.Fatalf("starting %s: %v", path, err)
	}
	return b
}

// open loads u and returns the HTTP status of the page and the errors the
// page reported while it loaded.
func (b *browser) open(t *testing.T, u string) (int64, []string) {
	t.Helper()
	b.mu.Lock()
	b.errors = nil
	b.mu.Unlock()
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	resp, err := chromedp.RunResponse(ctx, chromedp.Navigate(u))
	if err != nil {
		t.Fatalf("loading %s: %v", u, err)
	}
	// Let late reports (a stylesheet that fails, a policy violation) come in.
	if err := chromedp.Run(ctx, chromedp.Sleep(50*time.Millisecond)); err != nil {
		t.Fatal(err)
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	return resp.Status, append([]string(nil), b.errors...)
}

// eval evaluates the JavaScript expression js in the page into out.
func (b *browser) eval(t *testing.T, js string, out any) {
	t.Helper()
	if err := chromedp.Run(b.ctx, chromedp.Evaluate(js, out)); err != nil {
		t.Fatalf("evaluating %s: %v", js, err)
	}
}

// browserPages are the pages the browser loads in each language: one of
// each kind.
var browserPages = []string{"/", "/members", "/members?on=1995-12-05", "/members/KAZ", "/members/SYR", "/sessions", "/sessions?kind=summit",
	"/sessions/cfm/38", "/sessions/extraordinary-summit/2024-11-11", "/bodies", "/bodies/iofs", "/offices", "/documents", "/initiatives",
	"/initiatives/iofs", "/timeline", "/timeline?from=2011&to=2012&topic=session", "/search", "/search?q=Astana"}

// TestBrowserPages loads every kind of page in each of the five languages
// and checks that it answers 200 with no console error, that it lays out
// right to left in Arabic and left to right otherwise (the computed
// direction of the root, the body and the main content), and that the
// language switcher offers the five languages.
func TestBrowserPages(t *testing.T) {
	srv := startServer(t)
	b := newBrowser(t)
	for _, lang := range pageLangs {
		for _, p := range browserPages {
			u := srv.URL + p + sep(p) + "lang=" + lang
			status, errs := b.open(t, u)
			if status != 200 {
				t.Errorf("%s: status %d", u, status)
			}
			for _, e := range errs {
				t.Errorf("%s: %s", u, e)
			}
			var dirs []string
			b.eval(t, `[document.documentElement, document.body, document.querySelector("main"), document.querySelector("h1")].map(e => getComputedStyle(e).direction)`, &dirs)
			want := "ltr"
			if lang == "ar" {
				want = "rtl"
			}
			for i, d := range dirs {
				if d != want {
					t.Errorf("%s: element %d of html, body, main, h1 lays out %s; want %s", u, i, d, want)
				}
			}
			var langs []string
			b.eval(t, `[...document.querySelectorAll("nav.langs a")].map(a => a.lang)`, &langs)
			if strings.Join(langs, " ") != "en ar fr kk ru" {
				t.Errorf("%s: language switcher %v", u, langs)
			}
		}
	}
	if lang := "ar"; true {
		// The Arabic layout is mirrored: the navigation starts on the right.
		b.open(t, srv.URL+"/?lang="+lang)
		var x struct{ Brand, Langs float64 }
		b.eval(t, `({Brand: document.querySelector(".brand").getBoundingClientRect().right, Langs: document.querySelector("nav.langs").getBoundingClientRect().left})`, &x)
		if x.Brand < x.Langs {
			t.Errorf("Arabic overview: the site's name ends at %v, left of the language switcher at %v; want it on the right", x.Brand, x.Langs)
		}
	}
}

func sep(p string) string {
	if strings.Contains(p, "?") {
		return "&"
	}
	return "?"
}

// TestBrowserCharts checks that each chart renders with its data points:
// as many marks of data (dots, bars, spans) as the data table of the chart
// has rows, and as the chart says it has, none of them empty, in every
// language.
func TestBrowserCharts(t *testing.T) {
	srv := startServer(t)
	b := newBrowser(t)
	for _, lang := range pageLangs {
		for _, tt := range []struct {
			path string
			min  int // data points at least
		}{
			{"/", 30},
			{"/members", 30},
			{"/sessions", 80},
			{"/offices", 15},
			{"/initiatives/iofs", 8},
		} {
			u := srv.URL + tt.path + sep(tt.path) + "lang=" + lang
			b.open(t, u)
			var charts []struct {
				Declared int     `json:"declared"`
				Marks    int     `json:"marks"`
				Drawn    int     `json:"drawn"`
				Rows     int     `json:"rows"`
				Width    float64 `json:"width"`
				Title    string  `json:"title"`
			}
			b.eval(t, `[...document.querySelectorAll("figure.chart")].map(f => {
				const svg = f.querySelector("svg.chart");
				const marks = [...svg.querySelectorAll(".pt")];
				return {declared: +svg.dataset.points, marks: marks.length,
					drawn: marks.filter(m => { const r = m.getBBox(); return r.width > 0 && r.height > 0 && m.querySelector("title")?.textContent; }).length,
					rows: f.querySelectorAll("tr[data-datum]").length,
					width: svg.getBoundingClientRect().width,
					title: svg.querySelector("title").textContent};
			})`, &charts)
			if len(charts) != 1 {
				t.Errorf("%s: %d charts; want 1", u, len(charts))
				continue
			}
			c := charts[0]
			if c.Marks < tt.min || c.Marks != c.Declared || c.Marks != c.Rows || c.Drawn != c.Marks || c.Width < 300 || c.Title == "" {
				t.Errorf("%s: chart %q: %d marks of data (%d drawn and titled), %d declared, %d rows in its table, %.0f px wide; want at least %d, all the same",
					u, c.Title, c.Marks, c.Drawn, c.Declared, c.Rows, c.Width, tt.min)
			}
		}
	}
}

// TestBrowserSearch types "Қазақстан" into the search form, submits it and
// checks that the results link to Kazakhstan's page.
func TestBrowserSearch(t *testing.T) {
	srv := startServer(t)
	b := newBrowser(t)
	for _, lang := range []string{"kk", "en", "ar"} {
		b.open(t, srv.URL+"/search?lang="+lang)
		ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
		resp, err := chromedp.RunResponse(ctx,
			chromedp.SendKeys("#q", "Қазақстан", chromedp.ByQuery),
			chromedp.Click(`form button[type="submit"]`, chromedp.ByQuery))
		cancel()
		if err != nil || resp.Status != 200 {
			t.Fatalf("%s: submitting the search: %v", lang, err)
		}
		var got struct {
			URL   string
			Links []string
		}
		b.eval(t, `({URL: location.href, Links: [...document.querySelectorAll("#results a")].map(a => a.getAttribute("href"))})`, &got)
		u, _ := url.Parse(got.URL)
		if u.Query().Get("q") != "Қазақстан" || u.Query().Get("lang") != lang {
			t.Errorf("%s: the form went to %s", lang, got.URL)
		}
		if len(got.Links) == 0 || got.Links[0] != "/members/KAZ?lang="+lang {
			t.Errorf("%s: search for Қазақстан links to %v; want /members/KAZ?lang=%s first", lang, got.Links, lang)
		}
	}
}

// TestBrowserCrawl crawls the site from the home page, in every language,
// for broken links, and checks that the links the browser sees on the
// pages it loads (document.links, after layout) are among those the crawl
// followed.
func TestBrowserCrawl(t *testing.T) {
	srv := startServer(t)
	pages := crawl(t, srv, "/")
	known := map[string]bool{}
	for _, p := range pages {
		known[p.url] = true
	}
	b := newBrowser(t)
	for _, p := range []string{"/", "/?lang=ar", "/members/KAZ?lang=kk", "/sessions/cfm/38?lang=ru", "/offices?lang=fr"} {
		b.open(t, srv.URL+p)
		var links []string
		b.eval(t, `[...document.links].map(a => a.href)`, &links)
		for _, l := range links {
			u, err := url.Parse(l)
			if err != nil || u.Host != strings.TrimPrefix(srv.URL, "http://") || strings.HasPrefix(u.Path, "/v1") {
				continue
			}
			target := u.Path
			if u.RawQuery != "" {
				target += "?" + u.RawQuery
			}
			if !known[target] {
				t.Errorf("%s links to %s, which the crawl did not reach", p, target)
			}
		}
	}
	t.Logf("%d pages crawled", len(pages))
}

// TestBrowserScreenshots writes screenshots of the overview in English and
// Arabic, whole pages, to a folder it prints, for a reviewer to look at.
func TestBrowserScreenshots(t *testing.T) {
	srv := startServer(t)
	b := newBrowser(t)
	dir, err := os.MkdirTemp("", "kzoic-screenshots-")
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"en", "ar"} {
		b.open(t, srv.URL+"/?lang="+lang)
		var png []byte
		if err := chromedp.Run(b.ctx, chromedp.FullScreenshot(&png, 100)); err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, "overview-"+lang+".png")
		if err := os.WriteFile(path, png, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("screenshot of the overview in %s: %s", lang, path)
		if out := os.Getenv("SCREENSHOTS"); out != "" {
			if err := os.MkdirAll(out, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(out, "overview-"+lang+".png"), png, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}

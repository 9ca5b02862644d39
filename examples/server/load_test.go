package main

import (
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// A shot is one request of the load mix and the status the service must
// answer it with.
type shot struct {
	path   string
	accept string // Accept-Language
	cond   bool   // send If-None-Match with the ETag of an earlier answer
	status int
}

// loadMix is a mix of requests such as a portal sends: lists, one state,
// sessions, timeline ranges, searches in three scripts, conditional GETs
// and unknown codes, in several languages. Requests go through it in
// order, each client starting at its own place.
var loadMix = []shot{
	{"/v1/members", "", false, 200},
	{"/v1/members/KZ", "ru", false, 200},
	{"/v1/sessions/cfm/38", "ar", false, 200},
	{"/v1/timeline?from=2011&to=2011", "fr", false, 200},
	{"/v1/search?q=Nur-Sultan", "", false, 200},
	{"/v1/members/KZ", "ru", true, 304},
	{"/v1/organisation", "kk", false, 200},
	{"/v1/members?on=2018-06-01", "ar", false, 200},
	{"/v1/search?q=" + url.QueryEscape("كازاخستان"), "ar", false, 200},
	{"/v1/members/kaz?on=2000", "fr", false, 200},
	{"/v1/sessions?kind=summit", "en", false, 200},
	{"/v1/members/FRA", "", false, 404},
	{"/v1/timeline?from=1995&to=2005&country=KZ", "ru", false, 200},
	{"/v1/organisation", "kk", true, 304},
	{"/v1/search?q=" + url.QueryEscape("Казахстан"), "ru", false, 200},
	{"/v1/bodies/COMCEC", "fr", false, 200},
	{"/v1/observers", "ar", false, 200},
	{"/v1/members/SYR?on=2018-06-01&lang=fr", "", false, 200},
	{"/v1/sessions/summit/13", "tr,en;q=0.8", false, 200},
	{"/v1/initiatives", "kk", false, 200},
	{"/v1/sessions/cfm/38", "ar", true, 304},
	{"/v1/timeline?from=2011-06-01&to=2011-06-30&topic=session", "en", false, 200},
	{"/v1/search?q=senegal", "fr", false, 200},
	{"/v1/sessions/cfm/999", "", false, 404},
	{"/v1/members/EG", "ar-EG,ar;q=0.9,en;q=0.5", false, 200},
	{"/v1/kazakhstan?on=2018-06-01", "ru", false, 200},
	{"/v1/offices?on=2011", "en", false, 200},
	{"/v1/members", "", true, 304},
}

// floorBody is what the floor server answers: 2 KB of fixed JSON.
var floorBody = func() []byte {
	b := []byte(`{"data":"`)
	b = append(b, strings.Repeat("x", 2048-len(b)-3)...)
	return append(b, "\"}\n"...)
}()

// floorHandler is the floor the service is measured against: a handler
// that answers every request with the same 2 KB of JSON, as a static file
// server would, doing no work per request.
func floorHandler(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Type", "application/json")
	h.Set("Content-Length", strconv.Itoa(len(floorBody)))
	w.Write(floorBody)
}

// A recorded answer is what the static floor serves for one shot.
type recorded struct {
	status      int
	contentType string
	etag        string
	body        []byte
}

// staticFloor is the second floor: a handler that serves, for each
// request of the mix, the bytes the service answered it with, taken from
// a map, as a static file server would serve the files of a site, and
// answers conditional requests by comparing ETags. Between it and the
// service lies only the service's own work per request.
type staticFloor map[string]recorded

func newStaticFloor(t testing.TB, base string) staticFloor {
	f := staticFloor{}
	for _, s := range loadMix {
		req, err := http.NewRequest("GET", base+s.path, nil)
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("Accept-Language", s.accept)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		if err != nil {
			t.Fatal(err)
		}
		f[req.URL.RequestURI()+"\x00"+s.accept] = recorded{resp.StatusCode, resp.Header.Get("Content-Type"), resp.Header.Get("ETag"), b}
	}
	return f
}

func (f staticFloor) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	a, ok := f[r.RequestURI+"\x00"+r.Header.Get("Accept-Language")]
	if !ok {
		w.WriteHeader(http.StatusNotFound)
		return
	}
	h := w.Header()
	if a.etag != "" {
		h.Set("ETag", a.etag)
		if r.Header.Get("If-None-Match") == a.etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
	}
	h.Set("Content-Type", a.contentType)
	h.Set("Content-Length", strconv.Itoa(len(a.body)))
	w.WriteHeader(a.status)
	w.Write(a.body)
}

// A loadResult is what a load run measured.
type loadResult struct {
	requests  int
	elapsed   time.Duration
	latencies []time.Duration // sorted
	unplanned []string        // answers with a status other than the shot's, the first few
}

func (r loadResult) perSecond() float64 { return float64(r.requests) / r.elapsed.Seconds() }

// quantile returns the latency that a fraction q of the requests did not
// exceed.
func (r loadResult) quantile(q float64) time.Duration {
	if len(r.latencies) == 0 {
		return 0
	}
	return r.latencies[min(len(r.latencies)-1, int(q*float64(len(r.latencies))))]
}

// A loadTarget is a server to drive with the mix.
type loadTarget struct {
	base    string
	planned bool              // whether to check the mix's statuses; the floor answers 200 to all
	etags   map[string]string // by path and Accept-Language, for the conditional shots
}

// newLoadTarget prepares a run against the server at base: it asks each
// conditional shot's resource once, for its ETag.
func newLoadTarget(t testing.TB, base string, planned bool) *loadTarget {
	lt := &loadTarget{base: base, planned: planned, etags: map[string]string{}}
	for _, s := range loadMix {
		req, err := http.NewRequest("GET", base+s.path, nil)
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("Accept-Language", s.accept)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		lt.etags[s.path+"\x00"+s.accept] = resp.Header.Get("ETag")
	}
	return lt
}

// run sends n requests of the mix from the given number of concurrent
// clients, each on its own keep-alive connection, and measures them.
func (lt *loadTarget) run(t testing.TB, clients, n int) loadResult {
	tr := &http.Transport{MaxIdleConnsPerHost: clients, MaxConnsPerHost: clients, DisableCompression: true}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr, Timeout: 10 * time.Second}
	// Each client has its own requests, reused once an answer is read.
	reqs := make([][]*http.Request, clients)
	for c := range reqs {
		for _, s := range loadMix {
			req, err := http.NewRequest("GET", lt.base+s.path, nil)
			if err != nil {
				t.Fatal(err)
			}
			req.Header.Set("Accept-Language", s.accept)
			if s.cond {
				req.Header.Set("If-None-Match", lt.etags[s.path+"\x00"+s.accept])
			}
			reqs[c] = append(reqs[c], req)
		}
	}
	var (
		next      atomic.Int64
		lat       = make([]time.Duration, n)
		mu        sync.Mutex
		unplanned []string
		wg        sync.WaitGroup
	)
	do := func(c, i int) error {
		k := (c*len(loadMix)/clients + i) % len(loadMix)
		start := time.Now()
		resp, err := client.Do(reqs[c][k])
		if err != nil {
			return err
		}
		_, err = io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		lat[i] = time.Since(start)
		if want := loadMix[k].status; lt.planned && resp.StatusCode != want || !lt.planned && resp.StatusCode != 200 {
			mu.Lock()
			if len(unplanned) < 10 {
				unplanned = append(unplanned, fmt.Sprintf("%s: %d", loadMix[k].path, resp.StatusCode))
			}
			mu.Unlock()
		}
		return err
	}
	// Warm up: one pass of the mix per client opens the connections.
	for c := range clients {
		for k := range loadMix {
			if err := do(c, k%n); err != nil {
				t.Fatal(err)
			}
		}
	}
	unplanned = nil
	start := time.Now()
	for c := range clients {
		wg.Go(func() {
			for {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				if err := do(c, i); err != nil {
					t.Error(err)
					return
				}
			}
		})
	}
	wg.Wait()
	res := loadResult{requests: n, elapsed: time.Since(start), latencies: lat, unplanned: unplanned}
	slices.Sort(res.latencies)
	return res
}

func startFloor(t testing.TB) *httptest.Server {
	srv := httptest.NewServer(http.HandlerFunc(floorHandler))
	t.Cleanup(srv.Close)
	return srv
}

// TestLoad sends a short run of the load mix and checks that every
// answer has its planned status. It measures nothing; see BenchmarkLoad.
func TestLoad(t *testing.T) {
	srv := startServer(t)
	lt := newLoadTarget(t, srv.URL, true)
	n := 20 * len(loadMix)
	if testing.Short() {
		n = 2 * len(loadMix)
	}
	if res := lt.run(t, 8, n); len(res.unplanned) > 0 {
		t.Errorf("unplanned answers: %s", strings.Join(res.unplanned, "; "))
	}
}

// BenchmarkLoad drives the service and the floor, a server answering
// every request with 2 KB of fixed JSON, with the load mix from 1, 8 and
// 64 clients over loopback, each sub-benchmark sending b.N requests. It
// reports requests per second and the median and 99th percentile
// latencies, and fails on any answer whose status is not the planned one.
//
//	go test -run '^$' -bench Load -benchtime 20000x ./examples/server
func BenchmarkLoad(b *testing.B) {
	srv := startServer(b)
	static := httptest.NewServer(newStaticFloor(b, srv.URL))
	b.Cleanup(static.Close)
	targets := []struct {
		name string
		lt   *loadTarget
	}{
		{"floor", newLoadTarget(b, startFloor(b).URL, false)},
		{"static", newLoadTarget(b, static.URL, true)},
		{"server", newLoadTarget(b, srv.URL, true)},
	}
	for _, clients := range []int{1, 8, 64} {
		for _, tg := range targets {
			b.Run(fmt.Sprintf("clients=%d/%s", clients, tg.name), func(b *testing.B) {
				res := tg.lt.run(b, clients, b.N)
				b.ReportMetric(res.perSecond(), "req/s")
				b.ReportMetric(float64(res.quantile(0.50).Microseconds()), "p50-µs")
				b.ReportMetric(float64(res.quantile(0.99).Microseconds()), "p99-µs")
				if len(res.unplanned) > 0 {
					b.Errorf("unplanned answers: %s", strings.Join(res.unplanned, "; "))
				}
			})
		}
	}
}

// BenchmarkHandler serves the load mix from the handler directly, without
// a network: the service's own cost per request.
func BenchmarkHandler(b *testing.B) {
	h := newHandler(slog.New(slog.DiscardHandler), testCache)
	lt := &loadTarget{etags: map[string]string{}}
	var reqs []*http.Request
	for _, s := range loadMix {
		req := httptest.NewRequest("GET", s.path, nil)
		req.Header.Set("Accept-Language", s.accept)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		lt.etags[s.path] = rec.Header().Get("ETag")
		if s.cond {
			req.Header.Set("If-None-Match", lt.etags[s.path])
		}
		reqs = append(reqs, req)
	}
	w := discardWriter{http.Header{}}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		clear(w.h)
		h.ServeHTTP(w, reqs[i%len(reqs)])
		i++
	}
}

type discardWriter struct{ h http.Header }

func (w discardWriter) Header() http.Header         { return w.h }
func (w discardWriter) Write(b []byte) (int, error) { return len(b), nil }
func (w discardWriter) WriteHeader(int)             {}

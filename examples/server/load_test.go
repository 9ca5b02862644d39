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
	{"/v1/sessions/extraordinary-summit/2024-11-11", "ru", false, 200},
	{"/v1/timeline?from=1969&to=1974&topic=membership", "ar", false, 200},
	{"/v1/members", "", true, 304},
}

// floorBody is what the floor server answers: 2 KB of fixed JSON.
var floorBody = func() []byte {
	b := []byte(`{"data":"`)
	b = append(b, strings.Repeat("x", 2048-len(b)-3)...)
	return append(b, "\"}\n"...)
}()

// floorHandler is the floor the service is measured against: a handler
// that answers every request with the same 2 KB of JSON, doing no work
// per request.
func floorHandler(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Type", "application/json")
	h.Set("Content-Length", strconv.Itoa(len(floorBody)))
	w.Write(floorBody)
}

// A recorded answer is what the static floor serves for one shot.
type recorded struct {
	status int
	header http.Header // all but Date, which net/http adds
	etag   string
	body   []byte
}

// staticFloor is the second floor: a handler that serves, for each
// request of the mix, the header fields and bytes the service answered it
// with, taken from a map, as a static file server would serve the files
// of a site, and answers conditional requests by comparing ETags. Between
// it and the service lies only the service's own work per request.
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
		resp.Header.Del("Date")
		f[req.URL.RequestURI()+"\x00"+s.accept] = recorded{resp.StatusCode, resp.Header, resp.Header.Get("ETag"), b}
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
	for k, v := range a.header {
		h[k] = v
	}
	if a.etag != "" && r.Header.Get("If-None-Match") == a.etag {
		delete(h, "Content-Type")
		delete(h, "Content-Length")
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.WriteHeader(a.status)
	w.Write(a.body)
}

// A loadClient sends the mix to one server from a number of concurrent
// clients, each with its own keep-alive connection, and adds up what it
// measures over the rounds it is given.
type loadClient struct {
	name    string
	planned bool // whether to check the mix's statuses; the floor answers 200 to all
	clients int
	http    *http.Client
	reqs    [][]*http.Request // per client, per shot; reused once an answer is read

	requests  int
	elapsed   time.Duration
	latencies []time.Duration
	unplanned []string // answers with a status other than the shot's, the first few
}

// newLoadClient prepares to drive the server at base: it asks for each
// conditional shot's resource once, for its ETag, builds each client's
// requests and opens the connections with one pass of the mix per client.
func newLoadClient(t testing.TB, name, base string, planned bool, clients int) *loadClient {
	tr := &http.Transport{MaxIdleConnsPerHost: clients, MaxConnsPerHost: clients, DisableCompression: true}
	t.Cleanup(tr.CloseIdleConnections)
	lc := &loadClient{name: name, planned: planned, clients: clients, http: &http.Client{Transport: tr, Timeout: 10 * time.Second}}
	etags := map[string]string{}
	for _, s := range loadMix {
		req, err := http.NewRequest("GET", base+s.path, nil)
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("Accept-Language", s.accept)
		resp, err := lc.http.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		etags[s.path+"\x00"+s.accept] = resp.Header.Get("ETag")
	}
	lc.reqs = make([][]*http.Request, clients)
	for c := range lc.reqs {
		for _, s := range loadMix {
			req, err := http.NewRequest("GET", base+s.path, nil)
			if err != nil {
				t.Fatal(err)
			}
			req.Header.Set("Accept-Language", s.accept)
			if s.cond {
				req.Header.Set("If-None-Match", etags[s.path+"\x00"+s.accept])
			}
			lc.reqs[c] = append(lc.reqs[c], req)
		}
	}
	lc.round(t, clients*len(loadMix))
	lc.requests, lc.elapsed, lc.latencies, lc.unplanned = 0, 0, nil, nil
	return lc
}

// round sends n requests of the mix from the clients at once and adds
// them to the measurements. Client c starts its part of the mix at its
// own place, so that the clients do not all ask for the same thing.
func (lc *loadClient) round(t testing.TB, n int) {
	var (
		next atomic.Int64
		lat  = make([]time.Duration, n)
		mu   sync.Mutex
		wg   sync.WaitGroup
	)
	do := func(c, i int) error {
		k := (c*len(loadMix)/lc.clients + i) % len(loadMix)
		start := time.Now()
		resp, err := lc.http.Do(lc.reqs[c][k])
		if err != nil {
			return err
		}
		_, err = io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		lat[i] = time.Since(start)
		want := http.StatusOK
		if lc.planned {
			want = loadMix[k].status
		}
		if resp.StatusCode != want {
			mu.Lock()
			if len(lc.unplanned) < 10 {
				lc.unplanned = append(lc.unplanned, fmt.Sprintf("%s: %d", loadMix[k].path, resp.StatusCode))
			}
			mu.Unlock()
		}
		return err
	}
	start := time.Now()
	for c := range lc.clients {
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
	lc.elapsed += time.Since(start)
	lc.requests += n
	lc.latencies = append(lc.latencies, lat...)
}

func (lc *loadClient) perSecond() float64 { return float64(lc.requests) / lc.elapsed.Seconds() }

// quantile returns the latency in microseconds that a fraction q of the
// requests did not exceed.
func (lc *loadClient) quantile(q float64) float64 {
	if len(lc.latencies) == 0 {
		return 0
	}
	slices.Sort(lc.latencies)
	return float64(lc.latencies[min(len(lc.latencies)-1, int(q*float64(len(lc.latencies))))].Microseconds())
}

// interleave sends n requests to each server in rounds, taking the servers
// in turn and starting each round with the next one, so that the machine's
// other work weighs on all of them alike.
func interleave(t testing.TB, lcs []*loadClient, n int) {
	rounds := min(n, 20)
	for r := range rounds {
		m := n / rounds
		if r < n%rounds {
			m++
		}
		for i := range lcs {
			lcs[(r+i)%len(lcs)].round(t, m)
		}
	}
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
	lc := newLoadClient(t, "server", srv.URL, true, 8)
	n := 20 * len(loadMix)
	if testing.Short() {
		n = 2 * len(loadMix)
	}
	if lc.round(t, n); len(lc.unplanned) > 0 {
		t.Errorf("unplanned answers: %s", strings.Join(lc.unplanned, "; "))
	}
}

// BenchmarkLoad drives the service and two floors with the load mix from
// 1, 8 and 64 clients over loopback: the floor, a server answering every
// request with the same 2 KB of JSON, and the static floor, a server
// answering each request of the mix with the bytes the service gave it,
// from a map. Each sub-benchmark sends b.N requests to each server, in
// interleaved rounds, and reports for each its requests per second and
// its median and 99th-percentile latencies in microseconds, and the
// service's requests per second as a fraction of each floor's. It fails
// on any answer whose status is not the planned one.
//
//	go test -run '^$' -bench Load -benchtime 20000x ./examples/server
func BenchmarkLoad(b *testing.B) {
	srv := startServer(b)
	static := httptest.NewServer(newStaticFloor(b, srv.URL))
	b.Cleanup(static.Close)
	floor := startFloor(b)
	for _, clients := range []int{1, 8, 64} {
		b.Run(fmt.Sprintf("clients=%d", clients), func(b *testing.B) {
			lcs := []*loadClient{
				newLoadClient(b, "floor", floor.URL, false, clients),
				newLoadClient(b, "static", static.URL, true, clients),
				newLoadClient(b, "server", srv.URL, true, clients),
			}
			b.ResetTimer()
			interleave(b, lcs, b.N)
			b.StopTimer()
			for _, lc := range lcs {
				b.ReportMetric(lc.perSecond(), lc.name+"-req/s")
				b.ReportMetric(lc.quantile(0.50), lc.name+"-p50-µs")
				b.ReportMetric(lc.quantile(0.99), lc.name+"-p99-µs")
				if len(lc.unplanned) > 0 {
					b.Errorf("%s: unplanned answers: %s", lc.name, strings.Join(lc.unplanned, "; "))
				}
			}
			b.ReportMetric(lcs[2].perSecond()/lcs[0].perSecond(), "server/floor")
			b.ReportMetric(lcs[2].perSecond()/lcs[1].perSecond(), "server/static")
		})
	}
}

// BenchmarkHandler serves the load mix from the handler directly, without
// a network: the service's own cost per request.
func BenchmarkHandler(b *testing.B) {
	h := newHandler(slog.New(slog.DiscardHandler), testCache)
	etags := map[string]string{}
	var reqs []*http.Request
	for _, s := range loadMix {
		req := httptest.NewRequest("GET", s.path, nil)
		req.Header.Set("Accept-Language", s.accept)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		etags[s.path] = rec.Header().Get("ETag")
		if s.cond {
			req.Header.Set("If-None-Match", etags[s.path])
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

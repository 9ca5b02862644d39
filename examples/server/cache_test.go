package main

import (
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/kzoic/kzoic/oic"
)

// bytesOf returns a build that makes n bytes of JSON, counting its calls.
func bytesOf(n int, calls *int) func() ([]byte, error) {
	return func() ([]byte, error) {
		*calls++
		return []byte(strings.Repeat("1", n-1) + "\n"), nil
	}
}

func TestCacheEvictsLeastRecentlyUsed(t *testing.T) {
	// Room for three entries of 1000 bytes and their overhead.
	c := newCache(3*(1000+entryOverhead+64), 1)
	calls := 0
	for _, k := range []string{"a", "b", "c", "a", "d"} {
		if _, err := c.get(k, 0, bytesOf(1000, &calls)); err != nil {
			t.Fatal(err)
		}
	}
	// a was used again before d came, so b was dropped.
	if calls != 4 {
		t.Errorf("%d builds; want 4", calls)
	}
	n, size := c.stats()
	if n != 3 || size > c.shards[0].max {
		t.Errorf("%d entries, %d bytes; want 3 within %d", n, size, c.shards[0].max)
	}
	for _, tt := range []struct {
		key  string
		kept bool
	}{{"a", true}, {"c", true}, {"d", true}, {"b", false}} {
		before := calls
		if _, err := c.get(tt.key, 0, bytesOf(1000, &calls)); err != nil {
			t.Fatal(err)
		}
		if kept := calls == before; kept != tt.kept {
			t.Errorf("entry %s kept = %v; want %v", tt.key, kept, tt.kept)
		}
	}
}

func TestCacheEntryTooLarge(t *testing.T) {
	c := newCache(4096, 1)
	calls := 0
	for range 2 {
		e, err := c.get("big", 0, bytesOf(10000, &calls))
		if err != nil || len(e.body) != 10000 || e.etag == "" {
			t.Fatalf("get: %v, %v", e, err)
		}
	}
	if n, size := c.stats(); calls != 2 || n != 0 || size != 0 {
		t.Errorf("%d builds, %d entries of %d bytes; want 2 builds and nothing kept", calls, n, size)
	}
}

func TestCacheError(t *testing.T) {
	c := newCache(1<<20, 1)
	boom := errors.New("boom")
	if _, err := c.get("k", 0, func() ([]byte, error) { return nil, boom }); err != boom {
		t.Fatalf("err = %v; want %v", err, boom)
	}
	calls := 0
	if e, err := c.get("k", 0, bytesOf(10, &calls)); err != nil || calls != 1 || len(e.body) != 10 {
		t.Errorf("after a failed build: %v, %v, %d builds", e, err, calls)
	}
}

// TestCacheBuildsOnce asks for one key from many goroutines while its
// build is held back: one build serves them all.
func TestCacheBuildsOnce(t *testing.T) {
	c := newCache(1<<20, 4)
	release := make(chan struct{})
	var wg sync.WaitGroup
	etags := make([]string, 32)
	for i := range etags {
		wg.Go(func() {
			e, err := c.get("k", 0, func() ([]byte, error) {
				<-release
				return []byte("[]\n"), nil
			})
			if err != nil {
				t.Error(err)
				return
			}
			etags[i] = e.etag
		})
	}
	close(release)
	wg.Wait()
	if n := c.builds.Load(); n != 1 {
		t.Errorf("%d builds; want 1", n)
	}
	for _, e := range etags {
		if e != etags[0] || e == "" {
			t.Fatalf("ETags differ: %q", etags)
		}
	}
}

// TestServiceCacheConcurrent sends requests that differ only in how they
// spell the same resource, query and language, from many clients at once
// (run it with -race): each canonical request is built once, and every
// spelling gets the same bytes and ETag.
func TestServiceCacheConcurrent(t *testing.T) {
	s := newService(testCache)
	srv := httptest.NewServer(logRequests(slog.New(slog.DiscardHandler), s))
	t.Cleanup(srv.Close)
	groups := [][]struct{ path, accept string }{
		{{"/v1/members/KZ", ""}, {"/v1/members/kaz", "en-GB"}, {"/v1/members/KAZ?on=" + oic.Vintage().String(), "tr"}, {"/v1/members/kz?lang=en", "ar"}},
		{{"/v1/members/KZ", "ru"}, {"/v1/members/KAZ?lang=ru-RU", ""}, {"/v1/members/kz", "de, ru;q=0.5"}},
		{{"/v1/sessions/cfm/38", "ar"}, {"/v1/sessions/CFM/38?lang=ar-SA", ""}},
		{{"/v1/timeline?from=2011&to=2011", "fr"}, {"/v1/timeline?to=2011&from=2011&lang=fr", ""}},
		{{"/v1/search?q=Astana", "kk"}, {"/v1/search?lang=kk&q=Astana", ""}},
		{{"/v1/search?q=xqzjw", ""}},
	}
	type answer struct{ body, etag string }
	var (
		mu   sync.Mutex
		seen = map[int]answer{}
		wg   sync.WaitGroup
	)
	for c := range 16 {
		wg.Go(func() {
			for i := range 20 {
				g := (c + i) % len(groups)
				r := groups[g][(c*7+i)%len(groups[g])]
				req, _ := http.NewRequest("GET", srv.URL+r.path, nil)
				req.Header.Set("Accept-Language", r.accept)
				resp, err := srv.Client().Do(req)
				if err != nil {
					t.Error(err)
					return
				}
				b, err := io.ReadAll(resp.Body)
				resp.Body.Close()
				if err != nil || resp.StatusCode != 200 {
					t.Errorf("GET %s: %d, %v", r.path, resp.StatusCode, err)
					return
				}
				got := answer{string(b), resp.Header.Get("ETag")}
				mu.Lock()
				if want, ok := seen[g]; !ok {
					seen[g] = got
				} else if got != want {
					t.Errorf("GET %s (Accept-Language %q): ETag %s; want %s as for the other spellings", r.path, r.accept, got.etag, want.etag)
				}
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	if n := s.cache.builds.Load(); n != int64(len(groups)) {
		t.Errorf("%d builds for %d canonical requests", n, len(groups))
	}
	if n, _ := s.cache.stats(); n != len(groups) {
		t.Errorf("%d entries for %d canonical requests", n, len(groups))
	}
}

func TestSpellings(t *testing.T) {
	sp := newSpellings()
	sp.remember("/v1/members/kz", "ru", "member KAZ 2026 ru")
	for _, tt := range []struct{ target, accept, want string }{
		{"/v1/members/kz", "ru", "member KAZ 2026 ru"},
		{"/v1/members/kz", "ru ", ""},
		{"/v1/members/kz", "", ""},
		{"/v1/members/KZ", "ru", ""},
		{"/v1/members/kz\x00ru", "", ""},
	} {
		if got := sp.lookup(tt.target, tt.accept); got != tt.want {
			t.Errorf("lookup(%q, %q) = %q; want %q", tt.target, tt.accept, got, tt.want)
		}
	}
	sp.remember(strings.Repeat("/x", maxSpellingText), "", "long")
	if got := sp.lookup(strings.Repeat("/x", maxSpellingText), ""); got != "" {
		t.Errorf("a spelling over %d bytes was remembered", maxSpellingText)
	}
	for i := range 2 * maxSpellings {
		sp.remember(fmt.Sprintf("/v1/members/%d", i), "", "k")
	}
	n := 0
	for i := range sp.shards {
		n += len(sp.shards[i].m)
	}
	if n > maxSpellings {
		t.Errorf("%d spellings kept; want at most %d", n, maxSpellings)
	}
}

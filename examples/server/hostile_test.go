package main

import (
	"bufio"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"
)

const (
	problemType = "application/problem+json"
	jsonType    = "application/json; charset=utf-8"
	plainType   = "text/plain; charset=utf-8" // net/http's own answers
)

// roundTrip sends the raw request text to addr on a new connection and
// reads one response. The text is written while the response is read, so
// that an answer the server gives before reading all of it still arrives.
func roundTrip(t *testing.T, addr, method, text string) (*http.Response, []byte) {
	t.Helper()
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(10 * time.Second))
	go io.WriteString(conn, text) // fails once the server hangs up on a request it refused early
	resp, err := http.ReadResponse(bufio.NewReader(conn), &http.Request{Method: method})
	if err != nil {
		t.Fatalf("%.60q: %v", text, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("%.60q: reading the body: %v", text, err)
	}
	return resp, b
}

// TestHostile sends odd and hostile requests over a real connection to a
// server set up as run sets it up, and checks the status, the content
// type, the size of the body and, for problems, their detail. The last
// cases are answered by net/http itself before the handler runs; they
// show what the service cannot shape.
func TestHostile(t *testing.T) {
	srv := startServer(t)
	addr := srv.Listener.Addr().String()
	mb := strings.Repeat("9", 1<<20)
	// Answered once, /v1/members is served from the cache from then on:
	// the checks must hold on that path too.
	if resp, _ := roundTrip(t, addr, "GET", "GET /v1/members HTTP/1.1\r\nHost: "+addr+"\r\nConnection: close\r\n\r\n"); resp.StatusCode != 200 {
		t.Fatalf("GET /v1/members: %d", resp.StatusCode)
	}
	for _, tt := range []struct {
		name    string
		method  string // GET when empty
		target  string
		header  string // more header lines, each ending in \r\n
		raw     string // the whole request, when not built from the fields above
		status  int
		ctype   string
		maxBody int    // the largest body allowed; -1 for exactly "[]\n"
		detail  string // a part of the problem's detail
	}{
		// Empty lists are [].
		{name: "search without a match", target: "/v1/search?q=xqzjw", status: 200, ctype: jsonType, maxBody: -1},
		{name: "timeline without an event", target: "/v1/timeline?from=1900&to=1901", status: 200, ctype: jsonType, maxBody: -1},
		{name: "members before the founding", target: "/v1/members?on=1900", status: 200, ctype: jsonType, maxBody: -1},
		{name: "observers before the first", target: "/v1/observers?on=1969", status: 200, ctype: jsonType, maxBody: -1},

		// Echoed input is clipped; long targets and search texts are refused.
		{name: "3 KB date", target: "/v1/members?on=" + mb[:3000], status: 400, ctype: problemType, maxBody: 600, detail: `on="999`},
		{name: "10 KB date", target: "/v1/members?on=" + mb[:10000], status: 414, ctype: problemType, maxBody: 600, detail: "the limit is 4096"},
		{name: "3 KB code", target: "/v1/members/" + mb[:3000], status: 404, ctype: problemType, maxBody: 600, detail: "999…"},
		{name: "600-byte search", target: "/v1/search?q=" + mb[:600], status: 400, ctype: problemType, maxBody: 600, detail: "the limit is 512"},
		{name: "3 KB search", target: "/v1/search?q=" + mb[:3000], status: 400, ctype: problemType, maxBody: 600, detail: "the limit is 512"},
		{name: "3 KB parameter name", target: "/v1/members?" + mb[:3000] + "=1", status: 400, ctype: problemType, maxBody: 600, detail: "this endpoint takes only on, lang"},
		{name: "2 KB method", method: mb[:2000], target: "/v1/members", status: 405, ctype: problemType, maxBody: 600, detail: "only GET and HEAD"},

		// Malformed is not missing.
		{name: "bad escape", target: "/v1/search?q=%ZZ", status: 400, ctype: problemType, maxBody: 600, detail: "malformed query string"},
		{name: "semicolon", target: "/v1/search?q=a;b", status: 400, ctype: problemType, maxBody: 600, detail: "malformed query string"},
		{name: "not UTF-8", target: "/v1/search?q=%FF", status: 400, ctype: problemType, maxBody: 600, detail: "not UTF-8"},
		{name: "no search text", target: "/v1/search", status: 400, ctype: problemType, maxBody: 600, detail: "q is missing"},
		{name: "empty search text", target: "/v1/search?q=", status: 400, ctype: problemType, maxBody: 600, detail: "q is empty"},
		{name: "blank search text", target: "/v1/search?q=+%20", status: 400, ctype: problemType, maxBody: 600, detail: "q is empty"},
		{name: "empty date", target: "/v1/members?on=", status: 400, ctype: problemType, maxBody: 600, detail: "on is empty"},
		{name: "repeated parameter", target: "/v1/members?on=1990&on=2000", status: 400, ctype: problemType, maxBody: 600, detail: "more than once"},
		{name: "unknown parameter", target: "/v1/members?page=2", status: 400, ctype: problemType, maxBody: 600, detail: `"page"`},
		{name: "attested date", target: "/v1/members?on=%5B..2017%5D", status: 400, ctype: problemType, maxBody: 600, detail: "want a date"},
		{name: "bad language", target: "/v1/members?lang=!!", status: 400, ctype: problemType, maxBody: 600, detail: `lang="!!"`},
		{name: "query on healthz", target: "/healthz?verbose=1", status: 400, ctype: problemType, maxBody: 600, detail: "no query parameters"},

		// Numbers in paths are strict.
		{name: "signed number", target: "/v1/sessions/cfm/+38", status: 400, ctype: problemType, maxBody: 600, detail: `"+38"`},
		{name: "leading zero", target: "/v1/sessions/cfm/038", status: 400, ctype: problemType, maxBody: 600, detail: `"038"`},
		{name: "leading space", target: "/v1/sessions/cfm/%2038", status: 400, ctype: problemType, maxBody: 600, detail: `" 38"`},
		{name: "exponent", target: "/v1/sessions/cfm/3e1", status: 400, ctype: problemType, maxBody: 600, detail: `"3e1"`},
		{name: "Arabic-Indic digits", target: "/v1/sessions/cfm/%D9%A3%D9%A8", status: 400, ctype: problemType, maxBody: 600, detail: `"٣٨"`},
		{name: "zero", target: "/v1/sessions/cfm/0", status: 400, ctype: problemType, maxBody: 600, detail: `"0"`},
		{name: "no such day", target: "/v1/sessions/cfm/2011-02-30", status: 400, ctype: problemType, maxBody: 600, detail: `"2011-02-30"`},
		{name: "huge number", target: "/v1/sessions/cfm/99999999999999999999", status: 404, ctype: problemType, maxBody: 600, detail: "no cfm session"},
		{name: "unknown number", target: "/v1/sessions/cfm/999", status: 404, ctype: problemType, maxBody: 600, detail: "no cfm session 999"},

		// Paths are never redirected.
		{name: "dot-dot out of /v1", target: "/v1/../../etc/passwd", status: 404, ctype: problemType, maxBody: 600, detail: "no endpoint"},
		{name: "escaped dot-dot", target: "/v1/members/%2e%2e/%2e%2e/etc/passwd", status: 404, ctype: problemType, maxBody: 600, detail: "no endpoint"},
		{name: "dot", target: "/v1/./members", status: 404, ctype: problemType, maxBody: 600, detail: "no endpoint"},
		{name: "double slash", target: "//v1/members", status: 404, ctype: problemType, maxBody: 600, detail: "no endpoint"},
		{name: "final slash", target: "/v1/members/", status: 404, ctype: problemType, maxBody: 600, detail: "no endpoint"},
		{name: "unknown path", target: "/v2/members", status: 404, ctype: problemType, maxBody: 600, detail: `"/v2/members"`},
		{name: "unknown path, HEAD", method: "HEAD", target: "/nowhere", status: 404, ctype: problemType, maxBody: 0},

		// Only GET and HEAD.
		{name: "OPTIONS *", method: "OPTIONS", target: "*", status: 405, ctype: problemType, maxBody: 600, detail: "OPTIONS"},
		{name: "OPTIONS", method: "OPTIONS", target: "/v1/members", status: 405, ctype: problemType, maxBody: 600, detail: "OPTIONS"},
		{name: "POST", method: "POST", target: "/v1/members", header: "Content-Length: 2\r\n", status: 405, ctype: problemType, maxBody: 600, detail: "POST"},
		{name: "TRACE", method: "TRACE", target: "/", status: 405, ctype: problemType, maxBody: 600, detail: "TRACE"},
		{name: "CONNECT", method: "CONNECT", target: "example.com:443", status: 405, ctype: problemType, maxBody: 600, detail: "CONNECT"},
		{name: "GET *", target: "*", status: 400, ctype: problemType, maxBody: 600, detail: "only OPTIONS"},
		{name: "GET with content", target: "/v1/members", header: "Content-Length: 5\r\n", status: 400, ctype: problemType, maxBody: 600, detail: "no content"},
		{name: "HEAD", method: "HEAD", target: "/v1/members", status: 200, ctype: jsonType, maxBody: 0},

		// Header fields over the service's limit, under net/http's.
		{name: "12 KB header", target: "/v1/members", header: "X-Pad: " + mb[:12000] + "\r\n", status: 431, ctype: problemType, maxBody: 600, detail: "the limit is 8192"},

		// What net/http answers itself, in text/plain, before any handler.
		{name: "1 MB date", target: "/v1/members?on=" + mb, status: 431, ctype: plainType, maxBody: 100},
		{name: "1 MB search", target: "/v1/search?q=" + mb, status: 431, ctype: plainType, maxBody: 100},
		{name: "100 KB header", target: "/v1/members", header: "X-Pad: " + mb[:100000] + "\r\n", status: 431, ctype: plainType, maxBody: 100},
		{name: "no Host", raw: "GET /v1/members HTTP/1.1\r\n\r\n", status: 400, ctype: plainType, maxBody: 100},
		{name: "bad request line", raw: "GET  /v1/members HTTP/1.1\r\nHost: x\r\n\r\n", status: 400, ctype: plainType, maxBody: 100},
		{name: "HTTP/9.9", raw: "GET /v1/members HTTP/9.9\r\nHost: x\r\n\r\n", status: 505, ctype: plainType, maxBody: 100},
		{name: "unknown Transfer-Encoding", target: "/v1/members", header: "Transfer-Encoding: gzip\r\n", status: 501, ctype: plainType, maxBody: 100},
		{name: "unknown Expect", target: "/v1/members", header: "Expect: tea\r\n", status: 417, ctype: "", maxBody: 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			method := tt.method
			if method == "" {
				method = "GET"
			}
			text := tt.raw
			if text == "" {
				text = method + " " + tt.target + " HTTP/1.1\r\nHost: " + addr + "\r\n" + tt.header + "Connection: close\r\n\r\n"
			}
			resp, b := roundTrip(t, addr, method, text)
			ctype := resp.Header.Get("Content-Type")
			if resp.StatusCode != tt.status || ctype != tt.ctype {
				t.Fatalf("%d %s %.200q; want %d %s", resp.StatusCode, ctype, b, tt.status, tt.ctype)
			}
			if tt.maxBody < 0 && string(b) != "[]\n" || tt.maxBody >= 0 && len(b) > tt.maxBody {
				t.Errorf("body of %d bytes: %.200q", len(b), b)
			}
			if loc := resp.Header.Get("Location"); loc != "" {
				t.Errorf("Location: %s", loc)
			}
			if tt.status == 405 && resp.Header.Get("Allow") != "GET, HEAD" {
				t.Errorf("Allow: %q", resp.Header.Get("Allow"))
			}
			if ctype != problemType || method == "HEAD" {
				return
			}
			var p problem
			if err := json.Unmarshal(b, &p); err != nil {
				t.Fatalf("bad problem JSON %q: %v", b, err)
			}
			if p.Status != tt.status || p.Title != http.StatusText(tt.status) || !strings.Contains(p.Detail, tt.detail) || len(p.Instance) > maxEcho+len("…") {
				t.Errorf("problem %+v; want status %d, detail naming %s", p, tt.status, tt.detail)
			}
		})
	}
}

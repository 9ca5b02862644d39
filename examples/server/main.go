// Command server is an HTTP service that embeds the kzoic tables: a JSON
// API under /v1 and, beside it, an explorer of HTML pages for people. It is
// the reference integration of github.com/kzoic/kzoic in a Go service.
//
// Usage:
//
//	server [-addr 127.0.0.1:8080] [-cache 64]
//
// Every endpoint and page is read-only and answers GET and HEAD.
//
// # JSON API
//
//	/healthz                        liveness
//	/v1/openapi.json                the OpenAPI 3.1 description of the endpoints below
//	/v1/organisation[?on=DATE]      the OIC itself
//	/v1/members[?on=DATE]           member states on a date, suspended ones included
//	/v1/members/{code}[?on=DATE]    one state, by ISO 3166-1 alpha-2 or alpha-3 code
//	/v1/observers[?on=DATE]         observer states on a date
//	/v1/sessions[?kind=KIND]        sessions, of one kind or all
//	/v1/sessions/{kind}/{id}        one session, by number or first day: /v1/sessions/cfm/38, /v1/sessions/extraordinary-summit/2024-11-11
//	/v1/bodies                      organs and institutions
//	/v1/bodies/{acronym}            one body
//	/v1/offices[?on=DATE]           offices and their holders on a date
//	/v1/documents                   charters, programmes, declarations, statutes
//	/v1/kazakhstan[?on=DATE]        Kazakhstan's record
//	/v1/initiatives[?on=DATE]       Kazakhstan's initiatives
//	/v1/initiatives/{id}[?on=DATE]  one initiative
//	/v1/timeline[?from=&to=&topic=&country=]  the chronology
//	/v1/search?q=TEXT               records by any name
//
// Names follow the Accept-Language header, or ?lang=TAG. Dates are ISO
// 8601 with their precision ("1995", "2010-03", "2011-06-28"). Lists are
// JSON arrays, [] when empty. Responses carry an ETag and a Last-Modified
// date derived from the data vintage, so clients can revalidate with
// If-None-Match or If-Modified-Since.
//
// # Pages
//
// The explorer's pages are rendered on the server with html/template and
// work without JavaScript (they carry none; a Content-Security-Policy
// allows none), styled by one small stylesheet, /style.css:
//
//	/[?on=DATE]                          the overview: the organisation and Kazakhstan's record on a date
//	/members[?on=DATE]                   member and observer states on a date, by name in the reader's collation
//	/members/{code}[?on=DATE]            one state: names, standing, history, sessions hosted, sources
//	/sessions[?kind=KIND]                sessions by kind, and sessions per year
//	/sessions/{kind}/{id}                one session: /sessions/cfm/38, /sessions/executive-committee/2014-02
//	/bodies                              organs and institutions
//	/bodies/{key}                        one body: /bodies/iofs
//	/offices[?on=DATE]                   every office, its holder on a date and all its terms
//	/documents                           charters, programmes, declarations, statutes (each at /documents#key)
//	/initiatives[?on=DATE]               Kazakhstan's initiatives and their status on a date
//	/initiatives/{id}[?on=DATE]          one initiative
//	/timeline[?from=&to=&topic=&country=]  the chronology, filtered
//	/search[?q=TEXT]                     records by any of their names, in any language
//
// Every page takes ?lang= (en, ar, fr, kk, ru, or any BCP 47 tag, which
// picks the closest) or, without it, follows Accept-Language; each page
// links to itself in the five languages, and every link in a page keeps its
// language, so that a page's URL is stable: the path, its parameters, then
// lang. Arabic pages are laid out right to left (dir="rtl", with a mirrored
// layout), and names and codes in other scripts are isolated in <bdi>.
// Dates, periods, counts, titles, outcomes and changes of standing are
// written for the reader by package prose, and the labels come from its
// message catalog (keys "label.", "cli." shared with examples/oicinfo, and
// "web."); a form that is the module's own translation or transliteration
// is marked with a degree sign explained at the foot of the page. A form
// field left empty is taken as not given; other parameters are checked as
// strictly as the JSON API's. Record pages link to their sources and to the
// related records.
//
// Four charts are inline SVG drawn in Go: the number of member states and
// of those in good standing over time (a step line, suspensions shaded,
// each change titled for the pointer), the holders of three offices over
// time (the Secretaries-General, Kazakhstan's Permanent Representatives,
// the heads of the IOFS), the signatories and ratifications an initiative's
// sources report, and the sessions held each year by kind. Spans the
// sources date only to a year or a month, or only attest, are hatched, as
// the legend says. Each chart has a <title> and a <desc> for assistive
// technology and its data as a table.
//
// # Responses computed once
//
// The data cannot change while the process runs, so the service encodes
// each response once: the first request for a resource, with its query in
// canonical form and its negotiated language, builds the JSON (or, for a
// page, the HTML) and its ETag (a digest of the bytes), and later
// requests, conditional ones included, are served the stored bytes. The store keeps at most -cache
// MiB, dropping the least recently used responses first. A request
// spelled exactly as one answered before (the same target and
// Accept-Language) goes to its stored answer without being routed, parsed
// or negotiated again; that table holds at most 8192 spellings of up to
// 512 bytes. Driven over loopback with a mix of requests, the service
// answers about 0.85 times as many requests per second as a server that
// returns a fixed 2 KB of JSON, and 0.95 times as many as one that
// replays the service's own answers from a map; see README.md and
// BenchmarkLoad.
//
// # Errors
//
// Errors are application/problem+json (RFC 9457): 400 for malformed
// input (a bad date or number, a query string with a bad escape or a
// semicolon, a parameter the endpoint does not take, given twice or
// empty, search text over 512 bytes, a GET with content), 404 for unknown
// codes, numbers and paths (a path with ".", ".." or "//" is never
// redirected), 405 with Allow: GET, HEAD for every other method, OPTIONS *
// included, 414 for a request target over 4 KiB and 431 for header fields
// over 8 KiB. A detail quotes at most 128 bytes of the input it names.
//
// A request outside /v1 and /healthz whose Accept header asks for
// text/html, as a browser's does, gets an HTML page instead, in the
// reader's language, with the same status and the same detail (in
// English); any other client gets the problem, wherever it asked.
//
// A few answers come from net/http before any handler runs and cannot be
// shaped: in short text/plain, 431 for a request line and header over
// MaxHeaderBytes (16 KiB) plus net/http's 4 KiB of slack, 400 for a
// request line or header that does not parse (or a missing or bad Host),
// 501 for an unknown Transfer-Encoding and 505 for an HTTP version other
// than 1.x; and 417, without a body, for an Expect other than
// 100-continue.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stderr, nil); err != nil {
		fmt.Fprintln(os.Stderr, "server:", err)
		if errors.Is(err, flag.ErrHelp) || errors.Is(err, errUsage) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}

var errUsage = errors.New("bad arguments")

// run serves until ctx is done, then shuts down gracefully. When ready is
// not nil, it receives the address the server listens on.
func run(ctx context.Context, args []string, stderr io.Writer, ready chan<- string) error {
	fs := flag.NewFlagSet("server", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on")
	cacheMiB := fs.Int("cache", 64, "`MiB` of encoded responses to keep")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return fmt.Errorf("unexpected arguments %q: %w", fs.Args(), errUsage)
	}
	if *cacheMiB < 0 {
		fs.Usage()
		return fmt.Errorf("-cache %d: want a size in MiB, 0 or more: %w", *cacheMiB, errUsage)
	}
	logger := slog.New(slog.NewJSONHandler(stderr, nil))
	srv := newServer(newHandler(logger, int64(*cacheMiB)<<20), logger)
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	logger.Info("listening", "addr", ln.Addr().String())
	if ready != nil {
		ready <- ln.Addr().String()
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	logger.Info("shutting down")
	shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil {
		return err
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// newServer returns the http.Server for h, with limits on time and
// header size. The general OPTIONS * handler of net/http is off, so that
// h answers OPTIONS * like every other method but GET and HEAD.
func newServer(h http.Handler, logger *slog.Logger) *http.Server {
	return &http.Server{
		Handler:                      h,
		DisableGeneralOptionsHandler: true,
		MaxHeaderBytes:               maxHeaderBytes,
		ReadHeaderTimeout:            5 * time.Second,
		ReadTimeout:                  10 * time.Second,
		WriteTimeout:                 10 * time.Second,
		IdleTimeout:                  60 * time.Second,
		ErrorLog:                     slog.NewLogLogger(logger.Handler(), slog.LevelError),
	}
}

// Command server is an HTTP JSON service that embeds the kzoic tables: the
// reference integration of github.com/kzoic/kzoic in a Go service.
//
// Usage:
//
//	server [-addr 127.0.0.1:8080] [-cache 64]
//
// Every endpoint is read-only and answers GET and HEAD:
//
//	/healthz                        liveness
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
// # Responses computed once
//
// The data cannot change while the process runs, so the service encodes
// each response once: the first request for a resource, with its query in
// canonical form and its negotiated language, builds the JSON and its
// ETag (a digest of the bytes), and later requests, conditional ones
// included, are served the stored bytes. The store keeps at most -cache
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

package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"unicode/utf8"
)

// maxEcho is how many bytes of a request's input a problem's detail
// quotes: enough to recognise it, too few to turn a large request into a
// larger answer.
const maxEcho = 128

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

func statusError(status int, format string, a ...any) error {
	return &httpError{status, fmt.Sprintf(format, a...)}
}

func badRequest(format string, a ...any) error {
	return statusError(http.StatusBadRequest, format, a...)
}

func notFound(format string, a ...any) error {
	return statusError(http.StatusNotFound, format, a...)
}

// clip returns s cut to at most maxEcho bytes at a character boundary,
// the cut marked with "…", for quoting input in a detail.
func clip(s string) string {
	if len(s) <= maxEcho {
		return s
	}
	i := maxEcho
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i] + "…"
}

// writeProblem answers err as application/problem+json. An error that is
// not an *httpError is a 500. The instance is the request's path, clipped:
// the detail already names the part of the query at fault.
func writeProblem(w http.ResponseWriter, r *http.Request, err error) {
	he, ok := err.(*httpError)
	if !ok {
		he = &httpError{http.StatusInternalServerError, err.Error()}
	}
	b, _ := json.Marshal(problem{
		Type:     "about:blank",
		Title:    http.StatusText(he.status),
		Status:   he.status,
		Detail:   he.detail,
		Instance: clip(r.URL.EscapedPath()),
	})
	b = append(b, '\n')
	h := w.Header()
	h.Set("Content-Type", "application/problem+json")
	h.Set("Content-Length", strconv.Itoa(len(b)))
	w.WriteHeader(he.status)
	if r.Method != http.MethodHead {
		w.Write(b)
	}
}

package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
)

// A table is one CSV file: its header and its rows as maps from column
// name to cell, with the line of each row for error messages.
type table struct {
	file string
	rows []record
}

type record struct {
	line  int
	cells map[string]string
}

func (r record) get(col string) string { return strings.TrimSpace(r.cells[col]) }

func readTable(dir, name string, required ...string) (*table, error) {
	path := filepath.Join(dir, name)
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	cr := csv.NewReader(f)
	cr.Comment = '#'
	all, err := cr.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	if len(all) == 0 {
		return nil, fmt.Errorf("%s: no header", path)
	}
	head := all[0]
	for _, c := range required {
		if !slices.Contains(head, c) {
			return nil, fmt.Errorf("%s: missing column %q", path, c)
		}
	}
	t := &table{file: name}
	for i, row := range all[1:] {
		m := make(map[string]string, len(head))
		for j, c := range head {
			m[c] = row[j]
		}
		t.rows = append(t.rows, record{line: i + 2, cells: m})
	}
	return t, nil
}

// errorList collects the problems found in the data, so that one run
// reports them all.
type errorList []error

func (l *errorList) add(t *table, r record, format string, args ...any) {
	*l = append(*l, fmt.Errorf("%s:%d: %s", t.file, r.line, fmt.Sprintf(format, args...)))
}

func (l errorList) err() error { return errors.Join(l...) }

// A date is a parsed ISO 8601 reduced date: year, month or day precision,
// and a bound: 0 for the date itself, 1 for an attestation "on or before"
// ("[..2017-09-11]"), 2 for "on or after" ("[2019-04-30..]").
type date struct{ y, m, d, b int }

func (d date) isZero() bool { return d == date{} }

func (d date) compare(e date) int {
	switch {
	case d.y != e.y:
		return cmpInt(d.y, e.y)
	case d.m != e.m:
		return cmpInt(d.m, e.m)
	case d.d != e.d:
		return cmpInt(d.d, e.d)
	}
	return cmpInt(d.b, e.b)
}

// start returns the first day of the span d's fields name, as a comparable
// date with no bound.
func (d date) start() date {
	if d.isZero() {
		return d
	}
	if d.m == 0 {
		return date{d.y, 1, 1, 0}
	}
	if d.d == 0 {
		return date{d.y, d.m, 1, 0}
	}
	return date{d.y, d.m, d.d, 0}
}

// dayAfter returns the day after the last day of the span d's fields name:
// the exact exclusive end of a span that ends with the whole of d.
func (d date) dayAfter() date {
	if d.isZero() {
		return d
	}
	last := d.start()
	switch {
	case d.m == 0:
		last = date{d.y, 12, 31, 0}
	case d.d == 0:
		last = date{d.y, d.m, time.Date(d.y, time.Month(d.m)+1, 0, 12, 0, 0, 0, time.UTC).Day(), 0}
	}
	return last.next()
}

// next returns the date after d at d's precision, with d's bound: the
// exclusive end of a span whose last date is d.
func (d date) next() date {
	switch {
	case d.isZero():
		return d
	case d.m == 0:
		d.y++
	case d.d == 0:
		if d.m++; d.m > 12 {
			d.y, d.m = d.y+1, 1
		}
	default:
		t := time.Date(d.y, time.Month(d.m), d.d+1, 12, 0, 0, 0, time.UTC)
		d.y, d.m, d.d = t.Year(), int(t.Month()), t.Day()
	}
	return d
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func (d date) literal() string {
	if d.isZero() {
		return "Date{}"
	}
	s := "Date{Year: " + strconv.Itoa(d.y)
	if d.m != 0 {
		s += ", Month: " + strconv.Itoa(d.m)
	}
	if d.d != 0 {
		s += ", Day: " + strconv.Itoa(d.d)
	}
	if d.b != 0 {
		s += ", Bound: " + [...]string{"", "OnOrBefore", "OnOrAfter"}[d.b]
	}
	return s + "}"
}

var monthDays = [...]int{31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

func parseDate(s string) (date, error) {
	if s == "" {
		return date{}, nil
	}
	b := 0
	switch {
	case strings.HasPrefix(s, "[..") && strings.HasSuffix(s, "]"):
		b, s = 1, s[3:len(s)-1]
	case strings.HasPrefix(s, "[") && strings.HasSuffix(s, "..]"):
		b, s = 2, s[1:len(s)-3]
	}
	d, err := parseReduced(s)
	d.b = b
	return d, err
}

func parseReduced(s string) (date, error) {
	parts := strings.Split(s, "-")
	if len(parts) > 3 || len(parts[0]) != 4 {
		return date{}, fmt.Errorf("bad date %q", s)
	}
	var n [3]int
	for i, p := range parts {
		if (i > 0 && len(p) != 2) || strings.Trim(p, "0123456789") != "" {
			return date{}, fmt.Errorf("bad date %q", s)
		}
		n[i], _ = strconv.Atoi(p)
	}
	d := date{n[0], n[1], n[2], 0}
	if d.y < 1 || (len(parts) > 1 && (d.m < 1 || d.m > 12)) || (len(parts) > 2 && (d.d < 1 || d.d > monthDays[d.m-1])) {
		return date{}, fmt.Errorf("date out of range %q", s)
	}
	if d.m == 2 && d.d == 29 && !(d.y%4 == 0 && (d.y%100 != 0 || d.y%400 == 0)) {
		return date{}, fmt.Errorf("date out of range %q", s)
	}
	return d, nil
}

// splitList splits a cell holding several values separated by semicolons
// or white space.
func splitList(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == ' ' || r == '\t' || r == '\n' })
}

package main

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
)

// sessionKinds lists the session kinds in the order of oic.SessionKind,
// from 1; the position is the constant's value.
var sessionKinds = []string{"", "summit", "extraordinary-summit", "cfm", "extraordinary-cfm", "science-summit"}

type session struct {
	kind, number int
	start, end   date
	city, host   int
	chair, theme string
	outcomes     []string
	notes        string
	sources      []int
	line         int
}

func (s *session) ref() string {
	if s.number == 0 {
		return sessionKinds[s.kind] + " of " + s.start.String()
	}
	return sessionKinds[s.kind] + " " + strconv.Itoa(s.number)
}

func (d date) String() string {
	s := fmt.Sprintf("%04d", d.y)
	if d.m != 0 {
		s += fmt.Sprintf("-%02d", d.m)
	}
	if d.d != 0 {
		s += fmt.Sprintf("-%02d", d.d)
	}
	return s
}

type kindName struct {
	kind     int
	from, to date
	name     text
	sources  []int
}

func (d *db) loadKindNames(dir string) error {
	t, err := readTable(dir, "session_kinds.csv", "kind", "from", "to", "name_en", "name_ar", "name_fr", "name_kk", "name_ru", "sources")
	if err != nil {
		return err
	}
	open := map[int]bool{}
	for _, r := range t.rows {
		k := kindName{kind: slices.Index(sessionKinds, r.get("kind")), from: d.date(t, r, "from"), to: d.date(t, r, "to"), name: readText(r, "name_"), sources: d.refs(t, r, "sources", false)}
		if k.kind <= 0 {
			d.errs.add(t, r, "unknown session kind %q", r.get("kind"))
		}
		if k.name[0] == "" {
			d.errs.add(t, r, "no English name")
		}
		if k.to.isZero() {
			if open[k.kind] {
				d.errs.add(t, r, "two current names for %s", r.get("kind"))
			}
			open[k.kind] = true
		}
		d.kindNames = append(d.kindNames, k)
	}
	for k := 1; k < len(sessionKinds); k++ {
		if !open[k] {
			d.errs = append(d.errs, fmt.Errorf("session_kinds.csv: no current name for %s", sessionKinds[k]))
		}
	}
	return nil
}

func (d *db) writeKindNames(w io.Writer) {
	fmt.Fprintln(w, "// kindNameTable holds the names of the kinds of session over time.")
	fmt.Fprintln(w, "var kindNameTable = [...]kindNameRow{")
	for _, k := range d.kindNames {
		fmt.Fprintf(w, "{kind: %d, period: Period{Start: %s, End: %s}, name: %s, sources: %s},\n", k.kind, k.from.literal(), k.to.literal(), k.name.literal(), idxList(k.sources))
	}
	fmt.Fprintln(w, "}")
	fmt.Fprintln(w)
}

func (d *db) loadSessions(dir string) error {
	if err := d.loadKindNames(dir); err != nil {
		return err
	}
	t, err := readTable(dir, "sessions.csv", "kind", "number", "start", "last_day", "city", "host", "chair", "theme", "outcomes", "sources", "notes")
	if err != nil {
		return err
	}
	for _, r := range t.rows {
		s := &session{line: r.line}
		s.kind = slices.Index(sessionKinds, r.get("kind"))
		if s.kind <= 0 {
			d.errs.add(t, r, "unknown session kind %q", r.get("kind"))
		}
		if n := r.get("number"); n != "" {
			if s.number, err = strconv.Atoi(n); err != nil || s.number < 1 {
				d.errs.add(t, r, "bad number %q", n)
			}
		}
		// The data give the last day; the tables hold the half-open end.
		s.start = d.date(t, r, "start")
		last := d.date(t, r, "last_day")
		if s.start.isZero() {
			d.errs.add(t, r, "no start date")
		}
		if !last.isZero() && last.start().compare(s.start.start()) < 0 {
			d.errs.add(t, r, "ends before it starts")
		}
		if last.isZero() {
			last = s.start
		}
		s.end = last.next()
		if k := r.get("city"); k != "" {
			var ok bool
			if s.city, ok = d.cityIdx[k]; !ok {
				d.errs.add(t, r, "unknown city %q", k)
			}
		}
		if h := r.get("host"); h != "" {
			s.host = d.countryIdx(h)
			if s.host == 0 {
				d.errs.add(t, r, "unknown host %q", h)
			}
		}
		s.chair, s.theme, s.notes = r.get("chair"), r.get("theme"), r.get("notes")
		for _, o := range strings.Split(r.get("outcomes"), ";") {
			if o = strings.TrimSpace(o); o != "" {
				s.outcomes = append(s.outcomes, o)
			}
		}
		s.sources = d.refs(t, r, "sources", false)
		d.sessions = append(d.sessions, s)
	}
	// Order: by kind; numbered sessions by number, then unnumbered ones by date.
	slices.SortStableFunc(d.sessions, func(a, b *session) int {
		if a.kind != b.kind {
			return cmpInt(a.kind, b.kind)
		}
		if (a.number == 0) != (b.number == 0) {
			if a.number == 0 {
				return 1
			}
			return -1
		}
		if a.number != b.number {
			return cmpInt(a.number, b.number)
		}
		return a.start.compare(b.start)
	})
	d.sessionIdx = map[string]int{}
	for i, s := range d.sessions {
		ref := s.ref()
		if _, dup := d.sessionIdx[ref]; dup {
			d.errs = append(d.errs, fmt.Errorf("sessions.csv:%d: duplicate session %s", s.line, ref))
		}
		d.sessionIdx[ref] = i + 1
	}
	return nil
}

// sessionRef resolves a reference such as "cfm 38" in a cell.
func (d *db) sessionRef(t *table, r record, col string) int {
	ref := r.get(col)
	if ref == "" {
		return 0
	}
	i, ok := d.sessionIdx[ref]
	if !ok {
		d.errs.add(t, r, "unknown session %q (want a kind and a number, such as \"cfm 38\")", ref)
	}
	return i
}

func (d *db) writeSessions(w io.Writer) {
	d.writeKindNames(w)
	fmt.Fprintln(w, "// sessionTable holds every session, by kind, then number; index 0 is the zero Session.")
	fmt.Fprintln(w, "var sessionTable = [...]sessionRow{")
	fmt.Fprintln(w, "{},")
	first := make([]int, len(sessionKinds))
	count := make([]int, len(sessionKinds))
	for i, s := range d.sessions {
		if first[s.kind] == 0 {
			first[s.kind] = i + 1
		}
		if s.number > 0 {
			count[s.kind]++
		}
		fmt.Fprintf(w, "{ // %s\n", s.ref())
		fmt.Fprintf(w, "kind: %d, number: %d, start: %s, end: %s, city: %d, host: %d,\n", s.kind, s.number, s.start.literal(), s.end.literal(), s.city, s.host)
		fmt.Fprintf(w, "chair: %q, theme: %q,\n", s.chair, s.theme)
		if len(s.outcomes) > 0 {
			fmt.Fprintln(w, "outcomes: []string{")
			for _, o := range s.outcomes {
				fmt.Fprintf(w, "%q,\n", o)
			}
			fmt.Fprintln(w, "},")
		}
		fmt.Fprintf(w, "sources: %s,\n", idxList(s.sources))
		fmt.Fprintln(w, "},")
	}
	fmt.Fprintln(w, "}")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "// sessionKinds gives, for each SessionKind, the index of its first session and the number of numbered ones.")
	fmt.Fprintln(w, "var sessionKinds = [...]kindRange{")
	for k := range sessionKinds {
		fmt.Fprintf(w, "{first: %d, numbered: %d}, // %s\n", first[k], count[k], sessionKinds[k])
	}
	fmt.Fprintln(w, "}")
	fmt.Fprintln(w)
}

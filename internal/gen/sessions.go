package main

import (
	"fmt"
	"io"
	"slices"
	"strconv"
)

// sessionKinds lists the session kinds in the order of oic.SessionKind,
// from 1; the position is the constant's value.
var sessionKinds = []string{"", "summit", "extraordinary-summit", "cfm", "extraordinary-cfm", "science-summit", "executive-committee"}

type session struct {
	kind, number int
	start, end   date
	city, host   int
	chair, role  int
	theme        text
	outcomes     []outcome
	notes        string
	sources      []int
	doubts       []doubt
	line         int
}

// roles lists the roles of a session's chair in the order of oic.Role, from 1.
var roles = []string{"", "king", "emir", "president", "prime-minister", "crown-prince-prime-minister", "foreign-minister"}

// outcomeKinds lists the kinds of outcome in the order of oic.OutcomeKind, from 1.
var outcomeKinds = []string{"", "statement", "adopted", "elected", "admitted", "suspended", "readmitted", "observer", "established", "renamed"}

type outcome struct {
	kind                                    int
	document, country, body, office, person int
	text                                    text
}

func (s *session) ref() string {
	if s.number == 0 {
		return sessionKinds[s.kind] + " " + s.start.String()
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
	t, err := readTable(dir, "session_kinds.csv", "kind", "from", "to", "name_en", "name_ar", "name_fr", "name_kk", "name_ru", "name_own", "sources")
	if err != nil {
		return err
	}
	open := map[int]bool{}
	for _, r := range t.rows {
		k := kindName{kind: slices.Index(sessionKinds, r.get("kind")), from: d.date(t, r, "from"), to: d.date(t, r, "to"), name: d.text(t, r, "name_"), sources: d.refs(t, r, "sources", false)}
		if k.kind <= 0 {
			d.errs.add(t, r, "unknown session kind %q", r.get("kind"))
		}
		if k.name.en() == "" {
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
	t, err := readTable(dir, "sessions.csv", "kind", "number", "start", "last_day", "city", "host", "chair", "chair_role", "theme_en", "sources", "notes")
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
		s.chair, s.theme, s.notes = d.personRef(t, r, "chair"), d.text(t, r, "theme_"), r.get("notes")
		if role := r.get("chair_role"); role != "" {
			if s.role = slices.Index(roles, role); s.role <= 0 {
				d.errs.add(t, r, "unknown chair_role %q", role)
			}
		}
		if (s.chair == 0) != (s.role == 0) {
			d.errs.add(t, r, "a chair needs a person and a role")
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
		fmt.Fprintf(w, "chair: %d, role: %d, theme: %s,\n", s.chair, s.role, s.theme.literal())
		if len(s.outcomes) > 0 {
			fmt.Fprintln(w, "outcomes: []outcomeRow{")
			for _, o := range s.outcomes {
				fmt.Fprintf(w, "{kind: %d, document: %d, country: %d, body: %d, office: %d, person: %d, text: %s},\n",
					o.kind, o.document, o.country, o.body, o.office, o.person, o.text.literal())
			}
			fmt.Fprintln(w, "},")
		}
		writeDoubts(w, s.doubts)
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

// loadOutcomes reads outcomes.csv, once the sessions and every record an
// outcome can name are loaded.
func (d *db) loadOutcomes(dir string) error {
	t, err := readTable(dir, "outcomes.csv", "session", "kind", "document", "country", "body", "office", "person", "text_en", "sources")
	if err != nil {
		return err
	}
	docIdx := map[string]int{}
	for _, doc := range d.documents {
		docIdx[doc.key] = doc.idx
	}
	officeIdx := map[string]int{}
	for i, o := range d.offices {
		officeIdx[o.key] = i + 1
	}
	for _, r := range t.rows {
		si := d.sessionRef(t, r, "session")
		o := outcome{kind: slices.Index(outcomeKinds, r.get("kind")), text: d.text(t, r, "text_"), person: d.personRef(t, r, "person")}
		if o.kind <= 0 {
			d.errs.add(t, r, "unknown outcome kind %q", r.get("kind"))
		}
		resolve := func(col string, idx map[string]int) int {
			k := r.get(col)
			if k == "" {
				return 0
			}
			i := idx[k]
			if i == 0 {
				d.errs.add(t, r, "unknown %s %q", col, k)
			}
			return i
		}
		o.document, o.body, o.office = resolve("document", docIdx), resolve("body", d.bodyIdx), resolve("office", officeIdx)
		if c := r.get("country"); c != "" {
			if o.country = d.countryIdx(c); o.country == 0 {
				d.errs.add(t, r, "unknown country %q", c)
			}
		}
		need := map[string]bool{
			"statement": o.text.en() != "", "adopted": o.document != 0, "elected": o.person != 0 && o.office != 0,
			"admitted": o.country != 0, "suspended": o.country != 0, "readmitted": o.country != 0, "observer": o.country != 0,
			"established": o.body != 0, "renamed": true,
		}
		if ok, known := need[r.get("kind")]; known && !ok {
			d.errs.add(t, r, "a %s outcome lacks the record it names", r.get("kind"))
		}
		// An outcome is cited by the sources of its session, and by its own
		// where it has some.
		d.refs(t, r, "sources", true)
		if si > 0 {
			d.sessions[si-1].outcomes = append(d.sessions[si-1].outcomes, o)
		}
	}
	return nil
}

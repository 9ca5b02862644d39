package main

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
)

// langs are the languages of oic.Text, in field order.
var langs = []string{"en", "ar", "fr", "kk", "ru"}

type source struct {
	id, title, publisher, url string
	date                      date
}

// A text is an oic.Text: a form in each of langs, and the set of languages
// whose form is the module's own rendering rather than a source's.
type text struct {
	f   [5]string
	own uint8
}

func (t text) en() string { return t.f[0] }

func (t text) literal() string {
	var b strings.Builder
	b.WriteString("Text{")
	for i, f := range []string{"English", "Arabic", "French", "Kazakh", "Russian"} {
		if t.f[i] != "" {
			fmt.Fprintf(&b, "%s: %q, ", f, t.f[i])
		}
	}
	if t.own != 0 {
		fmt.Fprintf(&b, "Own: %#x, ", t.own)
	}
	return strings.TrimSuffix(b.String(), ", ") + "}"
}

// text reads the cells prefix+"en" … prefix+"ru" of r as a text, with the
// languages listed in prefix+"own" (such as "kk ru") marked as the
// module's own renderings.
func (d *db) text(t *table, r record, prefix string) text {
	var x text
	for i, l := range langs {
		x.f[i] = r.get(prefix + l)
	}
	for _, l := range splitList(r.get(prefix + "own")) {
		i := slices.Index(langs, l)
		if i < 0 {
			d.errs.add(t, r, "%sown: unknown language %q", prefix, l)
			continue
		}
		if x.f[i] == "" {
			d.errs.add(t, r, "%sown: no %s form to mark as the module's own", prefix, l)
		}
		x.own |= 1 << i
	}
	return x
}

type country struct {
	key, alpha2, alpha3 string
	name, formal        text
	names               []altName
	events              []event
	alts                []alt
	sources             []int
}

type altName struct {
	lang     int
	alias    bool
	name     string
	from, to date
	sources  []int
}

type event struct {
	date     date
	status   string
	decision text
	session  string // a reference such as "cfm 23", resolved once sessions are read
	sessIdx  int
	line     int
	sources  []int
	doubts   []doubt
}

type alt struct {
	field  string
	note   text
	date   date
	source int
}

var statuses = map[string]string{
	"member":    "StatusMember",
	"suspended": "StatusSuspended",
	"observer":  "StatusObserver",
	"withdrawn": "StatusWithdrawn",
	"merged":    "StatusMerged",
}

// db is everything read from the data files.
type db struct {
	sources    []source // index 0 is the empty source
	sourceIdx  map[string]int
	countries  []*country
	cities     []*city
	cityIdx    map[string]int
	org        organisation
	sessions   []*session
	kindNames  []kindName
	sessionIdx map[string]int
	bodies     []*body
	bodyIdx    map[string]int
	documents  []*document
	offices    []*office
	people     []*person
	personIdx  map[string]int // key to personTable index; -1 while loading

	observerOrgs []*observerOrg
	aliases      []alias

	initiatives []*initiative
	kzReps      []kzRep
	kzEvents    []kzEvent
	prose       proseData
	errs        errorList

	countryKeys map[string]int // key and alpha-2 code to countryTable index
}

// countryIdx returns the countryTable index of the state with the given
// key or alpha-2 code, or 0.
func (d *db) countryIdx(k string) int { return d.countryKeys[k] }

func load(dir string) (*db, error) {
	d := &db{sources: []source{{}}, sourceIdx: map[string]int{}}
	src, err := readTable(dir, "sources.csv", "id", "title", "publisher", "url", "date")
	if err != nil {
		return nil, err
	}
	for _, r := range src.rows {
		id := r.get("id")
		if _, dup := d.sourceIdx[id]; dup || id == "" {
			d.errs.add(src, r, "duplicate or empty source id %q", id)
			continue
		}
		dt, err := parseDate(r.get("date"))
		if err != nil {
			d.errs.add(src, r, "%v", err)
		}
		if r.get("title") == "" {
			d.errs.add(src, r, "source %q has no title", id)
		}
		d.sourceIdx[id] = len(d.sources)
		d.sources = append(d.sources, source{id, r.get("title"), r.get("publisher"), r.get("url"), dt})
	}
	if err := d.loadCities(dir); err != nil {
		return nil, err
	}
	if err := d.loadCountries(dir); err != nil {
		return nil, err
	}
	for _, load := range []func(string) error{d.loadPeople, d.loadSessions, d.loadOrganisation, d.loadBodies, d.loadDocuments, d.loadOffices, d.loadOutcomes, d.loadObserverOrgs, d.loadNames, d.loadAliases, d.loadInitiatives, d.loadProse, d.loadDoubts} {
		if err := load(dir); err != nil {
			return nil, err
		}
	}
	return d, d.errs.err()
}

// refs resolves a cell of source ids, reporting unknown ids, and requires
// at least one source unless optional.
func (d *db) refs(t *table, r record, col string, optional bool) []int {
	var out []int
	for _, id := range splitList(r.get(col)) {
		i, ok := d.sourceIdx[id]
		if !ok {
			d.errs.add(t, r, "unknown source %q", id)
			continue
		}
		out = append(out, i)
	}
	if len(out) == 0 && !optional {
		d.errs.add(t, r, "no source")
	}
	return out
}

// date reads a date cell: an ISO 8601 reduced date, an attestation in set
// notation ("[..2017-09-11]"), or a date derived from another record: "@"
// and a session, such as "@cfm 39", for the first day of that session.
func (d *db) date(t *table, r record, col string) date {
	cell := r.get(col)
	if ref, ok := strings.CutPrefix(cell, "@"); ok {
		i, ok := d.sessionIdx[ref]
		if !ok {
			d.errs.add(t, r, "%s: unknown session %q in a derived date", col, ref)
			return date{}
		}
		return d.sessions[i-1].start
	}
	dt, err := parseDate(cell)
	if err != nil {
		d.errs.add(t, r, "%s: %v", col, err)
	}
	return dt
}

func (d *db) loadCountries(dir string) error {
	ct, err := readTable(dir, "countries.csv", "key", "alpha2", "alpha3", "formal_en", "sources",
		"name_en", "name_ar", "name_fr", "name_kk", "name_ru", "name_own")
	if err != nil {
		return err
	}
	byKey := map[string]*country{}
	for _, r := range ct.rows {
		c := &country{key: r.get("key"), alpha2: r.get("alpha2"), alpha3: r.get("alpha3"),
			name: d.text(ct, r, "name_"), formal: d.text(ct, r, "formal_")}
		if c.name.en() == "" {
			d.errs.add(ct, r, "%s has no English name", c.key)
		}
		if c.alpha3 != "" && c.key != c.alpha3 {
			d.errs.add(ct, r, "key %q must be the alpha-3 code %q", c.key, c.alpha3)
		}
		if !isCode(c.alpha2, 2) || !isCode(c.alpha3, 3) || (c.alpha2 == "") != (c.alpha3 == "") {
			d.errs.add(ct, r, "bad codes %q %q", c.alpha2, c.alpha3)
		}
		if c.alpha3 == "" && (c.key == "" || strings.ToLower(c.key) != c.key) {
			d.errs.add(ct, r, "a state without codes needs a lower-case key, not %q", c.key)
		}
		if byKey[c.key] != nil {
			d.errs.add(ct, r, "duplicate key %q", c.key)
		}
		c.sources = d.refs(ct, r, "sources", false)
		byKey[c.key] = c
		d.countries = append(d.countries, c)
	}
	lookup := func(t *table, r record) *country {
		c := byKey[r.get("key")]
		if c == nil {
			d.errs.add(t, r, "unknown country %q", r.get("key"))
		}
		return c
	}

	mt, err := readTable(dir, "membership.csv", "key", "date", "status", "decision_en", "sources")
	if err != nil {
		return err
	}
	for _, r := range mt.rows {
		c := lookup(mt, r)
		st := r.get("status")
		if _, ok := statuses[st]; !ok {
			d.errs.add(mt, r, "unknown status %q", st)
		}
		dt := d.date(mt, r, "date")
		if dt.isZero() {
			d.errs.add(mt, r, "no date")
		}
		if c == nil {
			continue
		}
		if n := len(c.events); n > 0 && c.events[n-1].date.start().compare(dt.start()) > 0 {
			d.errs.add(mt, r, "%s: changes out of date order", c.key)
		}
		c.events = append(c.events, event{date: dt, status: st, decision: d.text(mt, r, "decision_"), session: r.get("session"), line: r.line, sources: d.refs(mt, r, "sources", false)})
	}

	at, err := readTable(dir, "alternatives.csv", "key", "field", "value", "note_en", "sources")
	if err != nil {
		return err
	}
	for _, r := range at.rows {
		c := lookup(at, r)
		refs := d.refs(at, r, "sources", false)
		a := alt{field: r.get("field"), note: d.text(at, r, "note_"), date: d.date(at, r, "value")}
		if c == nil || len(refs) == 0 {
			continue
		}
		for _, s := range refs {
			a.source = s
			c.alts = append(c.alts, a)
		}
	}

	// Order: by first change of standing, then by key.
	defer func() {
		d.countryKeys = map[string]int{}
		for i, c := range d.countries {
			d.countryKeys[c.key] = i + 1
			if c.alpha2 != "" {
				d.countryKeys[c.alpha2] = i + 1
			}
		}
	}()
	slices.SortStableFunc(d.countries, func(a, b *country) int {
		var da, db date
		if len(a.events) > 0 {
			da = a.events[0].date
		}
		if len(b.events) > 0 {
			db = b.events[0].date
		}
		if c := da.compare(db); c != 0 {
			return c
		}
		return strings.Compare(a.key, b.key)
	})
	return nil
}

func isCode(s string, n int) bool {
	if s == "" {
		return true
	}
	if len(s) != n {
		return false
	}
	for i := range len(s) {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

func (d *db) check() error {
	for _, c := range d.countries {
		for i := range c.events {
			e := &c.events[i]
			if e.session == "" {
				continue
			}
			if e.sessIdx = d.sessionIdx[e.session]; e.sessIdx == 0 {
				return fmt.Errorf("membership.csv:%d: unknown session %q", e.line, e.session)
			}
		}
	}
	for _, c := range d.countries {
		if len(c.events) == 0 {
			return fmt.Errorf("countries.csv: %s has no membership or observer record", c.key)
		}
	}
	return nil
}

func idxList(idx []int) string {
	if len(idx) == 0 {
		return "nil"
	}
	s := make([]string, len(idx))
	for i, v := range idx {
		s[i] = strconv.Itoa(v)
	}
	return "[]uint16{" + strings.Join(s, ", ") + "}"
}

func (d *db) writeOIC(w io.Writer) {
	fmt.Fprintln(w, "// Code generated by go run ./internal/gen from internal/data. DO NOT EDIT.")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "package oic")
	fmt.Fprintln(w)
	fmt.Fprintln(w, `import "github.com/kzoic/kzoic/internal/ascii"`)
	fmt.Fprintln(w)

	fmt.Fprintln(w, "// sourceTable holds every source; index 0 is the empty Source.")
	fmt.Fprintln(w, "var sourceTable = [...]Source{")
	fmt.Fprintln(w, "{},")
	for _, s := range d.sources[1:] {
		fmt.Fprintf(w, "{ID: %q, Title: %q, Publisher: %q, URL: %q, Date: %s},\n", s.id, s.title, s.publisher, s.url, s.date.literal())
	}
	fmt.Fprintln(w, "}")
	fmt.Fprintln(w)

	ids := make([]int, len(d.sources)-1)
	for i := range ids {
		ids[i] = i + 1
	}
	slices.SortFunc(ids, func(a, b int) int { return cmpStr(d.sources[a].id, d.sources[b].id) })
	fmt.Fprintln(w, "// sourceIDs maps the ids of the data files to sourceTable indexes, sorted by id.")
	fmt.Fprintln(w, "var sourceIDs = [...]sourceID{")
	for _, i := range ids {
		fmt.Fprintf(w, "{%q, %d},\n", d.sources[i].id, i)
	}
	fmt.Fprintln(w, "}")
	fmt.Fprintln(w)

	d.writeCities(w)
	d.writeOrganisation(w)
	d.writePeople(w)
	fmt.Fprintln(w, "// countryTable holds every state, in order of first change of standing; index 0 is the zero Country.")
	fmt.Fprintln(w, "var countryTable = [...]countryRow{")
	fmt.Fprintln(w, "{},")
	var codes, keys []string
	var codeIdx, keyIdx []int
	for i, c := range d.countries {
		key := c.key
		fmt.Fprintf(w, "{ // %s\n", key)
		fmt.Fprintf(w, "formal: %s,\n", c.formal.literal())
		fmt.Fprintf(w, "name: %s,\n", c.name.literal())
		writeNames(w, c.names)
		fmt.Fprintln(w, "events: []statusEvent{")
		for _, e := range c.events {
			fmt.Fprintf(w, "{date: %s, status: %s, decision: %s, session: %d, %ssources: %s},\n", e.date.literal(), statuses[e.status], e.decision.literal(), e.sessIdx, doubtsLiteral(e.doubts), idxList(e.sources))
		}
		fmt.Fprintln(w, "},")
		if len(c.alts) > 0 {
			fmt.Fprintln(w, "alts: []altRow{")
			for _, a := range c.alts {
				fmt.Fprintf(w, "{field: %q, date: %s, note: %s, source: %d},\n", a.field, a.date.literal(), a.note.literal(), a.source)
			}
			fmt.Fprintln(w, "},")
		}
		fmt.Fprintf(w, "sources: %s,\n", idxList(c.sources))
		fmt.Fprintln(w, "},")
		for _, code := range []string{c.alpha2, c.alpha3} {
			if code != "" {
				codes, codeIdx = append(codes, code), append(codeIdx, i+1)
			}
		}
		if c.alpha3 == "" && len(c.key) <= 3 {
			codes, codeIdx = append(codes, c.key), append(codeIdx, i+1)
		} else if c.alpha3 == "" {
			keys, keyIdx = append(keys, c.key), append(keyIdx, i+1)
		}
	}
	fmt.Fprintln(w, "}")
	fmt.Fprintln(w)

	d.writeSessions(w)
	d.writeBodies(w)
	d.writeObserverOrgs(w)
	fmt.Fprintln(w, "// countryBriefs holds the codes, joining date and present status of every state, in the order of countryTable.")
	fmt.Fprintln(w, "var countryBriefs = [...]countryBrief{")
	fmt.Fprintln(w, "{},")
	for _, c := range d.countries {
		var joined date
		status := "StatusNone"
		for _, e := range c.events {
			if e.status == "member" && joined.isZero() {
				joined = e.date
			}
			status = statuses[e.status]
		}
		fmt.Fprintf(w, "{key: %q, alpha2: %q, alpha3: %q, joined: %s, status: %s},\n", c.key, c.alpha2, c.alpha3, joined.literal(), status)
	}
	fmt.Fprintln(w, "}")
	fmt.Fprintln(w)
	d.writeCodeTable(w, "countryCodes", "maps alpha-2 and alpha-3 codes, and library keys of three letters or fewer, to countryTable indexes.", codes, codeIdx)
	d.writeIndex(w, "countryKeys", "maps the longer library keys of states without ISO codes to countryTable indexes.", keys, keyIdx)
}

// loadNames reads names.csv: the former names and aliases of states,
// cities, bodies and observer organisations, keyed by the record's key.
func (d *db) loadNames(dir string) error {
	nt, err := readTable(dir, "names.csv", "key", "lang", "name", "from", "to", "alias", "sources")
	if err != nil {
		return err
	}
	for _, r := range nt.rows {
		k := r.get("key")
		var targets []*[]altName
		if i := d.countryKeys[k]; i > 0 && (d.countries[i-1].key == k) {
			targets = append(targets, &d.countries[i-1].names)
		}
		if i := d.cityIdx[k]; i > 0 {
			targets = append(targets, &d.cities[i-1].names)
		}
		if i := d.bodyIdx[k]; i > 0 {
			targets = append(targets, &d.bodies[i-1].names)
		}
		for _, o := range d.observerOrgs {
			if o.key == k {
				targets = append(targets, &o.names)
			}
		}
		if len(targets) != 1 {
			d.errs.add(nt, r, "key %q names %d records; want one state, city, body or observer organisation", k, len(targets))
			continue
		}
		li := slices.Index(langs, r.get("lang"))
		if li < 0 {
			d.errs.add(nt, r, "unknown language %q", r.get("lang"))
		}
		n := altName{lang: li, alias: r.get("alias") == "yes", name: r.get("name"),
			from: d.date(nt, r, "from"), to: d.date(nt, r, "to"), sources: d.refs(nt, r, "sources", false)}
		if n.name == "" {
			d.errs.add(nt, r, "empty name")
		}
		*targets[0] = append(*targets[0], n)
	}
	return nil
}

package main

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
)

// initiativeStatuses lists the statuses of initiatives.Status, from 1.
var initiativeStatuses = []string{"", "proposed", "endorsed", "implemented"}

// milestoneKinds lists the kinds of initiatives.MilestoneKind, from 1.
var milestoneKinds = []string{"", "event", "signatories", "ratifications"}

type initiative struct {
	key               string
	name              text
	proposedBy        []string // person keys
	partners          []string // alpha-3 codes
	bodies, documents []string // keys
	announced         date
	session           string // "cfm 38"
	goal              text
	sources           []string
	milestones        []milestone
	note              initiativeNote
}

// initiativeNote is a row of initiative_notes.csv.
type initiativeNote struct {
	asOf    date
	text    text
	sources []string
}

type milestone struct {
	date    date
	kind    int
	count   int
	status  int
	session string
	doubt   int // index in doubtKinds
	text    text
	sources []string
}

type kzRep struct {
	person     string
	post       text
	start, end date
	sources    []string
}

type kzEvent struct {
	kind      string
	date, end date
	text      text
	session   string
	city      string
	sources   []string
}

// ids resolves a cell of source ids and returns them as strings, for the
// packages that cite sources by id.
func (d *db) ids(t *table, r record, col string) []string {
	var out []string
	for _, i := range d.refs(t, r, col, false) {
		out = append(out, d.sources[i].id)
	}
	return out
}

func (d *db) checkSession(t *table, r record, col string) string {
	if d.sessionRef(t, r, col) == 0 {
		return ""
	}
	return r.get(col)
}

func (d *db) loadInitiatives(dir string) error {
	t, err := readTable(dir, "initiatives.csv", "key", "name_en", "name_ar", "name_fr", "name_kk", "name_ru", "name_own", "proposed_by", "partners", "bodies", "documents", "announced", "session", "goal_en", "sources")
	if err != nil {
		return err
	}
	byKey := map[string]*initiative{}
	docKeys := map[string]bool{}
	for _, doc := range d.documents {
		docKeys[doc.key] = true
	}
	for _, r := range t.rows {
		in := &initiative{key: r.get("key"), name: d.text(t, r, "name_"), proposedBy: splitList(r.get("proposed_by")),
			partners: splitList(r.get("partners")), bodies: splitList(r.get("bodies")), documents: splitList(r.get("documents")),
			announced: d.date(t, r, "announced"), session: d.checkSession(t, r, "session"), goal: d.text(t, r, "goal_"), sources: d.ids(t, r, "sources")}
		for _, p := range in.proposedBy {
			if d.personIdx[p] <= 0 {
				d.errs.add(t, r, "unknown person %q", p)
			}
		}
		if in.key == "" || byKey[in.key] != nil {
			d.errs.add(t, r, "bad or duplicate key %q", in.key)
		}
		if in.name.en() == "" || in.goal.en() == "" || len(in.proposedBy) == 0 || in.announced.isZero() {
			d.errs.add(t, r, "%s: needs an English name, a goal, who proposed it and an announcement date", in.key)
		}
		for _, p := range in.partners {
			if d.countryIdx(p) == 0 {
				d.errs.add(t, r, "unknown partner %q", p)
			}
		}
		for _, b := range in.bodies {
			if d.bodyIdx[b] == 0 {
				d.errs.add(t, r, "unknown body %q", b)
			}
		}
		for _, doc := range in.documents {
			if !docKeys[doc] {
				d.errs.add(t, r, "unknown document %q", doc)
			}
		}
		byKey[in.key] = in
		d.initiatives = append(d.initiatives, in)
	}
	mt, err := readTable(dir, "milestones.csv", "initiative", "date", "kind", "count", "status", "session", "unverified", "text_en", "sources")
	if err != nil {
		return err
	}
	for _, r := range mt.rows {
		in := byKey[r.get("initiative")]
		if in == nil {
			d.errs.add(mt, r, "unknown initiative %q", r.get("initiative"))
			continue
		}
		m := milestone{date: d.date(mt, r, "date"), session: d.checkSession(mt, r, "session"),
			text: d.text(mt, r, "text_"), sources: d.ids(mt, r, "sources")}
		if u := r.get("unverified"); u != "" {
			if m.doubt = slices.Index(doubtKinds, u); m.doubt <= 0 {
				d.errs.add(mt, r, "unverified: want a kind of doubt (%s) or nothing, not %q", strings.Join(doubtKinds[1:], ", "), u)
			}
		}
		if m.date.isZero() || m.text.en() == "" {
			d.errs.add(mt, r, "a milestone needs a date and a text")
		}
		if m.kind = slices.Index(milestoneKinds, r.get("kind")); m.kind <= 0 {
			d.errs.add(mt, r, "unknown milestone kind %q", r.get("kind"))
		}
		if s := r.get("status"); s != "" {
			if m.status = slices.Index(initiativeStatuses, s); m.status <= 0 {
				d.errs.add(mt, r, "unknown status %q", s)
			}
		}
		if c := r.get("count"); c != "" {
			if m.count, err = strconv.Atoi(c); err != nil || m.count < 0 {
				d.errs.add(mt, r, "bad count %q", c)
			}
		}
		if (m.kind > 1) != (m.count > 0) {
			d.errs.add(mt, r, "counts go with signatories and ratifications, and only with them")
		}
		in.milestones = append(in.milestones, m)
	}
	nt, err := readTable(dir, "initiative_notes.csv", "initiative", "as_of", "text_en", "text_ar", "text_fr", "text_kk", "text_ru", "text_own", "sources", "notes")
	if err != nil {
		return err
	}
	for _, r := range nt.rows {
		in := byKey[r.get("initiative")]
		if in == nil {
			d.errs.add(nt, r, "unknown initiative %q", r.get("initiative"))
			continue
		}
		n := initiativeNote{asOf: d.date(nt, r, "as_of"), text: d.text(nt, r, "text_"), sources: d.ids(nt, r, "sources")}
		if n.asOf.isZero() || n.text.en() == "" {
			d.errs.add(nt, r, "a note needs the date it speaks for and an English text")
		}
		if in.note.text.en() != "" {
			d.errs.add(nt, r, "%s: a second note", in.key)
		}
		in.note = n
	}
	rt, err := readTable(dir, "kz_representatives.csv", "person", "post_en", "start", "end", "sources")
	if err != nil {
		return err
	}
	for _, r := range rt.rows {
		rep := kzRep{person: r.get("person"), post: d.text(rt, r, "post_"), start: d.date(rt, r, "start"), end: d.date(rt, r, "end"), sources: d.ids(rt, r, "sources")}
		if d.personRef(rt, r, "person") == 0 || rep.start.isZero() {
			d.errs.add(rt, r, "a representative needs a name and a start")
		}
		d.kzReps = append(d.kzReps, rep)
	}
	et, err := readTable(dir, "kz_events.csv", "kind", "date", "last_day", "text_en", "session", "city", "sources")
	if err != nil {
		return err
	}
	for _, r := range et.rows {
		e := kzEvent{kind: r.get("kind"), date: d.date(et, r, "date"), end: d.date(et, r, "last_day").next(), text: d.text(et, r, "text_"),
			session: d.checkSession(et, r, "session"), city: r.get("city"), sources: d.ids(et, r, "sources")}
		if !slices.Contains(kzEventKinds, e.kind) {
			d.errs.add(et, r, "unknown kind %q", e.kind)
		}
		if e.city != "" && d.cityIdx[e.city] == 0 {
			d.errs.add(et, r, "unknown city %q", e.city)
		}
		if e.date.isZero() || e.text.en() == "" {
			d.errs.add(et, r, "an event needs a date and a text")
		}
		d.kzEvents = append(d.kzEvents, e)
	}
	return nil
}

// kzEventKinds lists the kinds of kzoic.EventKind, from 1.
var kzEventKinds = []string{"", "membership", "mission", "chair", "ratification", "hosted", "event"}

// qualify prefixes the oic types of a literal with the package name.
func qualify(lit string) string {
	for _, t := range []string{"Date{", "Text{", "Period{"} {
		lit = strings.ReplaceAll(lit, t, "oic."+t)
	}
	for _, b := range []string{"OnOrBefore", "OnOrAfter"} {
		lit = strings.ReplaceAll(lit, "Bound: "+b, "Bound: oic."+b)
	}
	return lit
}

func sessionLit(ref string) string {
	if ref == "" {
		return "sessionRef{}"
	}
	kind, num, _ := strings.Cut(ref, " ")
	return fmt.Sprintf("sessionRef{Kind: %d, Number: %s}", slices.Index(sessionKinds, kind), num)
}

func quoteList(list []string) string {
	if len(list) == 0 {
		return "nil"
	}
	q := make([]string, len(list))
	for i, s := range list {
		q[i] = strconv.Quote(s)
	}
	return "[]string{" + strings.Join(q, ", ") + "}"
}

func header(w io.Writer, pkg string, imports ...string) {
	fmt.Fprintln(w, "// Code generated by go run ./internal/gen from internal/data. DO NOT EDIT.")
	fmt.Fprintln(w)
	fmt.Fprintf(w, "package %s\n\n", pkg)
	fmt.Fprintln(w, "import (")
	for _, imp := range append(imports, "github.com/kzoic/kzoic/oic") {
		fmt.Fprintf(w, "%q\n", imp)
	}
	fmt.Fprintln(w, ")")
	fmt.Fprintln(w)
}

func (d *db) writeInitiatives(w io.Writer) {
	header(w, "initiatives", "github.com/kzoic/kzoic/internal/ascii")
	fmt.Fprintln(w, "// initiativeTable holds every initiative; index 0 is the zero Initiative.")
	fmt.Fprintln(w, "var initiativeTable = [...]initiativeRow{")
	fmt.Fprintln(w, "{},")
	for _, in := range d.initiatives {
		fmt.Fprintf(w, "{ // %s\n", in.key)
		fmt.Fprintf(w, "key: %q, name: %s,\n", in.key, qualify(in.name.literal()))
		fmt.Fprintf(w, "proposedBy: %s, partners: %s, bodies: %s, documents: %s,\n", quoteList(in.proposedBy), quoteList(in.partners), quoteList(in.bodies), quoteList(in.documents))
		fmt.Fprintf(w, "announced: %s, session: %s,\n", qualify(in.announced.literal()), sessionLit(in.session))
		fmt.Fprintf(w, "goal: %s,\n", qualify(in.goal.literal()))
		fmt.Fprintf(w, "sources: %s,\n", quoteList(in.sources))
		fmt.Fprintln(w, "milestones: []milestoneRow{")
		for _, m := range in.milestones {
			fmt.Fprintf(w, "{date: %s, kind: %d, count: %d, status: %d, session: %s, %stext: %s, sources: %s},\n",
				qualify(m.date.literal()), m.kind, m.count, m.status, sessionLit(m.session), milestoneDoubt(m.doubt), qualify(m.text.literal()), quoteList(m.sources))
		}
		fmt.Fprintln(w, "},")
		if n := in.note; n.text.en() != "" {
			fmt.Fprintf(w, "note: noteRow{asOf: %s, text: %s, sources: %s},\n", qualify(n.asOf.literal()), qualify(n.text.literal()), quoteList(n.sources))
		}
		fmt.Fprintln(w, "},")
	}
	fmt.Fprintln(w, "}")
	fmt.Fprintln(w)
	var keys []string
	var idx []int
	for i, in := range d.initiatives {
		keys, idx = append(keys, in.key), append(idx, i+1)
	}
	d.writeIndex(w, "initiativeIndex", "maps keys, in any case, to initiativeTable indexes.", keys, idx)
}

func (d *db) writeKazakhstan(w io.Writer) {
	header(w, "kzoic")
	fmt.Fprintln(w, "// representativeTable holds Kazakhstan's Permanent Representatives to the OIC, in order.")
	fmt.Fprintln(w, "var representativeTable = [...]representativeRow{")
	for _, r := range d.kzReps {
		fmt.Fprintf(w, "{person: %q, post: %s, period: oic.Period{Start: %s, End: %s}, sources: %s},\n",
			r.person, qualify(r.post.literal()), qualify(r.start.literal()), qualify(r.end.literal()), quoteList(r.sources))
	}
	fmt.Fprintln(w, "}")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "// eventTable holds the dated facts of Kazakhstan's record in the OIC, in the order of the data file.")
	fmt.Fprintln(w, "var eventTable = [...]eventRow{")
	for _, e := range d.kzEvents {
		fmt.Fprintf(w, "{kind: %d, date: %s, end: %s, session: %s, city: %q, text: %s, sources: %s},\n",
			slices.Index(kzEventKinds, e.kind), qualify(e.date.literal()), qualify(e.end.literal()), sessionLit(e.session), e.city, qualify(e.text.literal()), quoteList(e.sources))
	}
	fmt.Fprintln(w, "}")
}

// milestoneDoubt returns the doubt field of a milestone's literal, or ""
// for a confirmed milestone.
func milestoneDoubt(k int) string {
	if k == 0 {
		return ""
	}
	return "doubt: oic." + doubtConsts[k] + ", "
}

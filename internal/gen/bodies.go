package main

import (
	"fmt"
	"io"
	"slices"
	"strings"
)

// bodyKinds lists the kinds of body in the order of oic.BodyKind, from 1.
var bodyKinds = []string{"", "principal-organ", "standing-committee", "subsidiary-organ", "specialized-institution", "affiliated-institution"}

// documentKinds lists the kinds of document in the order of oic.DocumentKind, from 1.
var documentKinds = []string{"", "charter", "programme", "declaration", "agenda", "statute"}

type body struct {
	key, acronym string
	kind         int
	name         text
	seat         int
	founded      date
	foundedBy    text
	names        []altName
	sources      []int
	doubts       []doubt
}

type document struct {
	key                string
	name               text
	kind               int
	adopted            date
	session            int
	inForce            date
	validFrom, validTo date
	supersededBy       string
	supersededIdx, idx int
	sources            []int
}

type office struct {
	key     string
	title   text
	body    int
	sources []int
	terms   []term
}

type term struct {
	person     int
	country    int
	start, end date
	scheduled  bool
	electedAt  int
	note       text
	sources    []int
	doubts     []doubt
}

func (d *db) loadBodies(dir string) error {
	t, err := readTable(dir, "bodies.csv", "key", "acronym", "kind", "name_en", "name_ar", "name_fr", "name_kk", "name_ru", "name_own", "seat", "founded", "founded_by_en", "sources")
	if err != nil {
		return err
	}
	d.bodyIdx = map[string]int{}
	for _, r := range t.rows {
		b := &body{key: r.get("key"), acronym: r.get("acronym"), name: d.text(t, r, "name_"), founded: d.date(t, r, "founded"), foundedBy: d.text(t, r, "founded_by_")}
		b.kind = slices.Index(bodyKinds, r.get("kind"))
		if b.kind <= 0 {
			d.errs.add(t, r, "unknown body kind %q", r.get("kind"))
		}
		if b.key == "" || strings.ToLower(b.key) != b.key || d.bodyIdx[b.key] != 0 {
			d.errs.add(t, r, "bad or duplicate key %q", b.key)
		}
		if b.name.en() == "" {
			d.errs.add(t, r, "no English name")
		}
		if s := r.get("seat"); s != "" {
			if b.seat = d.cityIdx[s]; b.seat == 0 {
				d.errs.add(t, r, "unknown city %q", s)
			}
		}
		b.sources = d.refs(t, r, "sources", false)
		d.bodies = append(d.bodies, b)
		d.bodyIdx[b.key] = len(d.bodies)
	}
	return nil
}

func (d *db) loadDocuments(dir string) error {
	t, err := readTable(dir, "documents.csv", "key", "name_en", "name_ar", "name_fr", "name_kk", "name_ru", "kind", "adopted", "session", "in_force", "first_year", "last_year", "superseded_by", "sources")
	if err != nil {
		return err
	}
	byKey := map[string]*document{}
	for _, r := range t.rows {
		doc := &document{key: r.get("key"), name: d.text(t, r, "name_"), adopted: d.date(t, r, "adopted"),
			session: d.sessionRef(t, r, "session"), inForce: d.date(t, r, "in_force"),
			validFrom: d.date(t, r, "first_year").start(), validTo: d.date(t, r, "last_year").dayAfter(), supersededBy: r.get("superseded_by")}
		doc.kind = slices.Index(documentKinds, r.get("kind"))
		if doc.kind <= 0 {
			d.errs.add(t, r, "unknown document kind %q", r.get("kind"))
		}
		if doc.key == "" || byKey[doc.key] != nil {
			d.errs.add(t, r, "bad or duplicate key %q", doc.key)
		}
		if doc.name.en() == "" {
			d.errs.add(t, r, "no English name")
		}
		doc.sources = d.refs(t, r, "sources", false)
		byKey[doc.key] = doc
		d.documents = append(d.documents, doc)
	}
	slices.SortStableFunc(d.documents, func(a, b *document) int {
		if c := a.adopted.compare(b.adopted); c != 0 {
			return c
		}
		return strings.Compare(a.key, b.key)
	})
	for i, doc := range d.documents {
		doc.idx = i + 1
	}
	for _, doc := range d.documents {
		if doc.supersededBy != "" {
			s := byKey[doc.supersededBy]
			if s == nil {
				d.errs = append(d.errs, fmt.Errorf("documents.csv: %s: superseded by unknown document %q", doc.key, doc.supersededBy))
				continue
			}
			doc.supersededIdx = s.idx
		}
	}
	return nil
}

func (d *db) loadOffices(dir string) error {
	t, err := readTable(dir, "offices.csv", "key", "title_en", "title_ar", "title_fr", "title_kk", "title_ru", "title_own", "body", "sources")
	if err != nil {
		return err
	}
	byKey := map[string]*office{}
	for _, r := range t.rows {
		o := &office{key: r.get("key"), title: d.text(t, r, "title_"), sources: d.refs(t, r, "sources", false)}
		if o.key == "" || byKey[o.key] != nil {
			d.errs.add(t, r, "bad or duplicate key %q", o.key)
		}
		if b := r.get("body"); b != "" {
			if o.body = d.bodyIdx[b]; o.body == 0 {
				d.errs.add(t, r, "unknown body %q", b)
			}
		}
		byKey[o.key] = o
		d.offices = append(d.offices, o)
	}
	tt, err := readTable(dir, "terms.csv", "office", "person", "country", "start", "end", "end_scheduled", "elected_at", "elected_en", "sources")
	if err != nil {
		return err
	}
	for _, r := range tt.rows {
		o := byKey[r.get("office")]
		if o == nil {
			d.errs.add(tt, r, "unknown office %q", r.get("office"))
			continue
		}
		tm := term{person: d.personRef(tt, r, "person"), start: d.date(tt, r, "start"), end: d.date(tt, r, "end"),
			electedAt: d.sessionRef(tt, r, "elected_at"), note: d.text(tt, r, "elected_"), sources: d.refs(tt, r, "sources", false)}
		switch r.get("end_scheduled") {
		case "yes":
			tm.scheduled = true
			if tm.end.isZero() || tm.end.b != 0 {
				d.errs.add(tt, r, "a scheduled end needs a date that is not an attestation")
			}
		case "":
		default:
			d.errs.add(tt, r, "end_scheduled: want yes or nothing, not %q", r.get("end_scheduled"))
		}
		if tm.start.isZero() && !tm.end.isZero() {
			d.errs.add(tt, r, "a term with an end needs a start (an attestation such as [..2017-09-11] where only one is known)")
		}
		if tm.person == 0 {
			d.errs.add(tt, r, "a term needs a person")
		}
		if c := r.get("country"); c != "" {
			if tm.country = d.countryIdx(c); tm.country == 0 {
				d.errs.add(tt, r, "unknown country %q", c)
			}
		}
		if !tm.start.isZero() && !tm.end.isZero() && tm.end.start().compare(tm.start.start()) < 0 {
			d.errs.add(tt, r, "term ends before it starts")
		}
		o.terms = append(o.terms, tm)
	}
	return nil
}

func (d *db) writeBodies(w io.Writer) {
	fmt.Fprintln(w, "// bodyTable holds every body, in the order of the data file; index 0 is the zero Body.")
	fmt.Fprintln(w, "var bodyTable = [...]bodyRow{")
	fmt.Fprintln(w, "{},")
	var keys []string
	var idx []int
	for i, b := range d.bodies {
		fmt.Fprintf(w, "{key: %q, acronym: %q, kind: %d, seat: %d, founded: %s, foundedBy: %s,\n", b.key, b.acronym, b.kind, b.seat, b.founded.literal(), b.foundedBy.literal())
		fmt.Fprintf(w, "name: %s,\n", b.name.literal())
		writeNames(w, b.names)
		writeDoubts(w, b.doubts)
		fmt.Fprintf(w, "sources: %s},\n", idxList(b.sources))
		for _, a := range []string{b.acronym, b.key} {
			if a != "" {
				keys, idx = append(keys, a), append(idx, i+1)
			}
		}
	}
	fmt.Fprintln(w, "}")
	fmt.Fprintln(w)
	d.writeIndex(w, "bodyIndex", "maps acronyms and keys, in any case, to bodyTable indexes.", keys, idx)
	fmt.Fprintln(w, "// documentTable holds every document, in order of adoption; index 0 is the zero Document.")
	fmt.Fprintln(w, "var documentTable = [...]documentRow{")
	fmt.Fprintln(w, "{},")
	for _, doc := range d.documents {
		fmt.Fprintf(w, "{key: %q, kind: %d, adopted: %s, session: %d, inForce: %s, valid: Period{Start: %s, End: %s}, supersededBy: %d,\n",
			doc.key, doc.kind, doc.adopted.literal(), doc.session, doc.inForce.literal(), doc.validFrom.literal(), doc.validTo.literal(), doc.supersededIdx)
		fmt.Fprintf(w, "name: %s,\n", doc.name.literal())
		fmt.Fprintf(w, "sources: %s},\n", idxList(doc.sources))
	}
	fmt.Fprintln(w, "}")
	fmt.Fprintln(w)
	var dkeys []string
	var didx []int
	for _, doc := range d.documents {
		dkeys, didx = append(dkeys, doc.key), append(didx, doc.idx)
	}
	d.writeIndex(w, "documentIndex", "maps keys, in any case, to documentTable indexes.", dkeys, didx)

	fmt.Fprintln(w, "// officeTable holds every office with its terms; index 0 is the zero Office.")
	fmt.Fprintln(w, "var officeTable = [...]officeRow{")
	fmt.Fprintln(w, "{},")
	var okeys []string
	var oidx []int
	for i, o := range d.offices {
		okeys, oidx = append(okeys, o.key), append(oidx, i+1)
		fmt.Fprintf(w, "{key: %q, body: %d, title: %s, sources: %s,\n", o.key, o.body, o.title.literal(), idxList(o.sources))
		if len(o.terms) > 0 {
			fmt.Fprintln(w, "terms: []termRow{")
			for _, t := range o.terms {
				fmt.Fprintf(w, "{person: %d, country: %d, period: Period{Start: %s, End: %s}, scheduled: %v, electedAt: %d, note: %s, %ssources: %s},\n",
					t.person, t.country, t.start.literal(), t.end.literal(), t.scheduled, t.electedAt, t.note.literal(), doubtsLiteral(t.doubts), idxList(t.sources))
			}
			fmt.Fprintln(w, "},")
		}
		fmt.Fprintln(w, "},")
	}
	fmt.Fprintln(w, "}")
	fmt.Fprintln(w)
	d.writeIndex(w, "officeIndex", "maps keys, in any case, to officeTable indexes.", okeys, oidx)
}

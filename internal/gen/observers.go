package main

import (
	"fmt"
	"io"
	"slices"
	"strings"
)

// observerKinds lists the kinds of oic.ObserverKind, from 1.
var observerKinds = []string{"", "international", "islamic-institution", "muslim-community"}

// observerOrg is a row of observer_orgs.csv with its alternatives.
type observerOrg struct {
	key, acronym string
	kind         int
	name         text
	from, to     date
	alts         []alt
	names        []altName // other names, from names.csv
	sources      []int
}

// loadObserverOrgs reads observer_orgs.csv and observer_org_alternatives.csv:
// the organisations with observer status in the OIC.
func (d *db) loadObserverOrgs(dir string) error {
	t, err := readTable(dir, "observer_orgs.csv", "key", "acronym", "kind", "name_en", "name_ar", "name_fr", "name_kk", "name_ru", "name_own", "from", "to", "sources", "notes")
	if err != nil {
		return err
	}
	byKey := map[string]*observerOrg{}
	for _, r := range t.rows {
		o := &observerOrg{key: r.get("key"), acronym: r.get("acronym"), name: d.text(t, r, "name_"),
			from: d.date(t, r, "from"), to: d.date(t, r, "to"), sources: d.refs(t, r, "sources", false)}
		if o.key == "" || strings.ToLower(o.key) != o.key || byKey[o.key] != nil {
			d.errs.add(t, r, "bad or duplicate key %q", o.key)
		}
		if o.kind = slices.Index(observerKinds, r.get("kind")); o.kind <= 0 {
			d.errs.add(t, r, "unknown observer kind %q", r.get("kind"))
		}
		if o.name.en() == "" {
			d.errs.add(t, r, "no English name")
		}
		if o.from.isZero() {
			d.errs.add(t, r, "%s: an observer needs the date of its admission", o.key)
		}
		if !o.to.isZero() && o.to.start().compare(o.from.start()) <= 0 {
			d.errs.add(t, r, "%s: status ends before it starts", o.key)
		}
		byKey[o.key] = o
		d.observerOrgs = append(d.observerOrgs, o)
	}
	at, err := readTable(dir, "observer_org_alternatives.csv", "key", "field", "value", "note_en", "note_ar", "note_fr", "note_kk", "note_ru", "note_own", "sources", "notes")
	if err != nil {
		return err
	}
	for _, r := range at.rows {
		o := byKey[r.get("key")]
		if o == nil {
			d.errs.add(at, r, "unknown observer organisation %q", r.get("key"))
			continue
		}
		a := alt{field: r.get("field"), note: d.text(at, r, "note_"), date: d.date(at, r, "value")}
		if a.field != "from" && a.field != "to" {
			d.errs.add(at, r, "field %q: want from or to", a.field)
		}
		if a.date.isZero() {
			d.errs.add(at, r, "no value")
		}
		for _, s := range d.refs(at, r, "sources", false) {
			a.source = s
			o.alts = append(o.alts, a)
		}
	}
	// Order: by admission, then by key.
	slices.SortStableFunc(d.observerOrgs, func(a, b *observerOrg) int {
		if c := a.from.compare(b.from); c != 0 {
			return c
		}
		return strings.Compare(a.key, b.key)
	})
	if len(d.observerOrgs) > 255 {
		d.errs = append(d.errs, fmt.Errorf("observer_orgs.csv: more than 255 organisations"))
	}
	return nil
}

func (d *db) writeObserverOrgs(w io.Writer) {
	fmt.Fprintln(w, "// observerOrgTable holds the observer organisations, in order of admission; index 0 is the zero ObserverOrg.")
	fmt.Fprintln(w, "var observerOrgTable = [...]observerOrgRow{")
	fmt.Fprintln(w, "{},")
	for _, o := range d.observerOrgs {
		fmt.Fprintf(w, "{key: %q, acronym: %q, kind: %d, period: Period{Start: %s, End: %s},\n", o.key, o.acronym, o.kind, o.from.literal(), o.to.literal())
		fmt.Fprintf(w, "name: %s,\n", o.name.literal())
		writeNames(w, o.names)
		if len(o.alts) > 0 {
			fmt.Fprintln(w, "alts: []altRow{")
			for _, a := range o.alts {
				fmt.Fprintf(w, "{field: %q, date: %s, note: %s, source: %d},\n", a.field, a.date.literal(), a.note.literal(), a.source)
			}
			fmt.Fprintln(w, "},")
		}
		fmt.Fprintf(w, "sources: %s},\n", idxList(o.sources))
	}
	fmt.Fprintln(w, "}")
	fmt.Fprintln(w)
}

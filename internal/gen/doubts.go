package main

import (
	"fmt"
	"io"
	"slices"
	"strings"
)

// The facts that rest on weak evidence: internal/data/doubts.csv, one row
// per doubted fact of a record, turned into the doubts of the rows of
// package oic (Body.Doubts, Term.Doubts, StatusChange.Doubts,
// Session.Doubts).

// doubtKinds lists the kinds of doubt in the order of oic.Doubt, from 1,
// and doubtConsts the names of their constants.
var (
	doubtKinds  = []string{"", "single-source", "inferred", "unconfirmed-name", "sources-disagree"}
	doubtConsts = []string{"", "DoubtSingleSource", "DoubtInferred", "DoubtUnconfirmedName", "DoubtSourcesDisagree"}
)

// doubtFields lists, for each kind of record that doubts.csv can name, the
// fields a doubt can name (as documented on oic.DoubtedField).
var doubtFields = map[string][]string{
	"body":    {"name", "acronym", "kind", "seat", "founded"},
	"term":    {"holder", "country", "start", "end"},
	"change":  {"date", "status", "session"},
	"session": {"start", "end", "city", "chair"},
}

type doubt struct {
	field   string
	kind    int
	sources []int
}

// loadDoubts reads doubts.csv once every record it can name is loaded. A
// record is written "body <key>", "term <office> <person>", "change <state>
// <date as in membership.csv>" or "session <reference>".
func (d *db) loadDoubts(dir string) error {
	t, err := readTable(dir, "doubts.csv", "record", "field", "kind", "sources", "notes")
	if err != nil {
		return err
	}
	for _, r := range t.rows {
		kind, rest, _ := strings.Cut(r.get("record"), " ")
		fields, ok := doubtFields[kind]
		if !ok {
			d.errs.add(t, r, "unknown kind of record %q (want body, term, change or session)", kind)
			continue
		}
		dt := doubt{field: r.get("field"), sources: d.refs(t, r, "sources", false)}
		if !slices.Contains(fields, dt.field) {
			d.errs.add(t, r, "a %s has no field %q (want one of %s)", kind, dt.field, strings.Join(fields, ", "))
		}
		if dt.kind = slices.Index(doubtKinds, r.get("kind")); dt.kind <= 0 {
			d.errs.add(t, r, "unknown kind of doubt %q (want one of %s)", r.get("kind"), strings.Join(doubtKinds[1:], ", "))
		}
		list := d.doubtsOf(t, r, kind, strings.TrimSpace(rest))
		if list == nil {
			continue
		}
		if slices.ContainsFunc(*list, func(x doubt) bool { return x.field == dt.field }) {
			d.errs.add(t, r, "a second doubt on the field %q", dt.field)
		}
		*list = append(*list, dt)
	}
	return nil
}

// doubtsOf returns the list of doubts of the record named by key, or nil
// after reporting a record that does not exist.
func (d *db) doubtsOf(t *table, r record, kind, key string) *[]doubt {
	switch kind {
	case "body":
		if i := d.bodyIdx[key]; i > 0 {
			return &d.bodies[i-1].doubts
		}
	case "session":
		if i := d.sessionIdx[key]; i > 0 {
			return &d.sessions[i-1].doubts
		}
	case "term":
		office, person, _ := strings.Cut(key, " ")
		var found *[]doubt
		for _, o := range d.offices {
			if o.key != office {
				continue
			}
			for i := range o.terms {
				if p := o.terms[i].person; p > 0 && p <= len(d.people) && d.people[p-1].key == person {
					if found != nil {
						d.errs.add(t, r, "%s holds %s more than once: the record is ambiguous", person, office)
						return nil
					}
					found = &o.terms[i].doubts
				}
			}
		}
		if found != nil {
			return found
		}
	case "change":
		state, when, _ := strings.Cut(key, " ")
		dt, err := parseDate(strings.TrimSpace(when))
		if err != nil {
			d.errs.add(t, r, "%v", err)
			return nil
		}
		if i := d.countryIdx(state); i > 0 {
			c := d.countries[i-1]
			for j := range c.events {
				if c.events[j].date == dt {
					return &c.events[j].doubts
				}
			}
		}
	}
	d.errs.add(t, r, "no %s %q", kind, key)
	return nil
}

// doubtsLiteral returns the Go literal of a list of doubts, or "" for none.
func doubtsLiteral(list []doubt) string {
	if len(list) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString("doubts: []doubtRow{")
	for _, x := range list {
		fmt.Fprintf(&b, "{field: %q, doubt: %s, sources: %s}, ", x.field, doubtConsts[x.kind], idxList(x.sources))
	}
	b.WriteString("},")
	return b.String()
}

// writeDoubts writes the doubts of a row on their own line, if any.
func writeDoubts(w io.Writer, list []doubt) {
	if s := doubtsLiteral(list); s != "" {
		fmt.Fprintln(w, s)
	}
}

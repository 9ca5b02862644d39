package main

import (
	"fmt"
	"io"
	"slices"
	"strings"
)

// organisation is the organisation's own record: organisation.csv and
// org_names.csv.
type organisation struct {
	vintage, founded date
	foundingSession  int
	headquarters     int
	languages        []int // indexes into langs
	sources          []int
	names            []orgName
}

type orgName struct {
	from, to     date
	name, abbrev text
	session      int
	decision     text
	sources      []int
}

func (d *db) loadOrganisation(dir string) error {
	t, err := readTable(dir, "organisation.csv", "field", "value", "sources")
	if err != nil {
		return err
	}
	o := &d.org
	seen := map[string]bool{}
	for _, r := range t.rows {
		f := r.get("field")
		seen[f] = true
		srcs := d.refs(t, r, "sources", f == "vintage")
		o.sources = append(o.sources, srcs...)
		switch f {
		case "vintage":
			o.vintage = d.date(t, r, "value")
			if o.vintage.d == 0 {
				d.errs.add(t, r, "the vintage must be a day")
			}
		case "founded":
			o.founded = d.date(t, r, "value")
		case "founding_session":
			o.foundingSession = d.sessionRef(t, r, "value")
		case "headquarters":
			if o.headquarters = d.cityIdx[r.get("value")]; o.headquarters == 0 {
				d.errs.add(t, r, "unknown city %q", r.get("value"))
			}
		case "working_languages":
			for _, l := range splitList(r.get("value")) {
				i := slices.Index(langs, l)
				if i < 0 {
					d.errs.add(t, r, "unknown language %q", l)
				}
				o.languages = append(o.languages, i)
			}
		default:
			d.errs.add(t, r, "unknown field %q", f)
		}
	}
	for _, f := range []string{"vintage", "founded", "founding_session", "headquarters", "working_languages"} {
		if !seen[f] {
			d.errs = append(d.errs, fmt.Errorf("organisation.csv: no %s", f))
		}
	}
	slices.Sort(o.sources)
	o.sources = slices.Compact(o.sources)

	nt, err := readTable(dir, "org_names.csv", "from", "to", "name_en", "name_ar", "name_fr", "name_kk", "name_ru",
		"abbrev_en", "abbrev_ar", "abbrev_fr", "abbrev_kk", "abbrev_ru", "session", "decision_en", "sources")
	if err != nil {
		return err
	}
	for _, r := range nt.rows {
		n := orgName{from: d.date(nt, r, "from"), to: d.date(nt, r, "to"), name: d.text(nt, r, "name_"), abbrev: d.text(nt, r, "abbrev_"),
			session: d.sessionRef(nt, r, "session"), decision: d.text(nt, r, "decision_"), sources: d.refs(nt, r, "sources", false)}
		if n.name.en() == "" || n.from.isZero() {
			d.errs.add(nt, r, "a name needs an English form and a start")
		}
		if k := len(o.names); k > 0 && o.names[k-1].to != n.from {
			d.errs.add(nt, r, "the name does not start when the one before it ends")
		}
		o.names = append(o.names, n)
	}
	if k := len(o.names); k == 0 || !o.names[k-1].to.isZero() {
		d.errs = append(d.errs, fmt.Errorf("org_names.csv: the last name must have no end"))
	}
	return nil
}

func (d *db) writeOrganisation(w io.Writer) {
	o := &d.org
	fmt.Fprintf(w, "// DataVersion names the snapshot of the data files the tables were built\n// from: the year and month of [Vintage].\n")
	fmt.Fprintf(w, "const DataVersion = \"%04d.%02d\"\n\n", o.vintage.y, o.vintage.m)
	fmt.Fprintln(w, "// The organisation's own record, from organisation.csv.")
	fmt.Fprintln(w, "var (")
	fmt.Fprintf(w, "vintage = %s\n", o.vintage.literal())
	fmt.Fprintf(w, "founded = %s\n", o.founded.literal())
	fmt.Fprintf(w, "foundingSession = Session{%d}\n", o.foundingSession)
	fmt.Fprintf(w, "headquarters = City{%d}\n", o.headquarters)
	ls := make([]string, len(o.languages))
	for i, l := range o.languages {
		ls[i] = fmt.Sprint(l)
	}
	fmt.Fprintf(w, "workingLanguages = [...]uint8{%s}\n", strings.Join(ls, ", "))
	fmt.Fprintf(w, "orgSources = %s\n", idxList(o.sources))
	fmt.Fprintln(w, ")")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "// orgNameTable holds the organisation's names, from org_names.csv, in order.")
	fmt.Fprintln(w, "var orgNameTable = [...]orgNameRow{")
	for _, n := range o.names {
		fmt.Fprintf(w, "{period: Period{Start: %s, End: %s}, session: %d, decision: %s,\n", n.from.literal(), n.to.literal(), n.session, n.decision.literal())
		fmt.Fprintf(w, "name: %s,\nabbrev: %s,\nsources: %s},\n", n.name.literal(), n.abbrev.literal(), idxList(n.sources))
	}
	fmt.Fprintln(w, "}")
	fmt.Fprintln(w)
}

package main

import (
	"fmt"
	"io"
	"slices"
	"strings"
)

type person struct {
	key     string
	name    text
	country int
	sources []int
}

func (d *db) loadPeople(dir string) error {
	t, err := readTable(dir, "people.csv", "key", "name_en", "name_ar", "name_fr", "name_kk", "name_ru", "name_own", "country", "sources")
	if err != nil {
		return err
	}
	d.personIdx = map[string]int{}
	for _, r := range t.rows {
		p := &person{key: r.get("key"), name: d.text(t, r, "name_"), sources: d.refs(t, r, "sources", true)}
		if p.key == "" || strings.ToLower(p.key) != p.key || d.personIdx[p.key] != 0 {
			d.errs.add(t, r, "bad or duplicate key %q", p.key)
		}
		if p.name.en() == "" {
			d.errs.add(t, r, "%s has no English name", p.key)
		}
		if c := r.get("country"); c != "" {
			if p.country = d.countryIdx(c); p.country == 0 {
				d.errs.add(t, r, "unknown country %q", c)
			}
		}
		d.people = append(d.people, p)
		d.personIdx[p.key] = -1
	}
	slices.SortFunc(d.people, func(a, b *person) int { return strings.Compare(a.key, b.key) })
	for i, p := range d.people {
		d.personIdx[p.key] = i + 1
	}
	return nil
}

// personRef resolves a cell holding a person's key.
func (d *db) personRef(t *table, r record, col string) int {
	k := r.get(col)
	if k == "" {
		return 0
	}
	i := d.personIdx[k]
	if i <= 0 {
		d.errs.add(t, r, "unknown person %q", k)
		return 0
	}
	return i
}

func (d *db) writePeople(w io.Writer) {
	fmt.Fprintln(w, "// personTable holds every person, sorted by key; index 0 is the zero Person.")
	fmt.Fprintln(w, "var personTable = [...]personRow{")
	fmt.Fprintln(w, "{},")
	var keys []string
	var idx []int
	for i, p := range d.people {
		keys, idx = append(keys, p.key), append(idx, i+1)
		fmt.Fprintf(w, "{key: %q, country: %d, name: %s, sources: %s},\n", p.key, p.country, p.name.literal(), idxList(p.sources))
	}
	fmt.Fprintln(w, "}")
	fmt.Fprintln(w)
	d.writeIndex(w, "personIndex", "maps keys, in any case, to personTable indexes.", keys, idx)
}

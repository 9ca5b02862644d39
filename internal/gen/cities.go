package main

import (
	"fmt"
	"io"
	"slices"
)

type city struct {
	key     string
	country string // alpha-3 key of the country it lies in
	name    text
	names   []altName
	sources []int
}

func (d *db) loadCities(dir string) error {
	t, err := readTable(dir, "cities.csv", "key", "country", "sources",
		"name_en", "name_ar", "name_fr", "name_kk", "name_ru")
	if err != nil {
		return err
	}
	d.cityIdx = map[string]int{}
	for _, r := range t.rows {
		c := &city{key: r.get("key"), country: r.get("country")}
		c.name = d.text(t, r, "name_")
		if c.name.en() == "" {
			d.errs.add(t, r, "%s has no English name", c.key)
		}
		if _, dup := d.cityIdx[c.key]; dup || c.key == "" {
			d.errs.add(t, r, "duplicate or empty city key %q", c.key)
		}
		if !isCode(c.country, 3) || c.country == "" {
			d.errs.add(t, r, "bad country %q", c.country)
		}
		c.sources = d.refs(t, r, "sources", false)
		d.cities = append(d.cities, c)
	}
	slices.SortFunc(d.cities, func(a, b *city) int { return cmpStr(a.key, b.key) })
	for i, c := range d.cities {
		d.cityIdx[c.key] = i + 1
	}
	return nil
}

func cmpStr(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func (d *db) writeCities(w io.Writer) {
	fmt.Fprintln(w, "// cityTable holds every city, sorted by key; index 0 is the zero City.")
	fmt.Fprintln(w, "var cityTable = [...]cityRow{")
	fmt.Fprintln(w, "{},")
	var keys []string
	var idx []int
	for i, c := range d.cities {
		keys, idx = append(keys, c.key), append(idx, i+1)
		fmt.Fprintf(w, "{key: %q, country: %q, name: %s,\n", c.key, c.country, c.name.literal())
		writeNames(w, c.names)
		fmt.Fprintf(w, "sources: %s},\n", idxList(c.sources))
	}
	fmt.Fprintln(w, "}")
	fmt.Fprintln(w)
	d.writeIndex(w, "cityIndex", "maps keys, in any case, to cityTable indexes.", keys, idx)
}

func writeNames(w io.Writer, names []altName) {
	if len(names) == 0 {
		return
	}
	fmt.Fprintln(w, "names: []nameRow{")
	for _, n := range names {
		fmt.Fprintf(w, "{lang: %d, alias: %v, name: %q, period: Period{Start: %s, End: %s}, sources: %s},\n",
			n.lang, n.alias, n.name, n.from.literal(), n.to.literal(), idxList(n.sources))
	}
	fmt.Fprintln(w, "},")
}

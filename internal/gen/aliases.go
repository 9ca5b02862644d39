package main

import (
	"slices"

	"golang.org/x/text/language"
)

// aliasKinds lists the kinds of aliases.csv.
var aliasKinds = []string{"native_short", "native_formal", "abbrev", "short", "transliteration"}

// An alias is a row of aliases.csv: a name of a state in its own languages
// (native), a short form or an abbreviation in any language, or a common
// transliteration.
type alias struct {
	country int // countryTable index
	lang    string
	kind    string
	name    string
	sources []int
}

// loadAliases reads aliases.csv.
func (d *db) loadAliases(dir string) error {
	t, err := readTable(dir, "aliases.csv", "key", "lang", "kind", "name", "sources", "notes")
	if err != nil {
		return err
	}
	seen := map[[3]string]bool{}
	for _, r := range t.rows {
		a := alias{country: d.countryIdx(r.get("key")), lang: r.get("lang"), kind: r.get("kind"), name: r.get("name"),
			sources: d.refs(t, r, "sources", false)}
		if a.country == 0 || d.countries[a.country-1].key != r.get("key") {
			d.errs.add(t, r, "unknown state %q", r.get("key"))
		}
		if tag, err := language.Parse(a.lang); err != nil || tag.String() != a.lang {
			d.errs.add(t, r, "bad language tag %q: want a BCP 47 tag in canonical form", a.lang)
		}
		if !slices.Contains(aliasKinds, a.kind) {
			d.errs.add(t, r, "unknown kind %q: want one of %v", a.kind, aliasKinds)
		}
		if a.name == "" {
			d.errs.add(t, r, "empty name")
		}
		k := [3]string{r.get("key"), a.lang, a.name}
		if seen[k] {
			d.errs.add(t, r, "%s has the %s name %q twice", k[0], k[1], k[2])
		}
		seen[k] = true
		d.aliases = append(d.aliases, a)
	}
	return nil
}

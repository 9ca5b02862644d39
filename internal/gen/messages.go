package main

import (
	"fmt"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// The messages of package prose: internal/data/messages.csv (one row per
// message or plural case, one column per language) and
// internal/data/months.csv (CLDR month names and the Kazakh case forms).

// pluralCategories lists the CLDR plural categories in canonical order, and
// pluralLangs the ones each language uses for cardinal numbers, as
// golang.org/x/text/feature/plural knows them. A case in a category that the
// language does not use makes the whole message fail to print.
var (
	pluralCategories = []string{"zero", "one", "two", "few", "many", "other"}
	pluralLangs      = map[string][]string{
		"en": {"one", "other"},
		"ar": {"zero", "one", "two", "few", "many", "other"},
		"fr": {"one", "other"},
		"kk": {"one", "other"},
		"ru": {"one", "few", "many", "other"},
	}
)

// The forms of a month name, in the order of the columns of months.csv and
// of the constants of prose.monthForm.
var monthForms = []string{"format", "standalone", "dative", "ablative"}

// The genders an ordinal can agree with, in the order of the constants of
// prose.gender; "" is no gender.
var genders = []string{"", "m", "f", "n"}

type message struct {
	key    string
	text   [5]string
	month  [5]int // index in monthForms
	gender [5]int // index in genders
}

type pluralCase struct {
	key, category string
	text          [5]string
}

type proseData struct {
	messages []*message
	plurals  []pluralCase
	months   [5][12][4]string
}

var (
	keyPattern  = regexp.MustCompile(`^[a-z][a-z0-9-]*(\.[a-z0-9-]+)*$`)
	verbPattern = regexp.MustCompile(`%(\[[0-9]+\])?[-+# 0]*[0-9]*(\.[0-9]*)?[a-zA-Z%]`)
)

// placeholders returns the fmt verbs of s with their argument indexes, such
// as "%[1]s", sorted and without repeats, and an error for a verb without
// an explicit argument index.
func placeholders(s string) ([]string, error) {
	var out []string
	for _, v := range verbPattern.FindAllString(s, -1) {
		if v == "%%" {
			continue
		}
		if !strings.HasPrefix(v, "%[") {
			return nil, fmt.Errorf("placeholder %q has no argument index (write %%[1]%s)", v, v[len(v)-1:])
		}
		out = append(out, v)
	}
	slices.Sort(out)
	return slices.Compact(out), nil
}

// samePlaceholders reports the first language whose placeholders in texts
// differ from English's; texts[i] lists the strings of language i.
func (d *db) samePlaceholders(t *table, r record, key string, texts [5][]string) {
	var sets [5][]string
	for i, ss := range texts {
		for _, s := range ss {
			p, err := placeholders(s)
			if err != nil {
				d.errs.add(t, r, "%s (%s): %v", key, langs[i], err)
				return
			}
			sets[i] = append(sets[i], p...)
		}
		slices.Sort(sets[i])
		sets[i] = slices.Compact(sets[i])
	}
	for i := 1; i < len(langs); i++ {
		if !slices.Equal(sets[i], sets[0]) {
			d.errs.add(t, r, "%s: the %s placeholders %v differ from the English %v", key, langs[i], sets[i], sets[0])
		}
	}
}

func (d *db) loadProse(dir string) error {
	mt, err := readTable(dir, "messages.csv", append([]string{"key", "sources", "notes"}, langs...)...)
	if err != nil {
		return err
	}
	p := &d.prose
	byKey := map[string]*message{}
	plurals := map[string]map[string]pluralCase{}
	pluralRow := map[string]record{} // the first row of each plural message
	type attr struct {
		r           record
		base, which string
	}
	var attrs []attr
	for _, r := range mt.rows {
		key := r.get("key")
		d.refs(mt, r, "sources", true)
		var text [5]string
		for i, l := range langs {
			text[i] = r.get(l)
		}
		switch base, cat, isPlural := strings.Cut(key, "|"); {
		case isPlural:
			if !keyPattern.MatchString(base) || !slices.Contains(pluralCategories, cat) {
				d.errs.add(mt, r, "bad plural key %q: want key|category with a CLDR category", key)
				continue
			}
			if plurals[base] == nil {
				plurals[base] = map[string]pluralCase{}
				pluralRow[base] = r
			}
			if _, dup := plurals[base][cat]; dup {
				d.errs.add(mt, r, "duplicate key %q", key)
				continue
			}
			for i, l := range langs {
				if text[i] != "" && !slices.Contains(pluralLangs[l], cat) {
					d.errs.add(mt, r, "%s: the %s language has no plural category %q", key, l, cat)
				}
			}
			plurals[base][cat] = pluralCase{key: base, category: cat, text: text}
		case strings.Contains(key, "@"):
			base, which, _ := strings.Cut(key, "@")
			attrs = append(attrs, attr{r, base, which})
		default:
			if !keyPattern.MatchString(key) {
				d.errs.add(mt, r, "bad key %q", key)
				continue
			}
			if _, dup := byKey[key]; dup {
				d.errs.add(mt, r, "duplicate key %q", key)
				continue
			}
			for i, l := range langs {
				if text[i] == "" {
					d.errs.add(mt, r, "%s has no %s text", key, l)
				}
			}
			d.samePlaceholders(mt, r, key, [5][]string{{text[0]}, {text[1]}, {text[2]}, {text[3]}, {text[4]}})
			m := &message{key: key, text: text}
			byKey[key] = m
			p.messages = append(p.messages, m)
		}
	}
	for _, a := range attrs {
		m := byKey[a.base]
		if m == nil {
			d.errs.add(mt, a.r, "%s@%s: no message %q", a.base, a.which, a.base)
			continue
		}
		var values []string
		var dst *[5]int
		switch a.which {
		case "month":
			values, dst = monthForms, &m.month
		case "gender":
			values, dst = genders, &m.gender
		default:
			d.errs.add(mt, a.r, "unknown attribute %q (want month or gender)", a.which)
			continue
		}
		for i, l := range langs {
			v := a.r.get(l)
			if v == "" {
				continue
			}
			j := slices.Index(values, v)
			if j < 0 {
				d.errs.add(mt, a.r, "%s@%s: bad %s value %q (want one of %q)", a.base, a.which, l, v, values)
			}
			dst[i] = max(j, 0)
		}
	}
	for base, cases := range plurals {
		r := pluralRow[base]
		if _, clash := byKey[base]; clash {
			d.errs.add(mt, r, "%s is both a message and a plural message", base)
		}
		other, ok := cases["other"]
		if !ok {
			d.errs.add(mt, r, "%s has no row %s|other", base, base)
		}
		var texts [5][]string
		for i, l := range langs {
			if other.text[i] == "" {
				d.errs.add(mt, r, "%s|other has no %s text", base, l)
			}
			for _, c := range cases {
				if c.text[i] != "" {
					texts[i] = append(texts[i], c.text[i])
				}
			}
		}
		d.samePlaceholders(mt, r, base, texts)
		for _, cat := range pluralCategories {
			if c, ok := cases[cat]; ok {
				p.plurals = append(p.plurals, c)
			}
		}
	}
	slices.SortFunc(p.messages, func(a, b *message) int { return strings.Compare(a.key, b.key) })
	slices.SortStableFunc(p.plurals, func(a, b pluralCase) int { return strings.Compare(a.key, b.key) })
	return d.loadMonths(dir)
}

func (d *db) loadMonths(dir string) error {
	t, err := readTable(dir, "months.csv", "lang", "month", "format_wide", "standalone_wide", "dative", "ablative", "sources", "notes")
	if err != nil {
		return err
	}
	seen := map[string]bool{}
	for _, r := range t.rows {
		l := slices.Index(langs, r.get("lang"))
		m, err := strconv.Atoi(r.get("month"))
		if l < 0 || err != nil || m < 1 || m > 12 {
			d.errs.add(t, r, "bad language or month %q %q", r.get("lang"), r.get("month"))
			continue
		}
		k := r.get("lang") + r.get("month")
		if seen[k] {
			d.errs.add(t, r, "duplicate month %s %d", langs[l], m)
		}
		seen[k] = true
		d.refs(t, r, "sources", false)
		for f, col := range []string{"format_wide", "standalone_wide", "dative", "ablative"} {
			v := r.get(col)
			if v == "" && (f < 2 || langs[l] == "kk") {
				d.errs.add(t, r, "%s month %d has no %s", langs[l], m, col)
			}
			d.prose.months[l][m-1][f] = v
		}
	}
	for _, l := range langs {
		for m := 1; m <= 12; m++ {
			if !seen[l+strconv.Itoa(m)] {
				d.errs = append(d.errs, fmt.Errorf("%s: no %s month %d", t.file, l, m))
			}
		}
	}
	return nil
}

func (d *db) writeProse(w io.Writer) {
	p := &d.prose
	fmt.Fprintln(w, "// Code generated by go run ./internal/gen from internal/data. DO NOT EDIT.")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "package prose")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "// messageTable holds the messages of internal/data/messages.csv, sorted by")
	fmt.Fprintln(w, "// key: text[i] is the message in language i (langTag), month[i] the form of a month")
	fmt.Fprintln(w, "// name it takes and gender[i] the gender its ordinal agrees with.")
	fmt.Fprintln(w, "var messageTable = [...]messageRow{")
	for _, m := range p.messages {
		fmt.Fprintf(w, "{key: %q, text: [numLangs]string{", m.key)
		for _, s := range m.text {
			fmt.Fprintf(w, "%q, ", s)
		}
		fmt.Fprint(w, "}")
		if m.month != [5]int{} {
			fmt.Fprintf(w, ", month: [numLangs]monthForm{%s}", nameList(m.month[:], "monthFormat", "monthStandalone", "monthDative", "monthAblative"))
		}
		if m.gender != [5]int{} {
			fmt.Fprintf(w, ", gender: [numLangs]gender{%s}", nameList(m.gender[:], "genderNone", "genderMasculine", "genderFeminine", "genderNeuter"))
		}
		fmt.Fprintln(w, "},")
	}
	fmt.Fprintln(w, "}")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "// pluralTable holds the cases of the plural messages of")
	fmt.Fprintln(w, "// internal/data/messages.csv, sorted by key and then by CLDR plural")
	fmt.Fprintln(w, "// category; an empty text is a category the language does not use.")
	fmt.Fprintln(w, "var pluralTable = [...]pluralRow{")
	for _, c := range p.plurals {
		fmt.Fprintf(w, "{key: %q, category: %q, text: [numLangs]string{", c.key, c.category)
		for _, s := range c.text {
			fmt.Fprintf(w, "%q, ", s)
		}
		fmt.Fprintln(w, "}},")
	}
	fmt.Fprintln(w, "}")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "// monthTable holds the month names of internal/data/months.csv:")
	fmt.Fprintln(w, "// monthTable[lang][month-1][form], forms in the order of monthForm.")
	fmt.Fprintln(w, "var monthTable = [numLangs][12][numMonthForms]string{")
	for l := range langs {
		fmt.Fprintln(w, "{")
		for m := range 12 {
			fmt.Fprint(w, "{")
			for _, s := range p.months[l][m] {
				fmt.Fprintf(w, "%q, ", s)
			}
			fmt.Fprintln(w, "},")
		}
		fmt.Fprintln(w, "},")
	}
	fmt.Fprintln(w, "}")
}

// nameList writes the values v as the names of the constants they stand
// for.
func nameList(v []int, names ...string) string {
	s := make([]string, len(v))
	for i, n := range v {
		s[i] = names[n]
	}
	return strings.Join(s, ", ")
}

package main

import (
	"bytes"
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode"

	"github.com/kzoic/kzoic/internal/fold"
	"github.com/kzoic/kzoic/internal/phash"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// nameKinds are the kinds of name of the search index, from the most to
// the least authoritative, with the search.NameKind constant of each.
var nameKinds = []struct{ word, ident string }{
	{},
	{"official", "NameOfficial"},
	{"former", "NameFormer"},
	{"native", "NameNative"},
	{"alias", "NameAlias"},
	{"translation", "NameTranslation"},
	{"code", "NameCode"},
}

func nameKind(word string) int {
	for i, k := range nameKinds {
		if k.word == word {
			return i
		}
	}
	panic("unknown name kind " + word)
}

// searchLangs are the language tags that golang.org/x/text/language
// declares as variables, by their canonical form. The first six are the
// languages of oic.Text in field order, then und; the generated tables
// number languages in this order first.
var searchLangs = []struct{ tag, ident string }{
	{"en", "English"}, {"ar", "Arabic"}, {"fr", "French"}, {"kk", "Kazakh"}, {"ru", "Russian"}, {"und", "Und"},
	{"tr", "Turkish"}, {"pt", "Portuguese"}, {"id", "Indonesian"}, {"ur", "Urdu"}, {"th", "Thai"},
	{"bn", "Bengali"}, {"fa", "Persian"}, {"ky", "Kirghiz"}, {"ms", "Malay"}, {"nl", "Dutch"},
	{"sq", "Albanian"}, {"hr", "Croatian"}, {"sw", "Swahili"}, {"az", "Azerbaijani"}, {"uz", "Uzbek"},
	{"sr", "Serbian"}, {"sr-Latn", "SerbianLatin"},
}

// searchKinds are the search.Kind constants, in their order.
var searchKinds = []string{"KindOrganisation", "KindCountry", "KindCity", "KindBody", "KindDocument", "KindInitiative", "KindPerson", "KindObserverOrg"}

// A searchRec is a record of the search index: its kind (a search.Kind
// constant) and the key that looks its handle up.
type searchRec struct{ kind, key string }

// A searchName is one name of the search index.
type searchName struct {
	rec    int
	name   string
	lang   int // index into the index's languages
	kind   int // index into nameKinds
	from   date
	to     date
	spaced string // the key, with spaces
	key    string // the key without spaces
}

// searchIndex is the search index the generator writes.
type searchIndex struct {
	recs  []searchRec
	langs []string
	names []*searchName
	errs  *errorList
}

func (x *searchIndex) lang(tag string) int {
	if i := slices.Index(x.langs, tag); i >= 0 {
		return i
	}
	x.langs = append(x.langs, tag)
	return len(x.langs) - 1
}

func (x *searchIndex) rec(kind, key string) int {
	x.recs = append(x.recs, searchRec{kind, key})
	return len(x.recs) - 1
}

// add adds a name.
func (x *searchIndex) add(rec int, name, lang, kind string, from, to date) {
	if name == "" {
		return
	}
	x.names = append(x.names, &searchName{rec: rec, name: name, lang: x.lang(lang), kind: nameKind(kind), from: from, to: to})
}

// addText adds the forms of a text of the record: official where a source
// gives them, translations where they are the module's own.
func (x *searchIndex) addText(rec int, t text) {
	for i, f := range t.f {
		if f == "" {
			continue
		}
		kind := nameKind("official")
		if t.own&(1<<i) != 0 {
			kind = nameKind("translation")
		}
		x.names = append(x.names, &searchName{rec: rec, name: f, lang: i, kind: kind})
	}
}

func (x *searchIndex) addOthers(rec int, names []altName) {
	for _, n := range names {
		kind := "former"
		if n.alias {
			kind = "alias"
		}
		x.add(rec, n.name, langs[n.lang], kind, n.from, n.to)
	}
}

// searchIndex collects every name of every record: the organisation,
// states, cities, bodies, documents, initiatives, people and observer
// organisations.
func (d *db) searchIndex() *searchIndex {
	x := &searchIndex{errs: &d.errs}
	for _, l := range searchLangs[:6] {
		x.lang(l.tag)
	}
	org := x.rec("KindOrganisation", "oic")
	for _, n := range d.org.names {
		for i, f := range n.name.f {
			if n.to.isZero() {
				kind := "official"
				if n.name.own&(1<<i) != 0 {
					kind = "translation"
				}
				x.add(org, f, langs[i], kind, date{}, date{})
			} else {
				x.add(org, f, langs[i], "former", n.from, n.to)
			}
		}
		for i, f := range n.abbrev.f {
			if n.to.isZero() {
				x.add(org, f, langs[i], "alias", date{}, date{})
			} else {
				x.add(org, f, langs[i], "alias", n.from, n.to)
			}
		}
	}
	for ci, c := range d.countries {
		r := x.rec("KindCountry", c.key)
		x.addText(r, c.name)
		x.addText(r, c.formal)
		x.addOthers(r, c.names)
		for _, a := range d.aliases {
			if a.country != ci+1 {
				continue
			}
			kind := "alias"
			if strings.HasPrefix(a.kind, "native") {
				kind = "native"
			}
			x.add(r, a.name, a.lang, kind, date{}, date{})
		}
		x.add(r, c.alpha2, "und", "code", date{}, date{})
		x.add(r, c.alpha3, "und", "code", date{}, date{})
	}
	for _, c := range d.cities {
		r := x.rec("KindCity", c.key)
		x.addText(r, c.name)
		x.addOthers(r, c.names)
	}
	for _, b := range d.bodies {
		r := x.rec("KindBody", b.key)
		x.addText(r, b.name)
		x.add(r, b.acronym, "und", "alias", date{}, date{})
		x.addOthers(r, b.names)
	}
	for _, doc := range d.documents {
		x.addText(x.rec("KindDocument", doc.key), doc.name)
	}
	for _, in := range d.initiatives {
		r := x.rec("KindInitiative", in.key)
		x.addText(r, in.name)
		x.add(r, in.key, "und", "alias", date{}, date{})
	}
	for _, p := range d.people {
		x.addText(x.rec("KindPerson", p.key), p.name)
	}
	for _, o := range d.observerOrgs {
		r := x.rec("KindObserverOrg", o.key)
		x.addText(r, o.name)
		x.addOthers(r, o.names)
		x.add(r, o.acronym, "und", "alias", date{}, date{})
	}

	// One name of a record once, in its most authoritative kind and
	// language.
	slices.SortStableFunc(x.names, func(a, b *searchName) int {
		return cmp.Or(cmp.Compare(a.rec, b.rec), strings.Compare(a.name, b.name), cmp.Compare(a.kind, b.kind), cmp.Compare(a.lang, b.lang))
	})
	x.names = slices.CompactFunc(x.names, func(a, b *searchName) bool { return a.rec == b.rec && a.name == b.name })
	kept := x.names[:0]
	for _, n := range x.names {
		n.spaced = string(fold.Append(nil, n.name))
		n.key = strings.ReplaceAll(n.spaced, " ", "")
		if n.key != "" {
			kept = append(kept, n)
		}
	}
	x.names = kept
	return x
}

// maxNameLen bounds the length of a name in bytes; search caps the text it
// takes at it.
const maxNameLen = 255

// writeSearch writes search/tables.go: the names of every record, their
// keys sorted with a perfect hash over them and over their derived forms,
// and the words of the keys.
func (d *db) writeSearch(w io.Writer) {
	x := d.searchIndex()
	fmt.Fprintln(w, "// Code generated by go run ./internal/gen from internal/data. DO NOT EDIT.")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "package search")
	fmt.Fprintln(w)
	fmt.Fprintln(w, `import (
	"github.com/kzoic/kzoic/internal/phash"
	"github.com/kzoic/kzoic/oic"
	"golang.org/x/text/language"
)`)
	fmt.Fprintln(w)

	fmt.Fprintln(w, "// recTable holds the records named, in the order of their kinds and of the tables of package oic.")
	fmt.Fprintln(w, "var recTable = [...]recRow{")
	for _, r := range x.recs {
		fmt.Fprintf(w, "{%s, %q},\n", r.kind, r.key)
	}
	fmt.Fprintln(w, "}")
	fmt.Fprintln(w)

	// Languages.
	fmt.Fprintln(w, "// langTags holds the languages of the names; langTag makes them.")
	fmt.Fprintf(w, "var langTags = [...]string{%s}\n\n", quoteAll(x.langs))
	fmt.Fprintln(w, "// langTag returns the language numbered i in langTags: a variable of package language where there is one, else the tag made from its text.")
	fmt.Fprintln(w, "func langTag(i uint8) language.Tag {")
	fmt.Fprintln(w, "switch i {")
	for i, l := range x.langs {
		for _, s := range searchLangs {
			if s.tag == l {
				fmt.Fprintf(w, "case %d: return language.%s\n", i, s.ident)
			}
		}
	}
	fmt.Fprintln(w, "}")
	fmt.Fprintln(w, "return madeTag(i)")
	fmt.Fprintln(w, "}")
	fmt.Fprintln(w)

	// Keys, sorted.
	keySet := map[string]bool{}
	for _, n := range x.names {
		keySet[n.key] = true
		if len(n.name) > maxNameLen {
			d.errs = append(d.errs, fmt.Errorf("search: the name %q is longer than %d bytes", n.name, maxNameLen))
		}
	}
	keys := make([]string, 0, len(keySet))
	for k := range keySet {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	keyID := map[string]int{}
	for i, k := range keys {
		keyID[k] = i
	}
	// Entries: by key, then kind of record (the records are in the order
	// of their kinds), then most authoritative kind of name, then record,
	// then language, as search ranks them.
	recKind := func(rec int) int { return slices.Index(searchKinds, x.recs[rec].kind) }
	slices.SortStableFunc(x.names, func(a, b *searchName) int {
		return cmp.Or(cmp.Compare(keyID[a.key], keyID[b.key]), cmp.Compare(recKind(a.rec), recKind(b.rec)), cmp.Compare(a.kind, b.kind), cmp.Compare(a.rec, b.rec), cmp.Compare(a.lang, b.lang))
	})
	periods := []string{"{}"}
	periodIdx := map[string]int{"{}": 0}
	fmt.Fprintln(w, "// entryTable holds every name, grouped by key (see keyEntries), the most authoritative first.")
	fmt.Fprintln(w, "var entryTable = [...]entry{")
	keyEntries := make([]int, len(keys)+1)
	canon := make([]string, len(keys)) // the spaced form of each key, from its first name
	for i, n := range x.names {
		k := keyID[n.key]
		if canon[k] == "" {
			canon[k] = n.spaced
			keyEntries[k] = i
		}
		p := 0
		if !n.from.isZero() || !n.to.isZero() {
			lit := fmt.Sprintf("{Start: oic.%s, End: oic.%s}", n.from.literal(), n.to.literal())
			lit = strings.ReplaceAll(lit, "Bound: ", "Bound: oic.")
			var ok bool
			if p, ok = periodIdx[lit]; !ok {
				p = len(periods)
				periods = append(periods, lit)
				periodIdx[lit] = p
			}
		}
		fmt.Fprintf(w, "{%q, %d, %d, %d, %s, %d},\n", n.name, n.rec, p, k, nameKinds[n.kind].ident, n.lang)
	}
	keyEntries[len(keys)] = len(x.names)
	fmt.Fprintln(w, "}")
	fmt.Fprintln(w)
	if len(x.names) >= 1<<16 || len(keys) >= 1<<14 || len(periods) >= 1<<16 {
		d.errs = append(d.errs, fmt.Errorf("search: too many names for the tables (%d names, %d keys)", len(x.names), len(keys)))
		return
	}
	fmt.Fprintln(w, "// periodTable holds the periods of former names; index 0 is the zero Period.")
	fmt.Fprintln(w, "var periodTable = [...]oic.Period{")
	for _, p := range periods {
		fmt.Fprintf(w, "%s,\n", p)
	}
	fmt.Fprintln(w, "}")
	fmt.Fprintln(w)

	var text strings.Builder
	offsets := make([]int, len(keys)+1)
	for i, k := range keys {
		offsets[i] = text.Len()
		text.WriteString(k)
	}
	offsets[len(keys)] = text.Len()
	fmt.Fprintln(w, "// keyText holds the keys (names folded, without spaces), sorted; key i is keyText[keyOffsets[i]:keyOffsets[i+1]].")
	writeLongString(w, "keyText", text.String())
	writeInts(w, "keyOffsets", "uint32", offsets)
	fmt.Fprintln(w, "// keyEntries gives the names of each key: entryTable[keyEntries[i]:keyEntries[i+1]].")
	writeInts(w, "keyEntries", "uint16", keyEntries)

	// Words.
	wordSet := map[string]int{} // word → offset of one occurrence in keyText
	keyWordLists := make([][]string, len(keys))
	for k, sp := range canon {
		off := offsets[k]
		for wd := range strings.SplitSeq(sp, " ") {
			if _, ok := wordSet[wd]; !ok {
				wordSet[wd] = off
			}
			off += len(wd)
			keyWordLists[k] = append(keyWordLists[k], wd)
		}
	}
	words := make([]string, 0, len(wordSet))
	for wd := range wordSet {
		words = append(words, wd)
	}
	slices.Sort(words)
	wordID := map[string]int{}
	refs := make([]int, len(words))
	for i, wd := range words {
		wordID[wd] = i
		if len(wd) > 255 {
			d.errs = append(d.errs, fmt.Errorf("search: the word %q is too long", wd))
		}
		refs[i] = wordSet[wd]<<8 | len(wd)
	}
	var keyWords, keyWordStart []int
	wordKeys := make([][]int, len(words))
	for k, ws := range keyWordLists {
		keyWordStart = append(keyWordStart, len(keyWords))
		for j, wd := range ws {
			keyWords = append(keyWords, wordID[wd])
			if !slices.Contains(ws[:j], wd) {
				wordKeys[wordID[wd]] = append(wordKeys[wordID[wd]], k)
			}
		}
	}
	keyWordStart = append(keyWordStart, len(keyWords))
	fmt.Fprintln(w, "// keyWords gives the words of each key, as indexes into wordRefs: keyWords[keyWordStart[i]:keyWordStart[i+1]].")
	writeInts(w, "keyWordStart", "uint16", keyWordStart)
	writeInts(w, "keyWords", "uint16", keyWords)
	fmt.Fprintln(w, "// wordRefs holds the words of the keys, sorted, each as offset<<8 | length in keyText.")
	writeInts(w, "wordRefs", "uint32", refs)
	var wk, wkStart []int
	for _, ks := range wordKeys {
		wkStart = append(wkStart, len(wk))
		wk = append(wk, ks...)
	}
	wkStart = append(wkStart, len(wk))
	fmt.Fprintln(w, "// wordKeys gives the keys holding each word: wordKeys[wordKeyStart[i]:wordKeyStart[i+1]].")
	writeInts(w, "wordKeyStart", "uint16", wkStart)
	writeInts(w, "wordKeys", "uint16", wk)

	// Derived forms: without the Arabic article, and the variant.
	derived := map[string][]int{} // form → key<<2 | how
	for k, sp := range canon {
		if b, dropped := fold.AppendBare(nil, []byte(sp)); dropped && string(b) != keys[k] {
			derived[string(b)] = append(derived[string(b)], k<<2|1)
		}
		if v := string(fold.AppendVariant(nil, []byte(sp))); v != keys[k] {
			derived[v] = append(derived[v], k<<2|2)
		}
	}
	var extra []string
	for f := range derived {
		if _, ok := keyID[f]; !ok {
			extra = append(extra, f)
		}
	}
	slices.Sort(extra)
	all := append(slices.Clone(keys), extra...)
	var post, postStart []int
	for _, f := range all {
		postStart = append(postStart, len(post))
		post = append(post, derived[f]...)
	}
	postStart = append(postStart, len(post))
	if len(all) >= 1<<16 || len(post) >= 1<<16 {
		d.errs = append(d.errs, fmt.Errorf("search: too many forms (%d)", len(all)))
		return
	}
	fmt.Fprintln(w, "// formPosts gives, for each form (the keys, then the forms derived from keys that are not keys), the keys it is derived from, as key<<2 | how (1: without the Arabic article, 2: the variant): formPosts[formPostStart[i]:formPostStart[i+1]].")
	writeInts(w, "formPostStart", "uint16", postStart)
	writeInts(w, "formPosts", "uint16", post)
	t, ok := phash.Build(all)
	if !ok {
		d.errs = append(d.errs, fmt.Errorf("search: no perfect hash for %d forms", len(all)))
		return
	}
	fmt.Fprintln(w, "// formTable is a perfect hash of the forms: the keys, numbered as in keyOffsets, then the other derived forms.")
	fmt.Fprintf(w, "var formTable = phash.Table{Seed: %#x,\n", t.Seed)
	fmt.Fprintf(w, "Disp: %s,\n", intsLiteral("uint16", toInts(t.Disp)))
	fmt.Fprintf(w, "Slots: %s}\n\n", intsLiteral("uint16", toInts(t.Slots)))

	// The typed forms: the names as they are, and the forms people type
	// of them that differ only in case, marks, apostrophes and the
	// Arabic letters that folding merges, found without folding.
	d.writeTyped(w, x, keyID, keyEntries)

	// Keys' lengths in runes, for suggestions, and the triples of
	// neighbouring runes in keys, for typos.
	runes := make([]int, len(keys))
	var triples [1 << 17 / 32]uint32
	for i, k := range keys {
		rs := append(append([]rune{0}, []rune(k)...), 0)
		runes[i] = min(len(rs)-2, 255)
		for j := 0; j+2 < len(rs); j++ {
			h := searchTripleHash(rs[j], rs[j+1], rs[j+2])
			triples[h/32] |= 1 << (h % 32)
		}
	}
	writeTypoLetters(w, keys)
	fmt.Fprintln(w, "// keyRunes holds the length of each key in runes (at most 255).")
	writeInts(w, "keyRunes", "uint8", runes)
	fmt.Fprintln(w, "// runeTriples is a bitmap of the triples of neighbouring runes of the keys, each key between two 0 runes, by tripleHash.")
	tv := make([]int, len(triples))
	for i, v := range triples {
		tv[i] = int(v)
	}
	writeInts(w, "runeTriples", "uint32", tv)
	fmt.Fprintf(w, "// maxNameLen bounds the length of a name in bytes.\nconst maxNameLen = %d\n", maxNameLen)
}

func toInts[T ~uint16](s []T) []int {
	out := make([]int, len(s))
	for i, v := range s {
		out[i] = int(v)
	}
	return out
}

func quoteAll(s []string) string {
	q := make([]string, len(s))
	for i, v := range s {
		q[i] = fmt.Sprintf("%q", v)
	}
	return strings.Join(q, ", ")
}

func intsLiteral(typ string, v []int) string {
	var b bytes.Buffer
	fmt.Fprintf(&b, "[]%s{", typ)
	for i, n := range v {
		if i%20 == 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "%d, ", n)
	}
	b.WriteString("\n}")
	return b.String()
}

func writeInts(w io.Writer, name, typ string, v []int) {
	lit := intsLiteral(typ, v)
	fmt.Fprintf(w, "var %s = [...]%s\n\n", name, strings.TrimPrefix(lit, "[]"))
}

// writeLongString writes a string constant in lines of about 64 bytes,
// cut between runes.
func writeLongString(w io.Writer, name, s string) {
	if s == "" {
		fmt.Fprintf(w, "const %s = \"\"\n\n", name)
		return
	}
	fmt.Fprintf(w, "const %s = \"\" +\n", name)
	for len(s) > 0 {
		n := min(64, len(s))
		for n < len(s) && s[n]&0xC0 == 0x80 {
			n++
		}
		sep := " +"
		if n == len(s) {
			sep = ""
		}
		fmt.Fprintf(w, "%q%s\n", s[:n], sep)
		s = s[n:]
	}
	fmt.Fprintln(w)
}

// searchTripleHash is search.tripleHash: the bit of the runes a, b, c.
func searchTripleHash(a, b, c rune) uint32 {
	return (uint32(a)*0x9E3779B1 ^ uint32(b)*0x85EBCA77 ^ uint32(c)*0xC2B2AE3D) >> 15
}

// writeTyped writes the typed forms of the names: a table of buckets by
// ascii.HashFold, holding names (by entry) and the forms people type of
// them (by key).
func (d *db) writeTyped(w io.Writer, x *searchIndex, keyID map[string]int, keyFirst []int) {
	type item struct {
		s     string
		entry int // -1 for a typed form
		key   int
	}
	var items []item
	seen := map[string]bool{} // ASCII lower case of the items
	raw := map[string]bool{}
	for i, n := range x.names {
		if !raw[n.name] {
			raw[n.name] = true
			seen[asciiLower(n.name)] = true
			items = append(items, item{n.name, i, keyID[n.key]})
		}
	}
	for _, n := range x.names {
		for _, v := range typedForms(n.name) {
			l := asciiLower(v)
			if seen[l] {
				continue
			}
			if k := strings.ReplaceAll(string(fold.Append(nil, v)), " ", ""); k != n.key {
				d.errs = append(d.errs, fmt.Errorf("search: the typed form %q of %q folds to %q, not %q", v, n.name, k, n.key))
				continue
			}
			seen[l] = true
			items = append(items, item{v, -1, keyID[n.key]})
		}
	}
	size, bits := 1, uint(0)
	for size < len(items) {
		size, bits = size*2, bits+1
	}
	bestSeed, bestMax := uint64(0), 1<<30
	for seed := uint64(0); seed < 2000 && bestMax > 3; seed++ {
		buckets := make([]int, size)
		m := 0
		for _, it := range items {
			b := phash.Top(phash.HashFold(it.s, seed), bits)
			buckets[b]++
			m = max(m, buckets[b])
		}
		if m < bestMax {
			bestMax, bestSeed = m, seed
		}
	}
	order := make([][]int, size)
	for i, it := range items {
		b := phash.Top(phash.HashFold(it.s, bestSeed), bits)
		order[b] = append(order[b], i)
	}
	var start, ids []int
	var forms []string
	var formEntries []int
	for _, b := range order {
		start = append(start, len(ids))
		for _, i := range b {
			it := items[i]
			if it.entry >= 0 {
				ids = append(ids, it.entry)
			} else {
				ids = append(ids, len(x.names)+len(forms))
				forms = append(forms, it.s)
				formEntries = append(formEntries, keyFirst[it.key])
			}
		}
	}
	start = append(start, len(ids))
	if len(x.names)+len(forms) >= 1<<16 {
		d.errs = append(d.errs, fmt.Errorf("search: too many typed forms"))
		return
	}
	fmt.Fprintf(w, "// typedSeed, typedBuckets (start<<8 | count in typedItems) and typedItems hold the names as they are and the forms people type of them that differ\n")
	fmt.Fprintf(w, "// only in case, marks, apostrophes, hyphens and the Arabic letters that folding merges, in 1<<typedBits buckets by\n")
	fmt.Fprintf(w, "// phash.HashFold with typedSeed (at most %d in a bucket): an item below len(entryTable) is an entry; above, a typed form.\n", bestMax)
	fmt.Fprintf(w, "const typedSeed, typedBits = %d, %d\n\n", bestSeed, bits)
	buckets := make([]int, len(start)-1)
	for i := range buckets {
		buckets[i] = start[i]<<8 | (start[i+1] - start[i])
	}
	writeInts(w, "typedBuckets", "uint32", buckets)
	writeInts(w, "typedItems", "uint16", ids)
	fmt.Fprintln(w, "// typedForms holds the typed forms that are not names, and typedEntries the first entry of the key of each.")
	fmt.Fprintln(w, "var typedForms = [...]string{")
	for _, f := range forms {
		fmt.Fprintf(w, "%q,\n", f)
	}
	fmt.Fprintln(w, "}")
	fmt.Fprintln(w)
	writeInts(w, "typedEntries", "uint16", formEntries)
}

func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// typedForms returns the forms people commonly type of name: without
// diacritics (and so, in Arabic, without hamza), in lower case (and for
// Cyrillic, in upper case and in sentence case), with a straight
// apostrophe and spaces for hyphens, with taa marbuta and alef maqsura as
// heh and yeh, and their combinations.
func typedForms(name string) []string {
	plain := func(s string) string {
		t, _, err := transform.String(transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC), s)
		if err != nil {
			return s
		}
		return t
	}
	apos := strings.NewReplacer("’", "'", "‘", "'", "ʼ", "'", "ʻ", "'", "-", " ", "‑", " ", "–", " ").Replace
	arabic := strings.NewReplacer("ة", "ه", "ى", "ي").Replace
	var out []string
	add := func(s string) {
		if s != name && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	cyrillic := strings.ContainsFunc(name, func(r rune) bool { return unicode.Is(unicode.Cyrillic, r) })
	for _, a := range []string{name, apos(name)} {
		for _, b := range []string{a, plain(a)} {
			add(b)
			add(strings.ToLower(b))
			add(arabic(b))
			if cyrillic {
				// ASCII case is set aside by the lookup; Cyrillic
				// case needs forms of its own.
				add(strings.ToUpper(b))
				add(sentenceCase(b))
			}
		}
	}
	return out
}

// sentenceCase returns s in lower case but for its first letter.
func sentenceCase(s string) string {
	l := strings.ToLower(s)
	for i, r := range l {
		return l[:i] + strings.ToUpper(string(r)) + l[i+len(string(r)):]
	}
	return l
}

// typoLetters are the letters a typo may insert or put in place of
// another, by script: the letters of keys (folded: lower case, no marks,
// the Arabic variants merged).
var typoLetters = []string{
	"abcdefghijklmnopqrstuvwxyz",
	"абвгдежзиклмнопрстуфхцчшщъыьэюяәғқңөұүһі",
	"ابتثجحخدذرزسشصضطظعغفقكلمنهويپچژگ",
}

// writeTypoLetters writes the letters of typoLetters and, for each letter
// (and the ends of a key), the letters that follow and precede it in some
// key.
func writeTypoLetters(w io.Writer, keys []string) {
	var succ, pred [3][65]uint64
	for si, letters := range typoLetters {
		ls := []rune(letters)
		if len(ls) > 64 {
			panic("too many letters")
		}
		index := func(r rune) int { // 0 for an end, -1 for another rune
			if r == 0 {
				return 0
			}
			if i := slices.Index(ls, r); i >= 0 {
				return i + 1
			}
			return -1
		}
		for _, k := range keys {
			rs := append(append([]rune{0}, []rune(k)...), 0)
			for j := 0; j+1 < len(rs); j++ {
				a, b := index(rs[j]), index(rs[j+1])
				if a >= 0 && b > 0 {
					succ[si][a] |= 1 << (b - 1)
				}
				if b >= 0 && a > 0 {
					pred[si][b] |= 1 << (a - 1)
				}
			}
		}
	}
	fmt.Fprintln(w, "// typoLetters holds the letters a typo may insert or put in place of another, by script (Latin, Cyrillic, Arabic);")
	fmt.Fprintln(w, "// typoSucc[s][i] has bit j-1 set when letter j of script s follows letter i in some key, and typoPred when it precedes")
	fmt.Fprintln(w, "// it (letter 0 is either end of a key; letters count from 1).")
	fmt.Fprintln(w, "var typoLetters = [3][]rune{")
	for _, l := range typoLetters {
		fmt.Fprint(w, "{")
		for _, r := range l {
			fmt.Fprintf(w, "%q, ", r)
		}
		fmt.Fprintln(w, "},")
	}
	fmt.Fprintln(w, "}")
	for _, t := range []struct {
		name string
		v    *[3][65]uint64
	}{{"typoSucc", &succ}, {"typoPred", &pred}} {
		fmt.Fprintf(w, "var %s = [3][65]uint64{\n", t.name)
		for _, row := range t.v {
			fmt.Fprint(w, "{")
			for _, m := range row {
				fmt.Fprintf(w, "%#x, ", m)
			}
			fmt.Fprintln(w, "},")
		}
		fmt.Fprintln(w, "}")
	}
	fmt.Fprintln(w)
}

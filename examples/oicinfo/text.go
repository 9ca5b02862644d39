package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kzoic/kzoic/examples/internal/view"
	"github.com/kzoic/kzoic/oic"
	"github.com/kzoic/kzoic/prose"
	"golang.org/x/text/language"
)

// A page writes the text output of one command for a reader: every word
// from the message catalog of package prose or from the records in the
// reader's language, dates and periods as prose writes them, and at the end
// the count of the sources cited (or, with -sources, the list) and the
// legend of the mark of the module's own renderings when one was printed.
type page struct {
	w     *markWriter
	p     *prose.Printer
	tag   language.Tag
	opt   options
	cites view.Citations
}

func newPage(w io.Writer, opt options) *page {
	return &page{w: &markWriter{w: w}, p: opt.printer, tag: opt.printer.Tag(), opt: opt}
}

// markWriter passes writes on, remembering the first error and whether the
// mark of the module's own renderings went through.
type markWriter struct {
	w      io.Writer
	marked bool
	err    error
}

func (m *markWriter) Write(b []byte) (int, error) {
	if m.err != nil {
		return 0, m.err
	}
	if bytes.Contains(b, []byte(prose.OwnMark)) {
		m.marked = true
	}
	n, err := m.w.Write(b)
	m.err = err
	return n, err
}

// t returns the catalog's message key filled with args.
func (pg *page) t(key string, args ...any) string { return pg.p.Sprintf(key, args...) }

// label returns the label with the given name, "label."+name in the
// catalog.
func (pg *page) label(name string) string { return pg.p.Sprintf("label." + name) }

// line writes s indented by indent steps of two spaces.
func (pg *page) line(indent int, s string) {
	fmt.Fprintf(pg.w, "%s%s\n", strings.Repeat("  ", indent), s)
}

// blank writes an empty line.
func (pg *page) blank() { io.WriteString(pg.w, "\n") }

// field writes "label: value" indented.
func (pg *page) field(indent int, name, value string) {
	pg.line(indent, pg.t("cli.field", pg.label(name), value))
}

// heading writes the title of a field whose values follow on lines of
// their own: "label:".
func (pg *page) heading(indent int, name string) {
	pg.line(indent, pg.t("cli.heading", pg.label(name)))
}

// lines writes a heading and lines under it, or nothing when there are
// none.
func (pg *page) lines(indent int, name string, lines []string) {
	if len(lines) == 0 {
		return
	}
	pg.heading(indent, name)
	for _, l := range lines {
		pg.line(indent+1, l)
	}
}

// title writes the first line of a command's output: what it is about and
// the date it answers for, with a note when that date is after the data
// vintage.
func (pg *page) title(s string) {
	on := pg.opt.on
	pg.line(0, pg.t("cli.as-of."+on.Precision().String(), s, pg.date(on)))
	if oic.IsAfterVintage(on) {
		pg.line(0, pg.t("cli.after-vintage", pg.date(oic.Vintage())))
	}
}

// paren returns "s (detail)".
func (pg *page) paren(s, detail string) string {
	if detail == "" {
		return s
	}
	if s == "" {
		return detail
	}
	return pg.t("cli.paren", s, detail)
}

// pair returns "s: detail", as field does for a label.
func (pg *page) pair(s, detail string) string {
	if detail == "" {
		return s
	}
	return pg.t("cli.field", s, detail)
}

// list joins items, leaving out empty ones, with the language's comma.
func (pg *page) list(items ...string) string { return pg.joinWith("cli.list", items) }

// semi joins items, leaving out empty ones, with the language's semicolon.
func (pg *page) semi(items ...string) string { return pg.joinWith("cli.semicolon", items) }

// joinWith joins items, leaving out empty ones, with the catalog message
// key, which puts two items together.
func (pg *page) joinWith(key string, items []string) string {
	var out string
	for _, s := range items {
		switch {
		case s == "":
		case out == "":
			out = s
		default:
			out = pg.t(key, out, s)
		}
	}
	return out
}

// text returns x in the reader's language, marked where it is the
// module's own rendering.
func (pg *page) text(x oic.Text) string { return pg.p.Marked(x) }

// person returns the name of who, marked where it is the module's own
// transliteration.
func (pg *page) person(who oic.Person) string { return pg.p.Marked(who.Names()) }

// named returns the form of a record's name on a date, nameOn, marked when
// it is today's name and that is the module's own rendering.
func (pg *page) named(nameOn string, today oic.Text) string {
	if nameOn == today.In(pg.tag) && today.IsOwn(pg.tag) {
		return nameOn + prose.OwnMark
	}
	return nameOn
}

// country returns the name c had on d.
func (pg *page) country(c oic.Country, d oic.Date) string {
	if !c.IsValid() {
		return ""
	}
	return pg.named(c.NameOn(d, pg.tag), c.Names())
}

// city returns the name c had on d.
func (pg *page) city(c oic.City, d oic.Date) string {
	if !c.IsValid() {
		return ""
	}
	return pg.named(c.NameOn(d, pg.tag), c.Names())
}

// body returns the name b had on d.
func (pg *page) body(b oic.Body, d oic.Date) string {
	if !b.IsValid() {
		return ""
	}
	return pg.named(b.NameOn(d, pg.tag), b.Names())
}

// role returns the chair of a session in his role, his name marked where it
// is the module's own transliteration.
func (pg *page) role(who oic.Person, r oic.Role) string {
	s := pg.p.Role(who, r)
	if name := pg.p.Text(who.Names()); who.Names().IsOwn(pg.tag) && name != "" {
		s = strings.Replace(s, name, name+prose.OwnMark, 1)
	}
	return s
}

// date returns d for the reader, or the words saying that no source gives
// it.
func (pg *page) date(d oic.Date) string { return view.Date(pg.p, d) }

// period returns p for the reader, or the words saying that no source
// dates it.
func (pg *page) period(p oic.Period) string { return view.Period(pg.p, p) }

// upTo reports whether d is a date on or before the one the output
// answers for, or no date at all: what happened later is left out.
func (pg *page) upTo(d oic.Date) bool {
	return d.IsZero() || !d.Earliest().After(pg.opt.on.Latest())
}

// begunBy reports whether a span that starts on d had certainly begun by
// the date the output answers for: a term only attested later had not.
func (pg *page) begunBy(d oic.Date) bool {
	return d.IsZero() || !d.Latest().After(pg.opt.on.Latest())
}

// code returns a code, key or other left-to-right run, isolated in
// right-to-left text.
func (pg *page) code(s string) string { return pg.p.Isolate(s) }

// cite records sources to list at the end.
func (pg *page) cite(srcs []oic.Source) { pg.cites.Add(srcs) }

// citation returns s as a line of the list of sources: its title and
// publisher as the source gives them, the date it speaks for, its URL.
func (pg *page) citation(s oic.Source) string {
	var parts []string
	for _, p := range []string{s.Title, s.Publisher} {
		if p != "" {
			parts = append(parts, pg.code(p))
		}
	}
	if !s.Date.IsZero() {
		parts = append(parts, pg.date(s.Date))
	}
	c := pg.list(parts...)
	if s.URL != "" {
		c = pg.t("cli.citation.url", c, pg.code(s.URL))
	}
	return c
}

// finish writes the sources and the legend, and returns the first error of
// the writes.
func (pg *page) finish() error {
	if len(pg.cites.List()) > 0 {
		pg.blank()
		if pg.opt.sources {
			pg.heading(0, "sources")
			for _, s := range pg.cites.List() {
				pg.line(1, pg.t("cli.item", pg.citation(s)))
			}
		} else {
			pg.line(0, pg.t("cli.sources.hint", pg.p.Count(prose.NounSources, len(pg.cites.List())), pg.code("-sources")))
		}
	}
	if pg.w.marked {
		pg.line(0, pg.t("cli.legend", prose.OwnMark))
	}
	return pg.w.err
}

// table writes rows under a header of labels, in columns as wide as their
// widest cell on a terminal: combining marks and the isolates of
// right-to-left text take no room. No rows write nothing.
func (pg *page) table(indent int, header []string, rows [][]string) {
	if len(rows) == 0 {
		return
	}
	head := make([]string, len(header))
	for i, h := range header {
		head[i] = pg.label(h)
	}
	all := append([][]string{head}, rows...)
	widths := make([]int, len(header))
	for _, r := range all {
		for i, c := range r {
			widths[i] = max(widths[i], width(c))
		}
	}
	for _, r := range all {
		var b strings.Builder
		for i, c := range r {
			b.WriteString(c)
			if i < len(r)-1 {
				b.WriteString(strings.Repeat(" ", widths[i]-width(c)+2))
			}
		}
		pg.line(indent, strings.TrimRight(b.String(), " "))
	}
}

// width returns the number of columns s takes on a terminal: its runes
// less the combining marks and the format characters (such as the
// directional isolates), which take none.
func width(s string) int {
	n := 0
	for _, r := range s {
		if r == utf8.RuneError || !unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf) {
			n++
		}
	}
	return n
}

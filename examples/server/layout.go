package main

import (
	"bytes"
	_ "embed"
	"html/template"
	"net/url"
	"strconv"
	"strings"
	"sync"

	"github.com/kzoic/kzoic/examples/internal/view"
	"github.com/kzoic/kzoic/examples/server/internal/chart"
	"github.com/kzoic/kzoic/oic"
	"github.com/kzoic/kzoic/prose"
	"golang.org/x/text/language"
)

// stylesheet is the one stylesheet of the pages, served at /style.css.
//
//go:embed style.css
var stylesheet []byte

// A span is a run of text of a page: plain text, a link to another page or
// to a source, or a name or code isolated from the text around it (in
// <bdi>) so that it keeps its own direction in Arabic. Own marks a form
// that is the module's own rendering rather than one a source gives.
type span struct {
	Text string
	Href string
	Ext  bool   // a link out of the site: a source
	Bdi  bool   // isolated: a name, a code, text a reader typed
	Lang string // the language of the text, where it is not the page's
	Own  bool
}

// An inline is a run of spans, such as a label and a linked name.
type inline []span

// A field is a label and its value, in a description list.
type field struct {
	Label string
	Value inline
}

// A table has a caption for assistive technology, a header row and rows
// of cells. Data marks the rows that each stand for one datum of a chart.
type table struct {
	Caption string
	Quiet   bool // the caption repeats the heading above: read out, not shown
	Head    []string
	Rows    []row
}

type row struct {
	Cells []inline
	Datum bool
}

// A form asks for what a page shows: its inputs are sent as the query
// parameters of a GET to Action, with the page's language.
type form struct {
	Action string
	Label  string // the name of the form for assistive technology
	Inputs []input
	Submit string
	Lang   string
}

type input struct {
	ID, Label, Name, Type, Value string
	Min, Max                     string
	Options                      []option // for Type "select"
}

type option struct {
	Value, Text string
	Selected    bool
	Lang        string
}

// A figure is a chart, its legend and the table of its data.
type figure struct {
	SVG    template.HTML
	Legend []legendItem
	Table  table
	Data   int
}

type legendItem struct {
	Class string // the class of the swatch
	Text  string
}

// A block is a section of a page: a heading and any of paragraphs,
// fields, a list, a table, a chart, a form and sub-sections. Its heading
// level follows from its depth, so that no level is skipped.
type block struct {
	Heading string
	ID      string
	Form    *form
	Paras   []inline
	Fields  []field
	List    []inline
	Fold    string // where not empty, the list is folded under this summary
	Table   *table
	Figure  *figure
	Blocks  []block
}

// A link of the navigation or of the language switcher.
type navLink struct {
	Href, Text, Lang, Dir string
	Current               bool
}

// layout is what the page template needs besides the page's blocks.
type layout struct {
	Lang, Dir   string
	Title       string
	Site        string
	SiteHref    string
	Skip        string
	NavLabel    string
	Nav         []navLink
	LangLabel   string
	Langs       []navLink
	Canonical   string
	H1          string
	Lead        []inline
	Blocks      []block
	Legend      string
	Footer      string
	FooterLinks []navLink
}

// levelBlock is a block with the level of its heading, for the template.
type levelBlock struct {
	B block
	L int
}

var pageTemplate = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("page").Funcs(template.FuncMap{
		"level": func(b block, l int) levelBlock { return levelBlock{b, l} },
		"inc":   func(l int) int { return l + 1 },
	}).Parse(pageHTML))
})

// pageHTML is the template of every page. Whitespace between elements is
// kept small: the pages are generated, not edited.
const pageHTML = `<!DOCTYPE html>
<html lang="{{.Lang}}" dir="{{.Dir}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
<link rel="stylesheet" href="/style.css">
<link rel="icon" href="data:,">
<link rel="canonical" href="{{.Canonical}}">
{{range .Langs}}<link rel="alternate" hreflang="{{.Lang}}" href="{{.Href}}">
{{end}}</head>
<body>
<a class="skip" href="#main">{{.Skip}}</a>
<header class="site">
<p class="brand"><a href="{{.SiteHref}}">{{.Site}}</a></p>
<nav class="sections" aria-label="{{.NavLabel}}"><ul>{{range .Nav}}<li><a href="{{.Href}}"{{if .Current}} aria-current="page"{{end}}>{{.Text}}</a></li>{{end}}</ul></nav>
<nav class="langs" aria-label="{{.LangLabel}}"><ul>{{range .Langs}}<li><a href="{{.Href}}" lang="{{.Lang}}" hreflang="{{.Lang}}" dir="{{.Dir}}"{{if .Current}} aria-current="true"{{end}}>{{.Text}}</a></li>{{end}}</ul></nav>
</header>
<main id="main">
<h1>{{.H1}}</h1>
{{range .Lead}}<p class="lead">{{template "inline" .}}</p>
{{end}}{{range .Blocks}}{{template "block" (level . 2)}}{{end}}</main>
<footer class="site">
{{with .Legend}}<p class="legend-own"><span class="own" aria-hidden="true">°</span> {{.}}</p>
{{end}}<p>{{.Footer}}</p>
<ul>{{range .FooterLinks}}<li><a href="{{.Href}}">{{.Text}}</a></li>{{end}}</ul>
</footer>
</body>
</html>
{{define "inline"}}{{range .}}{{template "span" .}}{{end}}{{end}}
{{define "span"}}{{if .Href}}<a href="{{.Href}}"{{if .Ext}} rel="external"{{end}}{{with .Lang}} lang="{{.}}"{{end}}>{{if .Bdi}}<bdi>{{.Text}}</bdi>{{else}}{{.Text}}{{end}}</a>{{else if .Bdi}}<bdi{{with .Lang}} lang="{{.}}"{{end}}>{{.Text}}</bdi>{{else if .Lang}}<span lang="{{.Lang}}">{{.Text}}</span>{{else}}{{.Text}}{{end}}{{if .Own}}<span class="own">°</span>{{end}}{{end}}
{{define "heading"}}{{if eq .L 2}}<h2>{{.B.Heading}}</h2>{{else if eq .L 3}}<h3>{{.B.Heading}}</h3>{{else if eq .L 4}}<h4>{{.B.Heading}}</h4>{{else}}<h5>{{.B.Heading}}</h5>{{end}}{{end}}
{{define "block"}}<section{{with .B.ID}} id="{{.}}"{{end}}>
{{if .B.Heading}}{{template "heading" .}}
{{end}}{{with .B.Form}}{{template "form" .}}{{end}}{{range .B.Paras}}<p>{{template "inline" .}}</p>
{{end}}{{with .B.Fields}}<dl>{{range .}}<div><dt>{{.Label}}</dt><dd>{{template "inline" .Value}}</dd></div>{{end}}</dl>
{{end}}{{with .B.List}}{{if $.B.Fold}}<details><summary>{{$.B.Fold}}</summary>
{{end}}<ul>{{range .}}<li>{{template "inline" .}}</li>{{end}}</ul>
{{if $.B.Fold}}</details>
{{end}}{{end}}{{with .B.Table}}{{template "table" .}}{{end}}{{with .B.Figure}}{{template "figure" .}}{{end}}{{$l := .L}}{{if .B.Heading}}{{$l = inc .L}}{{end}}{{range .B.Blocks}}{{template "block" (level . $l)}}{{end}}</section>
{{end}}
{{define "table"}}<div class="scroll"><table>
<caption{{if .Quiet}} class="quiet"{{end}}>{{.Caption}}</caption>
<thead><tr>{{range .Head}}<th scope="col">{{.}}</th>{{end}}</tr></thead>
<tbody>{{range .Rows}}<tr{{if .Datum}} data-datum=""{{end}}>{{range .Cells}}<td>{{template "inline" .}}</td>{{end}}</tr>
{{end}}</tbody>
</table></div>
{{end}}
{{define "figure"}}<figure class="chart">
{{.SVG}}
<figcaption><ul class="legend">{{range .Legend}}<li><span class="swatch {{.Class}}" aria-hidden="true"></span>{{.Text}}</li>{{end}}</ul></figcaption>
<details><summary>{{.Table.Caption}}</summary>
{{template "table" .Table}}</details>
</figure>
{{end}}
{{define "form"}}<form method="get" action="{{.Action}}" aria-label="{{.Label}}">
{{range .Inputs}}<p class="input">{{if eq .Type "select"}}<label for="{{.ID}}">{{.Label}}</label> <select id="{{.ID}}" name="{{.Name}}">{{range .Options}}<option value="{{.Value}}"{{if .Selected}} selected{{end}}{{with .Lang}} lang="{{.}}"{{end}}>{{.Text}}</option>{{end}}</select>{{else}}<label for="{{.ID}}">{{.Label}}</label> <input id="{{.ID}}" name="{{.Name}}" type="{{.Type}}" value="{{.Value}}"{{with .Min}} min="{{.}}"{{end}}{{with .Max}} max="{{.}}"{{end}}{{if eq .Type "search"}} maxlength="200"{{end}}>{{end}}</p>
{{end}}<input type="hidden" name="lang" value="{{.Lang}}">
<p class="input"><button type="submit">{{.Submit}}</button></p>
</form>
{{end}}`

// A page is a page of the explorer being built, in one language: its
// title, lead and blocks, the sources it cites, and whether it shows a form
// of the module's own rendering.
type page struct {
	p      *prose.Printer
	tag    language.Tag
	lang   int // index in supported
	code   string
	path   string // the page's path
	query  string // its query in canonical form, without lang
	on     oic.Date
	h1     string
	title  string // the <title>, when it is not h1
	lead   []inline
	blocks []block
	cites  view.Citations
	marked bool
	nav    string // the path of the section the page belongs to
}

func newPage(lang int, path, query string) *page {
	tag := supported[lang]
	b, _ := tag.Base()
	return &page{p: prose.NewPrinter(tag), tag: tag, lang: lang, code: b.String(), path: path, query: query,
		on: oic.Vintage(), nav: path}
}

// href returns the URL of a page of the site with the given query
// parameters (name, value pairs; empty values left out) in the page's
// language.
func (pg *page) href(path string, params ...string) string {
	return hrefIn(pg.code, path, params...)
}

func hrefIn(lang, path string, params ...string) string {
	var b strings.Builder
	b.WriteString(path)
	b.WriteByte('?')
	for i := 0; i+1 < len(params); i += 2 {
		if params[i+1] == "" {
			continue
		}
		b.WriteString(url.QueryEscape(params[i]))
		b.WriteByte('=')
		b.WriteString(url.QueryEscape(params[i+1]))
		b.WriteByte('&')
	}
	b.WriteString("lang=")
	b.WriteString(lang)
	return b.String()
}

// The sections of the navigation, with the message of each.
var navSections = []struct{ path, key string }{
	{"/", "web.overview"},
	{"/members", "label.member-states"},
	{"/sessions", "label.sessions"},
	{"/bodies", "label.bodies"},
	{"/offices", "label.offices"},
	{"/documents", "label.documents"},
	{"/initiatives", "label.initiatives"},
	{"/timeline", "label.timeline"},
	{"/search", "label.search"},
}

// render writes the page as HTML.
func (pg *page) render() ([]byte, error) {
	dir := "ltr"
	if pg.p.IsRTL() {
		dir = "rtl"
	}
	site := pg.p.Text(oic.NamesOn(oic.Vintage()))
	title := pg.title
	if title == "" {
		title = pg.h1
	}
	l := layout{
		Lang: pg.code, Dir: dir, Title: pg.t("cli.detail", title, site), Site: site, SiteHref: pg.href("/"),
		Skip: pg.t("web.skip"), NavLabel: pg.t("web.nav"), LangLabel: pg.t("web.languages"),
		H1: pg.h1, Lead: pg.lead, Blocks: pg.blocks,
		Canonical: pg.self(pg.code),
		Footer:    pg.t("web.footer", pg.p.Date(oic.Vintage()), oic.DataVersion),
		FooterLinks: []navLink{
			{Href: "/v1/organisation?lang=" + pg.code, Text: pg.t("web.api")},
			{Href: "/v1/openapi.json", Text: pg.t("web.openapi")},
		},
	}
	for _, s := range navSections {
		l.Nav = append(l.Nav, navLink{Href: pg.href(s.path), Text: pg.t(s.key), Current: s.path == pg.nav})
	}
	for i, t := range supported {
		b, _ := t.Base()
		d := "ltr"
		if prose.NewPrinter(t).IsRTL() {
			d = "rtl"
		}
		l.Langs = append(l.Langs, navLink{Href: pg.self(b.String()), Lang: b.String(), Dir: d,
			Text: prose.NewPrinter(t).Sprintf("label.lang." + b.String()), Current: i == pg.lang})
	}
	if len(pg.cites.List()) > 0 {
		pg.blocks = append(pg.blocks, pg.sourcesBlock())
		l.Blocks = pg.blocks
	}
	quietCaptions(pg.blocks)
	if pg.marked || pg.hasMark() {
		l.Legend = strings.TrimSpace(strings.TrimPrefix(pg.t("cli.legend", prose.OwnMark), prose.OwnMark))
	}
	var buf bytes.Buffer
	if err := pageTemplate().Execute(&buf, l); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// quietCaptions marks the captions of tables that repeat the heading of
// their block, so that they are read out but not shown twice.
func quietCaptions(bs []block) {
	for i := range bs {
		if t := bs[i].Table; t != nil && t.Caption == bs[i].Heading {
			t.Quiet = true
		}
		quietCaptions(bs[i].Blocks)
	}
}

// self returns the URL of the page in the language lang.
func (pg *page) self(lang string) string {
	if pg.query == "" {
		return pg.path + "?lang=" + lang
	}
	return pg.path + "?" + pg.query + "&lang=" + lang
}

// hasMark reports whether a span of the page is, or holds, a form of the
// module's own rendering.
func (pg *page) hasMark() bool {
	var walk func(bs []block) bool
	in := func(x inline) bool {
		for _, s := range x {
			if s.Own || strings.Contains(s.Text, prose.OwnMark) {
				return true
			}
		}
		return false
	}
	walk = func(bs []block) bool {
		for _, b := range bs {
			for _, x := range b.Paras {
				if in(x) {
					return true
				}
			}
			for _, f := range b.Fields {
				if in(f.Value) {
					return true
				}
			}
			for _, x := range b.List {
				if in(x) {
					return true
				}
			}
			tables := []*table{b.Table}
			if b.Figure != nil {
				tables = append(tables, &b.Figure.Table)
			}
			for _, t := range tables {
				if t == nil {
					continue
				}
				for _, r := range t.Rows {
					for _, c := range r.Cells {
						if in(c) {
							return true
						}
					}
				}
			}
			if walk(b.Blocks) {
				return true
			}
		}
		return false
	}
	for _, x := range pg.lead {
		if in(x) {
			return true
		}
	}
	return walk(pg.blocks)
}

// figureOf returns the figure of a chart, its legend and its data table.
func figureOf(p *chart.Plot, legend []legendItem, t table) *figure {
	return &figure{SVG: p.SVG(), Legend: legend, Table: t, Data: p.Data()}
}

// itoa is strconv.Itoa, for the tables of counts.
func itoa(n int) string { return strconv.Itoa(n) }

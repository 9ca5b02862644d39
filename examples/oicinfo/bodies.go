package main

import (
	"fmt"
	"io"

	"github.com/kzoic/kzoic/oic"
	"github.com/kzoic/kzoic/search"
)

// bodyJSON is the JSON form of a body.
type bodyJSON struct {
	Key       string       `json:"key"`
	Acronym   string       `json:"acronym,omitempty"`
	Kind      oic.BodyKind `json:"kind"`
	Name      string       `json:"name"`
	Names     oic.Text     `json:"names"`
	Seat      string       `json:"seat,omitempty"`
	Country   oic.Country  `json:"country,omitzero"`
	Founded   oic.Date     `json:"founded,omitzero"`
	FoundedBy string       `json:"foundedBy,omitempty"`
	Sources   []oic.Source `json:"sources,omitempty"`
}

func bodyOut(b oic.Body, opt options, full bool) bodyJSON {
	j := bodyJSON{Key: b.Key(), Acronym: b.Acronym(), Kind: b.Kind(), Name: b.Name(opt.lang), Names: b.Names(),
		Seat: b.Seat().Name(opt.lang), Country: b.Seat().Country(), Founded: b.Founded(), FoundedBy: b.FoundedBy()}
	if full {
		j.Sources = b.Sources()
	}
	return j
}

func bodies(w io.Writer, opt options) error {
	var list []oic.Body
	for b := range oic.Bodies(0) {
		list = append(list, b)
	}
	search.SortByName(list, opt.lang, func(b oic.Body) string { return b.Name(opt.lang) })
	if opt.json {
		out := make([]bodyJSON, len(list))
		for i, b := range list {
			out[i] = bodyOut(b, opt, false)
		}
		return printJSON(w, out)
	}
	rows := [][]string{{"KEY", "KIND", "NAME", "SEAT", "FOUNDED"}}
	for _, b := range list {
		rows = append(rows, []string{b.Key(), b.Kind().String(), b.Name(opt.lang), b.Seat().Name(opt.lang), b.Founded().String()})
	}
	return table(w, rows)
}

func body(w io.Writer, opt options, acronym string) error {
	b, ok := oic.LookupBody(acronym)
	if !ok {
		return usageError("body: no body with acronym or key %q", acronym)
	}
	if opt.json {
		return printJSON(w, bodyOut(b, opt, true))
	}
	fmt.Fprintf(w, "%s (%s)\n", b.Name(opt.lang), b.Key())
	fmt.Fprintf(w, "  kind: %v\n", b.Kind())
	for t, s := range b.Names().All() {
		fmt.Fprintf(w, "  %s: %s\n", t, s)
	}
	if s := b.Seat(); s.IsValid() {
		fmt.Fprintf(w, "  seat: %s (%s)\n", s.Name(opt.lang), s.Country().Name(opt.lang))
	}
	if !b.Founded().IsZero() {
		fmt.Fprintf(w, "  founded: %v, %s\n", b.Founded(), b.FoundedBy())
	}
	for _, s := range b.Sources() {
		fmt.Fprintf(w, "  source: %s %s\n", s, s.URL)
	}
	return nil
}

// termJSON is the JSON form of a term of office.
type termJSON struct {
	Office  oic.Office   `json:"office"`
	Title   string       `json:"title"`
	Holder  string       `json:"holder,omitempty"`
	Country oic.Country  `json:"country,omitzero"`
	Period  *oic.Period  `json:"period,omitempty"`
	Elected string       `json:"elected,omitempty"`
	Sources []oic.Source `json:"sources,omitempty"`
}

func offices(w io.Writer, opt options) error {
	var out []termJSON
	for o := range oic.Offices() {
		j := termJSON{Office: o, Title: o.Title(opt.lang)}
		if t, ok := o.HolderOn(opt.on); ok {
			j.Holder, j.Country, j.Period, j.Elected, j.Sources = t.Holder, t.Country, &t.Period, t.Elected, t.Sources
		}
		out = append(out, j)
	}
	if opt.json {
		return printJSON(w, out)
	}
	rows := [][]string{{"OFFICE", "HOLDER ON " + opt.on.String(), "COUNTRY", "TERM"}}
	for _, j := range out {
		holder, term := "(not known)", ""
		if j.Period != nil {
			holder, term = j.Holder, j.Period.String()
		}
		rows = append(rows, []string{j.Title, holder, j.Country.Alpha3(), term})
	}
	return table(w, rows)
}

// documentJSON is the JSON form of a document.
type documentJSON struct {
	Key          string           `json:"key"`
	Kind         oic.DocumentKind `json:"kind"`
	Name         string           `json:"name"`
	Names        oic.Text         `json:"names"`
	Adopted      oic.Date         `json:"adopted,omitzero"`
	AdoptedAt    oic.Session      `json:"adoptedAt,omitzero"`
	InForce      oic.Date         `json:"inForce,omitzero"`
	Validity     *oic.Period      `json:"validity,omitempty"`
	SupersededBy oic.Document     `json:"supersededBy,omitzero"`
	Sources      []oic.Source     `json:"sources,omitempty"`
}

func documents(w io.Writer, opt options) error {
	var out []documentJSON
	for d := range oic.Documents() {
		j := documentJSON{Key: d.Key(), Kind: d.Kind(), Name: d.Name(opt.lang), Names: d.Names(), Adopted: d.Adopted(),
			AdoptedAt: d.AdoptedAt(), InForce: d.InForce(), SupersededBy: d.SupersededBy(), Sources: d.Sources()}
		if v := d.Validity(); v != (oic.Period{}) {
			j.Validity = &v
		}
		out = append(out, j)
	}
	if opt.json {
		return printJSON(w, out)
	}
	rows := [][]string{{"KEY", "KIND", "NAME", "ADOPTED", "AT", "VALID"}}
	for _, j := range out {
		valid := ""
		if j.Validity != nil {
			valid = j.Validity.String()
		}
		rows = append(rows, []string{j.Key, j.Kind.String(), j.Name, j.Adopted.String(), j.AdoptedAt.String(), valid})
	}
	return table(w, rows)
}

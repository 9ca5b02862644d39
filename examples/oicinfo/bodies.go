package main

import (
	"fmt"
	"io"

	"github.com/kzoic/kzoic/examples/internal/view"
	"github.com/kzoic/kzoic/oic"
	"github.com/kzoic/kzoic/search/order"
)

func bodies(w io.Writer, opt options) error {
	var list []oic.Body
	for b := range oic.Bodies(0) {
		list = append(list, b)
	}
	order.ByName(list, opt.lang, func(b oic.Body) string { return b.Name(opt.lang) })
	if opt.json {
		out := make([]view.Body, len(list))
		for i, b := range list {
			out[i] = view.BodyOf(b, opt.lang, false)
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
		return printJSON(w, view.BodyOf(b, opt.lang, true))
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

func offices(w io.Writer, opt options) error {
	out := view.Offices(opt.on, opt.lang)
	if opt.json {
		return printJSON(w, out)
	}
	rows := [][]string{{"OFFICE", "HOLDER ON " + opt.on.String(), "COUNTRY", "TERM"}}
	for _, j := range out {
		holder, term := "(not known)", ""
		if j.Period != nil {
			holder, term = j.Holder.Name(opt.lang), j.Period.String()
		}
		rows = append(rows, []string{j.Title, holder, j.Country.Alpha3(), term})
	}
	return table(w, rows)
}

func documents(w io.Writer, opt options) error {
	out := view.Documents(opt.lang)
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

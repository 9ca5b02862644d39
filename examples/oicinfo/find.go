package main

import (
	"fmt"
	"io"

	"github.com/kzoic/kzoic/search"
)

func find(w io.Writer, opt options, text string) error {
	res := search.Find(text)
	if opt.json {
		if res == nil {
			res = []search.Result{}
		}
		return printJSON(w, res)
	}
	if len(res) == 0 {
		_, err := fmt.Fprintf(w, "nothing found for %q\n", text)
		return err
	}
	if res[0].Match == search.MatchSuggestion {
		fmt.Fprintf(w, "nothing found for %q; did you mean:\n", text)
	}
	rows := [][]string{{"KIND", "KEY", "NAME", "MATCHED", "LANG", "AS", "MATCH"}}
	for _, r := range res {
		as := r.NameKind.String()
		if !r.Period.Start.IsZero() || !r.Period.End.IsZero() {
			as += " " + r.Period.String()
		}
		rows = append(rows, []string{r.Kind.String(), r.Key(), displayName(r, opt), r.Name, r.Lang.String(), as, r.Match.String()})
	}
	return table(w, rows)
}

// displayName returns today's name of the record r found, in the language
// of opt.
func displayName(r search.Result, opt options) string {
	switch r.Kind {
	case search.KindCountry:
		return r.Country.Name(opt.lang)
	case search.KindCity:
		return r.City.Name(opt.lang)
	case search.KindBody:
		return r.Body.Name(opt.lang)
	case search.KindDocument:
		return r.Document.Name(opt.lang)
	case search.KindInitiative:
		return r.Initiative.Name(opt.lang)
	}
	return r.Name
}

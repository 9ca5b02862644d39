package main

import (
	"io"

	"github.com/kzoic/kzoic/oic"
	"github.com/kzoic/kzoic/search"
	"github.com/kzoic/kzoic/search/cldr"
)

func find(w io.Writer, opt options, text string) error {
	res := cldr.Find(text)
	if opt.json {
		if res == nil {
			res = []search.Result{}
		}
		return printJSON(w, res)
	}
	pg := newPage(w, opt)
	pg.title(pg.pair(pg.label("search"), quote(opt, text)))
	if len(res) == 0 {
		pg.line(0, pg.t("cli.nothing-found", quote(opt, text)))
		return pg.finish()
	}
	if !res[0].Match.IsHit() {
		pg.line(0, pg.t("cli.did-you-mean", quote(opt, text)))
	}
	var rows [][]string
	for _, r := range res {
		as := pg.label("name-kind." + r.NameKind.String())
		if r.Period != (oic.Period{}) {
			as = pg.paren(as, pg.period(r.Period))
		}
		lang := "—"
		if b, _ := r.Lang.Base(); b.String() != "und" {
			lang = pg.language(r.Lang)
		}
		rows = append(rows, []string{pg.label("find-kind." + r.Kind.String()), pg.code(r.Key()), pg.displayName(r), pg.code(r.Name), lang, as, pg.label("match." + r.Match.String())})
	}
	pg.table(1, []string{"kind", "key", "name", "matched", "language", "name-kind", "match"}, rows)
	return pg.finish()
}

// displayName returns today's name of the record r found, in the reader's
// language.
func (pg *page) displayName(r search.Result) string {
	on := pg.opt.on
	switch r.Kind {
	case search.KindOrganisation:
		return pg.text(oic.NamesOn(on))
	case search.KindCountry:
		return pg.country(r.Country, on)
	case search.KindCity:
		return pg.city(r.City, on)
	case search.KindBody:
		return pg.body(r.Body, on)
	case search.KindDocument:
		return pg.text(r.Document.Names())
	case search.KindInitiative:
		return pg.text(r.Initiative.Names())
	case search.KindPerson:
		return pg.text(r.Person.Names())
	case search.KindObserverOrg:
		return pg.text(r.ObserverOrg.Names())
	}
	return r.Name
}

package search

import (
	"iter"

	"github.com/kzoic/kzoic/initiatives"
	"github.com/kzoic/kzoic/oic"
	"golang.org/x/text/language"
)

// moduleNames returns an iterator over every name the module holds, today's
// official names first.
func moduleNames() iter.Seq[Result] {
	return func(yield func(Result) bool) {
		text := func(base Result, t oic.Text) bool {
			for tag, s := range t.All() {
				r := base
				r.Name, r.Lang, r.NameKind = s, tag, NameOfficial
				if !yield(r) {
					return false
				}
			}
			return true
		}
		others := func(base Result, names []oic.HistoricName) bool {
			for _, n := range names {
				r := base
				r.Name, r.Lang, r.Period, r.NameKind = n.Name, n.Lang, n.Period, NameFormer
				if n.Alias {
					r.NameKind = NameAlias
				}
				if !yield(r) {
					return false
				}
			}
			return true
		}
		alias := func(base Result, names ...string) bool {
			for _, s := range names {
				if s == "" {
					continue
				}
				r := base
				r.Name, r.Lang, r.NameKind = s, language.Und, NameAlias
				if !yield(r) {
					return false
				}
			}
			return true
		}

		org := Result{Kind: KindOrganisation}
		for _, n := range oic.NameHistory() {
			r := org
			if !n.Period.IsOpen() {
				for tag, s := range n.Name.All() {
					r.Name, r.Lang, r.Period, r.NameKind = s, tag, n.Period, NameFormer
					if !yield(r) {
						return
					}
				}
				continue
			}
			if !text(org, n.Name) {
				return
			}
			for tag, s := range n.Abbrev.All() {
				r.Name, r.Lang, r.NameKind = s, tag, NameAlias
				if !yield(r) {
					return
				}
			}
		}
		for c := range oic.Countries() {
			base := Result{Kind: KindCountry, Country: c}
			if !text(base, c.Names()) || !text(base, c.FormalNames()) || !others(base, c.OtherNames()) {
				return
			}
		}
		for c := range oic.Cities() {
			base := Result{Kind: KindCity, City: c}
			if !text(base, c.Names()) || !others(base, c.OtherNames()) {
				return
			}
		}
		for b := range oic.Bodies(0) {
			base := Result{Kind: KindBody, Body: b}
			if !text(base, b.Names()) || !alias(base, b.Acronym()) {
				return
			}
		}
		for d := range oic.Documents() {
			if !text(Result{Kind: KindDocument, Document: d}, d.Names()) {
				return
			}
		}
		for in := range initiatives.All() {
			base := Result{Kind: KindInitiative, Initiative: in}
			if !text(base, in.Names()) || !alias(base, in.Key()) {
				return
			}
		}
	}
}

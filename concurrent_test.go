package kzoic_test

import (
	"encoding/json"
	"slices"
	"sync"
	"testing"

	"github.com/kzoic/kzoic"
	"github.com/kzoic/kzoic/initiatives"
	"github.com/kzoic/kzoic/oic"
	"github.com/kzoic/kzoic/search"
	"github.com/kzoic/kzoic/timeline"
	"golang.org/x/text/language"
)

// This file sorts first so that its test runs before any other has built
// the indexes that are built on first use.

// TestConcurrentQueries calls every query from 8 goroutines at once; run
// under the race detector, it shows the tables need no locking, including
// the indexes built on first use.
func TestConcurrentQueries(t *testing.T) {
	queries := []func() any{
		func() any { d, _ := oic.MemberSince("kz"); return d },
		func() any { return slices.Collect(oic.ActiveMembersOn(oic.MustParseDate("2018-06-01"))) },
		func() any { return oic.MustParseCountry("SY").StatusOn(oic.MustParseDate("2013")) },
		func() any { s, _ := oic.CFM(38); return s.Outcomes() },
		func() any { s, _ := oic.Summit(13); return s.City().NameOn(s.Start(), language.Arabic) },
		func() any { b, _ := oic.LookupBody("comcec"); return b.Names() },
		func() any { t, _ := oic.SecretaryGeneralOn(oic.MustParseDate("2011")); return t },
		func() any { return oic.NameOn(oic.MustParseDate("2010"), language.MustParse("fr-SN")) },
		func() any { return slices.Collect(oic.Documents()) },
		func() any {
			in, _ := initiatives.Lookup("iofs")
			m, _ := in.CountOn(initiatives.KindSignatories, oic.Vintage())
			return m
		},
		func() any { return slices.Collect(initiatives.ActiveOn(oic.MustParseDate("2018-06-01"))) },
		func() any { r, _ := kzoic.RepresentativeOn(oic.MustParseDate("2018-06-01")); return r },
		func() any { return kzoic.Posts() },
		func() any { return search.Find("Нур-Султан") },
		func() any { r, _ := search.Lookup("الاردن"); return r },
		func() any {
			return slices.Collect(timeline.Between(oic.MustParseDate("2011"), oic.MustParseDate("2012")))
		},
		func() any { return slices.Collect(timeline.Involving(oic.MustParseCountry("KZ"))) },
	}
	want := make([]string, len(queries))
	results := make([][]string, 8)
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range queries {
				q := queries[(i+g)%len(queries)]
				b, _ := json.Marshal(q())
				results[g] = append(results[g], string(b))
			}
		}()
	}
	wg.Wait()
	for i, q := range queries {
		b, _ := json.Marshal(q())
		want[i] = string(b)
	}
	for g := range 8 {
		for i := range queries {
			if got := results[g][i]; got != want[(i+g)%len(queries)] {
				t.Errorf("goroutine %d, query %d: answer differs from the sequential one", g, (i+g)%len(queries))
			}
		}
	}
}

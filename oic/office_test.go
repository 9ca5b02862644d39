package oic_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/kzoic/kzoic/oic"
)

func holderKeys(terms []oic.Term) string {
	var k []string
	for _, t := range terms {
		k = append(k, t.Holder.Key())
	}
	return strings.Join(k, " ")
}

// TestSecretaryGeneralScheduledEnd checks that the Secretary-General's
// five-year term from 17 November 2021 is not extended past its scheduled
// end: a question about a later day gets no holder.
func TestSecretaryGeneralScheduledEnd(t *testing.T) {
	for _, tt := range []struct {
		on   string
		want string // the holder's key, or "" for none the sources settle
	}{
		{"2021-11-16", "yousef-al-othaimeen"},
		{"2021-11-17", "hissein-brahim-taha"},
		{"2026-11-01", "hissein-brahim-taha"},
		{"2026-11-16", "hissein-brahim-taha"},
		{"2026-11-17", ""},
		{"2030-01-01", ""},
	} {
		got, ok := oic.SecretaryGeneralOn(oic.MustParseDate(tt.on))
		if (tt.want == "") == ok || got.Holder.Key() != tt.want {
			t.Errorf("SecretaryGeneralOn(%s) = %q, %v; want %q", tt.on, got.Holder.Key(), ok, tt.want)
		}
	}
	sg, _ := oic.LookupOffice("secretary-general")
	terms := sg.Terms()
	taha := terms[len(terms)-1]
	if taha.Holder.Key() != "hissein-brahim-taha" || !taha.Scheduled || taha.Period.End != oic.MustParseDate("2026-11-17") || len(taha.Sources) == 0 {
		t.Errorf("last Secretary-General term = %+v; want Taha's, scheduled to end on 2026-11-17, with sources", taha)
	}
	for _, tm := range terms[:len(terms)-1] {
		if tm.Scheduled {
			t.Errorf("%s: an earlier term has a scheduled end", tm.Holder)
		}
	}
}

func TestOfficeHolders(t *testing.T) {
	for _, tt := range []struct {
		office, on string
		sure       string // the holder the sources settle, or ""
		maybe      string // the holders of HoldersOn, space-separated
	}{
		// Ahmad Ssenyomo (elected 2018, died in September 2020) and Ahmad
		// Kawesa Sengendo (sworn in on 28 November 2020) are two people.
		// Neither Ssenyomo's start nor his predecessor's end is known.
		{"asg-economic", "2020-06-01", "", "hameed-opeloyeru ahmad-ssenyomo"},
		{"asg-economic", "2020-10-15", "", ""},
		{"asg-economic", "2021-06-01", "ahmad-kawesa-sengendo", "ahmad-kawesa-sengendo"},
		{"asg-economic", "2026-11-01", "ahmad-kawesa-sengendo", "ahmad-kawesa-sengendo"},
		// Musa Kulaklikaya left on becoming Türkiye's deputy foreign
		// minister; no successor is known.
		{"asg-administrative-financial", "2024-01-01", "musa-kulaklikaya", "musa-kulaklikaya"},
		{"asg-administrative-financial", "2025-10-01", "", ""},
		{"asg-science-technology", "2017-03-01", "muhammad-naeem-khan", "muhammad-naeem-khan"},
		{"asg-science-technology", "2026-11-01", "aftab-ahmad-khokhar", "aftab-ahmad-khokhar"},
		{"sesric-director-general", "2010-01-01", "savas-alpay", "savas-alpay"},
		{"sesric-director-general", "2017-01-01", "musa-kulaklikaya", "musa-kulaklikaya"},
		{"isdb-president", "2018-01-01", "bandar-hajjar", "bandar-hajjar"},
		{"isdb-president", "2026-11-01", "", ""}, // past the scheduled end of the 2021 term
		{"icesco-director-general", "2020-01-01", "salim-almalik", "salim-almalik"},
		{"icesco-director-general", "2025-06-01", "", ""},
		{"comstech-coordinator-general", "2026-11-01", "m-iqbal-choudhary", "m-iqbal-choudhary"},
		{"iofs-director-general", "2026-11-01", "berik-aryn", "berik-aryn"},
		{"iofs-director-general", "2024-03-01", "", ""},
	} {
		o, ok := oic.LookupOffice(tt.office)
		if !ok {
			t.Errorf("no office %q", tt.office)
			continue
		}
		d := oic.MustParseDate(tt.on)
		got, ok := o.HolderOn(d)
		if (tt.sure != "") != ok || got.Holder.Key() != tt.sure {
			t.Errorf("%s.HolderOn(%s) = %q, %v; want %q", tt.office, tt.on, got.Holder.Key(), ok, tt.sure)
		}
		if got := holderKeys(o.HoldersOn(d)); got != tt.maybe {
			t.Errorf("%s.HoldersOn(%s) = %q; want %q", tt.office, tt.on, got, tt.maybe)
		}
	}
}

// TestTermRecords checks every term: a holder and sources, a start
// wherever there is an end, and no term that only a scheduled end
// bounds (the fixed terms have a start).
func TestTermRecords(t *testing.T) {
	n := 0
	for o := range oic.Offices() {
		if o.Names().English == "" || len(o.Sources()) == 0 {
			t.Errorf("%v: no title or no sources", o)
		}
		for _, tm := range o.Terms() {
			n++
			p := tm.Period
			switch {
			case !tm.Holder.IsValid() || len(tm.Sources) == 0:
				t.Errorf("%v: a term lacks a holder or sources", o)
			case p.Start.IsZero() && !p.End.IsZero():
				t.Errorf("%v: %s's term has an end but no start", o, tm.Holder)
			case tm.Scheduled && (p.End.IsZero() || p.End.Bound != oic.On):
				t.Errorf("%v: %s's scheduled end %v is not a date", o, tm.Holder, p.End)
			}
		}
	}
	if n < 50 {
		t.Errorf("only %d terms", n)
	}
	sg, _ := oic.LookupOffice("secretary-general")
	if !slices.ContainsFunc(sg.Terms(), func(tm oic.Term) bool { return tm.Scheduled }) {
		t.Error("no scheduled Secretary-General term")
	}
}

// TestVintageBoundary checks that a question about a day after the data
// vintage can tell so, and that open terms are not cut at the vintage.
func TestVintageBoundary(t *testing.T) {
	v := oic.Vintage()
	for _, tt := range []struct {
		d    string
		want bool
	}{
		{"2026-11-01", false}, {"2026-10", false}, {"2026-11-02", true}, {"2026-11", true}, {"2026", true}, {"2030-01-01", true}, {"1995", false},
	} {
		if got := oic.IsAfterVintage(oic.MustParseDate(tt.d)); got != tt.want {
			t.Errorf("IsAfterVintage(%s) = %v; want %v (vintage %v)", tt.d, got, tt.want, v)
		}
	}
	if oic.IsAfterVintage(oic.Date{}) {
		t.Error("the zero Date is after the vintage")
	}
	// A term with no end is still running at the vintage.
	ob, _ := oic.LookupOffice("asg-science-technology")
	if _, ok := ob.HolderOn(v); !ok {
		t.Errorf("no holder of %v at the vintage", ob)
	}
}

package timeline_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"iter"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/kzoic/kzoic"
	"github.com/kzoic/kzoic/initiatives"
	"github.com/kzoic/kzoic/oic"
	"github.com/kzoic/kzoic/timeline"
	"golang.org/x/text/language"
)

func refsOf(kind timeline.RefKind) map[timeline.Ref]int {
	m := map[timeline.Ref]int{}
	for e := range timeline.All() {
		if e.Ref.Kind == kind {
			m[e.Ref]++
		}
	}
	return m
}

// TestEveryRecordOnce checks that every dated record of the other packages
// appears in the timeline exactly once.
func TestEveryRecordOnce(t *testing.T) {
	check := func(name string, kind timeline.RefKind, want []timeline.Ref) {
		t.Helper()
		got := refsOf(kind)
		for _, r := range want {
			if got[r] != 1 {
				t.Errorf("%s: record %+v appears %d times", name, r, got[r])
			}
			delete(got, r)
		}
		for r := range got {
			t.Errorf("%s: event for %+v comes from no record", name, r)
		}
	}
	check("founding", timeline.RefFounding, []timeline.Ref{{Kind: timeline.RefFounding}})
	var want []timeline.Ref
	for i := range oic.NameHistory()[1:] {
		want = append(want, timeline.Ref{Kind: timeline.RefOrgName, Index: i + 1})
	}
	check("names of the OIC", timeline.RefOrgName, want)

	want = nil
	for c := range oic.Countries() {
		for i := range c.History() {
			want = append(want, timeline.Ref{Kind: timeline.RefStatusChange, Country: c, Index: i})
		}
	}
	check("status changes", timeline.RefStatusChange, want)

	want = nil
	for s := range oic.Sessions(0) {
		want = append(want, timeline.Ref{Kind: timeline.RefSession, Session: s})
	}
	check("sessions", timeline.RefSession, want)

	var adopted, inForce []timeline.Ref
	for d := range oic.Documents() {
		if !d.Adopted().IsZero() {
			adopted = append(adopted, timeline.Ref{Kind: timeline.RefDocumentAdopted, Document: d})
		}
		if !d.InForce().IsZero() {
			inForce = append(inForce, timeline.Ref{Kind: timeline.RefDocumentInForce, Document: d})
		}
	}
	check("documents adopted", timeline.RefDocumentAdopted, adopted)
	check("documents in force", timeline.RefDocumentInForce, inForce)

	want = nil
	for b := range oic.Bodies(0) {
		if !b.Founded().IsZero() {
			want = append(want, timeline.Ref{Kind: timeline.RefBody, Body: b})
		}
	}
	check("bodies", timeline.RefBody, want)

	want = nil
	for o := range oic.Offices() {
		for i, term := range o.Terms() {
			if !term.Period.Start.IsZero() {
				want = append(want, timeline.Ref{Kind: timeline.RefTerm, Office: o, Index: i})
			}
		}
	}
	check("terms", timeline.RefTerm, want)

	want = nil
	for in := range initiatives.All() {
		for i := range in.Milestones() {
			want = append(want, timeline.Ref{Kind: timeline.RefMilestone, Initiative: in, Index: i})
		}
	}
	check("milestones", timeline.RefMilestone, want)

	want = nil
	for i, e := range kzoic.Events() {
		if e.Kind != kzoic.EventMembership { // listed as Kazakhstan's status change
			want = append(want, timeline.Ref{Kind: timeline.RefKazakhstan, Index: i})
		}
	}
	check("Kazakhstan's record", timeline.RefKazakhstan, want)

	want = nil
	for i := range kzoic.Representatives() {
		want = append(want, timeline.Ref{Kind: timeline.RefRepresentative, Index: i})
	}
	check("representatives", timeline.RefRepresentative, want)

	// Names: every dated change of an official name is on the timeline once
	// for its state or city and date.
	type nameKey struct {
		c    oic.Country
		city oic.City
		d    oic.Date
	}
	count := map[nameKey]int{}
	for e := range timeline.ByTopic(timeline.TopicName) {
		k := nameKey{d: e.Date, city: e.Ref.City}
		if e.Ref.Kind == timeline.RefCountryName {
			k.c = e.Ref.Country
		}
		count[k]++
	}
	for c := range oic.Countries() {
		for _, n := range c.OtherNames() {
			for _, d := range []oic.Date{n.Period.Start, n.Period.End} {
				st := c.StatusOn(d)
				if n.Alias || d.IsZero() || st.Is(oic.StatusMerged) == oic.Yes || st.Is(oic.StatusWithdrawn) == oic.Yes {
					continue
				}
				if count[nameKey{c: c, d: d}] != 1 {
					t.Errorf("%v: name change on %v appears %d times", c, d, count[nameKey{c: c, d: d}])
				}
			}
		}
	}
	for e := range timeline.ByTopic(timeline.TopicName) {
		if count[nameKey{d: e.Date, city: e.Ref.City, c: func() oic.Country {
			if e.Ref.Kind == timeline.RefCountryName {
				return e.Ref.Country
			}
			return oic.Country{}
		}()}] != 1 {
			t.Errorf("name event %v repeats", e)
		}
	}
}

// TestOrder fixes the order of events with mixed precision.
func TestOrder(t *testing.T) {
	var prev timeline.Event
	n := 0
	for e := range timeline.All() {
		if n > 0 && e.Date.Before(prev.Date) {
			t.Errorf("%v sorts after %v", e, prev)
		}
		if n > 0 && e.Date == prev.Date && e.Topic < prev.Topic {
			t.Errorf("%v (%v) sorts after %v (%v) on the same date", e, e.Topic, prev, prev.Topic)
		}
		prev = e
		n++
	}
	if n != timeline.Len() {
		t.Errorf("All yields %d events, Len says %d", n, timeline.Len())
	}
	// 2011: the year-precise rename of Libya, then the June events of month
	// precision, then the days of the Astana session.
	var got []string
	for e := range timeline.InYear(2011) {
		if len(got) < 10 {
			got = append(got, e.Date.String()+" "+e.Topic.String())
		}
	}
	want := []string{
		"2011 name",
		"2011-06 document", "2011-06 document", "2011-06 document", "2011-06 body",
		"2011-06-08 initiative",
		"2011-06-28 organisation", "2011-06-28 session", "2011-06-28 initiative", "2011-06-28 kazakhstan",
	}
	if !slices.Equal(got, want) {
		t.Errorf("order in 2011:\n got %q\nwant %q", got, want)
	}
	// The same query twice gives the same order.
	again := slices.Collect(timeline.Between(oic.MustParseDate("2011-06-28"), oic.MustParseDate("2011-06-28")))
	if len(again) != 4 {
		t.Errorf("second run gave %d events", len(again))
	}
}

func TestQueries(t *testing.T) {
	// A year holds the events whose whole date lies within it.
	for e := range timeline.InYear(1995) {
		if e.Date.Earliest().Year != 1995 || e.Date.Latest().Year != 1995 {
			t.Errorf("InYear(1995) yielded %v", e)
		}
	}
	// A month range leaves out events known only to the year.
	for e := range timeline.Between(oic.MustParseDate("2011-06"), oic.MustParseDate("2011-06")) {
		if e.Date.Precision() == oic.PrecisionYear {
			t.Errorf("June 2011 yielded the year-precise %v", e)
		}
	}
	if n := len(slices.Collect(timeline.Between(oic.MustParseDate("2020"), oic.MustParseDate("2019")))); n != 0 {
		t.Errorf("an empty range yielded %d events", n)
	}
	if n := len(slices.Collect(timeline.Between(oic.Date{}, oic.Vintage()))); n != 0 {
		t.Errorf("a range from the zero Date yielded %d events", n)
	}
	kz := oic.MustParseCountry("KZ")
	var kzEvents []string
	for e := range timeline.Involving(kz) {
		if !e.Involves(kz) {
			t.Errorf("Involving(KZ) yielded %v", e)
		}
		kzEvents = append(kzEvents, e.String())
	}
	for _, want := range []string{"1995-12 Kazakhstan: Joined as a member", "2011-06-28 38th Council of Foreign Ministers, Astana"} {
		if !slices.Contains(kzEvents, want) {
			t.Errorf("Involving(KZ) lacks %q", want)
		}
	}
	tr := oic.MustParseCountry("TR")
	found := false
	for e := range timeline.Involving(tr) {
		found = found || e.Ref.Kind == timeline.RefMilestone
	}
	if !found {
		t.Error("the Islamic Rapprochement milestones do not involve Türkiye")
	}
	for e := range timeline.OnThisDay(time.June, 28) {
		if e.Date.Month != 6 || e.Date.Day != 28 {
			t.Errorf("OnThisDay(6, 28) yielded %v", e)
		}
	}
	for topic := range timeline.Topics() {
		n := 0
		for e := range timeline.ByTopic(topic) {
			n++
			if e.Topic != topic {
				t.Errorf("ByTopic(%v) yielded %v", topic, e)
			}
			if len(e.Sources()) == 0 || e.Title.English == "" {
				t.Errorf("%v: no sources or title", e)
			}
		}
		if n == 0 {
			t.Errorf("no events of topic %v", topic)
		}
	}
}

func TestOutput(t *testing.T) {
	events := timeline.Between(oic.MustParseDate("2011-06-28"), oic.MustParseDate("2011-06-28"))
	var b bytes.Buffer
	if err := timeline.WriteText(&b, events, language.French); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "38e session du Conseil des ministres des Affaires étrangères, Astana") {
		t.Errorf("text output:\n%s", b.String())
	}
	b.Reset()
	if err := timeline.WriteJSON(&b, events); err != nil {
		t.Fatal(err)
	}
	var out []struct {
		Date  string
		Topic string
		Title struct{ AR string }
		Ref   struct{ Kind, Session string }
	}
	if err := json.Unmarshal(b.Bytes(), &out); err != nil {
		t.Fatalf("bad JSON: %v\n%s", err, b.String())
	}
	var session bool
	for _, e := range out {
		if e.Ref.Kind == "session" && e.Ref.Session == "cfm 38" && strings.Contains(e.Title.AR, "مجلس وزراء الخارجية") && e.Date == "2011-06-28" {
			session = true
		}
	}
	if !session {
		t.Errorf("JSON lacks the 38th CFM in Arabic:\n%s", b.String())
	}
	for _, seq := range []iter.Seq[timeline.Event]{nil, timeline.InYear(1900)} {
		b.Reset()
		if err := timeline.WriteJSON(&b, seq); err != nil || strings.TrimSpace(b.String()) != "[]" {
			t.Errorf("WriteJSON of no events = %q, %v", b.String(), err)
		}
		b.Reset()
		if err := timeline.WriteText(&b, seq, language.English); err != nil || b.Len() != 0 {
			t.Errorf("WriteText of no events = %q, %v", b.String(), err)
		}
	}
}

func TestParseTopic(t *testing.T) {
	for topic := range timeline.Topics() {
		got, err := timeline.ParseTopic(strings.ToUpper(topic.String()))
		if err != nil || got != topic {
			t.Errorf("ParseTopic(%q) = %v, %v", topic, got, err)
		}
	}
	if _, err := timeline.ParseTopic("sports"); err == nil {
		t.Error("ParseTopic accepted sports")
	}
}

func ExampleBetween() {
	for e := range timeline.Between(oic.MustParseDate("2011-06-28"), oic.MustParseDate("2011-06-30")) {
		fmt.Println(e.Date, e.Topic, e.Title.In(language.English))
	}
	// Output:
	// 2011-06-28 organisation New name: Organisation of Islamic Cooperation
	// 2011-06-28 session 38th Council of Foreign Ministers, Astana
	// 2011-06-28 initiative Islamic Organization for Food Security: Nazarbayev proposes the food-security organisation (HQ in Kazakhstan) at the opening of the 38th CFM, Astana
	// 2011-06-28 kazakhstan Chaired the Council of Foreign Ministers from the opening of its 38th session in Astana until the 39th in Djibouti
}

func ExampleInvolving() {
	for e := range timeline.Involving(oic.MustParseCountry("KZ")) {
		if e.Date.Year >= 1995 && e.Date.Year <= 2011 {
			fmt.Println(e.Date, e.Topic, e.Title.In(language.French))
		}
	}
	// Output:
	// 1995-12 membership Kazakhstan : Adhésion comme membre
	// 1998-05-06 name Nouveau nom : Astana
	// 2010-03 kazakhstan Ouverture à Djeddah de la Mission permanente du Kazakhstan auprès de l'OCI
	// 2011-06-08 initiative Organisation islamique pour la sécurité alimentaire : Nazarbaïev annonce, au 7e Forum économique islamique mondial à Astana, la nécessité d'une entité spécialisée de l'OCI pour la sécurité alimentaire
	// 2011-06-28 session 38e session du Conseil des ministres des Affaires étrangères, Astana
	// 2011-06-28 initiative Organisation islamique pour la sécurité alimentaire : Nazarbaïev propose, à l'ouverture de la 38e session du Conseil des ministres des Affaires étrangères à Astana, l'organisation pour la sécurité alimentaire, avec son siège au Kazakhstan
	// 2011-06-28 kazakhstan A présidé le Conseil des ministres des Affaires étrangères de l'ouverture de sa 38e session à Astana jusqu'à la 39e à Djibouti
	// 2011-11-30 kazakhstan Le ministre kazakh des Affaires étrangères, en tant que président du Conseil, devait présider à Djeddah une réunion ministérielle élargie du Comité exécutif de l'OCI
}

func BenchmarkBetween(b *testing.B) {
	from, to := oic.Founded(), oic.Vintage()
	timeline.Len() // build the chronology outside the loop
	b.ReportAllocs()
	for b.Loop() {
		n := 0
		for range timeline.Between(from, to) {
			n++
		}
		if n == 0 {
			b.Fatal("no events")
		}
	}
}

// TestDuringMatchesScan checks the binary search of During against a scan
// of every event, year by year: attested dates such as "[..2017-09-11]",
// whose earliest day is the year 1, must not throw the search off.
func TestDuringMatchesScan(t *testing.T) {
	for y := 1969; y <= oic.Vintage().Year; y++ {
		p := oic.Period{Start: oic.YearDate(y).Earliest(), End: oic.YearDate(y + 1).Earliest()}
		var want []string
		for e := range timeline.All() {
			if p.Holds(e.Date) == oic.Yes {
				want = append(want, e.String())
			}
		}
		var got []string
		for e := range timeline.InYear(y) {
			got = append(got, e.String())
		}
		if !slices.Equal(got, want) {
			t.Errorf("InYear(%d) yields %d events; a scan finds %d", y, len(got), len(want))
		}
	}
}

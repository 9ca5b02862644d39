package oic_test

import (
	"testing"

	"github.com/kzoic/kzoic/oic"
)

var alpha3 = []string{"AFG", "ALB", "DZA", "AZE", "BHR", "BGD", "BEN", "BRN", "BFA", "CMR", "TCD", "COM", "CIV", "DJI", "EGY", "GAB", "GMB", "GIN", "GNB", "GUY", "IDN", "IRN", "IRQ", "JOR", "KAZ", "KWT", "KGZ", "LBN", "LBY", "MYS", "MDV", "MLI", "MRT", "MAR", "MOZ", "NER", "NGA", "OMN", "PAK", "PSE", "QAT", "SAU", "SEN", "SLE", "SOM", "SDN", "SUR", "SYR", "TJK", "TGO", "TUN", "TUR", "TKM", "UGA", "ARE", "UZB", "YEM"}

var sink int

// BenchmarkMapFloor is the reference: a plain map lookup over the 57
// alpha-3 codes of the member states.
func BenchmarkMapFloor(b *testing.B) {
	m := make(map[string]int, len(alpha3))
	for i, c := range alpha3 {
		m[c] = i
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		sink += m[alpha3[i%len(alpha3)]]
	}
}

func BenchmarkLookupCountry(b *testing.B) {
	for _, tt := range []struct{ name, code string }{{"alpha3", "KAZ"}, {"alpha3-lower", "kaz"}, {"alpha2", "KZ"}, {"alpha2-lower", "kz"}} {
		b.Run(tt.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				c, _ := oic.LookupCountry(tt.code)
				sink += int(c.Joined().Year)
			}
		})
	}
}

func BenchmarkMemberSince(b *testing.B) {
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		d, _ := oic.MemberSince(alpha3[i%len(alpha3)])
		sink += d.Year
	}
}

func BenchmarkSummit(b *testing.B) {
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		s, _ := oic.Summit(1 + i%15)
		sink += s.Number()
	}
}

func BenchmarkCFM(b *testing.B) {
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		s, _ := oic.CFM(1 + i%51)
		sink += s.Number()
	}
}

func BenchmarkLookupBody(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		x, _ := oic.LookupBody("comcec")
		sink += int(x.Kind())
	}
}

func BenchmarkActiveMembersOn(b *testing.B) {
	d := oic.MustParseDate("2018-06-01")
	b.ReportAllocs()
	for b.Loop() {
		for c := range oic.ActiveMembersOn(d) {
			sink += len(c.Alpha2())
		}
	}
}

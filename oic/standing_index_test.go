package oic

import (
	"slices"
	"testing"
	"time"
)

// TestStandingIndex checks that the index answers every question as the
// direct computation from each state's history does, on every day around
// every change and on months and years across the organisation's life.
func TestStandingIndex(t *testing.T) {
	var dates []Date
	for y := 1968; y <= 2028; y++ {
		dates = append(dates, YearDate(y))
		for m := time.January; m <= time.December; m++ {
			dates = append(dates, MonthDate(y, m), DayDate(y, m, 1), DayDate(y, m, 15))
		}
	}
	for i := 1; i < len(countryTable); i++ {
		for _, e := range countryTable[i].events {
			for _, d := range []Date{e.date, e.date.Earliest(), e.date.Latest()} {
				for n := -2; n <= 2; n++ {
					dates = append(dates, d.AddDays(n))
				}
			}
		}
	}
	dates = append(dates, Date{}, Date{Year: 1, Month: 1, Day: 1}, Date{Year: 9999})
	direct := map[string]func(Standing) bool{
		"members":   func(s Standing) bool { return s.IsMember() == Yes },
		"active":    func(s Standing) bool { return s.Is(StatusMember) == Yes },
		"suspended": func(s Standing) bool { return s.Is(StatusSuspended) == Yes },
		"observers": func(s Standing) bool { return s.Is(StatusObserver) == Yes },
	}
	indexed := map[string]func(Date) []Country{
		"members":   func(d Date) []Country { return slices.Collect(MembersOn(d)) },
		"active":    func(d Date) []Country { return slices.Collect(ActiveMembersOn(d)) },
		"suspended": func(d Date) []Country { return slices.Collect(SuspendedOn(d)) },
		"observers": func(d Date) []Country { return slices.Collect(ObserversOn(d)) },
	}
	for name, keep := range direct {
		for _, d := range dates {
			want := slices.Collect(countriesWith(d, keep))
			if got := indexed[name](d); !slices.Equal(got, want) {
				t.Errorf("%s on %v: index gives %v; history gives %v", name, d, got, want)
			}
		}
	}
}

// TestDays checks the day numbers of Date.days against Earliest and Latest
// for dates of every precision and bound, month lengths and leap years
// included, and for zero and invalid dates.
func TestDays(t *testing.T) {
	var dates []Date
	for _, y := range []int{1, 1900, 1969, 2000, 2024, 9999} {
		for m := time.Month(0); m <= 13; m++ {
			for _, day := range []int{0, 1, 28, 29, 30, 31, 32} {
				for b := On; b <= OnOrAfter+1; b++ {
					dates = append(dates, Date{Year: y, Month: m, Day: day, Bound: b})
				}
			}
		}
	}
	dates = append(dates, Date{}, Date{Year: -1}, Date{Year: 10000})
	for _, d := range dates {
		lo, hi := d.days()
		wantLo, wantHi := d.Earliest().dayNumber(), d.Latest().dayNumber()
		if lo != wantLo || hi != wantHi {
			t.Errorf("%v.days() = %d, %d; want %d, %d (Earliest %v, Latest %v)", d, lo, hi, wantLo, wantHi, d.Earliest(), d.Latest())
		}
	}
}

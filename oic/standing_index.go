package oic

import (
	"math/bits"
	"sort"
	"sync"
)

// The standing of every state on every day is answered from an index built
// on first use: the days on which some state's standing may change cut
// time into intervals, within each of which every state's [Standing] is
// the same, and each interval keeps, for each question the package asks
// (member, member in good standing, suspended, observer), the set of states
// for which the answer is certainly yes. A question about a day is then a
// binary search and a walk over the bits of one set.

const maskWords = (len(countryTable) + 63) / 64

// A countrySet is a set of states: bit i-1 stands for the state of
// countryTable index i.
type countrySet [maskWords]uint64

func (s *countrySet) add(idx uint16) { s[(idx-1)/64] |= 1 << ((idx - 1) % 64) }

func (s *countrySet) and(t *countrySet) {
	for i := range s {
		s[i] &= t[i]
	}
}

// The questions the index answers, as indexes into interval.sets.
const (
	askMember = iota // a member, suspended or not
	askActive        // a member in good standing
	askSuspended
	askObserver
	askCount
)

type interval struct {
	start int // the day number of the interval's first day
	sets  [askCount]countrySet
	lists [askCount][]Country // the states of sets, in table order; equal lists share their array
}

// standingIndex returns the index, building it on first use. (It is not a
// sync.OnceValue variable: initialising a variable with a call is work at
// package initialisation, and would keep the tables in every program that
// imports the package.)
func standingIndex() []interval {
	standingOnce.Do(func() { standingIntervals = buildStandingIndex() })
	return standingIntervals
}

var (
	standingOnce      sync.Once
	standingIntervals []interval
)

func buildStandingIndex() []interval {
	// The days on which a standing may change: around the span of every
	// change date.
	seen := map[int]bool{}
	var starts []int
	add := func(d Date) {
		if d.Precision() == PrecisionNone {
			return
		}
		for _, x := range []Date{d.Earliest(), d.Latest()} {
			for _, n := range []int{x.dayNumber(), x.AddDays(1).dayNumber()} {
				if !seen[n] {
					seen[n] = true
					starts = append(starts, n)
				}
			}
		}
	}
	add(firstDay)
	add(founded)
	for i := 1; i < len(countryTable); i++ {
		for _, e := range countryTable[i].events {
			add(e.date)
		}
	}
	sort.Ints(starts)
	byNumber := map[int]Date{}
	for i := 1; i < len(countryTable); i++ {
		for _, e := range countryTable[i].events {
			for _, x := range []Date{e.date.Earliest(), e.date.Latest()} {
				byNumber[x.dayNumber()] = x
				y := x.AddDays(1)
				byNumber[y.dayNumber()] = y
			}
		}
	}
	byNumber[firstDay.dayNumber()] = firstDay
	for _, x := range []Date{founded, founded.AddDays(1)} {
		byNumber[x.dayNumber()] = x
	}
	out := make([]interval, len(starts))
	for k, n := range starts {
		day := byNumber[n]
		out[k].start = n
		for i := 1; i < len(countryTable); i++ {
			st := Country{uint16(i)}.StatusOn(day)
			if st.IsMember() == Yes {
				out[k].sets[askMember].add(uint16(i))
			}
			for ask, status := range map[int]Status{askActive: StatusMember, askSuspended: StatusSuspended, askObserver: StatusObserver} {
				if st.Is(status) == Yes {
					out[k].sets[ask].add(uint16(i))
				}
			}
		}
	}
	interned := map[countrySet][]Country{}
	for k := range out {
		for ask := range out[k].sets {
			set := out[k].sets[ask]
			list, ok := interned[set]
			if !ok {
				list = listOf(&set)
				interned[set] = list
			}
			out[k].lists[ask] = list
		}
	}
	return out
}

// listOf returns the states of s in table order, in a new slice.
func listOf(s *countrySet) []Country {
	var out []Country
	yieldSet(s, func(c Country) bool { out = append(out, c); return true })
	return out
}

// certainOn returns the states for which the question ask is certainly
// answered yes on every day of d, in table order: a list the index holds
// (which the caller must not change) for a day, a new one for a span of
// days that crosses intervals.
func certainOn(d Date, ask int) []Country {
	if d.Precision() == PrecisionNone {
		return nil
	}
	idx := standingIndex()
	qs, qe := d.days()
	lo, hi := 0, len(idx) // the first interval starting after qs
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if idx[m].start > qs {
			hi = m
		} else {
			lo = m + 1
		}
	}
	k := lo - 1
	if k < 0 {
		return nil
	}
	if k+1 >= len(idx) || idx[k+1].start > qe {
		return idx[k].lists[ask]
	}
	s := idx[k].sets[ask]
	for k++; k < len(idx) && idx[k].start <= qe; k++ {
		s.and(&idx[k].sets[ask])
	}
	return listOf(&s)
}

// yieldSet calls yield with the states of s, in table order, until it
// returns false. yield does not escape, so that a caller's range-over-func
// loop body can live on the stack.
func yieldSet(s *countrySet, yield func(Country) bool) {
	for w, word := range s {
		for word != 0 {
			b := bits.TrailingZeros64(word)
			word &^= 1 << b
			if !yield(Country{uint16(w*64 + b + 1)}) {
				return
			}
		}
	}
}

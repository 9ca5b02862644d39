package prose

import (
	"strconv"

	"github.com/kzoic/kzoic/oic"
)

// month returns the name of month m (1 to 12) in the form the message key
// takes in the Printer's language.
func (p *Printer) month(key string, m int) string {
	form := monthFormat
	if row, ok := lookup(key); ok {
		form = row.month[p.lang]
	}
	return monthTable[p.lang][m-1][form]
}

// day returns the number of a day of the month as the language writes it in
// a date: French writes the first of the month as the ordinal 1er.
func (p *Printer) day(d int) string {
	if d == 1 && p.lang == langFR {
		return "1er"
	}
	return strconv.Itoa(d)
}

// dateKey returns the key of the message for d's precision and bound under
// prefix: "date.day.on", "period.from.month.on-or-before".
func dateKey(prefix string, d oic.Date) string {
	return prefix + "." + d.Precision().String() + "." + d.Bound.String()
}

// dateArgs returns the message arguments for d at its precision: the year;
// the month and the year; or the day, the month and the year.
func (p *Printer) dateArgs(key string, d oic.Date) []any {
	y := strconv.Itoa(d.Year)
	switch d.Precision() {
	case oic.PrecisionYear:
		return []any{y}
	case oic.PrecisionMonth:
		return []any{p.month(key, int(d.Month)), y}
	}
	return []any{p.day(d.Day), p.month(key, int(d.Month)), y}
}

// Date returns d for a reader, as precise as d: a year ("1995"; "1995 г."
// in Russian), a month ("December 1995", "décembre 1995", "декабрь 1995
// г.") or a day ("28 June 2011", "28 juin 2011", "2011 жылғы 28 маусым",
// "28 июня 2011 г.", "28 يونيو 2011"). An attestation reads "by 11
// September 2017" ([oic.OnOrBefore]) or "11 September 2017 or later"
// ([oic.OnOrAfter]). The zero Date reads as the word for "unknown", and
// an invalid Date as its [oic.Date.String] form.
func (p *Printer) Date(d oic.Date) string {
	if d.IsZero() {
		return p.word("unknown")
	}
	if !d.IsValid() {
		return d.String()
	}
	key := dateKey("date", d)
	return p.Sprintf(key, p.dateArgs(key, d)...)
}

// Period returns the span of p for a reader, from its Start to its end: the
// last day, [oic.Period.Last], for an End known to the day, and the year or
// month in which it ended for an End known only to that ("1971–1973" for a
// term that ended some time in 1973):
//
//   - "28–30 June 2011", "28 June – 2 July 2011", "30 December 2011 – 2
//     January 2012", "March–June 2010", "1971–1973";
//   - a single date when the span is one year, month or day: "31 May 2019";
//   - "from 17 November 2021" for a span with no End, which still holds;
//   - "until 2022" for a span with no Start;
//   - "by 11 September 2017 – 2019" and the like, each end written as
//     [Printer.Date] writes it, when the ends differ in precision or are
//     attestations ("from 11 September 2017 or earlier" with no End).
//
// A period that began and ended within one year or month ("2011/2011")
// reads as that year or month, and one with neither side as the word for
// "unknown". Each language has its own grammar for spans: "с 17 ноября
// 2021 г.", "2021 жылғы 17 қарашадан бастап", "depuis le 17 novembre 2021".
func (pr *Printer) Period(p oic.Period) string {
	s, l := p.Start, p.Last()
	if p.End.Precision() != oic.PrecisionDay && p.End.Precision() != oic.PrecisionNone {
		// An End known to a year or a month says the period ended within
		// it: "1971–1973" for a term that ended some time in 1973, not
		// "1971–1972".
		l = p.End
	}
	switch {
	case s.IsZero() && l.IsZero():
		return pr.word("unknown")
	case l.IsZero():
		if !s.IsValid() {
			return s.String()
		}
		key := dateKey("period.from", s)
		return pr.Sprintf(key, pr.dateArgs(key, s)...)
	case s.IsZero():
		key := dateKey("period.until", l)
		return pr.Sprintf(key, pr.dateArgs(key, l)...)
	case s == l:
		return pr.Date(s)
	case s.Bound != oic.On || l.Bound != oic.On || s.Precision() != l.Precision() || !s.Before(l):
		return pr.Sprintf("period.span", pr.Date(s), pr.Date(l))
	}
	y1, y2 := strconv.Itoa(s.Year), strconv.Itoa(l.Year)
	switch s.Precision() {
	case oic.PrecisionYear:
		return pr.Sprintf("period.years", y1, y2)
	case oic.PrecisionMonth:
		if s.Year == l.Year {
			const key = "period.months.same-year"
			return pr.Sprintf(key, pr.month(key, int(s.Month)), pr.month(key, int(l.Month)), y1)
		}
		const key = "period.months"
		return pr.Sprintf(key, pr.month(key, int(s.Month)), y1, pr.month(key, int(l.Month)), y2)
	}
	switch {
	case s.Year == l.Year && s.Month == l.Month:
		const key = "period.days.same-month"
		return pr.Sprintf(key, pr.day(s.Day), pr.day(l.Day), pr.month(key, int(s.Month)), y1)
	case s.Year == l.Year:
		const key = "period.days.same-year"
		return pr.Sprintf(key, pr.day(s.Day), pr.month(key, int(s.Month)), pr.day(l.Day), pr.month(key, int(l.Month)), y1)
	}
	const key = "period.days"
	return pr.Sprintf(key, pr.day(s.Day), pr.month(key, int(s.Month)), y1, pr.day(l.Day), pr.month(key, int(l.Month)), y2)
}

// Term returns the span of a term of office for a reader, as [Printer.Period]
// writes it, with what the sources leave open said in words: a term they
// know only from one day on which they show its holder in office (its start
// attested "by" that day and its end "on or after" it) reads "in office as
// the sources show: 28 September 2018; no source dates the start or the
// end"; an end that is the day the term was due to end rather than one the
// sources report is followed by "(end of the term as scheduled)"; a term
// with no date reads "no date in the sources".
func (pr *Printer) Term(t oic.Term) string {
	s, e := t.Period.Start, t.Period.End
	switch {
	case t.Period == (oic.Period{}):
		return pr.word("undated")
	case s.Bound == oic.OnOrBefore && e.Bound == oic.OnOrAfter && s.Year == e.Year && s.Month == e.Month && s.Day == e.Day:
		s.Bound = oic.On
		return pr.Sprintf("term.attested", pr.Date(s))
	}
	span := pr.Period(t.Period)
	if t.Scheduled {
		span = pr.Sprintf("term.scheduled", span)
	}
	return span
}

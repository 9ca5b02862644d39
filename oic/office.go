package oic

import (
	"iter"

	"golang.org/x/text/language"
)

// An Office is a post in the OIC, such as the Secretary-General or the
// Assistant Secretary-General for Science and Technology. Offices are small
// comparable handles; their text form is a stable key such as
// "secretary-general".
//
// The zero Office is not an office: it is not valid, and its methods return
// zero values.
type Office struct{ idx uint16 }

func (o Office) row() *officeRow {
	if int(o.idx) >= len(officeTable) {
		return &officeTable[0]
	}
	return &officeTable[o.idx]
}

// IsValid reports whether o is an office of the tables.
func (o Office) IsValid() bool { return o.idx != 0 && int(o.idx) < len(officeTable) }

// Key returns o's stable key, such as "asg-science-technology".
func (o Office) Key() string { return o.row().key }

// String returns o's key.
func (o Office) String() string { return o.row().key }

// MarshalText implements [encoding.TextMarshaler]: o's key.
func (o Office) MarshalText() ([]byte, error) { return []byte(o.row().key), nil }

// UnmarshalText implements [encoding.TextUnmarshaler]: it accepts what
// [LookupOffice] accepts, and the empty text for the zero Office.
func (o *Office) UnmarshalText(text []byte) error {
	return unmarshalKey(o, text, "oic.Office.UnmarshalText", LookupOffice)
}

// Name returns the title of o, such as "Secretary-General", in the
// language closest to t; see [Text.In].
func (o Office) Name(t language.Tag) string { return o.row().title.In(t) }

// Names returns the titles of o in the curated languages.
func (o Office) Names() Text { return o.row().title }

// Body returns the body o belongs to.
func (o Office) Body() Body { return Body{o.row().body} }

// Sources returns the sources of o's record. The slice is new on every call.
func (o Office) Sources() []Source { return sourceList(o.row().sources) }

// A Term is one holder's time in an office.
//
// A term whose End the sources report is over on that day. A fixed term
// with no reported end, such as the Secretary-General's five years from
// 17 November 2021, has Scheduled set and ends on the day it was due to
// end: the library does not extend a term past it, and names no holder
// after it until a source reports a renewal or a successor.
type Term struct {
	Office    Office         `json:"office"`
	Holder    Person         `json:"holder"`
	Country   Country        `json:"country,omitzero"`    // the state that put the holder forward
	Period    Period         `json:"period"`              // the zero Period where the sources give no dates
	Scheduled bool           `json:"scheduled,omitempty"` // whether Period.End is the day a fixed term was due to end rather than a reported end; see below
	ElectedAt Session        `json:"electedAt,omitzero"`  // the session that elected the holder, where it is one of the tables
	Note      Text           `json:"note,omitzero"`       // how the holder was elected or appointed, where sources say more
	Sources   []Source       `json:"sources"`
	Doubts    []DoubtedField `json:"doubts,omitempty"` // the facts of the term that rest on weak evidence: "holder", "country", "start" or "end"
}

// Terms returns the terms of o in order. Terms whose dates the sources do
// not give have a zero Period and are left out of [Office.HolderOn] and
// [Office.HoldersOn]. The slice is new on every call.
func (o Office) Terms() []Term {
	rows := o.row().terms
	out := make([]Term, len(rows))
	for i, t := range rows {
		out[i] = o.term(t)
	}
	return out
}

func (o Office) term(t termRow) Term {
	return Term{Office: o, Holder: Person{t.person}, Country: Country{t.country}, Period: t.period, Scheduled: t.scheduled,
		ElectedAt: Session{t.electedAt}, Note: t.note, Sources: sourceList(t.sources), Doubts: doubtList(t.doubts)}
}

// HeldOn reports whether the term was running on d; see [Period.Holds]. A
// term with no known dates gets [No].
func (t Term) HeldOn(d Date) Certainty {
	if t.Period == (Period{}) {
		return No
	}
	if d.Precision() != PrecisionNone && d.Latest().Before(t.floor()) {
		return No
	}
	return t.Period.Holds(d)
}

// floor returns the first day t can have begun on, whatever its Start
// says: not before the organisation was founded, nor before the body of
// its office, nor before the session that elected its holder. It matters
// for a Start known only as an attestation ("in office by 2022").
func (t Term) floor() Date {
	f := founded.Earliest()
	if b := t.Office.Body(); b.IsValid() && !b.Founded().IsZero() && b.Founded().Bound != OnOrBefore {
		f = later(f, b.Founded().Earliest())
	}
	if t.ElectedAt.IsValid() {
		f = later(f, t.ElectedAt.Start().Earliest())
	}
	return f
}

func later(a, b Date) Date {
	if b.After(a) {
		return b
	}
	return a
}

// HolderOn returns the term of the holder of o on d, and whether the
// sources settle who held it.
func (o Office) HolderOn(d Date) (Term, bool) {
	for _, t := range o.row().terms {
		if t.period != (Period{}) && t.period.Holds(d) == Yes {
			return o.term(t), true
		}
	}
	return Term{}, false
}

// HoldersOn returns the terms of o that were, or may have been, running on
// d, in order: one term where the sources settle it, the outgoing and the
// incoming holder on a day that falls in the span of an imprecise
// handover, none where the sources name no holder. Each term's
// [Term.HeldOn] says how certain it is by its own dates.
//
// An office has one holder at a time and its terms are in order of
// succession, so HoldersOn also rules out a term whose own dates leave d
// open (a holder known only from attestations, say) on a day before an
// earlier term certainly began, on a day after a later term certainly
// began, and on a day another term certainly covers. The slice is new on
// every call.
func (o Office) HoldersOn(d Date) []Term {
	var out []Term
	for i, t := range o.row().terms {
		if o.holds(i, d) != No {
			out = append(out, o.term(t))
		}
	}
	return out
}

// holds reports whether the i-th term of o was running on d, by its own
// dates and by the rule of one holder at a time (see [Office.HoldersOn]).
func (o Office) holds(i int, d Date) Certainty {
	terms := o.row().terms
	c := o.term(terms[i]).HeldOn(d)
	if c != Maybe {
		return c
	}
	first, last := d.Earliest(), d.Latest()
	for j, u := range terms {
		start := u.period.Start
		switch {
		case j == i || u.period == (Period{}):
		case u.period.Holds(d) == Yes:
			return No // another holder certainly held the office on d
		case start.IsZero():
		case j < i && last.Before(start.Earliest()):
			return No // an earlier holder had not yet begun
		case j > i && !first.Before(start.Latest()):
			return No // a later holder had begun by d
		}
	}
	return Maybe
}

// LookupOffice returns the office with the given key, in any case.
// It does not allocate.
func LookupOffice(key string) (Office, bool) {
	i, ok := officeIndex.Find(key)
	return Office{i}, ok
}

// Offices returns an iterator over the offices in the order of the tables,
// the Secretary-General first.
func Offices() iter.Seq[Office] {
	return func(yield func(Office) bool) {
		for i := 1; i < len(officeTable); i++ {
			if !yield(Office{uint16(i)}) {
				return
			}
		}
	}
}

// SecretaryGeneralOn returns the term of the Secretary-General on d, and
// whether the sources settle who held the office then; see
// [Office.HolderOn]. After the scheduled end of the last term the sources
// report (see [Term]), it reports false.
func SecretaryGeneralOn(d Date) (Term, bool) {
	o, _ := LookupOffice("secretary-general")
	return o.HolderOn(d)
}

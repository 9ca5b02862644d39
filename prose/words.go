package prose

import (
	"iter"

	"github.com/kzoic/kzoic/initiatives"
	"github.com/kzoic/kzoic/oic"
)

// A Noun is a thing the module counts, for [Printer.Count].
type Noun uint8

// The nouns [Printer.Count] knows. The zero Noun is not one of them.
const (
	NounMemberStates   Noun = 1 + iota // member states of the OIC
	NounObserverStates                 // observer states
	NounStates                         // states of any standing
	NounSessions                       // sessions: summits, councils
	NounEvents                         // events of a chronology
	NounSources                        // sources of a record
)

var nounKeys = [...]string{"", "count.member-states", "count.observer-states", "count.states", "count.sessions", "count.events", "count.sources"}

// Count returns n things of the kind what, with the plural form the
// language's CLDR plural rules choose for n: "1 member state", "57 member
// states"; "1 государство-член", "3 государства-члена", "57
// государств-членов"; "دولة عضو واحدة", "دولتان عضوان", "3 دول أعضاء",
// "57 دولة عضوًا", "100 دولة عضو"; "57 мүше мемлекет"; "57 États membres".
// A Noun it does not know gives the number alone.
func (p *Printer) Count(what Noun, n int) string {
	if int(what) == 0 || int(what) >= len(nounKeys) {
		return p.Sprintf("%d", n)
	}
	return p.Sprintf(nounKeys[what], n)
}

// keyword returns the message for the keyword of a value under prefix, or
// the keyword itself (such as "%!oic.Status(9)") where the catalog has no
// message for it.
func (p *Printer) keyword(prefix, word string) string {
	key := prefix + "." + word
	if _, ok := lookup(key); !ok {
		return word
	}
	return p.word(key)
}

// Status returns the word for a state's standing s: "member", "observer",
// "member (suspended)", "former member (withdrawal)"…
func (p *Printer) Status(s oic.Status) string { return p.keyword("status", s.String()) }

// Standing returns the word for s: its status when the sources settle it,
// otherwise the candidate statuses joined by the language's "or", as in
// "neither member nor observer or member". The zero Standing reads as the
// word for "unknown".
func (p *Printer) Standing(s oic.Standing) string {
	return p.or(func(yield func(string) bool) {
		for st := range s.Statuses() {
			if !yield(p.Status(st)) {
				return
			}
		}
	})
}

// or joins the items of seq as alternatives: "a", "a or b", "a, b or c".
// No item gives the word for "unknown".
func (p *Printer) or(seq iter.Seq[string]) string {
	var items []string
	for s := range seq {
		items = append(items, s)
	}
	switch len(items) {
	case 0:
		return p.word("unknown")
	case 1:
		return items[0]
	}
	out := p.Sprintf("list.or", items[len(items)-2], items[len(items)-1])
	for i := len(items) - 3; i >= 0; i-- {
		out = p.Sprintf("list.or.middle", items[i], out)
	}
	return out
}

// InitiativeStatus returns the word for the status of an initiative:
// "proposed", "endorsed", "implemented".
func (p *Printer) InitiativeStatus(s initiatives.Status) string {
	return p.keyword("initiative-status", s.String())
}

// InitiativeStatuses returns the statuses an initiative may have had on a
// date the sources do not settle, as alternatives ("endorsed or
// implemented"), as [initiatives.Initiative.StatusesOn] gives them; one
// status reads as [Printer.InitiativeStatus] writes it, none as the word
// for "unknown".
func (p *Printer) InitiativeStatuses(st []initiatives.Status) string {
	return p.or(func(yield func(string) bool) {
		for _, s := range st {
			if !yield(p.InitiativeStatus(s)) {
				return
			}
		}
	})
}

// SessionKind returns the plural heading for the sessions of kind k:
// "Islamic Summits", "Sessions of the Council of Foreign Ministers",
// "Исламские саммиты"…
func (p *Printer) SessionKind(k oic.SessionKind) string { return p.keyword("kind", k.String()) }

// BodyKind returns the word for the kind of an OIC body: "principal organ",
// "subsidiary organ", "specialized institution"…
func (p *Printer) BodyKind(k oic.BodyKind) string { return p.keyword("body-kind", k.String()) }

// DocumentKind returns the word for the kind of a document: "charter",
// "declaration", "programme of action"…
func (p *Printer) DocumentKind(k oic.DocumentKind) string {
	return p.keyword("document-kind", k.String())
}

// Certainty returns the word for c: "yes", "no" or "uncertain".
func (p *Printer) Certainty(c oic.Certainty) string { return p.keyword("certainty", c.String()) }

// Doubt returns the words for why a fact rests on weak evidence: "one
// source only", "inferred", "name form not confirmed" or "sources
// disagree".
func (p *Printer) Doubt(d oic.Doubt) string { return p.keyword("doubt", d.String()) }

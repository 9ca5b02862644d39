package oic

import "github.com/kzoic/kzoic/internal/keyword"

// An OutcomeKind says what a session did, in an [Outcome].
type OutcomeKind uint8

// The kinds of outcome. The zero OutcomeKind is not a kind.
const (
	OutcomeStatement   OutcomeKind = 1 + iota // a decision or declaration told in words: the Outcome's Text
	OutcomeAdopted                            // the session adopted the Document
	OutcomeElected                            // the session elected the Person to the Office
	OutcomeAdmitted                           // the session admitted the Country as a member
	OutcomeSuspended                          // the session suspended the membership of the Country
	OutcomeReadmitted                         // the session restored the membership of the Country
	OutcomeObserver                           // the session made the Country an observer
	OutcomeEstablished                        // the session established the Body
	OutcomeRenamed                            // the session renamed the Body, or the organisation itself when Body is zero
)

var outcomeWords = keyword.Set[OutcomeKind]{Type: "oic.OutcomeKind", Words: []string{"", "statement", "adopted", "elected", "admitted", "suspended", "readmitted", "observer", "established", "renamed"}, Error: keywordError}

// An Outcome is one thing a session did. Where it relates records (a
// session adopted a document, elected an office holder, admitted or
// suspended a state, established or renamed a body) it is a typed fact:
// its Kind and the records it names, which package
// github.com/kzoic/kzoic/prose words in each language. Anything else is an
// [OutcomeStatement], whose Text tells it.
type Outcome struct {
	Kind     OutcomeKind `json:"kind"`
	Document Document    `json:"document,omitzero"`
	Country  Country     `json:"country,omitzero"`
	Body     Body        `json:"body,omitzero"`
	Office   Office      `json:"office,omitzero"`
	Person   Person      `json:"person,omitzero"`
	Text     Text        `json:"text,omitzero"` // the statement, or a detail of a typed outcome
}

type outcomeRow struct {
	kind     OutcomeKind
	document uint16
	country  uint16
	body     uint16
	office   uint16
	person   uint16
	text     Text
}

// String returns the kind's keyword, such as "adopted".
func (k OutcomeKind) String() string { return outcomeWords.String(k) }

// MarshalText implements [encoding.TextMarshaler] with the keyword of
// [OutcomeKind.String].
func (k OutcomeKind) MarshalText() ([]byte, error) { return outcomeWords.Marshal(k) }

// UnmarshalText implements [encoding.TextUnmarshaler]; it accepts the
// keywords of [OutcomeKind.String] in any case.
func (k *OutcomeKind) UnmarshalText(text []byte) error { return outcomeWords.Unmarshal(k, text) }

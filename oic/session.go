package oic

import (
	"iter"
	"strconv"
	"strings"

	"github.com/kzoic/kzoic/internal/keyword"
	"golang.org/x/text/language"
)

// A SessionKind is a kind of OIC meeting.
type SessionKind uint8

// The kinds of session. The zero SessionKind is not a kind.
const (
	KindSummit              SessionKind = 1 + iota // an ordinary Islamic Summit of kings and heads of state and government
	KindExtraordinarySummit                        // an extraordinary Islamic Summit
	KindCFM                                        // an ordinary session of the Council of Foreign Ministers (until 2011, the Islamic Conference of Foreign Ministers)
	KindExtraordinaryCFM                           // an extraordinary session of the Council of Foreign Ministers
	KindScienceSummit                              // an OIC Summit on Science and Technology
	KindExecutiveCommittee                         // a meeting of the Executive Committee at the level of foreign ministers, most of them extraordinary
)

var kindWords = keyword.Set[SessionKind]{Type: "oic.SessionKind", Words: []string{"", "summit", "extraordinary-summit", "cfm", "extraordinary-cfm", "science-summit", "executive-committee"}, Error: keywordError}

// String returns the kind's keyword: "summit", "extraordinary-summit",
// "cfm", "extraordinary-cfm", "science-summit" or "executive-committee".
func (k SessionKind) String() string { return kindWords.String(k) }

// MarshalText implements [encoding.TextMarshaler] with the keyword of
// [SessionKind.String].
func (k SessionKind) MarshalText() ([]byte, error) { return kindWords.Marshal(k) }

// UnmarshalText implements [encoding.TextUnmarshaler]; see
// [ParseSessionKind].
func (k *SessionKind) UnmarshalText(text []byte) error { return kindWords.Unmarshal(k, text) }

// ParseSessionKind returns the kind with the given keyword, in any case.
// Unknown keywords give a [*ParseError] wrapping [ErrUnknown].
func ParseSessionKind(text string) (SessionKind, error) {
	return kindWords.Parse("oic.ParseSessionKind", text)
}

// SessionKinds returns an iterator over the session kinds in the order of
// their constants.
func SessionKinds() iter.Seq[SessionKind] { return kindWords.All() }

// IsValid reports whether k is one of the kinds of session.
func (k SessionKind) IsValid() bool { return kindWords.Valid(k) }

// Name returns today's name of the kind of meeting, such as "Council of
// Foreign Ministers", in the language closest to t; see [Text.In].
func (k SessionKind) Name(t language.Tag) string { return k.Names().In(t) }

// Names returns today's name of the kind of meeting in the curated
// languages.
func (k SessionKind) Names() Text { return k.NamesOn(Vintage()) }

// NameOn returns the name the kind of meeting had on d in the language
// closest to t; see [SessionKind.NamesOn].
func (k SessionKind) NameOn(d Date, t language.Tag) string { return k.NamesOn(d).In(t) }

// NamesOn returns the name the kind of meeting had on d: the Council of
// Foreign Ministers was the Islamic Conference of Foreign Ministers until
// 28 June 2011. Where d falls in the span of an imprecise change of name it
// gives the earlier name.
func (k SessionKind) NamesOn(d Date) Text {
	var current, maybe Text
	for _, r := range kindNameTable {
		if r.kind != k {
			continue
		}
		switch r.period.Holds(d) {
		case Yes:
			return r.name
		case Maybe:
			if maybe.IsZero() {
				maybe = r.name
			}
		}
		if r.period.IsOpen() {
			current = r.name
		}
	}
	if !maybe.IsZero() {
		return maybe
	}
	return current
}

// Sources returns the sources of the names of the kind of meeting. The
// slice is new on every call.
func (k SessionKind) Sources() []Source {
	var out []Source
	for _, r := range kindNameTable {
		if r.kind == k {
			out = append(out, sourceList(r.sources)...)
		}
	}
	return out
}

// A Session is one meeting of the OIC: an Islamic Summit, a session of the
// Council of Foreign Ministers, an extraordinary or thematic summit, or a
// meeting of the Executive Committee at the level of foreign ministers
// (the troikas of the Summit and of the Council with the
// Secretary-General, open to every member state).
// Sessions are small comparable handles; their text form is the kind and
// the number, as in "cfm 38".
//
// The zero Session is not a meeting: it is not valid, and its methods
// return zero values.
type Session struct{ idx uint16 }

func (s Session) row() *sessionRow {
	if int(s.idx) >= len(sessionTable) {
		return &sessionTable[0]
	}
	return &sessionTable[s.idx]
}

// IsValid reports whether s is a session of the tables.
func (s Session) IsValid() bool { return s.idx != 0 && int(s.idx) < len(sessionTable) }

// Kind returns the kind of meeting s was.
func (s Session) Kind() SessionKind { return s.row().kind }

// Number returns the ordinal of s within its kind (38 for the 38th Council
// of Foreign Ministers), or 0 for a session that has no number of its own.
func (s Session) Number() int { return int(s.row().number) }

// Start returns the first day of s, as precise as the sources give it.
func (s Session) Start() Date { return s.row().start }

// Period returns the days s met, as a [Period]: from its first day up to,
// and not including, the day after its last ([Period.Last] gives that last
// day). Where the sources give only the first day, the session is taken to
// have lasted that day; where they give only a month or a year, that month
// or year.
func (s Session) Period() Period { r := s.row(); return Period{Start: r.start, End: r.end} }

// City returns the city where s met, or the zero City where the meeting was
// held online or the sources name no city.
func (s Session) City() City { return City{s.row().city} }

// Host returns the state that hosted s.
func (s Session) Host() Country { return Country{s.row().host} }

// Chair returns who chaired s and in what role, where the sources say; the
// zero Person otherwise.
func (s Session) Chair() (Person, Role) { r := s.row(); return Person{r.chair}, r.role }

// Theme returns the title or theme of s, where it had one.
func (s Session) Theme() Text { return s.row().theme }

// Outcomes returns what the sources record s decided, adopted, elected or
// declared, in the order of the data. The slice is new on every call.
func (s Session) Outcomes() []Outcome {
	rows := s.row().outcomes
	if len(rows) == 0 {
		return nil
	}
	out := make([]Outcome, len(rows))
	for i, o := range rows {
		out[i] = Outcome{Kind: o.kind, Document: Document{o.document}, Country: Country{o.country}, Body: Body{o.body},
			Office: Office{o.office}, Person: Person{o.person}, Text: o.text}
	}
	return out
}

// A Role is the capacity in which a person chaired a session.
type Role uint8

// The roles of a session's chair. The zero Role means the sources do not
// give one.
const (
	RoleKing                     Role = 1 + iota // a king
	RoleEmir                                     // an emir
	RolePresident                                // a head of state styled president
	RolePrimeMinister                            // a head of government
	RoleCrownPrincePrimeMinister                 // a crown prince who is also prime minister
	RoleForeignMinister                          // the host state's minister of foreign affairs
)

var roleWords = keyword.Set[Role]{Type: "oic.Role", Words: []string{"", "king", "emir", "president", "prime-minister", "crown-prince-prime-minister", "foreign-minister"}, Error: keywordError}

// String returns the role's keyword, such as "foreign-minister".
func (r Role) String() string { return roleWords.String(r) }

// MarshalText implements [encoding.TextMarshaler] with the keyword of
// [Role.String].
func (r Role) MarshalText() ([]byte, error) { return roleWords.Marshal(r) }

// UnmarshalText implements [encoding.TextUnmarshaler]; it accepts the
// keywords of [Role.String] in any case.
func (r *Role) UnmarshalText(text []byte) error { return roleWords.Unmarshal(r, text) }

// Sources returns the sources of s's record. The slice is new on every call.
func (s Session) Sources() []Source { return sourceList(s.row().sources) }

// String returns the text form of s: its kind and number, as in "cfm 38",
// or, for a session without a number, its kind and start date, as in
// "extraordinary-summit 2024-11-11". It returns "" for the zero Session.
func (s Session) String() string {
	b, _ := s.AppendText(nil)
	return string(b)
}

// AppendText implements [encoding.TextAppender] with the form of
// [Session.String].
func (s Session) AppendText(b []byte) ([]byte, error) {
	r := s.row()
	if r.kind == 0 {
		return b, nil
	}
	b = append(b, kindWords.Words[r.kind]...)
	b = append(b, ' ')
	if r.number == 0 {
		return r.start.appendTo(b), nil
	}
	return strconv.AppendInt(b, int64(r.number), 10), nil
}

// MarshalText implements [encoding.TextMarshaler] with the form of
// [Session.String].
func (s Session) MarshalText() ([]byte, error) { return s.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler]. It accepts what
// [ParseSession] accepts, and the empty text for the zero Session.
func (s *Session) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*s = Session{}
		return nil
	}
	v, err := ParseSession(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// ParseSession parses the text form of a session, as [Session.String]
// writes it: "cfm 38", "summit 13", "extraordinary-summit 2024-11-11"; a
// session without a number that is dated only to a year, such as
// "executive-committee 2018", is found by that year where no session of
// the kind has the number.
// Text not of that form gives a [*ParseError] wrapping [ErrSyntax]; a
// kind, number or date that names no session, one wrapping [ErrUnknown].
func ParseSession(text string) (Session, error) {
	kind, arg, ok := strings.Cut(strings.TrimSpace(text), " ")
	arg = strings.TrimSpace(arg)
	if !ok || arg == "" {
		return Session{}, &ParseError{Func: "oic.ParseSession", Input: text, Err: ErrSyntax}
	}
	k, err := ParseSessionKind(kind)
	if err != nil {
		return Session{}, &ParseError{Func: "oic.ParseSession", Input: text, Err: ErrUnknown}
	}
	if n, ok := atoi(arg); ok {
		if s, ok := SessionOf(k, n); ok {
			return s, nil
		}
		if len(arg) != 4 {
			return Session{}, &ParseError{Func: "oic.ParseSession", Input: text, Err: ErrUnknown}
		}
		// Four digits may also be the year of a session without a
		// number that the sources date only to a year.
	}
	d, err := ParseDate(arg)
	if err != nil {
		return Session{}, &ParseError{Func: "oic.ParseSession", Input: text, Err: ErrSyntax}
	}
	for s := range Sessions(k) {
		if s.Number() == 0 && s.Start() == d {
			return s, nil
		}
	}
	return Session{}, &ParseError{Func: "oic.ParseSession", Input: text, Err: ErrUnknown}
}

// SessionOf returns the n-th session of kind k, and whether there is one.
// It does not allocate.
func SessionOf(k SessionKind, n int) (Session, bool) {
	if int(k) >= len(sessionKinds) || n < 1 {
		return Session{}, false
	}
	r := sessionKinds[k]
	if r.first == 0 {
		return Session{}, false
	}
	if n <= int(r.numbered) {
		if i := int(r.first) + n - 1; int(sessionTable[i].number) == n {
			return Session{uint16(i)}, true // numbered without gaps so far
		}
	}
	// The kind's numbering has gaps (some extraordinary sessions are not
	// known): search its numbered sessions, which are in order.
	for i := int(r.first); i < int(r.first)+int(r.numbered); i++ {
		if int(sessionTable[i].number) == n {
			return Session{uint16(i)}, true
		}
	}
	return Session{}, false
}

// Summit returns the n-th ordinary Islamic Summit: Summit(1) is the Rabat
// summit of September 1969 that founded the organisation.
func Summit(n int) (Session, bool) { return SessionOf(KindSummit, n) }

// CFM returns the n-th ordinary session of the Council of Foreign
// Ministers: CFM(38) is the Astana session of June 2011.
func CFM(n int) (Session, bool) { return SessionOf(KindCFM, n) }

// Sessions returns an iterator over the sessions of kind k: the numbered
// ones in order of number, then any without a number in order of date. A
// zero kind yields every session, kind by kind.
func Sessions(k SessionKind) iter.Seq[Session] {
	return func(yield func(Session) bool) {
		for i := 1; i < len(sessionTable); i++ {
			if (k == 0 || sessionTable[i].kind == k) && !yield(Session{uint16(i)}) {
				return
			}
		}
	}
}

// SessionsHostedBy returns an iterator over the sessions c hosted, in the
// order of [Sessions].
func SessionsHostedBy(c Country) iter.Seq[Session] {
	return func(yield func(Session) bool) {
		if !c.IsValid() {
			return
		}
		for i := 1; i < len(sessionTable); i++ {
			if sessionTable[i].host == c.idx && !yield(Session{uint16(i)}) {
				return
			}
		}
	}
}

// SessionsIn returns an iterator over the sessions that met, or may have
// met, at least in part during year, in the order of [Sessions].
func SessionsIn(year int) iter.Seq[Session] {
	y := YearDate(year)
	return func(yield func(Session) bool) {
		for s := range Sessions(0) {
			if s.Period().Holds(y) != No && !yield(s) {
				return
			}
		}
	}
}

// SessionsOn returns an iterator over the sessions that were, or may have
// been, meeting on d: those whose [Session.Period] holds on d with any
// certainty but [No].
func SessionsOn(d Date) iter.Seq[Session] {
	return func(yield func(Session) bool) {
		for s := range Sessions(0) {
			if s.Period().Holds(d) != No && !yield(s) {
				return
			}
		}
	}
}

// SessionsWithOutcome returns an iterator over the sessions, in the order
// of [Sessions], with an outcome of kind k: SessionsWithOutcome(OutcomeRenamed)
// yields the 38th Council of Foreign Ministers, which renamed the
// organisation.
func SessionsWithOutcome(k OutcomeKind) iter.Seq[Session] {
	return func(yield func(Session) bool) {
		for s := range Sessions(0) {
			for _, o := range s.row().outcomes {
				if o.kind == k {
					if !yield(s) {
						return
					}
					break
				}
			}
		}
	}
}

// atoi parses a decimal number of at most four digits, with no sign, space
// or leading zero.
func atoi(s string) (int, bool) {
	if len(s) == 0 || len(s) > 4 || (s[0] == '0' && len(s) > 1) {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

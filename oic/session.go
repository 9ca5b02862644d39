package oic

import (
	"github.com/kzoic/kzoic/internal/ascii"
	"iter"
	"strconv"
	"strings"
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
)

var kindNames = [...]string{"", "summit", "extraordinary-summit", "cfm", "extraordinary-cfm", "science-summit"}

// String returns the kind's keyword: "summit", "extraordinary-summit",
// "cfm", "extraordinary-cfm" or "science-summit".
func (k SessionKind) String() string {
	if int(k) < len(kindNames) && k != 0 {
		return kindNames[k]
	}
	return "%!SessionKind(" + strconv.Itoa(int(k)) + ")"
}

// Title returns today's name of the kind of meeting, such as "Council of
// Foreign Ministers", in the curated languages that sources give it in.
func (k SessionKind) Title() Text { return k.TitleOn(Vintage()) }

// TitleOn returns the name the kind of meeting had on d: the Council of
// Foreign Ministers was the Islamic Conference of Foreign Ministers until
// 28 June 2011.
func (k SessionKind) TitleOn(d Date) Text {
	var current Text
	for _, r := range kindNameTable {
		if r.kind != k {
			continue
		}
		if r.period.Contains(d) {
			return r.name
		}
		if r.period.IsOpen() {
			current = r.name
		}
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

// MarshalText implements [encoding.TextMarshaler] with the keyword of
// [SessionKind.String].
func (k SessionKind) MarshalText() ([]byte, error) {
	if k == 0 || int(k) >= len(kindNames) {
		return nil, &ParseError{Func: "oic.SessionKind.MarshalText", Input: k.String(), Err: ErrRange}
	}
	return []byte(kindNames[k]), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler]; see
// [ParseSessionKind].
func (k *SessionKind) UnmarshalText(b []byte) error {
	v, err := ParseSessionKind(string(b))
	if err != nil {
		return err
	}
	*k = v
	return nil
}

// ParseSessionKind returns the kind with the given keyword, in any case.
// Unknown keywords give a [*ParseError] wrapping [ErrUnknown].
func ParseSessionKind(s string) (SessionKind, error) {
	for i := 1; i < len(kindNames); i++ {
		if ascii.EqualFold(s, kindNames[i]) {
			return SessionKind(i), nil
		}
	}
	return 0, &ParseError{Func: "oic.ParseSessionKind", Input: s, Err: ErrUnknown}
}

// SessionKinds returns an iterator over the session kinds in the order of
// their constants.
func SessionKinds() iter.Seq[SessionKind] {
	return func(yield func(SessionKind) bool) {
		for i := 1; i < len(kindNames); i++ {
			if !yield(SessionKind(i)) {
				return
			}
		}
	}
}

// A Session is one meeting of the OIC: an Islamic Summit, a session of the
// Council of Foreign Ministers, or an extraordinary or thematic summit.
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

// End returns the last day of s, or the zero Date where the sources give
// none. A one-day session ends on its start.
func (s Session) End() Date { return s.row().end }

// Period returns the days of s as a [Period]: from Start up to, and not
// including, the day after End.
func (s Session) Period() Period {
	r := s.row()
	last := r.end
	if last.IsZero() {
		last = r.start
	}
	return Period{Start: r.start, End: last.End().AddDays(1)}
}

// City returns the city where s met, or the zero City where the meeting was
// held online or the sources name no city.
func (s Session) City() City { return City{s.row().city} }

// Host returns the state that hosted s.
func (s Session) Host() Country { return Country{s.row().host} }

// Chair returns who chaired s, in English, where the sources say.
func (s Session) Chair() string { return s.row().chair }

// Theme returns the title or theme of s in English, where it had one.
func (s Session) Theme() string { return s.row().theme }

// Outcomes returns what the sources record s decided, adopted or declared,
// each in a short English sentence. The slice is new on every call.
func (s Session) Outcomes() []string {
	o := s.row().outcomes
	if len(o) == 0 {
		return nil
	}
	return append([]string(nil), o...)
}

// Sources returns the sources of s's record. The slice is new on every call.
func (s Session) Sources() []Source { return sourceList(s.row().sources) }

// Title returns a title for s, such as "38th Council of Foreign
// Ministers" or, for sessions before 2011, "22nd Islamic Conference of
// Foreign Ministers", in the curated languages that the kind's name is
// known in.
func (s Session) Title() Text {
	r := s.row()
	t := r.kind.TitleOn(r.start)
	if r.number == 0 {
		return t
	}
	n := int(r.number)
	num := strconv.Itoa(n)
	out := Text{English: ordinalEN(n) + " " + t.English}
	if t.Arabic != "" {
		out.Arabic = t.Arabic + "، الدورة " + num
	}
	if t.French != "" {
		out.French = num + ordinalFRSuffix(n) + " " + t.French
	}
	if t.Kazakh != "" {
		out.Kazakh = t.Kazakh + ", " + num + "-сессия"
	}
	if t.Russian != "" {
		out.Russian = t.Russian + ", " + num + "-я сессия"
	}
	return out
}

func ordinalEN(n int) string {
	suf := "th"
	if n%100 < 11 || n%100 > 13 {
		switch n % 10 {
		case 1:
			suf = "st"
		case 2:
			suf = "nd"
		case 3:
			suf = "rd"
		}
	}
	return strconv.Itoa(n) + suf
}

func ordinalFRSuffix(n int) string {
	if n == 1 {
		return "er"
	}
	return "e"
}

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
	b = append(b, kindNames[r.kind]...)
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
// writes it: "cfm 38", "summit 13", "extraordinary-summit 2024-11-11".
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
	if n, err := strconv.Atoi(arg); err == nil {
		if s, ok := SessionOf(k, n); ok {
			return s, nil
		}
		return Session{}, &ParseError{Func: "oic.ParseSession", Input: text, Err: ErrUnknown}
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

// SessionsIn returns an iterator over the sessions that met, at least in
// part, during year, in the order of [Sessions].
func SessionsIn(year int) iter.Seq[Session] {
	y := Period{Start: Date{Year: year, Month: 1, Day: 1}, End: Date{Year: year + 1, Month: 1, Day: 1}}
	return func(yield func(Session) bool) {
		for s := range Sessions(0) {
			if s.Period().Overlaps(y) && !yield(s) {
				return
			}
		}
	}
}

// SessionsOn returns an iterator over the sessions that were meeting on d.
func SessionsOn(d Date) iter.Seq[Session] {
	return func(yield func(Session) bool) {
		for s := range Sessions(0) {
			if s.Period().Contains(d) && !yield(s) {
				return
			}
		}
	}
}

// SessionsWithOutcome returns an iterator over the sessions, in the order
// of [Sessions], with an outcome that contains text, ignoring ASCII case:
// SessionsWithOutcome("renamed") yields the 38th Council of Foreign
// Ministers.
func SessionsWithOutcome(text string) iter.Seq[Session] {
	return func(yield func(Session) bool) {
		if text == "" {
			return
		}
		for s := range Sessions(0) {
			for _, o := range s.row().outcomes {
				if containsFold(o, text) {
					if !yield(s) {
						return
					}
					break
				}
			}
		}
	}
}

// containsFold reports whether s contains substr, ignoring ASCII case.
func containsFold(s, substr string) bool {
	for i := 0; i+len(substr) <= len(s); i++ {
		if ascii.EqualFold(s[i:i+len(substr)], substr) {
			return true
		}
	}
	return false
}

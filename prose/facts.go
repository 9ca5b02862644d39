package prose

import "github.com/kzoic/kzoic/oic"

// OwnMark follows, in [Printer.Marked], a form that is the module's own
// rendering (a translation or a transliteration) rather than one a source
// gives.
const OwnMark = "°"

// Text returns the form of x in the Printer's language, or the English
// form where x has none in it; see [oic.Text.In].
func (p *Printer) Text(x oic.Text) string { return x.In(p.Tag()) }

// Marked is like [Printer.Text] but follows a form that is the module's
// own rendering with [OwnMark], so that a reader can tell it from an
// official form.
func (p *Printer) Marked(x oic.Text) string {
	s := p.Text(x)
	if s != "" && x.IsOwn(p.Tag()) {
		return s + OwnMark
	}
	return s
}

// Role returns the chair of a session in the role in which he chaired it,
// as in "King Hassan II", "الرئيس عبدو ضيوف", "le Premier ministre
// Mahathir Mohamad". A zero Role gives the name alone.
func (p *Printer) Role(who oic.Person, r oic.Role) string {
	name := p.Text(who.Names())
	if _, ok := lookup("role." + r.String()); !ok {
		return name
	}
	return p.Sprintf("role."+r.String(), name)
}

// Outcome returns what a session did, for a reader: a typed outcome in the
// words of the catalog with the names of the records it relates ("Adopted
// the Cairo Declaration on Human Rights in Islam", "Elected Hissein Brahim
// Taha Secretary-General", "تعليق عضوية سوريا"), followed by what the
// sources add; a statement in its own words. A form that is the module's
// translation is marked as [Printer.Marked] marks it.
func (p *Printer) Outcome(o oic.Outcome) string {
	var s string
	switch o.Kind {
	case oic.OutcomeStatement:
		return p.Marked(o.Text)
	case oic.OutcomeAdopted:
		s = p.Sprintf("outcome.adopted", p.Marked(o.Document.Names()))
	case oic.OutcomeElected:
		s = p.Sprintf("outcome.elected", p.Marked(o.Person.Names()), p.Marked(o.Office.Names()))
	case oic.OutcomeAdmitted, oic.OutcomeSuspended, oic.OutcomeReadmitted, oic.OutcomeObserver:
		s = p.Sprintf("outcome."+o.Kind.String(), p.Marked(o.Country.Names()))
	case oic.OutcomeEstablished:
		s = p.Sprintf("outcome.established", p.Marked(o.Body.Names()))
	case oic.OutcomeRenamed:
		if o.Body.IsValid() {
			s = p.Sprintf("outcome.renamed.body", p.Marked(o.Body.Names()))
		} else {
			h := oic.NameHistory()
			s = p.Sprintf("outcome.renamed.organisation", p.Marked(h[len(h)-1].Name))
		}
	default:
		return p.Marked(o.Text)
	}
	if d := p.Marked(o.Text); d != "" {
		s = p.Sprintf("outcome.with-detail", s, d)
	}
	return s
}

// Change returns a change of a state's standing for a reader: what changed
// ("Joined as a member", "Membership suspended", "Membership restored" when
// prev was a suspension), the session that decided it, and what the
// sources add.
func (p *Printer) Change(ch oic.StatusChange, prev oic.Status) string {
	var key string
	switch ch.Status {
	case oic.StatusMember:
		key = "change.joined"
		if prev == oic.StatusSuspended {
			key = "change.restored"
		}
	case oic.StatusSuspended, oic.StatusObserver, oic.StatusWithdrawn, oic.StatusMerged:
		key = "change." + ch.Status.String()
	default:
		return p.Status(ch.Status)
	}
	s := p.word(key)
	if ch.Session.IsValid() {
		s = p.Sprintf("change.with-session", s, p.SessionTitle(ch.Session))
	}
	if d := p.Marked(ch.Decision); d != "" {
		s = p.Sprintf("outcome.with-detail", s, d)
	}
	return s
}

// Package cite resolves the references that the generated tables of
// packages initiatives and kzoic hold: sources by id and sessions by kind
// and number.
package cite

import "github.com/kzoic/kzoic/oic"

// Sources returns the sources with the given ids, in order, as a new
// slice. The generator has checked that every id exists.
func Sources(ids []string) []oic.Source {
	out := make([]oic.Source, 0, len(ids))
	for _, id := range ids {
		if s, ok := oic.LookupSource(id); ok {
			out = append(out, s)
		}
	}
	return out
}

// A Session refers to a session by kind and number.
type Session struct {
	Kind   oic.SessionKind
	Number uint16
}

// Session returns the session r refers to, or the zero Session.
func (r Session) Session() oic.Session {
	s, _ := oic.SessionOf(r.Kind, int(r.Number))
	return s
}

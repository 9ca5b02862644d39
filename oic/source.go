package oic

import "sort"

// A Source is a publication that supports a fact: a page of the OIC's site,
// a ministry's statement, a reference work, a news report.
type Source struct {
	ID        string `json:"id"` // a stable identifier, as in the module's data files
	Title     string `json:"title"`
	Publisher string `json:"publisher,omitempty"`
	URL       string `json:"url,omitempty"` // empty when the source is not on the web
	Date      Date   `json:"date,omitzero"` // the date the source speaks for, as precise as it gives
}

// String returns the title, the publisher and the date of s, as in
// "Member States (OIC, 2024)".
func (s Source) String() string {
	t := s.Title
	switch {
	case s.Publisher != "" && !s.Date.IsZero():
		t += " (" + s.Publisher + ", " + s.Date.String() + ")"
	case s.Publisher != "":
		t += " (" + s.Publisher + ")"
	case !s.Date.IsZero():
		t += " (" + s.Date.String() + ")"
	}
	return t
}

// An Alternative is a value that some source gives for a fact where the
// library's answer, taken from the source it trusts more (the OIC's own
// publications first), differs.
type Alternative struct {
	Field  string `json:"field"`         // the fact in dispute, such as "joined"
	Date   Date   `json:"date"`          // the value the other source gives
	Note   Text   `json:"note,omitzero"` // why the sources may differ, where known
	Source Source `json:"source"`        // the source of the alternative value
}

// LookupSource returns the source with the given identifier (see
// [Source.ID]), and whether there is one. The identifiers are stable from
// one version of the data to the next.
func LookupSource(id string) (Source, bool) {
	i := sort.Search(len(sourceIDs), func(i int) bool { return sourceIDs[i].id >= id })
	if i < len(sourceIDs) && sourceIDs[i].id == id {
		return sourceTable[sourceIDs[i].idx], true
	}
	return Source{}, false
}

package oic

// A Source is a publication that supports a fact: a page of the OIC's site,
// a ministry's statement, a reference work, a news report.
type Source struct {
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
	Field  string `json:"field"`          // the fact in dispute, such as "joined"
	Date   Date   `json:"date"`           // the value the other source gives
	Note   string `json:"note,omitempty"` // why the sources may differ, where known
	Source Source `json:"source"`         // the source of the alternative value
}

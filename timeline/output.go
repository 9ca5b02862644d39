package timeline

import (
	"encoding/json"
	"fmt"
	"io"
	"iter"

	"golang.org/x/text/language"
)

// WriteText writes events to w as plain text for a terminal, one event a
// line: the date (with the last day, for an event of several days), the
// topic and the title in the language closest to t. A nil or empty
// sequence writes nothing.
func WriteText(w io.Writer, events iter.Seq[Event], t language.Tag) error {
	if events == nil {
		return nil
	}
	for e := range events {
		date := e.Date.String()
		if last := e.Last(); last != e.Date {
			date += "/" + last.String()
		}
		if _, err := fmt.Fprintf(w, "%-21s  %-12s  %s\n", date, e.Topic, e.Title.In(t)); err != nil {
			return err
		}
	}
	return nil
}

// WriteJSON writes events to w as a JSON array of their one JSON form (see
// [Event]), indented for reading. A nil or empty sequence writes "[]".
func WriteJSON(w io.Writer, events iter.Seq[Event]) error {
	out := []Event{}
	if events != nil {
		for e := range events {
			out = append(out, e)
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

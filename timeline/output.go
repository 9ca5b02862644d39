package timeline

import (
	"encoding/json"
	"fmt"
	"io"
	"iter"

	"github.com/kzoic/kzoic/oic"
	"golang.org/x/text/language"
)

// WriteText writes events to w as plain text for a terminal, one event a
// line: the date, the topic and the title in the language closest to t.
func WriteText(w io.Writer, events iter.Seq[Event], t language.Tag) error {
	for e := range events {
		date := e.Date.String()
		if !e.End.IsZero() && e.End != e.Date {
			date += "/" + e.End.String()
		}
		if _, err := fmt.Fprintf(w, "%-21s  %-12s  %s\n", date, e.Topic, e.Title.In(t)); err != nil {
			return err
		}
	}
	return nil
}

// eventJSON is the JSON form of an event written by [WriteJSON].
type eventJSON struct {
	Date      oic.Date      `json:"date"`
	End       oic.Date      `json:"end,omitzero"`
	Topic     Topic         `json:"topic"`
	Title     string        `json:"title"`
	Titles    oic.Text      `json:"titles"`
	Countries []oic.Country `json:"countries,omitempty"`
	Ref       Ref           `json:"ref"`
	Sources   []oic.Source  `json:"sources"`
}

// WriteJSON writes events to w as a JSON array. Each event carries its
// date, topic, title in the language closest to t and in all curated
// languages, the states involved, its reference and its sources.
func WriteJSON(w io.Writer, events iter.Seq[Event], t language.Tag) error {
	out := []eventJSON{}
	for e := range events {
		out = append(out, eventJSON{Date: e.Date, End: e.End, Topic: e.Topic, Title: e.Title.In(t), Titles: e.Title,
			Countries: e.Countries(), Ref: e.Ref, Sources: e.Sources()})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

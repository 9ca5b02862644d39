package main

import (
	"io"

	"github.com/kzoic/kzoic/oic"
	"github.com/kzoic/kzoic/timeline"
)

func timelineCmd(w io.Writer, opt options) error {
	from, to := opt.from, opt.to
	if from.IsZero() {
		from = oic.Date{Year: 1}
	}
	if to.IsZero() {
		to = oic.Vintage()
	}
	events := func(yield func(timeline.Event) bool) {
		for e := range timeline.Between(from, to) {
			if opt.topic != 0 && e.Topic != opt.topic {
				continue
			}
			if opt.country.IsValid() && !e.Involves(opt.country) {
				continue
			}
			if !yield(e) {
				return
			}
		}
	}
	if opt.json {
		return timeline.WriteJSON(w, events)
	}
	return timeline.WriteText(w, events, opt.lang)
}

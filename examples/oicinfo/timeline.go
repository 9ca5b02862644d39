package main

import (
	"io"

	"github.com/kzoic/kzoic"
	"github.com/kzoic/kzoic/examples/internal/view"
	"github.com/kzoic/kzoic/oic"
	"github.com/kzoic/kzoic/prose"
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
	pg := newPage(w, opt)
	pg.title(pg.label("timeline"))
	// The span as the reader gave it, from the first date to the last,
	// both included, as package prose writes a period whose end is known
	// to the year or month it falls in.
	span := oic.Period{Start: opt.from, End: opt.to}
	if opt.to.Precision() == oic.PrecisionDay {
		span.End = opt.to.Next()
	}
	if span != (oic.Period{}) {
		pg.field(1, "period", pg.period(span))
	}
	if opt.topic != 0 {
		pg.field(1, "topic", pg.label("topic."+opt.topic.String()))
	}
	if opt.country.IsValid() {
		pg.field(1, "country", pg.country(opt.country, opt.on))
	}
	var rows [][]string
	for e := range events {
		rows = append(rows, []string{pg.eventSpan(e), pg.label("topic." + e.Topic.String()), pg.eventTitle(e)})
		pg.cite(e.Sources())
	}
	pg.table(1, []string{"date", "topic", "event"}, rows)
	pg.line(0, pg.p.Count(prose.NounEvents, len(rows)))
	return pg.finish()
}

// eventSpan returns the date of e, or its days for an event of several
// days known to the day.
func (pg *page) eventSpan(e timeline.Event) string { return view.Span(pg.p, e.Date, e.End) }

// eventTitle returns the title of e in the reader's language, with the
// names and sentences that are the module's own renderings marked: it is
// made from the record e refers to, as package timeline makes it, or is
// the timeline's own title where the record adds nothing to mark.
func (pg *page) eventTitle(e timeline.Event) string {
	r := e.Ref
	switch r.Kind {
	case timeline.RefStatusChange:
		h := r.Country.History()
		prev := oic.StatusNone
		if r.Index > 0 {
			prev = h[r.Index-1].Status
		}
		return pg.t("event.change", pg.country(r.Country, e.Date), pg.p.Change(oic.StatusChange{Status: h[r.Index].Status}, prev))
	case timeline.RefDocumentAdopted:
		return pg.t("event.document-adopted", pg.text(r.Document.Names()))
	case timeline.RefDocumentInForce:
		return pg.t("event.document-in-force", pg.text(r.Document.Names()))
	case timeline.RefBody:
		return pg.t("event.body", pg.body(r.Body, e.Date))
	case timeline.RefTerm:
		t := r.Office.Terms()[r.Index]
		return pg.t("event.term", pg.person(t.Holder), pg.text(r.Office.Names()))
	case timeline.RefMilestone:
		m := r.Initiative.Milestones()[r.Index]
		return pg.t("event.milestone", pg.text(r.Initiative.Names()), pg.text(m.Text))
	case timeline.RefKazakhstan:
		return pg.text(kzoic.Events()[r.Index].Text)
	case timeline.RefRepresentative:
		return pg.t("event.representative", pg.person(kzoic.Representatives()[r.Index].Person))
	case timeline.RefSession:
		if c := r.Session.City(); c.IsValid() {
			return pg.t("event.session", pg.p.SessionTitle(r.Session), pg.city(c, e.Date))
		}
	}
	return e.TitleIn(pg.tag)
}

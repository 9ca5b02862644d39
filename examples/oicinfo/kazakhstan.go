package main

import (
	"fmt"
	"io"

	"github.com/kzoic/kzoic"
	"github.com/kzoic/kzoic/examples/internal/view"
	"github.com/kzoic/kzoic/initiatives"
	"github.com/kzoic/kzoic/oic"
	"github.com/kzoic/kzoic/prose"
)

func kazakhstan(w io.Writer, opt options) error {
	v := view.KazakhstanOn(opt.on)
	if opt.json {
		return printJSON(w, v)
	}
	rep, repOK := kzoic.RepresentativeOn(opt.on)
	hosted := v.Hosted
	kz := kzoic.Kazakhstan()
	fmt.Fprintf(w, "%s in the %s, as of %v\n", kz.NameOn(opt.on, opt.lang), oic.NameOn(opt.on, opt.lang), opt.on)
	a := kzoic.Admission()
	fmt.Fprintf(w, "  status: %v (admitted %v, %s)\n", kzoic.StatusOn(opt.on), a.Date, prose.NewPrinter(opt.lang).SessionTitle(a.Session))
	m := kzoic.PermanentMission()
	fmt.Fprintf(w, "  permanent mission: %s, since %v\n", m.Seat.NameOn(opt.on, opt.lang), m.Opened)
	if repOK {
		fmt.Fprintf(w, "  permanent representative: %s (%s), %v\n", rep.Person.Name(opt.lang), rep.Post.In(opt.lang), rep.Period)
	} else {
		fmt.Fprintln(w, "  permanent representative: not known for this date")
	}
	for _, s := range hosted {
		fmt.Fprintf(w, "  hosted: %s, %s, %v\n", prose.NewPrinter(opt.lang).SessionTitle(s), s.City().NameOn(s.Start(), opt.lang), s.Start())
	}
	for _, c := range kzoic.Chairmanships() {
		fmt.Fprintf(w, "  chair: %v to %v: %s\n", c.Date, c.Last(), c.Text.In(opt.lang))
	}
	for _, t := range kzoic.Posts() {
		fmt.Fprintf(w, "  post: %s: %s, %v\n", t.Office.Name(opt.lang), t.Holder, t.Period)
	}
	return nil
}

func initiativeList(w io.Writer, opt options) error {
	var out []view.Initiative
	for in := range initiatives.All() {
		out = append(out, view.InitiativeOf(in, opt.on, opt.lang, false))
	}
	if opt.json {
		return printJSON(w, out)
	}
	rows := [][]string{{"KEY", "NAME", "ANNOUNCED", "AT", "STATUS ON " + opt.on.String()}}
	for _, j := range out {
		rows = append(rows, []string{j.Key, j.Name, j.Announced.String(), j.AnnouncedAt.String(), j.Status.String()})
	}
	return table(w, rows)
}

func initiative(w io.Writer, opt options, key string) error {
	in, err := initiatives.Parse(key)
	if err != nil {
		return usageError("%v", err)
	}
	if opt.json {
		return printJSON(w, view.InitiativeOf(in, opt.on, opt.lang, true))
	}
	fmt.Fprintf(w, "%s (%s)\n", in.Name(opt.lang), in.Key())
	fmt.Fprintf(w, "  proposed by: %s\n", in.ProposedBy())
	fmt.Fprintf(w, "  announced: %v, %s\n", in.Announced(), prose.NewPrinter(opt.lang).SessionTitle(in.AnnouncedAt()))
	fmt.Fprintf(w, "  goal: %s\n", in.Goal())
	fmt.Fprintf(w, "  status on %v: %v\n", opt.on, in.StatusOn(opt.on))
	for _, k := range []initiatives.MilestoneKind{initiatives.KindSignatories, initiatives.KindRatifications} {
		if m, ok := in.CountOn(k, opt.on); ok {
			fmt.Fprintf(w, "  %v: %d as of %v\n", k, m.Count, m.Date)
		}
	}
	for _, b := range in.Bodies() {
		fmt.Fprintf(w, "  body: %s\n", b.Name(opt.lang))
	}
	for _, d := range in.Documents() {
		fmt.Fprintf(w, "  document: %s\n", d.Name(opt.lang))
	}
	for _, m := range in.Milestones() {
		note := ""
		if m.Unverified {
			note = " (unverified)"
		}
		fmt.Fprintf(w, "  %v: %s%s\n", m.Date, m.Text, note)
	}
	return nil
}

// Package chart draws the explorer's charts as inline SVG: step lines,
// spans and bars over a time axis in years, with every mark that stands for
// a datum titled for the reader (a <title> a browser shows on hover) and
// spans the sources do not settle hatched (in the colours of the class
// "unsettled", whatever their own class).
//
// A [Plot] holds marks in data coordinates, x in years (2011.5 is about the
// first of July 2011) and y in counts or, with Rows, in rows of a timeline
// of spans. [Plot.SVG] writes it with a <title> and a <desc> that label the
// image for assistive technology; the page that shows it gives the data as
// a table too. The colours of the marks come from the page's stylesheet,
// through the classes of the marks.
package chart

import (
	"fmt"
	"html"
	"html/template"
	"math"
	"strconv"
	"strings"
	"time"
)

// Year returns the position of a day on the time axis: the year plus the
// fraction of it that had passed by the start of the day.
func Year(y int, m time.Month, d int) float64 {
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	start := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
	next := time.Date(y+1, 1, 1, 0, 0, 0, 0, time.UTC)
	return float64(y) + t.Sub(start).Hours()/next.Sub(start).Hours()
}

// A Plot is a chart: marks in data coordinates over a time axis.
type Plot struct {
	ID    string // prefix of the ids of the chart's elements, unique in its page
	Title string // what the chart shows, in a few words
	Desc  string // how to read it: what the marks, shades and hatches mean
	Label string // the quantity on the y axis, where it is numeric

	X0, X1 float64  // the time axis, in years
	Y1     float64  // the top of a numeric y axis; its bottom is 0
	Rows   []string // the rows of a timeline of spans, top first, instead of a numeric y axis
	RTL    bool     // the reader's language is written right to left: row labels go on the right

	Lines  []Line
	Rects  []Rect
	Points []Point

	// Now, where not zero, is the date the page answers for, marked by a
	// vertical rule titled NowTitle.
	Now      float64
	NowTitle string
}

// A Line is a step line through points in data coordinates: it keeps each
// y until the next x.
type Line struct {
	Class string
	XY    [][2]float64
}

// A Rect is a span or a bar: x from X0 to X1, y from Y0 to Y1 (in rows, a
// row's band is from its index to the next). Hatched rects are spans the
// sources do not settle. A Datum is a mark that stands for one item of the
// chart's data, counted by tests and by the table that gives the data.
type Rect struct {
	Class          string
	X0, X1, Y0, Y1 float64
	Hatched        bool
	Datum          bool
	Title          string
}

// A Point is a datum marked by a dot, such as a change of a count.
type Point struct {
	Class string
	X, Y  float64
	Title string
}

// The size of a chart in SVG user units, and its margins.
const (
	width     = 760
	rowHeight = 34
	numHeight = 300
	marginL   = 46
	marginR   = 16
	marginT   = 14
	marginB   = 30
)

// Data returns the number of marks that stand for data: the points and
// the rects marked Datum.
func (p *Plot) Data() int {
	n := len(p.Points)
	for _, r := range p.Rects {
		if r.Datum {
			n++
		}
	}
	return n
}

func (p *Plot) height() float64 {
	if len(p.Rows) > 0 {
		return marginT + float64(len(p.Rows))*rowHeight + marginB
	}
	return numHeight
}

func (p *Plot) left() float64 {
	if len(p.Rows) > 0 {
		return 12
	}
	return marginL
}

// x returns the SVG abscissa of year x.
func (p *Plot) x(x float64) float64 {
	x = math.Max(p.X0, math.Min(p.X1, x))
	return p.left() + (x-p.X0)/(p.X1-p.X0)*(width-p.left()-marginR)
}

// y returns the SVG ordinate of y, a count or a row position.
func (p *Plot) y(y float64) float64 {
	h := p.height() - marginT - marginB
	if len(p.Rows) > 0 {
		return marginT + y*rowHeight
	}
	y = math.Max(0, math.Min(p.Y1, y))
	return marginT + h - y/p.Y1*h
}

func num(f float64) string { return strconv.FormatFloat(math.Round(f*10)/10, 'f', -1, 64) }

// SVG returns the chart as an inline <svg> element, labelled by its title
// and description.
func (p *Plot) SVG() template.HTML {
	var b strings.Builder
	h := p.height()
	esc := html.EscapeString
	fmt.Fprintf(&b, `<svg class="chart" viewBox="0 0 %d %s" role="img" aria-labelledby="%s-title %s-desc" data-points="%d" direction="ltr">`,
		width, num(h), p.ID, p.ID, p.Data())
	fmt.Fprintf(&b, `<title id="%s-title">%s</title><desc id="%s-desc">%s</desc>`, p.ID, esc(p.Title), p.ID, esc(p.Desc))
	fmt.Fprintf(&b, `<defs><pattern id="%s-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">`+
		`<rect width="6" height="6" class="hatch-bg"/><line x1="0" y1="0" x2="0" y2="6" class="hatch-line"/></pattern></defs>`, p.ID)
	p.axes(&b)
	for _, r := range p.Rects {
		x0, x1 := p.x(r.X0), p.x(r.X1)
		y0, y1 := p.y(r.Y1), p.y(r.Y0)
		if len(p.Rows) > 0 {
			y0, y1 = p.y(r.Y0)+14, p.y(r.Y0)+rowHeight-4
		}
		if x1-x0 < 1.5 {
			x1 = x0 + 1.5
		}
		if y1-y0 < 1 {
			y0 = y1 - 1
		}
		// A hatched rect takes the hatch's colours, not its class's: a
		// stylesheet's fill would hide the pattern.
		class := r.Class
		if r.Hatched {
			class = "unsettled"
		}
		if r.Datum {
			class += " pt"
		}
		fmt.Fprintf(&b, `<rect class="%s" x="%s" y="%s" width="%s" height="%s"`, strings.TrimSpace(class), num(x0), num(y0), num(x1-x0), num(y1-y0))
		if r.Hatched {
			fmt.Fprintf(&b, ` fill="url(#%s-hatch)"`, p.ID)
		}
		if r.Title != "" {
			fmt.Fprintf(&b, `><title>%s</title></rect>`, esc(r.Title))
		} else {
			b.WriteString(`/>`)
		}
	}
	for _, l := range p.Lines {
		if len(l.XY) == 0 {
			continue
		}
		var d strings.Builder
		for i, xy := range l.XY {
			switch i {
			case 0:
				fmt.Fprintf(&d, "M%s %s", num(p.x(xy[0])), num(p.y(xy[1])))
			default:
				fmt.Fprintf(&d, "H%s V%s", num(p.x(xy[0])), num(p.y(xy[1])))
			}
		}
		fmt.Fprintf(&d, "H%s", num(p.x(p.X1)))
		fmt.Fprintf(&b, `<path class="line %s" d="%s"/>`, l.Class, d.String())
	}
	if p.Now != 0 {
		x := num(p.x(p.Now))
		fmt.Fprintf(&b, `<line class="now" x1="%s" y1="%d" x2="%s" y2="%s"><title>%s</title></line>`, x, marginT, x, num(h-marginB), esc(p.NowTitle))
	}
	for _, pt := range p.Points {
		fmt.Fprintf(&b, `<circle class="pt %s" cx="%s" cy="%s" r="3.5"><title>%s</title></circle>`, pt.Class, num(p.x(pt.X)), num(p.y(pt.Y)), esc(pt.Title))
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

// axes writes the frame, the year ticks and either the count ticks or the
// row labels.
func (p *Plot) axes(b *strings.Builder) {
	h := p.height()
	bottom := h - marginB
	fmt.Fprintf(b, `<g class="axis" aria-hidden="true">`)
	fmt.Fprintf(b, `<line x1="%s" y1="%s" x2="%s" y2="%s"/>`, num(p.left()), num(bottom), num(width-marginR), num(bottom))
	step := 10
	if p.X1-p.X0 <= 20 {
		step = 2
	}
	for y := int(math.Ceil(p.X0/float64(step))) * step; float64(y) <= p.X1; y += step {
		x := p.x(float64(y))
		fmt.Fprintf(b, `<line class="grid" x1="%s" y1="%d" x2="%s" y2="%s"/>`, num(x), marginT, num(x), num(bottom))
		fmt.Fprintf(b, `<text x="%s" y="%s" text-anchor="middle">%d</text>`, num(x), num(bottom+18), y)
	}
	if len(p.Rows) > 0 {
		for i, r := range p.Rows {
			x, anchor := p.left(), "start"
			if p.RTL {
				x, anchor = width-marginR, "end"
			}
			fmt.Fprintf(b, `<text class="row" x="%s" y="%s" text-anchor="%s">%s</text>`, num(x), num(p.y(float64(i))+11), anchor, html.EscapeString(r))
			if i > 0 {
				fmt.Fprintf(b, `<line class="grid" x1="%s" y1="%s" x2="%d" y2="%s"/>`, num(p.left()), num(p.y(float64(i))), width-marginR, num(p.y(float64(i))))
			}
		}
	} else {
		fmt.Fprintf(b, `<line x1="%s" y1="%d" x2="%s" y2="%s"/>`, num(p.left()), marginT, num(p.left()), num(bottom))
		ystep := niceStep(p.Y1)
		for v := 0.0; v <= p.Y1+1e-9; v += ystep {
			y := p.y(v)
			fmt.Fprintf(b, `<line class="grid" x1="%s" y1="%s" x2="%d" y2="%s"/>`, num(p.left()), num(y), width-marginR, num(y))
			fmt.Fprintf(b, `<text x="%s" y="%s" text-anchor="end">%s</text>`, num(p.left()-6), num(y+4), num(v))
		}
	}
	b.WriteString(`</g>`)
}

// niceStep returns a step of 1, 2 or 5 times a power of ten that cuts
// 0..max into at most about six parts.
func niceStep(max float64) float64 {
	if max <= 0 {
		return 1
	}
	raw := max / 6
	p := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, m := range []float64{1, 2, 5, 10} {
		if m*p >= raw {
			return math.Max(1, m*p)
		}
	}
	return math.Max(1, 10*p)
}

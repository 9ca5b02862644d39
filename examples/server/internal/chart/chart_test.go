package chart

import (
	"math"
	"strings"
	"testing"
	"time"
)

func TestYear(t *testing.T) {
	for _, tt := range []struct {
		y    int
		m    time.Month
		d    int
		want float64
	}{
		{2011, 1, 1, 2011},
		{2011, 7, 2, 2011 + 182.0/365},
		{2012, 12, 31, 2012 + 365.0/366},
	} {
		if got := Year(tt.y, tt.m, tt.d); math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("Year(%d, %d, %d) = %v; want %v", tt.y, tt.m, tt.d, got, tt.want)
		}
	}
}

// TestSVG checks that a chart is labelled for assistive technology, marks
// each datum once with its title, escapes text and hatches the spans the
// sources do not settle.
func TestSVG(t *testing.T) {
	p := &Plot{ID: "c", Title: "Members <over> time", Desc: "Lines & dots", X0: 1969, X1: 2027, Y1: 60,
		Lines:  []Line{{Class: "members", XY: [][2]float64{{1970, 25}, {1995.9, 52}}}},
		Rects:  []Rect{{Class: "members", X0: 1969.7, X1: 1970, Y0: 0, Y1: 25, Hatched: true}, {Class: "k-cfm", X0: 2011.1, X1: 2011.9, Y0: 0, Y1: 2, Datum: true, Title: "2011: 2"}},
		Points: []Point{{Class: "members", X: 1995.9, Y: 52, Title: "December 1995: Kazakhstan joined"}},
	}
	svg := string(p.SVG())
	for _, want := range []string{
		`role="img" aria-labelledby="c-title c-desc"`,
		`<title id="c-title">Members &lt;over&gt; time</title><desc id="c-desc">Lines &amp; dots</desc>`,
		`data-points="2"`,
		`fill="url(#c-hatch)"`,
		`<pattern id="c-hatch"`,
		`<title>December 1995: Kazakhstan joined</title></circle>`,
		`<title>2011: 2</title></rect>`,
	} {
		if !strings.Contains(svg, want) {
			t.Errorf("no %q in\n%s", want, svg)
		}
	}
	if n := strings.Count(svg, `class="pt `) + strings.Count(svg, ` pt"`); n != p.Data() {
		t.Errorf("%d marks of data; want %d", n, p.Data())
	}
	if !strings.HasPrefix(svg, "<svg ") || !strings.HasSuffix(svg, "</svg>") {
		t.Errorf("not one svg element")
	}
}

// TestRows checks that a timeline of spans labels its rows, on the right
// for a language written right to left.
func TestRows(t *testing.T) {
	p := &Plot{ID: "o", Title: "Offices", Desc: "Terms", X0: 1969, X1: 2027, Rows: []string{"Secretary-General", "IOFS"}, RTL: true,
		Rects: []Rect{{Class: "term", X0: 2021.9, X1: 2026.9, Y0: 0, Datum: true, Title: "Hissein Brahim Taha"}}}
	svg := string(p.SVG())
	if !strings.Contains(svg, `text-anchor="end">Secretary-General</text>`) || !strings.Contains(svg, ">IOFS</text>") {
		t.Errorf("rows not labelled on the right:\n%s", svg)
	}
}

func TestNiceStep(t *testing.T) {
	for max, want := range map[float64]float64{60: 10, 6: 1, 1: 1, 45: 10, 120: 20, 0: 1} {
		if got := niceStep(max); got != want {
			t.Errorf("niceStep(%v) = %v; want %v", max, got, want)
		}
	}
}

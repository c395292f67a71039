package main

import (
	"bytes"
	_ "embed"
	"html/template"
	"math"
	"strconv"
	"strings"

	"github.com/ogdtw/governance/datasets"
)

//go:embed report.html.tmpl
var pageTemplate string

var page = template.Must(template.New("page").Funcs(template.FuncMap{
	"right": func(t *Table, col int) bool { return col < len(t.Align) && t.Align[col] == Right },
	"class": lineClass,
	// wide tells a case of more columns than the deck's four, printed a
	// head and its cell a row.
	"wide": func(c *Case) bool { return len(c.Heads) > 4 },
	"svg":  func(c *Chart) svgChart { return layout(c) },
}).Parse(pageTemplate))

// lineClasses are the page's CSS classes of the kinds of line.
var lineClasses = [...]string{Note: "note", Pass: "pass", Finding: "finding", Problem: "problem", Unchecked: "unchecked", Quote: "quote", Reading: "reading", Computed: "computed"}

// lineClass returns the CSS class of a line of kind k.
func lineClass(k LineKind) string {
	if int(k) < len(lineClasses) {
		return lineClasses[k]
	}
	return "note"
}

// HTML renders the report as one self-contained page: inline CSS and SVG,
// no scripts and no external files. Every text and number goes through
// html/template, so it is escaped.
func (r *Report) HTML() ([]byte, error) {
	var b bytes.Buffer
	if err := page.Execute(&b, r); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// Chart geometry, in SVG user units.
const (
	chartW, chartH = 720.0, 260.0
	padL, padR     = 56.0, 16.0
	padT, padB     = 24.0, 64.0
)

var palette = [...]string{"#2b6cb0", "#dd6b20", "#38a169", "#805ad5", "#d53f8c"}

// svgChart is a chart laid out for the template: every coordinate is a
// number, every label a string.
type svgChart struct {
	Title         string
	Width, Height float64
	Bars          []svgBar
	Lines         []svgLine
	Dots          []svgDot
	XLabels       []svgText
	YTicks        []svgTick
	Legend        []svgLegend
	Gaps          []svgText // where a figure is not given (「-」), marked apart from 0
	Values        []svgText // the figures of a chart of changes, over their bars
	Unit          string    // what the y axis counts: 筆, 件
	Base, Left    float64   // the x axis's y, the y axis's x
	Right         float64
}

type svgBar struct {
	X, Y, W, H float64
	Color      string
	Tip        string
}

type svgLine struct {
	Points string
	Color  string
}

type svgDot struct {
	X, Y  float64
	Color string
	Tip   string
}

type svgText struct {
	X, Y float64
	Text string
}

type svgTick struct {
	Y     float64
	Label string
}

type svgLegend struct {
	X     float64
	Color string
	Name  string
}

// layout places the chart's series on a grid with a y axis from 0 to a
// round maximum. Values below 0 (no figure) are not drawn.
func layout(c *Chart) svgChart {
	out := svgChart{Title: c.Title, Width: chartW, Height: chartH, Left: padL, Right: chartW - padR, Base: chartH - padB, Unit: c.Axis}
	top, bottom := 0, 0
	for _, s := range c.Series {
		for _, v := range s.Values {
			top = max(top, v)
			if c.Signed {
				bottom = min(bottom, v)
			}
		}
	}
	step := niceStep(max(top-bottom, 1))
	yMax := float64(step * int(math.Ceil(float64(max(top, 1))/float64(step))))
	yMin := -float64(step * int(math.Ceil(float64(-bottom)/float64(step))))
	plotH := chartH - padT - padB
	bottomY := chartH - padB
	y := func(v int) float64 { return round1(bottomY - (float64(v)-yMin)/(yMax-yMin)*plotH) }
	out.Base = y(0)
	for v := int(yMin); float64(v) <= yMax; v += step {
		out.YTicks = append(out.YTicks, svgTick{Y: y(v), Label: datasets.FormatCount(v)})
	}
	n := len(c.Labels)
	if n == 0 {
		return out
	}
	slot := (chartW - padL - padR) / float64(n)
	// xAt is where label i stands: the middle of its slot, or, for a
	// line over dates, in proportion to its X between the first and last.
	xAt := func(i int) float64 { return round1(padL + slot*(float64(i)+0.5)) }
	if c.Kind == LineChart && len(c.X) == n && n > 1 && c.X[n-1] > c.X[0] {
		span := float64(c.X[n-1] - c.X[0])
		xAt = func(i int) float64 {
			return round1(padL + slot/2 + (chartW-padL-padR-slot)*float64(c.X[i]-c.X[0])/span)
		}
	}
	for i, l := range c.Labels {
		out.XLabels = append(out.XLabels, svgText{X: xAt(i), Y: bottomY + 14, Text: l})
	}
	for k, s := range c.Series {
		color := palette[k%len(palette)]
		out.Legend = append(out.Legend, svgLegend{X: padL + float64(k)*120, Color: color, Name: s.Name})
		switch c.Kind {
		case BarChart:
			w := slot * 0.8 / float64(len(c.Series))
			for i, v := range s.Values {
				x := padL + slot*float64(i) + slot*0.1 + w*float64(k)
				if v < 0 && !c.Signed {
					out.Gaps = append(out.Gaps, svgText{X: round1(x + w/2), Y: round1(out.Base - 3), Text: "-"})
					continue
				}
				// A 0 is drawn as a thin bar on the axis, so that it is
				// seen apart from a figure not given.
				top, h := y(max(v, 0)), max(round1(math.Abs(y(v)-out.Base)), 1.5)
				if v == 0 {
					top = round1(out.Base - 1.5)
				}
				if c.Signed {
					ly := top - 3
					if v < 0 {
						ly = top + h + 11
					}
					out.Values = append(out.Values, svgText{X: round1(x + w/2), Y: round1(ly), Text: signed(v)})
				}
				out.Bars = append(out.Bars, svgBar{X: round1(x), Y: top, W: round1(w), H: h, Color: color, Tip: c.Labels[i] + " " + s.Name + ": " + datasets.FormatCount(v) + c.Unit})
			}
		case LineChart:
			var pts []string
			for i, v := range s.Values {
				if v < 0 && !c.Signed {
					continue
				}
				x := xAt(i)
				pts = append(pts, strconv.FormatFloat(x, 'f', -1, 64)+","+strconv.FormatFloat(y(v), 'f', -1, 64))
				out.Dots = append(out.Dots, svgDot{X: x, Y: y(v), Color: color, Tip: c.Labels[i] + ": " + datasets.FormatCount(v) + c.Unit})
			}
			out.Lines = append(out.Lines, svgLine{Points: strings.Join(pts, " "), Color: color})
		}
	}
	return out
}

// niceStep returns a tick step of 1, 2 or 5 times a power of ten that
// gives about five ticks up to top.
func niceStep(top int) int {
	if top <= 5 {
		return 1
	}
	raw := float64(top) / 5
	pow := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, m := range []float64{1, 2, 5, 10} {
		if m*pow >= raw {
			return int(m * pow)
		}
	}
	return int(10 * pow)
}

func round1(f float64) float64 { return math.Round(f*10) / 10 }

package main

import (
	"fmt"
	"strings"

	"github.com/ogdtw/governance/datasets"
	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/rocdate"
)

// A Report is what the secretariat brings to the meeting: the deck's
// sections in order, each with its tables and what was checked.
type Report struct {
	Title string
	Unit  string // 報告單位, the unit that reports: 資訊處; "" when not given
	// UnitEnglish is the unit's English name, Department of Information
	// Management, when meeting.csv gives it; "" otherwise.
	UnitEnglish string
	Day         rocdate.Date // the meeting's day: the deck's figures and citations are checked for it
	AsOf        rocdate.Date // the day the report is asked: later developments are told up to it
	Lang        string       // the language it is written in, BCP 47: zh-Hant-TW or en
	// Outline is the deck's 大綱, one line a heading: 一、上次會議決議事項辦理情形 …
	Outline []string
	// Opening and Closing are the deck's words before its outline (主席致詞)
	// and after its last heading (感謝各位委員蒞臨指教), as the data holds
	// them.
	Opening, Closing []string
	Sections         []*Section

	l      lang
	fr     frame
	series datasets.Series // 本部資料開放情形統計, once read: the action plan's figures are checked against it
}

// A Section is one heading of the deck, as 二、報告事項 (一).
type Section struct {
	Title  string
	Blocks []Block

	l lang
}

// A Block is a table, a chart, a case or a list of lines under a
// section.
type Block struct {
	Caption string
	Table   *Table
	Chart   *Chart
	Case    *Case
	Lines   []Line
}

// A Case is one row of the deck's text as the deck prints it, under its
// columns' heads: an item carried from the last meeting (會議紀錄, 主席裁示,
// 辦理情形, 列管建議), a record of the 盤點表. Each cell is the deck's text
// as the data holds it, line breaks included. The text report prints it
// as a head and its cell a line; the page, as a table.
type Case struct {
	Heads []string // the columns' heads in the report's language
	Cells []string // the deck's text of each column, verbatim; as many as Heads
}

// A Table is a grid of cells to print aligned.
type Table struct {
	Header []string
	Rows   [][]string
	Align  []Align // per column; missing columns align Left
}

// LineKind says whether a line is a passed check, a finding or a note.
type LineKind uint8

const (
	// Note is information: a verdict, an item, a count.
	Note LineKind = iota
	// Pass is a check that holds.
	Pass
	// Finding is something that does not add up, or a rule broken.
	Finding
	// Problem is an input row that could not be read.
	Problem
	// Unchecked is a check the data cannot make: what it needs is not
	// given (無法查核). It is neither passed nor failed.
	Unchecked
	// Quote is the deck's own text, printed as the data holds it.
	Quote
	// Reading is the report's reading of the deck's text (what a ruling
	// assigns, cautions, approves), labelled as such: it is not the
	// deck's.
	Reading
	// Computed is a figure the report computed and the deck did not
	// print (a growth rate, a total), labelled as such.
	Computed
)

var linePrefix = [...]string{Note: "  ", Pass: "✓ ", Finding: "✗ ", Problem: "! ", Unchecked: "? ", Quote: "  ", Reading: "    ", Computed: "  "}

// lineLabels are the keys of the labels a line of a kind ends with, so
// that a reading or a computed figure is never taken for the deck's.
var lineLabels = [...]string{Reading: "label.reading", Computed: "label.computed"}

// lineKind is the kind of line a library finding of severity s makes: an
// error or a warning is a Finding, a notice a Note.
func lineKind(s finding.Severity) LineKind {
	if s == finding.Error || s == finding.Warning {
		return Finding
	}
	return Note
}

// A Line is one sentence of a block.
type Line struct {
	Kind LineKind
	Text string
	// Checks are the checks the line stands for: one for a ✓, ✗ or ?
	// line of one check, more for a line that sums up a group ("符合8項"
	// counts 8), none for a note or a row that cannot be read. The
	// summary adds them up: it counts checks, never lines.
	Checks finding.Tally
	// Sample reports whether the line rests on sample data, not on the
	// deck's: its checks are counted apart from the deck's.
	Sample bool
}

// checksOf returns the checks a line of kind k stands for when it is one
// check: a passed, a failed or an unchecked one.
func checksOf(k LineKind) finding.Tally {
	if !k.IsCheck() {
		return finding.Tally{}
	}
	switch k {
	case Pass:
		return finding.Tally{Passed: 1}
	case Finding:
		return finding.Tally{Failed: 1}
	case Unchecked:
		return finding.Tally{Unchecked: 1}
	}
	return finding.Tally{}
}

// IsCheck reports whether a line of kind k states a check's verdict
// (Pass, Finding, Unchecked); the other kinds count no check.
func (k LineKind) IsCheck() bool { return k == Pass || k == Finding || k == Unchecked }

// A Chart is a small picture for the HTML page: a line over dates, or
// bars in groups.
type Chart struct {
	Kind   ChartKind
	Title  string
	Labels []string // the x axis: dates, publishers, quarters
	X      []int    // for a line chart, where each label stands (in days); nil spaces them evenly
	Series []Series // one or more series over Labels
	Unit   string   // what a value counts, as 筆 or 件
	Axis   string   // the y axis's label, its unit: （筆）
	// Signed charts changes: a value below 0 is a fall, drawn below the
	// axis. In other charts a value below 0 is no figure (the deck's
	// 「-」), marked apart from a 0.
	Signed bool
}

// ChartKind is a kind of chart.
type ChartKind uint8

const (
	// LineChart draws each series as a line over the labels.
	LineChart ChartKind = iota
	// BarChart draws each label as a group of bars, one per series.
	BarChart
)

// Series is a named row of values.
type Series struct {
	Name   string
	Values []int
}

// section starts a new section of the report.
func (r *Report) section(key string) *Section {
	s := &Section{Title: r.l.tr(key), l: r.l}
	r.Sections = append(r.Sections, s)
	return s
}

// part starts the section of the outline's heading numbered n (一,
// 二(一)) and prints the deck's passages under it. In Chinese its title
// is the deck's, from the outline, under its heading's (二、報告事項
// (一)「本部及所屬機關資料盤點表」及「民間需求回應說明」); in English, and
// for a heading the outline lacks, the report's own.
func (r *Report) part(n string) *Section {
	s := &Section{Title: r.partTitle(n), l: r.l}
	r.Sections = append(r.Sections, s)
	if texts := r.fr.texts[n]; len(texts) > 0 {
		add := s.lines("")
		for _, t := range texts {
			add.quote(t)
		}
	}
	return s
}

// partKeys are the report's own titles of the deck's headings, by
// number: the English ones, and the Chinese for an outline that lacks one.
var partKeys = map[string]string{
	"一": "part.一", "二": "part.二", "二(一)": "part.二(一)", "二(二)": "part.二(二)",
	"二(三)": "part.二(三)", "二(四)": "part.二(四)", "三": "part.三",
}

// partTitle is the title of the heading numbered n, as part prints it.
func (r *Report) partTitle(n string) string {
	title, ok := r.fr.title(n)
	if key, known := partKeys[n]; known && (r.l.en() || !ok) {
		return r.l.tr(key)
	}
	if !ok {
		return n
	}
	top, sub, isSub := strings.Cut(n, "(")
	if !isSub {
		return n + "、" + title
	}
	head := top + "、"
	if t, ok := r.fr.title(top); ok {
		head += t
	}
	return head + " (" + sub + title
}

func (s *Section) table(caption string, t *Table) {
	s.Blocks = append(s.Blocks, Block{Caption: caption, Table: t})
}
func (s *Section) chart(c *Chart) { s.Blocks = append(s.Blocks, Block{Chart: c}) }

// lines starts a block of lines under caption (already in the report's
// language) and returns what adds to it.
func (s *Section) lines(caption string) adder {
	s.Blocks = append(s.Blocks, Block{Caption: caption})
	i := len(s.Blocks) - 1
	return adder{l: s.l, add: func(l Line) { s.Blocks[i].Lines = append(s.Blocks[i].Lines, l) }}
}

// An adder adds lines to a block in the report's language.
type adder struct {
	l      lang
	add    func(Line)
	sample bool // the lines rest on sample data
}

// say adds the message of key with args, a line of one check when k is
// Pass, Finding or Unchecked.
func (a adder) say(k LineKind, key string, args ...any) {
	a.text(k, a.l.tr(key, args...))
}

// sayN adds the message of key with args, a line that stands for the
// checks t.
func (a adder) sayN(k LineKind, t finding.Tally, key string, args ...any) {
	a.textN(k, t, a.l.tr(key, args...))
}

// text adds a text the library wrote in the report's language, a line of
// one check when k is Pass, Finding or Unchecked; a Reading or a Computed
// line ends with its label.
func (a adder) text(k LineKind, s string) {
	if int(k) < len(lineLabels) && lineLabels[k] != "" {
		s += a.l.tr(lineLabels[k])
	}
	a.textN(k, checksOf(k), s)
}

// textN adds a text the library wrote, a line that stands for the
// checks t; a check made on sample data ends with its label, so that no
// verdict on sample data reads as one on the deck.
func (a adder) textN(k LineKind, t finding.Tally, s string) {
	if a.sample && t.Total() > 0 {
		s += a.l.tr("label.sample")
	}
	a.add(Line{Kind: k, Text: s, Checks: t, Sample: a.sample})
}

// quote adds the deck's text s as the data holds it.
func (a adder) quote(s string) { a.add(Line{Kind: Quote, Text: s, Sample: a.sample}) }

// onSample returns an adder whose lines rest on sample data.
func (a adder) onSample() adder { a.sample = true; return a }

// OutlineTitle is the caption of the outline: 大綱.
func (r *Report) OutlineTitle() string { return r.l.tr("report.outline") }

// Count returns how many lines of each kind the report holds.
func (r *Report) Count(k LineKind) int {
	n := 0
	for _, s := range r.Sections {
		for _, b := range s.Blocks {
			for _, l := range b.Lines {
				if l.Kind == k {
					n++
				}
			}
		}
	}
	return n
}

// Checks returns the checks the report made on the deck's data and, apart,
// on sample data: each line adds the checks it stands for.
func (r *Report) Checks() (deck, sample finding.Tally) {
	for _, s := range r.Sections {
		for _, b := range s.Blocks {
			for _, l := range b.Lines {
				if l.Sample {
					sample = sample.Plus(l.Checks)
				} else {
					deck = deck.Plus(l.Checks)
				}
			}
		}
	}
	return deck, sample
}

// Summary is the report's last line: how many checks of the deck were
// made, how many passed, failed and could not be made, how many rows
// could not be read, and the checks on sample data, counted apart.
func (r *Report) Summary() string {
	deck, sample := r.Checks()
	out := deck.Message(r.l.tag) + r.l.tr("report.unreadable", r.Count(Problem))
	if sample.Total() > 0 {
		out += r.l.tr("report.sample", sample.Message(r.l.tag))
	}
	return out
}

// Heading is the lines under the title: the unit that reports, the
// meeting's day and its weekday, and the day the report is asked when it
// is not the meeting's (報告單位：資訊處, 會議日期：111年5月19日（星期四）).
func (r *Report) Heading() []string {
	var out []string
	switch {
	case r.Unit != "" && r.UnitEnglish != "" && r.l.en():
		out = append(out, r.l.tr("report.unit.en", r.UnitEnglish, r.Unit))
	case r.Unit != "":
		out = append(out, r.l.tr("report.unit", r.Unit))
	}
	out = append(out, r.l.tr("report.date", r.l.date(r.Day), rocdate.WeekdayName(r.Day.Weekday(), r.l.tag)))
	if r.AsOf != r.Day {
		out = append(out, r.l.tr("report.as-of", r.l.date(r.AsOf)))
	}
	return out
}

// Text renders the report as plain text, tables aligned by display width.
func (r *Report) Text() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n", r.Title)
	for _, h := range r.Heading() {
		fmt.Fprintf(&b, "%s\n", h)
	}
	for _, o := range r.Opening {
		fmt.Fprintf(&b, "\n%s\n", o)
	}
	if len(r.Outline) > 0 {
		fmt.Fprintf(&b, "\n%s\n", r.OutlineTitle())
		for _, o := range r.Outline {
			fmt.Fprintf(&b, "  %s\n", o)
		}
	}
	for _, s := range r.Sections {
		fmt.Fprintf(&b, "\n%s\n%s\n", s.Title, strings.Repeat("=", columns(s.Title)))
		for _, blk := range s.Blocks {
			if blk.Chart != nil {
				continue
			}
			if blk.Caption != "" {
				fmt.Fprintf(&b, "\n%s\n", blk.Caption)
			}
			if c := blk.Case; c != nil {
				if blk.Caption == "" {
					b.WriteString("\n")
				}
				for i, head := range c.Heads {
					writeHanging(&b, "  "+r.l.tr("report.label", head), c.Cells[i])
				}
			}
			if t := blk.Table; t != nil {
				rows := append([][]string{t.Header}, t.Rows...)
				for _, line := range strings.SplitAfter(aligned(rows, t.Align), "\n") {
					if line != "" {
						b.WriteString("  " + line)
					}
				}
			}
			for _, l := range blk.Lines {
				writeHanging(&b, linePrefix[l.Kind], l.Text)
			}
		}
	}
	for _, c := range r.Closing {
		fmt.Fprintf(&b, "\n%s\n", c)
	}
	fmt.Fprintf(&b, "\n%s\n", r.Summary())
	return b.String()
}

// writeHanging writes text after lead, its later lines indented to stand
// under its first: a quotation keeps the deck's line breaks.
func writeHanging(b *strings.Builder, lead, text string) {
	indent := strings.Repeat(" ", columns(lead))
	for i, line := range strings.Split(text, "\n") {
		if i == 0 {
			b.WriteString(lead)
		} else {
			b.WriteString(indent)
		}
		b.WriteString(line + "\n")
	}
}

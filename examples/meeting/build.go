package main

import (
	"io/fs"
	"strings"

	"golang.org/x/text/language"

	"github.com/ogdtw/governance/rocdate"
)

// Build reads the deck's tables from fsys and checks them. The deck's
// figures and citations are checked for the meeting's day (meeting.csv;
// asOf when no meeting is given), and what happened after that day, up
// to asOf, the day the report is asked, is told apart: a law amended
// after the meeting is no fault of the deck. Build never fails: what
// cannot be read is reported in the section it belongs to, and the rest
// of the report still builds. The report is written in the language
// nearest to t of the two it knows: Traditional Chinese (finding.Chinese,
// the default) and English.
func Build(fsys fs.FS, asOf rocdate.Date, t language.Tag) *Report {
	l := newLang(t)
	r := &Report{Title: l.tr("report.title"), Day: asOf, AsOf: asOf, Lang: l.tag.String(), l: l}
	var problems []Line
	r.fr = readFrame(fsys, adder{l: l, add: func(x Line) { problems = append(problems, x) }})
	meeting := r.fr.meeting
	if !meeting.IsZero() {
		r.Title = l.tr("report.title.meeting", r.Title, meeting.Message(l.tag))
		r.Day = meeting.Date()
	}
	r.Unit, r.UnitEnglish = r.fr.unit, r.fr.unitEN
	r.Opening, r.Closing = r.fr.slides["開場"], r.fr.slides["閉幕"]
	for _, p := range r.fr.parts {
		if !strings.Contains(p.number, "(") {
			r.Outline = append(r.Outline, r.partTitle(p.number))
		}
	}
	if len(problems) > 0 {
		r.section("section.meeting").Blocks = []Block{{Lines: problems}}
	}
	buildItems(r, fsys, meeting)
	s := r.part("二(一)")
	buildInventory(r, s, fsys)
	buildRequests(r, s, fsys)
	buildOpenData(r, fsys)
	buildActionPlan(r, fsys)
	buildDelistings(r, fsys)
	buildMotions(r)
	return r
}

// buildMotions reports 三、臨時動議: the motions the outline lists under
// it. Material prepared before the meeting cannot know whether any will
// be moved: without them the heading stands alone, as in the deck.
func buildMotions(r *Report) {
	s := r.part("三")
	for _, m := range r.fr.children("三") {
		s.lines("").text(Note, m.title)
	}
}

// recordsTable turns a table's cells, header first, into a Table whose
// first column (the rows' labels) aligns left and its other columns of
// figures (every cell a count, a change or blank) align right.
func recordsTable(records [][]string) *Table {
	if len(records) == 0 {
		return &Table{}
	}
	align := make([]Align, len(records[0]))
	for i := 1; i < len(align); i++ {
		align[i] = Right
		for _, row := range records[1:] {
			if i < len(row) && row[i] != "" && !figure(row[i]) {
				align[i] = Left
				break
			}
		}
	}
	return &Table{Header: records[0], Rows: records[1:], Align: align}
}

// figure reports whether a cell is a figure: it starts with a digit, or a
// sign and a digit (2,963筆, +92, -, 0 (截至5月)).
func figure(cell string) bool {
	c := strings.TrimLeft(cell, "+-")
	return cell == "-" || (c != "" && c[0] >= '0' && c[0] <= '9')
}

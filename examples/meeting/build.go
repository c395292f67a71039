package main

import (
	"io/fs"
	"strings"

	"golang.org/x/text/language"

	"github.com/ogdtw/governance/rocdate"
)

// Build reads the deck's tables from fsys and checks them as of the
// report date. It never fails: what cannot be read is reported in the
// section it belongs to, and the rest of the report still builds. The
// report is written in the language nearest to t of the two it knows:
// Traditional Chinese (finding.Chinese, the default) and English.
func Build(fsys fs.FS, asOf rocdate.Date, t language.Tag) *Report {
	l := newLang(t)
	r := &Report{Title: l.tr("report.title"), AsOf: asOf, Lang: l.tag.String(), l: l}
	var problems []Line
	meeting := readMeeting(fsys, adder{l: l, add: func(x Line) { problems = append(problems, x) }})
	if !meeting.IsZero() {
		r.Title = l.tr("report.title.meeting", r.Title, meeting.Message(l.tag))
	}
	if len(problems) > 0 {
		r.section("section.meeting").Blocks = []Block{{Lines: problems}}
	}
	buildItems(r, fsys, asOf, meeting)
	buildInventory(r, fsys, asOf)
	buildRequests(r, fsys, asOf)
	buildOpenData(r, fsys, asOf)
	buildDelistings(r, fsys, asOf)
	return r
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

package main

import (
	"fmt"
	"io/fs"
	"strings"

	"github.com/ogdtw/governance/rocdate"
)

// Build reads the deck's tables from fsys and checks them as of the
// report date. It never fails: what cannot be read is reported in the
// section it belongs to, and the rest of the report still builds.
func Build(fsys fs.FS, asOf rocdate.Date) *Report {
	r := &Report{Title: "法務部政府資料開放諮詢小組", AsOf: asOf}
	var problems []Line
	meeting := readMeeting(fsys, func(k LineKind, format string, args ...any) {
		problems = append(problems, Line{k, fmt.Sprintf(format, args...)})
	})
	if !meeting.IsZero() {
		r.Title += " " + meeting.String()
	}
	if len(problems) > 0 {
		r.section("會議").Blocks = []Block{{Lines: problems}}
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

package main

import (
	"io/fs"
	"strconv"
	"strings"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/inventory"
	"github.com/ogdtw/governance/rocdate"
)

// buildInventory reports 本部及所屬機關資料盤點表: the printed 資料分級 table
// and its arithmetic, the laws it cites read against the statutes in
// force, and the records changed since the previous edition.
// The inventory is checked for the meeting's day; amendments after it are
// told up to the day the report is asked.
func buildInventory(r *Report, s *Section, fsys fs.FS) {
	buildSummary(s, fsys, r.Day, r.AsOf)
	buildRecords(s, fsys, r.Day, r.AsOf)
}

func buildSummary(s *Section, fsys fs.FS, asOf, asked rocdate.Date) {
	say := s.lines("")
	records, file := readTable(fsys, "inventory_summary.csv", say)
	if records == nil {
		return
	}
	printed, err := inventory.ImportSummary(records)
	importProblems(say, file, err)
	cites := printed.Citations
	day := asOf.Format(rocdate.Dotted)
	if s.l.en() {
		day = s.l.date(asOf)
	}
	s.table(s.l.tr("inventory.caption", day), summaryTable(s.l, records, printed))

	check := s.lines("")
	if m := printed.CheckTotal(); m != nil {
		for _, x := range m {
			check.say(Finding, "inventory.total-wrong", s.l.text(x))
		}
	} else {
		check.say(Pass, "inventory.total", printed.Total, printed.Open, printed.Limited, printed.Closed)
	}
	check.sayN(Pass, finding.Tally{Passed: len(cites)}, "inventory.citations-parse", len(cites), len(printed.Laws))
	checkCitations(s, cites, asOf, asked)
}

// summaryTable is the 資料分級 table as the deck prints it: its cells as
// the data holds them (the 備註 as written, one law a line), the heads
// and, in English, the classes translated.
func summaryTable(l lang, records [][]string, printed inventory.Summary) *Table {
	col := []int{column(records, "資料分級"), column(records, "數量"), column(records, "備註")}
	t := &Table{Header: []string{l.tr("inventory.col.grade"), l.tr("inventory.col.count"), l.tr("inventory.col.remark")}, Align: []Align{Left, Right, Left}}
	if col[2] < 0 {
		t.Header, t.Align = t.Header[:2], t.Align[:2]
	}
	for _, rec := range records[1:] {
		if blankRow(rec) {
			continue
		}
		cells := make([]string, len(t.Header))
		for i := range cells {
			cells[i] = cellAt(rec, col[i])
		}
		if l.en() {
			if c, err := inventory.ParseClass(cells[0]); err == nil {
				cells[0] = l.text(c)
			} else if cells[0] == "合計" {
				cells[0] = l.tr("publishers.total-row")
			}
		}
		t.Rows = append(t.Rows, lineRows(cells...)...)
	}
	return t
}

// lineRows returns a row of cells as the rows of a printed table: a cell
// of several lines (the 備註 of 丙類, one law a line) continues on the
// rows below, the other cells blank there.
func lineRows(cells ...string) [][]string {
	split := make([][]string, len(cells))
	n := 1
	for i, c := range cells {
		split[i] = strings.Split(c, "\n")
		n = max(n, len(split[i]))
	}
	rows := make([][]string, n)
	for k := range rows {
		rows[k] = make([]string, len(cells))
		for i := range cells {
			if k < len(split[i]) {
				rows[k][i] = split[i][k]
			}
		}
	}
	return rows
}

func buildRecords(s *Section, fsys fs.FS, asOf, asked rocdate.Date) {
	say := s.lines("")
	read := func(records [][]string, file string) []inventory.Record {
		if records == nil {
			return nil
		}
		recs, err := inventory.ImportRecords(records)
		importProblems(say, file, err)
		return recs
	}
	curRows, curFile := readTable(fsys, "inventory_records.csv", say)
	cur := inventory.Inventory{Date: asOf, Records: read(curRows, curFile)}
	// The deck prints only the new edition: without the previous one, no
	// 修正說明 can be checked against the change it describes.
	prevRows, prevFile := readOptional(fsys, "inventory_records_previous.csv", say)
	prev := inventory.Inventory{Records: read(prevRows, prevFile)}
	l := s.l
	// Each record as the deck prints it: its cells as the data holds
	// them, the class translated in English.
	heads := []string{l.tr("inventory.col.serial"), l.tr("inventory.col.name"), l.tr("inventory.col.description"), l.tr("inventory.col.items"), l.tr("inventory.col.class"), l.tr("inventory.col.unit"), l.tr("inventory.col.note")}
	col := []int{column(curRows, "系統、資料庫描述"), column(curRows, "蒐集資料項目")}
	caption := l.tr("inventory.records")
	for _, rec := range cur.Records {
		class := rec.Class.String()
		if l.en() {
			class = l.text(rec.Class)
		}
		var raw []string
		if rec.Row >= 1 && rec.Row <= len(curRows) {
			raw = curRows[rec.Row-1]
		}
		s.lines(caption)
		s.Blocks[len(s.Blocks)-1].Case = &Case{Heads: heads, Cells: []string{strconv.Itoa(rec.Serial), rec.Name, cellAt(raw, col[0]), cellAt(raw, col[1]), class, rec.Unit, rec.Note}}
		caption = ""
	}

	check := s.lines("")
	if prevRows == nil {
		for _, rec := range cur.Records {
			if rec.Note != "" {
				check.say(Unchecked, "inventory.no-previous", rec.Serial, rec.Name)
			}
		}
	}
	for _, n := range notesChecked(prevRows != nil, prev, cur) {
		switch {
		case n.Verdict() == finding.Unchecked:
			check.text(Unchecked, l.text(n))
		case n.Passed():
			check.text(Pass, l.text(n))
		default:
			check.text(lineKind(n.Severity), l.text(n))
		}
	}
	// The deck prints no 法令依據 column: the grounds of its records are
	// unknown, and the rules that read them cannot be checked.
	k := inventory.Checker{Day: asOf}
	res := k.Check(cur)
	for _, p := range res.Problems {
		check.text(lineKind(p.Severity), l.text(p))
	}
	if res.Passed > 0 {
		check.sayN(Pass, finding.Tally{Passed: res.Passed}, "inventory.rules", res.Tally().Total(), res.Passed)
	}
	for _, u := range res.Unchecked {
		check.text(Unchecked, l.text(u))
	}
	for _, p := range k.Later(cur) {
		if !p.Statute.Date.After(asked) {
			check.say(Note, "inventory.later", l.text(p))
		}
	}
}

// notesChecked returns the checks of cur's 修正說明 against the changes
// since prev, none when the previous edition is not given (had is false):
// a note cannot be checked against an edition the data lacks.
func notesChecked(had bool, prev, cur inventory.Inventory) []inventory.NoteCheck {
	if !had {
		return nil
	}
	return inventory.CheckNotes(prev, cur)
}

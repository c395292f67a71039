package main

import (
	"io/fs"
	"strconv"
	"strings"

	"github.com/ogdtw/governance/inventory"
	"github.com/ogdtw/governance/rocdate"
)

// buildInventory reports 本部及所屬機關資料盤點表: the printed 資料分級 table
// and its arithmetic, the laws it cites read against the statutes in
// force, and the records changed since the previous edition.
func buildInventory(r *Report, fsys fs.FS, asOf rocdate.Date) {
	s := r.section("二、報告事項 (一) 「本部及所屬機關資料盤點表」")
	buildSummary(s, fsys, asOf)
	buildRecords(s, fsys, asOf)
}

// inventoryProblems reports an inventory importer's bad cells.
func inventoryProblems(say func(LineKind, string, ...any), file string, problems []*inventory.RowError) {
	for _, p := range problems {
		say(Problem, "%s", rowProblem(file, p.Row, p.Column, p.Err))
	}
}

func buildSummary(s *Section, fsys fs.FS, asOf rocdate.Date) {
	const file = "inventory_summary.csv"
	say := s.lines("")
	records := readCSV(fsys, file, say)
	if records == nil {
		return
	}
	printed, cites, problems, err := inventory.ImportSummary(records)
	if err != nil {
		say(Problem, "%s: %v", file, err)
		return
	}
	inventoryProblems(say, file, problems)
	t := &Table{Header: []string{"資料分級", "數量", "備註"}, Align: []Align{Left, Right}}
	for _, c := range []inventory.Class{inventory.Open, inventory.Limited, inventory.Closed} {
		t.Rows = append(t.Rows, []string{c.String() + " (" + c.Label() + ")", strconv.Itoa(printed.Count(c)), ""})
	}
	for i, c := range cites {
		row := []string{"", "", c.String()}
		if i == 0 {
			t.Rows[2][2] = c.String()
			continue
		}
		t.Rows = append(t.Rows, row)
	}
	t.Rows = append(t.Rows, []string{"合計", strconv.Itoa(printed.Total), ""})
	s.table("本部及所屬機關資料盤點表 ("+asOf.Format(rocdate.Dotted)+")", t)

	check := s.lines("")
	if m := printed.CheckTotal(); m != nil {
		for _, x := range m {
			check(Finding, "資料分級: %s", x)
		}
	} else {
		check(Pass, "合計 %d = 甲類 %d + 乙類 %d + 丙類 %d", printed.Total, printed.Open, printed.Limited, printed.Closed)
	}
	check(Pass, "%d citations of %d laws in the 丙類 備註 parse", len(cites), len(printed.Laws))
	checkCitations(s, cites, asOf)
}

func buildRecords(s *Section, fsys fs.FS, asOf rocdate.Date) {
	say := s.lines("")
	read := func(file string) []inventory.Record {
		records := readCSV(fsys, file, say)
		if records == nil {
			return nil
		}
		recs, problems, err := inventory.ImportRows(records)
		if err != nil {
			say(Problem, "%s: %v", file, err)
		}
		inventoryProblems(say, file, problems)
		return recs
	}
	cur := inventory.Inventory{Date: asOf, Records: read("inventory_records.csv")}
	prev := inventory.Inventory{Records: read("inventory_records_previous.csv")}
	t := &Table{Header: []string{"序號", "系統、資料庫名稱", "資料分類", "管理單位", "修正說明"}}
	for _, rec := range cur.Records {
		t.Rows = append(t.Rows, []string{strconv.Itoa(rec.Serial), rec.Name, rec.Class.String(), rec.Unit, rec.Note})
	}
	s.table("修正之盤點項目", t)

	check := s.lines("")
	for _, c := range inventory.Diff(prev, cur) {
		printedNote := ""
		if rec, ok := cur.Record(c.Serial); ok {
			printedNote = rec.Note
		}
		switch note := c.Note(); {
		case printedNote == "":
			check(Finding, "%s — the record has no 修正說明", c)
		case strings.Contains(printedNote, strings.TrimSuffix(note, "。")):
			check(Pass, "%s — as its 修正說明 says", c)
		default:
			check(Finding, "%s — its 修正說明 says otherwise: %s", c, printedNote)
		}
	}
	// The deck prints no 法令依據 column: a 丙類 record shows no grounds.
	for _, p := range cur.Validate() {
		kind := Finding
		if p.Severity != inventory.Error {
			kind = Note
		}
		check(kind, "%s", p.String())
	}
}

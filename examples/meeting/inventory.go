package main

import (
	"io/fs"
	"strconv"

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

func buildSummary(s *Section, fsys fs.FS, asOf rocdate.Date) {
	const file = "inventory_summary.csv"
	say := s.lines("")
	records := readCSV(fsys, file, say)
	if records == nil {
		return
	}
	printed, err := inventory.ImportSummary(records)
	importProblems(say, file, err)
	cites := printed.Citations
	s.table("本部及所屬機關資料盤點表 ("+asOf.Format(rocdate.Dotted)+")", recordsTable(printed.Records()))

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
		recs, err := inventory.ImportRecords(records)
		importProblems(say, file, err)
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
	for _, n := range inventory.CheckNotes(prev, cur) {
		if n.Passed() {
			check(Pass, "%s", n)
		} else {
			check(lineKind(n.Severity), "%s", n)
		}
	}
	// The deck prints no 法令依據 column: a 丙類 record shows no grounds.
	k := inventory.Checker{Day: asOf}
	for _, p := range k.Validate(cur) {
		check(lineKind(p.Severity), "%s", p.String())
	}
	for _, p := range k.Later(cur) {
		check(Note, "報告日後之法規異動: %s", p.String())
	}
}

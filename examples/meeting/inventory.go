package main

import (
	"io/fs"
	"strconv"

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
	const file = "inventory_summary.csv"
	say := s.lines("")
	records := readCSV(fsys, file, say)
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
	s.table(s.l.tr("inventory.caption", day), recordsTable(printed.Records()))

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
	const curFile, prevFile = "inventory_records.csv", "inventory_records_previous.csv"
	cur := inventory.Inventory{Date: asOf, Records: read(readCSV(fsys, curFile, say), curFile)}
	// The deck prints only the new edition: without the previous one, no
	// 修正說明 can be checked against the change it describes.
	prevRows := readOptional(fsys, prevFile, say)
	prev := inventory.Inventory{Records: read(prevRows, prevFile)}
	l := s.l
	t := &Table{Header: []string{l.tr("inventory.col.serial"), l.tr("inventory.col.name"), l.tr("inventory.col.class"), l.tr("inventory.col.unit"), l.tr("inventory.col.note")}}
	for _, rec := range cur.Records {
		t.Rows = append(t.Rows, []string{strconv.Itoa(rec.Serial), rec.Name, l.text(rec.Class), rec.Unit, rec.Note})
	}
	s.table(l.tr("inventory.records"), t)

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
		check.sayN(Pass, finding.Tally{Passed: res.Passed}, "inventory.rules", res.Total(), res.Passed)
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

package requests

import (
	"strings"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/internal/sheet"
)

// isTotalLabel reports whether s labels a totals row or column: 合計 or
// 總計, with any spacing (合　計) and in any width.
func isTotalLabel(s string) bool {
	if !strings.Contains(s, "計") {
		return false // without folding, which allocates
	}
	k := sheet.Fold(s)
	return k == "合計" || k == "總計"
}

// tableSpec finds a printed table's header: the corner cell that names
// the rows (年度, 年度 \ 類別) and the totals column (合計).
var tableSpec = sheet.Spec{
	Columns: []sheet.Column{
		{Name: "年度", Aliases: []string{"年別", "年份"}, Required: true, Prefix: true},
		{Name: TotalLabel, Aliases: []string{"總計"}},
	},
	NoHeader:  ErrNoHeader,
	Missing:   ErrMissing,
	Duplicate: ErrDuplicate,
}

const (
	tableCorner = iota // tableSpec's column of the row labels
	tableTotal         // tableSpec's column of the row totals
)

// ImportTable reads a printed table from spreadsheet rows, the layout
// [Table.Records] writes:
//
//	年度,第1季,第2季,第3季,第4季,合計
//	105年,3,8,2,10,23
//	111年,0,0 (截至5月),-,-,-
//	合計,13,28,7,23,71
//
// The header is the first row naming the rows' column: 年度 (also 年別,
// 年份, or a header starting so, 年度 \ 類別); title rows above it are
// skipped and a byte-order mark is dropped. The other header cells label
// the table's columns, kept as written (trimmed), in their order; a cell
// 合計 (or 總計) marks the row totals. Each later row is a table row,
// labelled by its ROC year (105年, 111年 (截至5月); see [ParseRowLabel]),
// or the totals row, labelled 合計 or 總計. Cells are read by [ParseCell].
// Blank rows are skipped.
//
// The error is nil exactly when every row was read; otherwise it is an
// [*ImportError] whose [RowError]s give the row (1-based in rows) and the
// column, and the table still holds every good row. The required cells
// are the row's label and its figures, one per column: a row with one of
// them empty or bad is left out (Severity finding.Error), since a figure
// read as zero would move every total. The row's total (合計 column) is
// optional: a bad one is a finding.Warning and the row is kept with the
// total not printed (the empty Cell), which [Table.Reconcile] counts as a
// check that could not be made; a cell under no header is a warning too,
// and is ignored. A year given twice,
// or a second totals row (合計 twice, or 合計 and 總計), is reported as
// [ErrDuplicate] and the first is kept. A header problem (no 年度, a
// column label missing or given twice, no column) is reported at the
// header's row, and then no row is read; the header lacking 年度 is
// [ErrNoHeader].
func ImportTable(rows [][]string) (Table, error) {
	var problems []*RowError
	dropped := false
	report := func(row int, col, in string, err error) {
		problems = append(problems, &RowError{Row: row, Column: col, Input: in, Err: err, Severity: finding.Error})
		dropped = true
	}
	warn := func(row int, col, in string, err error) {
		problems = append(problems, &RowError{Row: row, Column: col, Input: in, Err: err, Severity: finding.Warning})
	}
	h, hp := tableSpec.Locate(rows)
	for _, p := range hp {
		report(p.Row, p.Column, p.Input, p.Err)
	}
	if !h.Complete() {
		return Table{}, &ImportError{Problems: problems}
	}
	// The columns: every labelled header cell but the corner and 合計.
	head := rows[h.Row-1]
	last := len(head) - 1
	for last >= 0 && sheet.Trim(head[last]) == "" {
		last--
	}
	var t Table
	var index []int // per column of t: its cell's index in a row
	cornerAt, totalAt := -1, -1
	seen := make(map[string]bool)
	for k := 0; k <= last; k++ {
		l := sheet.Trim(head[k])
		f := sheet.Fold(l)
		switch {
		case cornerAt < 0 && isCorner(f):
			cornerAt, t.Corner = k, l
			continue
		case isTotalLabel(l):
			if totalAt < 0 {
				totalAt = k
			}
			continue // a second 合計 is reported by Locate
		case l == "":
			report(h.Row, "", "", ErrMissing)
		case seen[f]:
			report(h.Row, l, l, ErrDuplicate)
		}
		seen[f] = true
		t.Columns = append(t.Columns, l)
		index = append(index, k)
	}
	if len(t.Columns) == 0 {
		report(h.Row, "", "", perr("ImportTable", strings.Join(head, ","), ErrMissing, "requests.missing.columns"))
	}
	if problems != nil {
		return Table{}, &ImportError{Problems: problems}
	}
	hasTotal := totalAt >= 0
	known := make([]bool, last+1) // header cells that are read
	for _, k := range index {
		known[k] = true
	}
	known[cornerAt] = true
	if hasTotal {
		known[totalAt] = true
	}
	years := make(map[int]bool)
	totalsRow := 0
	for r := range h.Rows(rows) {
		rec := rows[r.Num-1]
		dropped = false
		label := r.Cell(tableCorner)
		isTotals := isTotalLabel(label)
		var year int
		var note string
		if isTotals {
			if totalsRow != 0 {
				report(r.Num, t.Corner, label, perr("ImportTable", label, ErrDuplicate, "requests.duplicate.totals", totalsRow))
			} else {
				totalsRow = r.Num
			}
		} else {
			var err error
			year, note, err = ParseRowLabel(label)
			switch {
			case label == "":
				report(r.Num, t.Corner, label, ErrMissing)
			case err != nil:
				report(r.Num, t.Corner, label, err)
			case years[year]:
				report(r.Num, t.Corner, label, perr("ImportTable", label, ErrDuplicate, "requests.duplicate.year"))
			}
			if err == nil {
				years[year] = true
			}
		}
		cells := make([]Cell, len(t.Columns))
		for j, k := range index {
			c, ok := tableCell(rec, k, r.Num, t.Columns[j], report)
			if ok {
				cells[j] = c
			}
		}
		var total Cell
		if hasTotal {
			total, _ = tableCell(rec, totalAt, r.Num, h.Name(tableTotal), warn)
		}
		for k := range rec {
			if (k >= len(known) || !known[k]) && sheet.Trim(rec[k]) != "" {
				warn(r.Num, "", rec[k], perr("ImportTable", rec[k], ErrSyntax, "requests.syntax.headless"))
			}
		}
		if dropped {
			continue
		}
		if isTotals {
			t.Totals, t.Grand, t.TotalsRow = cells, total, r.Num
			continue
		}
		t.Rows = append(t.Rows, Row{Year: year, Note: note, Cells: cells, Total: total, Row: r.Num})
	}
	if problems != nil {
		return t, &ImportError{Problems: problems}
	}
	return t, nil
}

// tableCell reads cell k of rec, reporting it when missing or bad.
func tableCell(rec []string, k, row int, column string, report func(int, string, string, error)) (Cell, bool) {
	if k >= len(rec) || sheet.Trim(rec[k]) == "" {
		report(row, column, "", ErrMissing)
		return Cell{}, false
	}
	c, err := ParseCell(rec[k])
	if err != nil {
		report(row, column, rec[k], err)
		return Cell{}, false
	}
	return c, true
}

// isCorner reports whether a folded header names the rows' column, as
// tableSpec does.
func isCorner(f string) bool {
	return strings.HasPrefix(f, "年度") || strings.HasPrefix(f, "年別") || strings.HasPrefix(f, "年份")
}

package requests

import "strings"

// isTotalLabel reports whether s labels a totals row or column: 合計 or
// 總計, with any spacing.
func isTotalLabel(s string) bool {
	k := normalizeLabel(s)
	return k == "合計" || k == "總計"
}

// ImportTable reads a printed table from CSV records, the layout
// [Table.Records] writes:
//
//	年度,第1季,第2季,第3季,第4季,合計
//	105年,3,8,2,10,23
//	111年,0,0 (截至5月),-,-,-
//	合計,13,28,7,23,71
//
// The header is the first record that is not blank: its first cell names
// the rows and must contain 年 (年度, 年度 \ 類別; a byte-order mark before
// it is dropped); the cells after it label
// the columns, kept as written (trimmed); a last cell 合計 (or 總計) makes
// the last column the row totals. Blank cells at the end of a record are
// ignored. Each later record is a row, labelled by its ROC year (105年,
// 111年 (截至5月); see [ParseRowLabel]), or the totals row, labelled 合計 or
// 總計. Cells are read by [ParseCell]. Blank records are skipped.
//
// A bad record is reported as one or more [Problem]s, each with its record
// number (the first record is 1) and column, in an [*ImportError]; the
// table still holds every good row. A year given twice keeps its first row.
// Without a usable header the table is the zero Table.
func ImportTable(records [][]string) (Table, error) {
	var problems []Problem
	report := func(row int, col, in string, err error) {
		problems = append(problems, Problem{Row: row, Column: col, Input: in, Err: err})
	}
	h := 0
	for h < len(records) && blankRecord(records[h]) {
		h++
	}
	if h == len(records) {
		report(1, "", "", &ParseError{What: "header", Input: "", Err: ErrMissing})
		return Table{}, &ImportError{Problems: problems}
	}
	head := trimRecord(records[h])
	var t Table
	t.Corner = strings.TrimSpace(strings.TrimPrefix(head[0], "\ufeff"))
	if !strings.Contains(t.Corner, "年") {
		report(h+1, head[0], head[0], &ParseError{What: "header", Input: head[0], Err: ErrSyntax})
	}
	labels := head[1:]
	hasTotal := len(labels) > 0 && isTotalLabel(labels[len(labels)-1])
	if hasTotal {
		labels = labels[:len(labels)-1]
	}
	seen := make(map[string]bool, len(labels))
	for _, l := range labels {
		l = strings.TrimSpace(l)
		switch {
		case l == "":
			report(h+1, "", l, &ParseError{What: "column label", Input: l, Err: ErrMissing})
		case isTotalLabel(l):
			report(h+1, l, l, &ParseError{What: "column label", Input: l, Err: ErrSyntax})
		case seen[l]:
			report(h+1, l, l, &ParseError{What: "column label", Input: l, Err: ErrDuplicate})
		}
		seen[l] = true
		t.Columns = append(t.Columns, l)
	}
	if len(t.Columns) == 0 {
		report(h+1, "", "", &ParseError{What: "header", Input: strings.Join(head, ","), Err: ErrMissing})
	}
	if problems != nil {
		return Table{}, &ImportError{Problems: problems}
	}
	colName := func(k int) string {
		switch {
		case k == 0:
			return t.Corner
		case k <= len(t.Columns):
			return t.Columns[k-1]
		case k == len(t.Columns)+1 && hasTotal:
			return TotalLabel
		}
		return ""
	}
	width := len(t.Columns) + 1
	if hasTotal {
		width++
	}
	years := make(map[int]bool)
	totalsRow := 0
	for i := h + 1; i < len(records); i++ {
		rec := trimRecord(records[i])
		if len(rec) == 0 {
			continue
		}
		num := i + 1
		before := len(problems)
		isTotals := isTotalLabel(rec[0])
		var year int
		var note string
		if isTotals {
			if totalsRow != 0 {
				report(num, t.Corner, rec[0], &ParseError{What: "row label", Input: rec[0], Err: ErrDuplicate})
			}
		} else {
			var err error
			year, note, err = ParseRowLabel(rec[0])
			switch {
			case err != nil:
				report(num, t.Corner, rec[0], err)
			case years[year]:
				report(num, t.Corner, rec[0], &ParseError{What: "row label", Input: rec[0], Err: ErrDuplicate})
			}
		}
		cells := make([]Cell, width-1)
		for k := 1; k < width; k++ {
			if k >= len(rec) {
				report(num, colName(k), "", &ParseError{What: "cell", Input: "", Err: ErrMissing})
				continue
			}
			c, err := ParseCell(rec[k])
			if err != nil {
				report(num, colName(k), rec[k], err)
				continue
			}
			cells[k-1] = c
		}
		for k := width; k < len(rec); k++ {
			if strings.TrimSpace(rec[k]) != "" {
				report(num, colName(k), rec[k], &ParseError{What: "cell", Input: rec[k], Err: ErrSyntax})
			}
		}
		if len(problems) > before {
			continue
		}
		var total Cell
		if hasTotal {
			total = cells[len(cells)-1]
			cells = cells[:len(cells)-1]
		}
		if isTotals {
			totalsRow = num
			t.Totals = cells
			t.Grand = total
			continue
		}
		years[year] = true
		t.Rows = append(t.Rows, Row{Year: year, Note: note, Cells: cells, Total: total})
	}
	if problems != nil {
		return t, &ImportError{Problems: problems}
	}
	return t, nil
}

// blankRecord reports whether every cell of rec is blank.
func blankRecord(rec []string) bool {
	for _, c := range rec {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// trimRecord drops the blank cells at the end of rec.
func trimRecord(rec []string) []string {
	n := len(rec)
	for n > 0 && strings.TrimSpace(rec[n-1]) == "" {
		n--
	}
	return rec[:n]
}

package requests

import (
	"strconv"
	"strings"

	"github.com/ogdtw/governance/internal/numeral"
	"github.com/ogdtw/governance/internal/textwidth"
)

// TotalLabel is the label a printed table gives its totals row and column.
const TotalLabel = "合計"

// Table is a tally as a deck printed it: one row per ROC year, one column
// per quarter or category, and the totals the deck printed, right or wrong.
// [Table.Reconcile] checks them. The zero Table has no rows and no columns.
//
// A Table owns its slices: code that builds one should not share them with
// another Table.
type Table struct {
	// Corner is the header's first cell: 年度, or 年度 \ 類別.
	Corner string `json:"corner,omitzero"`
	// Columns are the column labels, without the totals column:
	// 第1季 … 第4季, or the five categories.
	Columns []string `json:"columns,omitzero"`
	// Rows are the table's rows, in print order.
	Rows []Row `json:"rows,omitzero"`
	// Totals are the printed column totals (the 合計 row), one per column;
	// nil when the table printed no totals row.
	Totals []Cell `json:"totals,omitzero"`
	// Grand is the printed grand total; the empty Cell when none was printed.
	Grand Cell `json:"grand,omitzero"`
	// TotalsRow is the spreadsheet row (1-based) the 合計 row was read
	// from; 0 when the table was not imported or printed no totals row.
	TotalsRow int `json:"totalsRow,omitzero"`
}

// Row is one printed row of a [Table]: an ROC year, with an optional note
// (111年 (截至5月)), its cells, and the row total as printed.
type Row struct {
	// Year is the ROC year, 105 for 105年.
	Year int `json:"year,omitzero"`
	// Note is the row label's note without brackets, 截至5月, or "".
	Note string `json:"note,omitzero"`
	// Cells are the row's cells, one per column of the table.
	Cells []Cell `json:"cells,omitzero"`
	// Total is the printed row total (the 合計 column); the empty Cell when
	// the table printed none.
	Total Cell `json:"total,omitzero"`
	// Row is the spreadsheet row (1-based) the row was read from; 0 when
	// the table was not imported.
	Row int `json:"row,omitzero"`
}

// Label returns the row's label as printed: 105年, or 111年 (截至5月);
// a year before 民國1年 is 民國前N年.
func (r Row) Label() string {
	var buf [64]byte
	b := buf[:0]
	if r.Year < 0 {
		b = append(b, "民國前"...)
		b = strconv.AppendInt(b, -int64(r.Year), 10)
	} else {
		b = strconv.AppendInt(b, int64(r.Year), 10)
	}
	b = append(b, "年"...)
	if r.Note != "" {
		b = append(b, " ("...)
		b = append(b, r.Note...)
		b = append(b, ')')
	}
	return string(b)
}

// ParseRowLabel reads a row label: an ROC year in ASCII, full-width or
// Chinese numerals, with or without 民國 and 年 or 年度, and an optional
// note in brackets: 105年, 民國105年, 一百零五年度, 111年 (截至5月),
// 111年（截至5月）. 民國前N年 (or 民前N年) is year −N. The year must be 1
// to 999 or 民國前1年 to 民國前999年.
func ParseRowLabel(s string) (year int, note string, err error) {
	f := strings.TrimSpace(fold(s))
	head, note, err := splitNote(f)
	if err != nil {
		return 0, "", perr("ParseRowLabel", s, err, "requests.syntax.note")
	}
	sign := 1
	for _, p := range []string{"民國前", "民前"} {
		if h, ok := strings.CutPrefix(head, p); ok {
			head, sign = h, -1
			break
		}
	}
	head = strings.TrimSpace(strings.TrimPrefix(head, "民國"))
	if h, ok := strings.CutSuffix(head, "年度"); ok {
		head = h
	} else {
		head = strings.TrimSuffix(head, "年")
	}
	head = strings.TrimSpace(head)
	n, err := numeral.Parse(head)
	if err != nil {
		return 0, "", perr("ParseRowLabel", s, ErrSyntax, "requests.syntax.year")
	}
	if n < 1 || n > 999 {
		return 0, "", perr("ParseRowLabel", s, ErrRange, "requests.range.year")
	}
	return sign * n, note, nil
}

// hasRowTotals reports whether the table printed a totals column.
func (t Table) hasRowTotals() bool {
	if !t.Grand.IsZero() {
		return true
	}
	for _, r := range t.Rows {
		if !r.Total.IsZero() {
			return true
		}
	}
	return false
}

// hasTotalsRow reports whether the table printed a totals row.
func (t Table) hasTotalsRow() bool { return t.Totals != nil || !t.Grand.IsZero() }

// Records returns the table's cells as printed, as CSV records in the
// layout [ImportTable] reads: the header (corner, column labels, 合計), one
// record per row (label, cells, total), and the totals row (合計, column
// totals, grand total). The 合計 column and row appear only when the table
// printed them. Cells are kept as the deck printed them: "-", "0 (截至5月)".
// A report prints these records as they are.
func (t Table) Records() [][]string {
	rowTotals := t.hasRowTotals()
	width := len(t.Columns) + 1
	if rowTotals {
		width++
	}
	recs := make([][]string, 0, len(t.Rows)+2)
	head := make([]string, 0, width)
	head = append(head, t.Corner)
	head = append(head, t.Columns...)
	if rowTotals {
		head = append(head, TotalLabel)
	}
	recs = append(recs, head)
	for _, r := range t.Rows {
		rec := make([]string, 0, width)
		rec = append(rec, r.Label())
		for j := range t.Columns {
			rec = append(rec, cellAt(r.Cells, j).String())
		}
		if rowTotals {
			rec = append(rec, r.Total.String())
		}
		recs = append(recs, rec)
	}
	if t.hasTotalsRow() {
		rec := make([]string, 0, width)
		rec = append(rec, TotalLabel)
		for j := range t.Columns {
			rec = append(rec, cellAt(t.Totals, j).String())
		}
		if rowTotals {
			rec = append(rec, t.Grand.String())
		}
		recs = append(recs, rec)
	}
	return recs
}

// String returns the table as aligned text, CJK labels measured by their
// display width: labels to the left, figures to the right.
func (t Table) String() string {
	recs := t.Records()
	align := make([]textwidth.Align, len(recs[0]))
	for i := 1; i < len(align); i++ {
		align[i] = textwidth.Right
	}
	return textwidth.Table(recs, align)
}

// Clone returns a deep copy of t.
func (t Table) Clone() Table {
	c := t
	c.Columns = append([]string(nil), t.Columns...)
	if t.Totals != nil {
		c.Totals = append([]Cell{}, t.Totals...)
	}
	c.Rows = make([]Row, len(t.Rows))
	for i, r := range t.Rows {
		r.Cells = append([]Cell(nil), r.Cells...)
		c.Rows[i] = r
	}
	if t.Rows == nil {
		c.Rows = nil
	}
	return c
}

// cellAt returns cells[i], or the empty Cell past the end.
func cellAt(cells []Cell, i int) Cell {
	if i < len(cells) {
		return cells[i]
	}
	return Cell{}
}

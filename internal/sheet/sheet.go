// Package sheet is the machinery every importer shares: it finds the
// header row of a table by its Chinese names, whatever the column order
// and whatever title rows stand above it, and walks the data rows below
// it, skipping blank ones.
//
// Headers are compared folded ([Fold]): without a byte-order mark, blanks,
// line breaks, punctuation or symbols, and with full-width forms made
// narrow, so 系統、資料庫\n名稱, 系統/資料庫 名稱 and 系統，資料庫名稱 are one
// header. Cells are given trimmed of blanks (full-width ones included).
//
// Rows are numbered from 1, as a spreadsheet numbers them: row n is
// rows[n-1]. A problem with the header is reported at the header's row.
package sheet

import (
	"iter"
	"strings"
	"unicode"

	"golang.org/x/text/width"
)

// A Column is one column an importer reads.
type Column struct {
	Name     string   // the header as documents write it, reported when the column is absent
	Aliases  []string // other headers accepted for the column
	Required bool     // the rows cannot be read without it
	Prefix   bool     // the header may go on after the name: 資料分類 甲類:開放資料 …
}

// A Spec is the columns an importer reads and the sentinels it reports
// header problems with.
type Spec struct {
	Columns []Column
	// NoHeader is reported for a required column the header does not
	// name: a wrong or cut file, told apart from an empty cell. When nil,
	// Missing is reported instead.
	NoHeader  error
	Missing   error // a required value is absent
	Duplicate error // two header cells name one column
}

// noHeader returns the sentinel of a required column absent from the
// header.
func (s *Spec) noHeader() error {
	if s.NoHeader != nil {
		return s.NoHeader
	}
	return s.Missing
}

// A Problem is one thing wrong with one cell, before a package makes it
// its own RowError.
type Problem struct {
	Row    int    // 1-based row number
	Column string // the header as written (its first line), or the column's Name
	Input  string // the cell's text
	Err    error  // the Spec's sentinel
}

// A Header is where a table's columns are.
type Header struct {
	Row   int      // 1-based row of the header; 0 when no row names any required column
	index []int    // per column of the Spec: the cell's index, or -1
	names []string // per column: the header as written, or the column's Name
	ok    bool
}

// Fold returns s as headers are compared: without a byte-order mark,
// blanks, punctuation and symbols, with full-width forms made narrow.
func Fold(s string) string {
	s = width.Fold.String(s)
	return strings.Map(func(r rune) rune {
		if r == '\ufeff' || unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r) {
			return -1
		}
		return r
	}, s)
}

// Trim returns a cell's text without surrounding blanks (full-width ones
// and line breaks included) and without a byte-order mark.
func Trim(s string) string {
	return strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(s), "\ufeff"))
}

type folded struct {
	name   string
	col    int
	prefix bool
}

// match returns the column a folded header cell names, or -1: an exact
// name first, else the longest prefix name of a Prefix column.
func match(names []folded, f string) int {
	best, bestLen := -1, 0
	for _, n := range names {
		if f == n.name {
			return n.col
		}
		if n.prefix && strings.HasPrefix(f, n.name) && len(n.name) > bestLen {
			best, bestLen = n.col, len(n.name)
		}
	}
	return best
}

// Locate finds the header: the first row naming every required column.
// When no row does, the header is the row naming the most required
// columns, and a problem is reported at it for each one absent; when no
// row names any, they are reported at row 1. A column named twice in the
// header is reported at the header's row, and the first cell is read.
func (s *Spec) Locate(rows [][]string) (Header, []Problem) {
	names := s.folded()
	required := 0
	for _, c := range s.Columns {
		if c.Required {
			required++
		}
	}
	n := len(s.Columns)
	h := Header{index: make([]int, n), names: make([]string, n)}
	bestRow, bestFound := -1, 0
	for r, row := range rows {
		found := 0
		for c := range h.index {
			h.index[c] = -1
		}
		for k, cell := range row {
			f := Fold(cell)
			if f == "" {
				continue
			}
			if c := match(names, f); c >= 0 && h.index[c] < 0 {
				h.index[c] = k
				if s.Columns[c].Required {
					found++
				}
			}
		}
		if found == required && (required > 0 || anyFound(h.index)) {
			return s.header(names, rows, r)
		}
		if found > bestFound {
			bestRow, bestFound = r, found
		}
	}
	var problems []Problem
	at := 1
	if bestRow >= 0 {
		h, problems = s.header(names, rows, bestRow)
		at = bestRow + 1
	} else {
		h = Header{index: h.index, names: h.names}
		for c := range h.index {
			h.index[c] = -1
		}
	}
	for c, col := range s.Columns {
		if col.Required && h.index[c] < 0 {
			problems = append(problems, Problem{Row: at, Column: col.Name, Err: s.noHeader()})
		}
		if h.names[c] == "" {
			h.names[c] = col.Name
		}
	}
	h.ok = false
	return h, problems
}

func anyFound(index []int) bool {
	for _, k := range index {
		if k >= 0 {
			return true
		}
	}
	return false
}

// folded returns every name and alias of the columns, folded.
func (s *Spec) folded() []folded {
	var names []folded
	for i, c := range s.Columns {
		names = append(names, folded{Fold(c.Name), i, c.Prefix})
		for _, a := range c.Aliases {
			names = append(names, folded{Fold(a), i, c.Prefix})
		}
	}
	return names
}

// header reads row r as the header, reporting columns named twice.
func (s *Spec) header(names []folded, rows [][]string, r int) (Header, []Problem) {
	n := len(s.Columns)
	h := Header{Row: r + 1, index: make([]int, n), names: make([]string, n), ok: true}
	for c := range h.index {
		h.index[c] = -1
	}
	var problems []Problem
	for k, cell := range rows[r] {
		f := Fold(cell)
		if f == "" {
			continue
		}
		c := match(names, f)
		if c < 0 {
			continue
		}
		if h.index[c] >= 0 {
			problems = append(problems, Problem{Row: r + 1, Column: firstLine(cell), Input: Trim(cell), Err: s.Duplicate})
			continue
		}
		h.index[c] = k
		h.names[c] = firstLine(cell)
	}
	for c, col := range s.Columns {
		if h.index[c] < 0 {
			h.names[c] = col.Name
			if col.Required {
				h.ok = false
			}
		}
	}
	return h, problems
}

// firstLine returns a header's first line, trimmed: the name a problem
// reports for 資料分類\n甲類:開放資料\n….
func firstLine(cell string) string {
	cell = Trim(cell)
	// i > 0 would do as well: a trimmed cell does not start with a break.
	if i := strings.IndexAny(cell, "\r\n"); i >= 0 {
		cell = strings.TrimSpace(cell[:i])
	}
	return cell
}

// Complete reports whether every required column was found.
func (h Header) Complete() bool { return h.ok }

// Has reports whether column c (its index in the Spec) was found.
func (h Header) Has(c int) bool { return c < len(h.index) && h.index[c] >= 0 }

// Name returns column c's header as written, or its Name when absent.
func (h Header) Name(c int) string { return h.names[c] }

// A Row is one data row.
type Row struct {
	Num   int // 1-based row number
	cells []string
	index []int
}

// Cell returns the trimmed text of column c (its index in the Spec), or
// "" when the column is absent or the row is short.
func (r Row) Cell(c int) string {
	k := r.index[c]
	if k < 0 || k >= len(r.cells) {
		return ""
	}
	return Trim(r.cells[k])
}

// Raw returns the text of column c as given, untrimmed.
func (r Row) Raw(c int) string {
	k := r.index[c]
	if k < 0 || k >= len(r.cells) {
		return ""
	}
	return r.cells[k]
}

// Cells returns the row's cells as given, for a table whose columns are
// data (a quarter per column) rather than the Spec's.
func (r Row) Cells() []string { return r.cells }

// Rows returns the data rows below the header, skipping blank rows. A
// header that was not found has no rows.
func (h Header) Rows(rows [][]string) iter.Seq[Row] {
	return func(yield func(Row) bool) {
		if h.Row == 0 {
			return
		}
		for i := h.Row; i < len(rows); i++ {
			if Blank(rows[i]) {
				continue
			}
			if !yield(Row{Num: i + 1, cells: rows[i], index: h.index}) {
				return
			}
		}
	}
}

// Blank reports whether every cell of row is blank.
func Blank(row []string) bool {
	for _, c := range row {
		if Trim(c) != "" {
			return false
		}
	}
	return true
}

package spreadsheet

// A grid builds the rows of a workbook's sheet within the cell limit:
// empty cells and blank rows are counted, not stored, until a cell with
// text follows them, so that a repeat of a million empty columns or rows
// at the end of a sheet costs nothing, and a repeat of text is refused
// before it is allocated.
type grid struct {
	fn       string
	maxCells int
	cells    int // cells stored so far, blank rows counting one
	rows     [][]string
	blank    int      // blank rows not yet stored
	row      []string // the row being read
	empty    int      // empty cells not yet stored in row
	merges   []merge
	spaces   int64 // the bytes text:s may still write (ODS)
	maxBytes int64 // the limit of spaces
}

// A merge is a merged range: rows r0..r1 and columns c0..c1, inclusive.
type merge struct{ r0, c0, r1, c1 int }

// rowIndex is the 0-based index of the row being read.
func (g *grid) rowIndex() int { return len(g.rows) + g.blank }

// col is the 0-based column of the next cell.
func (g *grid) col() int { return len(g.row) + g.empty }

func (g *grid) tooLarge() error { return tooManyCells(g.fn, g.maxCells) }

// add adds a cell repeated n times.
func (g *grid) add(text string, n int) error {
	if n <= 0 {
		return nil
	}
	if text == "" {
		g.empty = min(g.empty+n, g.maxCells+1)
		return nil
	}
	if n > g.maxCells || g.cells+len(g.row)+g.empty+n > g.maxCells {
		return g.tooLarge()
	}
	for ; g.empty > 0; g.empty-- {
		g.row = append(g.row, "")
	}
	for ; n > 0; n-- {
		g.row = append(g.row, text)
	}
	return nil
}

// end ends the row, repeated n times.
func (g *grid) end(n int) error {
	g.empty = 0
	if n <= 0 {
		g.row = g.row[:0]
		return nil
	}
	if len(g.row) == 0 {
		g.blank = min(g.blank+n, g.maxCells+1)
		return nil
	}
	if n > g.maxCells/len(g.row) || g.cells+g.blank+n*len(g.row) > g.maxCells {
		return g.tooLarge()
	}
	for ; g.blank > 0; g.blank-- {
		g.rows = append(g.rows, []string{})
		g.cells++
	}
	for ; n > 0; n-- {
		g.rows = append(g.rows, append([]string(nil), g.row...))
		g.cells += len(g.row)
	}
	g.row = g.row[:0]
	return nil
}

// skipTo makes row r (0-based) the next row, as blank rows.
func (g *grid) skipTo(r int) {
	if r > g.rowIndex() {
		g.blank = min(g.blank+r-g.rowIndex(), g.maxCells+1)
	}
}

// finish copies each merged range's first cell into the cells it covers
// and returns the rows. The cells copied, all ranges together, count
// against the cell limit a second time: many ranges over the same cells
// are work too.
func (g *grid) finish() ([][]string, error) {
	work := 0
	for _, m := range g.merges {
		if m.r0 >= len(g.rows) || m.c0 >= len(g.rows[m.r0]) {
			continue
		}
		v := g.rows[m.r0][m.c0]
		if v == "" {
			continue
		}
		r1 := min(m.r1, len(g.rows)-1)
		n := (r1 - m.r0 + 1) * (m.c1 - m.c0 + 1)
		if work += n; n > g.maxCells-g.cells || work > g.maxCells {
			return nil, g.tooLarge()
		}
		for r := m.r0; r <= r1; r++ {
			row := g.rows[r]
			for len(row) <= m.c1 {
				row = append(row, "")
				g.cells++
			}
			for c := m.c0; c <= m.c1; c++ {
				row[c] = v
			}
			g.rows[r] = row
		}
	}
	if g.rows == nil {
		g.rows = [][]string{}
	}
	return g.rows, nil
}

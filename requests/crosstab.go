package requests

// grid is the arithmetic of a crosstab: rows × columns of counts, row-major,
// with row, column and grand totals. Tallies and reconciliation share it.
type grid struct {
	rows, cols int
	cells      []int
}

// reset makes g a rows × cols grid of zeros.
func (g *grid) reset(rows, cols int) {
	g.rows, g.cols = rows, cols
	g.cells = make([]int, rows*cols)
}

func (g *grid) set(i, j int, n int) { g.cells[i*g.cols+j] = n }

// rowTotal returns the sum of row i.
func (g *grid) rowTotal(i int) int {
	s := 0
	for _, n := range g.cells[i*g.cols : (i+1)*g.cols] {
		s += n
	}
	return s
}

// columnTotal returns the sum of column j.
func (g *grid) columnTotal(j int) int {
	s := 0
	for i := 0; i < g.rows; i++ {
		s += g.cells[i*g.cols+j]
	}
	return s
}

// total returns the sum of every cell.
func (g *grid) total() int {
	s := 0
	for _, n := range g.cells {
		s += n
	}
	return s
}

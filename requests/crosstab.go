package requests

import "math"

// grid is the arithmetic of a crosstab: rows × columns of counts, row-major,
// with row, column and grand totals. Tallies and reconciliation share it.
// Counts are never negative (Figure keeps none), and sums saturate at
// math.MaxInt instead of wrapping round.
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
		s = addCount(s, n)
	}
	return s
}

// columnTotal returns the sum of column j.
func (g *grid) columnTotal(j int) int {
	s := 0
	for i := 0; i < g.rows; i++ {
		s = addCount(s, g.cells[i*g.cols+j])
	}
	return s
}

// total returns the sum of every cell.
func (g *grid) total() int {
	s := 0
	for _, n := range g.cells {
		s = addCount(s, n)
	}
	return s
}

// addCount returns a+b for counts a and b, at most math.MaxInt: a sum past
// it saturates rather than wraps round to a negative or small number.
func addCount(a, b int) int {
	if b > 0 && a > math.MaxInt-b {
		return math.MaxInt
	}
	return a + b
}

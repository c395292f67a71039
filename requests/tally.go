package requests

import (
	"encoding/json"
	"strconv"

	"github.com/ogdtw/governance/rocdate"
	"golang.org/x/text/language"
)

// Axis is what the columns of a [Tally] count by. The zero Axis,
// [NoAxis], means not given.
type Axis uint8

const (
	// NoAxis is the zero Axis: not given.
	NoAxis Axis = iota
	// ByQuarter (依季別) has one column per quarter, 第1季 to 第4季.
	ByQuarter
	// ByCategory (依類別) has one column per [Category], in [Categories]
	// order.
	ByCategory
)

var axisLabels = [...]string{"", "依季別", "依類別"}

var axisNames = [...]string{"", "by-quarter", "by-category"}

// IsValid reports whether a is NoAxis, ByQuarter or ByCategory.
func (a Axis) IsValid() bool { return a <= ByCategory }

// String returns 依季別 or 依類別, "" for NoAxis, and Axis(N) for an
// invalid value.
func (a Axis) String() string {
	if a.IsValid() {
		return axisLabels[a]
	}
	return "Axis(" + itoa(int(a)) + ")"
}

// Message returns the axis's label in the language nearest to t: 依季別,
// or by quarter in English; "" for NoAxis, and String for an invalid
// value.
func (a Axis) Message(t language.Tag) string {
	if !a.IsValid() {
		return a.String()
	}
	return label(t, "requests.axis.", axisNames[a], "")
}

// AppendText appends the axis's String to b. It fails with [ErrRange] for
// an invalid axis.
func (a Axis) AppendText(b []byte) ([]byte, error) {
	if !a.IsValid() {
		return b, rangeError("Axis", int(a), "requests.syntax.axis")
	}
	return append(b, axisLabels[a]...), nil
}

// MarshalText returns the axis's String.
func (a Axis) MarshalText() ([]byte, error) { return a.AppendText(nil) }

// UnmarshalText reads an axis as [ParseAxis] does.
func (a *Axis) UnmarshalText(b []byte) error {
	v, err := ParseAxis(string(b))
	if err != nil {
		return err
	}
	*a = v
	return nil
}

// ParseAxis reads 依季別 or 依類別 (also 季別, 按季, 類別, 按類別), the English
// ids by-quarter and by-category (in any case, with '-', '_' or ' '), and
// "" as NoAxis.
func ParseAxis(s string) (Axis, error) {
	switch key := normalizeLabel(s); key {
	case "":
		return NoAxis, nil
	case "依季別", "季別", "按季", "按季別", "依季":
		return ByQuarter, nil
	case "依類別", "類別", "按類別", "依類":
		return ByCategory, nil
	}
	switch en := englishID(s); en {
	case axisNames[ByQuarter], "quarter":
		return ByQuarter, nil
	case axisNames[ByCategory], "category":
		return ByCategory, nil
	}
	return NoAxis, perr("ParseAxis", s, ErrSyntax, "requests.syntax.axis")
}

// columns returns the number of columns of the axis.
func (a Axis) columns() int {
	if a == ByCategory {
		return NumCategories
	}
	return 4
}

// Tally counts requests by ROC year (rows) and quarter or category
// (columns), with row, column and grand totals. Rows run over consecutive
// years, years without requests included. A Tally is an immutable value;
// the zero Tally has no rows and no columns.
type Tally struct {
	axis    Axis
	first   int // year slot of row 0 (see slotOf)
	g       grid
	skipped int
}

// yearSlots is the number of ROC years a Date holds, 民國前999年 to 999年
// (there is no year 0): one slot per year.
const yearSlots = rocdate.MaxYear - rocdate.MinYear

// slotOf returns the slot of ROC year y (y != 0): 民國前999年 is slot 0,
// 民國前1年 slot 998 and 民國1年 slot 999, so consecutive years have
// consecutive slots.
func slotOf(y int) int {
	if y < 0 {
		return y - rocdate.MinYear
	}
	return y - rocdate.MinYear - 1
}

// yearOf is the inverse of slotOf.
func yearOf(slot int) int {
	if y := slot + rocdate.MinYear; y < 0 {
		return y
	}
	return slot + rocdate.MinYear + 1
}

// CountByQuarter tallies reqs by the year and quarter of their receipt.
// The rows run from first to last (ROC years), widened to every year a
// request falls in; a bound of 0 is no bound, so 0, 0 gives just the
// requests' years and 105, 0 the years from 105 to the last request's. Requests
// without a receipt date are not counted ([Tally.Skipped]).
func CountByQuarter(reqs []Request, first, last int) Tally {
	var counts [yearSlots][4]int32
	lo, hi := yearSlots, -1
	skipped := 0
	for i := range reqs {
		d := reqs[i].Received
		if d.IsZero() {
			skipped++
			continue
		}
		y := slotOf(d.Year())
		counts[y][(d.Month()-1)/3]++
		lo, hi = min(lo, y), max(hi, y)
	}
	return build(ByQuarter, first, last, lo, hi, skipped, func(y, j int) int { return int(counts[y][j]) })
}

// CountByCategory tallies reqs by the year of their receipt and their
// category. Rows run as for [CountByQuarter]. Requests without a receipt
// date or without a valid category are not counted ([Tally.Skipped]).
func CountByCategory(reqs []Request, first, last int) Tally {
	var counts [yearSlots][NumCategories + 1]int32
	lo, hi := yearSlots, -1
	skipped := 0
	for i := range reqs {
		d, c := reqs[i].Received, reqs[i].Category
		if d.IsZero() || !c.given() {
			skipped++
			continue
		}
		y := slotOf(d.Year())
		counts[y][c]++
		lo, hi = min(lo, y), max(hi, y)
	}
	return build(ByCategory, first, last, lo, hi, skipped, func(y, j int) int { return int(counts[y][j+1]) })
}

// build makes the Tally of rows lo..hi (year slots), widened to first..last
// (ROC years), reading counts through at.
func build(axis Axis, first, last, lo, hi, skipped int, at func(y, j int) int) Tally {
	for _, y := range []int{first, last} { // in either order
		if y != 0 {
			slot := slotOf(min(max(y, rocdate.MinYear), rocdate.MaxYear))
			lo, hi = min(lo, slot), max(hi, slot)
		}
	}
	t := Tally{axis: axis, skipped: skipped}
	if hi < lo {
		t.g.reset(0, axis.columns())
		return t
	}
	t.first = lo
	t.g.reset(hi-lo+1, axis.columns())
	for y := lo; y <= hi; y++ {
		for j := 0; j < t.g.cols; j++ {
			t.g.set(y-lo, j, at(y, j))
		}
	}
	return t
}

// Axis returns what the columns count by.
func (t Tally) Axis() Axis { return t.axis }

// Years returns the ROC years of the rows, in order.
func (t Tally) Years() []int {
	ys := make([]int, t.g.rows)
	for i := range ys {
		ys[i] = yearOf(t.first + i)
	}
	return ys
}

// Columns returns the column labels: 第1季 … 第4季, or the five category
// labels.
func (t Tally) Columns() []string {
	switch t.axis {
	case ByQuarter:
		return []string{"第1季", "第2季", "第3季", "第4季"}
	case ByCategory:
		cs := make([]string, NumCategories)
		for i, c := range Categories() {
			cs[i] = c.String()
		}
		return cs
	}
	return nil
}

// row returns the row index of ROC year y, or -1.
func (t Tally) row(y int) int {
	if y == 0 {
		return -1
	}
	i := slotOf(y) - t.first
	if t.g.rows == 0 || i < 0 || i >= t.g.rows {
		return -1
	}
	return i
}

// Count returns the count of year y in column col (0-based: quarter − 1,
// or the category's index in [Categories]); 0 outside the tally.
func (t Tally) Count(y, col int) int {
	i := t.row(y)
	if i < 0 || col < 0 || col >= t.g.cols {
		return 0
	}
	return t.g.cells[i*t.g.cols+col]
}

// QuarterCount returns the count of quarter q in a tally [ByQuarter]; 0
// otherwise.
func (t Tally) QuarterCount(q rocdate.Quarter) int {
	if t.axis != ByQuarter || q.IsZero() {
		return 0
	}
	return t.Count(q.Year(), q.Number()-1)
}

// CategoryCount returns the count of year y and category c in a tally
// [ByCategory]; 0 otherwise.
func (t Tally) CategoryCount(y int, c Category) int {
	if t.axis != ByCategory || !c.given() {
		return 0
	}
	return t.Count(y, int(c)-1)
}

// RowTotal returns the total of year y; 0 outside the tally.
func (t Tally) RowTotal(y int) int {
	i := t.row(y)
	if i < 0 {
		return 0
	}
	return t.g.rowTotal(i)
}

// ColumnTotal returns the total of column col; 0 outside the tally.
func (t Tally) ColumnTotal(col int) int {
	if col < 0 || col >= t.g.cols {
		return 0
	}
	return t.g.columnTotal(col)
}

// Total returns the number of requests counted.
func (t Tally) Total() int { return t.g.total() }

// Skipped returns the number of requests not counted: without a receipt
// date, or, by category, without a valid category.
func (t Tally) Skipped() int { return t.skipped }

// corner returns the header's first cell for the axis, as the deck prints
// it.
func (a Axis) corner() string {
	if a == ByCategory {
		return `年度 \ 類別`
	}
	return "年度"
}

// Table returns the tally as a printed [Table] whose every cell and total
// is a figure; it reconciles cleanly.
func (t Tally) Table() Table {
	return t.table(rocdate.Date{})
}

// TableAsOf returns the tally as the deck prints it on day asOf: in a
// tally by quarter, quarters that start after asOf print "-", the quarter
// of asOf, when asOf is not its last day, carries the note 截至N月 (N the
// month of asOf), and the row total of an unfinished year prints "-"; in a
// tally by category, the row of an unfinished year is labelled with the
// note, 111年 (截至5月). Years after asOf's year print "-" throughout (by
// quarter) or are left out (by category).
func (t Tally) TableAsOf(asOf rocdate.Date) Table {
	return t.table(asOf)
}

func (t Tally) table(asOf rocdate.Date) Table {
	tab := Table{Corner: t.axis.corner(), Columns: t.Columns()}
	note := ""
	yearDone := true
	if !asOf.IsZero() {
		note = "截至" + strconv.Itoa(int(asOf.Month())) + "月"
		yearDone = asOf.Month() == 12 && asOf.Day() == 31
	}
	var g grid
	g.reset(t.g.rows, t.g.cols)
	rows := 0
	for i := 0; i < t.g.rows; i++ {
		y := yearOf(t.first + i)
		row := Row{Year: y, Cells: make([]Cell, t.g.cols)}
		late := !asOf.IsZero() && y > asOf.Year()
		if late && t.axis == ByCategory {
			continue
		}
		partial := !asOf.IsZero() && y == asOf.Year() && !yearDone
		for j := range row.Cells {
			n := t.g.cells[i*t.g.cols+j]
			c := Figure(n)
			if t.axis == ByQuarter && !asOf.IsZero() {
				q, _ := rocdate.NewQuarter(y, j+1)
				switch {
				case q.First().After(asOf):
					c = NotReached()
				case q.Contains(asOf) && asOf != q.Last():
					c = c.WithNote(note)
				}
			}
			if c.IsFigure() {
				g.set(rows, j, n)
			}
			row.Cells[j] = c
		}
		row.Total = Figure(g.rowTotal(rows))
		if partial || late {
			if t.axis == ByQuarter {
				row.Total = NotReached()
			} else {
				row.Note = note
			}
		}
		tab.Rows = append(tab.Rows, row)
		rows++
	}
	tab.Totals = make([]Cell, t.g.cols)
	for j := range tab.Totals {
		tab.Totals[j] = Figure(g.columnTotal(j))
	}
	tab.Grand = Figure(g.total())
	return tab
}

// String returns the tally as an aligned table with its totals, as
// [Table.String] prints [Tally.Table].
func (t Tally) String() string { return t.Table().String() }

// tallyJSON is the JSON form of a Tally.
type tallyJSON struct {
	Axis    Axis    `json:"axis"`
	Years   []int   `json:"years"`
	Counts  [][]int `json:"counts"`
	Skipped int     `json:"skipped,omitempty"`
}

// MarshalJSON writes the tally as its axis, its years, one row of counts
// per year and the number of requests skipped:
// {"axis":"依季別","years":[110,111],"counts":[[1,0,0,1],[0,1,0,0]]}.
func (t Tally) MarshalJSON() ([]byte, error) {
	j := tallyJSON{Axis: t.axis, Years: t.Years(), Counts: make([][]int, t.g.rows), Skipped: t.skipped}
	for i := range j.Counts {
		j.Counts[i] = t.g.cells[i*t.g.cols : (i+1)*t.g.cols]
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads what MarshalJSON wrote. The years must be
// consecutive ROC years, each row must have a count per column of the
// axis, and no count may be negative.
func (t *Tally) UnmarshalJSON(b []byte) error {
	var j tallyJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	const fn = "Tally.UnmarshalJSON"
	fail := func(code string) error { return perr(fn, string(b), ErrRange, code) }
	if j.Axis == NoAxis {
		if len(j.Years) > 0 || len(j.Counts) > 0 || j.Skipped != 0 {
			return fail("requests.range.axis")
		}
		*t = Tally{}
		return nil
	}
	if len(j.Counts) != len(j.Years) || j.Skipped < 0 {
		return fail("requests.range.rows")
	}
	v := Tally{axis: j.Axis, skipped: j.Skipped}
	v.g.reset(len(j.Years), j.Axis.columns())
	for i, y := range j.Years {
		if y == 0 || y < rocdate.MinYear || y > rocdate.MaxYear {
			return fail("requests.range.year")
		}
		if i == 0 {
			v.first = slotOf(y)
		} else if yearOf(v.first+i) != y {
			return fail("requests.range.years")
		}
		if len(j.Counts[i]) != v.g.cols {
			return fail("requests.range.cells")
		}
		for k, n := range j.Counts[i] {
			if n < 0 {
				return fail("requests.range.negative")
			}
			v.g.set(i, k, n)
		}
	}
	*t = v
	return nil
}

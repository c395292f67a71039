package requests

import (
	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/internal/i18n"
	"golang.org/x/text/language"
)

// CellCode is the Code of every [CellCheck].
const CellCode = "requests.cell-count"

// A CellCheck is one printed cell of a [Table] compared with the count of
// the requests it stands for ([Table.CheckCells]). Its Verdict is
// finding.Passed when the cell prints the count, finding.Failed when it
// prints another figure (or "-" where requests were received), and
// finding.Unchecked, with the Reason, when the two cannot be compared.
type CellCheck struct {
	Year    int    `json:"year"`              // the row's ROC year
	Label   string `json:"label"`             // the row's label as printed: 108年
	Index   int    `json:"index"`             // the column's index in the table (0-based)
	Column  string `json:"column"`            // the column's label: 第1季, 內容有誤
	Row     int    `json:"row,omitempty"`     // the spreadsheet row (1-based); 0 when unknown
	Printed Cell   `json:"printed"`           // the cell as printed
	Counted int    `json:"counted"`           // the requests counted in the cell
	Pending int    `json:"pending,omitempty"` // requests that could not be placed: no receipt date (or, by category, no category)
	// Reason says why the cell could not be checked: ReasonUnprinted,
	// ReasonNotReached, ReasonPending or ReasonNoAxis; "" for a check
	// made.
	Reason  string          `json:"reason,omitempty"`
	Verdict finding.Verdict `json:"verdict,omitempty"`
}

// The reasons a [CellCheck] could not be made.
const (
	// ReasonUnprinted: the cell is empty.
	ReasonUnprinted = "unprinted"
	// ReasonNotReached: the cell is "-" and no request is counted in
	// it: whether the period was reached is not known.
	ReasonNotReached = "not-reached"
	// ReasonPending: the count falls short of the printed figure by no
	// more than the requests that could not be placed.
	ReasonPending = "pending"
	// ReasonNoAxis: the table's columns are neither the four quarters
	// nor the five categories ([Table.Axis]).
	ReasonNoAxis = "no-axis"
)

var _ finding.Result = CellCheck{}

// Head returns the check's code, verdict, severity (finding.Error when it
// failed) and the spreadsheet row and column of the cell.
func (c CellCheck) Head() finding.Head {
	h := finding.Head{Code: CellCode, Verdict: c.Verdict, Row: c.Row, Column: c.Column}
	if c.Verdict == finding.Failed {
		h.Severity = finding.Error
	}
	return h
}

// String returns what an official reads: 108年內容有誤欄載為4，需求清單計5件，表列少1.
func (c CellCheck) String() string { return c.Message(finding.Chinese) }

// Message returns the check in the language nearest to t.
func (c CellCheck) Message(t language.Tag) string {
	switch {
	case c.Reason == ReasonNoAxis:
		return i18n.Sprintf(t, CellCode+".no-axis", c.Label, c.Column)
	case c.Reason == ReasonUnprinted:
		return i18n.Sprintf(t, CellCode+".unprinted", c.Label, c.Column, i18n.Number(c.Counted))
	case c.Reason == ReasonNotReached:
		return i18n.Sprintf(t, CellCode+".not-reached", c.Label, c.Column)
	case c.Reason == ReasonPending:
		n, _ := c.Printed.Value()
		return i18n.Sprintf(t, CellCode+".pending", c.Label, c.Column, i18n.Number(n), i18n.Number(c.Counted), i18n.Number(c.Pending))
	case c.Printed.IsNotReached():
		return i18n.Sprintf(t, CellCode+".counted-not-reached", c.Label, c.Column, i18n.Number(c.Counted))
	case c.Verdict == finding.Failed:
		n, _ := c.Printed.Value()
		return i18n.Sprintf(t, CellCode+".differs", c.Label, c.Column, i18n.Number(n), i18n.Number(c.Counted), diff(t, n-c.Counted))
	}
	n, _ := c.Printed.Value()
	return i18n.Sprintf(t, CellCode, c.Label, c.Column, i18n.Number(n), i18n.Number(c.Counted))
}

// CellChecks are the checks of [Table.CheckCells], one per printed cell.
type CellChecks []CellCheck

// Tally returns the checks counted by verdict.
func (cs CellChecks) Tally() finding.Tally {
	var t finding.Tally
	for _, c := range cs {
		t = t.Add(c.Verdict)
	}
	return t
}

// Failed returns the checks whose cell prints a figure other than the
// count, in order.
func (cs CellChecks) Failed() CellChecks {
	out := CellChecks{}
	for _, c := range cs {
		if c.Verdict == finding.Failed {
			out = append(out, c)
		}
	}
	return out
}

// CheckCells compares each printed cell of t with the count of reqs, the
// requests the table counts: by the year and quarter of their receipt for
// a table by quarter, by the year of their receipt and their category for
// a table by category ([Table.Axis]). Each cell is one check, in row
// order, then column order:
//
//   - a figure is finding.Passed when it is the count and finding.Failed
//     when it is not; requests without a receipt date (or, by category,
//     without a category) might belong to any cell, so while there are
//     such requests a figure above the count by no more than their number
//     is finding.Unchecked (ReasonPending), and so is a figure equal to the
//     count;
//   - a "-" (a period not reached) is finding.Failed when requests are
//     counted in its cell, and finding.Unchecked (ReasonNotReached)
//     otherwise;
//   - an empty cell is finding.Unchecked (ReasonUnprinted);
//   - every cell of a table whose columns are neither the quarters nor the
//     categories is finding.Unchecked (ReasonNoAxis).
//
// Notes are set aside: 0 (截至5月) is the figure 0, compared with every
// request of reqs received in its quarter, so reqs should hold the
// requests up to the table's day. This check catches what Reconcile and
// CompareTables cannot: errors that cancel out in the totals (108年
// 內容有誤 printed 4 for 5 and 其他 printed 3 for 2). The cost is linear in
// the cells and the requests.
func (t Table) CheckCells(reqs []Request) CellChecks {
	axis := t.Axis()
	var tally Tally
	var col []int // per column of t: the tally's column
	switch axis {
	case ByQuarter:
		tally = CountByQuarter(reqs, 0, 0)
		col = []int{0, 1, 2, 3}
	case ByCategory:
		tally = CountByCategory(reqs, 0, 0)
		for _, c := range t.Columns {
			cat, _ := ParseCategory(c)
			col = append(col, int(cat)-1)
		}
	}
	pending := tally.Skipped()
	out := make(CellChecks, 0, len(t.Rows)*len(t.Columns))
	for _, r := range t.Rows {
		label := r.Label()
		for j, name := range t.Columns {
			c := CellCheck{Year: r.Year, Label: label, Index: j, Column: name, Row: r.Row, Printed: cellAt(r.Cells, j)}
			if axis == NoAxis {
				c.Reason, c.Verdict = ReasonNoAxis, finding.Unchecked
				out = append(out, c)
				continue
			}
			c.Counted = tally.Count(r.Year, col[j])
			c.Pending = pending
			n, figure := c.Printed.Value()
			switch {
			case c.Printed.IsZero():
				c.Reason, c.Verdict = ReasonUnprinted, finding.Unchecked
			case c.Printed.IsNotReached() && c.Counted > 0:
				c.Verdict = finding.Failed
			case c.Printed.IsNotReached():
				c.Reason, c.Verdict = ReasonNotReached, finding.Unchecked
			case figure && n < c.Counted, figure && n-c.Counted > pending:
				c.Verdict = finding.Failed
			case figure && pending > 0:
				c.Reason, c.Verdict = ReasonPending, finding.Unchecked
			default:
				c.Verdict = finding.Passed
			}
			out = append(out, c)
		}
	}
	return out
}

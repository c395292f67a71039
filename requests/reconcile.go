package requests

import (
	"strconv"
	"strings"
)

// FindingKind tells which printed total a [Finding] is about.
type FindingKind uint8

const (
	// RowTotal is a row's printed total (the 合計 column).
	RowTotal FindingKind = iota + 1
	// ColumnTotal is a column's printed total (the 合計 row).
	ColumnTotal
	// GrandTotal is the table's printed grand total.
	GrandTotal
)

// String returns "row total", "column total" or "grand total".
func (k FindingKind) String() string {
	switch k {
	case RowTotal:
		return "row total"
	case ColumnTotal:
		return "column total"
	case GrandTotal:
		return "grand total"
	}
	return "FindingKind(" + itoa(int(k)) + ")"
}

// MarshalText encodes k as [FindingKind.String].
func (k FindingKind) MarshalText() ([]byte, error) {
	if k < RowTotal || k > GrandTotal {
		return nil, &ParseError{What: "finding kind", Input: k.String(), Err: ErrSyntax}
	}
	return []byte(k.String()), nil
}

// UnmarshalText decodes "row total", "column total" or "grand total".
func (k *FindingKind) UnmarshalText(b []byte) error {
	for v := RowTotal; v <= GrandTotal; v++ {
		if string(b) == v.String() {
			*k = v
			return nil
		}
	}
	return &ParseError{What: "finding kind", Input: string(b), Err: ErrSyntax}
}

// Finding is one printed total that disagrees with the table's own
// arithmetic.
type Finding struct {
	Kind     FindingKind
	Index    int    // the row's or column's index in the table; -1 for the grand total
	Label    string // the row's label (105年), the column's label (第1季), or 合計
	Reported int    // the total as printed
	Computed int    // the sum of the figures it totals
}

// Residual returns Reported − Computed: positive when the print says more
// than its figures add up to.
func (f Finding) Residual() int { return f.Reported - f.Computed }

// String describes the finding: "第1季 column total: printed 13, figures
// add up to 11 (+2)".
func (f Finding) String() string {
	var b strings.Builder
	b.WriteString(f.Label)
	b.WriteByte(' ')
	b.WriteString(f.Kind.String())
	b.WriteString(": printed ")
	b.WriteString(strconv.Itoa(f.Reported))
	b.WriteString(", figures add up to ")
	b.WriteString(strconv.Itoa(f.Computed))
	b.WriteString(" (")
	if f.Residual() > 0 {
		b.WriteByte('+')
	}
	b.WriteString(strconv.Itoa(f.Residual()))
	b.WriteByte(')')
	return b.String()
}

// Reconciliation is what [Table.Reconcile] found: the wrong totals, in the
// order row totals, column totals, grand total, and the row missing from
// the print when the residuals say one is. The zero Reconciliation found
// nothing wrong.
type Reconciliation struct {
	checked  int
	findings []Finding
	columns  []string
	missing  []int
}

// Checked returns how many printed totals were compared with their
// figures: the findings are the ones that disagreed.
func (r Reconciliation) Checked() int { return r.checked }

// OK reports whether every printed total agrees with the figures.
func (r Reconciliation) OK() bool { return len(r.findings) == 0 }

// Findings returns a copy of the wrong totals.
func (r Reconciliation) Findings() []Finding {
	return append([]Finding(nil), r.findings...)
}

// MissingRow returns, when every column total and the grand total exceed
// their figures by amounts that are not negative and the column residuals
// add up to the grand-total residual, those column residuals: the figures
// of one row that the totals include and the print left out. ok is false
// when the residuals do not fit one missing row.
func (r Reconciliation) MissingRow() (cells []int, ok bool) {
	if r.missing == nil {
		return nil, false
	}
	return append([]int(nil), r.missing...), true
}

// String lists the findings one a line and the missing row, if any; it is
// "all printed totals agree" when there is nothing to say.
func (r Reconciliation) String() string {
	if r.OK() {
		return "all printed totals agree\n"
	}
	var b strings.Builder
	for _, f := range r.findings {
		b.WriteString(f.String())
		b.WriteByte('\n')
	}
	if r.missing != nil {
		b.WriteString("residual fits one missing row:")
		sum := 0
		for j, n := range r.missing {
			if j > 0 {
				b.WriteByte(',')
			}
			b.WriteByte(' ')
			b.WriteString(r.columns[j])
			b.WriteByte(' ')
			b.WriteString(strconv.Itoa(n))
			sum += n
		}
		b.WriteString(" (total ")
		b.WriteString(strconv.Itoa(sum))
		b.WriteString(")\n")
	}
	return b.String()
}

// Reconcile checks each total the table printed against the figures it
// totals: a row's total against the row's figures, a column's total
// against the column's figures, the grand total against all figures. "-"
// cells and empty cells add nothing (they are not zeros: they are left
// out), and a total printed as "-" or not printed is not checked. When
// every column total and the grand total were printed, none is below its
// figures, the grand total is above them, and the column residuals add up
// to the grand-total residual, the residuals are reported as one row
// missing from the print ([Reconciliation.MissingRow]).
func (t Table) Reconcile() Reconciliation {
	cols := len(t.Columns)
	var g grid
	g.reset(len(t.Rows), cols)
	for i, row := range t.Rows {
		for j := 0; j < cols; j++ {
			if n, ok := cellAt(row.Cells, j).Value(); ok {
				g.set(i, j, n)
			}
		}
	}
	rec := Reconciliation{columns: append([]string(nil), t.Columns...)}
	for i, row := range t.Rows {
		if rep, ok := row.Total.Value(); ok {
			rec.checked++
			if got := g.rowTotal(i); got != rep {
				rec.findings = append(rec.findings, Finding{Kind: RowTotal, Index: i, Label: row.Label(), Reported: rep, Computed: got})
			}
		}
	}
	residuals := make([]int, cols)
	allPrinted := len(t.Totals) >= cols
	for j := 0; j < cols; j++ {
		rep, ok := cellAt(t.Totals, j).Value()
		if !ok {
			allPrinted = false
			continue
		}
		rec.checked++
		got := g.columnTotal(j)
		residuals[j] = rep - got
		if got != rep {
			rec.findings = append(rec.findings, Finding{Kind: ColumnTotal, Index: j, Label: t.Columns[j], Reported: rep, Computed: got})
		}
	}
	rep, ok := t.Grand.Value()
	if !ok {
		return rec
	}
	rec.checked++
	got := g.total()
	if got == rep {
		return rec
	}
	rec.findings = append(rec.findings, Finding{Kind: GrandTotal, Index: -1, Label: TotalLabel, Reported: rep, Computed: got})
	if !allPrinted || rep < got {
		return rec
	}
	sum := 0
	for _, r := range residuals {
		if r < 0 {
			return rec
		}
		sum += r
	}
	if sum == rep-got {
		rec.missing = residuals
	}
	return rec
}

package requests

import (
	"cmp"
	"encoding/json"
	"slices"
	"strings"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/internal/i18n"
	"github.com/ogdtw/governance/internal/resultjson"
	"golang.org/x/text/language"
)

// The names [CompareTables] gives two tables whose columns do not say what
// they count by: 甲表 (table A) and 乙表 (table B).
const (
	FirstTableName  = "甲表"
	SecondTableName = "乙表"
)

// Axis returns what the table's columns count by, read from their labels:
// [ByQuarter] when they are 第1季 to 第4季 in that order (full-width digits
// and spaces allowed), [ByCategory] when they are the five categories
// ([ParseCategory]), each once, in any order; [NoAxis] otherwise.
func (t Table) Axis() Axis {
	switch len(t.Columns) {
	case 4:
		for j, c := range t.Columns {
			if normalizeLabel(c) != "第"+itoa(j+1)+"季" {
				return NoAxis
			}
		}
		return ByQuarter
	case NumCategories:
		var seen [NumCategories + 1]bool
		for _, c := range t.Columns {
			cat, err := ParseCategory(c)
			if err != nil || !cat.given() || seen[cat] {
				return NoAxis
			}
			seen[cat] = true
		}
		return ByCategory
	}
	return NoAxis
}

// A CrossCheck is one comparison [CompareTables] made between two tables
// of the same requests: a year's printed row totals, or the sums of that
// year's cells, or the two grand totals, or the sums of all cells. Its
// Verdict says whether the two figures agree ([finding.Passed]), disagree
// ([finding.Failed]), or could not be compared ([finding.Unchecked]: a
// total not printed, a "-" against a figure 0, a year in one table only,
// a row without a figure). The fields named Other are table b's; the
// others table a's.
type CrossCheck struct {
	Kind FindingKind `json:"kind,omitzero"` // RowTotal (one year) or GrandTotal (the whole tables)
	// Sums is true when the sums of the cells were compared, false when
	// the printed totals were.
	Sums bool `json:"sums,omitzero"`
	Year int  `json:"year,omitzero"` // the ROC year (105); 0 for the grand totals
	// Label and OtherLabel are the row's label as each table printed it
	// (111年 (截至5月) and 111年), 合計 for the grand totals; "" when the
	// table has no row of the year.
	Label      string `json:"label,omitzero"`
	OtherLabel string `json:"otherLabel,omitzero"`
	// Row and OtherRow are the spreadsheet rows (1-based) the rows or the
	// totals rows were read from; 0 when unknown.
	Row      int `json:"row,omitzero"`
	OtherRow int `json:"otherRow,omitzero"`
	// Printed and OtherPrinted are the totals as each table printed them;
	// the empty Cell when not printed.
	Printed      Cell `json:"printed,omitzero"`
	OtherPrinted Cell `json:"otherPrinted,omitzero"`
	// Computed and OtherComputed are the sums of the figures each table
	// printed in the row (or in every row, for the grand totals); "-" and
	// empty cells add nothing.
	Computed      int             `json:"computed,omitzero"`
	OtherComputed int             `json:"otherComputed,omitzero"`
	Verdict       finding.Verdict `json:"verdict,omitzero"`
}

// OK reports whether the two figures agree.
func (c CrossCheck) OK() bool { return c.Verdict == finding.Passed }

// A CrossFinding is what [CompareTables] found when two tables of the same
// requests disagree, or a remark on how they agree. Findings are values,
// not errors. Its Code is one of:
//
//	requests.cross-year-total   錯誤: a year's printed totals, or the sums of its cells, differ between the tables
//	requests.cross-grand-total  錯誤: the printed grand totals, or the sums of all cells, differ
//	requests.cross-missing-year 警告: a year is in one table only
//	requests.cross-notation     注意: one table prints a year's total as "-", the other as 0
//	requests.cross-residual     注意: both printed grand totals exceed their cells' sums by the
//	                            same amount, consistent with one year left out of both
//
// The fields named Other are table b's; the others table a's: the names
// of the tables, the row labels (empty for a table without the year), the
// spreadsheet rows, the printed totals and the sums of the cells.
type CrossFinding struct {
	Severity finding.Severity `json:"severity,omitzero"`
	Code     string           `json:"code,omitzero"` // see the list above
	Kind     FindingKind      `json:"kind,omitzero"` // RowTotal for a year's findings, GrandTotal for the grand totals'
	Year     int              `json:"year,omitzero"` // the ROC year; 0 for the grand totals

	Table         string `json:"table,omitzero"`
	OtherTable    string `json:"otherTable,omitzero"` // the tables' names: 依季別 and 依類別, or the caller's
	Label         string `json:"label,omitzero"`
	OtherLabel    string `json:"otherLabel,omitzero"` // the row's label in each table; "" where the year is not printed
	Row           int    `json:"row,omitzero"`
	OtherRow      int    `json:"otherRow,omitzero"` // spreadsheet rows (1-based); 0 when unknown
	Printed       Cell   `json:"printed,omitzero"`
	OtherPrinted  Cell   `json:"otherPrinted,omitzero"`  // the totals as printed; the empty Cell when not printed
	Computed      int    `json:"computed,omitzero"`      // the sum of table a's figures
	OtherComputed int    `json:"otherComputed,omitzero"` // the sum of table b's figures

	Detail string `json:"detail,omitzero"` // what was found, in Traditional Chinese: Message(finding.Chinese) without the severity
}

// Mirror returns the finding as comparing the tables the other way round
// (CompareTables(b, a)) gives it: every field and its Other swapped, the
// Detail written again.
func (f CrossFinding) Mirror() CrossFinding {
	f.Table, f.OtherTable = f.OtherTable, f.Table
	f.Label, f.OtherLabel = f.OtherLabel, f.Label
	f.Row, f.OtherRow = f.OtherRow, f.Row
	f.Printed, f.OtherPrinted = f.OtherPrinted, f.Printed
	f.Computed, f.OtherComputed = f.OtherComputed, f.Computed
	f.Detail = f.detail(finding.Chinese)
	return f
}

// String returns what an official reads, in Traditional Chinese:
// 注意：111年依季別列合計載為「-」，依類別載為「0」，同一年度一表載「-」、一表載「0」.
// It is Message(finding.Chinese).
func (f CrossFinding) String() string { return f.Message(finding.Chinese) }

// Message returns the finding in the language nearest to t, built from
// the catalog by its Code with its figures as arguments. A table named
// 依季別, 依類別, 甲表 or 乙表 is named in English the table by quarter,
// the table by category, table A or table B; another name is written as
// given.
func (f CrossFinding) Message(t language.Tag) string {
	return f.Severity.Lead(t) + f.detail(t)
}

// yearLabel returns the year as a row label, 105年; 總計 in Chinese or
// the grand total in English for the grand totals.
func (f CrossFinding) yearLabel(t language.Tag) string {
	if f.Kind == GrandTotal {
		return GrandTotal.Message(t)
	}
	return Row{Year: f.Year}.Label()
}

// detail writes what was found, without the severity, in the language
// nearest to t.
func (f CrossFinding) detail(t language.Tag) string {
	a, b := tableName(f.Table, t), tableName(f.OtherTable, t)
	switch f.Code {
	case "requests.cross-year-total":
		return i18n.Sprintf(t, f.Code, f.yearLabel(t),
			crossSide(t, a, RowTotal, f.Printed, f.Computed), crossSide(t, b, RowTotal, f.OtherPrinted, f.OtherComputed))
	case "requests.cross-grand-total":
		return i18n.Sprintf(t, f.Code,
			crossSide(t, a, GrandTotal, f.Printed, f.Computed), crossSide(t, b, GrandTotal, f.OtherPrinted, f.OtherComputed))
	case "requests.cross-notation":
		if f.Printed.IsNotReached() {
			return i18n.Sprintf(t, f.Code, f.yearLabel(t), a, b)
		}
		return i18n.Sprintf(t, f.Code, f.yearLabel(t), b, a)
	case "requests.cross-missing-year":
		if f.Label == "" {
			a, b = b, a
		}
		return i18n.Sprintf(t, f.Code, f.yearLabel(t), a, b)
	case "requests.cross-residual":
		p, q := f.Printed.n, f.OtherPrinted.n
		if p == q && f.Computed == f.OtherComputed {
			return i18n.Sprintf(t, f.Code, p, f.Computed, p-f.Computed)
		}
		return i18n.Sprintf(t, "requests.cross-residual.each", a, p, f.Computed, b, q, f.OtherComputed, p-f.Computed)
	}
	return i18n.Sprintf(t, "requests.cross-other", f.yearLabel(t), a, b)
}

// crossSide writes one table's figures of a cross-table finding:
// 依季別列合計載為24、各格加總為24.
func crossSide(t language.Tag, name string, kind FindingKind, printed Cell, computed int) string {
	switch {
	case printed.IsFigure():
		return i18n.Sprintf(t, "requests.cross-side", name, kind.Message(t), printed.n, computed)
	case printed.IsNotReached():
		return i18n.Sprintf(t, "requests.cross-side.not-reached", name, kind.Message(t), computed)
	}
	return i18n.Sprintf(t, "requests.cross-side.unprinted", name, kind.Message(t), computed)
}

// tableName returns a table's name in the language nearest to t: the
// axis's and the default names' from the catalog, another as given.
func tableName(name string, t language.Tag) string {
	switch name {
	case axisLabels[ByQuarter]:
		return i18n.Sprintf(t, "requests.cross-table.by-quarter")
	case axisLabels[ByCategory]:
		return i18n.Sprintf(t, "requests.cross-table.by-category")
	case FirstTableName:
		return i18n.Sprintf(t, "requests.cross-table.first")
	case SecondTableName:
		return i18n.Sprintf(t, "requests.cross-table.second")
	}
	return name
}

// Comparison is what [CompareTables] found comparing two tables of the
// same requests: every comparison made ([Comparison.Checks]) and the
// findings ([Comparison.Findings]), in the order of the years, then the
// grand totals. The zero Comparison compared nothing and found nothing.
type Comparison struct {
	names    [2]string
	checks   []CrossCheck
	findings []CrossFinding
}

// Names returns the names the findings give table a and table b.
func (c Comparison) Names() (a, b string) { return c.names[0], c.names[1] }

// Checked returns how many comparisons were made, whatever their verdict.
func (c Comparison) Checked() int { return len(c.checks) }

// Agreed returns how many comparisons found the two figures agreeing.
func (c Comparison) Agreed() int { return c.Tally().Passed }

// Tally returns the comparisons counted by verdict: agreeing (符合),
// disagreeing (不符), and those that could not be made (無法查核).
func (c Comparison) Tally() finding.Tally {
	var t finding.Tally
	for _, k := range c.checks {
		t = t.Add(k.Verdict)
	}
	return t
}

// Checks returns a copy of every comparison made: per year (ascending),
// the printed totals then the sums of the cells; then the grand totals,
// printed then summed.
func (c Comparison) Checks() []CrossCheck { return slices.Clone(c.checks) }

// Findings returns a copy of the findings.
func (c Comparison) Findings() []CrossFinding { return slices.Clone(c.findings) }

// OK reports whether no finding is an error or a warning: the tables agree
// wherever both print a figure, and print the same years. Notices
// (requests.cross-notation, requests.cross-residual) are remarks and do not
// count.
func (c Comparison) OK() bool {
	for _, f := range c.findings {
		if f.Severity == finding.Error || f.Severity == finding.Warning {
			return false
		}
	}
	return true
}

// String lists what was compared and the findings, one a line:
// 依季別與依類別對照核對16項：相符15項，不符0項，無法查核1項, then each
// finding's String.
func (c Comparison) String() string { return c.Message(finding.Chinese) }

// Message returns what String does in the language nearest to t.
func (c Comparison) Message(t language.Tag) string {
	var b strings.Builder
	an, bn := c.names[0], c.names[1]
	if an == "" && bn == "" { // the zero Comparison
		an, bn = FirstTableName, SecondTableName
	}
	b.WriteString(i18n.Sprintf(t, "requests.comparison", tableName(an, t), tableName(bn, t),
		c.Checked(), c.Agreed(), c.Tally().Failed, c.Tally().Unchecked))
	b.WriteByte('\n')
	for _, f := range c.findings {
		b.WriteString(f.Message(t))
		b.WriteByte('\n')
	}
	return b.String()
}

// comparisonJSON is the JSON form of a Comparison.
type comparisonJSON struct {
	Tables   [2]string      `json:"tables"`
	Checks   []CrossCheck   `json:"checks"`
	Findings []CrossFinding `json:"findings"`
}

// Head returns the comparison as one result: code requests.comparison,
// the gravest severity of its findings, and the verdict of its
// comparisons taken together (符合 only when every one was made and the
// two tables agree; none when nothing could be compared).
func (c Comparison) Head() finding.Head {
	return finding.Head{Code: "requests.comparison", Severity: finding.Gravest(c.findings), Verdict: c.Tally().Verdict()}
}

var _ finding.Result = Comparison{}

// MarshalJSON writes the comparison with its code, severity, verdict and
// message (Chinese), then the tables' names, its checks and its findings.
func (c Comparison) MarshalJSON() ([]byte, error) {
	return resultjson.Marshal(c, comparisonJSON{Tables: c.names, Checks: c.checks, Findings: c.findings})
}

// UnmarshalJSON reads what MarshalJSON wrote.
func (c *Comparison) UnmarshalJSON(b []byte) error {
	var j comparisonJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*c = Comparison{names: j.Tables, checks: j.Checks, findings: j.Findings}
	return nil
}

// CompareTables checks two printed tables of the same requests against
// each other (the deck's 依季別 and 依類別 tables), naming them by what
// their columns count by ([Table.Axis]: 依季別, 依類別), or, when that
// does not tell them apart, 甲表 and 乙表. It is
// CompareTablesNamed(a, b, "", "").
func CompareTables(a, b Table) Comparison { return CompareTablesNamed(a, b, "", "") }

// CompareTablesNamed checks two printed tables of the same requests
// against each other, naming them aName and bName in the findings (an
// empty name is chosen as [CompareTables] does).
//
// Rows are matched by ROC year: 111年 (截至5月) in one table and 111年 in
// the other are the same year, notes aside. For each year in both, the
// printed row totals are compared (a figure against a figure, notes
// aside; both "-" agree; a "-" against a 0 cannot be compared and is a
// notice, requests.cross-notation; a "-" against another figure
// disagrees; a total not printed cannot be compared), and
// so are the sums of the row's cells (not when a row has no figure);
// either disagreeing is an error, requests.cross-year-total, with the
// figures of both tables. A year in one table only is a warning,
// requests.cross-missing-year, and its two comparisons cannot be made.
// Then the printed grand totals and the sums of all cells are compared in
// the same way (requests.cross-grand-total), and when both printed grand
// totals exceed their cells' sums by the same amount, a notice,
// requests.cross-residual, says so: the same year seems left out of both.
//
// A year printed twice in one table (which [ImportTable] refuses) is
// matched by its first row; its other rows count in the grand sums only.
// Sums saturate at math.MaxInt. The cost is O(n log n) in the number of
// rows.
func CompareTablesNamed(a, b Table, aName, bName string) Comparison {
	c := Comparison{names: tableNames(a, b, aName, bName)}
	c.checks = make([]CrossCheck, 0, 2*max(len(a.Rows), len(b.Rows))+2)
	entries := make([]crossEntry, 0, len(a.Rows)+len(b.Rows))
	for i, r := range a.Rows {
		entries = append(entries, crossEntry{year: r.Year, side: 0, index: i})
	}
	for i, r := range b.Rows {
		entries = append(entries, crossEntry{year: r.Year, side: 1, index: i})
	}
	slices.SortFunc(entries, func(x, y crossEntry) int {
		if d := cmp.Compare(x.year, y.year); d != 0 {
			return d
		}
		return cmp.Compare(x.index, y.index) // a table's first row of a year first
	})
	for k := 0; k < len(entries); {
		year := entries[k].year
		var sides [2]*crossSideData
		var data [2]crossSideData
		for ; k < len(entries) && entries[k].year == year; k++ {
			e := entries[k]
			if sides[e.side] != nil {
				continue // a year twice in one table: the first row
			}
			t := &a
			if e.side == 1 {
				t = &b
			}
			r := t.Rows[e.index]
			sum, figures := rowSum(r.Cells, len(t.Columns))
			label := ""
			if o := sides[1-e.side]; o != nil && r.Note == "" && !strings.Contains(o.label, "(") {
				label = o.label // the same year's label, printed once
			} else {
				label = r.Label()
			}
			data[e.side] = crossSideData{label: label, row: r.Row, printed: r.Total, computed: sum, figures: figures}
			sides[e.side] = &data[e.side]
		}
		c.compare(RowTotal, year, data[0], data[1], sides[0] != nil, sides[1] != nil)
	}
	ga, gb := grandSide(a), grandSide(b)
	c.compare(GrandTotal, 0, ga, gb, true, true)
	return c
}

// crossEntry is a table row in the walk over both tables by year.
type crossEntry struct {
	year, side, index int
}

// crossSideData is one table's figures of a year or of the grand totals.
type crossSideData struct {
	label    string
	row      int
	printed  Cell
	computed int
	figures  bool // whether a cell summed is a figure
}

// grandSide returns a table's grand total and the sum of all its figures.
func grandSide(t Table) crossSideData {
	d := crossSideData{label: TotalLabel, row: t.TotalsRow, printed: t.Grand}
	for _, r := range t.Rows {
		s, f := rowSum(r.Cells, len(t.Columns))
		d.computed = addCount(d.computed, s)
		d.figures = d.figures || f
	}
	return d
}

// rowSum returns the sum of the figures among the first cols cells, and
// whether there is one.
func rowSum(cells []Cell, cols int) (sum int, figures bool) {
	for j := 0; j < cols && j < len(cells); j++ {
		if n, ok := cells[j].Value(); ok {
			sum, figures = addCount(sum, n), true
		}
	}
	return sum, figures
}

// printedVerdict compares two printed totals: figures by value, "-"
// against "-" agreeing; anything else cannot be compared but a "-"
// against a figure other than 0, which disagrees.
func printedVerdict(p, q Cell) finding.Verdict {
	pn, pf := p.Value()
	qn, qf := q.Value()
	switch {
	case pf && qf && pn == qn, p.IsNotReached() && q.IsNotReached():
		return finding.Passed
	case pf && qf, pf && pn != 0 && q.IsNotReached(), qf && qn != 0 && p.IsNotReached():
		return finding.Failed
	}
	return finding.Unchecked
}

// notation reports whether one of p and q is "-" and the other the figure
// 0.
func notation(p, q Cell) bool {
	pn, pf := p.Value()
	qn, qf := q.Value()
	return pf && pn == 0 && q.IsNotReached() || qf && qn == 0 && p.IsNotReached()
}

// compare makes the two comparisons of a year (or, kind GrandTotal, of
// the grand totals) and records what they find. inA and inB tell whether
// each table has the year.
func (c *Comparison) compare(kind FindingKind, year int, a, b crossSideData, inA, inB bool) {
	check := CrossCheck{Kind: kind, Year: year, Label: a.label, OtherLabel: b.label, Row: a.row, OtherRow: b.row,
		Printed: a.printed, OtherPrinted: b.printed, Computed: a.computed, OtherComputed: b.computed}
	f := CrossFinding{Kind: kind, Year: year, Table: c.names[0], OtherTable: c.names[1], Label: a.label, OtherLabel: b.label,
		Row: a.row, OtherRow: b.row, Printed: a.printed, OtherPrinted: b.printed, Computed: a.computed, OtherComputed: b.computed}
	add := func(sev finding.Severity, code string) {
		g := f
		g.Severity, g.Code = sev, code
		g.Detail = g.detail(finding.Chinese)
		c.findings = append(c.findings, g)
	}
	printed, sums := check, check
	sums.Sums = true
	if !inA || !inB {
		printed.Verdict, sums.Verdict = finding.Unchecked, finding.Unchecked
		c.checks = append(c.checks, printed, sums)
		add(finding.Warning, "requests.cross-missing-year")
		return
	}
	printed.Verdict = printedVerdict(a.printed, b.printed)
	switch {
	case !a.figures || !b.figures:
		sums.Verdict = finding.Unchecked
	case a.computed == b.computed:
		sums.Verdict = finding.Passed
	default:
		sums.Verdict = finding.Failed
	}
	c.checks = append(c.checks, printed, sums)
	if printed.Verdict == finding.Failed || sums.Verdict == finding.Failed {
		code := "requests.cross-year-total"
		if kind == GrandTotal {
			code = "requests.cross-grand-total"
		}
		add(finding.Error, code)
	}
	if kind == RowTotal && notation(a.printed, b.printed) {
		add(finding.Notice, "requests.cross-notation")
	}
	if kind == GrandTotal && a.figures && b.figures {
		p, pok := a.printed.Value()
		q, qok := b.printed.Value()
		// Both residuals above 0: the second follows from the first (no
		// subtraction overflows: counts are not negative).
		if pok && qok && p > a.computed && p-a.computed == q-b.computed {
			add(finding.Notice, "requests.cross-residual")
		}
	}
}

// tableNames returns the names of two compared tables: the caller's, or
// each table's axis, or, where those are missing or the same, 甲表 and
// 乙表.
func tableNames(a, b Table, aName, bName string) [2]string {
	an, bn := aName, bName
	if an == "" {
		an = a.Axis().String()
	}
	if bn == "" {
		bn = b.Axis().String()
	}
	if an == bn { // two tables by the same axis: named by place
		if aName == "" {
			an = ""
		}
		if bName == "" {
			bn = ""
		}
	}
	if an == "" {
		an = FirstTableName
	}
	if bn == "" {
		bn = SecondTableName
	}
	return [2]string{an, bn}
}

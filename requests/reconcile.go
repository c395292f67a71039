package requests

import (
	"encoding/json"
	"slices"
	"strings"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/internal/i18n"
	"github.com/ogdtw/governance/internal/resultjson"
	"golang.org/x/text/language"
)

// FindingKind tells what a [Finding] or a [Check] is about: which printed
// total, or the row the totals say is missing. The zero FindingKind,
// [NoFindingKind], means not given.
type FindingKind uint8

const (
	// NoFindingKind is the zero FindingKind: not given.
	NoFindingKind FindingKind = iota
	// RowTotal (列合計) is a row's printed total (the 合計 column).
	RowTotal
	// ColumnTotal (欄合計) is a column's printed total (the 合計 row).
	ColumnTotal
	// GrandTotal (總計) is the table's printed grand total.
	GrandTotal
	// MissingRow (漏列) is a row the printed totals include and the print
	// left out: the column residuals add up to the grand total's.
	MissingRow
)

var kindLabels = [...]string{"", "列合計", "欄合計", "總計", "漏列"}

var kindNames = [...]string{"", "row-total", "column-total", "grand-total", "missing-row"}

// IsValid reports whether k is NoFindingKind or one of the defined kinds.
func (k FindingKind) IsValid() bool { return k <= MissingRow }

// String returns 列合計, 欄合計, 總計 or 漏列, "" for NoFindingKind, and
// FindingKind(N) for an invalid value.
func (k FindingKind) String() string {
	if k.IsValid() {
		return kindLabels[k]
	}
	return "FindingKind(" + itoa(int(k)) + ")"
}

// Message returns the kind's label in the language nearest to t: 欄合計,
// or column total in English; "" for NoFindingKind, and String for an
// invalid value.
func (k FindingKind) Message(t language.Tag) string {
	if !k.IsValid() {
		return k.String()
	}
	return label(t, "requests.kind.", kindNames[k], "")
}

// Code returns the code of a finding of kind k: requests.row-total,
// requests.column-total, requests.grand-total or requests.missing-row;
// "" for NoFindingKind or an invalid value.
func (k FindingKind) Code() string {
	if k == NoFindingKind || !k.IsValid() {
		return ""
	}
	return "requests." + kindNames[k]
}

// AppendText appends the kind's String to b. It fails with [ErrRange] for
// an invalid kind.
func (k FindingKind) AppendText(b []byte) ([]byte, error) {
	if !k.IsValid() {
		return b, rangeError("FindingKind", int(k), "requests.syntax.finding-kind")
	}
	return append(b, kindLabels[k]...), nil
}

// MarshalText returns the kind's String.
func (k FindingKind) MarshalText() ([]byte, error) { return k.AppendText(nil) }

// UnmarshalText reads a kind as [ParseFindingKind] does.
func (k *FindingKind) UnmarshalText(b []byte) error {
	v, err := ParseFindingKind(string(b))
	if err != nil {
		return err
	}
	*k = v
	return nil
}

// ParseFindingKind reads 列合計, 欄合計, 總計 or 漏列, the English ids
// row-total, column-total, grand-total and missing-row (in any case, with
// '-', '_' or ' '), a finding's code (requests.row-total), and "" as
// NoFindingKind.
func ParseFindingKind(s string) (FindingKind, error) {
	key := normalizeLabel(s)
	en := strings.TrimPrefix(englishID(s), "requests.")
	for k := NoFindingKind; k <= MissingRow; k++ {
		if key == kindLabels[k] || en == kindNames[k] {
			return k, nil
		}
	}
	return NoFindingKind, perr("ParseFindingKind", s, ErrSyntax, "requests.syntax.finding-kind")
}

// A Check is one printed total compared with the figures it totals, agreeing
// or not: [Reconciliation.Checks] lists every one, so a report can say
// what was checked and passed as well as what failed.
//
// Its Verdict is finding.Passed when the printed total agrees with its
// figures, finding.Failed when it does not, and finding.Unchecked when the
// table prints a totals column or row but this total is "-" or empty:
// then Printed is 0 and nothing was compared.
type Check struct {
	Kind     FindingKind     `json:"kind,omitempty"`    // RowTotal, ColumnTotal or GrandTotal
	Index    int             `json:"index"`             // the row's or column's index in the table (0-based); -1 for the grand total
	Row      int             `json:"row,omitempty"`     // the spreadsheet row the total was printed on (1-based); 0 when unknown
	Label    string          `json:"label"`             // the row's label (105年), the column's label (第1季), or 合計
	Printed  int             `json:"printed"`           // the total as printed; 0 when not printed
	Computed int             `json:"computed"`          // the sum of the figures it totals
	Verdict  finding.Verdict `json:"verdict,omitempty"` // see above
}

// OK reports whether the check was made and the printed total agrees with
// its figures.
func (c Check) OK() bool { return c.Verdict == finding.Passed }

// A Finding is a printed total that disagrees with the table's own
// arithmetic, or the row the disagreements say is missing. Findings are
// values, not errors. Its Code is one of:
//
//	requests.row-total     錯誤: a row's printed total (合計 column) is not the sum of its figures
//	requests.column-total  錯誤: a column's printed total (合計 row) is not the sum of its figures
//	requests.grand-total   錯誤: the printed grand total is not the sum of all figures
//	requests.missing-row   注意: the column residuals add up to the grand total's,
//	                       consistent with one row left out of the print
type Finding struct {
	Severity finding.Severity `json:"severity,omitzero"`
	Code     string           `json:"code,omitzero"`     // see the list above; Kind.Code()
	Kind     FindingKind      `json:"kind,omitzero"`     // what the finding is about
	Index    int              `json:"index,omitzero"`    // the row's or column's index in the table; -1 for the grand total and a missing row
	Row      int              `json:"row,omitzero"`      // the spreadsheet row of the total (1-based); 0 when unknown
	Label    string           `json:"label,omitzero"`    // the row's label (105年), the column's label (第1季), or 合計
	Printed  int              `json:"printed,omitzero"`  // the total as printed
	Computed int              `json:"computed,omitzero"` // the sum of the figures it totals
	// Columns and Cells are, for a missing row, the table's columns and
	// the figures the print left out (each column's residual); nil
	// otherwise.
	Columns []string `json:"columns,omitzero"`
	Cells   []int    `json:"cells,omitzero"`
	Detail  string   `json:"detail,omitzero"` // what is wrong, in Traditional Chinese: Message(finding.Chinese) without the severity
}

// Residual returns Printed − Computed: positive when the print says more
// than its figures add up to.
func (f Finding) Residual() int { return f.Printed - f.Computed }

// String returns what an official reads, in Traditional Chinese: the
// severity and what is wrong, 錯誤：第1季欄合計載為13，各列加總為11，多2.
// It is Message(finding.Chinese).
func (f Finding) String() string { return f.Message(finding.Chinese) }

// Message returns the finding in the language nearest to t
// (finding.Chinese, finding.English, or a caller's tag), built from the
// catalog by its Code (or, when Code is empty, its Kind's) with its
// figures as arguments: 錯誤：第1季欄合計載為13，各列加總為11，合計多2,
// or error: column 第1季: the total is printed as 13, its rows add up to
// 11: the total is 2 more.
func (f Finding) Message(t language.Tag) string {
	return f.Severity.Lead(t) + f.detail(t)
}

// detail writes what is wrong, without the severity, in the language
// nearest to t. Counts are passed as i18n.Number, which the catalog would
// make of them anyway: boxed once, not twice.
func (f Finding) detail(t language.Tag) string {
	code := f.Code
	if code == "" {
		code = f.Kind.Code()
	}
	switch code {
	case "requests.row-total", "requests.column-total":
		return i18n.Sprintf(t, code, f.Label, i18n.Number(f.Printed), i18n.Number(f.Computed), diff(t, f.Residual()))
	case "requests.grand-total":
		return i18n.Sprintf(t, code, i18n.Number(f.Printed), i18n.Number(f.Computed), diff(t, f.Residual()))
	case "requests.missing-row":
		cells := ""
		if len(f.Columns) > 0 {
			parts := make([]string, len(f.Columns))
			for j, c := range f.Columns {
				n := 0
				if j < len(f.Cells) {
					n = f.Cells[j]
				}
				parts[j] = i18n.Sprintf(t, "requests.missing-row.cell", c, n)
			}
			cells = i18n.Sprintf(t, "requests.missing-row.cells", strings.Join(parts, i18n.Sprintf(t, "requests.missing-row.sep")))
		}
		return i18n.Sprintf(t, code, cells, f.Residual())
	}
	return i18n.Sprintf(t, "requests.other-total", f.Label, f.Printed, f.Computed)
}

// diff says how much a printed figure is over (n > 0) or under (n < 0)
// what it is checked against: 多2, 少1 in Chinese.
func diff(t language.Tag, n int) string {
	if n < 0 {
		return i18n.Sprintf(t, "requests.diff.less", i18n.Number(-n))
	}
	return i18n.Sprintf(t, "requests.diff.more", i18n.Number(n))
}

// Reconciliation is what [Table.Reconcile] found: every printed total
// compared ([Reconciliation.Checks]), the findings ([Reconciliation.Findings]:
// the wrong totals, in the order row totals, column totals, grand total,
// then the missing row when the residuals say one is). The zero
// Reconciliation checked nothing and found nothing.
type Reconciliation struct {
	checks   []Check
	findings []Finding
	columns  []string
	missing  []int
}

// Checked returns how many checks were counted: the printed totals
// compared with their figures, and the totals that could not be
// compared ("-" or empty where the table prints totals).
func (r Reconciliation) Checked() int { return len(r.checks) }

// Agreed returns how many printed totals agree with their figures.
func (r Reconciliation) Agreed() int { return r.Tally().Passed }

// Tally returns the checks counted by verdict: agreeing (符合), wrong
// (不符), and not printed (無法查核).
func (r Reconciliation) Tally() finding.Tally {
	var t finding.Tally
	for _, c := range r.checks {
		t = t.Add(c.Verdict)
	}
	return t
}

// Checks returns a copy of every comparison made, agreeing or not, in the
// order row totals, column totals, grand total.
func (r Reconciliation) Checks() []Check { return slices.Clone(r.checks) }

// OK reports whether every printed total agrees with the figures.
func (r Reconciliation) OK() bool { return len(r.findings) == 0 }

// Findings returns a copy of the findings: the wrong totals, then the
// missing row if any.
func (r Reconciliation) Findings() []Finding { return slices.Clone(r.findings) }

// MissingRow returns, when every column total and the grand total exceed
// their figures by amounts that are not negative and the column residuals
// add up to the grand-total residual, those column residuals: the figures
// of one row that the totals include and the print left out. ok is false
// when the residuals do not fit one missing row.
func (r Reconciliation) MissingRow() (cells []int, ok bool) {
	if r.missing == nil {
		return nil, false
	}
	return slices.Clone(r.missing), true
}

// String lists what was checked and the findings, one a line:
// 核對所載合計11項，相符8項，不符3項, then each finding's String.
func (r Reconciliation) String() string {
	return r.Message(finding.Chinese)
}

// Message returns what String does in the language nearest to t.
func (r Reconciliation) Message(t language.Tag) string {
	var b strings.Builder
	n := r.Tally()
	b.WriteString(i18n.Sprintf(t, "requests.reconciliation", n.Total(), n.Passed, n.Failed, n.Unchecked))
	b.WriteByte('\n')
	for _, f := range r.findings {
		b.WriteString(f.Message(t))
		b.WriteByte('\n')
	}
	return b.String()
}

// reconciliationJSON is the JSON form of a Reconciliation.
type reconciliationJSON struct {
	Columns  []string  `json:"columns"`
	Checks   []Check   `json:"checks"`
	Findings []Finding `json:"findings"`
	Missing  []int     `json:"missingRow,omitempty"`
}

// Head returns the reconciliation as one result: code
// requests.reconciliation, the gravest severity of its findings, and
// the verdict of its checks taken together (不符 when any total is wrong,
// 無法查核 when any could not be checked, 符合 only when every one was
// checked and agrees; none when no total was printed).
func (r Reconciliation) Head() finding.Head {
	return finding.Head{Code: "requests.reconciliation", Severity: finding.Gravest(r.findings), Verdict: r.Tally().Verdict()}
}

var _ finding.Result = Reconciliation{}

// MarshalJSON writes the reconciliation with its code, severity, verdict
// and message (Chinese), then its columns, its checks, its findings and
// the missing row's cells, if any.
func (r Reconciliation) MarshalJSON() ([]byte, error) {
	return resultjson.Marshal(r, reconciliationJSON{Columns: r.columns, Checks: r.checks, Findings: r.findings, Missing: r.missing})
}

// UnmarshalJSON reads what MarshalJSON wrote.
func (r *Reconciliation) UnmarshalJSON(b []byte) error {
	var j reconciliationJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*r = Reconciliation{checks: j.Checks, findings: j.Findings, columns: j.Columns, missing: j.Missing}
	return nil
}

// Reconcile checks each total the table printed against the figures it
// totals: a row's total against the row's figures, a column's total
// against the column's figures, the grand total against all figures. "-"
// cells and empty cells add nothing (they are not zeros: they are left
// out), and a total printed as "-" or not printed is not checked. When
// A total that a printed totals column or row leaves "-" or empty is a
// check that could not be made: [Reconciliation.Checks] lists it with the
// verdict finding.Unchecked. When
// every column total and the grand total were printed, none is below its
// figures, the grand total is above them, and the column residuals add up
// to the grand-total residual, the residuals are reported as one row
// missing from the print ([Reconciliation.MissingRow], and a finding
// requests.missing-row).
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
	rec := Reconciliation{columns: slices.Clone(t.Columns)}
	check := func(c Check) {
		c.Verdict = finding.Passed
		if c.Printed != c.Computed {
			c.Verdict = finding.Failed
		}
		rec.checks = append(rec.checks, c)
		if c.OK() {
			return
		}
		f := Finding{Severity: finding.Error, Code: c.Kind.Code(), Kind: c.Kind, Index: c.Index, Row: c.Row,
			Label: c.Label, Printed: c.Printed, Computed: c.Computed}
		f.Detail = f.detail(finding.Chinese)
		rec.findings = append(rec.findings, f)
	}
	rowTotals, totalsRow := t.hasRowTotals(), t.hasTotalsRow()
	unprinted := func(c Check) {
		c.Verdict = finding.Unchecked
		rec.checks = append(rec.checks, c)
	}
	for i, row := range t.Rows {
		c := Check{Kind: RowTotal, Index: i, Row: row.Row, Label: row.Label(), Computed: g.rowTotal(i)}
		if p, ok := row.Total.Value(); ok {
			c.Printed = p
			check(c)
		} else if rowTotals {
			unprinted(c)
		}
	}
	residuals := make([]int, cols)
	allPrinted := len(t.Totals) >= cols
	for j := 0; j < cols; j++ {
		p, ok := cellAt(t.Totals, j).Value()
		if !ok {
			allPrinted = false
			if totalsRow {
				unprinted(Check{Kind: ColumnTotal, Index: j, Row: t.TotalsRow, Label: t.Columns[j], Computed: g.columnTotal(j)})
			}
			continue
		}
		c := Check{Kind: ColumnTotal, Index: j, Row: t.TotalsRow, Label: t.Columns[j], Printed: p, Computed: g.columnTotal(j)}
		residuals[j] = c.Printed - c.Computed
		check(c)
	}
	p, ok := t.Grand.Value()
	if !ok {
		if totalsRow && rowTotals {
			unprinted(Check{Kind: GrandTotal, Index: -1, Row: t.TotalsRow, Label: TotalLabel, Computed: g.total()})
		}
		return rec
	}
	grand := Check{Kind: GrandTotal, Index: -1, Row: t.TotalsRow, Label: TotalLabel, Printed: p, Computed: g.total()}
	check(grand)
	if grand.Printed == grand.Computed || !allPrinted || grand.Printed < grand.Computed {
		return rec
	}
	sum := 0
	for _, r := range residuals {
		if r < 0 {
			return rec
		}
		sum = addCount(sum, r)
	}
	if sum != grand.Printed-grand.Computed {
		return rec
	}
	rec.missing = residuals
	f := Finding{Severity: finding.Notice, Code: MissingRow.Code(), Kind: MissingRow, Index: -1, Row: t.TotalsRow,
		Label: TotalLabel, Printed: grand.Printed, Computed: grand.Computed,
		Columns: slices.Clone(t.Columns[:cols]), Cells: slices.Clone(residuals)}
	f.Detail = f.detail(finding.Chinese)
	rec.findings = append(rec.findings, f)
	return rec
}

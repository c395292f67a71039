package requests

import (
	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/internal/i18n"
	"github.com/ogdtw/governance/internal/resultjson"
	"golang.org/x/text/language"
)

// Every finding and check type of the package is a finding.Result.
var (
	_ finding.Result = Check{}
	_ finding.Result = Finding{}
	_ finding.Result = CrossCheck{}
	_ finding.Result = CrossFinding{}
	_ finding.Result = CellCheck{}
	_ finding.Result = (*RowError)(nil)
)

// column returns the column a total of kind k is printed in: its own
// column for a column total, 合計 for a row or the grand total.
func column(k FindingKind, label string) string {
	if k == ColumnTotal {
		return label
	}
	return TotalLabel
}

// severityOf returns the severity of a check with verdict v: finding.Error
// when it failed, none otherwise.
func severityOf(v finding.Verdict) finding.Severity {
	if v == finding.Failed {
		return finding.Error
	}
	return finding.NoSeverity
}

// Head returns the check's code (its Kind's), its verdict, finding.Error
// when it failed, and the spreadsheet row and column of the total.
func (c Check) Head() finding.Head {
	return finding.Head{Code: c.Kind.Code(), Severity: severityOf(c.Verdict), Verdict: c.Verdict, Row: c.Row, Column: column(c.Kind, c.Label)}
}

// String returns the check in Chinese: 105年列合計載為23，各格加總為23.
func (c Check) String() string { return c.Message(finding.Chinese) }

// Message returns the check in the language nearest to t: what was
// printed and what the figures add up to, or that the total was not
// printed.
func (c Check) Message(t language.Tag) string {
	label := c.Label
	if c.Kind == GrandTotal {
		label = ""
	}
	if c.Verdict == finding.Unchecked {
		return i18n.Sprintf(t, "requests.check.unprinted", label, c.Kind.Message(t), i18n.Number(c.Computed))
	}
	return i18n.Sprintf(t, "requests.check", label, c.Kind.Message(t), i18n.Number(c.Printed), i18n.Number(c.Computed))
}

// Head returns the finding's code, severity and row; its verdict is
// finding.Failed for a wrong total, none for the missing row, which is a
// notice.
func (f Finding) Head() finding.Head {
	h := finding.Head{Code: f.Code, Severity: f.Severity, Row: f.Row, Column: column(f.Kind, f.Label)}
	if h.Code == "" {
		h.Code = f.Kind.Code()
	}
	if f.Kind != MissingRow {
		h.Verdict = finding.Failed
	}
	return h
}

// Head returns the comparison's code (requests.cross-year-total, or
// requests.cross-grand-total for the grand totals), its verdict,
// finding.Error when it failed, and table a's spreadsheet row.
func (c CrossCheck) Head() finding.Head {
	code := "requests.cross-year-total"
	if c.Kind == GrandTotal {
		code = "requests.cross-grand-total"
	}
	col := ""
	if !c.Sums {
		col = TotalLabel
	}
	return finding.Head{Code: code, Severity: severityOf(c.Verdict), Verdict: c.Verdict, Row: c.Row, Column: col}
}

// String returns the comparison in Chinese:
// 105年列合計兩表分別為23及23.
func (c CrossCheck) String() string { return c.Message(finding.Chinese) }

// Message returns the comparison in the language nearest to t: the year
// (or 總計), what was compared, and the two figures.
func (c CrossCheck) Message(t language.Tag) string {
	year := GrandTotal.Message(t)
	if c.Kind != GrandTotal {
		year = Row{Year: c.Year}.Label()
	}
	what := RowTotal.Message(t)
	if c.Kind == GrandTotal {
		what = ""
	}
	a, b := crossValue(t, c.Printed), crossValue(t, c.OtherPrinted)
	if c.Sums {
		what = i18n.Sprintf(t, "requests.cross-check.sums")
		a, b = i18n.Sprintf(t, "requests.cross-check.figure", c.Computed), i18n.Sprintf(t, "requests.cross-check.figure", c.OtherComputed)
	}
	return i18n.Sprintf(t, "requests.cross-check", year, what, a, b)
}

// crossValue writes a printed total of a comparison: the cell as printed,
// or 未載.
func crossValue(t language.Tag, c Cell) string {
	if c.IsZero() {
		return i18n.Sprintf(t, "requests.cross-check.unprinted")
	}
	return c.String()
}

// Head returns the finding's code, severity and table a's row; its
// verdict is finding.Failed for a disagreement, finding.Unchecked for a
// year in one table only, none for a notice.
func (f CrossFinding) Head() finding.Head {
	h := finding.Head{Code: f.Code, Severity: f.Severity, Row: f.Row}
	switch f.Code {
	case "requests.cross-year-total", "requests.cross-grand-total":
		h.Verdict = finding.Failed
	case "requests.cross-missing-year":
		h.Verdict = finding.Unchecked
	}
	if h.Row == 0 {
		h.Row = f.OtherRow
	}
	return h
}

// The JSON form of every result: its code, severity, verdict and message
// (zh-Hant-TW) first, then its fields; read back by the fields' tags.

// MarshalJSON writes the check with its code, severity, verdict and
// message before its fields.
func (c Check) MarshalJSON() ([]byte, error) {
	type fields Check
	return resultjson.Marshal(c, fields(c))
}

// MarshalJSON writes the finding with its code, severity and message
// before its fields.
func (f Finding) MarshalJSON() ([]byte, error) {
	type fields Finding
	return resultjson.Marshal(f, fields(f))
}

// MarshalJSON writes the check with its code, severity, verdict and
// message before its fields.
func (c CrossCheck) MarshalJSON() ([]byte, error) {
	type fields CrossCheck
	return resultjson.Marshal(c, fields(c))
}

// MarshalJSON writes the finding with its code, severity and message
// before its fields.
func (f CrossFinding) MarshalJSON() ([]byte, error) {
	type fields CrossFinding
	return resultjson.Marshal(f, fields(f))
}

// MarshalJSON writes the check with its code, verdict and message before
// its fields.
func (c CellCheck) MarshalJSON() ([]byte, error) {
	type fields CellCheck
	return resultjson.Marshal(c, fields(c))
}

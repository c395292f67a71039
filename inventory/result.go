package inventory

import (
	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/internal/resultjson"
)

// Every finding and check result of the package is a finding.Result.
var (
	_ finding.Result = Problem{}
	_ finding.Result = Unchecked{}
	_ finding.Result = Mismatch{}
	_ finding.Result = NoteCheck{}
	_ finding.Result = Result{}
)

// ruleColumns are the columns each rule reads, by their documented
// header (序號, 法令依據), "" where a rule reads no one column.
var ruleColumns = [...]string{
	RuleClassified:        "資料分類",
	RuleClosedGrounds:     "法令依據",
	RuleLimitedGrounds:    "法令依據",
	RuleLimitedConditions: "利用條件",
	RuleOpenNoGrounds:     "法令依據",
	RuleName:              "系統、資料庫名稱",
	RuleUnit:              "管理單位",
	RuleSerial:            "序號",
	RuleUniqueSerial:      "序號",
	RuleGroundParses:      "法令依據",
	RuleProvisionExists:   "法令依據",
	RuleLaterAmendment:    "法令依據",
	RuleLawKnown:          "法令依據",
}

// column returns the documented header of the column rule r reads, ""
// for none.
func (r Rule) column() string {
	if int(r) < len(ruleColumns) {
		return ruleColumns[r]
	}
	return ""
}

// Head returns the problem's code, severity, verdict, row and column (the
// documented header of the column its rule reads: 法令依據). A problem is
// the conclusion of a failed check, verdict finding.Failed, when it is an
// Error or a Warning; a Notice (a law cited by a former name, a later
// amendment) is information, with no verdict: whether its check could be
// made is said by [Result], never by the notice.
func (p Problem) Head() finding.Head {
	h := finding.Head{Code: p.Code, Severity: p.Severity, Row: p.Row, Column: p.Rule.column()}
	if p.Severity == finding.Error || p.Severity == finding.Warning {
		h.Verdict = finding.Failed
	}
	return h
}

// Head returns the entry's code, severity (finding.Notice), verdict
// (finding.Unchecked), row and column: the column of the rule not checked.
func (u Unchecked) Head() finding.Head {
	return finding.Head{Code: u.Code, Severity: u.Severity, Verdict: finding.Unchecked, Row: u.Row, Column: u.Rule.column()}
}

// Head returns the mismatch's code, severity and verdict
// (finding.Failed: the printed figure is wrong); a figure of a summary
// has no row of the records.
func (m Mismatch) Head() finding.Head {
	h := finding.Head{Code: m.Code, Severity: m.Severity}
	if m.Code != "" {
		h.Verdict = finding.Failed
	}
	return h
}

// Head returns the check's code, severity, verdict ([NoteCheck.Verdict]),
// row and column (修正說明).
func (n NoteCheck) Head() finding.Head {
	return finding.Head{Code: n.Code, Severity: n.Severity, Verdict: n.Verdict(), Row: n.Row, Column: "修正說明"}
}

// codeResult is the code of a Result.
const codeResult = "inventory.result"

// Head returns the result's code (inventory.result) and its verdict, as
// finding.Tally gives it from the counts: Failed when a check failed,
// else Unchecked when one could not be made, else Passed; NoVerdict for
// no check.
func (r Result) Head() finding.Head {
	return finding.Head{Code: codeResult, Verdict: r.Tally().Verdict()}
}

// MarshalJSON writes the check with its code, severity, verdict and
// message in Chinese first, then its fields.
func (n NoteCheck) MarshalJSON() ([]byte, error) {
	type fields NoteCheck
	return resultjson.Marshal(n, fields(n))
}

package actions

import (
	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/internal/i18n"
	"github.com/ogdtw/governance/internal/resultjson"
	"golang.org/x/text/language"
)

// Every finding and check type of the package is a finding.Result.
var (
	_ finding.Result = Finding{}
	_ finding.Result = DelistingCheck{}
	_ finding.Result = LetterCheck{}
	_ finding.Result = (*RowError)(nil)
	_ finding.Result = (*EventError)(nil)
)

// The codes of the check results of this package, apart from the
// findings' codes ([CodeLetterYear], [CodeDelistingNotDone]), which a
// failed check carries.
const (
	// CodeLetterYearFits is a letter whose number's year is its date's
	// year or the one before (finding.Passed).
	CodeLetterYearFits = "actions.letter-year-fits"
	// CodeLetterUndated is a letter whose date, or whose number's year,
	// is not known: its year cannot be checked (finding.Unchecked).
	CodeLetterUndated = "actions.letter-undated"
	// CodeDelistingDone is a delisting a ruling approved that the
	// progress report gives as done (finding.Passed).
	CodeDelistingDone = "actions.delisting-done"
	// CodeDelistingUnreported is a delisting a ruling approved with no
	// progress report to check it against (finding.Unchecked).
	CodeDelistingUnreported = "actions.delisting-unreported"
	// CodeDelistingUnknownPublisher is a delisting whose publisher no list
	// holds, so that no report can be matched to it (finding.Unchecked).
	CodeDelistingUnknownPublisher = "actions.delisting-unknown-publisher"
)

// Head returns the finding's code and severity; a finding of this
// package is a rule found broken, so its verdict is finding.Failed.
func (f Finding) Head() finding.Head {
	return finding.Head{Code: f.Code, Severity: f.Severity, Verdict: finding.Failed, Row: f.Row}
}

// Head returns the check's code, by its verdict (actions.delisting-done,
// actions.delisting-not-done, actions.delisting-unreported or
// actions.delisting-unknown-publisher), its verdict, and for Failed the
// warning of its Finding.
func (c DelistingCheck) Head() finding.Head {
	h := finding.Head{Verdict: c.Verdict}
	switch {
	case c.Verdict == finding.Passed:
		h.Code = CodeDelistingDone
	case c.Verdict == finding.Failed:
		h.Code, h.Severity = CodeDelistingNotDone, c.Finding.Severity
	case c.Unknown != "":
		h.Code = CodeDelistingUnknownPublisher
	default:
		h.Code = CodeDelistingUnreported
	}
	return h
}

// A LetterCheck is what [Letter.Check] concluded of a letter: whether the
// year of its number fits its date.
type LetterCheck struct {
	Letter  Letter          `json:"letter"`
	Verdict finding.Verdict `json:"verdict"`          // Passed, Failed, or Unchecked when the date or the number's year is unknown
	Finding Finding         `json:"finding,omitzero"` // for Failed: the error actions.letter-year
}

// Check checks that the year of l's number is the year of its date or the
// one before (numbers lag dates by a year at most, in the first days of a
// year), and says which of the three verdicts it reached: Passed, Failed
// (with a Finding of the code actions.letter-year, 錯誤), or Unchecked when l has no date or its number no year (a
// letter cited without its date, 法資字第11011514270號函): a year that
// cannot be compared is never taken as fitting.
func (l Letter) Check() LetterCheck {
	c := LetterCheck{Letter: l, Verdict: finding.Unchecked}
	if l.date.IsZero() || l.number.Year() == 0 {
		return c
	}
	if f, bad := l.checkYear(); bad {
		c.Verdict, c.Finding = finding.Failed, f
		return c
	}
	c.Verdict = finding.Passed
	return c
}

// Head returns the check's code (actions.letter-year-fits,
// actions.letter-year or actions.letter-undated), its verdict and, when
// it failed, the error of its Finding.
func (c LetterCheck) Head() finding.Head {
	switch c.Verdict {
	case finding.Passed:
		return finding.Head{Code: CodeLetterYearFits, Verdict: finding.Passed}
	case finding.Failed:
		return finding.Head{Code: CodeLetterYear, Severity: c.Finding.Severity, Verdict: finding.Failed}
	}
	return finding.Head{Code: CodeLetterUndated, Verdict: c.Verdict}
}

// String returns the check as Message does in Chinese:
// 發文字號法資字第11011514270號所示年度（110年）與發文日期相符.
func (c LetterCheck) String() string { return c.Message(finding.Chinese) }

// Message returns the check in the language nearest to t: that the
// number's year fits the date, the finding when it does not, or that the
// letter gives no date (or its number no year) to check.
func (c LetterCheck) Message(t language.Tag) string {
	n := c.Letter.number
	switch c.Verdict {
	case finding.Passed:
		return i18n.Sprintf(t, CodeLetterYearFits, n.String(), n.Year(), c.Letter.date)
	case finding.Failed:
		return c.Finding.detail(t)
	}
	if c.Letter.date.IsZero() {
		return i18n.Sprintf(t, CodeLetterUndated, n.String())
	}
	return i18n.Sprintf(t, "actions.letter-undated.number", n.String())
}

// Head returns the refused event's code (the rule's) and finding.Error;
// a refused event is no check, so it has no verdict.
func (e *EventError) Head() finding.Head {
	return finding.Head{Code: e.Code(), Severity: finding.Error}
}

// MarshalJSON writes the finding with its code, severity, verdict
// (不符) and message in Chinese first, then its fields.
func (f Finding) MarshalJSON() ([]byte, error) {
	type fields Finding
	return resultjson.Marshal(f, fields(f))
}

// MarshalJSON writes the check with its code, severity, verdict and
// message in Chinese first, then its fields.
func (c DelistingCheck) MarshalJSON() ([]byte, error) {
	type fields DelistingCheck
	return resultjson.Marshal(c, fields(c))
}

// MarshalJSON writes the check with its code, severity, verdict and
// message in Chinese first, then its fields.
func (c LetterCheck) MarshalJSON() ([]byte, error) {
	type fields LetterCheck
	return resultjson.Marshal(c, fields(c))
}

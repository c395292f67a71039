package finding

import (
	"strconv"
	"strings"

	"github.com/ogdtw/governance/internal/i18n"
	"golang.org/x/text/language"
)

// Verdict is what a check concluded of a document: that it holds, that it
// does not, or that it could not be made because the data it needs is
// absent. Data that is absent is unknown, not missing: a table without a
// 法令依據 column says nothing about a record's grounds, so a check of
// them is Unchecked, never Failed. The zero value, NoVerdict, means not
// given.
type Verdict uint8

const (
	// NoVerdict is the zero Verdict: not given.
	NoVerdict Verdict = iota
	// Passed (符合): the check was made and the document holds.
	Passed
	// Failed (不符): the check was made and found something; the
	// findings say what.
	Failed
	// Unchecked (無法查核): the data the check needs is absent, so it
	// could not be made.
	Unchecked
)

var verdictNames = [...]string{"", "符合", "不符", "無法查核"}

var verdictIDs = [...]string{"", "passed", "failed", "unchecked"}

// verdictCodes are the message codes of the verdicts' labels.
var verdictCodes = [...]string{"", "finding.verdict.passed", "finding.verdict.failed", "finding.verdict.unchecked"}

// String returns 符合, 不符 or 無法查核, "" for NoVerdict, and
// Verdict(N) for a value out of range.
func (v Verdict) String() string {
	if v.IsValid() {
		return verdictNames[v]
	}
	return "Verdict(" + strconv.Itoa(int(v)) + ")"
}

// IsValid reports whether v is NoVerdict or one of the defined verdicts.
func (v Verdict) IsValid() bool { return int(v) < len(verdictNames) }

// AppendText appends the verdict's String to b. It fails with [ErrRange]
// for an invalid verdict.
func (v Verdict) AppendText(b []byte) ([]byte, error) {
	if !v.IsValid() {
		return b, perr("Verdict.AppendText", strconv.Itoa(int(v)), ErrRange, "finding.range.verdict")
	}
	return append(b, verdictNames[v]...), nil
}

// MarshalText returns the verdict's String.
func (v Verdict) MarshalText() ([]byte, error) { return v.AppendText(nil) }

// UnmarshalText reads a verdict as [ParseVerdict] does.
func (v *Verdict) UnmarshalText(b []byte) error {
	x, err := ParseVerdict(string(b))
	if err != nil {
		return err
	}
	*v = x
	return nil
}

// ParseVerdict reads 符合, 不符 or 無法查核, the English ids passed, failed
// and unchecked (in any case), and "" as NoVerdict.
func ParseVerdict(s string) (Verdict, error) {
	t := strings.TrimSpace(s)
	for i := range verdictNames {
		if t == verdictNames[i] || strings.EqualFold(t, verdictIDs[i]) {
			return Verdict(i), nil
		}
	}
	return NoVerdict, perr("ParseVerdict", s, ErrSyntax, "finding.syntax.verdict")
}

// Message returns the verdict in the language nearest to t: 符合, 不符 or
// 無法查核 in Chinese (as String), passed, failed or not checkable in
// English; "" for NoVerdict.
func (v Verdict) Message(t language.Tag) string {
	if !v.IsValid() || v == NoVerdict {
		return v.String()
	}
	return i18n.Text(t, verdictCodes[v])
}

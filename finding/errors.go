package finding

import (
	"github.com/ogdtw/governance/internal/errs"
	"github.com/ogdtw/governance/internal/parseerr"
)

// ErrSyntax reports text that is not a severity or a verdict.
var ErrSyntax = errs.New("finding.syntax", "invalid syntax")

// ErrRange reports a Severity or Verdict value outside the defined ones.
var ErrRange = errs.New("finding.range", "value out of range")

// pkg names this package to the parse error's body in internal/parseerr.
type pkg struct{}

func (pkg) Name() string { return "finding" }

// A ParseError records text that could not be read: Func (the failing
// function, "ParseSeverity"), Input (the text parsed), Detail (what was
// wrong, in English, for logs) and Err, [ErrSyntax] or [ErrRange].
//
// Error is English, for logs (finding: parsing "嚴重": not a severity);
// Message is for officials (「嚴重」無法解析：非嚴重程度之名稱);
// DetailCode is the detail's stable code (finding.syntax.severity); JSON
// is an object with the code and the Chinese message, its sentinel an
// object with its code, as every package's parse error is.
type ParseError = parseerr.ParseError[pkg]

// perr returns a *ParseError of fn reading input, its detail the message
// code with args.
func perr(fn, input string, err error, code string, args ...any) *ParseError {
	return parseerr.New[pkg](fn, input, err, code, args...)
}

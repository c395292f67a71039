package finding

import "github.com/ogdtw/governance/internal/errs"

// ErrSyntax reports text that is not a severity.
var ErrSyntax = errs.New("finding.syntax", "invalid syntax")

// ErrRange reports a Severity value outside the defined ones.
var ErrRange = errs.New("finding.range", "value out of range")

// A ParseError records text that could not be read. It wraps [ErrSyntax]
// or [ErrRange].
type ParseError struct {
	Func   string `json:"func,omitzero"`   // the failing function: "ParseSeverity"
	Input  string `json:"input,omitzero"`  // the text parsed
	Detail string `json:"detail,omitzero"` // what was wrong, in English; may be empty
	Err    error  `json:"err,omitzero"`    // ErrSyntax or ErrRange
}

// Error returns the message: finding: parsing "嚴重": not a severity.
func (e *ParseError) Error() string { return errs.Message("finding", e.Func, e.Input, e.Detail, e.Err) }

// Unwrap returns the sentinel.
func (e *ParseError) Unwrap() error { return e.Err }

// Is reports whether target is this package's sentinel of the kind of Err.
func (e *ParseError) Is(target error) bool { return errs.Is("finding", e.Err, target) }

// Code returns the stable code of the error: finding.syntax or
// finding.range.
func (e *ParseError) Code() string { return errs.Own("finding", e.Err) }

// MarshalJSON writes the error with its code and message:
// {"code":"finding.syntax","message":"…","func":"ParseSeverity","input":"嚴重",…}.
func (e *ParseError) MarshalJSON() ([]byte, error) {
	return errs.MarshalParse("finding", e.Func, e.Input, e.Detail, e.Err)
}

// UnmarshalJSON reads what MarshalJSON wrote.
func (e *ParseError) UnmarshalJSON(b []byte) error {
	return errs.UnmarshalParse(b, &e.Func, &e.Input, &e.Detail, &e.Err)
}

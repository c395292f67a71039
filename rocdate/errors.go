package rocdate

import "github.com/ogdtw/governance/internal/errs"

// ErrSyntax reports text that is not in any form this package reads. Its
// code is rocdate.syntax.
var ErrSyntax = errs.New("rocdate.syntax", "invalid syntax")

// ErrRange reports numbers that make no day, quarter or period: 民國0年,
// 13月, 2月30日, 第5季, an end before its start; and a [Style] outside the
// defined ones. Its code is rocdate.range.
var ErrRange = errs.New("rocdate.range", "value out of range")

// A ParseError records a failed parse or construction. It wraps
// [ErrSyntax] or [ErrRange], so both errors.Is and errors.As work.
type ParseError struct {
	Func   string `json:"func,omitzero"`   // the failing function: "Parse", "New", "ParseQuarter", …
	Input  string `json:"input,omitzero"`  // the text parsed, or the arguments given
	Detail string `json:"detail,omitzero"` // what was wrong, in English; may be empty ([ParseError.DetailCode] gives its code, [ParseError.Message] its text in Chinese)
	Err    error  `json:"err,omitzero"`    // ErrSyntax or ErrRange
}

// Error returns the message, as
// rocdate: parsing "111年2月29日": day 29 out of range for 111年2月, or
// rocdate: New("111/2/29"): … for a function that is not a parser. At most
// 64 characters of the input are quoted.
func (e *ParseError) Error() string {
	return errs.Message("rocdate", e.Func, e.Input, e.Detail, e.Err)
}

// Unwrap returns the sentinel the error wraps.
func (e *ParseError) Unwrap() error { return e.Err }

// Is reports whether target is this package's sentinel of the kind of Err.
func (e *ParseError) Is(target error) bool { return errs.Is("rocdate", e.Err, target) }

// Code returns the stable code of the error: rocdate.syntax or
// rocdate.range.
func (e *ParseError) Code() string { return errs.Own("rocdate", e.Err) }

// MarshalJSON writes the error with its code and message:
// {"code":"rocdate.range","message":"…","func":"Parse","input":"111年2月29日",…}.
func (e *ParseError) MarshalJSON() ([]byte, error) {
	return errs.MarshalParse("rocdate", e.Func, e.Input, e.Detail, e.Err)
}

// UnmarshalJSON reads what MarshalJSON wrote.
func (e *ParseError) UnmarshalJSON(b []byte) error {
	return errs.UnmarshalParse(b, &e.Func, &e.Input, &e.Detail, &e.Err)
}

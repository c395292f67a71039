package law

import "github.com/ogdtw/governance/internal/errs"

// Sentinel errors that the errors of this package wrap; test them with
// [errors.Is]. Each has a stable code, "law.syntax" and so on.
var (
	// ErrSyntax reports text that does not follow the grammar: a citation
	// with a missing number or unit, an unknown word, a dangling 至 or
	// conjunction; a law database file that is not JSON of its form.
	ErrSyntax = errs.New("law.syntax", "invalid syntax")
	// ErrRange reports a number that cannot be (zero, larger than 9999, a
	// descending range) and an enum value outside the defined ones.
	ErrRange = errs.New("law.range", "value out of range")
	// ErrOrder reports levels out of the order 條 > 項 > 款 > 目 within one
	// reference, such as 第三款第二項.
	ErrOrder = errs.New("law.order", "levels out of order")
	// ErrMissing reports a required value absent: a law of the database
	// without its name or its pcode.
	ErrMissing = errs.New("law.missing", "missing value")
	// ErrTooLarge reports input past a documented limit: a citation that
	// expands to more than [MaxProvisions] provisions.
	ErrTooLarge = errs.New("law.too-large", "input too large")
	// ErrUnknown reports a law or a version the registry does not hold.
	ErrUnknown = errs.New("law.unknown", "not in the registry")
)

// A ParseError records text that could not be read: a citation, an enum's
// text, a law of the law database. It wraps one of the sentinels.
type ParseError struct {
	Func   string // the failing function: "ParseCitation", "Decode"
	Input  string // the text parsed
	Detail string // what was wrong, in English, with its byte offset for a citation; may be empty
	Err    error  // ErrSyntax, ErrRange, ErrOrder, ErrMissing, ErrTooLarge or ErrUnknown
}

// Error returns the message: law: parsing "第0條": number zero at byte 3.
func (e *ParseError) Error() string {
	return errs.Message("law", e.Func, e.Input, e.Detail, e.Err)
}

// Unwrap returns the sentinel.
func (e *ParseError) Unwrap() error { return e.Err }

// Is reports whether target is this package's sentinel of the kind of Err.
func (e *ParseError) Is(target error) bool { return errs.Is("law", e.Err, target) }

// Code returns the stable code of the error: law.syntax, law.range, ….
func (e *ParseError) Code() string { return errs.Own("law", e.Err) }

// MarshalJSON writes the error with its code and message:
// {"code":"law.range","message":"…","func":"ParseCitation","input":"第0條",…}.
func (e *ParseError) MarshalJSON() ([]byte, error) {
	return errs.MarshalParse("law", e.Func, e.Input, e.Detail, e.Err)
}

// UnmarshalJSON reads what MarshalJSON wrote.
func (e *ParseError) UnmarshalJSON(b []byte) error {
	return errs.UnmarshalParse(b, &e.Func, &e.Input, &e.Detail, &e.Err)
}

// parseError returns a *ParseError of the function fn.
func parseError(fn, input, detail string, err error) *ParseError {
	return &ParseError{Func: fn, Input: input, Detail: detail, Err: err}
}

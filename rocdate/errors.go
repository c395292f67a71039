package rocdate

import (
	"errors"
	"strconv"
)

// ErrSyntax reports text that is not in any form this package reads.
var ErrSyntax = errors.New("invalid syntax")

// ErrRange reports numbers that make no day, quarter or period: 民國0年,
// 13月, 2月30日, 第5季, an end before its start.
var ErrRange = errors.New("value out of range")

// An Error records a failed parse or construction. It wraps [ErrSyntax] or
// [ErrRange], so both errors.Is and errors.As work.
type Error struct {
	Func   string // the failing function: "Parse", "New", "ParseQuarter", …
	Input  string // the text parsed, or the arguments given
	Detail string // what was wrong, for people
	Err    error  // ErrSyntax or ErrRange
}

// Error returns the message, as
// rocdate: parsing "111年2月29日": day 29 out of range for 111年2月.
func (e *Error) Error() string {
	var b []byte
	b = append(b, "rocdate: "...)
	if len(e.Func) >= 5 && e.Func[:5] == "Parse" {
		b = append(b, "parsing "...)
		b = strconv.AppendQuote(b, e.Input)
	} else {
		b = append(b, e.Func...)
		b = append(b, '(')
		b = append(b, e.Input...)
		b = append(b, ')')
	}
	b = append(b, ": "...)
	if e.Detail != "" {
		b = append(b, e.Detail...)
	} else {
		b = append(b, e.Err.Error()...)
	}
	return string(b)
}

// Unwrap returns the sentinel the error wraps.
func (e *Error) Unwrap() error { return e.Err }

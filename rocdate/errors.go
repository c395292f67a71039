package rocdate

import (
	"strings"

	"github.com/ogdtw/governance/internal/errs"
	"github.com/ogdtw/governance/internal/errtype"
)

// ErrSyntax reports text that is not in any form this package reads. Its
// code is rocdate.syntax.
var ErrSyntax = errs.New("rocdate.syntax", "invalid syntax")

// ErrRange reports numbers that make no day, quarter or period: 民國0年,
// 13月, 2月30日, 第5季, an end before its start; and a [Style] outside the
// defined ones. Its code is rocdate.range.
var ErrRange = errs.New("rocdate.range", "value out of range")

// pkg names this package to the error bodies of internal/errtype, and
// what each function reads, for the messages (日期「…」有誤).
type pkg struct{}

func (pkg) Name() string { return "rocdate" }
func (pkg) Object(fn string) string {
	switch {
	case strings.Contains(fn, "Quarter"):
		return "rocdate.object.quarter"
	case strings.Contains(fn, "Period"):
		return "rocdate.object.period"
	case strings.Contains(fn, "Style"):
		return "rocdate.object.style"
	}
	return "rocdate.object.date"
}

// A ParseError records a failed parse or construction: Func (the failing
// function: "Parse", "New", "ParseQuarter", …), Input (the text parsed,
// or the arguments given), Detail (what was wrong, in English, for logs;
// may be empty) and Err, [ErrSyntax] or [ErrRange]; both errors.Is and
// errors.As work.
//
// Error is English, for logs: rocdate: parsing "111年2月29日": day 29 out
// of range for 111年2月, or rocdate: New("111/2/29"): … for a function that
// is not a parser; at most 64 characters of the input are quoted.
// Message is for an official: 日期「111年2月29日」有誤：111年2月無29日 in
// Chinese, date "111年2月29日": day 29 out of range for 111年2月 in
// English. DetailCode is the detail's stable code (rocdate.range.day),
// for callers to switch on where the sentinel's code is too coarse. JSON
// is an object with the code and the Chinese message:
// {"code":"rocdate.range","message":"…","func":"Parse","input":"111年2月29日",…}.
type ParseError = errtype.ParseError[pkg]

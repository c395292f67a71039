package requests

import (
	"strconv"

	"github.com/ogdtw/governance/internal/errs"
	"github.com/ogdtw/governance/internal/errtype"
)

// ErrSyntax reports text that is not a category, concern, route, axis,
// cell, row label, date or dataset ID in any form this package reads.
var ErrSyntax = errs.New("requests.syntax", "invalid syntax")

// ErrRange reports a value outside its range: a row label's year beyond
// 999, a reply before its request, a negative deadline, an enum value that
// is none of the defined ones.
var ErrRange = errs.New("requests.range", "value out of range")

// ErrMissing reports a required value or column that is absent.
var ErrMissing = errs.New("requests.missing", "missing value")

// ErrNoHeader reports a required column the header does not name: a
// wrong or cut file, told apart from an empty cell ([ErrMissing]).
var ErrNoHeader = errs.New("requests.no-header", "no such column in the header")

// ErrDuplicate reports a value given twice where once is allowed: a
// request's 編號, a table row's year, a column label, a 合計 row.
var ErrDuplicate = errs.New("requests.duplicate", "duplicate value")

// pkg names this package to the error bodies of internal/errtype.
type pkg struct{}

func (pkg) Name() string { return "requests" }

// A ParseError records text that could not be read, or an argument a
// function cannot work with: Func (the failing function, "ParseCategory",
// "ImportRequests", "ReplyTimes", …), Input (the text parsed, or the
// argument given), Detail (what was wrong, in English; may be empty) and
// Err. Err is always a sentinel: this package's [ErrSyntax], [ErrRange]
// or [ErrMissing], or, when a value of another package failed inside (a
// date in a request, a dataset ID), that package's sentinel, with its
// detail copied. errors.Is matches both: a bad date in a request is
// rocdate.ErrRange and [ErrRange].
//
// Error is English, for logs (requests: parsing "抱怨": not a category);
// Message is for officials (「抱怨」無法解析：非有效之申請類別); Code is
// requests.syntax, requests.range or requests.missing, whichever
// package's sentinel Err is; JSON is an object with the code and the
// Chinese message.
type ParseError = errtype.ParseError[pkg]

// A RowError is one thing wrong with one cell of imported rows, or with
// one field of a [Request] ([Request.Validate]): Row (1-based in the rows
// given; a header problem is at the header's row), Column (the column's
// header as written, or the canonical header when absent), Input (the
// cell's text), Err (a sentinel: ErrMissing, ErrNoHeader, ErrDuplicate;
// or a *ParseError) and Severity: finding.Error when a required cell (or
// the header) is bad and the row is left out, finding.Warning when an
// optional cell is bad and the row is kept with that value zero. An
// importer's doc lists its required columns.
//
// Message gives the problem to officials: 第3列「收件日期」欄：「111年2月29日」無法解析：111年2月無29日.
type RowError = errtype.RowError[pkg]

// An ImportError lists every problem an importer found (Problems, in row
// order). The importer still returns every good row with it, and every
// row whose problems are all warnings. Its Code is
// requests.import; errors.Is and errors.As look at each problem.
type ImportError = errtype.ImportError[pkg]

func itoa(n int) string { return strconv.Itoa(n) }

// perr returns the *ParseError of fn, which could not read input, for
// the sentinel err: what was wrong is the message code with its args
// (see messages.txt), its English the error's Detail.
func perr(fn, input string, err error, code string, args ...any) *ParseError {
	return errtype.New[pkg](fn, input, err, code, args...)
}

// rangeError returns the error of T.AppendText, typ naming T, for n, a
// value that is none of T's: ErrRange with the detail code.
func rangeError(typ string, n int, code string) *ParseError {
	return perr(typ+".AppendText", itoa(n), ErrRange, code)
}

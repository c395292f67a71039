// Package errtype holds the bodies of the errors every package of the
// library returns from parsers and importers: ParseError, RowError and
// ImportError, written once. A package declares a type without fields that
// names it ([Package]) and exports its own names for the instances:
//
//	type pkg struct{}
//	func (pkg) Name() string { return "requests" }
//
//	type ParseError = errtype.ParseError[pkg]
//	type RowError = errtype.RowError[pkg]
//	type ImportError = errtype.ImportError[pkg]
//
// so that callers keep writing var re *requests.RowError;
// errors.As(err, &re), and each package's errors carry its codes
// (requests.syntax) and its messages.
//
// Messages: Error is English, for logs (internal/errs writes it); Message
// is for officials, in the language asked, from the catalog: the
// package's message of a Detail it wrote, else the message of the
// sentinel's code (格式不符 for requests.syntax), registered by the
// package under that code. JSON: every error is an object with its code
// and its message in Chinese (zh-Hant-TW); a cause is always an object
// with its code.
package errtype

import (
	"encoding/json"
	"strconv"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/internal/errs"
	"github.com/ogdtw/governance/internal/i18n"
	"github.com/ogdtw/governance/internal/parseerr"
	"golang.org/x/text/language"
)

// A Package names a package of the library (see [parseerr.Package]).
type Package = parseerr.Package

// Objects is what a Package may also implement to name what each of its
// functions reads (see [parseerr.Objects]).
type Objects = parseerr.Objects

// A ParseError records text that could not be read (see
// [parseerr.ParseError]).
type ParseError[P Package] = parseerr.ParseError[P]

// New returns a *ParseError of P whose detail is the message code with
// args (see [parseerr.New]).
func New[P Package](fn, input string, err error, code string, args ...any) *ParseError[P] {
	return parseerr.New[P](fn, input, err, code, args...)
}

// With returns a *ParseError of P whose detail is d.
func With[P Package](fn, input string, err error, d i18n.Detail) *ParseError[P] {
	return parseerr.With[P](fn, input, err, d)
}

// Wrap returns a *ParseError of P for input whose cause err comes from
// another package (see [parseerr.Wrap]).
func Wrap[P Package](fn, input string, err, fallback error) *ParseError[P] {
	return parseerr.Wrap[P](fn, input, err, fallback)
}

// Nest returns a *ParseError of P whose detail is code around err's (see
// [parseerr.Nest]).
func Nest[P Package](fn, input, code string, err, fallback error) *ParseError[P] {
	return parseerr.Nest[P](fn, input, code, err, fallback)
}

// A Failure is why a parse failed, as a parser that allocates nothing on
// success carries it until its exported function makes the *ParseError
// (With(fn, input, f.Err, f.Why)): the sentinel and what was wrong.
type Failure struct {
	Err error       // the sentinel
	Why i18n.Detail // what was wrong
}

// Fail returns the Failure of the sentinel err whose detail is the
// message code with args.
func Fail(err error, code string, args ...any) *Failure {
	return &Failure{Err: err, Why: i18n.NewDetail(code, args...)}
}

// Remap returns e with the offset of its detail mapped by f.
func Remap[P Package](e *ParseError[P], f func(int) int) *ParseError[P] { return parseerr.Remap(e, f) }

// Why returns what the first parse error in err's chain says was wrong,
// and its sentinel.
func Why(err error) (i18n.Detail, error) { return parseerr.Why(err) }

// SentinelMessage returns the message of the sentinel err as package pkg
// names it (see [parseerr.SentinelMessage]).
func SentinelMessage(pkg string, err error, t language.Tag) string {
	return parseerr.SentinelMessage(pkg, err, t)
}

// SentinelJSON returns the JSON form of the sentinel err as package pkg
// names it: an object with its code and message (Chinese); nil for none.
func SentinelJSON(pkg string, err error) any { return parseerr.SentinelJSON(pkg, err) }

// Sentinel returns the sentinel of code, nil for ""; an unknown code is
// an error.
func Sentinel(code string) (error, error) { return parseerr.Sentinel(code) }

// The messages the row and import errors are put together with. A row's
// number is a string, so that it is not grouped (第1234列).
var _ = i18n.Register(
	i18n.Message{Code: "errtype.row-error", Chinese: "第%s列「%s」欄：%s", English: "row %s, column %s: %s"},
	i18n.Message{Code: "errtype.row-error.row", Chinese: "第%s列：%s", English: "row %s: %s"},
	i18n.Message{Code: "errtype.import-error", Chinese: "共%d項問題，首項為%s", English: "%d problems in the rows; the first: %s"},
	i18n.Message{Code: "errtype.import-error.one", Chinese: "共%d項問題：%s", English: "%d problem in the rows: %s"},
)

// A RowError is one problem with one cell of imported rows: its row
// (1-based, as a spreadsheet counts, header and title rows included), its
// column as the header writes it, the cell's text and what is wrong. A
// problem with the header is at the header's row.
//
// Severity is finding.Error when a required cell (or the header) is bad
// and the row is left out, finding.Warning when an optional cell is bad
// and the row is kept with that value zero.
type RowError[P Package] struct {
	Row      int              // 1-based row in the rows given
	Column   string           // the column's header as written, or its name when absent
	Input    string           // the cell's text
	Err      error            // a sentinel (ErrMissing, ErrNoHeader, ErrDuplicate, …) or a *ParseError
	Severity finding.Severity // finding.Error (row left out) or finding.Warning (row kept)
}

// Error returns the message in English, for logs:
// requests: row 8, column 序號 "A": duplicate value.
func (e *RowError[P]) Error() string {
	return errs.RowMessage(parseerr.Name[P](), e.Row, e.Column, e.Input, e.Err)
}

// Unwrap returns the cause, so that errors.Is(err, ErrMissing) and
// errors.As(err, &parseErr) work.
func (e *RowError[P]) Unwrap() error { return e.Err }

// Is reports whether target is the package's sentinel of the kind of
// Err.
func (e *RowError[P]) Is(target error) bool { return errs.Is(parseerr.Name[P](), e.Err, target) }

// Code returns the code of the cause in the package's name:
// requests.missing, requests.syntax, ….
func (e *RowError[P]) Code() string { return errs.Own(parseerr.Name[P](), e.Err) }

// Head returns the problem's code, severity, row and column; a problem
// with a cell is no check, so it has no verdict.
func (e *RowError[P]) Head() finding.Head {
	return finding.Head{Code: e.Code(), Severity: e.Severity, Row: e.Row, Column: e.Column}
}

// Message returns the problem in the language nearest to t:
// 第3列「收件日期」欄：「111年2月29日」無法解析：111年2月無29日.
func (e *RowError[P]) Message(t language.Tag) string {
	var what string
	if pe, ok := e.Err.(*ParseError[P]); ok {
		what = pe.Message(t)
	} else {
		what = SentinelMessage(parseerr.Name[P](), e.Err, t)
	}
	if e.Column == "" {
		return i18n.Sprintf(t, "errtype.row-error.row", strconv.Itoa(e.Row), what)
	}
	return i18n.Sprintf(t, "errtype.row-error", strconv.Itoa(e.Row), e.Column, what)
}

// rowJSON is the JSON form of a RowError. Its cause is a sentinel's
// object ({"code","message"}) or a parse error's (which has an err).
type rowJSON struct {
	Code     string           `json:"code"`
	Severity finding.Severity `json:"severity,omitempty"`
	Message  string           `json:"message"`
	Row      int              `json:"row"`
	Column   string           `json:"column,omitempty"`
	Input    string           `json:"input,omitempty"`
	Err      json.RawMessage  `json:"err,omitempty"`
}

// MarshalJSON writes the problem with its code, severity and message
// (Chinese), its row, column and input, and its cause as an object.
func (e *RowError[P]) MarshalJSON() ([]byte, error) {
	j := rowJSON{Code: e.Code(), Severity: e.Severity, Message: e.Message(finding.Chinese), Row: e.Row, Column: e.Column, Input: e.Input}
	var cause any = parseerr.SentinelJSON(parseerr.Name[P](), e.Err)
	if pe, ok := e.Err.(*ParseError[P]); ok {
		cause = pe
	}
	if e.Err != nil {
		b, err := json.Marshal(cause)
		if err != nil {
			return nil, err
		}
		j.Err = b
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads what MarshalJSON wrote.
func (e *RowError[P]) UnmarshalJSON(b []byte) error {
	var j rowJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*e = RowError[P]{Row: j.Row, Column: j.Column, Input: j.Input, Severity: j.Severity}
	if len(j.Err) == 0 {
		return nil
	}
	var c struct {
		Code string          `json:"code"`
		Err  json.RawMessage `json:"err"`
	}
	if err := json.Unmarshal(j.Err, &c); err != nil {
		return err
	}
	if len(c.Err) > 0 && string(c.Err) != "null" { // a parse error: it holds its sentinel
		pe := new(ParseError[P])
		if err := json.Unmarshal(j.Err, pe); err != nil {
			return err
		}
		e.Err = pe
		return nil
	}
	s, err := parseerr.Sentinel(c.Code)
	e.Err = s
	return err
}

// An ImportError is what an importer returns when some cells could not
// be read: every problem, in row order. What the importer returns with
// it still holds every good row.
type ImportError[P Package] struct {
	Problems []*RowError[P]
}

// Error returns the count of problems and the first of them, in English:
// requests: 3 problems in the rows; first: row 4, column 序號: ….
func (e *ImportError[P]) Error() string {
	var first error
	if len(e.Problems) > 0 && e.Problems[0] != nil {
		first = e.Problems[0]
	}
	return errs.ImportMessage(parseerr.Name[P](), first, len(e.Problems))
}

// Unwrap returns the problems, so that errors.Is and errors.As look at
// each.
func (e *ImportError[P]) Unwrap() []error {
	out := make([]error, len(e.Problems))
	for i, p := range e.Problems {
		out[i] = p
	}
	return out
}

// Code returns the package's import code: requests.import.
func (e *ImportError[P]) Code() string { return parseerr.Name[P]() + ".import" }

// Message returns the count of problems and the first of them in the
// language nearest to t: 共2項問題，首項為第3列「收件日期」欄：….
func (e *ImportError[P]) Message(t language.Tag) string {
	first := ""
	if len(e.Problems) > 0 && e.Problems[0] != nil {
		first = e.Problems[0].Message(t)
	}
	if len(e.Problems) == 1 {
		return i18n.Sprintf(t, "errtype.import-error.one", 1, first)
	}
	return i18n.Sprintf(t, "errtype.import-error", len(e.Problems), first)
}

// importJSON is the JSON form of an ImportError.
type importJSON[P Package] struct {
	Code     string         `json:"code"`
	Message  string         `json:"message"`
	Problems []*RowError[P] `json:"problems"`
}

// MarshalJSON writes the error with its code, message (Chinese) and
// problems ([] for none).
func (e *ImportError[P]) MarshalJSON() ([]byte, error) {
	ps := e.Problems
	if ps == nil {
		ps = []*RowError[P]{}
	}
	return json.Marshal(importJSON[P]{Code: e.Code(), Message: e.Message(finding.Chinese), Problems: ps})
}

// UnmarshalJSON reads what MarshalJSON wrote.
func (e *ImportError[P]) UnmarshalJSON(b []byte) error {
	var j importJSON[P]
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	e.Problems = j.Problems
	if len(e.Problems) == 0 {
		e.Problems = nil // [] and none read back as no problems
	}
	return nil
}

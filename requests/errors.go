package requests

import (
	"encoding/json"
	"strconv"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/internal/errs"
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

// A ParseError records text that could not be read, or an argument a
// function cannot work with. Err is always a sentinel: this package's
// [ErrSyntax], [ErrRange] or [ErrMissing], or, when a value of another
// package failed inside (a date in a request, a dataset ID), that
// package's sentinel, with its detail copied. errors.Is matches both: a
// bad date in a request is rocdate.ErrRange and [ErrRange].
type ParseError struct {
	Func   string `json:"func,omitzero"`   // the failing function: "ParseCategory", "ImportRequests", "ReplyTimes", …
	Input  string `json:"input,omitzero"`  // the text parsed, or the argument given
	Detail string `json:"detail,omitzero"` // what was wrong, in English; may be empty
	Err    error  `json:"err,omitzero"`    // a sentinel of this package or of the package whose value failed
}

// Error returns the message: requests: parsing "抱怨": not a category.
func (e *ParseError) Error() string {
	return errs.Message("requests", e.Func, e.Input, e.Detail, e.Err)
}

// Unwrap returns the sentinel.
func (e *ParseError) Unwrap() error { return e.Err }

// Is reports whether target is this package's sentinel of the kind of Err.
func (e *ParseError) Is(target error) bool { return errs.Is("requests", e.Err, target) }

// Code returns the stable code of the error: requests.syntax,
// requests.range or requests.missing, whichever package's sentinel Err is.
func (e *ParseError) Code() string { return errs.Own("requests", e.Err) }

// MarshalJSON writes the error with its code and message:
// {"code":"requests.syntax","message":"…","func":"ParseCategory","input":"抱怨",…}.
func (e *ParseError) MarshalJSON() ([]byte, error) {
	return errs.MarshalParse("requests", e.Func, e.Input, e.Detail, e.Err)
}

// UnmarshalJSON reads what MarshalJSON wrote.
func (e *ParseError) UnmarshalJSON(b []byte) error {
	return errs.UnmarshalParse(b, &e.Func, &e.Input, &e.Detail, &e.Err)
}

// A RowError is one thing wrong with one cell of imported rows, or with
// one field of a [Request] ([Request.Validate]).
//
// Its Severity is finding.Error when a required cell (or the header) is
// bad and the row is left out, finding.Warning when an optional cell is
// bad and the row is kept with that value zero. An importer's doc lists
// its required columns.
type RowError struct {
	Row      int              `json:"row,omitzero"`      // 1-based row in the rows given; a header problem is at the header's row
	Column   string           `json:"column,omitzero"`   // the column's header as written, or the canonical header when absent
	Input    string           `json:"input,omitzero"`    // the cell's text
	Err      error            `json:"err,omitzero"`      // a sentinel (ErrMissing, ErrNoHeader, ErrDuplicate) or a *ParseError
	Severity finding.Severity `json:"severity,omitzero"` // finding.Error: the row was left out; finding.Warning: the row was kept
}

// Error returns the message: requests: row 8, column 序號 "A": duplicate value.
func (e *RowError) Error() string {
	return errs.RowMessage("requests", e.Row, e.Column, e.Input, e.Err)
}

// Unwrap returns the cause.
func (e *RowError) Unwrap() error { return e.Err }

// Is reports whether target is this package's sentinel of the kind of Err.
func (e *RowError) Is(target error) bool { return errs.Is("requests", e.Err, target) }

// Code returns the code of the cause: requests.missing, requests.syntax, ….
func (e *RowError) Code() string { return errs.Own("requests", e.Err) }

// rowJSON is the JSON form of a RowError.
type rowJSON struct {
	Code     string           `json:"code"`
	Severity finding.Severity `json:"severity,omitempty"`
	Message  string           `json:"message"`
	Row      int              `json:"row"`
	Column   string           `json:"column,omitempty"`
	Input    string           `json:"input,omitempty"`
	Err      json.RawMessage  `json:"err"`
}

// MarshalJSON writes the error with its code and message, its row,
// column and input, and its cause: a sentinel's code, or a *ParseError's
// object.
func (e *RowError) MarshalJSON() ([]byte, error) {
	j := rowJSON{Code: e.Code(), Severity: e.Severity, Message: e.Error(), Row: e.Row, Column: e.Column, Input: e.Input}
	if pe, ok := e.Err.(*ParseError); ok {
		b, err := pe.MarshalJSON()
		if err != nil {
			return nil, err
		}
		j.Err = b
	} else {
		j.Err = errs.MarshalSentinel(e.Err)
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads what MarshalJSON wrote.
func (e *RowError) UnmarshalJSON(b []byte) error {
	var j rowJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	e.Row, e.Column, e.Input, e.Err, e.Severity = j.Row, j.Column, j.Input, nil, j.Severity
	if len(j.Err) > 0 && j.Err[0] == '{' {
		pe := new(ParseError)
		if err := pe.UnmarshalJSON(j.Err); err != nil {
			return err
		}
		e.Err = pe
		return nil
	}
	return errs.UnmarshalSentinel(j.Err, &e.Err)
}

// An ImportError lists every problem an importer found. The importer
// still returns every good row, and every row whose problems are all
// warnings.
type ImportError struct {
	Problems []*RowError `json:"problems,omitzero"`
}

// Error returns the count of problems and the first of them:
// requests: 3 problems in the rows; first: row 8, column 序號 "A": duplicate value.
func (e *ImportError) Error() string {
	var first error
	if len(e.Problems) > 0 {
		first = e.Problems[0]
	}
	return errs.ImportMessage("requests", first, len(e.Problems))
}

// Unwrap returns the problems, so errors.Is and errors.As see each one.
func (e *ImportError) Unwrap() []error {
	list := make([]error, len(e.Problems))
	for i, p := range e.Problems {
		list[i] = p
	}
	return list
}

// Code returns requests.import.
func (e *ImportError) Code() string { return "requests.import" }

// importJSON is the JSON form of an ImportError.
type importJSON struct {
	Code     string      `json:"code"`
	Message  string      `json:"message"`
	Problems []*RowError `json:"problems"`
}

// MarshalJSON writes the error with its code, message and problems.
func (e *ImportError) MarshalJSON() ([]byte, error) {
	return json.Marshal(importJSON{Code: e.Code(), Message: e.Error(), Problems: e.Problems})
}

// UnmarshalJSON reads what MarshalJSON wrote.
func (e *ImportError) UnmarshalJSON(b []byte) error {
	var j importJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	e.Problems = j.Problems
	return nil
}

func itoa(n int) string { return strconv.Itoa(n) }

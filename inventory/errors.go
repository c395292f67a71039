package inventory

import (
	"encoding/json"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/internal/errs"
)

// Sentinel errors that the errors of this package wrap; test them with
// [errors.Is]. Each has a stable code, "inventory.syntax" and so on.
var (
	// ErrSyntax reports text that is not what it should be: a class, a
	// count or a 序號 that is not one. A citation that does not parse holds
	// law.ErrSyntax, which errors.Is also matches with ErrSyntax.
	ErrSyntax = errs.New("inventory.syntax", "invalid syntax")
	// ErrRange reports a number that cannot be (a 序號 or a count out of
	// range) and an enum value outside the defined ones; a citation's
	// law.ErrRange matches it too.
	ErrRange = errs.New("inventory.range", "value out of range")
	// ErrOrder matches law.ErrOrder, a citation's levels out of the order
	// 條 > 項 > 款 > 目 (第三款第二項), as a printed summary's 備註 reports it.
	ErrOrder = errs.New("inventory.order", "levels out of order")
	// ErrMissing reports a required value or column left empty or absent.
	ErrMissing = errs.New("inventory.missing", "missing value")
	// ErrNoHeader reports a required column the header does not name: a
	// wrong or cut file, told apart from an empty cell (ErrMissing).
	ErrNoHeader = errs.New("inventory.no-header", "column absent from the header")
	// ErrDuplicate reports what is given twice where once is allowed: a
	// column named twice in a header (法令依據 and 法源依據), a class or a
	// 合計 row given twice in a printed summary.
	ErrDuplicate = errs.New("inventory.duplicate", "given twice")
	// ErrTooLarge reports input past a documented limit, refused whole
	// and quickly: a cell of an imported table longer than [MaxCell].
	ErrTooLarge = errs.New("inventory.too-large", "input too large")
)

// MaxCell is the longest cell, in bytes, that ImportRecords and
// ImportSummary read (1 MiB); a longer one is reported as ErrTooLarge:
// its row is left out when the column is required, kept with the cell
// empty when it is optional.
const MaxCell = 1 << 20

// A ParseError records text that could not be read: a class, an enum's
// text, a count; or a citation, with the law package's sentinel and
// detail. It wraps ErrSyntax, ErrRange, ErrTooLarge, or law's ErrSyntax,
// ErrRange, ErrOrder or ErrTooLarge.
type ParseError struct {
	Func   string `json:"func,omitzero"`   // the failing function: "ParseCitation", "ParseClass"
	Input  string `json:"input,omitzero"`  // the text parsed
	Detail string `json:"detail,omitzero"` // what was wrong, in English, with its byte offset for a citation; may be empty
	Err    error  `json:"err,omitzero"`    // ErrSyntax, ErrRange or ErrOrder
}

// Error returns the message: inventory: parsing "第0條": number zero at byte 3.
func (e *ParseError) Error() string {
	return errs.Message("inventory", e.Func, e.Input, e.Detail, e.Err)
}

// Unwrap returns the sentinel.
func (e *ParseError) Unwrap() error { return e.Err }

// Is reports whether target is this package's sentinel of the kind of Err.
func (e *ParseError) Is(target error) bool { return errs.Is("inventory", e.Err, target) }

// Code returns the stable code of the error: inventory.syntax,
// inventory.range or inventory.order.
func (e *ParseError) Code() string { return errs.Own("inventory", e.Err) }

// MarshalJSON writes the error with its code and message:
// {"code":"inventory.range","message":"…","func":"ParseCitation","input":"第0條",…}.
func (e *ParseError) MarshalJSON() ([]byte, error) {
	return errs.MarshalParse("inventory", e.Func, e.Input, e.Detail, e.Err)
}

// UnmarshalJSON reads what MarshalJSON wrote.
func (e *ParseError) UnmarshalJSON(b []byte) error {
	return errs.UnmarshalParse(b, &e.Func, &e.Input, &e.Detail, &e.Err)
}

// A RowError is a problem with one cell of an imported table: its row
// (1-based, as a spreadsheet counts, header and title rows included), its
// column as the header writes it, the cell's text and what is wrong. A
// problem with the header (a required column absent, a column named twice)
// is reported at the header's row. Err is ErrNoHeader, ErrMissing,
// ErrDuplicate, ErrSyntax, ErrRange, ErrTooLarge or a *ParseError.
//
// Severity is finding.Error when a required cell (or the header) is bad
// and the row is left out, finding.Warning when an optional cell is bad
// and the row is kept with that value zero.
type RowError struct {
	Row      int              `json:"row,omitzero"`      // 1-based row number in the rows given
	Column   string           `json:"column,omitzero"`   // the header as written, 序號
	Input    string           `json:"input,omitzero"`    // the cell's text
	Err      error            `json:"err,omitzero"`      // what is wrong: a sentinel or a *ParseError
	Severity finding.Severity `json:"severity,omitzero"` // finding.Error (row left out) or finding.Warning (row kept)
}

// Error returns the message: inventory: row 5, column 資料分類: parsing "丁類": not 甲類, 乙類 or 丙類.
func (e *RowError) Error() string {
	return errs.RowMessage("inventory", e.Row, e.Column, e.Input, e.Err)
}

// Unwrap returns the cause.
func (e *RowError) Unwrap() error { return e.Err }

// Is reports whether target is this package's sentinel of the kind of Err.
func (e *RowError) Is(target error) bool { return errs.Is("inventory", e.Err, target) }

// Code returns the code of the cause as this package gives it:
// inventory.missing, inventory.syntax, ….
func (e *RowError) Code() string { return errs.Own("inventory", e.Err) }

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

// MarshalJSON writes the error with its code and message, its row, column
// and input, and its cause: a sentinel as its code, a *ParseError as an
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

// An ImportError is what an importer returns when some cells could not be
// read: every problem, in row order. The records or the summary returned
// with it still hold every good row.
type ImportError struct {
	Problems []*RowError `json:"problems,omitzero"`
}

// Error returns the count of problems and the first of them.
func (e *ImportError) Error() string {
	var first error
	if len(e.Problems) > 0 {
		first = e.Problems[0]
	}
	return errs.ImportMessage("inventory", first, len(e.Problems))
}

// Unwrap returns the problems, so that errors.Is and errors.As look at
// each.
func (e *ImportError) Unwrap() []error {
	out := make([]error, len(e.Problems))
	for i, p := range e.Problems {
		out[i] = p
	}
	return out
}

// Code returns inventory.import.
func (e *ImportError) Code() string { return "inventory.import" }

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

// importError returns nil when there are no problems, else an
// *ImportError holding them.
func importError(problems []*RowError) error {
	if len(problems) == 0 {
		return nil
	}
	return &ImportError{Problems: problems}
}

// parseError returns a *ParseError of the function fn.
func parseError(fn, input, detail string, err error) *ParseError {
	return &ParseError{Func: fn, Input: input, Detail: detail, Err: err}
}

package datasets

import (
	"encoding/json"
	"errors"
	"strconv"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/internal/errs"
)

// Sentinel errors that the errors of this package wrap; test them with
// [errors.Is]. Each has a stable code, "datasets.syntax" and so on.
var (
	// ErrSyntax reports text that is not in the expected form: an ID with
	// letters, a title without its bracketed ID, a count that groups its
	// digits wrongly, a word that is no status, group or reason.
	ErrSyntax = errs.New("datasets.syntax", "invalid syntax")
	// ErrRange reports a number or value outside its range: an ID that is
	// zero or too large, a negative count, a figure too large, an enum
	// value outside the defined ones, a point without a date.
	ErrRange = errs.New("datasets.range", "value out of range")
	// ErrMissing reports a required value or column left empty or absent:
	// a header without 資料集識別碼, a dataset without a title.
	ErrMissing = errs.New("datasets.missing", "missing value")
	// ErrNoHeader reports a required column the header does not name: a
	// wrong or cut file, told apart from an empty cell ([ErrMissing]).
	// It is reported at the header's row (row 1 when no row names any
	// required column), and no row is read.
	ErrNoHeader = errs.New("datasets.no-header", "column absent from the header")
	// ErrDuplicate reports what is given twice where once is allowed: a
	// dataset ID in one catalog, a date in one series, a column named
	// twice in a header, a publisher, a 小計 or a 合計 (合計 and 合　計)
	// given twice in one table.
	ErrDuplicate = errs.New("datasets.duplicate", "given twice")
	// ErrTooLarge reports input past a documented limit: a publisher name
	// longer than [MaxPublisherName], a hierarchy deeper than
	// [MaxHierarchyDepth]. The function fails fast, never with a partial
	// answer; the *ParseError's Detail names the limit.
	ErrTooLarge = errs.New("datasets.too-large", "input too large")
	// ErrCycle reports a hierarchy whose 上級機關 lead back to the agency.
	ErrCycle = errs.New("datasets.hierarchy-cycle", "agency is its own superior")
	// ErrUnknownPublisher reports a name that is none of the ministry's
	// units or agencies, where only those are accepted ([LookupPublisher]).
	ErrUnknownPublisher = errs.New("datasets.unknown-publisher", "unknown publisher")
	// ErrWrongGroup reports a publisher placed in a table group it does
	// not belong to, such as 矯正署 among 本部單位.
	ErrWrongGroup = errs.New("datasets.wrong-group", "publisher not in the row's group")
	// ErrNegated reports a claim of a rank that is negated or counted
	// from the bottom (未名列前三, 名列倒數第二): [ParseRankClaim] refuses
	// it rather than read it as the rank it writes.
	ErrNegated = errs.New("datasets.negated", "negated claim")
	// ErrNotInSeries reports a date for which the series has no point.
	ErrNotInSeries = errs.New("datasets.not-in-series", "no series point on the date")
	// ErrRefused reports a delisting batch that the rules refuse (see
	// [Catalog.ReviewDelistings]); it is the sentinel of a *RefusedError.
	ErrRefused = errs.New("datasets.refused", "delisting refused")
)

// A ParseError records text that could not be read, or arguments a
// constructor refuses. It wraps one of this package's sentinels, or the
// sentinel of the package whose value failed inside (rocdate.ErrRange for
// a bad statistics date), in which case it matches this package's
// sentinel of the same kind too.
type ParseError struct {
	Func   string // the failing function: "ParseID", "ParseRef", "NewCatalog"
	Input  string // the text parsed, or the argument refused
	Detail string // what was wrong, in English; may be empty
	Err    error  // a sentinel
}

// Error returns the message: datasets: parsing "87a10": not a number.
func (e *ParseError) Error() string {
	return errs.Message("datasets", e.Func, e.Input, e.Detail, e.Err)
}

// Unwrap returns the sentinel.
func (e *ParseError) Unwrap() error { return e.Err }

// Is reports whether target is this package's sentinel of the kind of Err.
func (e *ParseError) Is(target error) bool { return errs.Is("datasets", e.Err, target) }

// Code returns the stable code of the error: datasets.syntax,
// datasets.range, ….
func (e *ParseError) Code() string { return errs.Own("datasets", e.Err) }

// MarshalJSON writes the error with its code and message:
// {"code":"datasets.syntax","message":"…","func":"ParseID","input":"87a10",…}.
func (e *ParseError) MarshalJSON() ([]byte, error) {
	return errs.MarshalParse("datasets", e.Func, e.Input, e.Detail, e.Err)
}

// UnmarshalJSON reads what MarshalJSON wrote.
func (e *ParseError) UnmarshalJSON(b []byte) error {
	return errs.UnmarshalParse(b, &e.Func, &e.Input, &e.Detail, &e.Err)
}

// parseError returns a *ParseError of the function fn.
func parseError(fn, input, detail string, err error) *ParseError {
	return &ParseError{Func: fn, Input: input, Detail: detail, Err: err}
}

// foreign returns a *ParseError of fn for err, an error of another
// package (rocdate) that failed inside: its detail copied and its
// sentinel kept, so that errors.Is matches both packages' sentinels.
func foreign(fn, input string, err error) *ParseError {
	var pe *ParseError
	if errors.As(err, &pe) {
		return parseError(fn, input, pe.Detail, pe.Err)
	}
	detail, sentinel := errs.Cause(err)
	if sentinel == nil {
		sentinel = ErrSyntax
	}
	return parseError(fn, input, detail, sentinel)
}

// A RowError is a problem with one cell of an imported table: its row
// (1-based, as a spreadsheet counts, header and title rows included), its
// column as the header writes it, the cell's text and what is wrong. A
// problem with the header (a required column absent, a column named twice)
// is reported at the header's row. Err is a sentinel (ErrMissing,
// ErrDuplicate, ErrWrongGroup, …) or a *ParseError.
//
// Severity says what became of the row: [finding.Error] when a required
// cell is bad (or the header is) and the row is left out,
// [finding.Warning] when an optional cell is bad and the row is kept with
// that value zero. A warning still makes the importer's error non-nil.
type RowError struct {
	Row      int              // 1-based row number in the rows given
	Column   string           // the header as written, 資料集識別碼
	Input    string           // the cell's text
	Err      error            // what is wrong: a sentinel or a *ParseError
	Severity finding.Severity // finding.Error: row left out; finding.Warning: row kept
}

// Error returns the message: datasets: row 3, column 資料集識別碼: parsing "abc": not a number.
func (e *RowError) Error() string {
	return errs.RowMessage("datasets", e.Row, e.Column, e.Input, e.Err)
}

// Unwrap returns the cause.
func (e *RowError) Unwrap() error { return e.Err }

var _ finding.Result = (*RowError)(nil)

// Head returns the problem's code, severity, row and column; a problem of
// a cell is no check, so it has no verdict.
func (e *RowError) Head() finding.Head {
	return finding.Head{Code: e.Code(), Severity: e.Severity, Row: e.Row, Column: e.Column}
}

// Is reports whether target is this package's sentinel of the kind of Err.
func (e *RowError) Is(target error) bool { return errs.Is("datasets", e.Err, target) }

// Code returns the code of the cause as this package gives it:
// datasets.missing, datasets.syntax, ….
func (e *RowError) Code() string { return errs.Own("datasets", e.Err) }

// rowJSON is the JSON form of a RowError.
type rowJSON struct {
	Code     string           `json:"code"`
	Message  string           `json:"message"`
	Row      int              `json:"row"`
	Column   string           `json:"column,omitempty"`
	Input    string           `json:"input,omitempty"`
	Severity finding.Severity `json:"severity,omitempty"`
	Err      json.RawMessage  `json:"err"`
}

// MarshalJSON writes the error with its code and message, its row, column
// and input, and its cause: a sentinel as its code, a *ParseError as an
// object.
func (e *RowError) MarshalJSON() ([]byte, error) {
	j := rowJSON{Code: e.Code(), Message: e.Error(), Row: e.Row, Column: e.Column, Input: e.Input, Severity: e.Severity}
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
	e.Row, e.Column, e.Input, e.Severity, e.Err = j.Row, j.Column, j.Input, j.Severity, nil
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
// read: every problem, in row order. The catalog, delistings, series or
// table returned with it still holds every good row.
type ImportError struct {
	Problems []*RowError
}

// Error returns the count of problems and the first of them.
func (e *ImportError) Error() string {
	var first error
	if len(e.Problems) > 0 {
		first = e.Problems[0]
	}
	return errs.ImportMessage("datasets", first, len(e.Problems))
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

// Code returns datasets.import.
func (e *ImportError) Code() string { return "datasets.import" }

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

// A RefusedError is what [Catalog.Delist] returns for a batch with a
// request the rules refuse: every refused request with the findings that
// refuse it. Nothing of the batch is applied.
type RefusedError struct {
	Refused []Refusal
}

// Error returns the count of refused requests and the first finding:
// datasets: 2 delisting requests refused; first: item 1 (dataset 87010): datasets.cycle.
func (e *RefusedError) Error() string {
	b := []byte("datasets: ")
	b = strconv.AppendInt(b, int64(len(e.Refused)), 10)
	if len(e.Refused) == 1 {
		b = append(b, " delisting request refused"...)
	} else {
		b = append(b, " delisting requests refused"...)
	}
	if len(e.Refused) > 0 {
		r := e.Refused[0]
		b = append(b, "; first: "...)
		if r.Delisting.Item != 0 {
			b = append(b, "item "...)
			b = strconv.AppendInt(b, int64(r.Delisting.Item), 10)
		} else {
			b = append(b, "request "...)
			b = strconv.AppendInt(b, int64(r.Index+1), 10)
		}
		b = append(b, " (dataset "...)
		b = strconv.AppendInt(b, int64(r.Delisting.Dataset.ID), 10)
		b = append(b, ")"...)
		if len(r.Findings) > 0 {
			b = append(b, ": "...)
			b = append(b, r.Findings[0].Code...)
		}
	}
	return string(b)
}

// Unwrap returns [ErrRefused].
func (e *RefusedError) Unwrap() error { return ErrRefused }

// Code returns datasets.refused.
func (e *RefusedError) Code() string { return "datasets.refused" }

// refusedJSON is the JSON form of a RefusedError.
type refusedJSON struct {
	Code    string    `json:"code"`
	Message string    `json:"message"`
	Refused []Refusal `json:"refused"`
}

// MarshalJSON writes the error with its code, message and the refused
// requests.
func (e *RefusedError) MarshalJSON() ([]byte, error) {
	return json.Marshal(refusedJSON{Code: e.Code(), Message: e.Error(), Refused: e.Refused})
}

// UnmarshalJSON reads what MarshalJSON wrote.
func (e *RefusedError) UnmarshalJSON(b []byte) error {
	var j refusedJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	e.Refused = j.Refused
	return nil
}

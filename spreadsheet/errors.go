package spreadsheet

import (
	"encoding/json"
	"errors"
	"strconv"

	"golang.org/x/text/language"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/internal/errs"
	"github.com/ogdtw/governance/internal/i18n"
)

// The package's sentinels. Each has a stable code, which a [ParseError]
// returns from Code and writes in its JSON.
var (
	// ErrSyntax reports bytes that are not a file of the format read: a
	// CSV cell whose quote is never closed, an archive that is not a zip,
	// an ODS or XLSX whose XML is broken or lacks a part. Its code is
	// spreadsheet.syntax.
	ErrSyntax = errs.New("spreadsheet.syntax", "invalid syntax")
	// ErrEncoding reports a CSV whose bytes are neither UTF-8, UTF-16
	// with a byte-order mark, nor Big5. Its code is spreadsheet.encoding.
	ErrEncoding = errs.New("spreadsheet.encoding", "unknown text encoding")
	// ErrNoSheet reports a workbook without the sheet asked for, or
	// without any sheet. Its code is spreadsheet.no-sheet.
	ErrNoSheet = errs.New("spreadsheet.no-sheet", "no such sheet")
	// ErrTooLarge reports input past a limit of [Options]: more bytes
	// than MaxBytes (compressed or not), more cells than MaxCells. Its
	// code is spreadsheet.too-large.
	ErrTooLarge = errs.New("spreadsheet.too-large", "input too large")
	// ErrRange reports a value out of its range: a cell reference past
	// column XFD or row 1,048,576, a negative repeat or span, an invalid
	// [Encoding]. Its code is spreadsheet.range.
	ErrRange = errs.New("spreadsheet.range", "value out of range")
)

// A ParseError records a failed read. It wraps one of the package's
// sentinels (or the error of the caller's reader), so both errors.Is and
// errors.As work.
//
// Where the problem is, when the reader can tell: Line is the line of a
// CSV's text (a quoted cell of two lines makes the row after it start one
// line further), Row the sheet's row and Column its column, all 1-based,
// 0 when not known. Row is the row an importer's RowError would give:
// row i of the rows read is Row i+1.
//
// Error is English, for logs (spreadsheet: ReadCSV: line 3, row 2,
// column 4: a quoted cell is never closed); Message is for officials
// (第2列第4欄：引號未閉合); JSON is an object with the code and the
// Chinese message.
//
// The package's errors carry what was wrong as a message code with its
// arguments, so that DetailMessage and Message come from the catalog in
// each language; Detail is that detail's English, for logs. An error
// made as a literal has only its Detail, shown in English as it is and,
// in Chinese, as the sentinel's message.
type ParseError struct {
	Func   string // the failing function: "ReadCSV", "ReadODS", "ReadXLSX", "ParseEncoding"
	Input  string // what was read: a part of the archive, a cell reference, a sheet name; may be empty
	Detail string // what was wrong, in English; may be empty
	Line   int    // the CSV's line, 1-based; 0 when not known
	Row    int    // the sheet's row, 1-based; 0 when not known
	Column int    // the sheet's column, 1-based; 0 when not known
	Err    error  // a sentinel of the package, or the reader's own error

	why i18n.Detail // what was wrong, as the catalog writes it
}

// perr returns a ParseError of fn reading input, whose detail is the
// message code with args (its English the Detail), or none when code is
// "".
func perr(fn, input string, err error, code string, args ...any) *ParseError {
	e := &ParseError{Func: fn, Input: input, Err: err}
	if code != "" {
		e.why = i18n.NewDetail(code, args...)
		e.Detail = e.why.English()
	}
	return e
}

// at sets where the problem is and returns e.
func (e *ParseError) at(line, row, col int) *ParseError {
	e.Line, e.Row, e.Column = line, row, col
	return e
}

// where writes where the problem is, in English: line 3, row 2, column 4.
func (e *ParseError) where() string {
	var b []byte
	for _, p := range [...]struct {
		name string
		n    int
	}{{"line", e.Line}, {"row", e.Row}, {"column", e.Column}} {
		if p.n > 0 {
			if len(b) > 0 {
				b = append(b, ", "...)
			}
			b = append(b, p.name...)
			b = append(b, ' ')
			b = strconv.AppendInt(b, int64(p.n), 10)
		}
	}
	return string(b)
}

// Error returns the message in English, for logs:
// spreadsheet: ReadXLSX("xl/worksheets/sheet1.xml"): more than 5000000 cells.
func (e *ParseError) Error() string {
	detail := e.Detail
	if w := e.where(); w != "" {
		if detail == "" && e.Err != nil {
			detail = e.Err.Error()
		}
		detail = w + ": " + detail
	}
	return errs.Message("spreadsheet", e.Func, e.Input, detail, e.Err)
}

// Unwrap returns the error the ParseError wraps.
func (e *ParseError) Unwrap() error { return e.Err }

// Is reports whether target is this package's sentinel of the kind of Err.
func (e *ParseError) Is(target error) bool { return errs.Is("spreadsheet", e.Err, target) }

// Code returns the stable code of the error: spreadsheet.syntax,
// spreadsheet.encoding, spreadsheet.no-sheet, spreadsheet.too-large or
// spreadsheet.range; "" for an error of the caller's reader.
func (e *ParseError) Code() string { return errs.Own("spreadsheet", e.Err) }

// Message returns the error in the language nearest to t, for an
// official to read: where it is, when known, and what is wrong
// (第2列第4欄：引號未閉合; 逾5,000,000格之上限), from the catalog by the code
// of its detail, else by the code of its sentinel (檔案格式有誤，無法讀取).
func (e *ParseError) Message(t language.Tag) string {
	what := e.DetailMessage(t)
	switch {
	case e.Row > 0 && e.Column > 0:
		return i18n.Sprintf(t, "spreadsheet.at.cell", e.Row, e.Column, what)
	case e.Row > 0:
		return i18n.Sprintf(t, "spreadsheet.at.row", e.Row, what)
	case e.Line > 0:
		return i18n.Sprintf(t, "spreadsheet.at.line", e.Line, what)
	}
	return what
}

// DetailMessage returns what is wrong in the language nearest to t,
// without where: the detail's message from the catalog (引號未閉合;
// 逾5,000,000格之上限), else, for an error made as a literal, in English
// the Detail as written and in Chinese the sentinel's message (檔案格式有誤，
// 無法讀取).
func (e *ParseError) DetailMessage(t language.Tag) string {
	switch {
	case !e.why.IsZero():
		return e.why.Message(t, "")
	case e.Detail != "" && i18n.Match(t) == i18n.English:
		return e.Detail
	}
	return sentinelMessage(e.Err, t)
}

// DetailCode returns the stable code of what is wrong, finer than Code:
// spreadsheet.syntax.quote, spreadsheet.too-large.cells; "" for an error
// without a detail or made as a literal.
func (e *ParseError) DetailCode() string { return e.why.Code }

// sentinelMessage is the message of the package's sentinel err, 檔案格式有誤
// for another error (a reader's).
func sentinelMessage(err error, t language.Tag) string {
	code := errs.Own("spreadsheet", err)
	if code == "" || !i18n.Has(code) {
		code = "spreadsheet.syntax"
	}
	return i18n.Text(t, code)
}

// causeJSON is the JSON form of the error a ParseError wraps.
type causeJSON struct {
	Code    string `json:"code,omitzero"`
	Message string `json:"message,omitzero"`
}

// parseJSON is the JSON form of a ParseError.
type parseJSON struct {
	Code        string     `json:"code,omitzero"`
	Message     string     `json:"message,omitzero"`
	Func        string     `json:"func,omitzero"`
	Input       string     `json:"input,omitzero"`
	Detail      string     `json:"detail,omitzero"`
	i18n.Fields            // the detail as the catalog writes it
	Line        int        `json:"line,omitzero"`
	Row         int        `json:"row,omitzero"`
	Column      int        `json:"column,omitzero"`
	Err         *causeJSON `json:"err,omitzero"`
}

// MarshalJSON writes the error with its code and message (Chinese), its
// detail's code and arguments, where it is and its cause as an object:
// {"code":"spreadsheet.syntax","message":"第2列第4欄：引號未閉合","func":"ReadCSV",…,"detailCode":"spreadsheet.syntax.quote",…,"err":{"code":"spreadsheet.syntax","message":"檔案格式有誤，無法讀取"}}.
// A reader's error is written as its message, without a code.
func (e *ParseError) MarshalJSON() ([]byte, error) {
	f, err := e.why.Fields()
	if err != nil {
		return nil, err
	}
	j := parseJSON{Code: e.Code(), Message: e.Message(finding.Chinese), Func: e.Func, Input: e.Input, Detail: e.Detail,
		Fields: f, Line: e.Line, Row: e.Row, Column: e.Column}
	if e.Err != nil {
		j.Err = &causeJSON{Code: errs.Code(e.Err), Message: sentinelMessage(e.Err, finding.Chinese)}
		if j.Err.Code == "" {
			j.Err.Message = e.Err.Error()
		}
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads what MarshalJSON wrote; the code and message
// follow from the other fields and are not read. A cause without a code
// (a reader's error) is read back as an error of its message; an unknown
// detail code is an error.
func (e *ParseError) UnmarshalJSON(b []byte) error {
	var j parseJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	why, err := j.Fields.Detail()
	if err != nil {
		return err
	}
	*e = ParseError{Func: j.Func, Input: j.Input, Detail: j.Detail, Line: j.Line, Row: j.Row, Column: j.Column, why: why}
	switch {
	case j.Err == nil:
	case j.Err.Code == "":
		e.Err = errors.New(j.Err.Message)
	default:
		if e.Err = errs.Lookup(j.Err.Code); e.Err == nil {
			return errors.New("spreadsheet: unknown error code " + errs.Quote(j.Err.Code))
		}
	}
	return nil
}

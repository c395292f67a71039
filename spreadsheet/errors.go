package spreadsheet

import (
	"golang.org/x/text/language"

	"github.com/ogdtw/governance/internal/errs"
	"github.com/ogdtw/governance/internal/i18n"
)

// ErrSyntax reports bytes that are not a file of the format read: a CSV
// cell whose quote is never closed, an archive that is not a zip, an ODS
// or XLSX whose XML is broken or lacks a part. Its code is
// spreadsheet.syntax.
var ErrSyntax = errs.New("spreadsheet.syntax", "invalid syntax")

// ErrEncoding reports a CSV whose bytes are neither UTF-8, UTF-16 with a
// byte-order mark, nor Big5. Its code is spreadsheet.encoding.
var ErrEncoding = errs.New("spreadsheet.encoding", "unknown text encoding")

// ErrNoSheet reports a workbook without the sheet asked for, or without
// any sheet. Its code is spreadsheet.no-sheet.
var ErrNoSheet = errs.New("spreadsheet.no-sheet", "no such sheet")

// ErrTooLarge reports input past a limit of [Options]: more bytes than
// MaxBytes (compressed or not), more cells than MaxCells. Its code is
// spreadsheet.too-large.
var ErrTooLarge = errs.New("spreadsheet.too-large", "input too large")

// ErrRange reports a value out of its range: a cell reference past
// column XFD or row 1,048,576, a negative repeat or span, an invalid
// [Encoding]. Its code is spreadsheet.range.
var ErrRange = errs.New("spreadsheet.range", "value out of range")

// A ParseError records a failed read. It wraps one of the package's
// sentinels, so both errors.Is and errors.As work.
type ParseError struct {
	Func   string // the failing function: "ReadCSV", "ReadODS", "ReadXLSX", "ParseEncoding"
	Input  string // what was read: a part of the archive, a cell reference, a sheet name
	Detail string // what was wrong, in English; may be empty
	Err    error  // a sentinel of the package, or the reader's own error
}

// Error returns the message, as
// spreadsheet: ReadXLSX("xl/worksheets/sheet1.xml"): more than 5000000 cells.
func (e *ParseError) Error() string {
	return errs.Message("spreadsheet", e.Func, e.Input, e.Detail, e.Err)
}

// Unwrap returns the error the ParseError wraps.
func (e *ParseError) Unwrap() error { return e.Err }

// Is reports whether target is this package's sentinel of the kind of Err.
func (e *ParseError) Is(target error) bool { return errs.Is("spreadsheet", e.Err, target) }

// Code returns the stable code of the error: spreadsheet.syntax,
// spreadsheet.encoding, spreadsheet.no-sheet, spreadsheet.too-large or
// spreadsheet.range; "" for an error of the caller's reader.
func (e *ParseError) Code() string { return errs.Own("spreadsheet", e.Err) }

// MarshalJSON writes the error with its code and message.
func (e *ParseError) MarshalJSON() ([]byte, error) {
	return errs.MarshalParse("spreadsheet", e.Func, e.Input, e.Detail, e.Err)
}

// UnmarshalJSON reads what MarshalJSON wrote.
func (e *ParseError) UnmarshalJSON(b []byte) error {
	return errs.UnmarshalParse(b, &e.Func, &e.Input, &e.Detail, &e.Err)
}

func perr(fn, input, detail string, err error) error {
	return &ParseError{Func: fn, Input: input, Detail: detail, Err: err}
}

// Message returns the error's message in the language nearest to t, by
// its code (檔案格式有誤，無法讀取); the English Detail is for logs.
func (e *ParseError) Message(t language.Tag) string {
	code := e.Code()
	if code == "" || !i18n.Has(code) {
		code = "spreadsheet.syntax"
	}
	return i18n.Text(t, code)
}

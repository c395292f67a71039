// Package spreadsheet turns the files a ministry keeps (CSV and TSV in
// UTF-8, UTF-16 or Big5, ODS and XLSX workbooks) into the [][]string rows
// every importer of the library takes.
//
// The package does no file access: a caller opens the file and passes a
// reader ([ReadCSV]) or a reader at and its size ([ReadODS], [ReadXLSX]).
// Each reader returns the rows and an [Info] telling what it detected
// (the encoding, the delimiter, the sheet read).
//
// Row numbers are the spreadsheet's: row i of the result is row i+1 of
// the sheet, because a blank row in the middle is kept as an empty row
// ([]string{}). Blank rows after the last row with text are dropped. In
// ODS and XLSX a row's trailing empty cells are dropped too; CSV rows are
// returned as written (ragged rows stay ragged).
//
// Cells are given as text, as displayed where the package can tell:
// ODS cells by their displayed text (text:p, joined with \n; text:s gives
// its spaces), except dates, written 2022-05-19 (2022-05-19 10:30:00 with
// a time); XLSX shared, inline and rich-text strings as written, numbers
// with a date or time format as 2022-05-19 (1900 and 1904 date systems,
// the 1900 leap-year bug kept so that serial 60 is 1900-02-29), other
// numbers in their shortest form of at most 15 significant digits, as
// Excel's General format shows them (number formats such as #,##0 are not
// applied), booleans TRUE and FALSE. A merged range has its value copied
// into every cell it covers, so that each row reads whole on its own.
//
// Every reader bounds its work ([Options.MaxBytes], [Options.MaxCells]):
// a zip bomb, a 10^6-column repeat, a short ODS asking for gigabytes of
// spaces or too many cells is an error wrapping [ErrTooLarge], returned
// before the memory is allocated, never a hang and never a partial
// answer.
//
// A read that fails returns a [*ParseError] and no rows. It wraps a
// sentinel ([ErrSyntax], [ErrEncoding], [ErrNoSheet], [ErrTooLarge],
// [ErrRange]) or the reader's own error, and says where the problem is
// when it can: the CSV's line, the sheet's row and column (a quote never
// closed, the first byte that is neither UTF-8 nor Big5, a bad repeat).
// Its Message is for the official who keeps the file, in Chinese or
// English (第2列第2欄：引號未閉合).
//
// ReadCSV costs about what encoding/csv costs on the same bytes, with
// fewer allocations: the file becomes one string, and each cell is a part
// of it. ODS and XLSX are read with encoding/xml, some tens of times
// slower a row than CSV.
package spreadsheet

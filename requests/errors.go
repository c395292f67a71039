package requests

import (
	"errors"
	"strconv"
	"strings"
)

// ErrSyntax reports text that is not a category, concern, cell, year or
// date in any form this package reads.
var ErrSyntax = errors.New("invalid syntax")

// ErrRange reports a figure or date outside its range: a negative count, a
// reply before its request, a negative deadline.
var ErrRange = errors.New("value out of range")

// ErrMissing reports a required value or column that is absent.
var ErrMissing = errors.New("missing value")

// ErrDuplicate reports a value that must be unique and is not: a request
// ID, a table row's year, a column label.
var ErrDuplicate = errors.New("duplicate value")

// ParseError records text that could not be read as a category, concern,
// route, table cell, row label or date.
type ParseError struct {
	What  string // what was being read: "category", "concern", "route", "cell", "row label", "date", …
	Input string // the text that was parsed
	Err   error  // ErrSyntax or ErrRange
}

// Error returns "requests: parsing WHAT "INPUT": cause".
func (e *ParseError) Error() string {
	if e.Input == "" && errors.Is(e.Err, ErrMissing) {
		return "requests: " + e.What + ": " + e.Err.Error()
	}
	return "requests: parsing " + e.What + " " + strconv.Quote(e.Input) + ": " + e.Err.Error()
}

// Unwrap returns the sentinel.
func (e *ParseError) Unwrap() error { return e.Err }

// Problem is one thing wrong in one row of imported rows.
type Problem struct {
	Row    int    // 1-based row number in the input, the header being row 1
	Column string // the column's header as given, or empty for the whole row
	Input  string // the offending cell's text
	Err    error  // the cause; wraps ErrSyntax, ErrRange, ErrMissing or ErrDuplicate
}

// Error returns the problem with its row, column and input:
// requests: row 8, column "序號", "A": parsing ID "A": duplicate value.
func (p Problem) Error() string {
	var b strings.Builder
	b.WriteString("requests: row ")
	b.WriteString(strconv.Itoa(p.Row))
	if p.Column != "" {
		b.WriteString(", column ")
		b.WriteString(strconv.Quote(p.Column))
	}
	if p.Input != "" {
		b.WriteString(", ")
		b.WriteString(strconv.Quote(p.Input))
	}
	b.WriteString(": ")
	b.WriteString(strings.TrimPrefix(p.Err.Error(), "requests: "))
	return b.String()
}

// Unwrap returns the cause.
func (p Problem) Unwrap() error { return p.Err }

// ImportError lists every problem an importer found. The importer still
// returns every good row.
type ImportError struct {
	Problems []Problem
}

// Error returns the number of problems and each problem on its own line.
func (e *ImportError) Error() string {
	var b strings.Builder
	b.WriteString("requests: ")
	b.WriteString(strconv.Itoa(len(e.Problems)))
	if len(e.Problems) == 1 {
		b.WriteString(" problem")
	} else {
		b.WriteString(" problems")
	}
	for _, p := range e.Problems {
		b.WriteString("\n\t")
		b.WriteString(p.Error())
	}
	return b.String()
}

// Unwrap returns the problems, so errors.Is and errors.As see each one.
func (e *ImportError) Unwrap() []error {
	errs := make([]error, len(e.Problems))
	for i, p := range e.Problems {
		errs[i] = p
	}
	return errs
}

func itoa(n int) string { return strconv.Itoa(n) }

func quote(s string) string { return strconv.Quote(s) }

// joinErrors joins errs like errors.Join, one error a line.
func joinErrors(errs []error) error {
	if len(errs) == 1 {
		return errs[0]
	}
	return errors.Join(errs...)
}

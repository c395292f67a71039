package main

import (
	"encoding/csv"
	"errors"
	"io/fs"
	"strconv"
	"strings"

	"github.com/ogdtw/governance/actions"
	"github.com/ogdtw/governance/datasets"
	"github.com/ogdtw/governance/inventory"
	"github.com/ogdtw/governance/requests"
)

// readCSV reads one data file. A file that is missing or not CSV is
// reported in the section and gives no rows; the report goes on.
func readCSV(fsys fs.FS, name string, a adder) [][]string {
	f, err := fsys.Open(name)
	if err != nil {
		fileProblem(a, name, err)
		return nil
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	records, err := r.ReadAll()
	if err != nil {
		fileProblem(a, name, err)
	}
	return records
}

// fileProblem reports a file that cannot be opened or read: missing, not
// CSV, or another failure of the file system.
func fileProblem(a adder, name string, err error) {
	var ce *csv.ParseError
	switch {
	case errors.Is(err, fs.ErrNotExist):
		a.say(Problem, "problem.no-file", name)
	case errors.As(err, &ce):
		a.say(Problem, "problem.csv", name, ce.Line, ce.Column)
	default:
		a.say(Problem, "problem.file", name)
	}
}

// byHeader returns the index of each named column in records' first row,
// whatever their order; a missing column is reported and makes ok false.
func byHeader(records [][]string, file string, a adder, names ...string) (cols []int, ok bool) {
	ok = len(records) > 0
	for _, name := range names {
		k := column(records, name)
		if k < 0 {
			a.say(Problem, "problem.no-column", file, name)
			ok = false
		}
		cols = append(cols, k)
	}
	return cols, ok
}

// column returns the index of the named column in records' first row,
// a byte-order mark and blanks around the header dropped; -1 when the
// column is absent, as an optional one may be (cellAt reads "" there).
func column(records [][]string, name string) int {
	if len(records) == 0 {
		return -1
	}
	for i, h := range records[0] {
		if strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")) == name {
			return i
		}
	}
	return -1
}

// cellAt returns row's cell k, or "" for a short row or a negative k
// (a column absent).
func cellAt(row []string, k int) string {
	if k >= 0 && k < len(row) {
		return strings.TrimSpace(row[k])
	}
	return ""
}

// importProblems reports the bad cells of an importer's error, whatever
// the package: each problem with its row and column, in the report's
// language (see errText).
func importProblems(a adder, file string, err error) {
	if err == nil {
		return
	}
	problems := []error{err}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		problems = j.Unwrap()
	}
	for _, p := range problems {
		switch e := p.(type) {
		case *datasets.RowError:
			rowProblem(a, file, e.Row, e.Column, cellError{e.Input, e.Err})
		case *requests.RowError:
			rowProblem(a, file, e.Row, e.Column, cellError{e.Input, e.Err})
		case *inventory.RowError:
			rowProblem(a, file, e.Row, e.Column, cellError{e.Input, e.Err})
		case *actions.RowError:
			rowProblem(a, file, e.Row, e.Column, cellError{e.Input, e.Err})
		default:
			a.say(Problem, "problem.import", file, a.l.errText(p))
		}
	}
}

// rowProblem reports an importer's problem with its file, row and column.
func rowProblem(a adder, file string, row int, column string, err error) {
	if column == "" {
		a.say(Problem, "problem.row", file, row, a.l.errText(err))
		return
	}
	a.say(Problem, "problem.cell", file, row, column, a.l.errText(err))
}

// A cellError is what is wrong with a cell, with the cell's text.
type cellError struct {
	input string
	err   error
}

func (e cellError) Error() string { return e.err.Error() }
func (e cellError) Unwrap() error { return e.err }

// errText returns what is wrong in the report's language: the Message of
// the error or of the first error it wraps that has one (rocdate's,
// actions'). An error with none (the errors of datasets, requests and
// inventory have no Message yet) is told in Chinese by the kind of its
// code (格式不符, 數值超出範圍, …), with the cell's text, and in English
// by its Error, less the package's name.
func (l lang) errText(err error) string {
	var m messager
	if errors.As(err, &m) {
		return m.Message(l.tag)
	}
	if !l.en() {
		var input string
		if c, ok := err.(cellError); ok {
			input = c.input
		}
		var coded interface{ Code() string }
		key := "problem.unreadable"
		if errors.As(err, &coded) {
			switch _, kind, _ := strings.Cut(coded.Code(), "."); kind {
			case "syntax":
				key = "problem.syntax"
			case "range":
				key = "problem.range"
			case "missing":
				key = "problem.missing"
			case "duplicate":
				key = "problem.duplicate"
			}
		}
		return l.tr(key, input)
	}
	msg := err.Error()
	if _, rest, ok := strings.Cut(msg, ": "); ok {
		msg = rest // the package's name: the file says where it is
	}
	return msg
}

func itoa(n int) string { return strconv.Itoa(n) }

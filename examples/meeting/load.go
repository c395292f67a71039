package main

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"path"
	"strconv"
	"strings"

	"github.com/ogdtw/governance/actions"
	"github.com/ogdtw/governance/datasets"
	"github.com/ogdtw/governance/inventory"
	"github.com/ogdtw/governance/requests"
	"github.com/ogdtw/governance/spreadsheet"
)

// dataExts are the kinds of file a data file may be, in the order they
// are looked for: items.csv, else items.ods, else items.xlsx.
var dataExts = [...]string{".csv", ".ods", ".xlsx"}

// readTable reads the data file name (items.csv), or the ODS or XLSX of
// the same name when there is no CSV: its rows as the spreadsheet numbers
// them (blank rows kept, a CSV's byte-order mark dropped, Big5 and UTF-16
// read; the first sheet of a workbook), and the name of the file read,
// which the messages of its rows name. A file that is missing or cannot
// be read is reported and gives no rows; the report goes on.
func readTable(fsys fs.FS, name string, a adder) ([][]string, string) {
	rows, file, err := openTable(fsys, name, a)
	if err != nil {
		fileProblem(a, file, err)
		return nil, file
	}
	return rows, file
}

// readOptional reads a data file that may be absent, as readTable does:
// its absence (fs.ErrNotExist, of every kind of file) is no problem, but
// any other failure is reported.
func readOptional(fsys fs.FS, name string, a adder) ([][]string, string) {
	rows, file, err := openTable(fsys, name, a)
	if err != nil {
		if !errors.Is(err, fs.ErrNotExist) {
			fileProblem(a, file, err)
		}
		return nil, file
	}
	return rows, file
}

// openTable finds the file of name among the kinds of dataExts and reads
// it. When several are there, the first is read and the others are
// noted as not read. The name returned is the file read, or name when
// none is there.
func openTable(fsys fs.FS, name string, a adder) ([][]string, string, error) {
	base := strings.TrimSuffix(name, path.Ext(name))
	var found []string
	for _, ext := range dataExts {
		file := base + ext
		_, err := fs.Stat(fsys, file)
		switch {
		case err == nil:
			found = append(found, file)
		case !errors.Is(err, fs.ErrNotExist):
			return nil, file, err
		}
	}
	if len(found) == 0 {
		return nil, name, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	if len(found) > 1 {
		a.say(Note, "problem.same-name", found[0], a.l.list(found[1:]))
	}
	rows, err := readFile(fsys, found[0])
	return rows, found[0], err
}

// readFile reads one file of fsys by its kind.
func readFile(fsys fs.FS, file string) ([][]string, error) {
	f, err := fsys.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if path.Ext(file) == ".csv" {
		rows, _, err := spreadsheet.ReadCSV(f, nil)
		return rows, err
	}
	// A workbook is an archive, read at any offset: the file itself when
	// it can be (os.DirFS, embed), else its bytes.
	var r io.ReaderAt
	var size int64
	fi, err := f.Stat()
	if ra, ok := f.(io.ReaderAt); ok && err == nil && fi.Mode().IsRegular() {
		r, size = ra, fi.Size()
	} else {
		b, err := io.ReadAll(io.LimitReader(f, spreadsheet.DefaultMaxBytes+1))
		if err != nil {
			return nil, err
		}
		r, size = bytes.NewReader(b), int64(len(b))
	}
	read := spreadsheet.ReadODS
	if path.Ext(file) == ".xlsx" {
		read = spreadsheet.ReadXLSX
	}
	rows, _, err := read(r, size, nil)
	return rows, err
}

// blankRow reports whether a row has no text: a blank row of the
// spreadsheet, kept so that the rows below keep their numbers, and
// skipped by whatever reads rows itself.
func blankRow(rec []string) bool {
	for _, c := range rec {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// fileProblem reports a file that cannot be opened or read: missing, not
// a file of its kind (where in it, when the reader can tell), or another
// failure of the file system.
func fileProblem(a adder, name string, err error) {
	var pe *spreadsheet.ParseError
	switch {
	case errors.Is(err, fs.ErrNotExist):
		a.say(Problem, "problem.no-file", name)
	case errors.As(err, &pe) && pe.Code() != "":
		key := "problem.read"
		if pe.Line > 0 || pe.Row > 0 {
			key = "problem.import" // the message starts with where: 第2列第2欄：…
		}
		a.say(Problem, key, name, pe.Message(a.l.tag))
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

package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io/fs"
	"strconv"
	"strings"
)

// readCSV reads one data file. A file that is missing or not CSV is
// reported in the section and gives no rows; the report goes on.
func readCSV(fsys fs.FS, name string, add func(LineKind, string, ...any)) [][]string {
	f, err := fsys.Open(name)
	if err != nil {
		add(Problem, "%s: %v", name, unwrapPath(err))
		return nil
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	records, err := r.ReadAll()
	if err != nil {
		add(Problem, "%s: %v", name, err)
	}
	return records
}

// unwrapPath drops the path from a *fs.PathError, which already names it.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// byHeader returns the index of each named column in records' first row,
// whatever their order; a missing column is reported and makes ok false.
func byHeader(records [][]string, file string, add func(LineKind, string, ...any), names ...string) (cols []int, ok bool) {
	ok = len(records) > 0
	for _, name := range names {
		k := -1
		if len(records) > 0 {
			for i, h := range records[0] {
				if strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")) == name {
					k = i
					break
				}
			}
		}
		if k < 0 {
			add(Problem, "%s row 1: no column %s", file, name)
			ok = false
		}
		cols = append(cols, k)
	}
	return cols, ok
}

// cellAt returns row's cell k, or "" for a short row.
func cellAt(row []string, k int) string {
	if k < len(row) {
		return strings.TrimSpace(row[k])
	}
	return ""
}

// importProblems reports the bad cells of an importer's error, whatever
// the package: each problem is an error whose message names its row and
// column.
func importProblems(say func(LineKind, string, ...any), file string, err error) {
	if err == nil {
		return
	}
	problems := []error{err}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		problems = j.Unwrap()
	}
	for _, p := range problems {
		msg := p.Error()
		if _, rest, ok := strings.Cut(msg, ": "); ok {
			msg = rest // the package's name: the file says where it is
		}
		say(Problem, "%s %s", file, msg)
	}
}

// rowProblem formats an importer's problem with its file.
func rowProblem(file string, row int, column string, err error) string {
	if column == "" {
		return fmt.Sprintf("%s row %d: %v", file, row, err)
	}
	return fmt.Sprintf("%s row %d, column %s: %v", file, row, column, err)
}

func itoa(n int) string { return strconv.Itoa(n) }

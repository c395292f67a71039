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

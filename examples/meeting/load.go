package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io/fs"
	"strconv"
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

// rowProblem formats an importer's problem with its file.
func rowProblem(file string, row int, column string, err error) string {
	if column == "" {
		return fmt.Sprintf("%s row %d: %v", file, row, err)
	}
	return fmt.Sprintf("%s row %d, column %s: %v", file, row, column, err)
}

func itoa(n int) string { return strconv.Itoa(n) }

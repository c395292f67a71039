package datasets

import (
	"errors"
	"fmt"
	"strconv"

	"github.com/ogdtw/governance/rocdate"
)

// Sentinel errors for parsing and importing. Error structs of this package
// wrap them, so callers branch with [errors.Is].
var (
	// ErrSyntax reports text that is not in the expected form.
	ErrSyntax = errors.New("invalid syntax")
	// ErrRange reports a number outside its range (an ID that is zero or
	// too large, a negative count).
	ErrRange = errors.New("value out of range")
	// ErrUnknownPublisher reports a name that is none of the ministry's
	// units or agencies.
	ErrUnknownPublisher = errors.New("unknown publisher")
	// ErrDuplicateID reports two datasets with the same ID in one catalog.
	ErrDuplicateID = errors.New("duplicate dataset ID")
	// ErrMissingColumn reports that an importer's header lacks a required
	// column.
	ErrMissingColumn = errors.New("missing column")
	// ErrDuplicateDate reports two points of a series on one date.
	ErrDuplicateDate = errors.New("duplicate date")
	// ErrWrongGroup reports a publisher placed in a table group it does
	// not belong to, such as 矯正署 among 本部單位.
	ErrWrongGroup = errors.New("publisher not in the row's group")
)

// Sentinel errors for a delisting batch, one per rule; a [DelistingError]
// wraps exactly one of them.
var (
	// ErrUnknownDataset reports that the dataset to delist is not in the catalog.
	ErrUnknownDataset = errors.New("dataset not in catalog")
	// ErrAlreadyDelisted reports that the dataset to delist is delisted already.
	ErrAlreadyDelisted = errors.New("dataset already delisted")
	// ErrRepeated reports that the batch names the same dataset more than once.
	ErrRepeated = errors.New("dataset requested more than once")
	// ErrWrongPublisher reports that the request names a publisher other than the
	// dataset's own.
	ErrWrongPublisher = errors.New("request publisher is not the dataset's publisher")
	// ErrNoReason reports that the request gives no reason.
	ErrNoReason = errors.New("no reason given")
	// ErrNoKept reports that a duplicate or merge does not name the dataset kept.
	ErrNoKept = errors.New("duplicate or merge without the dataset kept")
	// ErrKeptUnknown reports that the dataset kept is not in the catalog.
	ErrKeptUnknown = errors.New("kept dataset not in catalog")
	// ErrKeptDelisted reports that the dataset kept is delisted itself.
	ErrKeptDelisted = errors.New("kept dataset is delisted")
	// ErrKeptSelf reports that the dataset kept is the dataset delisted.
	ErrKeptSelf = errors.New("kept dataset is the dataset delisted")
	// ErrKeptInBatch reports that the dataset kept is delisted by the same batch.
	ErrKeptInBatch = errors.New("kept dataset is delisted in the same batch")
	// ErrKeptOtherPublisher reports that the dataset kept belongs to another publisher.
	ErrKeptOtherPublisher = errors.New("kept dataset belongs to another publisher")
	// ErrCycle reports that following the datasets kept leads back to the dataset
	// delisted, so nothing of the data would stay listed.
	ErrCycle = errors.New("kept datasets form a cycle")
	// ErrTitleMismatch (a warning) reports that the request's title differs from the
	// catalog's title for that ID.
	ErrTitleMismatch = errors.New("title differs from the catalog's")
	// ErrTitleUnlike (a warning) reports that the kept dataset's title does not
	// resemble the delisted one's, see [Resembles].
	ErrTitleUnlike = errors.New("kept title does not resemble the delisted title")
)

// Sentinel errors for printed figures.
var (
	// ErrIncrease reports that a printed increase is not the difference of the counts.
	ErrIncrease = errors.New("printed increase does not check")
	// ErrFigure reports that a printed change, subtotal or total does not check.
	ErrFigure = errors.New("printed figure does not check")
	// ErrSeriesMismatch reports that a table's total differs from the series' count
	// at the same date.
	ErrSeriesMismatch = errors.New("total differs from the series")
	// ErrNotInSeries reports that the series has no figure for the table's date.
	ErrNotInSeries = errors.New("no series figure for the date")
)

// SeriesError reports a point of a count series that does not check.
type SeriesError struct {
	Date     rocdate.Date // the point's date
	Printed  int          // the printed increase
	Computed int          // the count minus the previous count
	Err      error        // ErrIncrease or ErrDuplicateDate
}

// Error returns the message.
func (e *SeriesError) Error() string {
	if e.Err == ErrIncrease {
		return fmt.Sprintf("datasets: series at %s: %v: printed %d, computed %d", e.Date, e.Err, e.Printed, e.Computed)
	}
	return fmt.Sprintf("datasets: series at %s: %v", e.Date, e.Err)
}

// Unwrap returns the sentinel.
func (e *SeriesError) Unwrap() error { return e.Err }

// FigureError reports a printed figure of a per-publisher table that
// does not check.
type FigureError struct {
	Row      string // 統計處, 本部單位 小計, 合計
	Column   string // 110年第4季, 111年第2季, 增減 or 迄今
	Printed  int
	Computed int
	Err      error // ErrFigure, ErrSeriesMismatch or ErrNotInSeries
}

// Error returns the message.
func (e *FigureError) Error() string {
	if e.Err == ErrNotInSeries {
		return fmt.Sprintf("datasets: table %s, %s: %v", e.Row, e.Column, e.Err)
	}
	return fmt.Sprintf("datasets: table %s, %s: %v: printed %d, computed %d", e.Row, e.Column, e.Err, e.Printed, e.Computed)
}

// Unwrap returns the sentinel.
func (e *FigureError) Unwrap() error { return e.Err }

// ParseError records a failed parse: what was parsed, the input, and why.
type ParseError struct {
	What  string // "ID", "title", "publisher", "reason", "count", ...
	Input string // the text parsed
	Err   error  // ErrSyntax, ErrRange or ErrUnknownPublisher
}

// Error returns the message, quoting the input.
func (e *ParseError) Error() string {
	return "datasets: parsing " + e.What + " " + strconv.Quote(e.Input) + ": " + e.Err.Error()
}

// Unwrap returns the sentinel.
func (e *ParseError) Unwrap() error { return e.Err }

// CatalogError reports a dataset a catalog cannot take.
type CatalogError struct {
	ID  ID    // the dataset's ID
	Err error // ErrDuplicateID or ErrRange
}

// Error returns the message.
func (e *CatalogError) Error() string {
	return fmt.Sprintf("datasets: dataset %d: %v", int(e.ID), e.Err)
}

// Unwrap returns the sentinel.
func (e *CatalogError) Unwrap() error { return e.Err }

// RowError reports a bad row of an imported table. Row counts the rows
// given to the importer from 1, header included, as a spreadsheet numbers
// them.
type RowError struct {
	Row    int    // 1-based, header is row 1
	Column string // header of the bad cell; empty for the whole row
	Input  string // the bad cell's text
	Err    error  // the cause, often a *ParseError
}

// Error returns the message.
func (e *RowError) Error() string {
	if e.Column == "" {
		return fmt.Sprintf("datasets: row %d: %v", e.Row, e.Err)
	}
	return fmt.Sprintf("datasets: row %d, column %s %q: %v", e.Row, e.Column, e.Input, e.Err)
}

// Unwrap returns the cause.
func (e *RowError) Unwrap() error { return e.Err }

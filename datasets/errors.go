package datasets

import (
	"encoding/json"
	"strconv"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/internal/errs"
	"github.com/ogdtw/governance/internal/errtype"
)

// Sentinel errors that the errors of this package wrap; test them with
// [errors.Is]. Each has a stable code, "datasets.syntax" and so on.
var (
	// ErrSyntax reports text that is not in the expected form: an ID with
	// letters, a title without its bracketed ID, a count that groups its
	// digits wrongly, a word that is no status, group or reason.
	ErrSyntax = errs.New("datasets.syntax", "invalid syntax")
	// ErrRange reports a number or value outside its range: an ID that is
	// zero or too large, a negative count, a figure too large, an enum
	// value outside the defined ones, a point without a date.
	ErrRange = errs.New("datasets.range", "value out of range")
	// ErrMissing reports a required value or column left empty or absent:
	// a header without 資料集識別碼, a dataset without a title.
	ErrMissing = errs.New("datasets.missing", "missing value")
	// ErrNoHeader reports a required column the header does not name: a
	// wrong or cut file, told apart from an empty cell ([ErrMissing]).
	// It is reported at the header's row (row 1 when no row names any
	// required column), and no row is read.
	ErrNoHeader = errs.New("datasets.no-header", "column absent from the header")
	// ErrDuplicate reports what is given twice where once is allowed: a
	// dataset ID in one catalog, a date in one series, a column named
	// twice in a header, a publisher, a 小計 or a 合計 (合計 and 合　計)
	// given twice in one table.
	ErrDuplicate = errs.New("datasets.duplicate", "given twice")
	// ErrTooLarge reports input past a documented limit: a publisher name
	// longer than [MaxPublisherName], a rank claim longer than
	// [MaxRankClaim]. The function fails fast, never with a partial
	// answer; the *ParseError's Detail names the limit.
	ErrTooLarge = errs.New("datasets.too-large", "input too large")
	// ErrCycle reports a hierarchy whose 上級機關 lead back to the agency.
	ErrCycle = errs.New("datasets.hierarchy-cycle", "agency is its own superior")
	// ErrUnknownPublisher reports a name that is none of the ministry's
	// units or agencies, where only those are accepted ([LookupPublisher]).
	ErrUnknownPublisher = errs.New("datasets.unknown-publisher", "unknown publisher")
	// ErrWrongGroup reports a publisher placed in a table group it does
	// not belong to, such as 矯正署 among 本部單位.
	ErrWrongGroup = errs.New("datasets.wrong-group", "publisher not in the row's group")
	// ErrNegated reports a claim of a rank that is negated or counted
	// from the bottom (未名列前三, 名列倒數第二): [ParseRankClaim] refuses
	// it rather than read it as the rank it writes.
	ErrNegated = errs.New("datasets.negated", "negated claim")
	// ErrNotInSeries reports a date for which the series has no point.
	ErrNotInSeries = errs.New("datasets.not-in-series", "no series point on the date")
	// ErrRefused reports a delisting batch that the rules refuse (see
	// [Catalog.ReviewDelistings]); it is the sentinel of a *RefusedError.
	ErrRefused = errs.New("datasets.refused", "delisting refused")
)

// pkg names this package to the error bodies of internal/errtype.
type pkg struct{}

func (pkg) Name() string { return "datasets" }

// A ParseError records text that could not be read, or arguments a
// constructor refuses: Func (the failing function, "ParseID", "ParseRef",
// "NewCatalog"), Input (the text parsed, or the argument refused), Detail
// (what was wrong, in English; may be empty) and Err. Err is one of this
// package's sentinels, or the sentinel of the package whose value failed
// inside (rocdate.ErrRange for a bad statistics date), in which case it
// matches this package's sentinel of the same kind too.
//
// Error is English, for logs (datasets: parsing "87a10": not a number);
// Message is for officials (「0」無法解析：識別碼應介於1至999999999);
// DetailCode is the Detail's stable code (datasets.range.id); JSON is an
// object with the code and the Chinese message.
type ParseError = errtype.ParseError[pkg]

// perr returns a *ParseError of the function fn for input, wrapping the
// sentinel err: what was wrong is the message code with args.
func perr(fn, input string, err error, code string, args ...any) *ParseError {
	return errtype.New[pkg](fn, input, err, code, args...)
}

// A RowError is a problem with one cell of an imported table: its row
// (1-based, as a spreadsheet counts, header and title rows included), its
// column as the header writes it, the cell's text and what is wrong. A
// problem with the header (a required column absent, a column named twice)
// is reported at the header's row. Err is a sentinel (ErrMissing,
// ErrDuplicate, ErrWrongGroup, …) or a *ParseError.
//
// Severity says what became of the row: [finding.Error] when a required
// cell is bad (or the header is) and the row is left out,
// [finding.Warning] when an optional cell is bad and the row is kept with
// that value zero. A warning still makes the importer's error non-nil.
//
// Message gives it to officials: 第3列「統計日期」欄：「111年2月29日」無法解析：111年2月無29日.
type RowError = errtype.RowError[pkg]

var _ finding.Result = (*RowError)(nil)

// An ImportError is what an importer returns when some cells could not be
// read: every problem (Problems), in row order; what the good rows hold is
// returned with it. Its Code is datasets.import.
type ImportError = errtype.ImportError[pkg]

// importError returns nil when there are no problems, else an
// *ImportError holding them.
func importError(problems []*RowError) error {
	if len(problems) == 0 {
		return nil
	}
	return &ImportError{Problems: problems}
}

// A RefusedError is what [Catalog.Delist] returns for a batch with a
// request the rules refuse: every refused request with the findings that
// refuse it. Nothing of the batch is applied.
type RefusedError struct {
	Refused []Refusal `json:"refused,omitzero"`
}

// Error returns the count of refused requests and the first finding:
// datasets: 2 delisting requests refused; first: item 1 (dataset 87010): datasets.cycle.
func (e *RefusedError) Error() string {
	b := []byte("datasets: ")
	b = strconv.AppendInt(b, int64(len(e.Refused)), 10)
	if len(e.Refused) == 1 {
		b = append(b, " delisting request refused"...)
	} else {
		b = append(b, " delisting requests refused"...)
	}
	if len(e.Refused) > 0 {
		r := e.Refused[0]
		b = append(b, "; first: "...)
		if r.Delisting.Item != 0 {
			b = append(b, "item "...)
			b = strconv.AppendInt(b, int64(r.Delisting.Item), 10)
		} else {
			b = append(b, "request "...)
			b = strconv.AppendInt(b, int64(r.Index+1), 10)
		}
		b = append(b, " (dataset "...)
		b = strconv.AppendInt(b, int64(r.Delisting.Dataset.ID), 10)
		b = append(b, ")"...)
		if len(r.Findings) > 0 {
			b = append(b, ": "...)
			b = append(b, r.Findings[0].Code...)
		}
	}
	return string(b)
}

// Unwrap returns [ErrRefused].
func (e *RefusedError) Unwrap() error { return ErrRefused }

// Code returns datasets.refused.
func (e *RefusedError) Code() string { return "datasets.refused" }

// refusedJSON is the JSON form of a RefusedError.
type refusedJSON struct {
	Code    string    `json:"code"`
	Message string    `json:"message"`
	Refused []Refusal `json:"refused"`
}

// MarshalJSON writes the error with its code, its message in Chinese and
// the refused requests.
func (e *RefusedError) MarshalJSON() ([]byte, error) {
	return json.Marshal(refusedJSON{Code: e.Code(), Message: e.Message(finding.Chinese), Refused: e.Refused})
}

// UnmarshalJSON reads what MarshalJSON wrote.
func (e *RefusedError) UnmarshalJSON(b []byte) error {
	var j refusedJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	e.Refused = j.Refused
	return nil
}

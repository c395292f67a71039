package inventory

import (
	"github.com/ogdtw/governance/internal/errs"
	"github.com/ogdtw/governance/internal/errtype"
)

// Sentinel errors that the errors of this package wrap; test them with
// [errors.Is]. Each has a stable code, "inventory.syntax" and so on.
var (
	// ErrSyntax reports text that is not what it should be: a class, a
	// count or a 序號 that is not one. A citation that does not parse holds
	// law.ErrSyntax, which errors.Is also matches with ErrSyntax.
	ErrSyntax = errs.New("inventory.syntax", "invalid syntax")
	// ErrRange reports a number that cannot be (a 序號 or a count out of
	// range) and an enum value outside the defined ones; a citation's
	// law.ErrRange matches it too.
	ErrRange = errs.New("inventory.range", "value out of range")
	// ErrOrder matches law.ErrOrder, a citation's levels out of the order
	// 條 > 項 > 款 > 目 (第三款第二項), as a printed summary's 備註 reports it.
	ErrOrder = errs.New("inventory.order", "levels out of order")
	// ErrMissing reports a required value or column left empty or absent.
	ErrMissing = errs.New("inventory.missing", "missing value")
	// ErrNoHeader reports a required column the header does not name: a
	// wrong or cut file, told apart from an empty cell (ErrMissing).
	ErrNoHeader = errs.New("inventory.no-header", "column absent from the header")
	// ErrDuplicate reports what is given twice where once is allowed: a
	// column named twice in a header (法令依據 and 法源依據), a class or a
	// 合計 row given twice in a printed summary.
	ErrDuplicate = errs.New("inventory.duplicate", "given twice")
	// ErrTooLarge reports input past a documented limit, refused whole
	// and quickly: a cell of an imported table longer than [MaxCell].
	ErrTooLarge = errs.New("inventory.too-large", "input too large")
)

// MaxCell is the longest cell, in bytes, that ImportRecords and
// ImportSummary read (1 MiB); a longer one is reported as ErrTooLarge:
// its row is left out when the column is required, kept with the cell
// empty when it is optional.
const MaxCell = 1 << 20

// pkg names this package to the error bodies of internal/errtype.
type pkg struct{}

func (pkg) Name() string { return "inventory" }

// A ParseError records text that could not be read: a class, an enum's
// text, a count; or a citation, with the law package's sentinel and
// detail. Func is the failing function ("ParseCitation", "ParseClass"),
// Input the text parsed, Detail what was wrong in English (with its byte
// offset for a citation; may be empty), Err the sentinel: ErrSyntax,
// ErrRange, ErrTooLarge, or law's ErrSyntax, ErrRange, ErrOrder or
// ErrTooLarge, which errors.Is matches with this package's of the same
// kind.
//
// Error is English, for logs (inventory: parsing "第0條": number zero at
// byte 3); Message is for officials (「丁類」無法解析：非甲類、乙類或丙類);
// JSON is an object with the code and the Chinese message.
type ParseError = errtype.ParseError[pkg]

// A RowError is a problem with one cell of an imported table: its Row
// (1-based, as a spreadsheet counts, header and title rows included), its
// Column as the header writes it (序號), the cell's Input and what is
// wrong (Err: ErrNoHeader, ErrMissing, ErrDuplicate, ErrSyntax, ErrRange,
// ErrTooLarge or a *ParseError). A problem with the header (a required
// column absent, a column named twice) is reported at the header's row.
//
// Severity is finding.Error when a required cell (or the header) is bad
// and the row is left out, finding.Warning when an optional cell is bad
// and the row is kept with that value zero. Message gives it to
// officials: 第4列「資料分類」欄：「丁類」無法解析：非甲類、乙類或丙類.
type RowError = errtype.RowError[pkg]

// An ImportError is what an importer returns when some cells could not be
// read: every problem (Problems), in row order. The records or the summary
// returned with it still hold every good row. Its Code is
// inventory.import.
type ImportError = errtype.ImportError[pkg]

// importError returns nil when there are no problems, else an
// *ImportError holding them.
func importError(problems []*RowError) error {
	if len(problems) == 0 {
		return nil
	}
	return &ImportError{Problems: problems}
}

// perr returns a *ParseError of the function fn: input could not be read
// for the sentinel err, what was wrong the message code with args.
func perr(fn, input string, err error, code string, args ...any) *ParseError {
	return errtype.New[pkg](fn, input, err, code, args...)
}

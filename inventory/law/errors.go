package law

import (
	"github.com/ogdtw/governance/internal/errs"
	"github.com/ogdtw/governance/internal/errtype"
)

// Sentinel errors that the errors of this package wrap; test them with
// [errors.Is]. Each has a stable code, "law.syntax" and so on.
var (
	// ErrSyntax reports text that does not follow the grammar: a citation
	// with a missing number or unit, an unknown word, a dangling 至 or
	// conjunction; a law database file that is not JSON of its form.
	ErrSyntax = errs.New("law.syntax", "invalid syntax")
	// ErrRange reports a number that cannot be (zero, larger than 9999, a
	// descending range) and an enum value outside the defined ones.
	ErrRange = errs.New("law.range", "value out of range")
	// ErrOrder reports levels out of the order 條 > 項 > 款 > 目 within one
	// reference, such as 第三款第二項.
	ErrOrder = errs.New("law.order", "levels out of order")
	// ErrMissing reports a required value absent: a law of the database
	// without its name or its pcode.
	ErrMissing = errs.New("law.missing", "missing value")
	// ErrTooLarge reports input past a documented limit: a citation that
	// expands to more than [MaxProvisions] provisions.
	ErrTooLarge = errs.New("law.too-large", "input too large")
	// ErrUnknown reports a law or a version the registry does not hold.
	ErrUnknown = errs.New("law.unknown", "not in the registry")
)

// pkg names this package to the error bodies of internal/errtype.
type pkg struct{}

func (pkg) Name() string { return "law" }

// A ParseError records text that could not be read: a citation, an enum's
// text, a law of the law database. Func is the failing function
// ("ParseCitation", "Decode"), Input the text parsed, Detail what was
// wrong in English (with its byte offset for a citation; may be empty),
// Err one of the sentinels: ErrSyntax, ErrRange, ErrOrder, ErrMissing,
// ErrTooLarge or ErrUnknown.
//
// Error is English, for logs (law: parsing "第0條": number zero at byte
// 3); Message is for officials, with the character (not the byte) where
// the problem was found (「第三款第二項」無法解析：款後接項，次序不符（第4字）);
// DetailCode is the Detail's stable code (law.order.levels); JSON is an
// object with the code and the Chinese message.
type ParseError = errtype.ParseError[pkg]

// parseError returns a *ParseError of the function fn for input: the
// sentinel err, what was wrong the message code with args
// (messages.txt).
func parseError(fn, input string, err error, code string, args ...any) *ParseError {
	return errtype.New[pkg](fn, input, err, code, args...)
}

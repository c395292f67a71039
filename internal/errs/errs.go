// Package errs is the machinery behind every package's errors: sentinels
// that carry a stable code, the bounded quoting of inputs, the matching of
// a cause from another package against this package's sentinels, and the
// English messages of errors, for logs (internal/parseerr and
// internal/errtype write their JSON).
//
// The conventions it serves (see the README's "Conventions"):
//
//   - A sentinel is made with [New] and has a code "pkg.kind", such as
//     "rocdate.syntax". Its message is the English phrase of the kind.
//   - A parse error is a *ParseError{Func, Input, Detail, Err} in each
//     package; Err is always a sentinel, of this package or of the package
//     whose value failed inside (a rocdate sentinel for a bad date in a
//     request). Its Code is this package's name and the sentinel's kind, and
//     errors.Is matches both the sentinel it holds and this package's
//     sentinel of the same kind ([Is]).
//   - Messages quote at most [MaxQuoted] characters of an input ([Quote]).
package errs

import (
	"errors"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// A Sentinel is an error value a package exports for errors.Is, with a
// stable code.
type Sentinel struct {
	code string
	msg  string
}

// Error returns the sentinel's English message.
func (s *Sentinel) Error() string { return s.msg }

// Code returns the sentinel's code, "pkg.kind".
func (s *Sentinel) Code() string { return s.code }

// registry maps codes to sentinels. It is written only by New, which
// packages call while their variables are initialised, and read after.
var registry sync.Map

// New returns a sentinel with the code "pkg.kind" and the message msg, and
// records it so that [Lookup] finds it. It panics if the code is taken or
// malformed: that is a programming error, found when the package loads.
func New(code, msg string) error {
	if _, kind, ok := strings.Cut(code, "."); !ok || kind == "" || strings.HasPrefix(code, ".") {
		panic("errs: malformed code " + strconv.Quote(code))
	}
	s := &Sentinel{code: code, msg: msg}
	if _, dup := registry.LoadOrStore(code, s); dup {
		panic("errs: code " + strconv.Quote(code) + " given twice")
	}
	return s
}

// Lookup returns the sentinel with the code, or nil.
func Lookup(code string) error {
	if s, ok := registry.Load(code); ok {
		return s.(*Sentinel)
	}
	return nil
}

// Code returns the code of the first error in err's chain that has one,
// or "" when none has.
func Code(err error) string {
	var c interface{ Code() string }
	if errors.As(err, &c) {
		return c.Code()
	}
	return ""
}

// Kind returns the part of a code after the package name: "syntax" for
// "rocdate.syntax".
func Kind(code string) string {
	_, kind, _ := strings.Cut(code, ".")
	return kind
}

// Pkg returns the package name of a code: "rocdate" for "rocdate.syntax".
func Pkg(code string) string {
	pkg, _, _ := strings.Cut(code, ".")
	return pkg
}

// Is reports whether target is a sentinel of package pkg whose kind is the
// kind of err's code: it lets a package's error that holds another
// package's sentinel (rocdate.ErrRange) also match the package's own
// (requests.ErrRange). An error type calls it from its Is method.
func Is(pkg string, err, target error) bool {
	t, ok := target.(*Sentinel)
	if !ok || Pkg(t.code) != pkg {
		return false
	}
	code := Code(err)
	return code != "" && Kind(code) == Kind(t.code)
}

// Own returns the code pkg gives an error whose cause is err: pkg and the
// kind of err's code, "requests.range" for a rocdate range error reported
// by requests. It is "" when err has no code.
func Own(pkg string, err error) string {
	code := Code(err)
	if code == "" {
		return ""
	}
	return pkg + "." + Kind(code)
}

// MaxQuoted is the most characters of an input an error message quotes.
const MaxQuoted = 64

// Quote returns s quoted as strconv.Quote does, cut after [MaxQuoted]
// characters, with … after the closing quote when cut.
func Quote(s string) string {
	return string(AppendQuote(nil, s))
}

// AppendQuote appends the quoted form of s, as [Quote] gives it, to b.
func AppendQuote(b []byte, s string) []byte {
	if utf8.RuneCountInString(s) <= MaxQuoted {
		return strconv.AppendQuote(b, s)
	}
	n, i := 0, 0
	for i = range s {
		if n == MaxQuoted {
			break
		}
		n++
	}
	b = strconv.AppendQuote(b, s[:i])
	return append(b, "…"...)
}

// Message writes the message of a parse error as every package writes
// it: "pkg: parsing "INPUT": detail" when fn is a parser (its name starts
// with Parse or Import), "pkg: Fn(INPUT): detail" otherwise, with err's
// message when detail is empty. The input is quoted with [Quote] in both
// forms.
func Message(pkg, fn, input, detail string, err error) string {
	b := make([]byte, 0, len(pkg)+len(detail)+32+min(len(input), 4*MaxQuoted))
	b = append(b, pkg...)
	b = append(b, ": "...)
	if fn == "" || strings.HasPrefix(fn, "Parse") || strings.HasPrefix(fn, "Import") || strings.HasPrefix(fn, "Unmarshal") {
		b = append(b, "parsing "...)
		b = AppendQuote(b, input)
	} else {
		b = append(b, fn...)
		b = append(b, '(')
		b = AppendQuote(b, input)
		b = append(b, ')')
	}
	b = append(b, ": "...)
	switch {
	case detail != "":
		b = append(b, detail...)
	case err != nil:
		b = append(b, err.Error()...)
	default:
		b = append(b, "invalid input"...)
	}
	return string(b)
}

// RowMessage writes the message of a row error:
// "pkg: row 3, column 序號: CAUSE", where CAUSE is err's message without
// its package prefix, or "pkg: row 3, column 序號 "X": invalid syntax"
// when err is a bare sentinel and the cell has text.
func RowMessage(pkg string, row int, column, input string, err error) string {
	b := make([]byte, 0, 64)
	b = append(b, pkg...)
	b = append(b, ": row "...)
	b = strconv.AppendInt(b, int64(row), 10)
	if column != "" {
		b = append(b, ", column "...)
		b = append(b, column...)
	}
	if _, bare := err.(*Sentinel); (bare || err == nil) && input != "" {
		b = append(b, ' ')
		b = AppendQuote(b, input)
	}
	b = append(b, ": "...)
	if err == nil {
		return string(append(b, "invalid input"...))
	}
	msg := err.Error()
	if p, rest, ok := strings.Cut(msg, ": "); ok && p != "" && !strings.ContainsAny(p, " \"") {
		msg = rest // drop the package prefix of the cause
	}
	return string(append(b, msg...))
}

// ImportMessage writes the message of an import error: the count of
// problems and the first of them, so a log line stays short whatever the
// table: "pkg: 3 problems in the rows; first: row 4, column 序號: …".
func ImportMessage(pkg string, first error, n int) string {
	if n == 0 || first == nil {
		return pkg + ": no problems"
	}
	msg := first.Error()
	msg = strings.TrimPrefix(msg, pkg+": ")
	if n == 1 {
		return pkg + ": 1 problem in the rows: " + msg
	}
	return pkg + ": " + strconv.Itoa(n) + " problems in the rows; first: " + msg
}

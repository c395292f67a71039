package rocdate

import (
	"strconv"
	"time"

	"github.com/ogdtw/governance/internal/errtype"
	"github.com/ogdtw/governance/internal/i18n"
	"github.com/ogdtw/governance/internal/numeral"
)

// A Quarter is a calendar quarter of an ROC year: 111年第1季 is January to
// March 2022. Quarters are comparable; the zero Quarter is "no quarter".
type Quarter struct {
	year int16
	n    int8
}

// NewQuarter returns quarter n (1–4) of ROC year year. It fails with
// [ErrRange] for year 0, a year outside [MinYear, MaxYear] or n outside 1–4.
func NewQuarter(year, n int) (Quarter, error) {
	if why := checkQuarter(year, n); !why.IsZero() {
		return Quarter{}, errtype.With[pkg]("NewQuarter", strconv.Itoa(year)+", "+strconv.Itoa(n), ErrRange, why)
	}
	return Quarter{int16(year), int8(n)}, nil
}

func checkQuarter(year, n int) i18n.Detail {
	if n < 1 || n > 4 {
		return i18n.NewDetail("rocdate.range.quarter", n)
	}
	return check(year, 1, 1)
}

// ParseQuarter reads a quarter as reports write it: 111年第1季, 110 第4季,
// 111年第一季, 111年Q1, 111Q1, with spaces allowed between the parts.
func ParseQuarter(s string) (Quarter, error) {
	q, f := parseQuarter(s)
	if f != nil {
		return Quarter{}, errtype.With[pkg]("ParseQuarter", s, f.Err, f.Why)
	}
	return q, nil
}

func parseQuarter(s string) (Quarter, *failure) {
	p := scanner{s: s}
	year, n, f := p.quarter()
	if f != nil {
		return Quarter{}, f
	}
	if !p.done() {
		return Quarter{}, syntax("rocdate.syntax.trailing-quarter")
	}
	if why := checkQuarter(year, n); !why.IsZero() {
		return Quarter{}, &failure{Err: ErrRange, Why: why}
	}
	return Quarter{int16(year), int8(n)}, nil
}

// quarter reads a year and its quarter number, unchecked.
func (p *scanner) quarter() (year, n int, f *failure) {
	if p.done() {
		return 0, 0, syntax("rocdate.syntax.empty-quarter")
	}
	year, f = p.year()
	if f != nil {
		return 0, 0, f
	}
	p.lit("年度")
	p.lit("年")
	if p.lit("Q") || p.lit("q") {
		var ok bool
		if n, _, _, ok = p.number(); !ok {
			return 0, 0, syntax("rocdate.syntax.quarter-after-q")
		}
		return year, n, nil
	}
	if n, f = p.quarterNumber(); f != nil {
		return 0, 0, f
	}
	return year, n, nil
}

// quarterNumber reads 第1季.
func (p *scanner) quarterNumber() (int, *failure) {
	if !p.lit("第") {
		return 0, syntax("rocdate.syntax.di")
	}
	n, _, _, ok := p.number()
	if !ok {
		return 0, syntax("rocdate.syntax.quarter")
	}
	if !p.lit("季") {
		return 0, syntax("rocdate.syntax.ji-after-number")
	}
	return n, nil
}

// year reads an ROC year with its optional 民國 prefix, signed, or a
// Gregorian year of four digits as the ROC year it is.
func (p *scanner) year() (int, *failure) {
	prefixed, neg := p.era()
	if p.lit("元") {
		return sign(1, neg), nil
	}
	y, runes, kind, ok := p.number()
	if !ok {
		return 0, syntax("rocdate.syntax.year")
	}
	// A four-digit year in digits is Gregorian, as Parse reads it: ROC
	// years have at most three, so 2022年第1季 is 111年第1季.
	if kind == numeral.Digits && runes == 4 && !neg && !prefixed {
		return fromGregorian(y), nil
	}
	return sign(y, neg), nil
}

func sign(n int, neg bool) int {
	if neg {
		return -n
	}
	return n
}

// IsZero reports whether q is the zero Quarter.
func (q Quarter) IsZero() bool { return q.n == 0 }

// Year returns the ROC year of q.
func (q Quarter) Year() int { return int(q.year) }

// Number returns the quarter's number in its year, 1–4 (0 for the zero
// Quarter).
func (q Quarter) Number() int { return int(q.n) }

// First returns the first day of q; the zero Quarter gives the zero Date.
func (q Quarter) First() Date {
	if q.IsZero() {
		return Date{}
	}
	return pack(toGregorian(q.Year()), 3*q.Number()-2, 1)
}

// Last returns the last day of q; the zero Quarter gives the zero Date.
func (q Quarter) Last() Date {
	if q.IsZero() {
		return Date{}
	}
	return lastOfMonth(q.Year(), time.Month(3*q.Number()))
}

// Next returns the quarter after q: 111年第4季 is followed by 112年第1季,
// and 民國前1年第4季 by 民國1年第1季. It returns the zero Quarter after the
// last quarter of [MaxYear] and for the zero Quarter.
func (q Quarter) Next() Quarter {
	switch {
	case q.IsZero():
		return q
	case q.n < 4:
		return Quarter{q.year, q.n + 1}
	case q.year == -1:
		return Quarter{1, 1}
	case q.year == MaxYear:
		return Quarter{}
	}
	return Quarter{q.year + 1, 1}
}

// Prev returns the quarter before q, the inverse of [Quarter.Next]. It
// returns the zero Quarter before the first quarter of [MinYear] and for
// the zero Quarter.
func (q Quarter) Prev() Quarter {
	switch {
	case q.IsZero():
		return q
	case q.n > 1:
		return Quarter{q.year, q.n - 1}
	case q.year == 1:
		return Quarter{-1, 4}
	case q.year == MinYear:
		return Quarter{}
	}
	return Quarter{q.year - 1, 4}
}

// Contains reports whether d falls in q.
func (q Quarter) Contains(d Date) bool { return !q.IsZero() && d.Quarter() == q }

// Compare returns -1, 0 or +1 as q is before, equal to or after r.
func (q Quarter) Compare(r Quarter) int { return q.First().Compare(r.First()) }

// String returns q as 111年第1季, or 民國前1年第4季; the zero Quarter gives "".
func (q Quarter) String() string {
	var buf [32]byte
	return string(q.appendText(buf[:0]))
}

func (q Quarter) appendText(b []byte) []byte {
	if q.IsZero() {
		return b
	}
	b = appendYear(b, q.Year())
	b = append(b, "第"...)
	b = appendInt(b, q.Number(), 0)
	return append(b, "季"...)
}

// AppendText implements encoding.TextAppender: it appends the form of
// [Quarter.String] to b, nothing for the zero Quarter. It never fails.
func (q Quarter) AppendText(b []byte) ([]byte, error) { return q.appendText(b), nil }

// appendYear appends 111年 or 民國前1年.
func appendYear(b []byte, y int) []byte {
	if y < 0 {
		b = append(b, "民國前"...)
		y = -y
	}
	b = appendInt(b, y, 0)
	return append(b, "年"...)
}

// MarshalText implements encoding.TextMarshaler with [Quarter.String].
func (q Quarter) MarshalText() ([]byte, error) { return q.appendText(nil), nil }

// UnmarshalText implements encoding.TextUnmarshaler with [ParseQuarter];
// empty text gives the zero Quarter.
func (q *Quarter) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*q = Quarter{}
		return nil
	}
	p, err := ParseQuarter(string(b))
	if err != nil {
		return err
	}
	*q = p
	return nil
}

package datasets

import (
	"errors"
	"strconv"
	"strings"

	"github.com/ogdtw/governance/internal/numeral"
)

// ParseCount reads a printed count: 2,168筆, 2168, ２，１６８ 筆, 41筆. The
// digits are read by internal/numeral.ParseCount, as in every package:
// ASCII or full-width digits, grouped by thousands or not, and a grouping
// must be right (29,63, 1,2,3, 2,,963 and 2,963, are [ErrSyntax], as is a
// blank inside, 12 3). Blanks around the count and a trailing unit 筆, 項,
// 件 or 個 are allowed. A count is never negative; a count past
// 999,999,999,999 is [ErrRange]. See [ParseChange] for signed figures.
// ParseCount does not allocate except on error.
func ParseCount(s string) (int, error) {
	n, err := parseFigure(s, false)
	if err != nil {
		return 0, figureError("ParseCount", s, err)
	}
	return n, nil
}

// ParseChange reads a printed change, which may be negative: 157, +14,
// -3, －3, −3, ＋14 (with the same digits, grouping and units as
// [ParseCount]).
func ParseChange(s string) (int, error) {
	n, err := parseFigure(s, true)
	if err != nil {
		return 0, figureError("ParseChange", s, err)
	}
	return n, nil
}

// FormatCount writes n with thousands separators, 2,168: the form the
// deck prints without its unit. ParseCount reads it back.
func FormatCount(n int) string { return string(appendCount(nil, n)) }

// figureError returns the *ParseError of fn for a figure parseFigure
// refused with err.
func figureError(fn, s string, err error) *ParseError {
	if err == ErrRange {
		return perr(fn, s, err, "datasets.range.figure")
	}
	return perr(fn, s, err, "datasets.syntax.figure")
}

// appendCount appends n as [FormatCount] writes it.
func appendCount(b []byte, n int) []byte {
	var d [24]byte
	digits := strconv.AppendInt(d[:0], int64(n), 10)
	if n < 0 {
		b = append(b, '-')
		digits = digits[1:]
	}
	for i, c := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b = append(b, ',')
		}
		b = append(b, c)
	}
	return b
}

func parseFigure(s string, signed bool) (int, error) {
	t := strings.TrimSpace(s)
	for _, unit := range [...]string{"筆", "項", "件", "個"} {
		if rest, ok := strings.CutSuffix(t, unit); ok {
			t = strings.TrimSpace(rest)
			break
		}
	}
	neg := false
	if signed {
		for _, sign := range [...]struct {
			s   string
			neg bool
		}{{"+", false}, {"＋", false}, {"-", true}, {"−", true}, {"－", true}} {
			if rest, ok := strings.CutPrefix(t, sign.s); ok {
				t, neg = rest, sign.neg
				break
			}
		}
	}
	n, err := numeral.ParseCount(t)
	switch {
	case errors.Is(err, numeral.ErrRange):
		return 0, ErrRange
	case err != nil:
		return 0, ErrSyntax
	}
	if neg {
		n = -n
	}
	return n, nil
}

package datasets

import (
	"strconv"
	"strings"

	"golang.org/x/text/width"
)

// ParseCount reads a printed count: 2,168筆, 2168, ２，１６８ 筆, 41筆. It
// takes ASCII or full-width digits, thousands separators (which must group
// by three), spaces, and a trailing unit 筆, 項, 件 or 個. A count is never
// negative; see [ParseChange] for signed figures.
func ParseCount(s string) (int, error) {
	n, err := parseFigure(s, false)
	if err != nil {
		return 0, figureError("ParseCount", s, err)
	}
	return n, nil
}

// ParseChange reads a printed change, which may be negative: 157, +14,
// -3, －3, −3 (with the same digits, separators and units as
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
func FormatCount(n int) string { return string(AppendCount(nil, n)) }

// figureError returns the *ParseError of fn for a figure parseFigure
// refused with err.
func figureError(fn, s string, err error) *ParseError {
	detail := "not a figure"
	if err == ErrRange {
		detail = "figure too large"
	}
	return parseError(fn, s, detail, err)
}

// AppendCount appends n as [FormatCount] writes it.
func AppendCount(b []byte, n int) []byte {
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
	if !isASCII(t) {
		t = strings.Join(strings.Fields(width.Fold.String(t)), "")
	} else if strings.ContainsAny(t, " \t\n\r\v\f") {
		t = strings.Join(strings.Fields(t), "")
	}
	for _, unit := range []string{"筆", "項", "件", "個"} {
		if rest, ok := strings.CutSuffix(t, unit); ok {
			t = rest
			break
		}
	}
	neg := false
	if signed {
		switch {
		case strings.HasPrefix(t, "+"):
			t = t[1:]
		case strings.HasPrefix(t, "-"):
			t, neg = t[1:], true
		case strings.HasPrefix(t, "−"):
			t, neg = t[len("−"):], true
		}
	}
	if t == "" {
		return 0, ErrSyntax
	}
	groups := strings.Split(t, ",")
	n := 0
	for i, g := range groups {
		if g == "" || (i > 0 && len(g) != 3) || (len(groups) > 1 && i == 0 && len(g) > 3) {
			return 0, ErrSyntax
		}
		for j := 0; j < len(g); j++ {
			c := g[j]
			if c < '0' || c > '9' {
				return 0, ErrSyntax
			}
			if n > (maxFigure-int(c-'0'))/10 {
				return 0, ErrRange
			}
			n = n*10 + int(c-'0')
		}
	}
	if neg {
		n = -n
	}
	return n, nil
}

// maxFigure bounds printed figures, far above any open count.
const maxFigure = 999_999_999_999

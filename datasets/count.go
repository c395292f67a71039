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
		return 0, &ParseError{What: "count", Input: s, Err: err}
	}
	return n, nil
}

// ParseChange reads a printed change, which may be negative: 157, +14,
// -3, －3, −3 (with the same digits, separators and units as
// [ParseCount]).
func ParseChange(s string) (int, error) {
	n, err := parseFigure(s, true)
	if err != nil {
		return 0, &ParseError{What: "change", Input: s, Err: err}
	}
	return n, nil
}

// FormatCount writes n with thousands separators, 2,168: the form the
// deck prints without its unit. ParseCount reads it back.
func FormatCount(n int) string {
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
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

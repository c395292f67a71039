package requests

import (
	"errors"
	"strconv"
	"strings"

	"github.com/ogdtw/governance/internal/numeral"
)

// Cell is one figure of a printed table as the deck printed it: a count
// ("3"), a count with a note ("0 (截至5月)": the period was partial), or "-"
// (the period was not reached yet, which is not a zero). Cell is a small
// comparable value. The zero Cell is a cell left empty, not a zero: it
// counts as nothing and prints as "".
type Cell struct {
	n    int
	kind cellKind
	note string
}

type cellKind uint8

const (
	cellEmpty cellKind = iota
	cellFigure
	cellNotReached
)

// Figure returns a cell printing the count n, which must not be negative
// (a negative n is stored as 0).
func Figure(n int) Cell { return Cell{n: max(n, 0), kind: cellFigure} }

// NotReached returns the cell "-": a period not reached yet.
func NotReached() Cell { return Cell{kind: cellNotReached} }

// WithNote returns c with a note, printed in brackets after it:
// Figure(0).WithNote("截至5月") prints as "0 (截至5月)". Brackets and line
// breaks in note are dropped, surrounding spaces trimmed; an empty note
// removes the note. The zero Cell takes no note.
func (c Cell) WithNote(note string) Cell {
	if c.kind == cellEmpty {
		return c
	}
	c.note = cleanNote(note)
	return c
}

// Value returns the count and true for a figure; 0 and false for "-" and
// for the empty cell.
func (c Cell) Value() (int, bool) { return c.n, c.kind == cellFigure }

// IsFigure reports whether c prints a count.
func (c Cell) IsFigure() bool { return c.kind == cellFigure }

// IsNotReached reports whether c is "-".
func (c Cell) IsNotReached() bool { return c.kind == cellNotReached }

// IsZero reports whether c is the empty cell.
func (c Cell) IsZero() bool { return c.kind == cellEmpty }

// Note returns the cell's note without brackets, 截至5月, or "".
func (c Cell) Note() string { return c.note }

// String returns the cell as the deck prints it: "3", "-", "0 (截至5月)";
// the empty cell is "". [ParseCell] reads it back.
func (c Cell) String() string {
	switch {
	case c.kind == cellEmpty:
		return ""
	case c.kind == cellFigure && c.note == "":
		return strconv.Itoa(c.n)
	case c.kind == cellNotReached && c.note == "":
		return "-"
	}
	b, _ := c.AppendText(make([]byte, 0, 8+len(c.note)))
	return string(b)
}

// AppendText appends the cell's String to b.
func (c Cell) AppendText(b []byte) ([]byte, error) {
	switch c.kind {
	case cellEmpty:
		return b, nil
	case cellFigure:
		b = strconv.AppendInt(b, int64(c.n), 10)
	default:
		b = append(b, '-')
	}
	if c.note != "" {
		b = append(b, " ("...)
		b = append(b, c.note...)
		b = append(b, ')')
	}
	return b, nil
}

// MarshalText returns the cell's String: "0 (截至5月)".
func (c Cell) MarshalText() ([]byte, error) { return c.AppendText(nil) }

// UnmarshalText decodes what [ParseCell] accepts; empty text gives the
// empty cell.
func (c *Cell) UnmarshalText(b []byte) error {
	if strings.TrimSpace(string(b)) == "" {
		*c = Cell{}
		return nil
	}
	v, err := ParseCell(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// ParseCell reads a printed cell: a count as numeral.ParseCount reads one,
// in ASCII or full-width digits, with or without thousands separators
// (1,050, ２，９６３), grouping checked (29,63, 1,2,3, 2,,963 and 12 3 are
// [ErrSyntax]), leading zeros refused; "-" (also －, — or –) for a period
// not reached; either followed by a note in brackets, half-width or
// full-width: "0 (截至5月)", "0（截至5月）". Empty text is [ErrMissing]; a
// negative count, like any other text, is [ErrSyntax]. A count above
// 999,999,999,999 (numeral.Max) is [ErrRange].
func ParseCell(s string) (Cell, error) {
	if plainCount(s) {
		if n, err := parseCount(s); err == nil {
			return Cell{n: n, kind: cellFigure}, nil
		}
	}
	f := strings.TrimSpace(fold(s))
	if f == "" {
		return Cell{}, perr("ParseCell", s, ErrMissing, "requests.missing.cell")
	}
	head, note, err := splitNote(f)
	if err != nil {
		return Cell{}, perr("ParseCell", s, err, "requests.syntax.note")
	}
	var c Cell
	switch head {
	case "-", "—", "–", "─", "―":
		c = Cell{kind: cellNotReached}
	default:
		// The count as written, not folded: ParseCount checks that one
		// separator, , or ，, is used throughout.
		written := strings.TrimSpace(s)
		if i := strings.IndexAny(written, "(（"); i >= 0 {
			written = strings.TrimSpace(written[:i])
		}
		n, err := parseCount(written)
		switch {
		case err == ErrRange:
			return Cell{}, perr("ParseCell", s, ErrRange, "requests.range.count", numeral.Max)
		case err != nil:
			return Cell{}, perr("ParseCell", s, ErrSyntax, "requests.syntax.count")
		}
		c = Cell{n: n, kind: cellFigure}
	}
	c.note = note
	return c, nil
}

// MustParseCell is like [ParseCell] but panics on error. It is intended
// for tests and for tables written in code.
func MustParseCell(s string) Cell {
	c, err := ParseCell(s)
	if err != nil {
		panic(err)
	}
	return c
}

// splitNote splits "0 (截至5月)" into "0" and "截至5月". s is width-folded
// and trimmed. A bracket that does not close the text, or an empty note, is
// a syntax error.
func splitNote(s string) (head, note string, err error) {
	open := strings.IndexByte(s, '(')
	if open < 0 {
		if strings.ContainsAny(s, ")\n\r") {
			return "", "", ErrSyntax
		}
		return s, "", nil
	}
	if !strings.HasSuffix(s, ")") {
		return "", "", ErrSyntax
	}
	head = strings.TrimSpace(s[:open])
	note = strings.TrimSpace(s[open+1 : len(s)-1])
	if note == "" || head == "" || strings.ContainsAny(note, "()\n\r") || strings.ContainsAny(head, ")\n\r") {
		return "", "", ErrSyntax
	}
	return head, note, nil
}

// cleanNote removes what a note may not hold.
func cleanNote(s string) string {
	s = fold(s)
	s = strings.Map(func(r rune) rune {
		switch r {
		case '(', ')', '（', '）', '\n', '\r':
			return -1
		}
		return r
	}, s)
	return strings.TrimSpace(s)
}

// parseCount reads a count as numeral.ParseCount reads one (2963, 2,963,
// ２，９６３; grouping checked, so 29,63 and 12 3 are refused), without
// leading zeros. It reports ErrSyntax or, above numeral.Max, ErrRange.
func parseCount(s string) (int, error) {
	n, err := numeral.ParseCount(s)
	switch {
	case err == nil && (s[0] == '0' && len(s) > 1 || strings.HasPrefix(s, "０") && len(s) > len("０")):
		return 0, ErrSyntax // 07
	case err == nil:
		return n, nil
	case errors.Is(err, numeral.ErrRange):
		return 0, ErrRange
	}
	return 0, ErrSyntax
}

// plainCount reports whether s is only ASCII digits and commas, which
// parseCount reads without folding.
func plainCount(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < '0' || c > '9') && c != ',' {
			return false
		}
	}
	return s != ""
}

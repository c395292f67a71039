// Package textwidth measures and pads text by its display width, so that
// tables mixing Chinese and ASCII line up in a terminal: a wide or
// full-width rune (甲, １) takes two columns, any other printable rune one,
// and combining marks and zero-width joiners none.
package textwidth

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// Rune returns the number of columns r takes: 0, 1 or 2; 0 for a control
// (C0, DEL, C1) and a combining or format mark.
func Rune(r rune) int {
	if r < utf8.RuneSelf {
		if r < 0x20 || r == 0x7f {
			return 0
		}
		return 1
	}
	if unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Cc) {
		return 0
	}
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return 2
	}
	return 1
}

// String returns the number of columns s takes.
func String(s string) int {
	n := 0
	for _, r := range s {
		n += Rune(r)
	}
	return n
}

// Align says on which side of a cell the padding goes.
type Align uint8

const (
	// Left pads on the right: text columns.
	Left Align = iota
	// Right pads on the left: figures.
	Right
)

// Pad returns s padded with spaces to w columns; s is returned as is when
// it is already as wide.
func Pad(s string, w int, a Align) string {
	gap := w - String(s)
	if gap <= 0 {
		return s
	}
	if a == Right {
		return strings.Repeat(" ", gap) + s
	}
	return s + strings.Repeat(" ", gap)
}

// Table writes rows as lines of cells separated by two spaces, each column
// as wide as its widest cell. align gives each column's alignment; columns
// past its end are aligned Left. Trailing spaces are trimmed from each
// line, and every line ends in a newline.
func Table(rows [][]string, align []Align) string {
	var widths []int
	for _, row := range rows {
		for i, cell := range row {
			if i == len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], String(cell))
		}
	}
	var b strings.Builder
	for _, row := range rows {
		var line strings.Builder
		for i, cell := range row {
			if i > 0 {
				line.WriteString("  ")
			}
			a := Left
			if i < len(align) {
				a = align[i]
			}
			line.WriteString(Pad(cell, widths[i], a))
		}
		b.WriteString(strings.TrimRight(line.String(), " "))
		b.WriteByte('\n')
	}
	return b.String()
}

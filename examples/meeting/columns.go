package main

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// Align says on which side of a cell the padding goes.
type Align uint8

const (
	// Left pads on the right: text.
	Left Align = iota
	// Right pads on the left: figures.
	Right
)

// columns returns the terminal columns s takes: two for a wide or
// full-width rune (甲, １), none for a combining mark or a control, one
// for any other.
func columns(s string) int {
	n := 0
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			if r >= 0x20 && r != 0x7f {
				n++
			}
		case unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf):
		case width.LookupRune(r).Kind() == width.EastAsianWide, width.LookupRune(r).Kind() == width.EastAsianFullwidth:
			n += 2
		default:
			n++
		}
	}
	return n
}

// aligned writes rows as lines of cells two spaces apart, each column as
// wide as its widest cell, aligned as align says (Left past its end), with
// no trailing spaces.
func aligned(rows [][]string, align []Align) string {
	var widths []int
	for _, row := range rows {
		for i, cell := range row {
			if i == len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], columns(cell))
		}
	}
	var b strings.Builder
	for _, row := range rows {
		var line strings.Builder
		for i, cell := range row {
			if i > 0 {
				line.WriteString("  ")
			}
			gap := strings.Repeat(" ", widths[i]-columns(cell))
			if i < len(align) && align[i] == Right {
				line.WriteString(gap + cell)
			} else {
				line.WriteString(cell + gap)
			}
		}
		b.WriteString(strings.TrimRight(line.String(), " "))
		b.WriteByte('\n')
	}
	return b.String()
}

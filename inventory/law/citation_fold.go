package law

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// A cut records where fold removed text: at the offset at of the folded
// text, the bytes removed up to there (less any byte put in their place)
// reach n in all.
type cut struct{ at, n int }

// hasBreak reports whether s holds a line break.
func hasBreak(s string) bool {
	return strings.IndexByte(s, '\n') >= 0 || strings.IndexByte(s, '\r') >= 0
}

// shortHasBreak is hasBreak for a short text, such as a law's name.
func shortHasBreak(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] <= '\r' && (s[i] == '\n' || s[i] == '\r') {
			return true
		}
	}
	return false
}

// fold removes the line breaks of s and the blanks around them, as a
// hard-wrapped text needs (第\r\n    三十九條, 第三\r\n十八條, 都市更\r\n新條例),
// and returns the text with the cuts, in order, to map its offsets back
// to s. A break between a unit and 第 (第六條\r\n第七條) leaves one space,
// which the parser reads as the end of a ref. Without a break fold
// returns s and no cuts.
func fold(s string, cuts []cut) (string, []cut) {
	if !hasBreak(s) {
		return s, cuts
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		if !isBlankAt(s, i) {
			b = append(b, s[i])
			i++
			continue
		}
		j, brk := i, false
		for j < len(s) && isBlankAt(s, j) {
			if s[j] == '\n' || s[j] == '\r' {
				brk = true
			}
			j += blankLen(s, j)
		}
		if !brk {
			b = append(b, s[i:j]...)
			i = j
			continue
		}
		before, _ := utf8.DecodeLastRune(b)
		keep := 0
		if isUnitRune(before) && at3(s, j) == tokDi {
			b = append(b, ' ')
			keep = 1
		}
		sum := j - i - keep
		if len(cuts) > 0 {
			sum += cuts[len(cuts)-1].n
		}
		cuts = append(cuts, cut{len(b), sum})
		i = j
	}
	return string(b), cuts
}

// unfold maps the offset at of a folded text back to its original.
func unfold(at int, cuts []cut) int {
	k := sort.Search(len(cuts), func(i int) bool { return cuts[i].at > at })
	if k == 0 {
		return at
	}
	return at + cuts[k-1].n
}

// isBlankAt reports whether a blank (space, tab, line break, U+3000 or
// U+00A0) starts at i.
func isBlankAt(s string, i int) bool { return blankLen(s, i) > 0 }

// blankLen returns the length of the blank at i, or 0.
func blankLen(s string, i int) int {
	switch c := s[i]; c {
	case ' ', '\t', '\n', '\r':
		return 1
	case 0xE3:
		if at3(s, i) == tokSpace {
			return 3
		}
	case 0xC2:
		if i+1 < len(s) && s[i+1] == 0xA0 {
			return 2
		}
	}
	return 0
}

// isUnitRune reports whether r is the unit of a level.
func isUnitRune(r rune) bool {
	switch r {
	case '條', '點', '項', '款', '目':
		return true
	}
	return false
}

// Package lawhist splits a law's 沿革, as the national law database writes
// it (numbered entries, hard-wrapped with \r\n and indented continuation
// lines), into its acts: the one splitting shared by the statute tables'
// generator (internal/lawdata/lawgen) and inventory/law's ParseHistory.
package lawhist

import (
	"iter"
	"slices"
	"strings"
)

// Act is one act of a 沿革 (one numbered entry may hold several): the
// number of its entry and its text, hard wraps removed.
type Act struct {
	Entry int
	Text  string
}

// ActStart is what starts an act: 中華民國 and a date in Chinese numerals.
const ActStart = "中華民國"

// Split splits a 沿革 into its acts, as All yields them, in a new slice.
func Split(history string) []Act { return slices.Collect(All(history)) }

// All yields the acts of a 沿革 in the order written: entries start a
// line with their number and a dot (12.), continuation lines are
// indented, and an act starts at 中華民國 followed by a year in Chinese
// numerals. An act's text is its lines trimmed and joined.
func All(history string) iter.Seq[Act] {
	return func(yield func(Act) bool) {
		entry := 0
		var b strings.Builder
		flush := func() bool {
			s := b.String()
			b.Reset()
			for s != "" {
				next := nextActStart(s)
				if act := strings.TrimSpace(s[:next]); act != "" && !yield(Act{entry, act}) {
					return false
				}
				s = s[next:]
			}
			return true
		}
		for line := range strings.SplitSeq(history, "\n") {
			line = strings.TrimRight(line, "\r")
			t := strings.TrimLeft(line, " \t\u3000")
			if n, rest, ok := entryNumber(t); ok && (line == t || entry == 0) {
				if !flush() {
					return
				}
				entry, t = n, rest
			}
			b.WriteString(strings.TrimSpace(t))
		}
		flush()
	}
}

// nextActStart returns the index in s of the start of the act after the
// one s starts with, len(s) when there is none.
func nextActStart(s string) int {
	for i := 1; i < len(s); {
		j := strings.Index(s[i:], ActStart)
		if j < 0 {
			break
		}
		j += i
		if IsYear(s[j+len(ActStart):]) {
			return j
		}
		i = j + len(ActStart)
	}
	return len(s)
}

// IsYear reports whether s starts with Chinese numerals and then 年.
func IsYear(s string) bool {
	for i, r := range s {
		switch {
		case r == '年':
			return i > 0
		case strings.ContainsRune("〇零一二三四五六七八九十百", r) && i < 24:
		default:
			return false
		}
	}
	return false
}

// entryNumber reads the number of an entry, 12. at the start of a line.
func entryNumber(s string) (int, string, bool) {
	n, i := 0, 0
	for i < len(s) && i < 4 && s[i] >= '0' && s[i] <= '9' {
		n = n*10 + int(s[i]-'0')
		i++
	}
	if i == 0 || i >= len(s) || s[i] != '.' {
		return 0, s, false
	}
	return n, s[i+1:], true
}

// Package shingle measures how alike two provisions' texts are, for
// telling where a provision went between two versions of a law: each text
// is normalised, cut into character bigrams (shingles), and two texts are
// compared by the Dice coefficient of their sets of bigrams,
//
//	Dice(A, B) = 2·|A ∩ B| / (|A| + |B|),
//
// 1 for texts of the same bigrams, 0 for texts without one in common.
//
// Normalisation: full-width forms are folded to their narrow ones
// (x/text/width), white space, punctuation and symbols are dropped, the
// marker that starts a 款 or 目 line (一、, （一）) is dropped, and a
// cross-reference (第十三條, 第二百四十五條之一, 第3項, 前條 and 前項 are
// left) is masked to one rune, so that a renumbered reference does not
// hide a match: 依第十三條第一項 and 依第十八條第一項 read alike.
//
// A [Set] is the sorted distinct 16-bit hashes of a text's bigrams, as a
// string of two bytes per hash (little-endian), so that sets generated
// into the statute tables are views of one embedded string and cost
// nothing to look up.
package shingle

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// A Set is a set of bigram hashes: sorted, distinct, two bytes each,
// little-endian. The zero Set is empty.
type Set string

// Len returns the number of hashes of s.
func (s Set) Len() int { return len(s) / 2 }

// At returns the i-th hash of s, in ascending order. It panics if i is
// out of range.
func (s Set) At(i int) uint16 { return uint16(s[2*i]) | uint16(s[2*i+1])<<8 }

// Intersection returns the number of hashes a and b share. Its cost is
// linear in their lengths; it allocates nothing.
func Intersection(a, b Set) int {
	n := 0
	i, j := 0, 0
	for i < a.Len() && j < b.Len() {
		x, y := a.At(i), b.At(j)
		switch {
		case x < y:
			i++
		case x > y:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}

// Dice returns the Dice coefficient of a and b, in [0, 1]; 0 when both
// are empty.
func Dice(a, b Set) float64 {
	if a.Len()+b.Len() == 0 {
		return 0
	}
	return 2 * float64(Intersection(a, b)) / float64(a.Len()+b.Len())
}

// mask is the rune a cross-reference is written as.
const mask = '§'

// Normalize returns text as it is compared: full-width folded, white
// space, punctuation and symbols dropped, 款 and 目 markers at the start
// of a line dropped, and cross-references masked (see the package doc).
func Normalize(text string) string {
	var b strings.Builder
	b.Grow(len(text))
	for line := range strings.SplitSeq(text, "\n") {
		line = dropMarker(strings.TrimLeft(line, " \t\u3000\r"))
		for i := 0; i < len(line); {
			if n := reference(line[i:]); n > 0 {
				b.WriteRune(mask)
				i += n
				continue
			}
			r, size := utf8.DecodeRuneInString(line[i:])
			i += size
			if p := width.Fold.Bytes([]byte(string(r))); len(p) > 0 {
				r, _ = utf8.DecodeRune(p)
			}
			if unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r) {
				continue
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}

// chineseDigits are the runes of Chinese numerals, positional or not.
const chineseDigits = "〇零一二三四五六七八九十百千"

// isNumeral reports whether r is a digit, full-width or not, or a rune of
// a Chinese numeral.
func isNumeral(r rune) bool {
	return r >= '0' && r <= '9' || r >= '０' && r <= '９' || strings.ContainsRune(chineseDigits, r)
}

// numeralRun returns the length in bytes of the run of numerals s starts
// with, blanks inside allowed (第 13 條).
func numeralRun(s string) int {
	n, digits := 0, 0
	for n < len(s) {
		r, size := utf8.DecodeRuneInString(s[n:])
		if !isNumeral(r) && r != ' ' {
			break
		}
		if r != ' ' {
			digits++
		}
		n += size
	}
	if digits == 0 {
		return 0
	}
	return n
}

// reference returns the length in bytes of the cross-reference s starts
// with (第十三條, 第二百四十五條之一第一項, 第3項), 0 when it starts with none.
// A reference runs over every level it names.
func reference(s string) int {
	n := 0
	for {
		t, ok := strings.CutPrefix(s[n:], "第")
		if !ok {
			return n
		}
		k := numeralRun(t)
		if k == 0 {
			return n
		}
		unit, size := utf8.DecodeRuneInString(t[k:])
		if !strings.ContainsRune("條項款目章節編", unit) {
			return n
		}
		n += len("第") + k + size
		if rest, ok := strings.CutPrefix(s[n:], "之"); ok {
			if k := numeralRun(rest); k > 0 {
				n += len("之") + k
			}
		}
	}
}

// dropMarker removes the 款 or 目 marker a line starts with: 一、, （一）,
// (一).
func dropMarker(line string) string {
	if r, size := utf8.DecodeRuneInString(line); r == '（' || r == '(' {
		k := numeralRun(line[size:])
		if k == 0 {
			return line
		}
		if c, n := utf8.DecodeRuneInString(line[size+k:]); c == '）' || c == ')' {
			return line[size+k+n:]
		}
		return line
	}
	k := numeralRun(line)
	if k > 0 && strings.HasPrefix(line[k:], "、") {
		return line[k+len("、"):]
	}
	return line
}

// hash returns the 16-bit hash of the bigram a, b.
func hash(a, b rune) uint16 {
	h := uint32(a)*0x9E3779B1 ^ uint32(b)*0x85EBCA77
	h ^= h >> 15
	h *= 0x2C1B3C6D
	h ^= h >> 12
	return uint16(h >> 16)
}

// Of returns the set of bigrams of text, normalised. A text of one rune
// or none has no bigram: its set is empty.
func Of(text string) Set {
	norm := Normalize(text)
	hs := make([]uint16, 0, utf8.RuneCountInString(norm))
	prev := rune(-1)
	for _, r := range norm {
		if prev >= 0 {
			hs = append(hs, hash(prev, r))
		}
		prev = r
	}
	slices.Sort(hs)
	hs = slices.Compact(hs)
	b := make([]byte, 2*len(hs))
	for i, h := range hs {
		b[2*i], b[2*i+1] = byte(h), byte(h>>8)
	}
	return Set(b)
}

// Valid reports whether s is a set: of an even length, its hashes
// strictly ascending.
func Valid(s Set) bool {
	if len(s)%2 != 0 {
		return false
	}
	for i := 1; i < s.Len(); i++ {
		if s.At(i-1) >= s.At(i) {
			return false
		}
	}
	return true
}

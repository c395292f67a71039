// Package numeral reads and writes the numbers of Chinese official texts.
//
// Ministry documents write numbers three ways, often in one sentence:
// ASCII digits (111), full-width digits (１１１), and Chinese numerals.
// Chinese numerals come positional (十八, 二百四十五, 一百零一, 一百十一,
// 一千一百十八) or digit by digit (一一三, 一一〇). The national law database
// also writes 一百三 for 103: a digit after a unit is always the ones digit.
// 兩 is two, 〇 and 零 are zero, 廿 and 卅 are twenty and thirty.
//
// Parsing is strict: units must fall (一百二百 is junk), a value larger
// than [Max] is out of range, and the three ways are never mixed in one
// number. Nothing here allocates except the error paths.
package numeral

import (
	"errors"
	"strconv"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// Max is the largest value this package reads or writes: 9999億9999萬9999.
const Max = 999_999_999_999

// ErrSyntax reports that the text is not a number.
var ErrSyntax = errors.New("invalid syntax")

// ErrRange reports that the number is larger than [Max].
var ErrRange = errors.New("value out of range")

// Error records a failed parse: the input and why it failed.
type Error struct {
	Input string // the text that was parsed
	Err   error  // ErrSyntax or ErrRange
}

// Error returns the message, quoting the input.
func (e *Error) Error() string {
	return "numeral: parsing " + strconv.Quote(e.Input) + ": " + e.Err.Error()
}

// Unwrap returns the sentinel, so errors.Is(err, ErrSyntax) works.
func (e *Error) Unwrap() error { return e.Err }

// Kind tells which of the three ways a number is written.
type Kind uint8

const (
	// None is not a numeral at all.
	None Kind = iota
	// Digits is ASCII or full-width digits, 111 or １１１.
	Digits
	// Chinese is Chinese numerals, positional or digit by digit.
	Chinese
)

// digitValue returns the value of a Chinese digit, or -1.
func digitValue(r rune) int {
	switch r {
	case '〇', '零', '○':
		return 0
	case '一', '壹':
		return 1
	case '二', '兩', '貳':
		return 2
	case '三', '參':
		return 3
	case '四', '肆':
		return 4
	case '五', '伍':
		return 5
	case '六', '陸':
		return 6
	case '七', '柒':
		return 7
	case '八', '捌':
		return 8
	case '九', '玖':
		return 9
	}
	return -1
}

// unitValue returns the value of a Chinese unit, or 0.
func unitValue(r rune) int {
	switch r {
	case '十', '拾':
		return 10
	case '百', '佰':
		return 100
	case '千', '仟':
		return 1000
	case '萬':
		return 10_000
	case '億':
		return 100_000_000
	}
	return 0
}

// asciiDigit returns the value of an ASCII or full-width digit, or -1.
// Full-width digits are folded with [width.LookupRune].
func asciiDigit(r rune) int {
	if r >= 0x80 {
		if r < 0xFF00 || r > 0xFFEF {
			return -1 // outside the Halfwidth and Fullwidth Forms block
		}
		p := width.LookupRune(r)
		if p.Kind() != width.EastAsianFullwidth {
			return -1
		}
		r = p.Narrow()
	}
	if r >= '0' && r <= '9' {
		return int(r - '0')
	}
	return -1
}

func isChinese(r rune) bool {
	return digitValue(r) >= 0 || unitValue(r) > 0 || r == '廿' || r == '卅'
}

// KindOf reports which way of writing numbers r belongs to.
func KindOf(r rune) Kind {
	switch {
	case asciiDigit(r) >= 0:
		return Digits
	case isChinese(r):
		return Chinese
	}
	return None
}

// Span returns the length in bytes of the number at the start of s: the
// longest run of runes of the same [Kind] as the first. It is 0 when s
// does not start with a numeral.
func Span(s string) int {
	r, n := utf8.DecodeRuneInString(s)
	k := KindOf(r)
	if k == None {
		return 0
	}
	i := n
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if KindOf(r) != k {
			break
		}
		i += n
	}
	return i
}

// Lead parses the number at the start of s and returns it with the rest of
// s. It fails with ErrSyntax when s does not start with a numeral.
func Lead(s string) (n int, rest string, err error) {
	i := Span(s)
	if i == 0 {
		return 0, s, &Error{Input: s, Err: ErrSyntax}
	}
	n, err = Parse(s[:i])
	return n, s[i:], err
}

// Parse returns the value of s, which must be one number written in one of
// the three ways and nothing else.
func Parse(s string) (int, error) {
	if s == "" {
		return 0, &Error{Input: s, Err: ErrSyntax}
	}
	r, _ := utf8.DecodeRuneInString(s)
	var (
		n  int
		ok bool
	)
	switch KindOf(r) {
	case Digits:
		n, ok = parseDigits(s)
	case Chinese:
		n, ok = parseChinese(s)
	}
	if !ok {
		return 0, &Error{Input: s, Err: ErrSyntax}
	}
	if n > Max {
		return 0, &Error{Input: s, Err: ErrRange}
	}
	return n, nil
}

// parseDigits reads ASCII or full-width digits. Values past Max saturate
// at Max+1 so the caller reports a range error.
func parseDigits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		d := asciiDigit(r)
		if d < 0 {
			return 0, false
		}
		if n <= Max {
			n = n*10 + d
		}
		i += size
	}
	return n, true
}

// parseChinese reads Chinese numerals, digit by digit when no unit
// appears, positional otherwise.
func parseChinese(s string) (int, bool) {
	positional := false
	for _, r := range s {
		if digitValue(r) < 0 {
			positional = true
			break
		}
	}
	if !positional {
		n := 0
		for _, r := range s {
			if n <= Max {
				n = n*10 + digitValue(r)
			}
		}
		return n, true
	}
	return parsePositional(s)
}

// parsePositional reads 一千一百十八, 一百零一, 一萬二千, 廿三, 一百三.
// Within a section below 萬 the units 千 > 百 > 十 must fall; 萬 and 億
// close a section and must fall too.
func parsePositional(s string) (int, bool) {
	var (
		total    int  // sections closed by 億 and 萬
		section  int  // value below 萬 so far
		digit    = -1 // pending digit, -1 for none
		lastUnit = 10_000
		lastBig  = 1_000_000_000_000
		zero     bool // a 零 stands since the last unit
	)
	for _, r := range s {
		if d := digitValue(r); d >= 0 {
			if digit >= 0 {
				return 0, false // two digits in a row: 二三百
			}
			if d == 0 {
				if zero || (section == 0 && total == 0) {
					return 0, false // 零零, or a leading 零
				}
				zero = true
				continue
			}
			digit = d
			continue
		}
		switch r {
		case '廿', '卅':
			if digit >= 0 || lastUnit <= 10 {
				return 0, false
			}
			v := 20
			if r == '卅' {
				v = 30
			}
			section += v
			lastUnit, zero = 10, false
			continue
		}
		u := unitValue(r)
		if u == 0 {
			return 0, false // not a numeral
		}
		if u >= 10_000 {
			if u >= lastBig {
				return 0, false
			}
			if digit >= 0 {
				section += digit
				digit = -1
			}
			if section == 0 {
				return 0, false // 萬 with nothing before it
			}
			total += section * u
			section, lastBig, lastUnit, zero = 0, u, 10_000, false
			continue
		}
		if u >= lastUnit {
			return 0, false // 一百二百
		}
		if digit < 0 {
			// A unit without a digit is only 十: 十八, and 一百十一 or
			// 一千零十, where 十 stands for 一十.
			if u != 10 {
				return 0, false
			}
			digit = 1
		}
		section += digit * u
		digit, lastUnit, zero = -1, u, false
	}
	if digit >= 0 {
		section += digit
	} else if zero {
		return 0, false // trailing 零
	}
	return total + section, true
}

var (
	digitRunes = [10]string{"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
	zeroRune   = "零"
)

// Format returns n in positional Chinese numerals as official texts write
// them: 十九, 二十, 一百十一, 一百零三, 一千零十. A tens digit of one is
// written 十 alone. Format panics if n is negative or larger than [Max].
func Format(n int) string {
	return string(AppendFormat(make([]byte, 0, 24), n))
}

// AppendFormat appends [Format] of n to b.
func AppendFormat(b []byte, n int) []byte {
	if n < 0 || n > Max {
		panic("numeral: Format of " + strconv.Itoa(n) + " out of range")
	}
	if n == 0 {
		return append(b, zeroRune...)
	}
	// Sections of four digits: 億, 萬, ones.
	parts := [3]int{n / 100_000_000, n / 10_000 % 10_000, n % 10_000}
	bigs := [3]string{"億", "萬", ""}
	started, pendingZero := false, false
	for i, p := range parts {
		if p == 0 {
			if started {
				pendingZero = true
			}
			continue
		}
		if started && p < 1000 {
			pendingZero = true
		}
		if pendingZero {
			b = append(b, zeroRune...)
			pendingZero = false
		}
		b = appendSection(b, p)
		b = append(b, bigs[i]...)
		started = true
	}
	return b
}

// appendSection writes 1 ≤ p ≤ 9999 positionally.
func appendSection(b []byte, p int) []byte {
	digits := [4]int{p / 1000, p / 100 % 10, p / 10 % 10, p % 10}
	units := [4]string{"千", "百", "十", ""}
	started, gap := false, false
	for i, d := range digits {
		if d == 0 {
			if started {
				gap = true
			}
			continue
		}
		if gap {
			b = append(b, zeroRune...)
			gap = false
		}
		if !(i == 2 && d == 1) {
			b = append(b, digitRunes[d]...)
		}
		b = append(b, units[i]...)
		started = true
	}
	return b
}

// FormatDigits returns n written digit by digit, as 一一一 or 一一〇.
// FormatDigits panics if n is negative.
func FormatDigits(n int) string {
	return string(AppendDigits(make([]byte, 0, 12), n))
}

// AppendDigits appends [FormatDigits] of n to b.
func AppendDigits(b []byte, n int) []byte {
	if n < 0 {
		panic("numeral: FormatDigits of " + strconv.Itoa(n) + " out of range")
	}
	var buf [20]int
	i := len(buf)
	for {
		i--
		buf[i] = n % 10
		n /= 10
		if n == 0 {
			break
		}
	}
	for _, d := range buf[i:] {
		b = append(b, digitRunes[d]...)
	}
	return b
}

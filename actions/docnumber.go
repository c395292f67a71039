package actions

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ogdtw/governance/internal/errtype"
	"github.com/ogdtw/governance/internal/numeral"
)

// Limits of a document number.
const (
	// maxNumberDigits bounds the serial of a document number, counting
	// its digits and letters; real ones have at most twelve.
	maxNumberDigits = 20
	// MaxDocNumberLen is the longest text, in bytes, [ParseDocNumber]
	// reads; longer text fails with [ErrTooLarge]. Real numbers, spaces
	// and line breaks included, are under 100 bytes.
	MaxDocNumberLen = 256
)

// DocNumber is an official document number (發文字號), such as
// 法資字第11011514270號: the issuer's code (法資), and the serial, kept as
// a string because its leading zeros and letters matter
// (院臺秘字第0930089122號, 院授主基法字第1020200060A號). Older numbers
// carry their ROC year in the code: in brackets before it
// (（84）華總（一）義字第8198號) or inside it (台（86）內字第02417號), or
// bare (88台防字, 臺72交字, 台（七六）勞人字).
//
// DocNumber is a small comparable value. The zero DocNumber is no number:
// [DocNumber.IsZero] reports true and String returns "".
type DocNumber struct {
	code   string // canonical code, the written year in place: （84）華總（一）義, 台（86）內, 88台防
	number string // canonical serial: ASCII digits and letters, -, 之, full-width brackets
	year   int16  // the year written in the code, 0 if none
	ys     uint8
	ye     uint8 // byte span of the written year in code, brackets included
}

// Code returns the issuer's code, the text before 字第 without the year
// written in it: 法資, 院臺秘, 華總（一）義 (of （84）華總（一）義字第8198號),
// 台內 (of 台（86）內字第02417號). Brackets inside the code are full-width,
// digits ASCII.
func (d DocNumber) Code() string {
	if d.ys == d.ye {
		return d.code
	}
	if d.ys == 0 {
		return d.code[d.ye:]
	}
	if int(d.ye) == len(d.code) {
		return d.code[:d.ys]
	}
	return d.code[:d.ys] + d.code[d.ye:]
}

// Number returns the serial between 第 and 號 in its canonical form:
// ASCII digits (full-width and Chinese numerals folded, ○ and 〇 as 0)
// and letters, - for any dash, 之, and full-width brackets, leading
// zeros kept: 0930089122, 1020200060A, 0970057041之2, 761069268（1）.
func (d DocNumber) Number() string { return d.number }

// Year returns the ROC year of the number, by the era rule:
//
//   - a year written in the code is the year: （84）華總（一）義 is of 84,
//     台（86）內 of 86, 88台防 of 88, 台（七六）勞人 of 76. A bracketed
//     number of two or three digits, a bare run of two or three digits
//     or a Chinese numeral of two or more characters from 10 to 199 is
//     a year; a single digit or numeral is part of the code (勞動3,
//     華總（一）義).
//   - otherwise a serial whose first part (digits and letters) has seven
//     characters or more carries the year in its leading digits: three
//     when it starts with 0 or 1, the numbers of 民國80 onwards
//     (0930089122 is of 93, 1020246756 of 102, 093B000027 of 93), two
//     when it starts with 2 to 9, the numbers before the reform
//     (8800012340 is of 88, 8574300 of 85). A leading 0 before 080
//     (0015845) is a plain serial.
//   - a shorter serial, or one that starts with a letter, says no year:
//     Year returns 0.
//
// So the boundary years read: 0790000001 no year, 0800000001 80,
// 0990000001 99, 9900012340 99, 1000000001 100, 2000000 20.
func (d DocNumber) Year() int {
	if d.year > 0 {
		return int(d.year)
	}
	return serialYear(d.number)
}

// serialYear is the year a serial carries in its leading digits, or 0.
func serialYear(n string) int {
	part := 0
	for part < len(n) && isASCIIAlnum(n[part]) {
		part++
	}
	digits := 0
	for digits < part && n[digits] >= '0' && n[digits] <= '9' {
		digits++
	}
	if part < 7 || digits < 2 {
		return 0
	}
	v := func(i int) int { return int(n[i] - '0') }
	switch n[0] {
	case '0':
		if digits < 3 || v(1) < 8 {
			return 0
		}
		return v(1)*10 + v(2)
	case '1':
		if digits < 3 {
			return 0
		}
		return 100 + v(1)*10 + v(2)
	}
	return v(0)*10 + v(1)
}

func isASCIIAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z'
}

// IsZero reports whether d is the zero DocNumber.
func (d DocNumber) IsZero() bool { return d == DocNumber{} }

// String returns the canonical form: no spaces, full-width brackets,
// ASCII digits, the year where it was written, as in
// （84）華總（一）義字第8198號. [ParseDocNumber] of it gives d back.
func (d DocNumber) String() string {
	return string(d.appendText(nil))
}

// AppendText implements encoding.TextAppender: it appends the canonical
// form of d to b, nothing for the zero DocNumber. It never fails.
func (d DocNumber) AppendText(b []byte) ([]byte, error) { return d.appendText(b), nil }

func (d DocNumber) appendText(b []byte) []byte {
	if d.IsZero() {
		return b
	}
	b = append(b, d.code...)
	b = append(b, "字第"...)
	b = append(b, d.number...)
	return append(b, "號"...)
}

// MarshalText returns the canonical form, as String does.
func (d DocNumber) MarshalText() ([]byte, error) { return d.appendText(nil), nil }

// UnmarshalText parses text with [ParseDocNumber]; empty text gives the
// zero DocNumber.
func (d *DocNumber) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*d = DocNumber{}
		return nil
	}
	n, err := ParseDocNumber(string(text))
	if err != nil {
		return err
	}
	*d = n
	return nil
}

// ParseDocNumber parses a document number as letters, gazettes and the
// law database write it:
//
//   - 法資字第11011514270號, 院臺秘字第0930089122號;
//   - with the year in the code: （84）華總（一）義字第8198號 (half-width
//     brackets too), 台（86）內字第02417號, 交（78）路字, 臺72交字,
//     88台防字, 台（七六）勞人字 (see [DocNumber.Year]);
//   - codes with a digit (勞動3字第…號) and bracketed series (華總（一）義);
//   - serials with letters (1020200060A, 093B000027), a dash or 之 and a
//     second part (073408-1, 0970057041 之 2), a bracketed part before or
//     after (（參）01290, 761069268（1）), and in Chinese numerals
//     (法甲字第三號, 一九○六 with ○ or 〇 as zero);
//   - spaces, full-width spaces and line breaks anywhere inside
//     (勞資 3  字第 09702\r\n 11835 號); full-width digits and letters.
//
// It fails with a [*ParseError] wrapping ErrSyntax for anything else: an
// unclosed bracket, a stray 年 after a bracket, two years, a code with no
// letter, a serial with no digit; ErrRange for a serial over 20 digits and
// letters or a bracketed year 0; ErrTooLarge for text over
// [MaxDocNumberLen] bytes. It allocates nothing when s is already in the
// canonical form (ASCII digits, no spaces).
func ParseDocNumber(s string) (DocNumber, error) {
	const fn = "ParseDocNumber"
	if len(s) > MaxDocNumberLen {
		return DocNumber{}, tooLarge(fn, s, "actions.too-large.bytes", MaxDocNumberLen)
	}
	t := trimSpaces(s)
	code, serial, ok := splitNumber(t)
	if !ok {
		if strings.Contains(stripSpace(t), "字第") {
			return DocNumber{}, syntaxError(fn, s, "actions.syntax.hao-end")
		}
		return DocNumber{}, syntaxError(fn, s, "actions.syntax.zi-di")
	}
	d, f := docParts(stripSpace(code), stripSpace(serial))
	if f != nil {
		return DocNumber{}, errtype.With[pkg](fn, s, f.Err, f.Why)
	}
	return d, nil
}

// splitNumber splits a number at its 字第 and 號, spaces allowed between
// 字 and 第; it returns the code and serial, spaces around them trimmed.
func splitNumber(t string) (code, serial string, ok bool) {
	for off := 0; ; {
		j := strings.Index(t[off:], "第")
		if j < 0 {
			return "", "", false
		}
		j += off
		off = j + len("第")
		z, found := strings.CutSuffix(trimRightSpaces(t[:j]), "字")
		if !found {
			continue
		}
		rest, closed := strings.CutSuffix(t[off:], "號")
		if !closed {
			return "", "", false
		}
		return trimSpaces(z), trimSpaces(rest), true
	}
}

// failure says why a parse failed; the exported function turns it into a
// *ParseError only on the failure path, so a successful parse allocates
// nothing.
type failure = errtype.Failure

// syntax returns the failure of ErrSyntax with the detail code and args.
func syntax(code string, args ...any) *failure { return errtype.Fail(ErrSyntax, code, args...) }

// outOfRange returns the failure of ErrRange with the detail code and
// args.
func outOfRange(code string, args ...any) *failure { return errtype.Fail(ErrRange, code, args...) }

var (
	errUnclosed    = syntax("actions.syntax.unclosed")
	errBadCode     = syntax("actions.syntax.code")
	errNoCode      = syntax("actions.syntax.no-code")
	errTwoYears    = syntax("actions.syntax.two-years")
	errYearZero    = outOfRange("actions.range.year-zero")
	errCodeDigits  = syntax("actions.syntax.code-digits")
	errBadNumber   = syntax("actions.syntax.serial")
	errLongNumber  = outOfRange("actions.range.serial")
	errCodeLen     = outOfRange("actions.range.code")
	errBracketYear = syntax("actions.syntax.bracket-year")
	errEmptyNumber = syntax("actions.syntax.empty-number")
)

// docParts reads a number from its code and serial, without spaces.
func docParts(code, serial string) (DocNumber, *failure) {
	var d DocNumber
	if f := d.readCode(code); f != nil {
		return DocNumber{}, f
	}
	n, f := canonicalSerial(serial)
	if f != nil {
		return DocNumber{}, f
	}
	d.number = n
	return d, nil
}

// maxCodeLen bounds a code in bytes, so that the year's span fits a byte.
const maxCodeLen = 96

// codeRune reports whether r may stand in a code as a letter.
func codeRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z'
	}
	switch r {
	case '字', '第', '號', '以', '年', '月', '日':
		return false
	}
	return unicode.IsLetter(r)
}

// yearNumeral reports whether r is a Chinese numeral a year in a code is
// written with (not the financial 壹貳參, which codes use as series).
func yearNumeral(r rune) bool {
	switch r {
	case '〇', '○', '零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '百':
		return true
	}
	return false
}

func digitOf(r rune) (byte, bool) {
	switch {
	case r >= '0' && r <= '9':
		return byte(r), true
	case r >= '０' && r <= '９':
		return byte('0' + r - '０'), true
	}
	return 0, false
}

// readCode checks an issuer code, finds the year written in it and sets
// d's code in canonical form: full-width brackets, ASCII digits, the year
// in ASCII digits. It allocates only when s is not canonical.
func (d *DocNumber) readCode(s string) *failure {
	if len(s) > maxCodeLen {
		return errCodeLen
	}
	canonical := true
	letters := 0
	ys, ye, year := -1, -1, 0
	// A year in the canonical text, written where it stood.
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '(' || r == '（':
			j := i + n
			close := strings.IndexAny(s[j:], ")）")
			if close < 0 {
				return errUnclosed
			}
			inner := s[j : j+close]
			_, cn := utf8.DecodeRuneInString(s[j+close:])
			end := j + close + cn
			if inner == "" || strings.ContainsAny(inner, "(（") {
				return errBadCode
			}
			canonical = canonical && r == '（' && s[j+close] != ')'
			v, err := numeral.Parse(inner)
			switch {
			case i == 0 && err != nil:
				return errBracketYear
			case i == 0 && (v < 1 || v > 999):
				return errYearZero
			case i == 0, err == nil && v >= 10 && v <= 999 && ys < 0:
				// A bracket opening the code holds its year; one inside
				// does when it holds a number of two digits or more.
			default:
				// A bracketed series: letters or a number.
				for _, c := range inner {
					if _, digit := digitOf(c); digit {
						canonical = canonical && c < utf8.RuneSelf
					} else if !codeRune(c) && !yearNumeral(c) {
						return errBadCode
					}
				}
				letters++
				i = end
				continue
			}
			if ys >= 0 {
				return errTwoYears
			}
			ys, ye, year = i, end, v
			canonical = canonical && isASCIIDigits(inner)
			i = end
		case r < utf8.RuneSelf && r >= '0' && r <= '9' || r >= '０' && r <= '９':
			j, digits := i, 0
			for j < len(s) {
				c, cn := utf8.DecodeRuneInString(s[j:])
				if _, ok := digitOf(c); !ok {
					break
				}
				canonical = canonical && c < utf8.RuneSelf
				j += cn
				digits++
			}
			if j < len(s) && yearNumeral(firstRune(s[j:])) || i > 0 && yearNumeral(lastRune(s[:i])) {
				return errCodeDigits
			}
			switch {
			case digits == 1:
				letters++
			case digits <= 3:
				if ys >= 0 {
					return errTwoYears
				}
				ys, ye, year = i, j, digitsValue(s[i:j])
				if year == 0 {
					return errYearZero
				}
			default:
				return errCodeDigits
			}
			i = j
		case yearNumeral(r):
			j, runes := i, 0
			for j < len(s) {
				c, cn := utf8.DecodeRuneInString(s[j:])
				if !yearNumeral(c) {
					break
				}
				j += cn
				runes++
			}
			if v, err := numeral.Parse(s[i:j]); err == nil && runes >= 2 && v >= 10 && v <= 199 && ys < 0 {
				ys, ye, year = i, j, v
				canonical = false
			} else {
				letters += runes
			}
			i = j
		case codeRune(r):
			letters++
			i += n
		default:
			return errBadCode
		}
	}
	if letters == 0 {
		return errNoCode
	}
	if canonical {
		d.code = s
		if ys >= 0 {
			d.year, d.ys, d.ye = int16(year), uint8(ys), uint8(ye)
		}
		return nil
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		if i == ys {
			bracket := s[i] == '(' || strings.HasPrefix(s[i:], "（")
			start := len(b)
			if bracket {
				b = append(b, "（"...)
			}
			b = appendInt(b, year)
			if bracket {
				b = append(b, "）"...)
			}
			d.year, d.ys, d.ye = int16(year), uint8(start), uint8(len(b))
			i = ye
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch r {
		case '(':
			b = append(b, "（"...)
		case ')':
			b = append(b, "）"...)
		default:
			if c, ok := digitOf(r); ok {
				b = append(b, c)
			} else {
				b = utf8.AppendRune(b, r)
			}
		}
	}
	if len(b) > 255 {
		return errCodeLen
	}
	d.code = string(b)
	return nil
}

func isASCIIDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// digitsValue is the value of up to three digits, ASCII or full-width.
func digitsValue(s string) int {
	v := 0
	for _, r := range s {
		c, _ := digitOf(r)
		v = v*10 + int(c-'0')
	}
	return v
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// serialPart is a run of a serial between separators.
func serialAlnum(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIIAlnum(byte(r))
	}
	_, digit := digitOf(r)
	return digit || r < utf8.RuneSelf && isASCIIAlnum(byte(r)) || r >= 'Ａ' && r <= 'Ｚ' || r >= 'ａ' && r <= 'ｚ'
}

func isDash(r rune) bool { return r == '-' || r == '－' || r == '–' || r == '—' || r == '‐' }

// canonicalSerial checks a serial and returns its canonical form; it
// allocates only when s is not canonical.
//
//	serial = [ "（" group "）" ] part { ( dash | 之 | . ) part } [ "（" group "）" ]
//	part   = digits and letters | Chinese numerals
func canonicalSerial(s string) (string, *failure) {
	if s == "" {
		return "", errEmptyNumber
	}
	// The usual serial: ASCII digits, maybe letters.
	fast, digits := true, 0
	for i := 0; i < len(s) && fast; i++ {
		c := s[i]
		fast = isASCIIAlnum(c)
		if c >= '0' && c <= '9' {
			digits++
		}
	}
	if fast && digits > 0 && len(s) <= maxNumberDigits {
		return s, nil
	}
	canonical, count, parts := true, 0, 0
	digits = 0
	i := 0
	group := func() *failure {
		r, n := utf8.DecodeRuneInString(s[i:])
		canonical = canonical && r == '（'
		j := strings.IndexAny(s[i+n:], ")）")
		if j < 0 {
			return errUnclosed
		}
		inner := s[i+n : i+n+j]
		if inner == "" {
			return errBadNumber
		}
		for _, c := range inner {
			if !serialAlnum(c) && !yearNumeral(c) && !strings.ContainsRune("壹貳參肆伍陸柒捌玖", c) {
				return errBadNumber
			}
			canonical = canonical && c < utf8.RuneSelf
		}
		canonical = canonical && s[i+n+j] != ')'
		_, cn := utf8.DecodeRuneInString(s[i+n+j:])
		i += n + j + cn
		return nil
	}
	if r := firstRune(s); r == '(' || r == '（' {
		if f := group(); f != nil {
			return "", f
		}
	}
	for {
		if i >= len(s) {
			return "", errBadNumber
		}
		r := firstRune(s[i:])
		switch {
		case serialAlnum(r):
			for i < len(s) {
				c, n := utf8.DecodeRuneInString(s[i:])
				if !serialAlnum(c) {
					break
				}
				if _, ok := digitOf(c); ok {
					digits++
				}
				canonical = canonical && c < utf8.RuneSelf
				count++
				i += n
			}
		case yearNumeral(r):
			canonical = false
			for i < len(s) {
				c, n := utf8.DecodeRuneInString(s[i:])
				if !yearNumeral(c) {
					break
				}
				digits++
				count++
				i += n
			}
		default:
			return "", errBadNumber
		}
		parts++
		if i == len(s) {
			break
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == '(' || r == '（' {
			if f := group(); f != nil {
				return "", f
			}
			if i != len(s) {
				return "", errBadNumber
			}
			break
		}
		if !isDash(r) && r != '之' && r != '.' {
			return "", errBadNumber
		}
		canonical = canonical && r != '－' && r != '–' && r != '—' && r != '‐'
		i += n
	}
	if digits == 0 {
		return "", errBadNumber
	}
	if count > maxNumberDigits {
		return "", errLongNumber
	}
	if canonical {
		return s, nil
	}
	return foldSerial(s)
}

// foldSerial writes a checked serial in canonical form: ASCII digits and
// letters, Chinese numerals as digits, - for dashes, full-width brackets.
func foldSerial(s string) (string, *failure) {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if yearNumeral(r) {
			j := i
			for j < len(s) && yearNumeral(firstRune(s[j:])) {
				_, cn := utf8.DecodeRuneInString(s[j:])
				j += cn
			}
			var f *failure
			if b, f = appendChineseSerial(b, s[i:j]); f != nil {
				return "", f
			}
			i = j
			continue
		}
		i += n
		switch {
		case r == '(':
			b = append(b, "（"...)
		case r == ')':
			b = append(b, "）"...)
		case isDash(r):
			b = append(b, '-')
		case r >= 'Ａ' && r <= 'Ｚ':
			b = append(b, byte('A'+r-'Ａ'))
		case r >= 'ａ' && r <= 'ｚ':
			b = append(b, byte('a'+r-'ａ'))
		default:
			if c, ok := digitOf(r); ok {
				b = append(b, c)
			} else {
				b = utf8.AppendRune(b, r)
			}
		}
	}
	return string(b), nil
}

// appendChineseSerial appends a serial written in Chinese numerals as
// digits: digit by digit (一九○六 is 1906, leading zeros kept) or, with
// units, by value (三十五 is 35).
func appendChineseSerial(b []byte, s string) ([]byte, *failure) {
	if !strings.ContainsAny(s, "十百") {
		for _, r := range s {
			v, err := numeral.Parse(string(r))
			if err != nil {
				return b, errBadNumber
			}
			b = append(b, byte('0'+v))
		}
		return b, nil
	}
	v, err := numeral.Parse(s)
	if err != nil {
		return b, errBadNumber
	}
	return appendInt(b, v), nil
}

// isSpace is unicode.IsSpace without the table lookup for letters.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r >= '\t' && r <= '\r'
	}
	switch {
	case r == 0x3000, r == 0xA0, r == 0x85, r == 0x1680, r >= 0x2000 && r <= 0x200A,
		r == 0x2028, r == 0x2029, r == 0x202F, r == 0x205F:
		return true
	}
	return false
}

// hasSpace reports whether s holds white space, looking at the bytes that
// can start a space.
func hasSpace(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c < utf8.RuneSelf:
			if c == ' ' || c >= '\t' && c <= '\r' {
				return true
			}
		case c == 0xC2 || c == 0xE1 || c == 0xE2 || c == 0xE3:
			if r, _ := utf8.DecodeRuneInString(s[i:]); isSpace(r) {
				return true
			}
		}
	}
	return false
}

// trimRightSpaces trims white space off the end of s.
func trimRightSpaces(s string) string {
	for s != "" {
		r, n := utf8.DecodeLastRuneInString(s)
		if !isSpace(r) {
			break
		}
		s = s[:len(s)-n]
	}
	return s
}

// trimSpaces trims white space off both ends of s.
func trimSpaces(s string) string {
	for s != "" {
		r, n := utf8.DecodeRuneInString(s)
		if !isSpace(r) {
			break
		}
		s = s[n:]
	}
	return trimRightSpaces(s)
}

// stripSpace returns s without any white space, allocating only when s
// has some inside.
func stripSpace(s string) string {
	if !hasSpace(s) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isSpace(r) {
			return -1
		}
		return r
	}, s)
}

func appendInt(b []byte, n int) []byte {
	if n < 0 {
		b = append(b, '-')
		n = -n
	}
	var buf [20]byte
	i := len(buf)
	for {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	return append(b, buf[i:]...)
}

// MustParseDocNumber is like [ParseDocNumber] but panics on error. It is
// intended for use in tests and examples with hard-coded numbers.
func MustParseDocNumber(s string) DocNumber {
	d, err := ParseDocNumber(s)
	if err != nil {
		panic(err)
	}
	return d
}

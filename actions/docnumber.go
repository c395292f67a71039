package actions

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ogdtw/governance/internal/numeral"
)

// maxNumberDigits bounds the serial of a document number; real ones have
// at most eleven digits.
const maxNumberDigits = 20

// DocNumber is an official document number (發文字號), such as
// 法資字第11011514270號: the issuer's code (法資), and the number, kept as
// a string because its leading zeros matter (院臺秘字第0930089122號).
// Older numbers carry their ROC year in brackets before the code, as in
// （84）華總（一）義字第8198號.
//
// DocNumber is a small comparable value. The zero DocNumber is no number:
// [DocNumber.IsZero] reports true and String returns "".
type DocNumber struct {
	year   int    // bracketed year, 0 if none
	code   string // canonical code: full-width brackets, no spaces
	number string // ASCII digits
}

// Code returns the issuer's code, the text before 字第: 法資, 院臺秘,
// 華總（一）義. Brackets inside the code are full-width.
func (d DocNumber) Code() string { return d.code }

// Number returns the number between 第 and 號 as ASCII digits, leading
// zeros kept.
func (d DocNumber) Number() string { return d.number }

// Year returns the ROC year of the number: the bracketed year of an older
// number, else the first three digits of a number of seven digits or more
// (0930089122 is of year 93). Year returns 0 when the number does not say.
func (d DocNumber) Year() int {
	if d.year > 0 {
		return d.year
	}
	if len(d.number) < 7 {
		return 0
	}
	return int(d.number[0]-'0')*100 + int(d.number[1]-'0')*10 + int(d.number[2]-'0')
}

// IsZero reports whether d is the zero DocNumber.
func (d DocNumber) IsZero() bool { return d == DocNumber{} }

// String returns the canonical form: no spaces, full-width brackets,
// ASCII digits, as in （84）華總（一）義字第8198號. [ParseDocNumber] of
// it gives d back.
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
	if d.year > 0 {
		b = append(b, "（"...)
		b = appendInt(b, d.year)
		b = append(b, "）"...)
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

// ParseDocNumber parses a document number as letters and gazettes write
// it: 法資字第11011514270號, 工程企字第1080100623號, 院臺秘字第0930089122號,
// 華總一義字第 09400212561 號 (spaces anywhere are ignored),
// （84）華總（一）義字第8198號 or (84)華總(一)義字第8198號 (the year in
// brackets, in digits or Chinese numerals). Full-width digits are folded.
// The code must be letters, with at most bracketed groups inside.
func ParseDocNumber(s string) (DocNumber, error) {
	const typ = "ParseDocNumber"
	t := stripSpace(s)
	var d DocNumber
	if r, n := utf8.DecodeRuneInString(t); r == '(' || r == '（' {
		end := strings.IndexAny(t[n:], ")）")
		if end < 0 {
			return DocNumber{}, syntaxError(typ, s, "unclosed year bracket")
		}
		y, err := numeral.Parse(t[n : n+end])
		if err != nil {
			return DocNumber{}, syntaxError(typ, s, "bracketed year is not a number")
		}
		if y < 1 || y > 999 {
			return DocNumber{}, rangeError(typ, s, "bracketed year out of range")
		}
		d.year = y
		_, cn := utf8.DecodeRuneInString(t[n+end:])
		t = t[n+end+cn:]
	}
	i := strings.Index(t, "字第")
	if i < 0 {
		return DocNumber{}, syntaxError(typ, s, "missing 字第")
	}
	code, ok := canonicalCode(t[:i])
	if !ok {
		return DocNumber{}, syntaxError(typ, s, "bad issuer code")
	}
	d.code = code
	rest, ok := strings.CutSuffix(t[i+len("字第"):], "號")
	if !ok {
		return DocNumber{}, syntaxError(typ, s, "missing 號 at the end")
	}
	num, ok := foldDigits(rest)
	if !ok {
		return DocNumber{}, syntaxError(typ, s, "number is not digits")
	}
	if len(num) > maxNumberDigits {
		return DocNumber{}, rangeError(typ, s, "number too long")
	}
	d.number = num
	return d, nil
}

// canonicalCode checks an issuer code: letters, and bracketed groups of
// letters, with brackets made full-width. It allocates only to rewrite
// half-width brackets.
func canonicalCode(s string) (string, bool) {
	open, inGroup, letters, halfWidth := false, 0, 0, false
	for _, r := range s {
		switch {
		case r == '(' || r == '（':
			if open {
				return "", false
			}
			open, inGroup = true, 0
			halfWidth = halfWidth || r == '('
		case r == ')' || r == '）':
			if !open || inGroup == 0 {
				return "", false
			}
			open = false
			halfWidth = halfWidth || r == ')'
		case unicode.IsLetter(r) && !strings.ContainsRune("字第號以", r):
			letters++
			inGroup++
		default:
			return "", false
		}
	}
	if open || letters == 0 {
		return "", false
	}
	if halfWidth {
		s = strings.NewReplacer("(", "（", ")", "）").Replace(s)
	}
	return s, true
}

// foldDigits returns s as ASCII digits, folding full-width ones; it fails
// on anything else or on empty s.
func foldDigits(s string) (string, bool) {
	if s == "" {
		return "", false
	}
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			ascii = false
			break
		}
	}
	if ascii {
		return s, true
	}
	b := make([]byte, 0, len(s))
	for _, r := range s {
		if r >= '０' && r <= '９' {
			b = append(b, byte('0'+r-'０'))
			continue
		}
		if r < '0' || r > '9' {
			return "", false
		}
		b = append(b, byte(r))
	}
	return string(b), true
}

// stripSpace returns s without any white space, allocating only when s
// has some inside.
func stripSpace(s string) string {
	s = strings.TrimSpace(s)
	if strings.IndexFunc(s, unicode.IsSpace) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
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

// MustDocNumber is like [ParseDocNumber] but panics on error. It is
// intended for use in tests and examples with hard-coded numbers.
func MustDocNumber(s string) DocNumber {
	d, err := ParseDocNumber(s)
	if err != nil {
		panic(err)
	}
	return d
}

package rocdate

import (
	"strconv"
	"strings"

	"github.com/ogdtw/governance/internal/errtype"
	"github.com/ogdtw/governance/internal/numeral"
)

// A Style is a way of writing a date. [Parse] reads every style back.
//
// The zero Style, NoStyle, means no style was given; [Date.Format] writes
// it as [Standard], so a zero Style field formats as it did when Standard
// was the zero value. A Style's text (String, MarshalText) is its English
// name, Dotted: documents print dates, not the names of their styles.
type Style uint8

const (
	// NoStyle is the zero Style: not given. Date.Format writes it as
	// Standard.
	NoStyle Style = iota
	// Standard is 111年5月19日, and 民國前1年12月31日 before 民國1年.
	Standard
	// Official is 中華民國111年5月19日, as letters are dated.
	Official
	// Numerals is 中華民國一百十一年五月十九日, as laws and orders are dated;
	// 民國1年 is 元年.
	Numerals
	// Dotted is 111.05.19, as slide and table headings are dated; before
	// 民國1年 the year is negative, -1.12.31.
	Dotted
	// Slashed is 111/05/19.
	Slashed
	// Compact is 1110519: three digits of year, two of month, two of day;
	// before 民國1年, -0011231.
	Compact
	// Gregorian is 2022-05-19 (ISO 8601).
	Gregorian
)

var styleNames = [...]string{"", "Standard", "Official", "Numerals", "Dotted", "Slashed", "Compact", "Gregorian"}

// String returns the style's name, as "Dotted"; "" for NoStyle and
// Style(N) for a value out of range.
func (s Style) String() string {
	if s.IsValid() {
		return styleNames[s]
	}
	return "Style(" + strconv.Itoa(int(s)) + ")"
}

// IsValid reports whether s is NoStyle or one of the defined styles.
func (s Style) IsValid() bool { return int(s) < len(styleNames) }

// AppendText appends the style's String to b. It fails with [ErrRange]
// for an invalid style.
func (s Style) AppendText(b []byte) ([]byte, error) {
	if !s.IsValid() {
		return b, &ParseError{Func: "Style.AppendText", Input: strconv.Itoa(int(s)), Err: ErrRange}
	}
	return append(b, styleNames[s]...), nil
}

// MarshalText returns the style's String; it fails with [ErrRange] for an
// invalid style.
func (s Style) MarshalText() ([]byte, error) { return s.AppendText(nil) }

// UnmarshalText reads a style as [ParseStyle] does.
func (s *Style) UnmarshalText(b []byte) error {
	v, err := ParseStyle(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// ParseStyle reads a style's name in any case (Dotted, dotted, DOTTED),
// with surrounding spaces, and "" as NoStyle. It fails with [ErrSyntax]
// for anything else.
func ParseStyle(s string) (Style, error) {
	t := strings.TrimSpace(s)
	for i, n := range styleNames {
		if strings.EqualFold(t, n) {
			return Style(i), nil
		}
	}
	return NoStyle, errtype.New[pkg]("ParseStyle", s, ErrSyntax, "rocdate.syntax.style")
}

// Format returns d written in style s; NoStyle writes Standard. The zero
// Date gives "", and so does an invalid style.
func (d Date) Format(s Style) string {
	var buf [64]byte
	return string(d.AppendFormat(buf[:0], s))
}

// AppendFormat appends d written in style s to b, as [Date.Format] does,
// and returns the extended buffer. It allocates only when b is too small.
func (d Date) AppendFormat(b []byte, s Style) []byte {
	if d.IsZero() {
		return b
	}
	y, m, day := d.Year(), int(d.Month()), d.Day()
	switch s {
	case NoStyle, Standard, Official:
		if s == Official {
			b = append(b, "中華民國"...)
		} else if y < 0 {
			b = append(b, "民國"...)
		}
		if y < 0 {
			b = append(b, "前"...)
			y = -y
		}
		b = appendInt(b, y, 0)
		b = append(b, "年"...)
		b = appendInt(b, m, 0)
		b = append(b, "月"...)
		b = appendInt(b, day, 0)
		b = append(b, "日"...)
	case Numerals:
		b = append(b, "中華民國"...)
		if y == 1 {
			b = append(b, "元"...)
		} else {
			if y < 0 {
				b = append(b, "前"...)
				y = -y
			}
			b = numeral.AppendFormat(b, y)
		}
		b = append(b, "年"...)
		b = numeral.AppendFormat(b, m)
		b = append(b, "月"...)
		b = numeral.AppendFormat(b, day)
		b = append(b, "日"...)
	case Dotted, Slashed:
		sep := byte('.')
		if s == Slashed {
			sep = '/'
		}
		b = appendInt(b, y, 0)
		b = append(b, sep)
		b = appendInt(b, m, 2)
		b = append(b, sep)
		b = appendInt(b, day, 2)
	case Compact:
		if y < 0 {
			b = append(b, '-')
			y = -y
		}
		b = appendInt(b, y, 3)
		b = appendInt(b, m, 2)
		b = appendInt(b, day, 2)
	case Gregorian:
		b = appendInt(b, d.gregorianYear(), 4)
		b = append(b, '-')
		b = appendInt(b, m, 2)
		b = append(b, '-')
		b = appendInt(b, day, 2)
	}
	return b
}

// appendInt appends n in decimal, zero-padded to width digits.
func appendInt(b []byte, n, width int) []byte {
	if n < 0 {
		b = append(b, '-')
		n = -n
	}
	var buf [20]byte
	i := len(buf)
	for n >= 10 || width > 1 {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
		width--
	}
	i--
	buf[i] = byte('0' + n)
	return append(b, buf[i:]...)
}

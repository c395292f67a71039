package rocdate

import (
	"strings"
	"time"
	"unicode/utf8"

	"github.com/ogdtw/governance/internal/errtype"
	"github.com/ogdtw/governance/internal/numeral"
)

// scanner walks a text token by token, skipping spaces between tokens.
type scanner struct {
	s string
	i int
}

// isSpace reports whether r is a space documents put between tokens:
// ASCII white space, the ideographic space U+3000, the no-break space and
// the byte-order mark U+FEFF, which a text exported from a spreadsheet may
// begin with.
func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\u3000', '\u00a0', '\ufeff':
		return true
	}
	return false
}

func (p *scanner) skipSpace() {
	for p.i < len(p.s) {
		r, n := rune(p.s[p.i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(p.s[p.i:])
		}
		if !isSpace(r) {
			return
		}
		p.i += n
	}
}

func (p *scanner) done() bool {
	p.skipSpace()
	return p.i == len(p.s)
}

// lit consumes lit if the text continues with it, after spaces; spaces
// between its characters are allowed too, as judgments write
// 中　　華　　民　　國.
func (p *scanner) lit(lit string) bool {
	p.skipSpace()
	if strings.HasPrefix(p.s[p.i:], lit) {
		p.i += len(lit)
		return true
	}
	if utf8.RuneCountInString(lit) < 2 {
		return false
	}
	q := *p
	for _, r := range lit {
		q.skipSpace()
		c, n := utf8.DecodeRuneInString(q.s[q.i:])
		if c != r || n == 0 {
			return false
		}
		q.i += n
	}
	*p = q
	return true
}

// peekByte returns the next byte after spaces, or 0.
func (p *scanner) peekByte() byte {
	p.skipSpace()
	if p.i == len(p.s) {
		return 0
	}
	return p.s[p.i]
}

// number consumes a number after spaces: its value, how many runes it
// took and how it was written. ok is false when no number stands there or
// it does not parse.
func (p *scanner) number() (n, runes int, kind numeral.Kind, ok bool) {
	p.skipSpace()
	rest := p.s[p.i:]
	w := numeral.Span(rest)
	if w == 0 {
		return 0, 0, numeral.None, false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	kind = numeral.KindOf(r)
	if kind == numeral.Chinese {
		if j := p.i + w + spaceRun(rest[w:]); j < len(p.s) && numeral.Span(p.s[j:]) > 0 &&
			numeral.KindOf(firstRune(p.s[j:])) == numeral.Chinese {
			return p.spacedNumeral()
		}
	}
	n, err := numeral.Parse(rest[:w])
	if err != nil {
		return 0, 0, numeral.None, false
	}
	p.i += w
	return n, utf8.RuneCountInString(rest[:w]), kind, true
}

// maxNumeralRunes bounds a Chinese numeral broken by spaces, as a
// hard-wrapped line breaks 一百零\r\n  二年; the longest year, month or
// day is shorter.
const maxNumeralRunes = 12

// spacedNumeral reads a Chinese numeral with spaces or line breaks inside
// (一百零　二): its pieces are joined before they are read.
func (p *scanner) spacedNumeral() (n, runes int, kind numeral.Kind, ok bool) {
	var buf [maxNumeralRunes * utf8.UTFMax]byte
	b := buf[:0]
	q := *p
	for runes < maxNumeralRunes {
		q.skipSpace()
		rest := q.s[q.i:]
		w := numeral.Span(rest)
		if w == 0 || numeral.KindOf(firstRune(rest)) != numeral.Chinese || len(b)+w > len(buf) {
			break
		}
		b = append(b, rest[:w]...)
		runes += utf8.RuneCountInString(rest[:w])
		q.i += w
	}
	v, err := numeral.Parse(string(b))
	if err != nil || runes == 0 {
		return 0, 0, numeral.None, false
	}
	*p = q
	return v, runes, numeral.Chinese, true
}

// spaceRun returns the length of the spaces s begins with.
func spaceRun(s string) int {
	q := scanner{s: s}
	q.skipSpace()
	return q.i
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
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

// Parse reads a date in any of the forms of the package documentation,
// with spaces allowed around and between its parts and a day of the week
// after it. It rejects days that do not exist (111年2月29日, 111/2/30),
// 民國0年, 13月, a compact date of other than seven digits (ROC) or eight
// (Gregorian), a year and month without a day, a day of the week that is
// not the date's (ErrRange), and anything else after the date. Its cost is
// linear in the length of s.
func Parse(s string) (Date, error) {
	d, f := parseDate(s)
	if f != nil {
		return Date{}, errtype.With[pkg]("Parse", s, f.Err, f.Why)
	}
	return d, nil
}

func parseDate(s string) (Date, *failure) {
	if d, ok := parseFast(s); ok {
		return d, nil
	}
	return parseGeneral(s)
}

// parseGeneral reads every form, token by token.
func parseGeneral(s string) (Date, *failure) {
	p := scanner{s: s}
	d, f := p.date()
	if f != nil {
		return Date{}, f
	}
	if !p.done() {
		return Date{}, syntax("rocdate.syntax.trailing")
	}
	return d, nil
}

// date reads one date at the scanner's position.
func (p *scanner) date() (Date, *failure) {
	if p.done() {
		return Date{}, syntax("rocdate.syntax.empty")
	}
	prefixed, neg := p.era()
	if !neg && !prefixed && p.peekByte() == '-' {
		p.i++
		neg = true
	}
	var (
		year, runes int
		kind        numeral.Kind
		ok          bool
	)
	if p.lit("元") {
		year, runes, kind, ok = 1, 1, numeral.Chinese, true
	} else {
		year, runes, kind, ok = p.number()
	}
	if !ok {
		return Date{}, syntax("rocdate.syntax.year")
	}
	// A four-digit year in digits is Gregorian: ROC years have at most
	// three, so 2026年12月1日 and 2026/12/01 are never 民國2026年.
	greg := kind == numeral.Digits && runes == 4 && !neg && !prefixed
	var month, day int
	switch c := p.peekByte(); {
	case p.lit("年"):
		var f *failure
		if month, day, f = p.monthDay(); f != nil {
			return Date{}, f
		}
	case c == '.' || c == '/' || c == '-':
		if kind != numeral.Digits {
			return Date{}, syntax("rocdate.syntax.numerals", string(c))
		}
		var f *failure
		if month, day, f = p.separated(c); f != nil {
			return Date{}, f
		}
	case c == 0 && kind == numeral.Digits && !prefixed:
		switch {
		case runes == 7:
			year, month, day = year/10000, year/100%100, year%100
		case runes == 8 && !neg:
			greg = true
			year, month, day = year/10000, year/100%100, year%100
		default:
			return Date{}, syntax("rocdate.syntax.compact", runes)
		}
	default:
		return Date{}, syntax("rocdate.syntax.nian")
	}
	if greg {
		return p.weekday(gregorianDate(year, month, day))
	}
	if neg {
		year = -year
	}
	if why := check(year, month, day); !why.IsZero() {
		return Date{}, &failure{Err: ErrRange, Why: why}
	}
	return p.weekday(pack(toGregorian(year), month, day), nil)
}

// gregorianDate checks a Gregorian year, month and day.
func gregorianDate(g, month, day int) (Date, *failure) {
	y := fromGregorian(g)
	if y < MinYear || y > MaxYear {
		return Date{}, outOfRange("rocdate.range.gregorian-year", itoa(g))
	}
	if month < 1 || month > 12 {
		return Date{}, outOfRange("rocdate.range.month", month)
	}
	if day < 1 || day > daysIn(g, month) {
		return Date{}, outOfRange("rocdate.range.gregorian-day", day, itoa(g), month)
	}
	return pack(g, month, day), nil
}

// weekdayNames are the names of the days of the week after 星期 or 週,
// Sunday first.
var weekdayNames = [7]string{"日", "一", "二", "三", "四", "五", "六"}

// weekday reads the day of the week documents add after a date,
// （星期二）, (週二), （二） or 星期二, and checks it against d.
func (p *scanner) weekday(d Date, f *failure) (Date, *failure) {
	if f != nil || p.done() {
		return d, f
	}
	save := p.i
	open := p.lit("（") || p.lit("(")
	named := p.lit("星期") || p.lit("週") || p.lit("禮拜")
	if !open && !named {
		p.i = save
		return d, nil
	}
	wd := -1
	for i, w := range weekdayNames {
		if p.lit(w) {
			wd = i
			break
		}
	}
	if wd < 0 && named && p.lit("天") {
		wd = 0
	}
	if wd < 0 || (open && !p.lit("）") && !p.lit(")")) {
		if !named {
			p.i = save // a bracket that is not a weekday: the caller reports it
			return d, nil
		}
		return Date{}, syntax("rocdate.syntax.weekday")
	}
	if time.Weekday(wd) != d.Weekday() {
		return Date{}, outOfRange("rocdate.range.weekday", weekdayNames[wd], weekdayNames[d.Weekday()])
	}
	return d, nil
}

// era consumes 中華民國, 民國 or 民前 and reports whether it did and
// whether the year is before 民國1年 (前).
func (p *scanner) era() (prefixed, neg bool) {
	switch {
	case p.lit("中華民國"), p.lit("民國"):
		prefixed = true
	case p.lit("民前"):
		return true, true
	}
	return prefixed, p.lit("前")
}

// monthDay reads 5月19日 after 年.
func (p *scanner) monthDay() (month, day int, f *failure) {
	if p.lit("元") {
		month = 1
	} else {
		var ok bool
		if month, _, _, ok = p.number(); !ok {
			return 0, 0, syntax("rocdate.syntax.month")
		}
	}
	if !p.lit("月") {
		return 0, 0, syntax("rocdate.syntax.yue")
	}
	if p.done() {
		return 0, 0, syntax("rocdate.syntax.year-month")
	}
	day, _, _, ok := p.number()
	if !ok {
		return 0, 0, syntax("rocdate.syntax.day")
	}
	if !p.lit("日") && !p.lit("號") {
		return 0, 0, syntax("rocdate.syntax.ri")
	}
	return month, day, nil
}

// separated reads .5.19 or /12/10 after the year.
func (p *scanner) separated(sep byte) (month, day int, f *failure) {
	p.i++ // the separator peekByte saw
	month, _, kind, ok := p.number()
	if !ok || kind != numeral.Digits {
		return 0, 0, syntax("rocdate.syntax.month")
	}
	if p.peekByte() != sep {
		if p.done() {
			return 0, 0, syntax("rocdate.syntax.year-month")
		}
		return 0, 0, syntax("rocdate.syntax.separators")
	}
	p.i++
	day, _, kind, ok = p.number()
	if !ok || kind != numeral.Digits {
		return 0, 0, syntax("rocdate.syntax.day")
	}
	return month, day, nil
}

// lastOfMonth returns the last day of the month of ROC year y.
func lastOfMonth(y int, m time.Month) Date {
	g := toGregorian(y)
	return pack(g, int(m), daysIn(g, int(m)))
}

func itoa(n int) string {
	return string(appendInt(nil, n, 0))
}

// parseFast reads the common forms written with ASCII digits and no
// spaces (111年5月19日, 中華民國111年5月19日, 111.05.19, 110/12/10,
// 1110519, 2022-05-19) byte by byte. It reports false for anything else,
// including a day that does not exist, and leaves those to the general
// parser, which explains what is wrong.
func parseFast(s string) (Date, bool) {
	prefixed := false
	if strings.HasPrefix(s, "中華民國") {
		s, prefixed = s[len("中華民國"):], true
	} else if strings.HasPrefix(s, "民國") {
		s, prefixed = s[len("民國"):], true
	}
	year, i := leadingDigits(s, 0)
	n := i
	if n == 0 {
		return Date{}, false
	}
	var month, day int
	switch {
	case i == len(s):
		if n != 7 || prefixed {
			return Date{}, false
		}
		year, month, day = year/10000, year/100%100, year%100
	case s[i] == '.' || s[i] == '/' || s[i] == '-':
		sep := s[i]
		if month, i = leadingDigits(s, i+1); i == len(s) || s[i] != sep {
			return Date{}, false
		}
		start := i + 1
		if day, i = leadingDigits(s, start); i == start || i != len(s) {
			return Date{}, false
		}
		if sep == '-' && n == 4 && !prefixed {
			if !check(fromGregorian(year), month, day).IsZero() {
				return Date{}, false
			}
			return pack(year, month, day), true
		}
	case strings.HasPrefix(s[i:], "年"):
		start := i + len("年")
		if month, i = leadingDigits(s, start); i == start || !strings.HasPrefix(s[i:], "月") {
			return Date{}, false
		}
		start = i + len("月")
		if day, i = leadingDigits(s, start); i == start || s[i:] != "日" {
			return Date{}, false
		}
	default:
		return Date{}, false
	}
	g := year + 1911 // the fast path reads no 民國前 years
	// Four digits or more before a separator or 年 are a Gregorian year
	// (0001.1.1 is the year 1, out of range): the general parser says so.
	if (n > 3 && n != 7) || n > 7 || year < 1 || year > MaxYear || month < 1 || month > 12 || day < 1 || day > daysIn(g, month) {
		return Date{}, false
	}
	return pack(g, month, day), true
}

// leadingDigits reads up to 9 ASCII digits of s from i, returning their
// value and the index after them.
func leadingDigits(s string, i int) (n, end int) {
	start := i
	for i < len(s) && s[i] >= '0' && s[i] <= '9' && i-start < 9 {
		n = n*10 + int(s[i]-'0')
		i++
	}
	return n, i
}

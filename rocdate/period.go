package rocdate

import (
	"time"

	"github.com/ogdtw/governance/internal/errtype"
)

// A Period is a closed range of days, as report headings give them:
// 111年1月至5月, 111.01.01 迄今, 112年第3、4季. A Period may be open-ended:
// it has a first day and no last day yet. Periods are comparable; the zero
// Period is "no period".
type Period struct {
	start Date
	end   Date // end is zero when the period is open-ended
}

// NewPeriod returns the period from start to end, both included. A zero
// end makes an open-ended period. It fails with [ErrRange] when start is
// zero or end is before start.
func NewPeriod(start, end Date) (Period, error) {
	if start.IsZero() || !end.IsZero() && end.Before(start) {
		return Period{}, errtype.New[pkg]("NewPeriod", start.String()+", "+end.String(), ErrRange, "rocdate.range.end-before-start")
	}
	return Period{start, end}, nil
}

// ParsePeriod reads a period. ref is the day the text was written, which
// gives 迄今 its end and 截至5月 its year:
//
//	111年1月至5月          2022-01-01 to 2022-05-31
//	111年1月1日至6月30日   2022-01-01 to 2022-06-30
//	111.01.01 迄今         2022-01-01 to ref (open-ended if ref is zero)
//	截至5月, (截至5月)     January 1 to May 31 of ref's year
//	112年第3、4季          2023-07-01 to 2023-12-31
//	112年上半年            2023-01-01 to 2023-06-30
//	111年度                2022-01-01 to 2022-12-31
//	111年5月               2022-05-01 to 2022-05-31
//
// Month ranges end on the month's last day. The second half of a range
// takes the year of the first when it names none.
func ParsePeriod(s string, ref Date) (Period, error) {
	pr, f := parsePeriod(s, ref)
	if f != nil {
		return Period{}, errtype.With[pkg]("ParsePeriod", s, f.Err, f.Why)
	}
	return pr, nil
}

func parsePeriod(s string, ref Date) (Period, *failure) {
	p := scanner{s: s}
	if p.done() {
		return Period{}, syntax("rocdate.syntax.empty-period")
	}
	closer := ""
	switch {
	case p.lit("("):
		closer = ")"
	case p.lit("（"):
		closer = "）"
	}
	var (
		pr Period
		f  *failure
	)
	if p.lit("截至") || p.lit("截止") {
		var last Period
		if last, f = p.span(ref.Year()); f == nil {
			pr = Period{pack(last.end.gregorianYear(), 1, 1), last.end}
		}
	} else {
		pr, f = p.rangeOf(ref)
	}
	if f != nil {
		return Period{}, f
	}
	if closer != "" && !p.lit(closer) {
		return Period{}, syntax("rocdate.syntax.closer", closer)
	}
	if !p.done() {
		return Period{}, syntax("rocdate.syntax.trailing-period")
	}
	return pr, nil
}

// rangeOf reads a span, or two spans joined by 至, or a span and 迄今.
func (p *scanner) rangeOf(ref Date) (Period, *failure) {
	first, f := p.span(0)
	if f != nil {
		return Period{}, f
	}
	switch {
	case p.lit("迄今"), p.lit("至今"):
		if !ref.IsZero() && ref.Before(first.start) {
			return Period{}, outOfRange("rocdate.range.reference", ref)
		}
		return Period{first.start, ref}, nil
	case p.lit("至"), p.lit("到"), p.lit("~"), p.lit("～"):
		last, f := p.span(first.start.Year())
		if f != nil {
			return Period{}, f
		}
		if last.end.Before(first.start) {
			return Period{}, outOfRange("rocdate.range.end-before-start")
		}
		return Period{first.start, last.end}, nil
	}
	return first, nil
}

// span reads one stretch of days: a day, a month, a quarter or quarters,
// a half year or a year. year is the year to use when the text names none
// (0: it must name one).
func (p *scanner) span(year int) (Period, *failure) {
	p.skipSpace()
	start := p.i
	y, named := p.spanYear()
	if named {
		year = y
	} else {
		p.i = start
		if c := p.peekByte(); c >= '0' && c <= '9' || c == '-' {
			// 111.01.01 迄今: a date in any form Parse reads.
			if d, f := p.date(); f == nil {
				return Period{d, d}, nil
			}
			p.i = start
		}
	}
	if year == 0 && !named {
		return Period{}, syntax("rocdate.syntax.year")
	}
	if why := check(year, 1, 1); !why.IsZero() {
		return Period{}, &failure{Err: ErrRange, Why: why}
	}
	switch {
	case p.lit("上半年"):
		return Period{monthStart(year, 1), lastOfMonth(year, 6)}, nil
	case p.lit("下半年"):
		return Period{monthStart(year, 7), lastOfMonth(year, 12)}, nil
	case p.lit("第"):
		return p.quarters(year)
	}
	mark := p.i
	m, _, _, ok := p.number()
	if !ok || !p.lit("月") {
		p.i = mark
		if start == p.i {
			return Period{}, syntax("rocdate.syntax.year")
		}
		return Period{monthStart(year, 1), lastOfMonth(year, 12)}, nil
	}
	if m < 1 || m > 12 {
		return Period{}, outOfRange("rocdate.range.month", m)
	}
	mark = p.i
	if d, _, _, ok := p.number(); ok && (p.lit("日") || p.lit("號")) {
		if why := check(year, m, d); !why.IsZero() {
			return Period{}, &failure{Err: ErrRange, Why: why}
		}
		day := pack(toGregorian(year), m, d)
		return Period{day, day}, nil
	}
	p.i = mark
	if !p.lit("份") {
		p.lit("底")
	}
	return Period{monthStart(year, m), lastOfMonth(year, time.Month(m))}, nil
}

// spanYear reads 111年 or 111年度 with its era, and reports whether the
// text held one.
func (p *scanner) spanYear() (int, bool) {
	y, f := p.year()
	if f != nil {
		return 0, false
	}
	if p.lit("年度") || p.lit("年") {
		return y, true
	}
	return 0, false
}

// quarters reads 3、4季 or 1至2季 after 第.
func (p *scanner) quarters(year int) (Period, *failure) {
	first, _, _, ok := p.number()
	if !ok {
		return Period{}, syntax("rocdate.syntax.quarter")
	}
	last := first
	for {
		if p.lit("、") || p.lit(",") || p.lit("，") {
			n, _, _, ok := p.number()
			if !ok {
				return Period{}, syntax("rocdate.syntax.quarter")
			}
			if n != last+1 {
				return Period{}, outOfRange("rocdate.range.quarters", last, n)
			}
			last = n
			continue
		}
		if p.lit("至") || p.lit("到") || p.lit("-") {
			p.lit("第")
			n, _, _, ok := p.number()
			if !ok {
				return Period{}, syntax("rocdate.syntax.quarter")
			}
			if n < last {
				return Period{}, outOfRange("rocdate.range.descending")
			}
			last = n
		}
		break
	}
	if !p.lit("季") {
		return Period{}, syntax("rocdate.syntax.ji")
	}
	for _, n := range [2]int{first, last} {
		if why := checkQuarter(year, n); !why.IsZero() {
			return Period{}, &failure{Err: ErrRange, Why: why}
		}
	}
	return Period{monthStart(year, 3*first-2), lastOfMonth(year, time.Month(3*last))}, nil
}

func monthStart(y, m int) Date { return pack(toGregorian(y), m, 1) }

// IsZero reports whether p is the zero Period.
func (p Period) IsZero() bool { return p.start.IsZero() }

// IsOpen reports whether p has a first day and no last day yet.
func (p Period) IsOpen() bool { return !p.start.IsZero() && p.end.IsZero() }

// Start returns the first day of p.
func (p Period) Start() Date { return p.start }

// End returns the last day of p; it is zero when p is open-ended.
func (p Period) End() Date { return p.end }

// Contains reports whether d falls in p, both ends included. An
// open-ended period contains every day from its start on.
func (p Period) Contains(d Date) bool {
	if p.IsZero() || d.IsZero() || d.Before(p.start) {
		return false
	}
	return p.end.IsZero() || !d.After(p.end)
}

// Days returns the number of days in p, both ends included. It is 0 for
// the zero Period and for an open-ended one.
func (p Period) Days() int {
	if p.IsZero() || p.end.IsZero() {
		return 0
	}
	return p.end.DaysSince(p.start) + 1
}

// String returns p in the shortest form [ParsePeriod] reads back to the
// same days whatever its reference day: 111年度, 111年5月, 111年1月至5月,
// 110年12月至111年5月, 111年1月1日至6月30日, 111年5月19日, or
// 111年1月1日迄今 for an open-ended period. The zero Period gives "".
func (p Period) String() string {
	var buf [64]byte
	return string(p.appendText(buf[:0]))
}

// AppendText implements encoding.TextAppender: it appends the form of
// [Period.String] to b, nothing for the zero Period. It never fails.
func (p Period) AppendText(b []byte) ([]byte, error) { return p.appendText(b), nil }

// MarshalText implements encoding.TextMarshaler with [Period.String]:
// 111年1月至5月, 111年1月1日迄今 for an open-ended period, "" for the zero
// Period. The text needs no reference day to be read back.
func (p Period) MarshalText() ([]byte, error) { return p.appendText(nil), nil }

// UnmarshalText implements encoding.TextUnmarshaler with [ParsePeriod]
// and no reference day: it reads back what MarshalText wrote, and every
// form that names its own years (111年1月至5月, 111年度, 112年第3、4季);
// X迄今 gives an open-ended period, and 截至5月, whose year is the
// reference day's, is an error. Empty text gives the zero Period.
func (p *Period) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*p = Period{}
		return nil
	}
	v, err := ParsePeriod(string(b), Date{})
	if err != nil {
		return err
	}
	*p = v
	return nil
}

func (p Period) appendText(b []byte) []byte {
	if p.IsZero() {
		return b
	}
	s, e := p.start, p.end
	switch {
	case e.IsZero():
		b = s.AppendFormat(b, Standard)
		b = append(b, "迄今"...)
	case s.Day() == 1 && e.Day() == daysIn(e.gregorianYear(), int(e.Month())):
		sameYear := s.Year() == e.Year()
		if sameYear && s.Month() == 1 && e.Month() == 12 {
			b = appendYearOnly(b, s.Year())
			b = append(b, "年度"...)
			break
		}
		b = appendYearMonth(b, s)
		if sameYear && s.Month() == e.Month() {
			break
		}
		b = append(b, "至"...)
		if !sameYear {
			b = appendYear(b, e.Year())
		}
		b = appendInt(b, int(e.Month()), 0)
		b = append(b, "月"...)
	default:
		b = s.AppendFormat(b, Standard)
		if s == e {
			break
		}
		b = append(b, "至"...)
		if s.Year() != e.Year() {
			b = appendYear(b, e.Year())
		}
		b = appendInt(b, int(e.Month()), 0)
		b = append(b, "月"...)
		b = appendInt(b, e.Day(), 0)
		b = append(b, "日"...)
	}
	return b
}

// appendYearOnly appends 111 or 民國前1, without 年.
func appendYearOnly(b []byte, y int) []byte {
	if y < 0 {
		b = append(b, "民國前"...)
		y = -y
	}
	return appendInt(b, y, 0)
}

// appendYearMonth appends 111年5月.
func appendYearMonth(b []byte, d Date) []byte {
	b = appendYear(b, d.Year())
	b = appendInt(b, int(d.Month()), 0)
	return append(b, "月"...)
}

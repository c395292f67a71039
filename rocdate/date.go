package rocdate

import (
	"strconv"
	"time"

	"github.com/ogdtw/governance/internal/errtype"
	"github.com/ogdtw/governance/internal/i18n"
)

// Range of years a Date holds.
const (
	MinYear = -999 // 民國前999年, 913
	MaxYear = 999  // 民國999年, 2910
)

// A Date is one day of the ROC calendar. Dates are small comparable values:
// use == and use them as map keys. The zero Date is "no date": [Date.IsZero]
// reports it, and it is not a day of the calendar.
type Date struct {
	// v packs the Gregorian year, month and day as year<<9 | month<<5 | day,
	// which orders like the dates and is never 0 for a real day.
	v int32
}

func pack(gy, m, d int) Date { return Date{int32(gy<<9 | m<<5 | d)} }

func (d Date) gregorianYear() int { return int(d.v >> 9) }

// toGregorian returns the Gregorian year of ROC year y (y != 0).
func toGregorian(y int) int {
	if y < 0 {
		return y + 1912
	}
	return y + 1911
}

// fromGregorian returns the ROC year of Gregorian year g.
func fromGregorian(g int) int {
	if g < 1912 {
		return g - 1912
	}
	return g - 1911
}

func isLeap(g int) bool { return g%4 == 0 && (g%100 != 0 || g%400 == 0) }

// daysIn returns the number of days in month m of Gregorian year g.
func daysIn(g, m int) int {
	switch m {
	case 2:
		if isLeap(g) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// New returns the date of ROC year, month and day. It fails with
// [ErrRange] for year 0, a year outside [MinYear, MaxYear], a month outside
// 1–12 or a day outside the month: New(111, 2, 29) is an error, never
// 111年3月1日.
func New(year int, month time.Month, day int) (Date, error) {
	if why := check(year, int(month), day); !why.IsZero() {
		return Date{}, errtype.With[pkg]("New", strconv.Itoa(year)+"/"+strconv.Itoa(int(month))+"/"+strconv.Itoa(day), ErrRange, why)
	}
	return pack(toGregorian(year), int(month), day), nil
}

// check returns why year, month and day make no date, or "".
func check(year, month, day int) i18n.Detail {
	switch {
	case year == 0:
		return i18n.NewDetail("rocdate.range.year-zero")
	case year < MinYear || year > MaxYear:
		return i18n.NewDetail("rocdate.range.year", year, MinYear, MaxYear)
	case month < 1 || month > 12:
		return i18n.NewDetail("rocdate.range.month", month)
	case day < 1 || day > daysIn(toGregorian(year), month):
		return i18n.NewDetail("rocdate.range.day", day, string(appendYear(nil, year))+strconv.Itoa(month)+"月")
	}
	return i18n.Detail{}
}

// MustParse is like [Parse] but panics if s is not a date. It is intended
// for tests and hard-coded dates.
func MustParse(s string) Date {
	d, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return d
}

// FromTime returns the calendar day of t in t's location. It returns the
// zero Date when that day's year is outside [MinYear, MaxYear].
func FromTime(t time.Time) Date {
	g, m, d := t.Date()
	if y := fromGregorian(g); y < MinYear || y > MaxYear {
		return Date{}
	}
	return pack(g, int(m), d)
}

// In returns midnight at the start of d in loc. The zero Date gives the
// zero time.Time. In panics if loc is nil.
func (d Date) In(loc *time.Location) time.Time {
	if loc == nil {
		panic("rocdate: Date.In with nil location")
	}
	if d.IsZero() {
		return time.Time{}
	}
	return time.Date(d.gregorianYear(), d.Month(), d.Day(), 0, 0, 0, 0, loc)
}

// IsZero reports whether d is the zero Date, "no date".
func (d Date) IsZero() bool { return d.v == 0 }

// Year returns the ROC year: 111 for 2022, -1 for 民國前1年 (1911). It is 0
// for the zero Date.
func (d Date) Year() int {
	if d.IsZero() {
		return 0
	}
	return fromGregorian(d.gregorianYear())
}

// GregorianYear returns the year of the Gregorian calendar, 2022 for
// 111年. It is 0 for the zero Date.
func (d Date) GregorianYear() int { return d.gregorianYear() }

// Month returns the month, 1–12 (0 for the zero Date).
func (d Date) Month() time.Month { return time.Month(d.v >> 5 & 15) }

// Day returns the day of the month, 1–31 (0 for the zero Date).
func (d Date) Day() int { return int(d.v & 31) }

// days returns the number of days from 1970-01-01 to d (Hinnant's
// days_from_civil).
func (d Date) days() int {
	y, m, day := d.gregorianYear(), int(d.Month()), d.Day()
	if m <= 2 {
		y--
	}
	era := y / 400 // y >= 912, never negative
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + day - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// fromDays is the inverse of days. The result is the zero Date when the
// day falls outside the range of years.
func fromDays(z int) Date {
	z += 719468
	era := z / 146097
	if z < 0 {
		era = (z - 146096) / 146097
	}
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	day := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	if r := fromGregorian(y); r < MinYear || r > MaxYear {
		return Date{}
	}
	return pack(y, m, day)
}

// AddDays returns the date n days after d (before d when n is negative).
// The result is the zero Date when d is zero or the day falls outside
// the range of years. DaysSince is its inverse.
func (d Date) AddDays(n int) Date {
	if d.IsZero() {
		return d
	}
	return fromDays(d.days() + n)
}

// DaysSince returns the number of days from e to d: positive when d is
// after e. It is the inverse of AddDays: d.AddDays(n).DaysSince(d) == n.
// Both dates must be non-zero; a zero date counts as 1970-01-01.
func (d Date) DaysSince(e Date) int {
	return d.daysOrEpoch() - e.daysOrEpoch()
}

func (d Date) daysOrEpoch() int {
	if d.IsZero() {
		return 0
	}
	return d.days()
}

// Weekday returns the day of the week of d. The zero Date gives
// time.Thursday, the weekday of 1970-01-01.
func (d Date) Weekday() time.Weekday {
	return time.Weekday(((d.daysOrEpoch() % 7) + 7 + 4) % 7)
}

// Compare returns -1, 0 or +1 as d is before, equal to or after e. The
// zero Date is before every day.
func (d Date) Compare(e Date) int {
	switch {
	case d.v < e.v:
		return -1
	case d.v > e.v:
		return 1
	}
	return 0
}

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.v < e.v }

// After reports whether d is after e.
func (d Date) After(e Date) bool { return d.v > e.v }

// Quarter returns the quarter d falls in; the zero Date gives the zero
// Quarter.
func (d Date) Quarter() Quarter {
	if d.IsZero() {
		return Quarter{}
	}
	return Quarter{int16(d.Year()), int8((d.Month()-1)/3 + 1)}
}

// String returns d in the [Standard] style, 111年5月19日, or 民國前1年12月31日.
// The zero Date gives "".
func (d Date) String() string { return d.Format(Standard) }

// AppendText implements encoding.TextAppender: it appends the form of
// [Date.String] to b, nothing for the zero Date. It never fails and
// allocates only when b is too small.
func (d Date) AppendText(b []byte) ([]byte, error) {
	return d.AppendFormat(b, Standard), nil
}

// MarshalText implements encoding.TextMarshaler with the form of
// [Date.String]; the zero Date is "".
func (d Date) MarshalText() ([]byte, error) {
	return d.AppendFormat(nil, Standard), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with [Parse]; empty
// text gives the zero Date.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	p, err := Parse(string(b))
	if err != nil {
		return err
	}
	*d = p
	return nil
}

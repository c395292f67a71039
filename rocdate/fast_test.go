package rocdate

import (
	"errors"
	"testing"
	"time"

	"github.com/ogdtw/governance/internal/i18n"
)

// The fast path reads its forms at every bound: the first and last year,
// month and day, each separator and prefix; and leaves everything else
// to the general parser. A form it should read and does not is no wrong
// answer (the general parser reads it), so this asks it directly.
func TestParseFast(t *testing.T) {
	read := []struct {
		in   string
		want Date
	}{
		{"1年1月1日", pack(1912, 1, 1)},
		{"999年12月31日", pack(2910, 12, 31)},
		{"111年2月28日", pack(2022, 2, 28)},
		{"109年2月29日", pack(2020, 2, 29)},
		{"111年12月31日", pack(2022, 12, 31)},
		{"中華民國111年5月19日", pack(2022, 5, 19)},
		{"民國111年5月19日", pack(2022, 5, 19)},
		{"111.05.19", pack(2022, 5, 19)},
		{"110/12/10", pack(2021, 12, 10)},
		{"111-1-1", pack(2022, 1, 1)},
		{"1110519", pack(2022, 5, 19)},
		{"0010101", pack(1912, 1, 1)},
		{"9991231", pack(2910, 12, 31)},
		{"2022-05-19", pack(2022, 5, 19)},
		{"1911-12-31", pack(1911, 12, 31)},
		{"1912-01-01", pack(1912, 1, 1)},
		{"2910-12-31", pack(2910, 12, 31)},
	}
	for _, tt := range read {
		got, ok := parseFast(tt.in)
		if !ok || got != tt.want {
			t.Errorf("parseFast(%q) = %v, %v; want %v", tt.in, got, ok, tt.want)
		}
		if p, err := Parse(tt.in); err != nil || p != got {
			t.Errorf("Parse(%q) = %v, %v; the fast path %v", tt.in, p, err, got)
		}
	}
	for _, in := range []string{
		"", "年", "0年1月1日", "1000年1月1日", "111年0月1日", "111年13月1日", "111年1月0日", "111年2月29日", "111年4月31日",
		"111年5月19", "111年5月", "111年5月19日 ", "111.5/19", "111.5.", "111..19", "111.5.19.", "111-5.19",
		"111052", "11105190", "1111319", "民國1110519", "民國2022-05-19", "12345.1.1", "2022/05/19", "一一一年五月十九日",
		"111年5月19日（星期四）", "111年05月1a日", "1110230", "0001-01-01", "2911-01-01", "2022-13-01", "2022-02-29",
	} {
		if d, ok := parseFast(in); ok {
			t.Errorf("parseFast(%q) = %v, true; want it left to the general parser", in, d)
		}
	}
}

// The bounds of the range and of the small tables, each at the value on
// it and the one past it.
func TestBounds(t *testing.T) {
	first := time.Date(1911-999+1, 1, 1, 0, 0, 0, 0, time.UTC) // 民國前999年1月1日
	last := time.Date(1911+999, 12, 31, 0, 0, 0, 0, time.UTC)  // 民國999年12月31日
	if d := FromTime(first); d.Year() != MinYear {
		t.Errorf("FromTime(%v) = %v, want 民國前999年", first, d)
	}
	if d := FromTime(last); d.Year() != MaxYear {
		t.Errorf("FromTime(%v) = %v, want 民國999年", last, d)
	}
	if d := FromTime(first.AddDate(0, 0, -1)); !d.IsZero() {
		t.Errorf("FromTime before MinYear = %v", d)
	}
	if d := FromTime(last.AddDate(0, 0, 1)); !d.IsZero() {
		t.Errorf("FromTime after MaxYear = %v", d)
	}
	lo, hi := FromTime(first), FromTime(last)
	if d := lo.AddDays(-1); !d.IsZero() {
		t.Errorf("AddDays(-1) of the first day = %v", d)
	}
	if d := hi.AddDays(-1).AddDays(1); d != hi {
		t.Errorf("AddDays back to the last day = %v, want %v", d, hi)
	}
	if d := lo.AddDays(1).AddDays(-1); d != lo {
		t.Errorf("AddDays back to the first day = %v, want %v", d, lo)
	}
	if !Style(len(styleNames)-1).IsValid() || Style(len(styleNames)).IsValid() {
		t.Error("Style.IsValid is wrong at its bound")
	}
	for w, want := range map[time.Weekday]string{time.Sunday: "Sunday", time.Saturday: "Saturday", -1: "", 7: ""} {
		if got := WeekdayName(w, i18n.English); got != want {
			t.Errorf("WeekdayName(%d) = %q, want %q", w, got, want)
		}
	}
	for n, want := range map[int]string{1: "1 day", -1: "-1 day", 0: "0 days", 2: "2 days", -2: "-2 days"} {
		if got := Days(n, i18n.English); got != want {
			t.Errorf("Days(%d) = %q, want %q", n, got, want)
		}
	}
}

// The general parser's bounds, on the forms the fast path leaves to it
// (a blank after the date): the first and last Gregorian days of the
// range read, the days past them out of range; a quarter range that ends
// where it starts is that quarter.
func TestGeneralBounds(t *testing.T) {
	for in, want := range map[string]Date{"2910-12-31 ": pack(2910, 12, 31), "0913-01-01 ": pack(913, 1, 1)} {
		if _, fast := parseFast(in); fast {
			t.Fatalf("%q took the fast path", in)
		}
		if got, err := Parse(in); err != nil || got != want {
			t.Errorf("Parse(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, in := range []string{"2911-01-01 ", "0912-12-31 "} {
		if _, err := Parse(in); !errors.Is(err, ErrRange) {
			t.Errorf("Parse(%q) = %v, want ErrRange", in, err)
		}
	}
	for _, in := range []string{"111年第1至1季", "111年第1-1季"} {
		p, err := ParsePeriod(in, Date{})
		if err != nil || p.Start() != pack(2022, 1, 1) || p.End() != pack(2022, 3, 31) {
			t.Errorf("ParsePeriod(%q) = %v, %v; want 111年第1季", in, p, err)
		}
	}
}

// A four-digit year is Gregorian in a quarter and a period as in a date:
// ParsePeriod of a single day agrees with Parse.
func TestGregorianYearEverywhere(t *testing.T) {
	for _, in := range []string{"2022年5月19日", "111年5月19日", "2022/05/19", "2026年12月1日"} {
		d, err := Parse(in)
		if err != nil {
			t.Fatal(err)
		}
		p, err := ParsePeriod(in, Date{})
		if err != nil || p.Start() != d || p.End() != d {
			t.Errorf("ParsePeriod(%q) = %v, %v; Parse gives %v", in, p, err, d)
		}
	}
	for in, want := range map[string]string{"2022年第1季": "111年第1季", "2021年第4季": "110年第4季", "1911年第4季": "民國前1年第4季"} {
		if q, err := ParseQuarter(in); err != nil || q.String() != want {
			t.Errorf("ParseQuarter(%q) = %v, %v; want %s", in, q, err, want)
		}
	}
	for in, want := range map[string]string{"2022年1月至5月": "111年1月至5月", "2022年度": "111年度", "2022年第1至2季": "111年1月至6月"} {
		if p, err := ParsePeriod(in, Date{}); err != nil || p.String() != want {
			t.Errorf("ParsePeriod(%q) = %v, %v; want %s", in, p, err, want)
		}
	}
	// Three digits stay ROC years, and 民國 or 民國前 before four digits
	// is an ROC year out of range, never a Gregorian one.
	for _, in := range []string{"民國2022年第1季", "民國前1000年第1季"} {
		if _, err := ParseQuarter(in); !errors.Is(err, ErrRange) {
			t.Errorf("ParseQuarter(%q) = %v, want ErrRange", in, err)
		}
	}
}

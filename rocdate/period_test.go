package rocdate

import (
	"errors"
	"testing"
	"time"
)

var periodRef = MustParse("111年5月19日")

var periodTests = []struct {
	name       string
	in         string
	start, end string // "" end: open-ended
	wantErr    error
}{
	{"month range", "111年1月至5月", "111.1.1", "111.5.31", nil},
	{"month range 份", "111年1月至5月份", "111.1.1", "111.5.31", nil},
	{"since", "111.01.01 迄今", "111.1.1", "111.5.19", nil},
	{"since 至今", "111年1月1日至今", "111.1.1", "111.5.19", nil},
	{"up to month", "截至5月", "111.1.1", "111.5.31", nil},
	{"up to month bracketed", "(截至5月)", "111.1.1", "111.5.31", nil},
	{"up to month full-width brackets", "（截至5月）", "111.1.1", "111.5.31", nil},
	{"up to month with year", "截至110年12月", "110.1.1", "110.12.31", nil},
	{"up to day", "截至111年5月19日", "111.1.1", "111.5.19", nil},
	{"quarters", "112年第3、4季", "112.7.1", "112.12.31", nil},
	{"quarter range", "112年第1至3季", "112.1.1", "112.9.30", nil},
	{"one quarter", "111年第1季", "111.1.1", "111.3.31", nil},
	{"first half", "112年上半年", "112.1.1", "112.6.30", nil},
	{"second half", "112年下半年", "112.7.1", "112.12.31", nil},
	{"fiscal year", "111年度", "111.1.1", "111.12.31", nil},
	{"year", "111年", "111.1.1", "111.12.31", nil},
	{"days", "111年1月1日至6月30日", "111.1.1", "111.6.30", nil},
	{"one month", "111年5月", "111.5.1", "111.5.31", nil},
	{"february leap", "109年2月", "109.2.1", "109.2.29", nil},
	{"one day", "111年5月19日", "111.5.19", "111.5.19", nil},
	{"across years", "110年12月至111年5月", "110.12.1", "111.5.31", nil},
	{"across years days", "110年12月1日至111年5月19日", "110.12.1", "111.5.19", nil},
	{"dotted range", "111.01.01至111.05.19", "111.1.1", "111.5.19", nil},
	{"tilde", "111年1月～3月", "111.1.1", "111.3.31", nil},
	{"years", "110年度至111年度", "110.1.1", "111.12.31", nil},
	{"minqian", "民國前1年度", "-1.1.1", "-1.12.31", nil},
	{"chinese", "一百十一年一月至五月", "111.1.1", "111.5.31", nil},

	{"empty", "", "", "", ErrSyntax},
	{"descending", "111年5月至1月", "", "", ErrRange},
	{"descending days", "111年5月19日至111年5月18日", "", "", ErrRange},
	{"dangling 至", "111年1月至", "", "", ErrSyntax},
	{"no year", "1月至5月", "", "", ErrSyntax},
	{"month 13", "111年13月", "", "", ErrRange},
	{"bad day", "111年2月30日至3月1日", "", "", ErrRange},
	{"quarter 5", "111年第4、5季", "", "", ErrRange},
	{"gap in quarters", "112年第1、3季", "", "", ErrRange},
	{"descending quarters", "112年第3至1季", "", "", ErrRange},
	{"no 季", "112年第3", "", "", ErrSyntax},
	{"no quarter", "112年第季", "", "", ErrSyntax},
	{"unclosed bracket", "(截至5月", "", "", ErrSyntax},
	{"junk", "111年度x", "", "", ErrSyntax},
	{"year 0", "0年度", "", "", ErrRange},
	{"start after ref", "112.01.01 迄今", "", "", ErrRange},
}

func TestParsePeriod(t *testing.T) {
	for _, tt := range periodTests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParsePeriod(tt.in, periodRef)
			if tt.wantErr != nil {
				var e *ParseError
				if !errors.Is(err, tt.wantErr) || !errors.As(err, &e) || e.Input != tt.in {
					t.Fatalf("ParsePeriod(%q) = %v, %v; want error %v", tt.in, got, err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParsePeriod(%q): %v", tt.in, err)
			}
			if got.Start() != MustParse(tt.start) || got.End() != MustParse(tt.end) {
				t.Errorf("ParsePeriod(%q) = %v to %v, want %s to %s", tt.in, got.Start(), got.End(), tt.start, tt.end)
			}
			if back, err := ParsePeriod(got.String(), Date{}); err != nil || back != got {
				t.Errorf("ParsePeriod(%q) = %v; ParsePeriod(String) = %v, %v", tt.in, got, back, err)
			}
		})
	}
}

func TestPeriodString(t *testing.T) {
	tests := []struct{ in, want string }{
		{"111年1月至5月份", "111年1月至5月"},
		{"111年度", "111年度"},
		{"111年第2季", "111年4月至6月"},
		{"111年5月", "111年5月"},
		{"111年5月19日", "111年5月19日"},
		{"111.1.1至111.5.19", "111年1月1日至5月19日"},
		{"110.12.2至111.5.19", "110年12月2日至111年5月19日"},
		{"110年12月至111年5月", "110年12月至111年5月"},
		{"民國前1年度", "民國前1年度"},
	}
	for _, tt := range tests {
		p, err := ParsePeriod(tt.in, Date{})
		if err != nil || p.String() != tt.want {
			t.Errorf("ParsePeriod(%q).String() = %q, %v; want %q", tt.in, p.String(), err, tt.want)
		}
	}
	open, err := ParsePeriod("111.01.01 迄今", Date{})
	if err != nil || !open.IsOpen() || open.String() != "111年1月1日迄今" || open.Days() != 0 {
		t.Errorf("open period = %v, %v", open, err)
	}
	if !open.Contains(MustParse("999.1.1")) || open.Contains(MustParse("110.12.31")) {
		t.Errorf("open period Contains wrong")
	}
	if (Period{}).String() != "" || (Period{}).Contains(periodRef) || (Period{}).Days() != 0 || !(Period{}).IsZero() {
		t.Errorf("zero Period misbehaves")
	}
}

// TestPeriodDays checks Days and Contains against time.Time for every
// month range of 111年 and 112年.
func TestPeriodDays(t *testing.T) {
	for y := 111; y <= 112; y++ {
		for m1 := 1; m1 <= 12; m1++ {
			for m2 := m1; m2 <= 12; m2++ {
				s := itoa(y) + "年" + itoa(m1) + "月至" + itoa(m2) + "月"
				p, err := ParsePeriod(s, Date{})
				if err != nil {
					t.Fatal(err)
				}
				a := time.Date(y+1911, time.Month(m1), 1, 0, 0, 0, 0, time.UTC)
				b := time.Date(y+1911, time.Month(m2)+1, 1, 0, 0, 0, 0, time.UTC)
				if want := int(b.Sub(a).Hours() / 24); p.Days() != want {
					t.Errorf("%s: Days = %d, want %d", s, p.Days(), want)
				}
				if !p.Contains(FromTime(a)) || p.Contains(FromTime(b)) || !p.Contains(FromTime(b.AddDate(0, 0, -1))) || p.Contains(FromTime(a.AddDate(0, 0, -1))) {
					t.Errorf("%s: Contains wrong at the ends", s)
				}
			}
		}
	}
}

func TestNewPeriod(t *testing.T) {
	a, b := MustParse("111.1.1"), MustParse("111.5.19")
	if p, err := NewPeriod(a, b); err != nil || p.Days() != 139 {
		t.Errorf("NewPeriod = %v (%d days), %v", p, p.Days(), err)
	}
	if p, err := NewPeriod(a, Date{}); err != nil || !p.IsOpen() {
		t.Errorf("NewPeriod open = %v, %v", p, err)
	}
	for _, c := range [][2]Date{{b, a}, {{}, a}} {
		if _, err := NewPeriod(c[0], c[1]); !errors.Is(err, ErrRange) {
			t.Errorf("NewPeriod(%v, %v) error = %v", c[0], c[1], err)
		}
	}
}

func FuzzParsePeriod(f *testing.F) {
	for _, tt := range periodTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := ParsePeriod(s, periodRef)
		if err != nil {
			if pe := err.(*ParseError); pe.DetailCode() == "" {
				t.Fatalf("%s: the detail %q has no code, so no message", s, pe.Detail)
			}
			return
		}
		if p.IsZero() || (!p.End().IsZero() && p.End().Before(p.Start())) {
			t.Fatalf("ParsePeriod(%q) = %v to %v", s, p.Start(), p.End())
		}
		if back, err := ParsePeriod(p.String(), Date{}); err != nil || back != p {
			t.Fatalf("ParsePeriod(%q) = %v; ParsePeriod(%q) = %v, %v", s, p, p.String(), back, err)
		}
	})
}

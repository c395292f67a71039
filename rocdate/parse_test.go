package rocdate

import (
	"errors"
	"strings"
	"testing"
	"time"
)

// ymd is a wanted date in ROC year, month, day.
type ymd struct{ y, m, d int }

func (w ymd) date(t *testing.T) Date {
	t.Helper()
	d, err := New(w.y, time.Month(w.m), w.d)
	if err != nil {
		t.Fatalf("New(%d, %d, %d): %v", w.y, w.m, w.d, err)
	}
	return d
}

var parseTests = []struct {
	name    string
	in      string
	want    ymd
	wantErr error
}{
	{"standard", "111年5月19日", ymd{111, 5, 19}, nil},
	{"standard padded", "111年05月09日", ymd{111, 5, 9}, nil},
	{"inner spaces", "民國 108 年 09 月 23 日", ymd{108, 9, 23}, nil},
	{"surrounding spaces", "  111年5月19日\t", ymd{111, 5, 19}, nil},
	{"ideographic spaces", "\u3000111年\u30005月19日\u3000", ymd{111, 5, 19}, nil},
	{"official", "中華民國111年5月19日", ymd{111, 5, 19}, nil},
	{"minguo", "民國111年5月19日", ymd{111, 5, 19}, nil},
	{"minqian", "民國前1年12月31日", ymd{-1, 12, 31}, nil},
	{"minqian short", "民前4年6月9日", ymd{-4, 6, 9}, nil},
	{"official minqian", "中華民國前1年1月1日", ymd{-1, 1, 1}, nil},
	{"hao", "111年5月19號", ymd{111, 5, 19}, nil},
	{"dotted short", "111.5.19", ymd{111, 5, 19}, nil},
	{"dotted", "111.05.19", ymd{111, 5, 19}, nil},
	{"dotted spaced", "111 . 05 . 19", ymd{111, 5, 19}, nil},
	{"slashed", "110/12/10", ymd{110, 12, 10}, nil},
	{"slashed short", "99/1/1", ymd{99, 1, 1}, nil},
	{"dashed", "111-05-19", ymd{111, 5, 19}, nil},
	{"dotted negative", "-1.12.31", ymd{-1, 12, 31}, nil},
	{"compact", "1110519", ymd{111, 5, 19}, nil},
	{"compact leading zero", "0990101", ymd{99, 1, 1}, nil},
	{"compact year 1", "0010101", ymd{1, 1, 1}, nil},
	{"compact negative", "-0010101", ymd{-1, 1, 1}, nil},
	{"compact full-width", "１１１０５１９", ymd{111, 5, 19}, nil},
	{"gregorian", "2022-05-19", ymd{111, 5, 19}, nil},
	{"gregorian before 1912", "1911-12-31", ymd{-1, 12, 31}, nil},
	{"full-width", "１１１年５月１９日", ymd{111, 5, 19}, nil},
	{"full-width dotted", "１１１．５．１９", ymd{}, ErrSyntax},
	{"positional", "一百十一年五月十九日", ymd{111, 5, 19}, nil},
	{"positional with 一十", "一百一十一年五月十九日", ymd{111, 5, 19}, nil},
	{"official numerals", "中華民國一百十一年五月十九日", ymd{111, 5, 19}, nil},
	{"ling", "一百零三年一月一日", ymd{103, 1, 1}, nil},
	{"law database 103", "一百三年一月一日", ymd{103, 1, 1}, nil},
	{"digit by digit", "一一一年五月十九日", ymd{111, 5, 19}, nil},
	{"digit by digit zero", "一一〇年十二月十日", ymd{110, 12, 10}, nil},
	{"nian", "廿年元月廿日", ymd{20, 1, 20}, nil},
	{"sa", "一百十一年十二月卅一日", ymd{111, 12, 31}, nil},
	{"yuan nian", "民國元年元月1日", ymd{1, 1, 1}, nil},
	{"yuan yue", "111年元月5日", ymd{111, 1, 5}, nil},
	{"zero padded year is 1", "民國01年1月1日", ymd{1, 1, 1}, nil},
	{"mixed numerals", "111年五月19日", ymd{111, 5, 19}, nil},
	{"leap day", "109年2月29日", ymd{109, 2, 29}, nil},
	{"leap 2000", "89年2月29日", ymd{89, 2, 29}, nil},
	{"minqian leap 1908", "民前4年2月29日", ymd{-4, 2, 29}, nil},
	{"max", "999年12月31日", ymd{999, 12, 31}, nil},
	{"min", "民國前999年1月1日", ymd{-999, 1, 1}, nil},
	{"two-digit year", "99年12月31日", ymd{99, 12, 31}, nil},
	{"one-digit year", "1年1月1日", ymd{1, 1, 1}, nil},
	{"minqian chinese", "民國前一年十二月三十一日", ymd{-1, 12, 31}, nil},
	{"two-digit chinese day", "111年5月二十日", ymd{111, 5, 20}, nil},
	{"formal numerals", "壹佰壹拾壹年伍月拾玖日", ymd{111, 5, 19}, nil},
	{"liang", "一百十一年二月兩日", ymd{111, 2, 2}, nil},

	{"empty", "", ymd{}, ErrSyntax},
	{"blank", "   ", ymd{}, ErrSyntax},
	{"not a date", "hello", ymd{}, ErrSyntax},
	{"2月29日 not leap", "111年2月29日", ymd{}, ErrRange},
	{"2月30日", "111/2/30", ymd{}, ErrRange},
	{"1900 not leap", "民前12年2月29日", ymd{}, ErrRange},
	{"year 0", "民國0年1月1日", ymd{}, ErrRange},
	{"year 0 compact", "0000101", ymd{}, ErrRange},
	{"month 13", "111年13月1日", ymd{}, ErrRange},
	{"month 0", "111年0月1日", ymd{}, ErrRange},
	{"day 0", "111年1月0日", ymd{}, ErrRange},
	{"day 32", "111年1月32日", ymd{}, ErrRange},
	{"april 31", "111.04.31", ymd{}, ErrRange},
	{"year too large", "9999年1月1日", ymd{}, ErrRange},
	{"gregorian in 年 form", "2022年5月19日", ymd{111, 5, 19}, nil},
	{"gregorian year 1000", "1000年1月1日", ymd{-912, 1, 1}, nil},
	{"gregorian dotted", "2026.12.1", ymd{115, 12, 1}, nil},
	{"gregorian slashed", "2026/12/01", ymd{115, 12, 1}, nil},
	{"gregorian compact", "20261201", ymd{115, 12, 1}, nil},
	{"gregorian full-width", "２０２６年１２月１日", ymd{115, 12, 1}, nil},
	{"gregorian leap day", "2024年2月29日", ymd{113, 2, 29}, nil},
	{"gregorian no leap day", "2023年2月29日", ymd{}, ErrRange},
	{"gregorian with 民國", "民國2026年12月1日", ymd{}, ErrRange},
	{"gregorian compact bad month", "20261301", ymd{}, ErrRange},
	{"judgment spacing", "中　　華　　民　　國　　112　年　　6　　月　　30　　日", ymd{112, 6, 30}, nil},
	{"spaced minguo", "民 國 108 年 9 月 23 日", ymd{108, 9, 23}, nil},
	{"numeral broken by a line", "中華民國一百零\r\n  二年七月十\r\n  日", ymd{102, 7, 10}, nil},
	{"byte-order mark", "\ufeff111年5月19日", ymd{111, 5, 19}, nil},
	{"weekday", "115年5月5日（星期二）", ymd{115, 5, 5}, nil},
	{"weekday short", "115年5月5日（二）", ymd{115, 5, 5}, nil},
	{"weekday half-width", "115年5月5日(週二)", ymd{115, 5, 5}, nil},
	{"weekday unbracketed", "115年5月5日 星期二", ymd{115, 5, 5}, nil},
	{"weekday sunday", "115年5月3日（星期日）", ymd{115, 5, 3}, nil},
	{"weekday 天", "115年5月3日（星期天）", ymd{115, 5, 3}, nil},
	{"weekday gregorian", "2026/5/5（二）", ymd{115, 5, 5}, nil},
	{"wrong weekday", "115年5月5日（星期三）", ymd{}, ErrRange},
	{"bad weekday", "115年5月5日（星期八）", ymd{}, ErrSyntax},
	{"unclosed weekday", "115年5月5日（二", ymd{}, ErrSyntax},
	{"bracket not a weekday", "115年5月5日（備註）", ymd{}, ErrSyntax},
	{"gregorian bad day", "2022-02-30", ymd{}, ErrRange},
	{"gregorian out of range", "0900-01-01", ymd{}, ErrRange},
	{"gregorian bad month", "2022-13-01", ymd{}, ErrRange},
	{"compact 6 digits", "111051", ymd{}, ErrSyntax},
	{"compact 8 digits", "11105191", ymd{}, ErrRange},
	{"compact 8 digits gregorian", "20220519", ymd{111, 5, 19}, nil},
	{"compact 6 digits", "111051", ymd{}, ErrSyntax},
	{"compact bad month", "1111319", ymd{}, ErrRange},
	{"trailing junk", "111年5月19日x", ymd{}, ErrSyntax},
	{"trailing date", "111年5月19日111年5月19日", ymd{}, ErrSyntax},
	{"dotted trailing", "111.5.19.", ymd{}, ErrSyntax},
	{"year month only", "111年5月", ymd{}, ErrSyntax},
	{"year month dotted", "111.5", ymd{}, ErrSyntax},
	{"year only", "111年", ymd{}, ErrSyntax},
	{"missing 月", "111年5", ymd{}, ErrSyntax},
	{"missing 日", "111年5月19", ymd{}, ErrSyntax},
	{"missing month", "111年月19日", ymd{}, ErrSyntax},
	{"missing day", "111年5月日", ymd{}, ErrSyntax},
	{"missing year", "年5月19日", ymd{}, ErrSyntax},
	{"mixed separators", "111.5/19", ymd{}, ErrSyntax},
	{"chinese with dots", "一一一.5.19", ymd{}, ErrSyntax},
	{"chinese month dotted", "111.五.19", ymd{}, ErrSyntax},
	{"chinese day dotted", "111.5.十九", ymd{}, ErrSyntax},
	{"bad numeral", "一百二百年5月1日", ymd{}, ErrSyntax},
	{"prefixed compact", "民國1110519", ymd{}, ErrSyntax},
	{"double minus", "--0010101", ymd{}, ErrSyntax},
	{"space in number", "1 11年5月19日", ymd{}, ErrSyntax},
	{"minus with 民國", "民國-1年1月1日", ymd{}, ErrSyntax},
	{"dotted no day", "111.5.", ymd{}, ErrSyntax},
}

func TestParse(t *testing.T) {
	for _, tt := range parseTests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse(tt.in)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("Parse(%q) = %v, %v; want error %v", tt.in, got, err, tt.wantErr)
				}
				var e *ParseError
				if !errors.As(err, &e) || e.Input != tt.in || e.Func != "Parse" {
					t.Fatalf("Parse(%q) error %#v does not name the input", tt.in, err)
				}
				if !strings.HasPrefix(err.Error(), "rocdate: parsing ") {
					t.Errorf("Parse(%q) error = %q, want the rocdate: parsing prefix", tt.in, err)
				}
				return
			}
			if err != nil {
				t.Fatalf("Parse(%q) error: %v", tt.in, err)
			}
			if want := tt.want.date(t); got != want {
				t.Errorf("Parse(%q) = %v, want %v", tt.in, got, want)
			}
		})
	}
}

func TestParseErrorMessages(t *testing.T) {
	tests := []struct{ in, want string }{
		{"111年2月29日", `rocdate: parsing "111年2月29日": day 29 out of range for 111年2月`},
		{"民國0年1月1日", `rocdate: parsing "民國0年1月1日": year 0 does not exist: 民國前1年 is followed by 民國1年`},
		{"111051", `rocdate: parsing "111051": a compact date has 7 digits (ROC) or 8 (Gregorian), not 6`},
		{"111年5月", `rocdate: parsing "111年5月": missing day: a year and month are not a date`},
		{"111年5月19日x", `rocdate: parsing "111年5月19日x": unexpected text after the date`},
		{"民前1年2月30日", `rocdate: parsing "民前1年2月30日": day 30 out of range for 民國前1年2月`},
	}
	for _, tt := range tests {
		if _, err := Parse(tt.in); err == nil || err.Error() != tt.want {
			t.Errorf("Parse(%q) error = %v, want %s", tt.in, err, tt.want)
		}
	}
}

func TestMustParse(t *testing.T) {
	if got := MustParse("111.5.19"); got.String() != "111年5月19日" {
		t.Errorf("MustParse = %v", got)
	}
	defer func() {
		if recover() == nil {
			t.Error("MustParse of a bad date did not panic")
		}
	}()
	MustParse("111.2.30")
}

func FuzzParse(f *testing.F) {
	for _, tt := range parseTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := Parse(s)
		if err != nil {
			if pe := err.(*ParseError); pe.DetailCode() == "" {
				t.Fatalf("%s: the detail %q has no code, so no message", s, pe.Detail)
			}
			if d != (Date{}) {
				t.Fatalf("Parse(%q) = %v with error %v", s, d, err)
			}
			return
		}
		if d.IsZero() {
			t.Fatalf("Parse(%q) = zero Date without error", s)
		}
		if slow, f := parseGeneral(s); f != nil || slow != d {
			t.Fatalf("Parse(%q) = %v, but the general parser gives %v, %v", s, d, slow, f)
		}
		for st := Standard; st <= Gregorian; st++ {
			back, err := Parse(d.Format(st))
			if err != nil || back != d {
				t.Fatalf("Parse(%q) = %v; Parse(Format(%v)) = %v, %v", s, d, st, back, err)
			}
		}
	})
}

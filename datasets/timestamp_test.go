package datasets

import (
	"errors"
	"testing"
	"time"

	"github.com/ogdtw/governance/rocdate"
)

// TestParseExportDate lists the forms a catalog's time cells take: the
// export's own, zh-TW Excel's re-save (上午/下午), ISO 8601 and ROC.
func TestParseExportDate(t *testing.T) {
	day := func(y int, m time.Month, d int) rocdate.Date {
		v, err := rocdate.New(y, m, d)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	tests := []struct {
		in   string
		want rocdate.Date
		err  error
	}{
		{"", rocdate.Date{}, nil},
		// The export's own forms.
		{"2017-09-12 15:49:25", day(106, 9, 12), nil},
		{"2022-05-19 09:00", day(111, 5, 19), nil},
		{"2017/09/12", day(106, 9, 12), nil},
		{"2019-01-02", day(108, 1, 2), nil},
		// zh-TW Excel re-saving the export.
		{"2022/5/1 上午 10:00:00", day(111, 5, 1), nil},
		{"2022/05/01 下午 03:04", day(111, 5, 1), nil},
		{"2022/5/1 上午 12:00:00", day(111, 5, 1), nil}, // midnight
		{"2022/5/1 下午 12:30:00", day(111, 5, 1), nil}, // noon
		{"2022/5/1 下午 11:59:59", day(111, 5, 1), nil},
		{"2022/5/1 上午9:05", day(111, 5, 1), nil},
		{"2022/12/31 10:00:00 下午", day(111, 12, 31), nil},
		{"2022/5/1 9:05", day(111, 5, 1), nil},
		// ISO 8601, with and without an offset.
		{"2017-09-12T15:49:25+08:00", day(106, 9, 12), nil},
		{"2017-09-12T15:49:25", day(106, 9, 12), nil},
		{"2017-09-12T15:49:25.123+0800", day(106, 9, 12), nil},
		{"2017-09-12T20:00:00Z", day(106, 9, 13), nil},      // 04:00 on the 13th in Taiwan
		{"2017-09-12T23:30:00-05:00", day(106, 9, 13), nil}, // 12:30 on the 13th in Taiwan
		{"2017-09-13T01:00:00+09:00", day(106, 9, 13), nil}, // 00:00 in Taiwan
		{"2017-09-13T00:30:00+09:00", day(106, 9, 12), nil}, // 23:30 the day before
		{"2017-09-12 15:49:25+08", day(106, 9, 12), nil},
		// ROC forms, as rocdate reads them.
		{"111/05/19", day(111, 5, 19), nil},
		{"111年5月19日", day(111, 5, 19), nil},
		{"111/05/19 上午 10:00", day(111, 5, 19), nil},
		// Not a time of day, or no such day.
		{"2017-09-12 25:00:00", rocdate.Date{}, ErrSyntax},
		{"2017-09-12 12:60", rocdate.Date{}, ErrSyntax},
		{"2022/5/1 上午 13:00:00", rocdate.Date{}, ErrSyntax},
		{"2022/5/1 下午 0:10", rocdate.Date{}, ErrSyntax},
		{"2022/5/1 上午 10:00:00+08:00", rocdate.Date{}, ErrSyntax},
		{"2017-09-12T", rocdate.Date{}, ErrSyntax},
		{"2017-09-12T15:49:25+25:00", rocdate.Date{}, ErrSyntax},
		{"2017-09-12T15:49:25.+08:00", rocdate.Date{}, ErrSyntax},
		{"2017-09-12 中午 12:00", rocdate.Date{}, ErrSyntax},
		{"2017-02-30 00:00:00", rocdate.Date{}, rocdate.ErrRange},
		{"2017-02-30T00:00:00Z", rocdate.Date{}, rocdate.ErrRange},
		{"2017-13-01", rocdate.Date{}, rocdate.ErrRange},
	}
	for _, tt := range tests {
		got, err := parseExportDate(tt.in)
		if got != tt.want || (tt.err == nil) != (err == nil) || tt.err != nil && !errors.Is(err, tt.err) {
			t.Errorf("parseExportDate(%q) = %v, %v; want %v, %v", tt.in, got, err, tt.want, tt.err)
		}
	}
}

// FuzzParseExportDate: no panic; a day read writes back (as Records
// writes it) to text that reads to the same day, with or without the
// time forms Excel and ISO add.
func FuzzParseExportDate(f *testing.F) {
	for _, s := range []string{"2022/5/1 上午 10:00:00", "2022/05/01 下午 03:04", "2017-09-12T15:49:25+08:00",
		"2017-09-12 15:49:25", "111/05/19", "2017-09-12T20:00:00Z", "2017-02-30 00:00:00", "上午", "2022/5/1 上午"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := parseExportDate(s)
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) && !errors.Is(err, rocdate.ErrSyntax) && !errors.Is(err, rocdate.ErrRange) {
				t.Fatalf("parseExportDate(%q): %v (%T) is no typed error", s, err, err)
			}
			return
		}
		if d.IsZero() {
			if s != "" {
				t.Fatalf("parseExportDate(%q) = the zero day without an error", s)
			}
			return
		}
		g := gregorian(d)
		for _, w := range []string{g, g + " 上午 10:00:00", g + " 下午 03:04", g + "T15:49:25+08:00", g + " 15:49:25"} {
			if back, err := parseExportDate(w); err != nil || back != d {
				t.Fatalf("parseExportDate(%q) = %v, %v; want %v (from %q)", w, back, err, d, s)
			}
		}
	})
}

var sinkDate rocdate.Date

// BenchmarkParseExportDate reads catalog time cells beside time.Parse of
// the same cells in their layouts.
func BenchmarkParseExportDate(b *testing.B) {
	cells := []string{"2017-09-12 15:49:25", "2022/5/1 上午 10:00:00", "2017-09-12T15:49:25+08:00"}
	layouts := []string{"2006-01-02 15:04:05", "2006/1/2 上午 03:04:05", time.RFC3339}
	b.Run("parseExportDate", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			d, err := parseExportDate(cells[i%len(cells)])
			if err != nil {
				b.Fatal(err)
			}
			sinkDate = d
		}
	})
	b.Run("time.Parse", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			k := i % len(cells)
			tm, err := time.Parse(layouts[k], cells[k])
			if err != nil {
				b.Fatal(err)
			}
			sinkDate = rocdate.FromTime(tm)
		}
	})
}

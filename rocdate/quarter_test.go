package rocdate

import (
	"errors"
	"testing"
	"time"
)

var quarterTests = []struct {
	name    string
	in      string
	year, n int
	wantErr error
}{
	{"standard", "111年第1季", 111, 1, nil},
	{"spaced", "110 第4季", 110, 4, nil},
	{"chinese", "111年第一季", 111, 1, nil},
	{"chinese year", "一百十一年第二季", 111, 2, nil},
	{"Q", "111Q1", 111, 1, nil},
	{"q with 年", "111年Q3", 111, 3, nil},
	{"lower q", "111 q2", 111, 2, nil},
	{"年度", "111年度第3季", 111, 3, nil},
	{"minguo", "民國111年第4季", 111, 4, nil},
	{"minqian", "民國前1年第4季", -1, 4, nil},
	{"yuan", "元年第1季", 1, 1, nil},
	{"full-width", "１１１年第２季", 111, 2, nil},

	{"empty", "", 0, 0, ErrSyntax},
	{"quarter 5", "111年第5季", 0, 0, ErrRange},
	{"quarter 0", "111Q0", 0, 0, ErrRange},
	{"year 0", "0年第1季", 0, 0, ErrRange},
	{"no 季", "111年第1", 0, 0, ErrSyntax},
	{"no 第", "111年1季", 0, 0, ErrSyntax},
	{"no number", "111年第季", 0, 0, ErrSyntax},
	{"Q no number", "111Q", 0, 0, ErrSyntax},
	{"no year", "第1季", 0, 0, ErrSyntax},
	{"junk", "111年第1季x", 0, 0, ErrSyntax},
	{"year too large", "3000年第1季", 0, 0, ErrRange},
}

func TestParseQuarter(t *testing.T) {
	for _, tt := range quarterTests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseQuarter(tt.in)
			if tt.wantErr != nil {
				var e *ParseError
				if !errors.Is(err, tt.wantErr) || !errors.As(err, &e) || e.Input != tt.in {
					t.Fatalf("ParseQuarter(%q) = %v, %v; want error %v", tt.in, got, err, tt.wantErr)
				}
				return
			}
			want, _ := NewQuarter(tt.year, tt.n)
			if err != nil || got != want {
				t.Fatalf("ParseQuarter(%q) = %v, %v; want %v", tt.in, got, err, want)
			}
		})
	}
}

// TestQuarterArithmetic walks quarters from 民國前20年 to 民國300年 and
// checks First, Last, Next, Prev and Contains against time.Time.
func TestQuarterArithmetic(t *testing.T) {
	q, err := NewQuarter(-20, 1)
	if err != nil {
		t.Fatal(err)
	}
	end, _ := NewQuarter(300, 4)
	for ; q != end; q = q.Next() {
		first := q.First().In(time.UTC)
		if first.Day() != 1 || int(first.Month()) != 3*q.Number()-2 {
			t.Fatalf("%v.First() = %v", q, q.First())
		}
		if want := FromTime(first.AddDate(0, 3, -1)); q.Last() != want {
			t.Fatalf("%v.Last() = %v, want %v", q, q.Last(), want)
		}
		next := q.Next()
		if next.First() != q.Last().AddDays(1) || next.Prev() != q || q.Compare(next) != -1 || next.Compare(q) != 1 || q.Compare(q) != 0 {
			t.Fatalf("%v.Next() = %v", q, next)
		}
		if !q.Contains(q.First()) || !q.Contains(q.Last()) || q.Contains(next.First()) {
			t.Fatalf("%v.Contains wrong", q)
		}
		if back, err := ParseQuarter(q.String()); err != nil || back != q {
			t.Fatalf("ParseQuarter(%q) = %v, %v", q.String(), back, err)
		}
	}
	if y1, _ := NewQuarter(1, 1); y1.Prev().String() != "民國前1年第4季" {
		t.Errorf("民國1年第1季.Prev() = %v", y1.Prev())
	}
	last, _ := NewQuarter(MaxYear, 4)
	first, _ := NewQuarter(MinYear, 1)
	if !last.Next().IsZero() || !first.Prev().IsZero() || !(Quarter{}).Next().IsZero() || !(Quarter{}).Prev().IsZero() {
		t.Errorf("Next/Prev at the ends are not zero")
	}
	var z Quarter
	if z.String() != "" || !z.First().IsZero() || !z.Last().IsZero() || z.Contains(MustParse("111.1.1")) {
		t.Errorf("zero Quarter misbehaves")
	}
}

func TestNewQuarter(t *testing.T) {
	for _, c := range [][2]int{{111, 0}, {111, 5}, {0, 1}, {1000, 1}} {
		if _, err := NewQuarter(c[0], c[1]); !errors.Is(err, ErrRange) {
			t.Errorf("NewQuarter(%d, %d) error = %v, want ErrRange", c[0], c[1], err)
		}
	}
	_, err := NewQuarter(111, 5)
	if want := "rocdate: NewQuarter(\"111, 5\"): quarter 5 out of range 1–4"; err.Error() != want {
		t.Errorf("error = %q, want %q", err, want)
	}
}

func TestQuarterText(t *testing.T) {
	q, _ := NewQuarter(110, 4)
	b, _ := q.MarshalText()
	var back Quarter
	if err := back.UnmarshalText(b); err != nil || back != q || string(b) != "110年第4季" {
		t.Errorf("text round trip: %s -> %v, %v", b, back, err)
	}
	if err := back.UnmarshalText(nil); err != nil || !back.IsZero() {
		t.Errorf("UnmarshalText(empty) = %v, %v", back, err)
	}
	if err := back.UnmarshalText([]byte("第5季")); err == nil {
		t.Errorf("UnmarshalText(bad) did not fail")
	}
}

func FuzzParseQuarter(f *testing.F) {
	for _, tt := range quarterTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q, err := ParseQuarter(s)
		if err != nil {
			if pe := err.(*ParseError); pe.DetailCode() == "" {
				t.Fatalf("%s: the detail %q has no code, so no message", s, pe.Detail)
			}
			return
		}
		if q.IsZero() || q.Number() < 1 || q.Number() > 4 {
			t.Fatalf("ParseQuarter(%q) = %#v", s, q)
		}
		if back, err := ParseQuarter(q.String()); err != nil || back != q {
			t.Fatalf("ParseQuarter(%q) = %v; ParseQuarter(String) = %v, %v", s, q, back, err)
		}
	})
}

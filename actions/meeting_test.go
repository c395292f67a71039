package actions

import (
	"errors"
	"math"
	"testing"

	"github.com/ogdtw/governance/rocdate"
)

var meetingTests = []struct {
	name    string
	in      string
	year    int
	seq     int
	wantErr error
}{
	{"deck", "111年度第1次會議", 111, 1, nil},
	{"no 度", "110年第2次會議", 110, 2, nil},
	{"chinese numerals", "一百十一年度第一次會議", 111, 1, nil},
	{"digit by digit", "一一〇年度第二次會議", 110, 2, nil},
	{"spaces", " 111 年度 第 1 次會議 ", 111, 1, nil},
	{"era prefix", "民國111年度第1次", 111, 1, nil},
	{"full era prefix", "中華民國111年度第1次會", 111, 1, nil},
	{"body named", "110年政府資料開放諮詢小組第1次會議", 110, 1, nil},
	{"full-width", "１１１年度第１次會議", 111, 1, nil},
	{"empty", "", 0, 0, ErrSyntax},
	{"no year", "年度第1次會議", 0, 0, ErrSyntax},
	{"no 年", "111第1次會議", 0, 0, ErrSyntax},
	{"no 第", "111年度1次會議", 0, 0, ErrSyntax},
	{"no number", "111年度第次會議", 0, 0, ErrSyntax},
	{"no 次", "111年度第1會議", 0, 0, ErrSyntax},
	{"trailing", "111年度第1次會議紀錄", 0, 0, ErrSyntax},
	{"meeting zero", "111年度第0次會議", 0, 0, ErrRange},
	{"year zero", "0年度第1次會議", 0, 0, ErrRange},
}

func TestParseMeeting(t *testing.T) {
	for _, tt := range meetingTests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseMeeting(tt.in)
			if tt.wantErr != nil {
				var pe *ParseError
				if !errors.Is(err, tt.wantErr) || !errors.As(err, &pe) || pe.Input != tt.in {
					t.Fatalf("ParseMeeting(%q) error = %v, want %v with the input", tt.in, err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseMeeting(%q) error = %v", tt.in, err)
			}
			if got.Year() != tt.year || got.Seq() != tt.seq || !got.Date().IsZero() {
				t.Errorf("ParseMeeting(%q) = %d, %d, %v; want %d, %d, no date", tt.in, got.Year(), got.Seq(), got.Date(), tt.year, tt.seq)
			}
			back, err := ParseMeeting(got.String())
			if err != nil || back != got {
				t.Errorf("ParseMeeting(%q) = %v, %v; want %v (round trip)", got.String(), back, err, got)
			}
		})
	}
}

func TestNewMeeting(t *testing.T) {
	d := rocdate.MustParse("111年5月19日")
	m, err := NewMeeting(111, 1, d)
	if err != nil || m.String() != "111年度第1次會議" || m.Date() != d {
		t.Fatalf("NewMeeting = %v %v, %v", m, m.Date(), err)
	}
	for _, ys := range [][2]int{{0, 1}, {111, 0}, {10000, 1}, {111, 10000}} {
		if _, err := NewMeeting(ys[0], ys[1], rocdate.Date{}); !errors.Is(err, ErrRange) {
			t.Errorf("NewMeeting(%d, %d) error = %v, want ErrRange", ys[0], ys[1], err)
		}
	}
	if _, err := NewMeeting(110, 2, d); !errors.Is(err, ErrRange) {
		t.Errorf("NewMeeting(110, 2, 111年5月19日) error = %v, want ErrRange", err)
	}
	if (Meeting{}).String() != "" || !(Meeting{}).IsZero() || m.IsZero() {
		t.Error("zero Meeting is not empty")
	}
	b, _ := m.MarshalText()
	var back Meeting
	if err := back.UnmarshalText(b); err != nil || back != m || string(b) != "111年度第1次會議（111年5月19日）" {
		t.Errorf("UnmarshalText(%q) = %v, %v", b, back, err)
	}
	b, _ = MustNewMeeting(111, 1, "").MarshalText()
	if err := back.UnmarshalText(b); err != nil || !back.Same(m) || !back.Date().IsZero() || string(b) != "111年度第1次會議" {
		t.Errorf("UnmarshalText(%q) = %v, %v", b, back, err)
	}
	for in, want := range map[string]error{
		"111年度第1次會議(111.5.19)":     nil,
		"111年度第1次會議 （ 111年5月19日 ）": nil,
		"111年度第1次會議（110年5月19日）":    ErrRange,
		"111年度第1次會議（111年2月30日）":    rocdate.ErrRange,
		"111年度第1次會議（）":             ErrSyntax,
		"111年度第1次會議（臨時會）":          ErrSyntax,
	} {
		got, err := ParseMeeting(in)
		if !errors.Is(err, want) || (want == nil) != (err == nil) || (err == nil && got != m) {
			t.Errorf("ParseMeeting(%q) = %v %v, %v; want %v", in, got, got.Date(), err, want)
		}
	}
	if err := back.UnmarshalText(nil); err != nil || !back.IsZero() {
		t.Errorf("UnmarshalText(nil) = %v, %v", back, err)
	}
	if err := back.UnmarshalText([]byte("x")); !errors.Is(err, ErrSyntax) {
		t.Errorf("UnmarshalText(x) error = %v", err)
	}
	defer func() {
		if recover() == nil {
			t.Error("MustNewMeeting(0, 0) did not panic")
		}
	}()
	MustNewMeeting(0, 0, "")
}

func TestMeetingOrder(t *testing.T) {
	a, b, c := MustNewMeeting(110, 2, ""), MustNewMeeting(111, 1, ""), MustNewMeeting(111, 2, "111年10月1日")
	for _, tt := range []struct {
		x, y Meeting
		want int
	}{{a, b, -1}, {b, a, 1}, {b, c, -1}, {c, b, 1}, {c, MustNewMeeting(111, 2, ""), 0}} {
		if got := tt.x.Compare(tt.y); got != tt.want {
			t.Errorf("%v.Compare(%v) = %d, want %d", tt.x, tt.y, got, tt.want)
		}
	}
	id := a.Case(3)
	if id.String() != "110年度第2次會議案由3" || id.CaseLabel() != "案由3" || id.Case() != 3 || !id.Meeting().Same(a) {
		t.Errorf("ID = %q %q", id.String(), id.CaseLabel())
	}
	if (ID{}).String() != "" || !(ID{}).IsZero() {
		t.Error("zero ID is not empty")
	}
	for _, tt := range []struct {
		x, y ID
		want int
	}{{a.Case(3), b.Case(1), -1}, {b.Case(2), b.Case(1), 1}, {b.Case(1), b.Case(1), 0}} {
		if got := tt.x.Compare(tt.y); got != tt.want {
			t.Errorf("%v.Compare(%v) = %d, want %d", tt.x, tt.y, got, tt.want)
		}
	}
}

// ID.Compare compares and never subtracts: extreme case numbers order
// as integers do (the old code subtracted, and MinInt-1 wrapped to a
// positive number).
func TestIDCompareExtremes(t *testing.T) {
	m := MustNewMeeting(110, 2, "")
	for _, c := range []struct {
		a, b int
		want int
	}{
		{math.MinInt, 1, -1},
		{1, math.MinInt, 1},
		{math.MaxInt, -1, 1},
		{-1, math.MaxInt, -1},
		{math.MinInt, math.MaxInt, -1},
		{math.MaxInt, math.MinInt, 1},
		{math.MinInt, math.MinInt, 0},
		{math.MaxInt, math.MaxInt, 0},
		{1, 2, -1},
		{2, 1, 1},
	} {
		if got := m.Case(c.a).Compare(m.Case(c.b)); got != c.want {
			t.Errorf("Case(%d).Compare(Case(%d)) = %d, want %d", c.a, c.b, got, c.want)
		}
	}
}

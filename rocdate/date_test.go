package rocdate

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"
)

// eachDay calls f for every day from 民國前20年1月1日 to 民國300年12月31日
// with the matching time.Time at UTC midnight.
func eachDay(t *testing.T, f func(d Date, tm time.Time)) {
	t.Helper()
	first := MustParse("民國前20年1月1日")
	last := MustParse("300年12月31日")
	tm := time.Date(1892, 1, 1, 0, 0, 0, 0, time.UTC)
	n := 0
	for d := first; ; d = d.AddDays(1) {
		f(d, tm)
		n++
		if d == last {
			break
		}
		tm = tm.AddDate(0, 0, 1)
	}
	if want := int((last.In(time.UTC).Unix()-first.In(time.UTC).Unix())/86400) + 1; n != want {
		t.Fatalf("walked %d days, want %d", n, want)
	}
}

// TestEveryDay checks, for each day of 321 years, that every style's
// Format reads back with Parse, that In and FromTime agree with time.Time,
// and that the accessors, Weekday and Quarter match it.
func TestEveryDay(t *testing.T) {
	taipei := time.FixedZone("CST", 8*3600)
	prev := Date{}
	eachDay(t, func(d Date, tm time.Time) {
		if got := d.In(time.UTC); !got.Equal(tm) {
			t.Fatalf("%v.In(UTC) = %v, want %v", d, got, tm)
		}
		if got := FromTime(tm); got != d {
			t.Fatalf("FromTime(%v) = %v, want %v", tm, got, d)
		}
		if got := FromTime(d.In(taipei)); got != d {
			t.Fatalf("FromTime(In(taipei)) = %v, want %v", got, d)
		}
		if d.GregorianYear() != tm.Year() || d.Month() != tm.Month() || d.Day() != tm.Day() || d.Weekday() != tm.Weekday() {
			t.Fatalf("%v: fields %d %v %d %v, want %v", d, d.GregorianYear(), d.Month(), d.Day(), d.Weekday(), tm)
		}
		if q := d.Quarter(); q.Number() != (int(tm.Month())+2)/3 || q.Year() != d.Year() || !q.Contains(d) {
			t.Fatalf("%v.Quarter() = %v", d, q)
		}
		if !prev.IsZero() && (!prev.Before(d) || !d.After(prev) || d.Compare(prev) != 1 || prev.Compare(d) != -1 || d.DaysSince(prev) != 1) {
			t.Fatalf("%v and %v compare wrong", prev, d)
		}
		for st := Standard; st <= Gregorian; st++ {
			s := d.Format(st)
			if back, err := Parse(s); err != nil || back != d {
				t.Fatalf("Parse(%q) = %v, %v; want %v", s, back, err, d)
			}
		}
		prev = d
	})
}

func TestAddDaysInverse(t *testing.T) {
	base := MustParse("111年5月19日")
	for _, n := range []int{0, 1, -1, 29, 365, -365, 1461, -36524, 146097, -40000, 100000} {
		d := base.AddDays(n)
		if got := d.DaysSince(base); got != n {
			t.Errorf("AddDays(%d).DaysSince = %d", n, got)
		}
		want := FromTime(base.In(time.UTC).AddDate(0, 0, n))
		if d != want {
			t.Errorf("AddDays(%d) = %v, want %v", n, d, want)
		}
	}
	if got := MustParse("999年12月31日").AddDays(1); !got.IsZero() {
		t.Errorf("AddDays past MaxYear = %v, want zero", got)
	}
	if got := MustParse("民國前999年1月1日").AddDays(-1); !got.IsZero() {
		t.Errorf("AddDays before MinYear = %v, want zero", got)
	}
	if got := (Date{}).AddDays(5); !got.IsZero() {
		t.Errorf("zero.AddDays = %v", got)
	}
}

func TestNew(t *testing.T) {
	tests := []struct {
		y, m, d int
		ok      bool
	}{
		{111, 5, 19, true},
		{-1, 12, 31, true},
		{109, 2, 29, true},
		{111, 2, 29, false},
		{0, 1, 1, false},
		{1000, 1, 1, false},
		{-1000, 1, 1, false},
		{111, 0, 1, false},
		{111, 13, 1, false},
		{111, 4, 31, false},
	}
	for _, tt := range tests {
		d, err := New(tt.y, time.Month(tt.m), tt.d)
		if (err == nil) != tt.ok {
			t.Errorf("New(%d, %d, %d) = %v, %v; want ok %v", tt.y, tt.m, tt.d, d, err, tt.ok)
			continue
		}
		if !tt.ok {
			if !errors.Is(err, ErrRange) {
				t.Errorf("New(%d, %d, %d) error %v does not wrap ErrRange", tt.y, tt.m, tt.d, err)
			}
			continue
		}
		if d.Year() != tt.y || int(d.Month()) != tt.m || d.Day() != tt.d {
			t.Errorf("New(%d, %d, %d) = %v", tt.y, tt.m, tt.d, d)
		}
	}
	_, err := New(111, 2, 29)
	if want := "rocdate: New(\"111/2/29\"): day 29 out of range for 111年2月"; err.Error() != want {
		t.Errorf("error = %q, want %q", err, want)
	}
}

func TestZero(t *testing.T) {
	var d Date
	if !d.IsZero() || d.Year() != 0 || d.Month() != 0 || d.Day() != 0 || d.GregorianYear() != 0 {
		t.Errorf("zero Date fields: %d %d %d", d.Year(), d.Month(), d.Day())
	}
	if d.String() != "" || d.Format(Compact) != "" || !d.In(time.UTC).IsZero() {
		t.Errorf("zero Date prints %q", d.String())
	}
	if !d.Quarter().IsZero() || d.Weekday() != time.Thursday {
		t.Errorf("zero Date quarter %v weekday %v", d.Quarter(), d.Weekday())
	}
	if d.Compare(MustParse("1.1.1")) != -1 || int64(MustParse("1.1.1").DaysSince(d)) != MustParse("1.1.1").In(time.UTC).Unix()/86400 {
		t.Errorf("zero Date compares wrong")
	}
	if !FromTime(time.Date(3000, 1, 1, 0, 0, 0, 0, time.UTC)).IsZero() {
		t.Errorf("FromTime out of range is not zero")
	}
	defer func() {
		if recover() == nil {
			t.Errorf("In(nil) did not panic")
		}
	}()
	MustParse("111.5.19").In(nil)
}

func TestFormat(t *testing.T) {
	d := MustParse("111年5月19日")
	early := MustParse("民國前1年1月2日")
	first := MustParse("民國元年1月1日")
	tests := []struct {
		st                 Style
		want, early, year1 string
	}{
		{Standard, "111年5月19日", "民國前1年1月2日", "1年1月1日"},
		{Official, "中華民國111年5月19日", "中華民國前1年1月2日", "中華民國1年1月1日"},
		{Numerals, "中華民國一百十一年五月十九日", "中華民國前一年一月二日", "中華民國元年一月一日"},
		{Dotted, "111.05.19", "-1.01.02", "1.01.01"},
		{Slashed, "111/05/19", "-1/01/02", "1/01/01"},
		{Compact, "1110519", "-0010102", "0010101"},
		{Gregorian, "2022-05-19", "1911-01-02", "1912-01-01"},
		{Style(99), "", "", ""},
	}
	for _, tt := range tests {
		if got := d.Format(tt.st); got != tt.want {
			t.Errorf("Format(%v) = %q, want %q", tt.st, got, tt.want)
		}
		if got := early.Format(tt.st); got != tt.early {
			t.Errorf("民國前 Format(%v) = %q, want %q", tt.st, got, tt.early)
		}
		if got := first.Format(tt.st); got != tt.year1 {
			t.Errorf("元年 Format(%v) = %q, want %q", tt.st, got, tt.year1)
		}
	}
	if Dotted.String() != "Dotted" || Style(99).String() != "Style(99)" {
		t.Errorf("Style.String: %v %v", Dotted, Style(99))
	}
}

func TestText(t *testing.T) {
	type doc struct {
		Date Date `json:"date"`
		None Date `json:"none"`
	}
	b, err := json.Marshal(doc{Date: MustParse("110/12/22")})
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"date":"110年12月22日","none":""}`; string(b) != want {
		t.Errorf("json = %s, want %s", b, want)
	}
	var back doc
	if err := json.Unmarshal(b, &back); err != nil || back.Date != MustParse("110/12/22") || !back.None.IsZero() {
		t.Errorf("Unmarshal = %+v, %v", back, err)
	}
	var d Date
	if err := d.UnmarshalText([]byte("110/2/30")); !errors.Is(err, ErrRange) {
		t.Errorf("UnmarshalText of a bad day = %v", err)
	}
}

func TestSQL(t *testing.T) {
	d := MustParse("111.5.19")
	v, err := d.Value()
	if err != nil || !v.(time.Time).Equal(time.Date(2022, 5, 19, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("Value = %v, %v", v, err)
	}
	if v, _ := (Date{}).Value(); v != nil {
		t.Errorf("zero Value = %v, want nil", v)
	}
	for _, src := range []any{time.Date(2022, 5, 19, 23, 0, 0, 0, time.FixedZone("CST", 8*3600)), "111年5月19日", []byte("1110519")} {
		var got Date
		if err := got.Scan(src); err != nil || got != d {
			t.Errorf("Scan(%v) = %v, %v", src, got, err)
		}
	}
	got := d
	if err := got.Scan(nil); err != nil || !got.IsZero() {
		t.Errorf("Scan(nil) = %v, %v", got, err)
	}
	for _, src := range []any{42, time.Date(3000, 1, 1, 0, 0, 0, 0, time.UTC), "x"} {
		if err := got.Scan(src); err == nil {
			t.Errorf("Scan(%v) did not fail", src)
		}
	}
}

func TestNoAllocs(t *testing.T) {
	buf := make([]byte, 0, 64)
	d := MustParse("111.5.19")
	tests := []struct {
		name string
		f    func()
	}{
		{"Parse standard", func() { _, _ = Parse("111年5月19日") }},
		{"Parse dotted", func() { _, _ = Parse("111.05.19") }},
		{"Parse compact", func() { _, _ = Parse("1110519") }},
		{"Parse official", func() { _, _ = Parse("中華民國111年5月19日") }},
		{"Parse numerals", func() { _, _ = Parse("一百十一年五月十九日") }},
		{"ParseQuarter", func() { _, _ = ParseQuarter("111年第1季") }},
		{"AppendText", func() { buf, _ = d.AppendText(buf[:0]) }},
		{"Quarter.AppendText", func() { buf, _ = d.Quarter().AppendText(buf[:0]) }},
		{"AppendFormat", func() {
			for st := Standard; st <= Gregorian; st++ {
				buf = d.AppendFormat(buf[:0], st)
			}
		}},
	}
	for _, tt := range tests {
		if n := testing.AllocsPerRun(100, tt.f); n != 0 {
			t.Errorf("%s: %v allocs, want 0", tt.name, n)
		}
	}
}

func TestStyle(t *testing.T) {
	for s := NoStyle; s <= Gregorian; s++ {
		if !s.IsValid() {
			t.Errorf("%v is not valid", s)
		}
		b, err := s.MarshalText()
		if err != nil {
			t.Fatalf("%d.MarshalText: %v", s, err)
		}
		var back Style
		if err := back.UnmarshalText(b); err != nil || back != s {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", b, back, err, s)
		}
	}
	for in, want := range map[string]Style{"": NoStyle, "dotted": Dotted, " GREGORIAN ": Gregorian, "Standard": Standard} {
		if got, err := ParseStyle(in); err != nil || got != want {
			t.Errorf("ParseStyle(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	_, err := ParseStyle("Dots")
	var e *ParseError
	if !errors.As(err, &e) || !errors.Is(err, ErrSyntax) || e.Code() != "rocdate.syntax" || e.Func != "ParseStyle" {
		t.Errorf("ParseStyle(Dots) error = %#v", err)
	}
	if Style(99).IsValid() {
		t.Error("Style(99) is valid")
	}
	_, err = Style(99).AppendText(nil)
	if !errors.Is(err, ErrRange) || err.Error() != `rocdate: Style.AppendText("99"): value out of range` {
		t.Errorf("Style(99).AppendText error = %v", err)
	}
	d := MustParse("111.5.19")
	if d.Format(NoStyle) != d.Format(Standard) {
		t.Errorf("Format(NoStyle) = %q, want the Standard form", d.Format(NoStyle))
	}
	if d.Format(Style(99)) != "" {
		t.Errorf("Format(Style(99)) = %q, want \"\"", d.Format(Style(99)))
	}
}

func TestAppendText(t *testing.T) {
	d := MustParse("111.5.19")
	p, err := ParsePeriod("111年1月至5月", Date{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		a    interface{ AppendText([]byte) ([]byte, error) }
		want string
	}{
		{d, "x111年5月19日"},
		{d.Quarter(), "x111年第2季"},
		{p, "x111年1月至5月"},
		{Dotted, "xDotted"},
		{Date{}, "x"},
		{Quarter{}, "x"},
		{Period{}, "x"},
	} {
		if b, err := tt.a.AppendText([]byte("x")); err != nil || string(b) != tt.want {
			t.Errorf("%T.AppendText = %q, %v; want %q", tt.a, b, err, tt.want)
		}
	}
}

func TestParseErrorCode(t *testing.T) {
	long := strings.Repeat("一", 100)
	_, err := Parse(long)
	var e *ParseError
	if !errors.As(err, &e) || e.Code() != "rocdate.syntax" || e.Input != long {
		t.Fatalf("Parse(long) error = %#v", err)
	}
	if want := `rocdate: parsing "` + strings.Repeat("一", 64) + `"…: `; !strings.HasPrefix(err.Error(), want) {
		t.Errorf("error = %q, want the input cut at 64 characters", err)
	}
	_, err = New(111, 2, 29)
	if !errors.As(err, &e) || e.Code() != "rocdate.range" {
		t.Errorf("New(111, 2, 29) error = %#v", err)
	}
}

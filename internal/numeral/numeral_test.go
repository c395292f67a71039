package numeral

import (
	"errors"
	"testing"
)

var parseTests = []struct {
	in      string
	want    int
	wantErr error
}{
	{"0", 0, nil},
	{"111", 111, nil},
	{"0990101", 990101, nil},
	{"１１１", 111, nil},
	{"１2", 12, nil},
	{"一", 1, nil},
	{"十", 10, nil},
	{"十八", 18, nil},
	{"一十八", 18, nil},
	{"二十", 20, nil},
	{"廿", 20, nil},
	{"廿三", 23, nil},
	{"卅", 30, nil},
	{"卅一", 31, nil},
	{"二百四十五", 245, nil},
	{"一百零一", 101, nil},
	{"一百十一", 111, nil},
	{"一百一十一", 111, nil},
	{"一百三", 103, nil},
	{"一百零三", 103, nil},
	{"一百廿三", 123, nil},
	{"一千一百十八", 1118, nil},
	{"一千零十", 1010, nil},
	{"一千零一十", 1010, nil},
	{"兩百", 200, nil},
	{"兩千零一", 2001, nil},
	{"一萬", 10000, nil},
	{"一萬二千", 12000, nil},
	{"十萬零一", 100001, nil},
	{"一億零一萬", 100010000, nil},
	{"九千九百九十九億九千九百九十九萬九千九百九十九", Max, nil},
	{"壹佰貳拾參", 123, nil},
	{"一一三", 113, nil},
	{"一一〇", 110, nil},
	{"一一○", 110, nil},
	{"〇", 0, nil},
	{"零", 0, nil},
	{"九", 9, nil},

	{"", 0, ErrSyntax},
	{"a", 0, ErrSyntax},
	{"1一", 0, ErrSyntax},
	{"一1", 0, ErrSyntax},
	{"12a", 0, ErrSyntax},
	{"百", 0, ErrSyntax},
	{"千二", 0, ErrSyntax},
	{"一百二百", 0, ErrSyntax},
	{"十百", 0, ErrSyntax},
	{"二三百", 0, ErrSyntax},
	{"零一百", 0, ErrSyntax},
	{"一百零零一", 0, ErrSyntax},
	{"一百零", 0, ErrSyntax},
	{"萬", 0, ErrSyntax},
	{"一萬一萬", 0, ErrSyntax},
	{"一萬一億", 0, ErrSyntax},
	{"十廿", 0, ErrSyntax},
	{"三廿", 0, ErrSyntax},
	{"一百十十", 0, ErrSyntax},
	{"1000000000000", 0, ErrRange},
	{"99999999999999999999999999", 0, ErrRange},
	{"一一一一一一一一一一一一一一一一一一一一一一", 0, ErrRange},
	{"一萬億", 0, ErrSyntax},
}

func TestParse(t *testing.T) {
	for _, tt := range parseTests {
		got, err := Parse(tt.in)
		if tt.wantErr != nil {
			if !errors.Is(err, tt.wantErr) {
				t.Errorf("Parse(%q) error = %v, want %v", tt.in, err, tt.wantErr)
			}
			var e *Error
			if !errors.As(err, &e) || e.Input != tt.in {
				t.Errorf("Parse(%q) error %v does not carry the input", tt.in, err)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("Parse(%q) = %d, %v, want %d", tt.in, got, err, tt.want)
		}
	}
}

func TestErrorMessage(t *testing.T) {
	_, err := Parse("一百二百")
	const want = `numeral: parsing "一百二百": invalid syntax`
	if err == nil || err.Error() != want {
		t.Errorf("Parse error = %v, want %s", err, want)
	}
}

func TestFormat(t *testing.T) {
	tests := []struct {
		n    int
		want string
	}{
		{0, "零"},
		{1, "一"},
		{10, "十"},
		{19, "十九"},
		{20, "二十"},
		{103, "一百零三"},
		{110, "一百十"},
		{111, "一百十一"},
		{245, "二百四十五"},
		{1010, "一千零十"},
		{1118, "一千一百十八"},
		{10000, "一萬"},
		{10001, "一萬零一"},
		{100010000, "一億零一萬"},
		{120000000, "一億二千萬"},
		{100000001, "一億零一"},
		{Max, "九千九百九十九億九千九百九十九萬九千九百九十九"},
	}
	for _, tt := range tests {
		if got := Format(tt.n); got != tt.want {
			t.Errorf("Format(%d) = %q, want %q", tt.n, got, tt.want)
		}
	}
}

func TestFormatDigits(t *testing.T) {
	for n, want := range map[int]string{0: "〇", 7: "七", 110: "一一〇", 113: "一一三", 1110519: "一一一〇五一九"} {
		if got := FormatDigits(n); got != want {
			t.Errorf("FormatDigits(%d) = %q, want %q", n, got, want)
		}
	}
}

// TestRoundTrip checks Parse(Format(n)) == n and the same for digits,
// over every number below 100,000 and a spread of larger ones.
func TestRoundTrip(t *testing.T) {
	check := func(n int) {
		if got, err := Parse(Format(n)); err != nil || got != n {
			t.Fatalf("Parse(Format(%d) = %q) = %d, %v", n, Format(n), got, err)
		}
		if got, err := Parse(FormatDigits(n)); err != nil || got != n {
			t.Fatalf("Parse(FormatDigits(%d)) = %d, %v", n, got, err)
		}
	}
	for n := 0; n < 100_000; n++ {
		check(n)
	}
	for n := 100_000; n <= Max; n = n*3 + 7 {
		check(n)
	}
}

func TestPanics(t *testing.T) {
	for _, f := range []func(){
		func() { Format(-1) },
		func() { Format(Max + 1) },
		func() { FormatDigits(-1) },
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Error("no panic")
				}
			}()
			f()
		}()
	}
}

func TestLead(t *testing.T) {
	tests := []struct {
		in, rest string
		want     int
		ok       bool
	}{
		{"245條", "條", 245, true},
		{"二百四十五條", "條", 245, true},
		{"一、三項", "、三項", 1, true},
		{"１１１年", "年", 111, true},
		{"111年", "年", 111, true},
		{"12三", "三", 12, true},
		{"條", "條", 0, false},
		{"", "", 0, false},
	}
	for _, tt := range tests {
		n, rest, err := Lead(tt.in)
		if (err == nil) != tt.ok || n != tt.want || rest != tt.rest {
			t.Errorf("Lead(%q) = %d, %q, %v; want %d, %q, ok %v", tt.in, n, rest, err, tt.want, tt.rest, tt.ok)
		}
	}
}

func TestKindOf(t *testing.T) {
	for r, want := range map[rune]Kind{'1': Digits, '１': Digits, '一': Chinese, '廿': Chinese, '百': Chinese, '年': None, 'Ａ': None} {
		if got := KindOf(r); got != want {
			t.Errorf("KindOf(%q) = %v, want %v", r, got, want)
		}
	}
}

func TestNoAllocs(t *testing.T) {
	buf := make([]byte, 0, 64)
	if n := testing.AllocsPerRun(100, func() {
		_, _ = Parse("一千一百十八")
		_, _ = Parse("111")
		_, _, _ = Lead("二百四十五條")
		buf = AppendFormat(buf[:0], 1118)
		buf = AppendDigits(buf[:0], 111)
	}); n != 0 {
		t.Errorf("allocs = %v, want 0", n)
	}
}

func FuzzParse(f *testing.F) {
	for _, tt := range parseTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := Parse(s)
		if err != nil {
			return
		}
		if n < 0 || n > Max {
			t.Fatalf("Parse(%q) = %d, outside [0, Max]", s, n)
		}
		if got, err := Parse(Format(n)); err != nil || got != n {
			t.Fatalf("Parse(Format(%d)) = %d, %v", n, got, err)
		}
	})
}

func BenchmarkParse(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_, _ = Parse("一千一百十八")
	}
}

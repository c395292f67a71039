package numeral

import (
	"errors"
	"strconv"
	"testing"
)

func TestParseCount(t *testing.T) {
	tests := []struct {
		in      string
		want    int
		wantErr error
	}{
		{"2963", 2963, nil},
		{"2,963", 2963, nil},
		{"２，９６３", 2963, nil},
		{"２,９６３", 2963, nil},
		{"0", 0, nil},
		{"007", 7, nil},
		{"1,050,000", 1050000, nil},
		{"999,999,999,999", Max, nil},
		{"1,000,000,000,000", 0, ErrRange},
		{"9999999999999", 0, ErrRange},
		{"", 0, ErrSyntax},
		{",", 0, ErrSyntax},
		{"29,63", 0, ErrSyntax},
		{"1,2,3", 0, ErrSyntax},
		{"2,,963", 0, ErrSyntax},
		{"2,963,", 0, ErrSyntax},
		{",963", 0, ErrSyntax},
		{"2963,000", 0, ErrSyntax},
		{"2,963，000", 0, ErrSyntax},
		{"12 3", 0, ErrSyntax},
		{"-3", 0, ErrSyntax},
		{"+3", 0, ErrSyntax},
		{"2,9634", 0, ErrSyntax},
		{"三", 0, ErrSyntax},
	}
	for _, tt := range tests {
		got, err := ParseCount(tt.in)
		if got != tt.want || !errors.Is(err, tt.wantErr) || (tt.wantErr == nil) != (err == nil) {
			t.Errorf("ParseCount(%q) = %d, %v; want %d, %v", tt.in, got, err, tt.want, tt.wantErr)
		}
	}
}

func TestParseCountNoAllocs(t *testing.T) {
	if n := testing.AllocsPerRun(100, func() { _, _ = ParseCount("２，９６３") }); n != 0 {
		t.Errorf("ParseCount allocates %v times", n)
	}
}

func FuzzParseCount(f *testing.F) {
	for _, s := range []string{"2963", "2,963", "２，９６３", "29,63", "1,2,3", "2,,963", "12 3", "1,050,000"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := ParseCount(s)
		if err != nil {
			return
		}
		if n < 0 || n > Max {
			t.Fatalf("ParseCount(%q) = %d out of range", s, n)
		}
		// What is accepted reads back from both canonical forms.
		plain := strconv.Itoa(n)
		for _, back := range []string{plain, grouped(plain)} {
			if m, err := ParseCount(back); err != nil || m != n {
				t.Fatalf("ParseCount(%q) = %d, %v; want %d (from %q)", back, m, err, n, s)
			}
		}
	})
}

// grouped writes digits with a , every three from the right.
func grouped(digits string) string {
	var b []byte
	for i := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b = append(b, ',')
		}
		b = append(b, digits[i])
	}
	return string(b)
}

func BenchmarkParseCount(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if n, _ := ParseCount("1,050,000"); n != 1050000 {
			b.Fatal(n)
		}
	}
}

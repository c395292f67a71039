package datasets_test

import (
	"errors"
	"testing"

	"github.com/ogdtw/governance/datasets"
)

var parseCountTests = []struct {
	name    string
	in      string
	want    int
	wantErr error
}{
	{"deck", "2,168筆", 2168, nil},
	{"deck small", "41筆", 41, nil},
	{"plain", "2963", 2963, nil},
	{"spaces", " 2,963 筆 ", 2963, nil},
	{"full-width", "２，９６３", 2963, nil},
	{"項", "91項", 91, nil},
	{"zero", "0", 0, nil},
	{"millions", "1,234,567", 1234567, nil},
	{"bad group", "29,63", 0, datasets.ErrSyntax},
	{"long first group", "2963,000", 0, datasets.ErrSyntax},
	{"trailing comma", "2,", 0, datasets.ErrSyntax},
	{"negative", "-3", 0, datasets.ErrSyntax},
	{"empty", "筆", 0, datasets.ErrSyntax},
	{"letters", "12a", 0, datasets.ErrSyntax},
	{"huge", "9999999999999", 0, datasets.ErrRange},
	// Issue 12: grouping is checked, as internal/numeral checks it.
	{"groups of one", "1,2,3", 0, datasets.ErrSyntax},
	{"doubled comma", "2,,963", 0, datasets.ErrSyntax},
	{"blank inside", "12 3", 0, datasets.ErrSyntax},
	{"blank inside grouped", "2, 963", 0, datasets.ErrSyntax},
	{"mixed separators", "1,234，567", 0, datasets.ErrSyntax},
	{"full-width with unit", "２，９６３筆", 2963, nil},
	{"full-width blank before unit", "１２ 項", 12, nil},
	{"largest", "999,999,999,999", 999_999_999_999, nil},
}

func TestParseCount(t *testing.T) {
	for _, tt := range parseCountTests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := datasets.ParseCount(tt.in)
			if !errors.Is(err, tt.wantErr) || got != tt.want {
				t.Errorf("ParseCount(%q) = %v, %v, want %v, %v", tt.in, got, err, tt.want, tt.wantErr)
			}
		})
	}
}

func TestParseChange(t *testing.T) {
	tests := []struct {
		in      string
		want    int
		wantErr error
	}{
		{"157", 157, nil}, {"+14", 14, nil}, {"-3", -3, nil}, {"－3", -3, nil}, {"−1,050", -1050, nil},
		{"-", 0, datasets.ErrSyntax}, {"--3", 0, datasets.ErrSyntax},
		{"＋14", 14, nil}, {"-12 3", 0, datasets.ErrSyntax}, {"+29,63", 0, datasets.ErrSyntax}, {"- 3", 0, datasets.ErrSyntax},
	}
	for _, tt := range tests {
		got, err := datasets.ParseChange(tt.in)
		if !errors.Is(err, tt.wantErr) || got != tt.want {
			t.Errorf("ParseChange(%q) = %v, %v, want %v, %v", tt.in, got, err, tt.want, tt.wantErr)
		}
	}
}

func TestFormatCountRoundTrip(t *testing.T) {
	for _, n := range []int{0, 7, 41, 999, 1000, 2168, 12345, 1234567, -1050} {
		s := datasets.FormatCount(n)
		got, err := datasets.ParseChange(s)
		if err != nil || got != n {
			t.Errorf("ParseChange(%q) = %v, %v, want %v", s, got, err, n)
		}
	}
	if got := datasets.FormatCount(2963); got != "2,963" {
		t.Errorf("FormatCount(2963) = %q, want 2,963", got)
	}
}

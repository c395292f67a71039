package errs

import (
	"errors"
	"strings"
	"testing"
)

var (
	errTestSyntax = New("errstest.syntax", "invalid syntax")
	errTestRange  = New("errstest.range", "value out of range")
	errOtherRange = New("errsother.range", "value out of range")
)

func TestNewPanics(t *testing.T) {
	for _, code := range []string{"nodot", ".syntax", "pkg.", "errstest.syntax"} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("New(%q) did not panic", code)
				}
			}()
			New(code, "x")
		}()
	}
}

func TestLookupAndCode(t *testing.T) {
	if got := Lookup("errstest.range"); got != errTestRange {
		t.Errorf("Lookup(errstest.range) = %v, want the sentinel", got)
	}
	if got := Lookup("errstest.none"); got != nil {
		t.Errorf("Lookup(errstest.none) = %v, want nil", got)
	}
	wrapped := errors.Join(errors.New("plain"), errTestSyntax)
	if got := Code(wrapped); got != "errstest.syntax" {
		t.Errorf("Code(joined) = %q", got)
	}
	if got := Code(errors.New("plain")); got != "" {
		t.Errorf("Code(plain) = %q, want empty", got)
	}
	if got := Kind("rocdate.syntax"); got != "syntax" {
		t.Errorf("Kind = %q", got)
	}
	if got := Pkg("rocdate.syntax"); got != "rocdate" {
		t.Errorf("Pkg = %q", got)
	}
	if got := Own("errstest", errOtherRange); got != "errstest.range" {
		t.Errorf("Own = %q", got)
	}
	if got := Own("errstest", errors.New("plain")); got != "" {
		t.Errorf("Own(plain) = %q", got)
	}
}

func TestIs(t *testing.T) {
	tests := []struct {
		err, target error
		want        bool
	}{
		{errOtherRange, errTestRange, true},   // a foreign range error is this package's range error
		{errOtherRange, errTestSyntax, false}, // not of another kind
		{errTestRange, errOtherRange, false},  // the target must be of the package asking
		{errors.New("plain"), errTestRange, false},
		{errOtherRange, errors.New("value out of range"), false},
	}
	for _, tt := range tests {
		if got := Is("errstest", tt.err, tt.target); got != tt.want {
			t.Errorf("Is(errstest, %v, %v) = %v, want %v", Code(tt.err), Code(tt.target), got, tt.want)
		}
	}
}

func TestQuote(t *testing.T) {
	long := strings.Repeat("民", 300)
	tests := []struct{ in, want string }{
		{"", `""`},
		{"111年2月29日", `"111年2月29日"`},
		{strings.Repeat("a", 64), `"` + strings.Repeat("a", 64) + `"`},
		{strings.Repeat("a", 65), `"` + strings.Repeat("a", 64) + `"…`},
		{long, `"` + strings.Repeat("民", 64) + `"…`},
		{"a\nb", `"a\nb"`},
	}
	for _, tt := range tests {
		if got := Quote(tt.in); got != tt.want {
			t.Errorf("Quote(%.20q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestMessage(t *testing.T) {
	tests := []struct {
		fn, input, detail string
		err               error
		want              string
	}{
		{"Parse", "111年2月29日", "day 29 out of range for 111年2月", errTestRange, `pkg: parsing "111年2月29日": day 29 out of range for 111年2月`},
		{"ImportRows", "x", "", errTestSyntax, `pkg: parsing "x": invalid syntax`},
		{"New", "111, 2, 30", "day 30 out of range", errTestRange, `pkg: New("111, 2, 30"): day 30 out of range`},
		{"", "x", "", nil, `pkg: parsing "x": invalid input`},
	}
	for _, tt := range tests {
		if got := Message("pkg", tt.fn, tt.input, tt.detail, tt.err); got != tt.want {
			t.Errorf("Message(%q, %q) = %s, want %s", tt.fn, tt.input, got, tt.want)
		}
	}
	if got := Message("pkg", "Parse", strings.Repeat("x", 300_000), "bad", errTestSyntax); len(got) > 200 {
		t.Errorf("Message of a 300 KB input is %d bytes long", len(got))
	}
}

type codedErr struct{ msg string }

func (e codedErr) Error() string { return e.msg }

func TestRowMessage(t *testing.T) {
	tests := []struct {
		row        int
		column, in string
		err        error
		want       string
	}{
		{3, "序號", "A", errTestSyntax, `pkg: row 3, column 序號 "A": invalid syntax`},
		{3, "序號", "", errTestSyntax, `pkg: row 3, column 序號: invalid syntax`},
		{1, "", "", nil, `pkg: row 1: invalid input`},
		{8, "受理日期", "111年2月29日", codedErr{`pkg: parsing "111年2月29日": day 29 out of range`}, `pkg: row 8, column 受理日期: parsing "111年2月29日": day 29 out of range`},
		{8, "日期", "x", codedErr{`a message: with a colon`}, `pkg: row 8, column 日期: a message: with a colon`},
	}
	for _, tt := range tests {
		if got := RowMessage("pkg", tt.row, tt.column, tt.in, tt.err); got != tt.want {
			t.Errorf("RowMessage(%d, %q, %q) = %s, want %s", tt.row, tt.column, tt.in, got, tt.want)
		}
	}
}

func TestImportMessage(t *testing.T) {
	first := codedErr{"pkg: row 4, column 序號: invalid syntax"}
	tests := []struct {
		n    int
		want string
	}{
		{0, "pkg: no problems"},
		{1, "pkg: 1 problem in the rows: row 4, column 序號: invalid syntax"},
		{3, "pkg: 3 problems in the rows; first: row 4, column 序號: invalid syntax"},
	}
	for _, tt := range tests {
		if got := ImportMessage("pkg", first, tt.n); got != tt.want {
			t.Errorf("ImportMessage(%d) = %s, want %s", tt.n, got, tt.want)
		}
	}
}

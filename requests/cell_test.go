package requests

import (
	"errors"
	"testing"

	"golang.org/x/text/width"
)

func TestParseCell(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    Cell
		wantErr error
	}{
		{"figure", "3", Figure(3), nil},
		{"zero", "0", Figure(0), nil},
		{"thousands", "1,050", Figure(1050), nil},
		{"full-width thousands", "２，９６３", Figure(2963), nil},
		{"spaces", "  23 ", Figure(23), nil},
		{"not reached", "-", NotReached(), nil},
		{"full-width dash", "－", NotReached(), nil},
		{"em dash", "—", NotReached(), nil},
		{"partial", "0 (截至5月)", Figure(0).WithNote("截至5月"), nil},
		{"partial full-width", "0（截至５月）", Figure(0).WithNote("截至5月"), nil},
		{"partial no space", "12(截至5月)", Figure(12).WithNote("截至5月"), nil},
		{"dash with note", "- (未達)", NotReached().WithNote("未達"), nil},
		{"empty", "", Cell{}, ErrMissing},
		{"blank", "   ", Cell{}, ErrMissing},
		{"negative", "-3", Cell{}, ErrSyntax},
		{"word", "三", Cell{}, ErrSyntax},
		{"leading zero", "07", Cell{}, ErrSyntax},
		{"bad grouping", "1,05", Cell{}, ErrSyntax},
		{"bad grouping long", "10000,000", Cell{}, ErrSyntax},
		{"trailing comma", "1,", Cell{}, ErrSyntax},
		{"empty note", "0 ()", Cell{}, ErrSyntax},
		{"unclosed note", "0 (截至5月", Cell{}, ErrSyntax},
		{"text after note", "0 (截至5月) x", Cell{}, ErrSyntax},
		{"note only", "(截至5月)", Cell{}, ErrSyntax},
		{"nested note", "0 ((a))", Cell{}, ErrSyntax},
		{"stray close", "0)", Cell{}, ErrSyntax},
		{"too large", "1000000000000", Cell{}, ErrRange},
		{"too large grouped", "1,000,000,000,000", Cell{}, ErrRange},
		{"grouping 29,63", "29,63", Cell{}, ErrSyntax},
		{"grouping 1,2,3", "1,2,3", Cell{}, ErrSyntax},
		{"grouping 2,,963", "2,,963", Cell{}, ErrSyntax},
		{"blank inside", "12 3", Cell{}, ErrSyntax},
		{"mixed separators", "1,234，567", Cell{}, ErrSyntax},
		{"full-width leading zero", "０７", Cell{}, ErrSyntax},
		{"zero", "0", Figure(0), nil},
		{"full-width zero", "０", Figure(0), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseCell(tt.in)
			if !errors.Is(err, tt.wantErr) || got != tt.want {
				t.Errorf("ParseCell(%q) = %v, %v, want %v, %v", tt.in, got, err, tt.want, tt.wantErr)
			}
		})
	}
}

func TestCell(t *testing.T) {
	c := MustParseCell("0 (截至5月)")
	if n, ok := c.Value(); n != 0 || !ok || c.Note() != "截至5月" || c.String() != "0 (截至5月)" {
		t.Errorf("0 (截至5月): Value %d, %v; Note %q; String %q", n, ok, c.Note(), c.String())
	}
	d := NotReached()
	if n, ok := d.Value(); ok || n != 0 || !d.IsNotReached() || d.IsFigure() || d.IsZero() {
		t.Errorf("NotReached(): Value %d, %v", n, ok)
	}
	var z Cell
	if _, ok := z.Value(); ok || !z.IsZero() || z.String() != "" || z.WithNote("x") != z {
		t.Errorf("zero Cell: %v", z)
	}
	if Figure(-2) != Figure(0) {
		t.Errorf("Figure(-2) = %v, want 0", Figure(-2))
	}
	if got := Figure(4).WithNote(" （截至５月） ").String(); got != "4 (截至5月)" {
		t.Errorf("WithNote cleans: got %q", got)
	}
	if got := Figure(4).WithNote("x").WithNote(""); got != Figure(4) {
		t.Errorf("WithNote(\"\") = %v, want the bare figure", got)
	}
	b, _ := c.MarshalText()
	var back Cell
	if err := back.UnmarshalText(b); err != nil || back != c {
		t.Errorf("UnmarshalText(%q) = %v, %v", b, back, err)
	}
	if err := back.UnmarshalText([]byte(" ")); err != nil || !back.IsZero() {
		t.Errorf("UnmarshalText(blank) = %v, %v, want the zero Cell", back, err)
	}
	if err := back.UnmarshalText([]byte("x")); !errors.Is(err, ErrSyntax) {
		t.Errorf("UnmarshalText(x) error = %v", err)
	}
	defer func() {
		if recover() == nil {
			t.Error("MustParseCell(x) did not panic")
		}
	}()
	MustParseCell("x")
}

func TestParseRowLabel(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		wantYear int
		wantNote string
		wantErr  error
	}{
		{"year", "105年", 105, "", nil},
		{"bare", "105", 105, "", nil},
		{"民國", "民國105年", 105, "", nil},
		{"年度", "111年度", 111, "", nil},
		{"chinese", "一百零五年", 105, "", nil},
		{"full-width", "１１１年", 111, "", nil},
		{"note", "111年 (截至5月)", 111, "截至5月", nil},
		{"note full-width", "111年（截至5月）", 111, "截至5月", nil},
		{"before 民國", "民國前1年", -1, "", nil},
		{"民前", "民前 12 年", -12, "", nil},
		{"empty", "", 0, "", ErrSyntax},
		{"total", "合計", 0, "", ErrSyntax},
		{"zero", "0年", 0, "", ErrRange},
		{"large", "1000年", 0, "", ErrRange},
		{"bad note", "111年 (", 0, "", ErrSyntax},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			y, note, err := ParseRowLabel(tt.in)
			if !errors.Is(err, tt.wantErr) || y != tt.wantYear || note != tt.wantNote {
				t.Errorf("ParseRowLabel(%q) = %d, %q, %v, want %d, %q, %v", tt.in, y, note, err, tt.wantYear, tt.wantNote, tt.wantErr)
			}
		})
	}
}

func FuzzParseCell(f *testing.F) {
	for _, s := range []string{"3", "1,050", "２，９６３", "-", "－", "0 (截至5月)", "0（截至５月）", "- (未達)", "", "-3", "07", "0 ()", "1000000000000"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseCell(s)
		if err != nil {
			if !errors.Is(err, ErrSyntax) && !errors.Is(err, ErrMissing) && !errors.Is(err, ErrRange) {
				t.Fatalf("ParseCell(%q) error %v wraps no sentinel", s, err)
			}
			return
		}
		if c.IsZero() {
			t.Fatalf("ParseCell(%q) = the empty cell without error", s)
		}
		back, err := ParseCell(c.String())
		if err != nil || back != c {
			t.Fatalf("ParseCell(%q) = %v; String %q reads back as %v, %v", s, c, c.String(), back, err)
		}
	})
}

func FuzzParseRowLabel(f *testing.F) {
	for _, s := range []string{"105年", "105", "民國105年", "一百零五年", "民國前1年", "111年 (截至5月)", "111年（截至5月）", "合計", "0年", "1000年"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		y, note, err := ParseRowLabel(s)
		if err != nil {
			if !errors.Is(err, ErrSyntax) && !errors.Is(err, ErrRange) {
				t.Fatalf("ParseRowLabel(%q) error %v wraps no sentinel", s, err)
			}
			return
		}
		label := Row{Year: y, Note: note}.Label()
		y2, note2, err := ParseRowLabel(label)
		if err != nil || y2 != y || note2 != note {
			t.Fatalf("ParseRowLabel(%q) = %d, %q; Label %q reads back as %d, %q, %v", s, y, note, label, y2, note2, err)
		}
	})
}

func TestFold(t *testing.T) {
	for _, s := range []string{"0 (截至5月)", "１２３", "（截至５月）", "ｶ", "abc", "下載連結問題", "２，９６３"} {
		if got, want := fold(s), width.Fold.String(s); got != want {
			t.Errorf("fold(%q) = %q, want %q", s, got, want)
		}
	}
	if n := testing.AllocsPerRun(10, func() { sinkCell, _ = ParseCell("0 (截至5月)") }); n != 0 {
		t.Errorf("ParseCell of a half-width cell allocates %v times", n)
	}
}

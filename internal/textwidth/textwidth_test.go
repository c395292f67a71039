package textwidth

import "testing"

func TestString(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"", 0},
		{"abc", 3},
		{"甲類", 4},
		{"１１１", 6},
		{"111年", 5},
		{"e\u0301", 1},
		{"a\tb", 2},
		{"ｱ", 1}, // half-width katakana
	}
	for _, tt := range tests {
		if got := String(tt.in); got != tt.want {
			t.Errorf("String(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

func TestPad(t *testing.T) {
	tests := []struct {
		s    string
		w    int
		a    Align
		want string
	}{
		{"甲", 4, Left, "甲  "},
		{"12", 4, Right, "  12"},
		{"甲類類", 4, Left, "甲類類"},
	}
	for _, tt := range tests {
		if got := Pad(tt.s, tt.w, tt.a); got != tt.want {
			t.Errorf("Pad(%q, %d, %v) = %q, want %q", tt.s, tt.w, tt.a, got, tt.want)
		}
	}
}

func TestTable(t *testing.T) {
	got := Table([][]string{
		{"年度", "第1季", "合計"},
		{"105年", "3", "23"},
		{"合計", "13", "71", "x"},
	}, []Align{Left, Right, Right})
	want := "" +
		"年度   第1季  合計\n" +
		"105年      3    23\n" +
		"合計      13    71  x\n"
	if got != want {
		t.Errorf("Table =\n%s\nwant\n%s", got, want)
	}
}

// Rune at the bounds of its ranges: the last control and the space, the
// last ASCII and the first rune past it, and a full-width one.
func TestRune(t *testing.T) {
	for r, want := range map[rune]int{0x1f: 0, ' ': 1, '~': 1, 0x7f: 0, 0x80: 0, 'é': 1, '甲': 2, '１': 2} {
		if got := Rune(r); got != want {
			t.Errorf("Rune(%U) = %d, want %d", r, got, want)
		}
	}
}

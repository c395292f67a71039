package numeral

import (
	"errors"
	"testing"
)

// The bounds gremlins found unasserted: a digit-by-digit numeral one
// digit past Max is out of range, not cut at Max; a section of exactly
// 1000 after a higher one takes no 零; Format and Parse agree there.
func TestBounds(t *testing.T) {
	if n, err := Parse("九九九九九九九九九九九九"); err != nil || n != Max {
		t.Errorf("Parse(Max digit by digit) = %d, %v", n, err)
	}
	if n, err := Parse("九九九九九九九九九九九九零"); !errors.Is(err, ErrRange) {
		t.Errorf("Parse(Max×10 digit by digit) = %d, %v; want ErrRange", n, err)
	}
	for n, want := range map[int]string{
		10_001_000:      "一千萬一千",
		10_000_999:      "一千萬零九百九十九",
		100_000_001_000: "一千億零一千",
		100_001_000_000: "一千億零一百萬",
	} {
		if got := Format(n); got != want {
			t.Errorf("Format(%d) = %q, want %q", n, got, want)
		}
		if back, err := Parse(want); err != nil || back != n {
			t.Errorf("Parse(%q) = %d, %v; want %d", want, back, err, n)
		}
	}
}

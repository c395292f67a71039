package shingle

import (
	"testing"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"檢察官得依第十三條第一項規定，聲請法院凍結。", "檢察官得依§規定聲請法院凍結"},
		{"依第二百四十五條之一第三項、第 13 條及前條規定", "依§§及前條規定"},
		{"一、甲。\n\t二、乙，丙。", "甲乙丙"},
		{"（一）　全形ＡＢＣ１２３", "全形ABC123"},
		{"第一人稱", "第一人稱"},
		{"第", "第"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDice(t *testing.T) {
	a := Of("檢察官得依第十三條第一項規定，聲請法院凍結。")
	tests := []struct {
		name     string
		b        Set
		min, max float64
	}{
		{"the same text", a, 1, 1},
		{"another reference, wrapped otherwise", Of("檢察官得依第十八條第一項規定，\n聲請法院凍結。"), 1, 1},
		{"a word changed", Of("檢察官得依第十三條第一項規定，聲請法院扣押。"), 0.6, 0.95},
		{"another text", Of("本法自公布日施行。"), 0, 0.2},
		{"empty", "", 0, 0},
	}
	for _, tt := range tests {
		if got := Dice(a, tt.b); got < tt.min || got > tt.max {
			t.Errorf("%s: Dice = %.3f, want in [%.2f, %.2f]", tt.name, got, tt.min, tt.max)
		}
		if Dice(a, tt.b) != Dice(tt.b, a) {
			t.Errorf("%s: Dice is not symmetric", tt.name)
		}
	}
	if Dice("", "") != 0 {
		t.Error("Dice of two empty sets is not 0")
	}
}

func TestOfNoAllocsOnCompare(t *testing.T) {
	a, b := Of("檢察官得依第十三條第一項規定，聲請法院凍結。"), Of("聲請法院凍結")
	if n := testing.AllocsPerRun(100, func() { _ = Dice(a, b) }); n != 0 {
		t.Errorf("Dice allocates %.0f times", n)
	}
}

// FuzzOf checks that any text gives a valid set, that a text and its
// re-wrapped, full-width form give the same set, and that Dice stays in
// [0, 1] and is 1 against itself when not empty.
func FuzzOf(f *testing.F) {
	f.Add("檢察官得依第十三條第一項規定，聲請法院凍結。", "本法自公布日施行。")
	f.Add("（一）第", "一、")
	f.Add("\xff\xfe", "第9")
	f.Fuzz(func(t *testing.T, x, y string) {
		a, b := Of(x), Of(y)
		if !Valid(a) || !Valid(b) {
			t.Fatalf("Of(%q) or Of(%q) is not a valid set", x, y)
		}
		if d := Dice(a, b); d < 0 || d > 1 {
			t.Fatalf("Dice = %v", d)
		}
		if a.Len() > 0 && Dice(a, a) != 1 {
			t.Fatalf("Dice(a, a) = %v", Dice(a, a))
		}
		if Of(Normalize(x)) != a && !containsMaskOrMarker(x) {
			t.Fatalf("Of(Normalize(%q)) differs from Of(%q)", x, x)
		}
	})
}

// containsMaskOrMarker reports whether normalising x twice may differ
// from once: a mask rune, a numeral or 第 can form a new reference or
// marker once what stood between them is dropped.
func containsMaskOrMarker(x string) bool {
	n := Normalize(x)
	return Normalize(n) != n
}

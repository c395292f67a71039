package scaling

import (
	"strings"
	"testing"
)

func linear(n int) func() {
	s := strings.Repeat("x", n)
	return func() {
		c := 0
		for i := 0; i < len(s); i++ {
			if s[i] == 'x' {
				c++
			}
		}
		sink = c
	}
}

func quadratic(n int) func() {
	s := strings.Repeat("x", n)
	return func() {
		c := 0
		for i := 0; i < len(s); i++ {
			for j := 0; j < i; j++ {
				if s[j] == s[i] {
					c++
				}
			}
		}
		sink = c
	}
}

var sink int

func TestRunCatchesQuadratic(t *testing.T) {
	if testing.Short() {
		t.Skip("times work")
	}
	small, _ := Measure(quadratic(1000))
	large, _ := Measure(quadratic(10000))
	if r := float64(large) / float64(small); r < 40 {
		t.Errorf("a quadratic loop measured a ratio of %.1f, under the bound 40", r)
	}
	small, _ = Measure(linear(1_000_000))
	large, _ = Measure(linear(10_000_000))
	if r := float64(large) / float64(small); r > 40 {
		t.Errorf("a linear loop measured a ratio of %.1f, over the bound 40", r)
	}
}

func TestRun(t *testing.T) {
	Run(t, []Case{{Name: "linear", N: 1_000_000, Setup: linear, MaxBytesPerUnit: 1}})
}

func TestMeasureAlloc(t *testing.T) {
	_, b := Measure(func() { sink = len(make([]byte, 1<<20)) })
	if b < 1<<20 {
		t.Errorf("Measure counted %d bytes for a 1 MiB allocation", b)
	}
}

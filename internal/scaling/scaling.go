// Package scaling checks in tests that a function's cost grows linearly
// with its input: it times the function on an input of size n and of size
// 10n, the faster of three runs each, and fails when the ratio passes a
// bound (40 by default: linear code lands near 10, quadratic near 100). It
// also bounds the bytes allocated per unit of input.
//
// A package's scaling_test.go lists its functions whose input can grow:
//
//	scaling.Run(t, []scaling.Case{{
//		Name:  "FindLetters",
//		N:     10_000,
//		Setup: func(n int) func() { text := letters(n); return func() { actions.FindLetters(text) } },
//	}})
//
// Timing is noisy on shared machines, so the bound is loose, each size
// takes the best of three runs, and a ratio over the bound is measured
// again (up to three times, the best counting) before it fails; the test
// is skipped with -short and under the race detector.
package scaling

import (
	"runtime"
	"testing"
	"time"
)

// A Case is one function measured at two sizes.
type Case struct {
	Name string
	// N is the smaller size; the larger is 10N. Pick N so that the larger
	// run takes tens of milliseconds.
	N int
	// Setup builds an input of size n and returns the work to time. Setup
	// itself is not timed.
	Setup func(n int) func()
	// MaxRatio bounds time(10N)/time(N); 0 means 40.
	MaxRatio float64
	// MaxBytesPerUnit bounds the bytes allocated per unit of input at 10N;
	// 0 means no bound.
	MaxBytesPerUnit float64
}

// Measure returns the faster of three timings of run and the bytes one
// run allocates. On Unix it times the process's CPU time, which other
// processes on a busy machine do not inflate; elsewhere the wall clock.
func Measure(run func()) (time.Duration, uint64) {
	best := time.Duration(1<<63 - 1)
	var alloc uint64
	for i := 0; i < 3; i++ {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		start := now()
		run()
		d := now() - start
		runtime.ReadMemStats(&after)
		best = min(best, d)
		alloc = after.TotalAlloc - before.TotalAlloc
	}
	return max(best, time.Microsecond), alloc
}

// Run measures each case at N and 10N and fails t for each case whose
// time grows more than its MaxRatio, or whose allocation per unit passes
// MaxBytesPerUnit. It is skipped in -short mode.
func Run(t *testing.T, cases []Case) {
	t.Helper()
	if testing.Short() {
		t.Skip("scaling tests time their cases; skipped with -short")
	}
	if raceEnabled {
		t.Skip("scaling tests time their cases; the race detector skews timings")
	}
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			limit := c.MaxRatio
			if limit == 0 {
				limit = 40
			}
			smallRun, largeRun := c.Setup(c.N), c.Setup(10*c.N)
			var small, large time.Duration
			var bytes uint64
			ratio := 0.0
			// Noise only ever slows a run down: a ratio over the limit is
			// measured again, up to three times, and the best one counts.
			for try := 0; try < 3 && (try == 0 || ratio > limit); try++ {
				s, _ := Measure(smallRun)
				l, b := Measure(largeRun)
				if r := float64(l) / float64(s); try == 0 || r < ratio {
					small, large, bytes, ratio = s, l, b, r
				}
			}
			t.Logf("n=%d: %v; 10n: %v; ratio %.1f; %.1f bytes/unit", c.N, small, large, ratio, float64(bytes)/float64(10*c.N))
			if ratio > limit {
				t.Errorf("%s: 10× the input takes %.1f× the time (%v → %v), over %.0f: not linear", c.Name, ratio, small, large, limit)
			}
			if c.MaxBytesPerUnit > 0 && float64(bytes)/float64(10*c.N) > c.MaxBytesPerUnit {
				t.Errorf("%s: %.1f bytes allocated per unit of input, over %.1f", c.Name, float64(bytes)/float64(10*c.N), c.MaxBytesPerUnit)
			}
		})
	}
}

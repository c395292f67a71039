//go:build race

package scaling

// raceEnabled reports whether the race detector is on: it changes the cost
// of memory accesses, so timings under it say nothing of the code's order.
const raceEnabled = true

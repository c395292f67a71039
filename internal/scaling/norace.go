//go:build !race

package scaling

// raceEnabled reports whether the race detector is on.
const raceEnabled = false

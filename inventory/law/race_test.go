//go:build race

package law

const raceEnabled = true

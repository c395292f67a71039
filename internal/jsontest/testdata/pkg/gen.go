//go:build ignore

package main

// Ignored is in a file the build ignores.
type Ignored int

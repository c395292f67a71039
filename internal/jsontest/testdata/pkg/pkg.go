// Package pkg is a package for the tests of jsontest.
package pkg

// Good round-trips.
type Good struct{ A int }

// Lossy marshals as {}.
type Lossy struct{ a int }

type (
	// Grouped is declared in a group.
	Grouped string
	hidden  int
)

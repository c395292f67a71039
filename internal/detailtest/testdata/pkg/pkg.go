// Package pkg is a package for the tests of detailtest.
package pkg

type parseErr struct{ Detail string }

func parseError(fn, in, detail string, err error) error { return nil }

var (
	_ = parseError("F", "x", "known detail", nil)
	_ = parseError("F", "x", "", nil)
	_ = parseErr{Detail: "unknown detail"}
	_ = parseErr{Detail: dynamic()}
)

func dynamic() string { return "made at run time" }

// Package pkg is a package for the tests of detailtest.
package pkg

import (
	"example.com/errs"
	"example.com/errtype"
)

type pkgT struct{}

func perr(fn, in string, err error, code string, args ...any) error { return nil }

var (
	_ = errtype.New[pkgT]("F", "x", nil, "detailtest.count", 3)
	_ = errs.New("x.y", "not a detail")
	_ = perr("F", "x", nil, "detailtest.count")
	_ = perr("F", "x", nil, "detailtest.none")
	_ = perr("F", "x", nil, "detailtest.count", []any{1}...)
	_ = perr("F", "not a code", nil, "detailtest.known")
	_ = perr("Class.AppendText", "x", nil, "detailtest.count", 2)
)

// Nest's code takes the inner detail alone: the error and the fallback
// after it are not the message's.
var _ = errtype.Nest[pkgT]("F", "x", "detailtest.id", nil, nil)

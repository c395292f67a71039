package pkg

type pkgT struct{}

func New[P any](fn, in string, err error, code string, args ...any) error { return nil }

func perr(fn, in string, err error, code string, args ...any) error { return nil }

var (
	_ = New[pkgT]("F", "x", nil, "detailtest.count", 3)
	_ = perr("F", "x", nil, "detailtest.count")
	_ = perr("F", "x", nil, "detailtest.none")
	_ = perr("F", "x", nil, "detailtest.count", []any{1}...)
	_ = perr("F", "not a code", nil, "detailtest.known")
)

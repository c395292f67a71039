package spreadsheet

import (
	"archive/zip"
	"errors"
	"io"
)

// An archive is a zip read within a budget of uncompressed bytes shared
// by all its parts.
type archive struct {
	fn     string
	z      *zip.Reader
	budget int64
	max    int64
}

func openArchive(fn string, r io.ReaderAt, size int64, maxBytes int64) (*archive, error) {
	if size > maxBytes {
		return nil, perr(fn, "", ErrTooLarge, "spreadsheet.too-large.bytes", int(maxBytes))
	}
	z, err := zip.NewReader(r, size)
	if err != nil {
		return nil, perr(fn, "", ErrSyntax, "spreadsheet.syntax.zip")
	}
	return &archive{fn: fn, z: z, budget: maxBytes, max: maxBytes}, nil
}

// errBudget is returned by a part's reader past the budget.
var errBudget = errors.New("spreadsheet: uncompressed size over the limit")

// open opens the part named name; ok is false when there is none.
func (a *archive) open(name string) (io.ReadCloser, bool, error) {
	for _, f := range a.z.File {
		if f.Name != name {
			continue
		}
		if f.UncompressedSize64 > uint64(a.budget) {
			return nil, true, a.tooLarge(name)
		}
		rc, err := f.Open()
		if err != nil {
			return nil, true, perr(a.fn, name, ErrSyntax, "spreadsheet.syntax.open")
		}
		return &limited{rc: rc, a: a}, true, nil
	}
	return nil, false, nil
}

func (a *archive) tooLarge(name string) error {
	return perr(a.fn, name, ErrTooLarge, "spreadsheet.too-large.uncompressed", int(a.max))
}

// wrap turns an error met while decoding part name into the package's.
func (a *archive) wrap(name string, err error) error {
	if errors.Is(err, errBudget) {
		return a.tooLarge(name)
	}
	var pe *ParseError
	if errors.As(err, &pe) {
		return pe
	}
	return perr(a.fn, name, ErrSyntax, "spreadsheet.syntax.xml")
}

type limited struct {
	rc io.ReadCloser
	a  *archive
}

func (l *limited) Read(p []byte) (int, error) {
	if l.a.budget <= 0 {
		var one [1]byte
		if n, err := l.rc.Read(one[:]); n == 0 && err != nil {
			return 0, err
		}
		return 0, errBudget
	}
	if int64(len(p)) > l.a.budget {
		p = p[:l.a.budget]
	}
	n, err := l.rc.Read(p)
	l.a.budget -= int64(n)
	return n, err
}

func (l *limited) Close() error { return l.rc.Close() }

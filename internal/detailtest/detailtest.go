// Package detailtest checks, in a package's tests, that every message
// code the package gives its parse errors' details has a message in the
// catalog taking as many arguments as it is given, so that an error's
// message in each language comes from the catalog and never falls back
// to the sentinel's word.
package detailtest

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/ogdtw/governance/internal/i18n"
)

// detailCalls are the functions a package makes its parse errors with
// from a message code and its arguments: errtype's (errtype.New[pkg],
// errtype.Nest) and the helpers the packages write around them.
var detailCalls = map[string]bool{"errtype.New": true, "errtype.Nest": true, "i18n.NewDetail": true,
	"newError": true, "perr": true, "fail": true, "parseError": true, "syntaxError": true, "rangeError": true,
	"tooLarge": true, "syntax": true, "outOfRange": true}

// A Use is one message code a package's source gives to a function that
// makes a parse error's detail, with the number of arguments given after
// it (-1 when they are spread from a slice).
type Use struct {
	Pos  string // file:line:column
	Code string
	Args int
}

// Codes returns every code the Go files of dir (tests left out) give, as
// a string literal, to errtype.New, errtype.Nest, i18n.NewDetail or a
// helper named newError, perr, fail, parseError, syntaxError, rangeError,
// tooLarge, syntax or outOfRange: the first string literal argument
// written as a code (lower-case words joined by dots). Nest's code is
// given one argument, the inner detail, whatever follows it.
func Codes(t testing.TB, dir string) []Use {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	var out []Use
	fset := token.NewFileSet()
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		af, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(af, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			name := funcName(call.Fun)
			if !detailCalls[name] {
				return true
			}
			for i, a := range call.Args {
				lit, ok := a.(*ast.BasicLit)
				if !ok || lit.Kind != token.STRING {
					continue
				}
				s, err := strconv.Unquote(lit.Value)
				if err != nil || !isCode(s) {
					continue
				}
				u := Use{Pos: fset.Position(lit.Pos()).String(), Code: s, Args: len(call.Args) - i - 1}
				switch {
				case name == "errtype.Nest":
					u.Args = 1
				case call.Ellipsis.IsValid():
					u.Args = -1
				}
				out = append(out, u)
				break
			}
			return true
		})
	}
	return out
}

// isCode reports whether s is written as a message code: lower-case
// words joined by dots (datasets.range.id), unlike a function's name
// ("Class.AppendText") or a text.
func isCode(s string) bool {
	if !strings.Contains(s, ".") || strings.HasPrefix(s, ".") || strings.HasSuffix(s, ".") || strings.Contains(s, "..") {
		return false
	}
	for _, c := range s {
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-' || c == '.') {
			return false
		}
	}
	return true
}

// funcName returns the name of a called function: errtype.New for
// errtype.New[pkg], perr for perr.
func funcName(e ast.Expr) string {
	switch f := e.(type) {
	case *ast.Ident:
		return f.Name
	case *ast.SelectorExpr:
		if x, ok := f.X.(*ast.Ident); ok {
			return x.Name + "." + f.Sel.Name
		}
	case *ast.IndexExpr:
		return funcName(f.X)
	case *ast.IndexListExpr:
		return funcName(f.X)
	}
	return ""
}

// CheckCodes fails t for each code of the package in dir (see [Codes])
// that has no message, or is given other than as many arguments as its
// message takes, and when fewer than atLeast are found (the scan no
// longer sees the calls).
func CheckCodes(t testing.TB, dir string, atLeast int) {
	t.Helper()
	uses := Codes(t, dir)
	for _, u := range uses {
		n, ok := i18n.Arity(u.Code)
		switch {
		case !ok:
			t.Errorf("%s: the code %s has no message", u.Pos, u.Code)
		case u.Args >= 0 && u.Args != n:
			t.Errorf("%s: %s is given %d arguments, its message takes %d", u.Pos, u.Code, u.Args, n)
		}
	}
	if len(uses) < atLeast {
		t.Errorf("only %d codes of details found in %s, want at least %d", len(uses), dir, atLeast)
	}
}

// Package detailtest checks, in a package's tests, that every Detail the
// package writes as a literal has a form registered with
// i18n.RegisterForms, so that its message in Chinese comes from the
// catalog and never falls back to the sentinel's word.
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

// detailFuncs are the helpers the packages write their parse errors
// with, whose third argument is the Detail.
var detailFuncs = map[string]bool{"parseError": true, "syntaxError": true, "rangeError": true, "tooLarge": true}

// Literals returns every non-empty string literal the Go files of dir
// (tests left out) give as a Detail: the value of a Detail field in a
// composite literal, or the third argument of a call to parseError,
// syntaxError, rangeError or tooLarge; each with its position.
func Literals(t testing.TB, dir string) map[string]string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	fset := token.NewFileSet()
	add := func(e ast.Expr) {
		lit, ok := e.(*ast.BasicLit)
		if !ok || lit.Kind != token.STRING {
			return
		}
		if s, err := strconv.Unquote(lit.Value); err == nil && s != "" {
			out[fset.Position(lit.Pos()).String()] = s
		}
	}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		af, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(af, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.KeyValueExpr:
				if id, ok := n.Key.(*ast.Ident); ok && id.Name == "Detail" {
					add(n.Value)
				}
			case *ast.CallExpr:
				if id, ok := n.Fun.(*ast.Ident); ok && detailFuncs[id.Name] && len(n.Args) >= 3 {
					add(n.Args[2])
				}
			}
			return true
		})
	}
	return out
}

// Check fails t for each literal Detail of the package in dir (see
// [Literals]) that no form of the packages pkgs reads, and when fewer
// than atLeast are found (the scan no longer sees the calls).
func Check(t testing.TB, dir string, atLeast int, pkgs ...string) {
	t.Helper()
	lits := Literals(t, dir)
	for pos, s := range lits {
		if i18n.DetailCode(s, pkgs...) == "" {
			t.Errorf("%s: the Detail %q has no form", pos, s)
		}
	}
	if len(lits) < atLeast {
		t.Errorf("only %d literal Details found in %s, want at least %d", len(lits), dir, atLeast)
	}
}

package datasets

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

// Every Detail the package writes as a literal has a form, so that its
// message in Chinese comes from the catalog and never falls back to the
// sentinel's word.
func TestDetailsHaveForms(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	found := 0
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		af, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(af, func(n ast.Node) bool {
			c, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			if id, ok := c.Fun.(*ast.Ident); !ok || id.Name != "parseError" || len(c.Args) < 3 {
				return true
			}
			lit, ok := c.Args[2].(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return true
			}
			s, err := strconv.Unquote(lit.Value)
			if err != nil || s == "" {
				return true
			}
			found++
			if i18n.DetailCode(s, "datasets", "rocdate") == "" {
				t.Errorf("%s: the Detail %q has no form in detailForms", fset.Position(lit.Pos()), s)
			}
			return true
		})
	}
	if found < 20 {
		t.Errorf("only %d literal Details found: the test no longer sees the calls", found)
	}
}

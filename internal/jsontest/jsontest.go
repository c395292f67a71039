// Package jsontest checks the JSON convention of a package: every
// exported type round-trips through encoding/json, and a test names a
// value for each, so a new exported type without a case fails the test.
//
// A package's json_test.go calls [Check] with a case per exported type:
//
//	jsontest.Check(t, ".", map[string]any{
//		"Date":       rocdate.MustParse("111年5月19日"),
//		"ParseError": &rocdate.ParseError{Func: "Parse", Input: "x", Err: rocdate.ErrSyntax},
//	})
//
// A value is marshalled, unmarshalled into a new value of its type and
// compared with the original by go-cmp, unexported fields included.
package jsontest

import (
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Skip marks a type that has no JSON form, with the reason; [Check]
// accepts it in place of a value.
type Skip string

// ExportedTypes returns the names of the exported types declared in the
// Go files of dir that are not tests, sorted.
func ExportedTypes(t testing.TB, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	var names []string
	for _, e := range entries {
		n := e.Name()
		if e.IsDir() || !strings.HasSuffix(n, ".go") || strings.HasSuffix(n, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, n), nil, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		if isIgnored(f) {
			continue
		}
		for _, d := range f.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok || g.Tok != token.TYPE {
				continue
			}
			for _, s := range g.Specs {
				if ts := s.(*ast.TypeSpec); ts.Name.IsExported() {
					names = append(names, ts.Name.Name)
				}
			}
		}
	}
	sort.Strings(names)
	return names
}

// isIgnored reports whether f has a //go:build ignore constraint.
func isIgnored(f *ast.File) bool {
	for _, c := range f.Comments {
		if c.Pos() > f.Package {
			break
		}
		for _, l := range c.List {
			if strings.HasPrefix(l.Text, "//go:build") && strings.Contains(l.Text, "ignore") {
				return true
			}
		}
	}
	return false
}

// Check fails t when an exported type of the package in dir has no case,
// when a case names no exported type, and for each case whose value does
// not round-trip through JSON. A case's value is a non-zero value of the
// type (or a pointer to one, for types used by pointer such as errors), or
// a [Skip] with the reason the type has no JSON form.
func Check(t testing.TB, dir string, cases map[string]any) {
	t.Helper()
	types := ExportedTypes(t, dir)
	declared := make(map[string]bool, len(types))
	for _, n := range types {
		declared[n] = true
		if _, ok := cases[n]; !ok {
			t.Errorf("exported type %s has no JSON round-trip case", n)
		}
	}
	names := make([]string, 0, len(cases))
	for name := range cases {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		v := cases[name]
		if !declared[name] {
			t.Errorf("case %s names no exported type of the package", name)
			continue
		}
		if reason, ok := v.(Skip); ok {
			if reason == "" {
				t.Errorf("%s: skipped without a reason", name)
			}
			continue
		}
		if err := RoundTrip(v); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// RoundTrip marshals v, unmarshals the JSON into a new value of v's type
// and returns an error unless the two are equal, unexported fields
// included. It also fails when v is the zero value of its type, which
// would prove little, and when the JSON is empty ({}, "" or null).
func RoundTrip(v any) error {
	rv := reflect.ValueOf(v)
	if !rv.IsValid() || rv.IsZero() || (rv.Kind() == reflect.Pointer && rv.Elem().IsZero()) {
		return fmt.Errorf("%T: the case is a zero value", v)
	}
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("json.Marshal(%T): %v", v, err)
	}
	if string(b) == "{}" || string(b) == `""` || string(b) == "null" {
		return fmt.Errorf("json.Marshal(%T) = %s: the value is lost", v, b)
	}
	p := reflect.New(rv.Type())
	if err := json.Unmarshal(b, p.Interface()); err != nil {
		return fmt.Errorf("json.Unmarshal(%s) into %T: %v", b, v, err)
	}
	got := p.Elem().Interface()
	if diff := cmp.Diff(v, got, cmp.Exporter(func(reflect.Type) bool { return true })); diff != "" {
		return fmt.Errorf("%T through JSON %s (-want +got):\n%s", v, b, diff)
	}
	return nil
}

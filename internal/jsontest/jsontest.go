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
	"github.com/ogdtw/governance/finding"
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
	if problems := Style(b); len(problems) > 0 {
		more := ""
		if len(problems) > 5 {
			more = fmt.Sprintf(" (and %d more)", len(problems)-5)
			problems = problems[:5]
		}
		return fmt.Errorf("%T: its JSON breaks the style: %s%s", v, strings.Join(problems, "; "), more)
	}
	if r, ok := v.(finding.Result); ok {
		if problems := resultKeys(r, b); len(problems) > 0 {
			return fmt.Errorf("%T: a result's JSON %s: %s", v, clip(b), strings.Join(problems, "; "))
		}
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

// Style returns what in the JSON b breaks the library's JSON style (see
// CONTRIBUTING): a key that begins with a capital or holds an underscore
// (a Go field name such as "Kind", written without a tag; a map's keys,
// such as agencies' names, are data and may be anything else), a null (an empty list is [], an absent value
// is omitted), and an empty object nested in another value (an empty block
// is omitted). Each problem names where it is, as a path of keys and
// indexes. Style returns nil for JSON that keeps the style, and one problem
// for bytes that are not JSON.
func Style(b []byte) []string {
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		return []string{err.Error()}
	}
	var out []string
	walkStyle(v, "$", true, &out)
	return out
}

// walkStyle adds to out the style problems of v, found at path; top tells
// whether v is the whole document.
func walkStyle(v any, path string, top bool, out *[]string) {
	switch v := v.(type) {
	case nil:
		*out = append(*out, path+" is null")
	case map[string]any:
		if len(v) == 0 && !top {
			*out = append(*out, path+" is an empty object")
		}
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			// A Go field written without a tag starts with a capital;
			// the keys of a map (an agency's name) are data, not
			// checked.
			if k == "" || k[0] >= 'A' && k[0] <= 'Z' || strings.Contains(k, "_") {
				*out = append(*out, fmt.Sprintf("%s: key %q is not camelCase", path, k))
			}
			walkStyle(v[k], path+"."+k, false, out)
		}
	case []any:
		for i, e := range v {
			walkStyle(e, fmt.Sprintf("%s[%d]", path, i), false, out)
		}
	}
}

// resultKeys returns what the JSON b of the result r lacks of what every
// result's JSON holds: its code, its severity and verdict when it has
// them, and its message in Chinese (zh-Hant-TW), each as r gives it.
func resultKeys(r finding.Result, b []byte) []string {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(b, &m); err != nil {
		return []string{"not an object"}
	}
	h := r.Head()
	want := map[string]any{"code": h.Code, "message": r.Message(finding.Chinese)}
	if h.Severity != finding.NoSeverity {
		want["severity"] = h.Severity
	}
	if h.Verdict != finding.NoVerdict {
		want["verdict"] = h.Verdict
	}
	var out []string
	for _, k := range []string{"code", "severity", "verdict", "message"} {
		w, ok := want[k]
		if !ok {
			continue
		}
		wb, _ := json.Marshal(w)
		if got, ok := m[k]; !ok {
			out = append(out, fmt.Sprintf("no %q (want %s)", k, wb))
		} else if string(got) != string(wb) {
			out = append(out, fmt.Sprintf("%q is %s, want %s", k, got, wb))
		}
	}
	return out
}

// clip returns b cut to 200 bytes for a message.
func clip(b []byte) string {
	if len(b) > 200 {
		return string(b[:200]) + "…"
	}
	return string(b)
}

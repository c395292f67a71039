package jsontest

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// recorder is a testing.TB that records errors instead of failing.
type recorder struct {
	testing.TB
	errs []string
}

func (r *recorder) Helper() {}

func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}

type good struct {
	A int `json:"a"`
}

type lossy struct{ a int }

type half struct {
	A int `json:"a"`
	b int
}

type goCased struct{ Kind int }

type nullList struct {
	L []int `json:"l"`
}

func TestExportedTypes(t *testing.T) {
	got := ExportedTypes(t, "testdata/pkg")
	if diff := cmp.Diff([]string{"Good", "Grouped", "Lossy"}, got); diff != "" {
		t.Errorf("ExportedTypes (-want +got):\n%s", diff)
	}
}

func TestCheck(t *testing.T) {
	r := &recorder{TB: t}
	Check(r, "testdata/pkg", map[string]any{
		"Good":    good{A: 1},
		"Lossy":   lossy{a: 1},
		"Missing": good{A: 1},
		"Grouped": Skip(""),
	})
	want := []string{
		"Grouped: skipped without a reason",
		"Lossy: json.Marshal(jsontest.lossy) = {}: the value is lost",
		"case Missing names no exported type of the package",
	}
	if diff := cmp.Diff(want, r.errs); diff != "" {
		t.Errorf("Check errors (-want +got):\n%s", diff)
	}
	r = &recorder{TB: t}
	Check(r, "testdata/pkg", map[string]any{"Good": good{A: 1}})
	if len(r.errs) != 2 || !strings.Contains(r.errs[0], "Grouped has no JSON round-trip case") {
		t.Errorf("Check with cases missing: %q", r.errs)
	}
}

func TestRoundTrip(t *testing.T) {
	tests := []struct {
		v    any
		want string // a part of the error; "" for none
	}{
		{good{A: 1}, ""},
		{&good{A: 2}, ""},
		{good{}, "zero value"},
		{&good{}, "zero value"},
		{nil, "zero value"},
		{half{A: 1, b: 2}, "-want +got"},
		{func() {}, "json.Marshal"},
		{"", "zero value"},
		{json3("x"), "json.Unmarshal"},
		{goCased{Kind: 1}, `key "Kind" is not camelCase`},
		{nullList{}, "zero value"},
	}
	for _, tt := range tests {
		err := RoundTrip(tt.v)
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("RoundTrip(%T) = %v", tt.v, err)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
			t.Errorf("RoundTrip(%T) = %v, want an error with %q", tt.v, err, tt.want)
		}
	}
}

// json3 marshals as a number and cannot be read back.
type json3 string

func (json3) MarshalJSON() ([]byte, error) { return []byte("3"), nil }

func (*json3) UnmarshalJSON([]byte) error { return fmt.Errorf("no") }

func TestStyle(t *testing.T) {
	tests := []struct {
		json string
		want []string
	}{
		{`{"code":"x","rows":[{"row":1}],"byName":{"臺灣高等檢察署":"高檢署"}}`, nil},
		{`{"Kind":1}`, []string{`$: key "Kind" is not camelCase`}},
		{`{"a":{"snake_case":1}}`, []string{`$.a: key "snake_case" is not camelCase`}},
		{`{"list":null}`, []string{"$.list is null"}},
		{`{"rows":[{"statute":{}}]}`, []string{"$.rows[0].statute is an empty object"}},
		{`{}`, nil},
		{`[1,null]`, []string{"$[1] is null"}},
		{`{`, []string{"unexpected end of JSON input"}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, Style([]byte(tt.json))); diff != "" {
			t.Errorf("Style(%s) (-want +got):\n%s", tt.json, diff)
		}
	}
}

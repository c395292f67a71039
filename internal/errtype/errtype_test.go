package errtype

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/internal/errs"
	"github.com/ogdtw/governance/internal/i18n"
)

// A package of the test's own, with sentinels of the shared kinds and
// one of its own.
type testPkg struct{}

func (testPkg) Name() string { return "errtype-test" }

var (
	errSyntax = errs.New("errtype-test.syntax", "invalid syntax")
	errRange  = errs.New("errtype-test.range", "value out of range")
	errOwn    = errs.New("errtype-test.own", "own failure")
)

var _ = i18n.Register(
	i18n.Message{Code: "errtype-test.own", Chinese: "自有之錯誤", English: "own failure"},
	i18n.Message{Code: "errtype-test.range.count", English: "count above %d", Chinese: "數量逾%d"},
	i18n.Message{Code: "errtype-test.nest", English: "ID: %s", Chinese: "識別碼：%s"},
)

type (
	rowError    = RowError[testPkg]
	importError = ImportError[testPkg]
)

func TestRowAndImportError(t *testing.T) {
	cell := &rowError{Row: 12345, Column: "數量", Input: "9999", Severity: finding.Error,
		Err: New[testPkg]("ImportRows", "9999", errRange, "errtype-test.range.count", 1000)}
	header := &rowError{Row: 1, Column: "序號", Err: errSyntax, Severity: finding.Warning}
	whole := &rowError{Row: 3, Err: errOwn}
	for _, tt := range []struct {
		e      *rowError
		zh, en string
	}{
		{cell, "第12345列「數量」欄：「9999」無法解析：數量逾1,000", `row 12345, column 數量: cannot read "9999": count above 1,000`},
		{header, "第1列「序號」欄：格式不符", "row 1, column 序號: invalid syntax"},
		{whole, "第3列：自有之錯誤", "row 3: own failure"},
	} {
		if got := tt.e.Message(finding.Chinese); got != tt.zh {
			t.Errorf("Message(zh) = %q, want %q", got, tt.zh)
		}
		if got := tt.e.Message(finding.English); got != tt.en {
			t.Errorf("Message(en) = %q, want %q", got, tt.en)
		}
		h := tt.e.Head()
		if h.Code != tt.e.Code() || h.Row != tt.e.Row || h.Column != tt.e.Column || h.Severity != tt.e.Severity {
			t.Errorf("Head = %+v for %v", h, tt.e)
		}
		b, err := json.Marshal(tt.e)
		if err != nil {
			t.Fatal(err)
		}
		var back rowError
		if err := json.Unmarshal(b, &back); err != nil || !reflect.DeepEqual(&back, tt.e) {
			t.Errorf("JSON %s read back as %#v, %v", b, back, err)
		}
	}
	if got := cell.Code(); got != "errtype-test.range" {
		t.Errorf("RowError.Code = %q", got)
	}
	if pe, ok := errors.AsType[*ParseError[testPkg]](cell); !ok || pe.Input != "9999" {
		t.Errorf("errors.As(RowError, *ParseError) = %v, %v", pe, ok)
	}

	for _, tt := range []struct {
		e      *importError
		zh, en string
	}{
		{&importError{Problems: []*rowError{header}}, "共1項問題：第1列「序號」欄：格式不符", "1 problem in the rows: row 1, column 序號: invalid syntax"},
		{&importError{Problems: []*rowError{cell, header}}, "共2項問題，首項為第12345列「數量」欄：「9999」無法解析：數量逾1,000",
			`2 problems in the rows; the first: row 12345, column 數量: cannot read "9999": count above 1,000`},
	} {
		if got := tt.e.Message(finding.Chinese); got != tt.zh {
			t.Errorf("ImportError.Message(zh) = %q, want %q", got, tt.zh)
		}
		if got := tt.e.Message(finding.English); got != tt.en {
			t.Errorf("ImportError.Message(en) = %q, want %q", got, tt.en)
		}
		if tt.e.Code() != "errtype-test.import" || len(tt.e.Unwrap()) != len(tt.e.Problems) || !errors.Is(tt.e, errSyntax) {
			t.Errorf("ImportError %v: code %q, unwraps %d", tt.e, tt.e.Code(), len(tt.e.Unwrap()))
		}
		b, err := json.Marshal(tt.e)
		if err != nil {
			t.Fatal(err)
		}
		var back importError
		if err := json.Unmarshal(b, &back); err != nil || !reflect.DeepEqual(&back, tt.e) {
			t.Errorf("JSON %s read back as %#v, %v", b, back, err)
		}
	}
	b, err := json.Marshal(&importError{})
	if err != nil || !json.Valid(b) || !reflect.DeepEqual(decode(t, b)["problems"], []any{}) {
		t.Errorf("ImportError without problems: %s, %v", b, err)
	}
	var bad rowError
	if err := json.Unmarshal([]byte(`{"row":1,"err":{"code":"errtype-test.nonesuch"}}`), &bad); err == nil {
		t.Error("an unknown cause code reads back without an error")
	}
}

func decode(t *testing.T, b []byte) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

// Error is the English for logs, the package's name first.
func TestErrorText(t *testing.T) {
	cell := &rowError{Row: 4, Column: "數量", Input: "x", Err: New[testPkg]("ImportRows", "x", errSyntax, "errtype-test.range.count", 7)}
	if got, want := cell.Error(), `errtype-test: row 4, column 數量: parsing "x": count above 7`; got != want {
		t.Errorf("RowError.Error = %q, want %q", got, want)
	}
	ie := &importError{Problems: []*rowError{cell, {Row: 5, Err: errOwn}}}
	if got := ie.Error(); !strings.HasPrefix(got, "errtype-test: 2 problems") || !strings.Contains(got, "row 4") {
		t.Errorf("ImportError.Error = %q", got)
	}
	if got := (&importError{}).Error(); !strings.HasPrefix(got, "errtype-test: ") || strings.Contains(got, "row") {
		t.Errorf("empty ImportError.Error = %q", got)
	}
}

// The names of parseerr's functions given here make the same errors.
func TestForwarding(t *testing.T) {
	inner := New[testPkg]("ParseCount", "12", errRange, "errtype-test.range.count", 10)
	if e := With[testPkg]("F", "12", errRange, i18n.NewDetail("errtype-test.range.count", 10)); e.Message(finding.Chinese) != inner.Message(finding.Chinese) || e.DetailCode() != "errtype-test.range.count" {
		t.Errorf("With = %v", e)
	}
	w := Wrap[testPkg]("ImportRows", "a12", inner, errSyntax)
	if w.DetailCode() != inner.DetailCode() || !errors.Is(w, errRange) || w.Input != "a12" {
		t.Errorf("Wrap = %v, %q", w, w.DetailCode())
	}
	if w := Wrap[testPkg]("F", "x", errors.New("plain"), errSyntax); !errors.Is(w, errSyntax) || w.DetailCode() != "" {
		t.Errorf("Wrap of a plain error = %v", w)
	}
	n := Nest[testPkg]("F", "x", "errtype-test.nest", inner, errSyntax)
	if got := n.DetailMessage(finding.Chinese); got != "識別碼：數量逾10" {
		t.Errorf("Nest = %q", got)
	}
	at := New[testPkg]("F", "甲乙", errSyntax, "errtype-test.range.count", 1)
	if r := Remap(at, func(int) int { return 0 }); r != at {
		t.Error("Remap changed an error without an offset")
	}
	off := With[testPkg]("F", "甲乙", errSyntax, i18n.NewDetail("errtype-test.range.count", 1).WithAt(3))
	if got := Remap(off, func(o int) int { return o + 3 }).Message(finding.Chinese); !strings.Contains(got, "（第3字）") {
		t.Errorf("Remap = %q", got)
	}
	if f := Fail(errRange, "errtype-test.range.count", 10); f.Err != errRange || !reflect.DeepEqual(f.Why, i18n.NewDetail("errtype-test.range.count", 10)) {
		t.Errorf("Fail = %+v", f)
	}
	if d, s := Why(w); d.Code != "errtype-test.range.count" || s != errRange {
		t.Errorf("Why = %v, %v", d, s)
	}
	if b, _ := json.Marshal(SentinelJSON("errtype-test", errOwn)); string(b) != `{"code":"errtype-test.own","message":"自有之錯誤"}` {
		t.Errorf("SentinelJSON = %s", b)
	}
	if s, err := Sentinel("errtype-test.own"); s != errOwn || err != nil {
		t.Errorf("Sentinel = %v, %v", s, err)
	}
	if got := SentinelMessage("errtype-test", errOwn, finding.Chinese); got != "自有之錯誤" {
		t.Errorf("SentinelMessage = %q", got)
	}
}

// Bad JSON is an error, never a half-read value taken for good.
func TestBadJSON(t *testing.T) {
	for _, b := range []string{`[`, `{"row":1,"err":[1]}`, `{"row":1,"err":{"code":"errtype-test.syntax","err":{"code":"nonesuch"}}}`} {
		var e rowError
		if err := json.Unmarshal([]byte(b), &e); err == nil {
			t.Errorf("RowError %s read without an error: %#v", b, e)
		}
	}
	var ie importError
	if err := json.Unmarshal([]byte(`{"problems":{}}`), &ie); err == nil {
		t.Error("ImportError with an object for problems read without an error")
	}
}

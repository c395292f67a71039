package errtype

import (
	"encoding/json"
	"errors"
	"reflect"
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

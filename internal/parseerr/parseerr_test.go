package parseerr

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"testing"

	"github.com/ogdtw/governance/internal/errs"
	"github.com/ogdtw/governance/internal/i18n"
)

// A package of the test's own, with two sentinels of the shared kinds, one
// of its own and one whose code also names a finding.
type testPkg struct{}

func (testPkg) Name() string { return "errtest" }

var (
	errSyntax = errs.New("errtest.syntax", "invalid syntax")
	errRange  = errs.New("errtest.range", "value out of range")
	errOwn    = errs.New("errtest.own", "own failure")
	errBoth   = errs.New("errtest.both", "also a finding")
	errInner  = errs.New("errtestinner.range", "value out of range")
)

var _ = i18n.Register(
	i18n.Message{Code: "errtest.own", Chinese: "自有之錯誤", English: "own failure"},
	i18n.Message{Code: "errtest.both", Chinese: "第%d項不符", English: "item %d differs"},
	i18n.Message{Code: "errtest.both.error", Chinese: "年度不符", English: "year differs"},
	i18n.Message{Code: "errtest.syntax.word", English: "not a word", Chinese: "非有效之詞"},
	i18n.Message{Code: "errtest.range.count", English: "count above %d", Chinese: "數量逾%d"},
	i18n.Message{Code: "errtest.syntax.id", English: "ID: %s", Chinese: "識別碼：%s"},
	i18n.Message{Code: "errtest.syntax.at", English: "unknown word", Chinese: "無法辨識之詞"},
	i18n.Message{Code: "errtestinner.range.day", English: "no day %d", Chinese: "無%d日"},
)

// objPkg names what its functions read, as rocdate does.
type objPkg struct{ testPkg }

func (objPkg) Object(fn string) string {
	if fn == "ParseDay" {
		return "errtest.object.day"
	}
	return ""
}

var _ = i18n.Register(i18n.Message{Code: "errtest.object.day", Chinese: "日期", English: "day"})

type parseError = ParseError[testPkg]

func TestSentinelMessage(t *testing.T) {
	tests := []struct {
		err      error
		zh, en   string
		describe string
	}{
		{errSyntax, "格式不符", "invalid syntax", "a shared kind"},
		{errInner, "數值超出範圍", "value out of range", "another package's sentinel, by its kind"},
		{errOwn, "自有之錯誤", "own failure", "the package's own"},
		{errBoth, "年度不符", "year differs", "code.error before the finding's code"},
		{errors.New("plain"), "格式不符", "invalid input", "no code"},
	}
	for _, tt := range tests {
		if got := SentinelMessage("errtest", tt.err, i18n.Chinese); got != tt.zh {
			t.Errorf("%s: SentinelMessage(zh) = %q, want %q", tt.describe, got, tt.zh)
		}
		if got := SentinelMessage("errtest", tt.err, i18n.English); got != tt.en {
			t.Errorf("%s: SentinelMessage(en) = %q, want %q", tt.describe, got, tt.en)
		}
	}
}

func TestParseError(t *testing.T) {
	tests := []struct {
		e              *parseError
		zh, en, detail string
		code           string
	}{
		{New[testPkg]("ParseWord", "抱怨", errSyntax, "errtest.syntax.word"),
			"「抱怨」無法解析：非有效之詞", `cannot read "抱怨": not a word`, "errtest.syntax.word", "errtest.syntax"},
		{New[testPkg]("ParseCount", "9999", errRange, "errtest.range.count", 1000),
			"「9999」無法解析：數量逾1,000", `cannot read "9999": count above 1,000`, "errtest.range.count", "errtest.range"},
		{New[testPkg]("ParseDay", "32日", errInner, "errtestinner.range.day", 32),
			"「32日」無法解析：無32日", `cannot read "32日": no day 32`, "errtestinner.range.day", "errtest.range"},
		{With[testPkg]("ParseWord", "第三款x", errSyntax, i18n.NewDetail("errtest.syntax.at").WithAt(9)),
			"「第三款x」無法解析：無法辨識之詞（第4字）", `cannot read "第三款x": unknown word (character 4)`, "errtest.syntax.at", "errtest.syntax"},
		{&parseError{Func: "ParseWord", Input: "x", Detail: "something unforeseen", Err: errSyntax},
			"「x」無法解析：格式不符", `cannot read "x": something unforeseen`, "", "errtest.syntax"},
		{&parseError{Func: "New", Err: errOwn}, "自有之錯誤", "own failure", "", "errtest.own"},
	}
	for _, tt := range tests {
		if got := tt.e.Message(i18n.Chinese); got != tt.zh {
			t.Errorf("%v: Message(zh) = %q, want %q", tt.e, got, tt.zh)
		}
		if got := tt.e.Message(i18n.English); got != tt.en {
			t.Errorf("%v: Message(en) = %q, want %q", tt.e, got, tt.en)
		}
		if got := tt.e.DetailCode(); got != tt.detail {
			t.Errorf("%v: DetailCode = %q, want %q", tt.e, got, tt.detail)
		}
		if got := tt.e.Code(); got != tt.code {
			t.Errorf("%v: Code = %q, want %q", tt.e, got, tt.code)
		}
		if !errors.Is(tt.e, tt.e.Err) || errors.Unwrap(tt.e) != tt.e.Err {
			t.Errorf("%v: does not wrap %v", tt.e, tt.e.Err)
		}
		b, err := json.Marshal(tt.e)
		if err != nil {
			t.Fatal(err)
		}
		var back parseError
		if err := json.Unmarshal(b, &back); err != nil || !reflect.DeepEqual(&back, tt.e) {
			t.Errorf("JSON %s read back as %#v, %v", b, back, err)
		}
	}
	// Another package's sentinel of a shared kind is this package's too.
	inner := New[testPkg]("", "32日", errInner, "errtestinner.range.day", 32)
	if !errors.Is(inner, errRange) || errors.Is(inner, errSyntax) {
		t.Errorf("errors.Is of a foreign range error: %v, %v", errors.Is(inner, errRange), errors.Is(inner, errSyntax))
	}
	if got := inner.Error(); got != `errtest: parsing "32日": no day 32` {
		t.Errorf("Error = %q", got)
	}
}

func TestWrapNestRemap(t *testing.T) {
	inner := New[testPkg]("ParseCount", "9999", errRange, "errtest.range.count", 1000)
	w := Wrap[objPkg]("ParseDay", "x 9999", fmt.Errorf("counting: %w", inner), errSyntax)
	if w.Detail != "count above 1000" || w.Err != errRange || w.DetailCode() != "errtest.range.count" {
		t.Errorf("Wrap = %#v", w)
	}
	if got := w.Message(i18n.Chinese); got != "日期「x 9999」有誤：數量逾1,000" {
		t.Errorf("Wrap's message in a package naming its objects = %q", got)
	}
	if why, s := Why(fmt.Errorf("x: %w", inner)); why.Code != "errtest.range.count" || s != errRange {
		t.Errorf("Why = %v, %v", why, s)
	}
	if why, s := Why(errors.New("plain")); !why.IsZero() || s != nil {
		t.Errorf("Why of a plain error = %v, %v", why, s)
	}
	if w := Wrap[testPkg]("F", "x", fmt.Errorf("y: %w", errOwn), errSyntax); w.Err != errOwn || w.Detail != "" {
		t.Errorf("Wrap of a sentinel = %#v", w)
	}
	if w := Wrap[testPkg]("F", "x", errors.New("plain"), errSyntax); w.Err != errSyntax {
		t.Errorf("Wrap of a plain error = %#v", w)
	}
	n := Nest[testPkg]("ParseRef", "ID 9999", "errtest.syntax.id", inner, errSyntax)
	if n.Detail != "ID: count above 1000" || n.Message(i18n.Chinese) != "「ID 9999」無法解析：識別碼：數量逾1,000" || n.Err != errRange {
		t.Errorf("Nest = %#v, %q", n, n.Message(i18n.Chinese))
	}
	if n := Nest[testPkg]("ParseRef", "x", "errtest.syntax.id", errOwn, errSyntax); n.Detail != "" || n.Err != errOwn {
		t.Errorf("Nest of a sentinel = %#v", n)
	}
	at := With[testPkg]("ParseWord", "第三款x", errSyntax, i18n.NewDetail("errtest.syntax.at").WithAt(3))
	moved := Remap(at, func(off int) int { return off + 6 })
	if moved.Detail != "unknown word at byte 9" || at.Detail != "unknown word at byte 3" {
		t.Errorf("Remap: %q, the original %q", moved.Detail, at.Detail)
	}
	if Remap(inner, func(int) int { return 0 }) != inner {
		t.Error("Remap of a detail without an offset made a copy")
	}
}

// A sentinel's JSON is an object with its code and message; a code reads
// back to the sentinel, an unknown one is an error; bad JSON is an error.
func TestSentinelJSON(t *testing.T) {
	if SentinelJSON("errtest", nil) != nil {
		t.Error("no sentinel has JSON")
	}
	b, err := json.Marshal(SentinelJSON("errtest", errOwn))
	if err != nil || string(b) != `{"code":"errtest.own","message":"自有之錯誤"}` {
		t.Errorf("SentinelJSON = %s, %v", b, err)
	}
	plain, _ := json.Marshal(SentinelJSON("errtest", errors.New("plain")))
	if string(plain) != `{"code":"plain","message":"格式不符"}` {
		t.Errorf("SentinelJSON of an error without a code = %s", plain)
	}
	if s, err := Sentinel("errtest.own"); s != errOwn || err != nil {
		t.Errorf("Sentinel = %v, %v", s, err)
	}
	if s, err := Sentinel(""); s != nil || err != nil {
		t.Errorf("Sentinel(\"\") = %v, %v", s, err)
	}
	if _, err := Sentinel("errtest.nonesuch"); err == nil {
		t.Error("an unknown code reads back without an error")
	}
	for _, bad := range []string{`[`, `{"err":{"code":"errtest.nonesuch"}}`, `{"detailCode":"errtest.nonesuch"}`} {
		var e ParseError[testPkg]
		if err := json.Unmarshal([]byte(bad), &e); err == nil {
			t.Errorf("%s read without an error: %#v", bad, e)
		}
	}
}

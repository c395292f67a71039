package i18n

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/language"
)

var _ = Register(
	Message{Code: "i18ntest.total", Chinese: "%s欄合計印為%d，各列加總為%d", English: "%s column total: printed %d, figures add up to %d"},
	Message{Code: "i18ntest.amended", Chinese: "%[2]s於%[1]v修正", English: "%[2]s amended on %[1]v"},
	Message{Code: "i18ntest.plain", Chinese: "無", English: "none"},
)

func TestSprintf(t *testing.T) {
	d := fakeDay{113, 7, 31}
	tests := []struct {
		tag  language.Tag
		code string
		args []any
		want string
	}{
		{Chinese, "i18ntest.total", []any{"第1季", 2963, 11}, "第1季欄合計印為2,963，各列加總為11"},
		{English, "i18ntest.total", []any{"Q1", 2963, 11}, "Q1 column total: printed 2,963, figures add up to 11"},
		{language.MustParse("en-GB"), "i18ntest.plain", nil, "none"},
		{language.MustParse("zh-TW"), "i18ntest.plain", nil, "無"},
		{language.MustParse("fr"), "i18ntest.plain", nil, "無"},
		{language.Und, "i18ntest.plain", nil, "無"},
		{Chinese, "i18ntest.amended", []any{d, "刑事訴訟法"}, "刑事訴訟法於113年7月31日修正"},
		{English, "i18ntest.amended", []any{d, "刑事訴訟法"}, "刑事訴訟法 amended on 2024-07-31"},
		{English, "i18ntest.unknown", []any{1, "x"}, "i18ntest.unknown 1 x"},
	}
	for _, tt := range tests {
		args := append([]any(nil), tt.args...)
		if got := Sprintf(tt.tag, tt.code, args...); got != tt.want {
			t.Errorf("Sprintf(%v, %s) = %q, want %q", tt.tag, tt.code, got, tt.want)
		}
		for i := range args {
			if args[i] != tt.args[i] {
				t.Errorf("Sprintf(%v, %s) changed its argument %d to %v", tt.tag, tt.code, i, args[i])
			}
		}
	}
}

func TestRegisterPanics(t *testing.T) {
	for _, m := range []Message{
		{Code: "i18ntest.total", Chinese: "x", English: "x"},
		{Code: "", Chinese: "x", English: "x"},
		{Code: "i18ntest.nozh", English: "x"},
		{Code: "i18ntest.noen", Chinese: "x"},
		{Code: "i18ntest.verbs", Chinese: "%d件", English: "%s requests"},
		{Code: "i18ntest.count", Chinese: "%d件%d", English: "%d requests"},
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("Register(%+v) did not panic", m)
				}
			}()
			Register(m)
		}()
	}
}

func TestVerbs(t *testing.T) {
	tests := []struct{ in, want string }{
		{"%s欄%d", "1s 2d"},
		{"%[2]s於%[1]v", "2s 1v"},
		{"100%%，%5.2f", "1f"},
		{"%+d and %-8s", "1d 2s"},
		{"trailing %", ""},
	}
	for _, tt := range tests {
		if got := strings.Join(verbs(tt.in), " "); got != tt.want {
			t.Errorf("verbs(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCodesHas(t *testing.T) {
	got := Codes("i18ntest.")
	if strings.Join(got, ",") != "i18ntest.amended,i18ntest.indexed,i18ntest.plain,i18ntest.signed,i18ntest.total" {
		t.Errorf("Codes = %v", got)
	}
	if !Has("i18ntest.plain") || Has("i18ntest.none") {
		t.Error("Has is wrong")
	}
	if Match(language.MustParse("en-US")) != English || Match(language.MustParse("ja")) != Chinese {
		t.Error("Match is wrong")
	}
}

func BenchmarkSprintf(b *testing.B) {
	_ = Sprintf(Chinese, "i18ntest.plain") // the catalog is read once, before
	b.Run("i18n", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_ = Sprintf(Chinese, "i18ntest.total", "第1季", 13, 11)
		}
	})
	b.Run("fmt-peer", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_ = fmt.Sprintf("%s欄合計印為%d，各列加總為%d", "第1季", 13, 11)
		}
	})
}

var _ = Register(
	Message{Code: "i18ntest.signed", Chinese: "增減%+d，共%d筆，100%%", English: "change %+d, %d in all, 100%%"},
	Message{Code: "i18ntest.indexed", Chinese: "%[2]d之%[1]s", English: "%[1]s of %[2]d"},
)

func TestSprintfNumbers(t *testing.T) {
	tests := []struct {
		tag  language.Tag
		code string
		args []any
		want string
	}{
		{Chinese, "i18ntest.signed", []any{143, 2072}, "增減+143，共2,072筆，100%"},
		{English, "i18ntest.signed", []any{-1234567, int64(0)}, "change -1,234,567, 0 in all, 100%"},
		{Chinese, "i18ntest.indexed", []any{"第3條", 1008}, "1,008之第3條"},
		{English, "i18ntest.indexed", []any{"art. 3", 1008}, "art. 3 of 1,008"},
		{English, "i18ntest.total", []any{"Q1", "x", 3}, "Q1 column total: printed %!d(string=x), figures add up to 3"},
	}
	for _, tt := range tests {
		if got := Sprintf(tt.tag, tt.code, tt.args...); got != tt.want {
			t.Errorf("Sprintf(%v, %s) = %q, want %q", tt.tag, tt.code, got, tt.want)
		}
	}
}

func TestNumberWidth(t *testing.T) {
	if got := fmt.Sprintf("[%8d][%+d][%d]", Number(2963), Number(0), Number(-5)); got != "[   2,963][0][-5]" {
		t.Errorf("Number formats as %q", got)
	}
}

// fakeDay is a day as rocdate.Date gives it; the tests do not import
// rocdate, which may itself use this package.
type fakeDay struct{ y, m, d int }

func (f fakeDay) IsZero() bool      { return f == fakeDay{} }
func (f fakeDay) Year() int         { return f.y }
func (f fakeDay) Month() time.Month { return time.Month(f.m) }
func (f fakeDay) Day() int          { return f.d }

func TestDayText(t *testing.T) {
	tests := []struct {
		in     fakeDay
		zh, en string
	}{
		{fakeDay{111, 5, 19}, "111年5月19日", "2022-05-19"},
		{fakeDay{-1, 12, 31}, "民國前1年12月31日", "1911-12-31"},
		{fakeDay{1, 1, 1}, "1年1月1日", "1912-01-01"},
		{fakeDay{}, "", ""},
	}
	for _, tt := range tests {
		if zh, en := dayText(tt.in, false), dayText(tt.in, true); zh != tt.zh || en != tt.en {
			t.Errorf("dayText(%v) = %q, %q; want %q, %q", tt.in, zh, en, tt.zh, tt.en)
		}
	}
}

// Text writes what Sprintf writes for a message without arguments, and
// does not allocate for one without a verb.
func TestText(t *testing.T) {
	for _, tag := range []language.Tag{Chinese, English} {
		for _, code := range []string{"i18n.test.fixed", "i18n.test.percent", "i18n.test.unknown"} {
			if got, want := Text(tag, code), Sprintf(tag, code); got != want {
				t.Errorf("Text(%v, %s) = %q, Sprintf %q", tag, code, got, want)
			}
		}
	}
	if Text(English, "i18n.test.fixed") != "fixed" || Text(Chinese, "i18n.test.percent") != "百分之百：100%" {
		t.Errorf("Text = %q, %q", Text(English, "i18n.test.fixed"), Text(Chinese, "i18n.test.percent"))
	}
	if n := testing.AllocsPerRun(100, func() { _ = Text(Chinese, "i18n.test.fixed") }); n != 0 {
		t.Errorf("Text allocates %v times", n)
	}
}

func TestClip(t *testing.T) {
	for _, c := range []struct {
		in   string
		n    int
		want string
	}{
		{"甲乙丙", 3, "甲乙丙"}, {"甲乙丙丁", 3, "甲乙丙…"}, {"abc", 0, "…"}, {"", 0, ""}, {"ab\xffc", 3, "ab\xff…"},
	} {
		if got := Clip(c.in, c.n); got != c.want {
			t.Errorf("Clip(%q, %d) = %q, want %q", c.in, c.n, got, c.want)
		}
	}
}

var _ = Register(
	Message{Code: "i18n.test.fixed", Chinese: "固定", English: "fixed"},
	Message{Code: "i18n.test.percent", Chinese: "百分之百：100%%", English: "all: 100%%"},
)

var testEnum = Enum{Pkg: "i18nenum", Type: "ChangeKind", Names: []string{"", "新增", "刪除"}, IDs: []string{"", "added", "removed"}}

var _ = RegisterEnums(map[string]string{"i18nenum.change-kind.added": "added", "i18nenum.change-kind.removed": "removed"}, testEnum)

// An enum's labels are registered under pkg.kebab-type.id; a value
// without a label gives the fallback.
func TestEnum(t *testing.T) {
	tests := []struct {
		v        int
		code     string
		zh, en   string
		fallback string
	}{
		{1, "i18nenum.change-kind.added", "新增", "added", "x"},
		{2, "i18nenum.change-kind.removed", "刪除", "removed", "x"},
		{0, "", "", "", ""},
		{3, "", "ChangeKind(3)", "ChangeKind(3)", "ChangeKind(3)"},
		{-1, "", "?", "?", "?"},
	}
	for _, tt := range tests {
		if got := testEnum.Code(tt.v); got != tt.code {
			t.Errorf("Code(%d) = %q, want %q", tt.v, got, tt.code)
		}
		if got := testEnum.Label(Chinese, tt.v, tt.fallback); got != tt.zh {
			t.Errorf("Label(zh, %d) = %q, want %q", tt.v, got, tt.zh)
		}
		if got := testEnum.Label(English, tt.v, tt.fallback); got != tt.en {
			t.Errorf("Label(en, %d) = %q, want %q", tt.v, got, tt.en)
		}
	}
	if got := (Enum{Pkg: "p", Type: "Kind", Names: []string{"", "甲"}, IDs: []string{""}}).Code(1); got != "" {
		t.Errorf("Code of a value without an id = %q", got)
	}
}

// Enum codes: a zero value with a word has a label; a value beyond the
// ids has none; capitals A and Z start words.
func TestEnumBounds(t *testing.T) {
	e := Enum{Pkg: "p", Type: "ZipArea", Names: []string{"零", "一", "二"}, IDs: []string{"zero", "one"}}
	for v, want := range map[int]string{0: "p.zip-area.zero", 1: "p.zip-area.one", 2: "", 3: "", -1: ""} {
		if got := e.Code(v); got != want {
			t.Errorf("Code(%d) = %q, want %q", v, got, want)
		}
	}
	if got := (Enum{Pkg: "p", Type: "Kind", Names: []string{"", "一"}, IDs: []string{"", "one", "two"}}).Code(2); got != "" {
		t.Errorf("Code of a value beyond the words = %q", got)
	}
}

var _ = Load("# a comment\n\ni18nload.a\n\t甲%d\n\t a %d\n\r\ni18nload.b\r\n\t乙\r\n\tb\r\n")

func TestLoad(t *testing.T) {
	if got := Sprintf(English, "i18nload.a", 1000); got != " a 1,000" {
		t.Errorf("a in English = %q", got)
	}
	if got := Text(Chinese, "i18nload.b"); got != "乙" {
		t.Errorf("b in Chinese = %q", got)
	}
	for _, c := range []struct{ bad, line string }{
		{"\tno code\n", "line 1:"}, {"# c\nx.y\n\t只有中文\n", "line 4:"}, {"x y\n\t甲\n\ta\n", "line 1:"}, {"x.z\n甲\n\ta\n", "line 2:"},
	} {
		func() {
			defer func() {
				if r := recover(); r == nil || !strings.Contains(fmt.Sprint(r), c.line) {
					t.Errorf("Load(%q) panicked with %v, want one naming %s", c.bad, r, c.line)
				}
			}()
			Load(c.bad)
		}()
	}
}

var _ = Register(
	Message{Code: "i18nwhy.level", Chinese: "%[2]s後接%[1]s，次序不符", English: "%s after %s"},
	Message{Code: "i18nwhy.id", Chinese: "識別碼：%s", English: "ID: %s"},
	Message{Code: "i18nwhy.number", Chinese: "數字%d過大", English: "number %d too large"},
	Message{Code: "i18nwhy.day", Chinese: "基準日%v早於起日", English: "the reference day %v is before the start"},
) && RegisterValue("i18nwhy.day", func(s string) (any, bool) {
	if s == "2022-01-02" {
		return fakeDay{111, 1, 2}, true
	}
	return nil, false
})

func TestDetail(t *testing.T) {
	in := "第三款第二項"
	d := NewDetail("i18nwhy.level", "項", "款").WithAt(9)
	if got := d.English(); got != "項 after 款 at byte 9" {
		t.Errorf("English = %q", got)
	}
	if got := d.Message(Chinese, in); got != "款後接項，次序不符（第4字）" {
		t.Errorf("Message = %q", got)
	}
	if got := d.Message(Chinese, ""); got != "款後接項，次序不符" {
		t.Errorf("Message without the input = %q", got)
	}
	if got := d.Message(Chinese, "第三"); got != "款後接項，次序不符" {
		t.Errorf("Message past the input = %q", got)
	}
	// An offset at the input's end names the character after the last;
	// offset 0 the first.
	if got := d.Message(Chinese, "第三款"); got != "款後接項，次序不符（第4字）" {
		t.Errorf("offset at the end: %q", got)
	}
	if got := d.WithAt(0).Message(English, "第三款"); got != "項 after 款 (character 1)" {
		t.Errorf("offset 0: %q", got)
	}
	if off, ok := d.At(); !ok || off != 9 {
		t.Errorf("At = %d, %v", off, ok)
	}
	if _, ok := NewDetail("i18nwhy.id").At(); ok {
		t.Error("a detail without an offset has one")
	}
	n := NewDetail("i18nwhy.id", NewDetail("i18nwhy.number", 12345))
	if got := n.English(); got != "ID: number 12345 too large" {
		t.Errorf("nested English = %q", got)
	}
	if got := n.Message(Chinese, ""); got != "識別碼：數字12,345過大" {
		t.Errorf("nested Message = %q", got)
	}
	if got := (Detail{}).Message(Chinese, in) + (Detail{}).English(); got != "" || !(Detail{}).IsZero() || n.IsZero() {
		t.Errorf("zero detail = %q", got)
	}
	if got := NewDetail("i18nwhy.unknown", 1).English(); got != "i18nwhy.unknown 1" {
		t.Errorf("unknown code = %q", got)
	}
	day := NewDetail("i18nwhy.day", fakeDay{111, 1, 2})
	if got := day.English(); got != "the reference day 2022-01-02 is before the start" {
		t.Errorf("day English = %q", got)
	}
	for _, d := range []Detail{d, n, day, NewDetail("i18nwhy.number", 7).WithAt(0)} {
		b, err := json.Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		var back Detail
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("%s: %v", b, err)
		}
		if !reflect.DeepEqual(back, d) {
			t.Errorf("%s read back as %#v, want %#v", b, back, d)
		}
	}
	for _, bad := range []string{`{}`, `{"code":"i18nwhy.nothing"}`, `{"code":"i18nwhy.day","args":["x"]}`,
		`{"code":"i18nwhy.id","at":-1}`, `{"code":"i18nwhy.id","args":[{}]}`, `{"code":"i18nwhy.number","args":[1.5]}`, `[`} {
		var back Detail
		if err := json.Unmarshal([]byte(bad), &back); err == nil {
			t.Errorf("%s read without an error: %#v", bad, back)
		}
	}
}

// Fields are a Detail among an error's own JSON fields: they read back
// to the same Detail, and the zero Detail has none.
func TestFields(t *testing.T) {
	type errJSON struct {
		Func string `json:"func"`
		Fields
	}
	for _, d := range []Detail{
		NewDetail("i18nwhy.level", "項", "款").WithAt(9),
		NewDetail("i18nwhy.id", NewDetail("i18nwhy.number", 12345)),
		NewDetail("i18nwhy.day", fakeDay{111, 1, 2}),
	} {
		f, err := d.Fields()
		if err != nil {
			t.Fatal(err)
		}
		b, err := json.Marshal(errJSON{Func: "F", Fields: f})
		if err != nil {
			t.Fatal(err)
		}
		var j errJSON
		if err := json.Unmarshal(b, &j); err != nil {
			t.Fatal(err)
		}
		back, err := j.Detail()
		if err != nil || !reflect.DeepEqual(back, d) {
			t.Errorf("%s read back as %#v, %v; want %#v", b, back, err, d)
		}
	}
	f, err := Detail{}.Fields()
	b, _ := json.Marshal(errJSON{Func: "F", Fields: f})
	if err != nil || string(b) != `{"func":"F"}` {
		t.Errorf("zero Detail: %s, %v", b, err)
	}
	if d, err := (Fields{}).Detail(); err != nil || !d.IsZero() {
		t.Errorf("no fields read as %#v, %v", d, err)
	}
	if _, err := (Fields{DetailCode: "i18nwhy.nothing"}).Detail(); err == nil {
		t.Error("an unknown code read without an error")
	}
}

var _ = Register(Message{Code: "i18nquote.unexpected", Chinese: "有無法辨識之文字「%s」", English: "unexpected %q"})

func TestQuotedVerb(t *testing.T) {
	d := NewDetail("i18nquote.unexpected", "\"ab")
	if got := d.English(); got != `unexpected "\"ab"` {
		t.Errorf("English = %q", got)
	}
	if got := d.Message(Chinese, ""); got != "有無法辨識之文字「\"ab」" {
		t.Errorf("Chinese = %q", got)
	}
	if err := check(Message{Code: "x", Chinese: "%d", English: "%q"}); err == nil {
		t.Error("a quoted verb against a number passes the check")
	}
}

// Arity counts the arguments a message takes, by the highest index its
// verbs name; an unknown code has none.
func TestArity(t *testing.T) {
	for _, c := range []struct {
		code string
		n    int
		ok   bool
	}{{"i18nwhy.level", 2, true}, {"i18ntest.indexed", 2, true}, {"i18n.test.fixed", 0, true}, {"i18nwhy.id", 1, true}, {"i18n.nonesuch", 0, false}} {
		if n, ok := Arity(c.code); n != c.n || ok != c.ok {
			t.Errorf("Arity(%s) = %d, %v; want %d, %v", c.code, n, ok, c.n, c.ok)
		}
	}
}

func TestAppendKebab(t *testing.T) {
	for in, want := range map[string]string{"ChangeKind": "change-kind", "Rule": "rule", "": "", "LetterKind": "letter-kind", "ID": "i-d"} {
		if got := string(AppendKebab([]byte("x."), in)); got != "x."+want {
			t.Errorf("AppendKebab(%q) = %q, want x.%s", in, got, want)
		}
	}
}

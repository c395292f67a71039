package errtype

import (
	"errors"
	"testing"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/internal/i18n"
)

var testEnum = Enum[testPkg]{Type: "ChangeKind", Names: []string{"", "新增", "刪除"}, IDs: []string{"", "added", "removed"}}

var _ = i18n.Register(
	i18n.Message{Code: "errtype-test.range.enum", Chinese: "非有效之%s", English: "not a valid %s"},
	i18n.Message{Code: "errtype-test.change-kind.added", Chinese: "新增", English: "added"},
)

// An Enum writes and reads its words and ids, fails with the package's
// sentinels and code, and labels its values from the catalog.
func TestEnum(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want uint8
	}{{"新增", 1}, {" 刪除 ", 2}, {"ADDED", 1}, {"removed", 2}, {"", 0}} {
		if got, err := testEnum.Parse("ParseChangeKind", tt.in); got != tt.want || err != nil {
			t.Errorf("Parse(%q) = %d, %v; want %d", tt.in, got, err, tt.want)
		}
	}
	_, err := testEnum.Parse("ParseChangeKind", "修改")
	pe, ok := errors.AsType[*ParseError[testPkg]](err)
	if !ok || !errors.Is(err, errSyntax) || pe.DetailCode() != "errtype-test.range.enum" || pe.Func != "ParseChangeKind" ||
		pe.Message(finding.Chinese) != "「修改」無法解析：非有效之ChangeKind" {
		t.Errorf("Parse of a bad word: %v", err)
	}
	if b, err := testEnum.AppendText([]byte("x"), 2); string(b) != "x刪除" || err != nil {
		t.Errorf("AppendText = %q, %v", b, err)
	}
	if b, err := testEnum.AppendText([]byte("x"), 3); string(b) != "x" || !errors.Is(err, errRange) {
		t.Errorf("AppendText(3) = %q, %v", b, err)
	} else if pe, _ := errors.AsType[*ParseError[testPkg]](err); pe.Func != "ChangeKind.AppendText" || pe.Input != "3" {
		t.Errorf("AppendText(3) error = %#v", pe)
	}
	if !testEnum.Valid(2) || testEnum.Valid(3) || testEnum.Word(1) != "新增" || testEnum.Word(9) != "ChangeKind(9)" ||
		testEnum.ID(2) != "removed" || testEnum.ID(3) != "" {
		t.Error("Valid, Word or ID wrong")
	}
	if testEnum.Code(1) != "errtype-test.change-kind.added" || testEnum.Code(0) != "" {
		t.Errorf("Code = %q, %q", testEnum.Code(1), testEnum.Code(0))
	}
	if testEnum.Message(1, finding.English) != "added" || testEnum.Message(1, finding.Chinese) != "新增" || testEnum.Message(7, finding.English) != "ChangeKind(7)" {
		t.Errorf("Message = %q, %q", testEnum.Message(1, finding.English), testEnum.Message(7, finding.English))
	}
	// Fewer ids than words: the words without one are read by the word.
	short := Enum[testPkg]{Type: "Short", Names: []string{"", "甲", "乙"}, IDs: []string{""}}
	if v, err := short.Parse("ParseShort", "乙"); v != 2 || err != nil {
		t.Errorf("Parse(乙) = %d, %v", v, err)
	}
	if _, err := short.Parse("ParseShort", "丙"); !errors.Is(err, errSyntax) {
		t.Errorf("Parse(丙) = %v", err)
	}
	if l := testEnum.Label(); l.Pkg != "errtype-test" || l.Type != "ChangeKind" {
		t.Errorf("Label = %+v", l)
	}
}

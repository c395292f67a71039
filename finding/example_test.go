package finding_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/ogdtw/governance/finding"
	"golang.org/x/text/language"
)

// A severity is written as documents write it, and read from the Chinese
// word or its English id.
func ExampleParseSeverity() {
	s, err := finding.ParseSeverity("warning")
	fmt.Println(s, err)
	b, _ := json.Marshal(finding.Error)
	fmt.Println(string(b))
	_, err = finding.ParseSeverity("嚴重")
	fmt.Println(err, errors.Is(err, finding.ErrSyntax))
	// Output:
	// 警告 <nil>
	// "錯誤"
	// finding: parsing "嚴重": not a severity true
}

// A severity reads in either language.
func ExampleSeverity_Message() {
	fmt.Println(finding.Warning.Message(finding.Chinese), finding.Warning.Message(finding.English))
	fmt.Println(finding.Error.Message(language.MustParse("en-GB")), finding.Notice.Message(language.MustParse("zh-TW")))
	fmt.Printf("%q\n", finding.NoSeverity.Message(finding.English))
	// Output:
	// 警告 warning
	// error 注意
	// ""
}

// A finding's line begins with its severity.
func ExampleSeverity_Lead() {
	fmt.Println(finding.Error.Lead(finding.Chinese) + "合計列13件，惟各年度加總為11件")
	fmt.Println(finding.Notice.Lead(finding.English) + "not checkable")
	// Output:
	// 錯誤：合計列13件，惟各年度加總為11件
	// notice: not checkable
}

// A check whose data is absent is not failed: it could not be made.
func ExampleVerdict() {
	for _, v := range []finding.Verdict{finding.Passed, finding.Failed, finding.Unchecked} {
		fmt.Println(v, v.Message(finding.English))
	}
	v, err := finding.ParseVerdict("unchecked")
	fmt.Println(v, err)
	// Output:
	// 符合 passed
	// 不符 failed
	// 無法查核 not checkable
	// 無法查核 <nil>
}

// A report counts checks, not printed lines: a line that stands for the
// ten rules applied to a record adds ten, and a check whose data is
// absent is counted apart, never as passed.
func ExampleTally() {
	var t finding.Tally
	for _, v := range []finding.Verdict{finding.Passed, finding.Passed, finding.Failed, finding.Unchecked} {
		t = t.Add(v)
	}
	fmt.Println(t)
	fmt.Println(t.Message(finding.English))
	fmt.Println(t.Verdict())
	// Output:
	// 查核4項：符合2項，不符1項，無法查核1項
	// 4 checks: 2 passed, 1 failed, 1 not checkable
	// 不符
}

// rowCheck is a caller's own check result; any package's findings render
// the same way.
type rowCheck struct {
	row    int
	filled bool
}

func (c rowCheck) Head() finding.Head {
	if !c.filled {
		return finding.Head{Code: "demo.blank", Severity: finding.Error, Verdict: finding.Failed, Row: c.row, Column: "資料集名稱"}
	}
	return finding.Head{Code: "demo.blank", Verdict: finding.Passed, Row: c.row, Column: "資料集名稱"}
}

func (c rowCheck) Message(t language.Tag) string {
	if t == finding.English {
		return fmt.Sprintf("row %d: name given: %v", c.row, c.filled)
	}
	if c.filled {
		return fmt.Sprintf("第%d列「資料集名稱」欄：已填", c.row)
	}
	return fmt.Sprintf("第%d列「資料集名稱」欄：未填", c.row)
}

// Results of any package render with one call, as text for people or as
// JSON for a service.
func ExampleText() {
	rs := []rowCheck{{row: 2, filled: true}, {row: 3}}
	fmt.Print(finding.Text(finding.Chinese, rs))
	b, _ := finding.JSON(finding.Chinese, rs[1:])
	fmt.Println(string(b))
	// Output:
	// 符合　第2列「資料集名稱」欄：已填
	// 不符　第3列「資料集名稱」欄：未填
	// [{"code":"demo.blank","severity":"錯誤","verdict":"不符","row":3,"column":"資料集名稱","message":"第3列「資料集名稱」欄：未填"}]
}

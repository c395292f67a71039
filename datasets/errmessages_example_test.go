package datasets_test

import (
	"errors"
	"fmt"

	"github.com/ogdtw/governance/datasets"
	"github.com/ogdtw/governance/finding"
)

// A problem of an imported row reads in 公文 wording for an official and
// in English for a foreign auditor; Error stays English, for logs.
func ExampleRowError_Message() {
	_, err := datasets.ImportSeries([][]string{
		{"統計日期", "開放數量", "增加數量"},
		{"111/02/30", "2,963", "157"},
	})
	var ie *datasets.ImportError
	if errors.As(err, &ie) {
		fmt.Println(ie.Problems[0].Message(finding.Chinese))
		fmt.Println(ie.Problems[0].Message(finding.English))
	}
	_, err = datasets.ParseID("0")
	var pe *datasets.ParseError
	if errors.As(err, &pe) {
		fmt.Println(pe.Message(finding.Chinese))
	}
	// Output:
	// 第2列「統計日期」欄：「111/02/30」無法解析：111年2月無30日
	// row 2, column 統計日期: cannot read "111/02/30": day 30 out of range for 111年2月
	// 「0」無法解析：識別碼應介於1至999999999
}

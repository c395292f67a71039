package requests_test

import (
	"errors"
	"fmt"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/requests"
)

// A problem of an imported row reads in 公文 wording for an official and
// in English for a foreign auditor; Error stays English, for logs.
func ExampleRowError_Message() {
	_, err := requests.ImportRequests([][]string{
		{"編號", "收件日期", "類別"},
		{"A", "111年2月29日", "資料下載連結"},
	})
	var ie *requests.ImportError
	if errors.As(err, &ie) {
		fmt.Println(ie.Problems[0].Message(finding.Chinese))
		fmt.Println(ie.Problems[0].Message(finding.English))
		fmt.Println(ie.Message(finding.Chinese))
	}
	// Output:
	// 第2列「收件日期」欄：「111年2月29日」無法解析：111年2月無29日
	// row 2, column 收件日期: cannot read "111年2月29日": day 29 out of range for 111年2月
	// 共2項問題，首項為第2列「收件日期」欄：「111年2月29日」無法解析：111年2月無29日
}

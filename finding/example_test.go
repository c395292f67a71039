package finding_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/ogdtw/governance/finding"
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

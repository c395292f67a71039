package datasets_test

import (
	"fmt"

	"github.com/ogdtw/governance/datasets"
	"github.com/ogdtw/governance/rocdate"
)

// A register with a reorganised ministry answers for the day asked.
// The codes SAMPLE… are sample codes, not the real 機關代碼.
func ExampleRegister_Resolve() {
	reg, err := datasets.ImportAgencies([][]string{
		{"機關代碼", "機關名稱", "機關生效日期", "機關裁撤日期", "機關層級", "新機關代碼"},
		{"SAMPLE0001", "行政院農業委員會", "19840920", "20230801", "2", "SAMPLE0002"},
		{"SAMPLE0002", "農業部", "20230801", "", "2", ""},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, on := range []string{"112/07/31", "112/08/01"} {
		g, res := reg.Resolve("行政院農業委員會", rocdate.MustParse(on))
		fmt.Println(on, g.Name, res)
	}
	// Output:
	// 112/07/31 行政院農業委員會 已對應
	// 112/08/01 農業部 已對應
}

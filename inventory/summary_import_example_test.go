package inventory_test

import (
	"fmt"

	"github.com/ogdtw/governance/inventory"
)

// A printed 資料分級 table must add up: its 合計 is the sum of its classes.
func ExampleSummary_CheckTotal() {
	printed, err := inventory.ImportSummary([][]string{
		{"資料分級", "數量", "備註"},
		{"甲類 (開放資料)", "26", ""},
		{"乙類 (有限度利用資料)", "0", ""},
		{"丙類 (不開放資料)", "65", "《檔案法》第18條第2、5款\n《洗錢防制法》第13條第1項"},
		{"合計", "90", ""},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(printed.Laws, len(printed.Citations))
	for _, m := range printed.CheckTotal() {
		fmt.Println(m)
	}
	// Output:
	// [檔案法 洗錢防制法] 2
	// 錯誤：合計表列90，計算91
}

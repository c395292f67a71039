package inventory_test

import (
	"fmt"

	"github.com/ogdtw/governance/inventory"
)

// A number followed by 、 is list numbering only when the list goes on: in
// the first cell 一、 and 二、 number the items; in the second 108、109、
// join years and are kept.
func ExampleSplitItems() {
	fmt.Printf("%q\n", inventory.SplitItems("一、檢察統計(1.偵查、2.執行)\n二、矯正統計"))
	fmt.Printf("%q\n", inventory.SplitItems("108、109、110年度統計、一、二級單位名稱"))
	// Output:
	// ["檢察統計(1.偵查、2.執行)" "矯正統計"]
	// ["108、109、110年度統計" "一、二級單位名稱"]
}

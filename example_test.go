package governance_test

import (
	"fmt"

	"github.com/ogdtw/governance/rocdate"
)

// Example is the snippet of the package documentation.
func Example() {
	meeting := rocdate.MustParse("中華民國111年5月19日")
	fmt.Println(meeting.Format(rocdate.Dotted), meeting.Quarter().Prev())
	// Output:
	// 111.05.19 111年第1季
}

package lawdata_test

import (
	"fmt"

	"github.com/ogdtw/governance/internal/lawdata"
)

// A citation is checked against the version of its law in force on a
// date: 刑事訴訟法第245條 had 5 項 on 2022-05-19 and 7 after the amendment
// of 2024-07-31, which moved the text of 第3項 to 第5項.
func Example() {
	law, kind, _ := lawdata.Lookup("刑訴法")
	fmt.Println(law.Name(), law.PCode(), kind)
	old, _ := law.VersionOn(20220519)
	cur, _ := law.VersionOn(20241011)
	for _, v := range []lawdata.Version{old, cur} {
		art, _ := v.Find(lawdata.Path{Article: 245})
		fmt.Println(v.Date(), "第245條", art.NumChildren(), "項")
	}
	para, _ := old.Find(lawdata.Path{Article: 245, Para: 3})
	now, _ := cur.Locate(para.Fingerprint(), 1)
	fmt.Printf("第245條第3項 of %d is 第%d條第%d項 of %d\n", old.Date(), now.Article, now.Para, cur.Date())
	// Output:
	// 刑事訴訟法 C0010001 short
	// 20220218 第245條 5 項
	// 20240731 第245條 7 項
	// 第245條第3項 of 20220218 is 第245條第5項 of 20240731
}

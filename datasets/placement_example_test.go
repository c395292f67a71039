package datasets_test

import (
	"fmt"

	"github.com/ogdtw/governance/datasets"
	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/rocdate"
)

// exampleRegister is a SAMPLE register in the real format: real
// agencies' names, sample codes (SAMPLE…).
func exampleRegister() datasets.Register {
	reg, _ := datasets.ImportAgencies([][]string{
		{"機關代碼", "機關名稱", "主管機關代碼", "機關層級"},
		{"SAMPLE0003", "法務部", "", "2"},
		{"SAMPLE0004", "法務部矯正署", "SAMPLE0003", "3"},
		{"SAMPLE0005", "法務部矯正署臺北監獄", "SAMPLE0004", "4"},
		{"SAMPLE0008", "臺灣高等檢察署", "SAMPLE0003", "3"},
		{"SAMPLE0009", "臺灣臺北地方檢察署", "SAMPLE0008", "4"},
		{"A07000000E", "財政部", "", "2"},
	})
	return reg
}

// exampleNational is a SAMPLE national export: made-up datasets of real
// agencies.
func exampleNational(names ...string) datasets.Catalog {
	var ds []datasets.Dataset
	for i, name := range names {
		ds = append(ds, datasets.MustNewDataset(datasets.ID(i+1), fmt.Sprintf("範例資料集%d", i+1), datasets.MustParsePublisher(name)))
	}
	return datasets.MustNewCatalog(ds...)
}

// A prosecutors' office and a prison roll up to 法務部 through their
// parents: the export names only the agency.
func ExampleRegister_Place() {
	reg := exampleRegister()
	on := rocdate.MustParse("111年5月19日")
	for _, name := range []string{"臺灣臺北地方檢察署", "矯正署臺北監獄", "臺灣士林地方檢察署"} {
		p := reg.Place(name, on)
		fmt.Printf("%s: %s %s %s\n", name, p.Resolution, p.Third.Name, p.Ministry.Name)
	}
	// Output:
	// 臺灣臺北地方檢察署: 已對應 臺灣高等檢察署 法務部
	// 矯正署臺北監獄: 已對應 法務部矯正署 法務部
	// 臺灣士林地方檢察署: 未列名冊
}

// The claim 名列各部會第二 is checked only when every publisher of the
// export is placed: one the register does not know could change any rank.
func ExampleMinistryRanking_CheckClaim() {
	reg := exampleRegister()
	on := rocdate.MustParse("111年5月19日")
	claim, _ := datasets.ParseRankClaim("資料開放數量名列各部會第二")
	complete := exampleNational("財政部", "財政部", "財政部", "臺灣臺北地方檢察署", "法務部矯正署臺北監獄")
	r := reg.RankMinistries(complete, on, datasets.Executive)
	for _, e := range r.Ranked {
		fmt.Println(e.Rank, e.Name, e.Count)
	}
	fmt.Println(r.CheckClaim("法務部", claim))

	withUnknown := exampleNational("財政部", "財政部", "財政部", "臺灣臺北地方檢察署", "法務部矯正署臺北監獄", "臺灣士林地方檢察署")
	k := reg.RankMinistries(withUnknown, on, datasets.Executive).CheckClaim("法務部", claim)
	fmt.Println(k.Verdict == finding.Unchecked, k)
	// Output:
	// 1 財政部 3
	// 2 法務部 2
	// 資料開放數量名列各部會第二：依排名表，法務部資料集2筆，名列第2，相符
	// true 資料開放數量名列各部會第二：1個提供機關（資料集1筆）未能依機關名冊歸屬部會，排名未能確定，無法查核
}

// A ministry's table from the register, grouped by level, with the
// caller's 簡稱.
func ExampleRegister_BuildTable() {
	reg := exampleRegister()
	prev := exampleNational("法務部", "矯正署", "臺灣臺北地方檢察署")
	cur := exampleNational("法務部", "矯正署", "矯正署", "臺灣臺北地方檢察署", "臺灣高等檢察署")
	q2, _ := rocdate.ParseQuarter("111年第2季")
	tab, err := reg.BuildTable(prev, cur, datasets.AgencyTableOptions{Ministry: "法務部", Prev: q2.Prev().Prev(), Cur: q2,
		CurDate: rocdate.MustParse("111年5月19日"), Shorts: map[string]string{"臺灣高等檢察署": "臺高檢", "臺灣臺北地方檢察署": "臺北地檢"}})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(tab)
	// Output:
	// 層級      機關      110年第4季  111年第2季  增減  111.01.01 迄今
	// 本部      法務部             1           1     0               0
	//           小計               1           1     0               0
	// 三級機關  矯正署             1           2    +1              +1
	//           臺高檢             0           1    +1              +1
	//           小計               1           3    +2              +2
	// 四級機關  臺北地檢           1           1     0               0
	//           小計               1           1     0               0
	//           合計               3           5    +2              +2
}

package datasets_test

import (
	"fmt"

	"github.com/ogdtw/governance/datasets"
)

// inventoryHoldings is what a caller fills from inventory.Record values:
// the package does not import inventory.
func inventoryHoldings() []datasets.Holding {
	return []datasets.Holding{
		{Row: 3, No: 82, Name: "法務統計資料庫系統", Unit: "本部統計處", Class: "甲類", Datasets: []datasets.ID{1001}},
		{Row: 4, No: 83, Name: "矯正機關收容人統計", Unit: "矯正署", Class: "甲類", Due: quarter("111年第3季")},
		{Row: 5, No: 86, Name: "廉政業務管理系統", Unit: "廉政署", Class: "丙類",
			Grounds: "《政府資訊公開法》第18條第1項第1至7款\n《檔案法》第18條第2、5款"},
		{Row: 6, No: 90, Name: "偵查案件管理系統", Unit: "臺高檢", Class: "丙類", Grounds: "《刑事訴訟法》第245條第1、3項"},
		{Row: 7, No: 91, Name: "通訊監察管理系統", Unit: "檢察司", Class: "丙類"},
	}
}

// 第11點: every quarter the ministry publishes on data.gov.tw the review's
// result. The result counts the inventory's records per class and names
// the grounds of every 丙類 record; a 丙類 record that gives no grounds is
// counted but reported, for the platform asks for them.
func ExampleReview() {
	r, err := datasets.Review(quarter("111年第2季"), inventoryHoldings())
	for _, row := range r.Records() {
		fmt.Printf("%s | %s | %q\n", row[0], row[1], row[2])
	}
	fmt.Println(err)
	// Output:
	// 資料分級 | 數量 | "備註"
	// 甲類(開放資料) | 2 | ""
	// 乙類(有限度利用資料) | 0 | ""
	// 丙類(不開放資料) | 3 | "《政府資訊公開法》第18條第1項第1至7款\n《檔案法》第18條第2、5款\n《刑事訴訟法》第245條第1、3項"
	// 合計 | 5 | ""
	// datasets: 1 problem in the rows: row 7, column 未能開放之依據: missing value
}

// 第11點: with the result, the ministry explains why what cannot be opened
// is not opened (說明未能開放之依據): one line per 丙類 record with its
// citations. A record without grounds cannot be published so: it is left
// out of the list and reported, to be completed before the upload.
func ExampleUnopenableList() {
	us, err := datasets.UnopenableList(inventoryHoldings())
	for _, row := range datasets.UnopenableRecords(us) {
		fmt.Println(row)
	}
	fmt.Println(err)
	// Output:
	// [序號 管理單位 資料名稱 資料分類 未能開放之依據]
	// [86 廉政署 廉政業務管理系統 丙類(不開放資料) 《政府資訊公開法》第18條第1項第1至7款；《檔案法》第18條第2、5款]
	// [90 臺高檢 偵查案件管理系統 丙類(不開放資料) 《刑事訴訟法》第245條第1、3項]
	// datasets: 1 problem in the rows: row 7, column 未能開放之依據: missing value
}

// 第11點: and it updates the list of datasets planned for opening: every
// 甲類 or 乙類 record none of whose datasets is listed on the platform
// yet, with the quarter it is due, or 未定.
func ExamplePlannedList() {
	catalog := datasets.MustNewCatalog(datasets.MustNewDataset(1001, "法務統計", datasets.MustLookupPublisher("統計處")))
	hs := append(inventoryHoldings(), datasets.Holding{Row: 8, No: 92, Name: "行政執行案件統計", Unit: "行政執行署", Class: "乙類"})
	ps, err := datasets.PlannedList(hs, catalog)
	for _, row := range datasets.PlannedRecords(ps) {
		fmt.Println(row)
	}
	fmt.Println(err)
	// Output:
	// [序號 管理單位 資料名稱 資料分類 預計開放時間]
	// [83 矯正署 矯正機關收容人統計 甲類(開放資料) 111年第3季]
	// [92 行政執行署 行政執行案件統計 乙類(有限度利用資料) 未定]
	// <nil>
}

// A dataset of any agency is accepted; the ministry's own resolve to the
// publishers the package knows.
func ExampleParsePublisher() {
	for _, name := range []string{"經濟部水利署", "法務部矯正署", "台高檢", ""} {
		p, err := datasets.ParsePublisher(name)
		fmt.Printf("%q → %q own=%v group=%q %v\n", name, p.Name(), p.Own(), p.Group(), err)
	}
	// Output:
	// "經濟部水利署" → "經濟部水利署" own=false group="" <nil>
	// "法務部矯正署" → "矯正署" own=true group="所屬機關" <nil>
	// "台高檢" → "臺灣高等檢察署" own=true group="所屬機關" <nil>
	// "" → "" own=false group="" datasets: parsing "": no name
}

// A caller's table says which agency is under which; every agency rolls
// up to its ministry (部會). An agency the table does not list rolls up
// by its name.
func ExampleImportHierarchy() {
	h, err := datasets.ImportHierarchy([][]string{
		{"機關", "上級機關", "簡稱"},
		{"經濟部", "行政院", ""},
		{"經濟部水利署", "經濟部", "水利署"},
		{"經濟部水利署中區水資源分署", "經濟部水利署", "中水分署"},
	})
	for _, name := range []string{"中水分署", "經濟部能源署", "法務部矯正署臺中戒治所"} {
		p, _ := h.ParsePublisher(name)
		fmt.Println(name, "→", h.Ministry(p))
	}
	fmt.Println(err)
	// Output:
	// 中水分署 → 經濟部
	// 經濟部能源署 → 經濟部
	// 法務部矯正署臺中戒治所 → 法務部
	// <nil>
}

// The deck's claim 資料開放數量名列各部會第二 is checked against a national
// snapshot of the catalog: the open count of each ministry's agencies,
// ranked.
func ExampleRankMinistries() {
	var ds []datasets.Dataset
	add := func(agency string, n int) {
		p := datasets.MustParsePublisher(agency)
		for range n {
			ds = append(ds, datasets.MustNewDataset(datasets.ID(len(ds)+1), "資料集", p))
		}
	}
	add("經濟部水利署", 30)
	add("經濟部", 5)
	add("法務部矯正署", 20)
	add("法務部統計處", 9)
	add("內政部", 29)
	national := datasets.MustNewCatalog(ds...)
	ranked := datasets.RankMinistries(national, datasets.Hierarchy{})
	// Ties share a rank and are in stroke order: 內 (4 strokes) before 法.
	for _, r := range ranked {
		fmt.Println(r.Rank, r.Name, r.Count)
	}
	r, _ := datasets.RankOf(ranked, "法務部")
	fmt.Println("法務部名列各部會第二:", r == 2)
	// Output:
	// 1 經濟部 35
	// 2 內政部 29
	// 2 法務部 29
	// 法務部名列各部會第二: true
}

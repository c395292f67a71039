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

package inventory_test

import (
	"fmt"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/inventory"
	"github.com/ogdtw/governance/rocdate"
)

// A problem reads in Chinese for an official (String is its Chinese
// message) and in English for a foreign auditor; names and citations stay
// as the inventory writes them, dates follow the language.
func ExampleProblem_Message() {
	inv := inventory.Inventory{Date: rocdate.MustParse("111年5月19日"), Records: []inventory.Record{
		{Row: 5, Serial: 86, Name: "廉政業務管理系統", Unit: "廉政署", Class: inventory.Closed,
			Grounds: inventory.NewGrounds("《刑事訴訟法》第999條", "第三款第二項")},
	}}
	for _, p := range inv.Validate() {
		fmt.Println(p.Message(finding.Chinese))
		fmt.Println(p.Message(finding.English))
	}
	// Output:
	// 錯誤：序號86「廉政業務管理系統」 法令依據應可解析：法令依據「第三款第二項」無法解析：款後接項，次序不符（第4字）
	// error: serial 86 廉政業務管理系統 [every legal ground can be read]: the legal ground 第三款第二項 cannot be read: 項 after 款 (character 4)
	// 錯誤：序號86「廉政業務管理系統」 引用條文應存在：刑事訴訟法（111年2月18日修正公布）無第999條
	// error: serial 86 廉政業務管理系統 [a cited provision exists]: 第999條 does not exist in 刑事訴訟法 as amended on 2022-02-18
}

// A printed summary's wrong figure, in both languages, with the figures
// grouped.
func ExampleMismatch_Message() {
	printed := inventory.Summary{Open: 1200, Closed: 1763, Total: 2964}
	for _, m := range printed.CheckTotal() {
		fmt.Println(m)
		fmt.Println(m.Message(finding.English))
	}
	// Output:
	// 錯誤：合計表列2,964，計算2,963
	// error: total: printed 2,964, the printed figures add up to 2,963
}

// A change told as the 修正說明 column would (Note, in Chinese) and in
// English.
func ExampleChange_NoteMessage() {
	old := inventory.Inventory{Records: []inventory.Record{{Serial: 86, Name: "廉政業務管理系統", Unit: "本部資訊處", Class: inventory.Limited}}}
	cur := inventory.Inventory{Records: []inventory.Record{{Serial: 86, Name: "廉政業務管理系統", Unit: "廉政署", Class: inventory.Closed}}}
	for _, c := range inventory.Diff(old, cur) {
		fmt.Println(c)
		fmt.Println(c.Message(finding.English))
	}
	// Output:
	// 序號86「廉政業務管理系統」：將資料分類由乙類改為丙類。將管理單位由本部資訊處改為廉政署。
	// serial 86, 廉政業務管理系統: Class changed from Class B to Class C. Managing unit changed from 本部資訊處 to 廉政署.
}

package inventory_test

import (
	"errors"
	"fmt"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/inventory"
	"github.com/ogdtw/governance/rocdate"
)

// validate prints the problems Validate finds in an edition of the given
// records, dated on the deck's meeting day.
func validate(recs ...inventory.Record) {
	inv := inventory.Inventory{Date: rocdate.MustParse("111年5月19日"), Records: recs}
	probs := inv.Validate()
	if len(probs) == 0 {
		fmt.Println("no problems")
	}
	for _, p := range probs {
		fmt.Println(p.String())
	}
}

// A 丙類 record keeps its data closed, so it must name the law that does so.
func ExampleInventory_Validate_closedNeedsGrounds() {
	validate(inventory.Record{Serial: 86, Name: "廉政業務管理系統", Class: inventory.Closed, Unit: "廉政署"})
	// Output:
	// 錯誤：序號86「廉政業務管理系統」 丙類應有法令依據：丙類不開放資料未列法令依據
}

// A 乙類 record is open to limited use: it names its legal grounds and says
// who may apply and how.
func ExampleInventory_Validate_limitedNeedsGroundsAndConditions() {
	validate(
		inventory.Record{Serial: 1, Name: "更生保護資料庫", Class: inventory.Limited, Unit: "保護司"},
		inventory.Record{Serial: 2, Name: "矯正統計資料庫", Class: inventory.Limited, Unit: "矯正署",
			Grounds: inventory.NewGrounds("《個人資料保護法》第16條"), Conditions: "學術研究機構以書面申請，經核准後於本署提供之環境使用"},
	)
	// Output:
	// 錯誤：序號1「更生保護資料庫」 乙類應有法令依據：乙類有限度利用資料未列法令依據
	// 錯誤：序號1「更生保護資料庫」 乙類應有利用條件：未說明申請對象及方式
}

// A 甲類 record is open data: a ground that restricts it contradicts its
// class.
func ExampleInventory_Validate_openCarriesNoGrounds() {
	validate(inventory.Record{Serial: 82, Name: "法務統計資料庫系統", Class: inventory.Open, Unit: "本部統計處",
		Grounds: inventory.NewGrounds("《檔案法》第18條第2、5款")})
	// Output:
	// 錯誤：序號82「法務統計資料庫系統」 甲類不得有限制依據：甲類開放資料列有限制依據
}

// Every record names its system and its managing unit, and is classified.
func ExampleInventory_Validate_requiredFields() {
	validate(inventory.Record{Serial: 5})
	// Output:
	// 錯誤：序號5 應有系統、資料庫名稱：未填系統、資料庫名稱
	// 錯誤：序號5 應有管理單位：未填管理單位
	// 錯誤：序號5 應有資料分類：未填資料分類
}

// 序號 identify records: each is given and none repeats.
func ExampleInventory_Validate_uniqueSerials() {
	validate(
		inventory.Record{Serial: 7, Name: "甲系統", Class: inventory.Open, Unit: "統計處"},
		inventory.Record{Serial: 7, Name: "乙系統", Class: inventory.Open, Unit: "統計處"},
		inventory.Record{Name: "丙系統", Class: inventory.Open, Unit: "統計處"},
	)
	// Output:
	// 錯誤：序號7「乙系統」 序號不得重複：與第1筆「甲系統」重複
	// 錯誤：序號0「丙系統」 應有序號：序號為0
}

// A ground must be a citation that can be read: here 第三款第二項 puts the
// levels out of order.
func ExampleInventory_Validate_groundsParse() {
	validate(inventory.Record{Serial: 9, Name: "偵查案件系統", Class: inventory.Closed, Unit: "檢察司",
		Grounds: inventory.NewGrounds("《刑事訴訟法》第245條第3項", "《政府資訊公開法》第18條第三款第二項")})
	// Output:
	// 錯誤：序號9「偵查案件系統」 法令依據應可解析：法令依據「《政府資訊公開法》第18條第三款第二項」無法解析：款後接項，次序不符（第17字）
}

// A 法令依據 cell is split into grounds and each is parsed once; the
// checks read the citations kept with the record.
func ExampleParseGrounds() {
	for _, g := range inventory.ParseGrounds("• 《刑事訴訟法》第245條第1、3項\n• 《檔案法》第18條第5至2款") {
		fmt.Println(g.Text, len(g.Citations), g.Err)
	}
	// Output:
	// 《刑事訴訟法》第245條第1、3項 1 <nil>
	// 《檔案法》第18條第5至2款 0 law: parsing "《檔案法》第18條第5至2款": descending range 5至2 at byte 26
}

// Checks answer for their day: 刑事訴訟法第245條第3項 was amended on
// 113年7月31日, after the deck's meeting, which is no fault of an inventory
// of 111年5月19日. Later lists it apart, as 報告日後之法規異動.
func ExampleChecker_Later() {
	inv := inventory.Inventory{Date: rocdate.MustParse("111年5月19日"), Records: []inventory.Record{
		{Serial: 9, Name: "偵查案件系統", Class: inventory.Closed, Unit: "檢察司", Grounds: inventory.NewGrounds("《刑事訴訟法》第245條第3項")},
	}}
	var k inventory.Checker // law.Default(), as of the inventory's date
	fmt.Println(len(k.Validate(inv)), "problems")
	for _, p := range k.Later(inv) {
		fmt.Println(p.Code, p.Statute.Date)
		fmt.Println(p)
	}
	// Output:
	// 0 problems
	// law.later-amendment 113年7月31日
	// 注意：序號9「偵查案件系統」 報告日後之法規異動：嗣後修正：刑事訴訟法第245條第3項：113年7月31日修正公布，該項移列為第5項，文字未修正
}

// A check on a day after the registry's data date says once that the
// statutes are known only up to that date.
func ExampleChecker_Validate() {
	inv := inventory.Inventory{Date: rocdate.MustParse("111年5月19日"), Records: []inventory.Record{
		{Serial: 2, Name: "廉政業務管理系統", Class: inventory.Closed, Unit: "廉政署", Grounds: inventory.NewGrounds("《洗錢防制法》第13條第1項", "《檔案法》第18條第8款")},
	}}
	k := inventory.Checker{Day: rocdate.MustParse("115年1月5日")}
	for _, p := range k.Validate(inv) {
		fmt.Println(p.Code)
		fmt.Println(p)
	}
	// Output:
	// law.data-date
	// 注意：引用法規應可查知：法規資料更新至113年10月11日，113年10月12日至115年1月5日之法規異動無法查核
	// law.provision-missing
	// 錯誤：序號2「廉政業務管理系統」 引用條文應存在：檔案法（97年7月2日修正公布）無第18條第8款
}

// Laws are compared by identity: a law cited by its short or former name
// is the same law.
func ExampleChecker_Summarize() {
	inv := inventory.Inventory{Records: []inventory.Record{
		{Serial: 1, Name: "甲", Class: inventory.Closed, Unit: "資訊處", Grounds: inventory.NewGrounds("個資法第16條")},
		{Serial: 2, Name: "乙", Class: inventory.Closed, Unit: "資訊處", Grounds: inventory.NewGrounds("個人資料保護法第20條")},
		{Serial: 3, Name: "丙", Class: inventory.Closed, Unit: "資訊處", Grounds: inventory.NewGrounds("電腦處理個人資料保護法第8條")},
	}}
	var k inventory.Checker
	s := k.Summarize(inv)
	fmt.Println(s.Laws)
	printed := inventory.Summary{Closed: 3, Total: 3, Laws: []string{"《個人資料保護法》"}}
	fmt.Println(len(k.CheckSummary(printed, inv)), "mismatches")
	// Output:
	// [個資法]
	// 0 mismatches
}

func ExampleParseClass() {
	for _, s := range []string{"甲類", "乙類：有限度利用資料", "丙", "不開放資料"} {
		c, _ := inventory.ParseClass(s)
		fmt.Println(c, c.Label())
	}
	// Output:
	// 甲類 開放資料
	// 乙類 有限度利用資料
	// 丙類 不開放資料
	// 丙類 不開放資料
}

// A printed 資料分級 table is checked against the records: each wrong figure
// is named with what was printed and what the records give.
func ExampleCheckSummary() {
	inv := inventory.Inventory{Records: []inventory.Record{
		{Serial: 1, Name: "法務統計資料庫系統", Class: inventory.Open, Unit: "本部統計處"},
		{Serial: 2, Name: "廉政業務管理系統", Class: inventory.Closed, Unit: "廉政署", Grounds: inventory.NewGrounds("《洗錢防制法》第13條第1項")},
	}}
	fmt.Print(inventory.Summarize(inv))
	printed := inventory.Summary{Open: 2, Closed: 1, Total: 3, Laws: []string{"洗錢防制法"}}
	for _, m := range inventory.CheckSummary(printed, inv) {
		fmt.Println(m)
	}
	// Output:
	// 資料分級               數量  備註
	// 甲類 (開放資料)           1
	// 乙類 (有限度利用資料)     0
	// 丙類 (不開放資料)         1  《洗錢防制法》第13條第1項
	// 合計                      2
	// 錯誤：甲類表列2，計算1
	// 錯誤：合計表列3，計算2
}

// Diff writes what the 修正說明 column says by hand: the deck's record 86
// moved from 本部資訊處 to 廉政署.
func ExampleDiff() {
	rec := inventory.Record{Serial: 86, Name: "廉政業務管理系統", Class: inventory.Closed, Unit: "本部資訊處",
		Grounds: inventory.NewGrounds("《洗錢防制法》第13條第1項")}
	old := inventory.Inventory{Date: rocdate.MustParse("110年12月10日"), Records: []inventory.Record{rec}}
	rec.Unit = "廉政署"
	next := inventory.Inventory{Date: rocdate.MustParse("111年5月19日"), Records: []inventory.Record{rec}}
	fmt.Print(inventory.Diff(old, next))
	// Output:
	// 序號86「廉政業務管理系統」：將管理單位由本部資訊處改為廉政署。
}

// ImportRecords finds the header wherever it is and keeps every good row;
// a bad row is reported with its number, column and cell, and each record
// keeps its source row.
func ExampleImportRecords() {
	rows := [][]string{
		{"本部及所屬機關資料盤點表"},
		{"序號", "系統、資料庫名稱", "資料分類\n甲類:開放資料\n乙類:有限度利用資料\n丙類:不開放資料", "管理單位", "法令依據"},
		{"82", "法務統計資料庫系統", "甲類", "本部統計處", ""},
		{"83", "某系統", "丁類", "資訊處", ""},
		{"86", "廉政業務管理系統", "丙類", "廉政署", "《洗錢防制法》第13條第1項"},
	}
	recs, err := inventory.ImportRecords(rows)
	for _, r := range recs {
		fmt.Println(r.Row, r.Serial, r.Name, r.Class, r.Grounds)
	}
	var ie *inventory.ImportError
	if errors.As(err, &ie) {
		for _, p := range ie.Problems {
			fmt.Println(p.Row, p.Input, p.Code(), errors.Is(err, inventory.ErrSyntax))
			fmt.Println(p.Err)
		}
	}
	// Output:
	// 3 82 法務統計資料庫系統 甲類 []
	// 5 86 廉政業務管理系統 丙類 [《洗錢防制法》第13條第1項]
	// 4 丁類 inventory.syntax true
	// inventory: parsing "丁類": not 甲類, 乙類 or 丙類
}

// CheckNotes reads each change between two editions against the 修正說明
// the new edition prints, and says which notes tell their change and which
// do not.
func ExampleCheckNotes() {
	prev := inventory.Inventory{Records: []inventory.Record{
		{Serial: 86, Name: "廉政業務管理系統", Class: inventory.Closed, Unit: "本部資訊處"},
		{Serial: 87, Name: "肅貪案件系統", Class: inventory.Closed, Unit: "本部資訊處"},
		{Serial: 88, Name: "政風系統", Class: inventory.Closed, Unit: "本部資訊處"},
	}}
	cur := inventory.Inventory{Records: []inventory.Record{
		{Row: 4, Serial: 86, Name: "廉政業務管理系統", Class: inventory.Closed, Unit: "廉政署",
			Note: "配合業務異動，故將管理單位由本部資訊處改為廉政署。(如紅字標示處)"},
		{Row: 5, Serial: 87, Name: "肅貪案件系統", Class: inventory.Closed, Unit: "廉政署"},
		{Row: 6, Serial: 88, Name: "政風系統", Class: inventory.Closed, Unit: "廉政署", Note: "酌修文字。"},
	}}
	for _, n := range inventory.CheckNotes(prev, cur) {
		fmt.Println(n.Passed(), n.Code, n.Row)
		fmt.Println(n)
	}
	// Output:
	// true inventory.note-matches 4
	// 序號86「廉政業務管理系統」：將管理單位由本部資訊處改為廉政署。（修正說明相符）
	// false inventory.note-missing 5
	// 錯誤：序號87「肅貪案件系統」：將管理單位由本部資訊處改為廉政署。（未填修正說明）
	// false inventory.note-differs 6
	// 警告：序號88「政風系統」：將管理單位由本部資訊處改為廉政署。（修正說明為「酌修文字。」，未載明此項修正）
}

// Records gives the cells of the 資料分級 table as the deck prints it, so a
// report renders them without knowing the layout.
func ExampleSummary_Records() {
	s, err := inventory.ImportSummary([][]string{
		{"資料分級", "數量", "備註"},
		{"甲類 (開放資料)", "26", ""},
		{"乙類 (有限度利用資料)", "0", ""},
		{"丙類 (不開放資料)", "65", "《檔案法》第18條第2、5款\n《洗錢防制法》第13條第1項"},
		{"合計", "91", ""},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, row := range s.Records() {
		fmt.Printf("%q\n", row)
	}
	// Output:
	// ["資料分級" "數量" "備註"]
	// ["甲類 (開放資料)" "26" ""]
	// ["乙類 (有限度利用資料)" "0" ""]
	// ["丙類 (不開放資料)" "65" "《檔案法》第18條第2、5款"]
	// ["" "" "《洗錢防制法》第13條第1項"]
	// ["合計" "91" ""]
}

// Data that is absent is unknown, not missing: the deck's record excerpt
// has no 法令依據 column, so record 86 (丙類) is not faulted for lacking
// grounds; the rules that read them could not be checked. Record 82
// (甲類) must carry no restricting ground, which cannot be seen either.
func ExampleInventory_Unchecked() {
	rows := [][]string{
		{"序號", "系統、資料庫名稱", "資料分類", "管理單位", "修正說明"},
		{"82", "法務統計資料庫系統", "甲類", "本部統計處", "酌修機關名稱"},
		{"86", "廉政業務管理系統", "丙類", "廉政署", "將管理單位由本部資訊處改為廉政署。"},
	}
	recs, err := inventory.ImportRecords(rows)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(recs[1].Unknown)
	inv := inventory.Inventory{Date: rocdate.MustParse("111年5月19日"), Records: recs}
	fmt.Println(len(inv.Validate()), "problems")
	for _, u := range inv.Unchecked() {
		fmt.Println(u.Verdict(), u.Code, u.Rule.ID(), u.Field)
		fmt.Println(u)
	}
	// A 法令依據 column with an empty cell says the record has no grounds.
	rows[0] = append(rows[0], "法令依據")
	recs, _ = inventory.ImportRecords(rows)
	inv.Records = recs
	for _, p := range inv.Validate() {
		fmt.Println(p)
	}
	// Output:
	// 「系統、資料庫描述」、「蒐集資料項目」、「法令依據」、「利用條件」
	// 0 problems
	// 無法查核 inventory.unchecked open-has-grounds 法令依據
	// 序號82「法務統計資料庫系統」 甲類不得有限制依據：所據盤點表未列「法令依據」欄，無法查核
	// 無法查核 inventory.unchecked closed-needs-grounds 法令依據
	// 序號86「廉政業務管理系統」 丙類應有法令依據：所據盤點表未列「法令依據」欄，無法查核
	// 錯誤：序號86「廉政業務管理系統」 丙類應有法令依據：丙類不開放資料未列法令依據
}

// Check says of every check (one rule, one record) whether it passed,
// failed or could not be made, so that a report counts 符合, 不符 and
// 無法查核 without knowing the rules.
func ExampleChecker_Check() {
	inv := inventory.Inventory{Date: rocdate.MustParse("111年5月19日"), Records: []inventory.Record{
		{Row: 2, Serial: 82, Name: "法務統計資料庫系統", Class: inventory.Open, Unit: "本部統計處",
			Unknown: inventory.FieldsOf(inventory.FieldGrounds)},
		{Row: 3, Serial: 86, Name: "廉政業務管理系統", Class: inventory.Closed, Unit: ""},
	}}
	var k inventory.Checker // law.Default(), as of the inventory's date
	res := k.Check(inv)
	for _, p := range res.Problems {
		fmt.Println(p)
	}
	fmt.Println(len(res.Unchecked), "unchecked")
	fmt.Println(res)
	fmt.Println(res.Message(finding.English))
	// Output:
	// 錯誤：序號86「廉政業務管理系統」 應有管理單位：未填管理單位
	// 錯誤：序號86「廉政業務管理系統」 丙類應有法令依據：丙類不開放資料未列法令依據
	// 1 unchecked
	// 查核12項：符合9項，不符2項，無法查核1項
	// 12 checks: 9 passed, 2 failed, 1 not checkable
}

// A word for none in 法令依據 is no ground: a 甲類 record with 「無」 draws
// no problem, a 丙類 one the problem of a blank cell.
func ExampleNoneWord() {
	fmt.Println(inventory.NoneWord("「無」"), inventory.NoneWord("Ｎ／Ａ"), inventory.NoneWord("不適用"), inventory.NoneWord("無償申請"))
	inv := inventory.Inventory{Date: rocdate.MustParse("111年5月19日"), Records: []inventory.Record{
		{Row: 2, Serial: 1, Name: "法務統計資料庫系統", Unit: "統計處", Class: inventory.Open, Grounds: inventory.ParseGrounds("「無」")},
		{Row: 3, Serial: 2, Name: "更生保護系統", Unit: "保護司", Class: inventory.Closed, Grounds: inventory.ParseGrounds("N/A")},
	}}
	for _, p := range inv.Validate() {
		fmt.Println(p)
	}
	// Output:
	// true true true false
	// 錯誤：序號2「更生保護系統」 丙類應有法令依據：丙類不開放資料未列法令依據
}

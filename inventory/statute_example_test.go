package inventory_test

import (
	"fmt"
	"strconv"

	"github.com/ogdtw/governance/inventory"
	"github.com/ogdtw/governance/rocdate"
)

// A citation may name a statute by its official name, a short name, or a
// name that leaves out its first words; the last is accepted but should
// be corrected. The deck cites 涉及國家安全或重大利益公務人員特殊查核辦法
// without 涉及.
func ExampleLookupStatute() {
	for _, name := range []string{"刑事訴訟法", "刑訴法", "國家安全或重大利益公務人員特殊查核辦法", "民法"} {
		s, m := inventory.LookupStatute(name)
		fmt.Printf("%s: %s (%s)\n", name, s.Name(), m)
	}
	// Output:
	// 刑事訴訟法: 刑事訴訟法 (正式名稱)
	// 刑訴法: 刑事訴訟法 (簡稱)
	// 國家安全或重大利益公務人員特殊查核辦法: 涉及國家安全或重大利益公務人員特殊查核辦法 (名稱不全)
	// 民法:  (查無)
}

// A citation is read against the version of the law in force on the
// inventory's date: 刑事訴訟法第245條 had 5 項 on the meeting day and 7
// after its amendment of 113年7月31日.
func ExampleStatute_VersionOn() {
	s, _ := inventory.LookupStatute("刑事訴訟法")
	art := inventory.Provision{Article: 245}
	for _, on := range []string{"111年5月19日", "113年10月11日"} {
		v, _ := s.VersionOn(rocdate.MustParse(on))
		n, _ := v.Children(art)
		fmt.Printf("%s: %s, %s有%d項\n", on, v, art, n)
	}
	// Output:
	// 111年5月19日: 刑事訴訟法（111年2月18日修正）, 第245條有5項
	// 113年10月11日: 刑事訴訟法（113年7月31日修正）, 第245條有7項
}

// An amendment after the inventory's date may leave a citation pointing at
// other words: the deck's 刑事訴訟法第245條第3項 (the confidentiality of
// investigations) is 第5項 since 113年7月31日.
func ExampleStatute_Amendments() {
	s, _ := inventory.LookupStatute("刑訴法")
	since := rocdate.MustParse("111年5月19日")
	for _, p := range []inventory.Provision{{Article: 245, Paragraph: 1}, {Article: 245, Paragraph: 3}} {
		as := s.Amendments(p, since)
		if len(as) == 0 {
			fmt.Printf("%s: 未修正\n", p)
		}
		for _, a := range as {
			fmt.Println(a)
		}
	}
	// Output:
	// 第245條第1項: 未修正
	// 刑事訴訟法第245條第3項於113年7月31日修正：文字修正，原條文移至第245條第5項
}

// A provision must exist in the version in force: 第245條第7項 did not on
// the meeting day.
func ExampleStatuteVersion_Has() {
	s, _ := inventory.LookupStatute("刑事訴訟法")
	p := inventory.Provision{Article: 245, Paragraph: 7}
	for _, on := range []string{"111年5月19日", "113年10月11日"} {
		v, _ := s.VersionOn(rocdate.MustParse(on))
		fmt.Println(v, p, v.Has(p))
	}
	// Output:
	// 刑事訴訟法（111年2月18日修正） 第245條第7項 false
	// 刑事訴訟法（113年7月31日修正） 第245條第7項 true
}

// The deck's inventory, read on the meeting day, cites provisions that all
// exist, so Validate finds no error; it adds what a later reader should
// know: two cited provisions were rewritten on 113年7月31日, and one law is
// cited by an incomplete name.
func ExampleInventory_CheckStatutes() {
	grounds := []string{
		"《政府資訊公開法》第18條第1項第1至7款",
		"《刑事訴訟法》第245條第1、3項",
		"《檔案法》第18條第2、5款",
		"《通訊保障及監察法》第11條第3項及第18條第1項",
		"《國家安全或重大利益公務人員特殊查核辦法》第4、10條規定",
		"《洗錢防制法》第13條第1項",
	}
	inv := inventory.Inventory{Date: rocdate.MustParse("111年5月19日")}
	for i, g := range grounds {
		inv.Records = append(inv.Records, inventory.Record{
			Serial: 60 + i, Name: "系統" + strconv.Itoa(60+i), Class: inventory.Closed, Unit: "資訊處", Grounds: []string{g},
		})
	}
	for _, p := range inv.Validate() {
		fmt.Println(p.String())
	}
	// Output:
	// 警告 序號61「系統61」 引用條文已修正：刑事訴訟法第245條第3項於113年7月31日修正：文字修正，原條文移至第245條第5項
	// 注意 序號64「系統64」 引用法規應可查知：法規名稱「國家安全或重大利益公務人員特殊查核辦法」不全，應為「涉及國家安全或重大利益公務人員特殊查核辦法」
	// 警告 序號65「系統65」 引用條文已修正：洗錢防制法第13條第1項於113年7月31日修正：文字修正
}

// A ground citing a provision that the law did not have on the
// inventory's date is an error of the 盤點表: 刑事訴訟法第245條 had 5 項
// until 113年7月31日.
func ExampleInventory_Validate_provisionExists() {
	inv := inventory.Inventory{
		Date: rocdate.MustParse("111年5月19日"),
		Records: []inventory.Record{{
			Serial: 7, Name: "偵查案件系統", Class: inventory.Closed, Unit: "檢察司",
			Grounds: []string{"《刑事訴訟法》第245條第7項"},
		}},
	}
	for _, p := range inv.Validate() {
		fmt.Println(p.String())
	}
	// Output:
	// 錯誤 序號7「偵查案件系統」 引用條文應存在：刑事訴訟法（111年2月18日修正）無第245條第7項
}

// A printed summary cites laws without records: CheckCitation reads one
// citation as of a day.
func ExampleCheckCitation() {
	c := inventory.MustParseCitation("《刑事訴訟法》第245條第1、3項")
	for _, on := range []string{"111年5月19日", "113年10月11日"} {
		problems := inventory.CheckCitation(c, rocdate.MustParse(on))
		fmt.Println(on, len(problems))
		for _, p := range problems {
			fmt.Println(p)
		}
	}
	// Output:
	// 111年5月19日 1
	// 警告 《刑事訴訟法》第245條第1、3項 引用條文已修正：刑事訴訟法第245條第3項於113年7月31日修正：文字修正，原條文移至第245條第5項
	// 113年10月11日 0
}

package law_test

import (
	"errors"
	"fmt"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/inventory/law"
	"github.com/ogdtw/governance/rocdate"
)

// A citation may name a statute by its official name, a short name, or a
// name that leaves out its first words; the last is accepted but should
// be corrected. The deck cites 涉及國家安全或重大利益公務人員特殊查核辦法
// without 涉及.
func ExampleRegistry_Lookup() {
	for _, name := range []string{"刑事訴訟法", "刑訴法", "國家安全或重大利益公務人員特殊查核辦法", "民法"} {
		s, m := law.Default().Lookup(name)
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
	s, _ := law.Default().Lookup("刑事訴訟法")
	art := law.Provision{Article: 245}
	for _, on := range []string{"111年5月19日", "113年10月11日"} {
		v, _ := s.VersionOn(rocdate.MustParse(on))
		n, _ := v.Children(art)
		fmt.Printf("%s: %s, %s有%d項\n", on, v, art, n)
	}
	// Output:
	// 111年5月19日: 刑事訴訟法（111年2月18日修正公布）, 第245條有5項
	// 113年10月11日: 刑事訴訟法（113年7月31日修正公布）, 第245條有7項
}

// An amendment after the inventory's date may leave a citation pointing at
// other words: the deck's 刑事訴訟法第245條第3項 (the confidentiality of
// investigations) is 第5項 since 113年7月31日.
func ExampleStatute_Amendments() {
	s, _ := law.Default().Lookup("刑訴法")
	since := rocdate.MustParse("111年5月19日")
	for _, p := range []law.Provision{{Article: 245, Paragraph: 1}, {Article: 245, Paragraph: 3}} {
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
	s, _ := law.Default().Lookup("刑事訴訟法")
	p := law.Provision{Article: 245, Paragraph: 7}
	for _, on := range []string{"111年5月19日", "113年10月11日"} {
		v, _ := s.VersionOn(rocdate.MustParse(on))
		fmt.Println(v, p, v.Has(p))
	}
	// Output:
	// 刑事訴訟法（111年2月18日修正公布） 第245條第7項 false
	// 刑事訴訟法（113年7月31日修正公布） 第245條第7項 true
}

// A printed summary cites laws without records: CheckCitation reads one
// citation as of a day.
func ExampleCheckCitation() {
	c := law.MustParseCitation("《刑事訴訟法》第245條第1、3項")
	for _, on := range []string{"111年5月19日", "115年12月1日"} {
		findings := law.CheckCitation(c, rocdate.MustParse(on))
		fmt.Println(on, len(findings))
		for _, f := range findings {
			fmt.Println(f.Code, f)
		}
	}
	// Output:
	// 111年5月19日 1
	// law.later-amendment 注意：嗣後修正：刑事訴訟法第245條第3項：113年7月31日修正公布，該項移列為第5項，文字未修正
	// 115年12月1日 1
	// law.data-date 注意：法規資料更新至113年10月11日，113年10月12日至115年12月1日之法規異動無法查核
}

// A finding reads in Chinese for an official and in English for a
// foreign auditor; law names and provisions stay as statutes write them,
// dates follow the language.
func ExampleFinding_Message() {
	c := law.MustParseCitation("《刑事訴訟法》第245條第3項")
	for _, f := range law.CheckCitation(c, rocdate.MustParse("111年5月19日")) {
		fmt.Println(f.Message(finding.Chinese))
		fmt.Println(f.Message(finding.English))
	}
	// Output:
	// 注意：嗣後修正：刑事訴訟法第245條第3項：113年7月31日修正公布，該項移列為第5項，文字未修正
	// notice: amended later: 刑事訴訟法 第245條第3項: amended on 2024-07-31; the paragraph moved to 第5項, its text unchanged
}

// A citation that cannot be read says where, counting characters, in the
// official's language; Error stays English, for logs.
func ExampleParseError_Message() {
	_, err := law.ParseCitation("《檔案法》第18條第三款第二項")
	var pe *law.ParseError
	if errors.As(err, &pe) {
		fmt.Println(pe.Message(finding.Chinese))
		fmt.Println(pe.Message(finding.English))
		fmt.Println(pe)
	}
	// Output:
	// 「《檔案法》第18條第三款第二項」無法解析：款後接項，次序不符（第13字）
	// cannot read "《檔案法》第18條第三款第二項": 項 after 款 (character 13)
	// law: parsing "《檔案法》第18條第三款第二項": 項 after 款 at byte 32
}

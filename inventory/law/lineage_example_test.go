package law_test

import (
	"fmt"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/inventory/law"
	"github.com/ogdtw/governance/rocdate"
)

// Where the provisions the deck cites stand after the 113年7月31日
// amendments: 刑事訴訟法第245條第3項 was renumbered, its words untouched,
// when two paragraphs were inserted before it; 洗錢防制法 was rewritten
// whole, and its 第13條第1項 is now 第18條第1項, reworded.
func ExampleStatute_Lineage() {
	from, to := rocdate.MustParse("111.5.19"), rocdate.MustParse("113.10.11")
	for _, c := range []string{"《刑事訴訟法》第245條第3項", "《洗錢防制法》第13條第1項", "《刑事訴訟法》第245條第1項"} {
		cite := law.MustParseCitation(c)
		s, _ := law.Default().Lookup(cite.Law)
		l := s.Lineage(cite.Provisions()[0], from, to)
		fmt.Println(l.Kind, l.Targets)
		fmt.Println(l)
	}
	// Output:
	// 移列 [第245條第5項]
	// 刑事訴訟法第245條第3項：113年7月31日修正公布，該項移列為第5項，文字未修正
	// 移列並修正文字 [第18條第1項]
	// 洗錢防制法第13條第1項：113年7月31日全文修正，原條文移列為第18條第1項並修正文字
	// 未修正 [第245條第1項]
	// 刑事訴訟法第245條第1項：111年5月19日至113年10月11日未修正
}

// A day after the registry's data date: what happened up to it is told,
// and from the day after it nothing can be known, so the lineage is
// 無法查核 as a whole.
func ExampleStatute_Lineage_afterDataDate() {
	s, _ := law.Default().Lookup("刑事訴訟法")
	l := s.Lineage(law.Provision{Article: 245, Paragraph: 3}, rocdate.MustParse("111.5.19"), rocdate.MustParse("115.12.1"))
	fmt.Println(l.Head().Code, l.Head().Verdict)
	fmt.Println(l.Message(finding.English))
	// Output:
	// law.lineage 無法查核
	// 刑事訴訟法 第245條第3項: amended on 2024-07-31; the paragraph moved to 第5項, its text unchanged; the statute data are of 2024-10-11; amendments from 2024-10-12 to 2026-12-01 cannot be checked
}

// A version is described by what happened on its day, as the 沿革 records
// it.
func ExampleStatuteVersion_Act() {
	for _, c := range []struct{ law, on string }{{"政府資訊公開法", "111.5.19"}, {"洗錢防制法", "113.10.11"}, {"刑事訴訟法", "113.10.11"}} {
		s, _ := law.Default().Lookup(c.law)
		v, _ := s.VersionOn(rocdate.MustParse(c.on))
		fmt.Println(v.Act(), v, v.Summary())
	}
	// Output:
	// 制定公布 政府資訊公開法（94年12月28日制定公布） 制定公布全文24條；並自公布日施行
	// 全文修正 洗錢防制法（113年7月31日全文修正） 修正公布全文31條；除第6、11條之施行日期由行政院定之外，自公布日施行
	// 修正公布 刑事訴訟法（113年7月31日修正公布） 修正公布第245條條文；並增訂第70-1、153-1～153-10、245-1條條文及第十一章之一章名
}

// The data date is the day of the snapshot the registry was read from,
// not the latest amendment it holds.
func ExampleRegistry_Amended() {
	r := law.Default()
	fmt.Println(r.Updated(), r.Amended())
	// Output:
	// 113年10月11日 113年7月31日
}

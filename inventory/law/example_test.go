package law_test

import (
	"errors"
	"fmt"

	"github.com/ogdtw/governance/inventory/law"
)

func ExampleParseCitation() {
	c, err := law.ParseCitation("《政府資訊公開法》第18條第1項第1至7款")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(c.Law, len(c.Provisions()))
	fmt.Println(c.Provisions()[0], c.Provisions()[6])
	fmt.Println(c)
	// Output:
	// 政府資訊公開法 7
	// 第18條第1項第1款 第18條第1項第7款
	// 《政府資訊公開法》第18條第1項第1至7款
}

// A ref that starts below 條 inherits the levels above it.
func ExampleParseCitation_inherit() {
	c := law.MustParseCitation("第十條第一項第一款、第二款及第五款")
	for _, p := range c.Provisions() {
		fmt.Println(p.Article, p.Paragraph, p.Subparagraph)
	}
	fmt.Println(c)
	// Output:
	// 10 1 1
	// 10 1 2
	// 10 1 5
	// 第10條第1項第1、2、5款
}

// Errors say what is wrong and quote the citation; a citation naming more
// than MaxProvisions provisions is refused whole.
func ExampleParseCitation_error() {
	_, err := law.ParseCitation("《檔案法》第18條第5至2款")
	fmt.Println(err)
	fmt.Println(errors.Is(err, law.ErrRange))
	_, err = law.ParseCitation("第1至9999條第1至9999項")
	fmt.Println(errors.Is(err, law.ErrTooLarge))
	// Output:
	// law: parsing "《檔案法》第18條第5至2款": descending range 5至2 at byte 26
	// true
	// true
}

func ExampleParseCitations() {
	cs, err := law.ParseCitations("• 《刑事訴訟法》第245條第1、3項\n• 《國家安全或重大利益公務人員特殊查核辦法》第4、10條規定")
	fmt.Println(err)
	for _, c := range cs {
		fmt.Println(c.Law, c.Provisions())
	}
	// Output:
	// <nil>
	// 刑事訴訟法 [第245條第1項 第245條第3項]
	// 國家安全或重大利益公務人員特殊查核辦法 [第4條 第10條]
}

// Laws are compared by identity: a short name, the official name and a
// former name are one law.
func ExampleRegistry_Identity() {
	r := law.Default()
	for _, name := range []string{"個資法", "個人資料保護法", "電腦處理個人資料保護法", "民法"} {
		fmt.Println(name, r.Identity(name))
	}
	// Output:
	// 個資法 I0050021
	// 個人資料保護法 I0050021
	// 電腦處理個人資料保護法 I0050021
	// 民法 民法
}

// The 沿革 of a law reads as its acts: date, authority, document and what
// each did.
func ExampleParseHistory() {
	h := "1.中華民國八十四年八月十一日總統（84）華總（一）義字第 5960 號令\r\n" +
		"  制定公布全文 45 條\r\n" +
		"2.中華民國一百十二年五月三十一日總統華總一經字第 11200045441  號\r\n" +
		"  令修正公布第 48、56 條條文；並增訂第 1-1  條條文"
	for _, r := range law.ParseHistory(h) {
		fmt.Println(r.Entry, r.Date, r.Authority, r.Document, r.Complete)
		for _, c := range r.Changes {
			fmt.Println(" ", c.Action, c.Articles, c.All, c.Count)
		}
	}
	// Output:
	// 1 84年8月11日 總統 （84）華總（一）義字第5960號 true
	//   制定 [] true 45
	// 2 112年5月31日 總統 華總一經字第11200045441號 true
	//   修正 [第48條 第56條] false 0
	//   增訂 [第1條之1] false 0
}

// FindCitations reads citations in running text, with their byte spans,
// and resolves 同法 against the citation before it.
func ExampleFindCitations() {
	text := "依民事訴訟法第五十八條規定參加訴訟者，準用同法第五十六條之規定。"
	for _, f := range law.FindCitations(text) {
		fmt.Printf("%s → %v (%v)\n", text[f.Start:f.End], f.Citation, f.Resolution)
	}
	// Output:
	// 民事訴訟法第五十八條 → 《民事訴訟法》第58條 (明定法規)
	// 同法第五十六條 → 《民事訴訟法》第56條 (同法)
}

// A Finder given the law and the article a text belongs to resolves
// 前條, 前項 and citations that name no law: the second paragraph of
// 刑事訴訟法第31條之1 cites its first paragraph, and the third the article
// before it.
func ExampleFinder_Find() {
	f := law.Finder{Law: "刑事訴訟法", At: law.Provision{Article: 31, ArticleSub: 1}}
	text := "偵查中之羈押審查程序未經選任辯護人者，審判長應指定公設辯護人或律師為被告辯護。\r\n" +
		"前項選任辯護人無正當理由而不到庭者，審判長得指定公設辯護人或律師。\r\n前條第三項、第四項之規定，於第一項情形準用之。"
	for _, c := range f.Find(text) {
		fmt.Printf("%s → %v (%v)\n", text[c.Start:c.End], c.Citation, c.Resolution)
	}
	// Output:
	// 前項 → 《刑事訴訟法》第31條之1第1項 (前項)
	// 前條第三項、第四項 → 《刑事訴訟法》第31條第3、4項 (前條)
	// 第一項 → 《刑事訴訟法》第31條之1第1項 (未載法規)
}

package actions_test

import (
	"fmt"
	"strings"

	"github.com/ogdtw/governance/actions"
	"github.com/ogdtw/governance/finding"
)

// The deck's three rulings as the committee reads them: who is assigned,
// the caution and the law it cites, the standing rule for APIs, and the
// approved delisting.
func ExampleReadRuling() {
	for i, it := range deckItems {
		r := actions.ReadRuling(it[1], nil) // nil: law names told by their form
		fmt.Printf("案由%d\n", i+1)
		for _, c := range r.Clauses {
			fmt.Printf("  %s", c.Kind)
			if c.Subject != "" {
				fmt.Printf(" 事由：%s", c.Subject)
			}
			if c.Condition != "" {
				fmt.Printf(" 條件：%s", c.Condition)
			}
			if len(c.Units) > 0 {
				fmt.Printf(" 單位：%s 事項：%s", strings.Join(c.Units, "、"), c.Task)
			}
			for _, x := range c.Citations {
				fmt.Printf(" 引用：%s", x)
			}
			if c.OtherLaws {
				fmt.Print(" 及其他法律")
			}
			for _, d := range c.Delistings {
				fmt.Printf(" 下架：%s", d)
			}
			fmt.Println()
		}
	}
	// Output:
	// 案由1
	//   交辦 事由：委員建議增加開放本部採購文件 單位：資訊處、有關單位 事項：審慎研議
	//   提醒 單位：各單位 事項：辦理資料開放時，仍應注意有無涉及政府資訊公開法第18條或其他法律規範 引用：《政府資訊公開法》第18條 及其他法律
	// 案由2
	//   說明 事由：政府資料開放獎勵活動辦法，提供資料集應用程式介面(API)可取得加分項目
	//   通案原則 條件：日後如有API開發需求 單位：資訊處 事項：參考委員建議，妥適評估其建置、維運成本及效益，避免浪費公帑
	// 案由3
	//   核定 下架：臺灣橋頭地方檢察署資料集1筆（重複）
}

// A progress report's numbered points, the letters it cites and the
// delistings it reports done.
func ExampleReadProgress() {
	p := actions.ReadProgress(progress1)
	for i, pt := range p.Points {
		fmt.Printf("%d. %.24s…\n", i+1, pt)
	}
	fmt.Println(p.Letters)
	fmt.Println(actions.ReadProgress(progress3).Done)
	// Output:
	// 1. 經查行政院公共工程委員會(政府採購業務主管機關)…
	// 2. 本處已於110年12月22日以法資字第11011…
	// [110年12月22日以法資字第11011514270號函]
	// [臺灣橋頭地方檢察署資料集（重複）]
}

// The delisting 案由3's ruling approved is checked against its progress
// report; a report that does not give it as done is a warning, and no
// report at all leaves the check unmade.
func ExampleCheckDelistings() {
	ruling := actions.ReadRuling(deckItems[2][1], nil)
	for _, text := range []string{progress3, "資料集下架作業辦理中。", ""} {
		for _, c := range actions.CheckDelistings(ruling, actions.ReadProgress(text)) {
			fmt.Println(c.Verdict, c)
			if c.Finding.Code != "" {
				fmt.Println(c.Finding.Code, c.Finding.Message(finding.English))
			}
		}
	}
	// Output:
	// 符合 核定下架臺灣橋頭地方檢察署資料集1筆（重複），辦理情形：已完成下架
	// 不符 核定下架臺灣橋頭地方檢察署資料集1筆（重複），辦理情形：未見完成下架
	// actions.delisting-not-done warning: the delisting of 1 dataset of 臺灣橋頭地方檢察署 (duplicate) was approved, but the progress report does not report it as done
	// 無法查核 核定下架臺灣橋頭地方檢察署資料集1筆（重複），辦理情形：未提報，無法查核
}

// The meeting's own outline, read from a sheet; the meeting and the
// reporting unit are the caller's. 三、臨時動議 has no parts: nothing was
// moved.
func ExampleImportOutline() {
	o, err := actions.ImportOutline([][]string{
		{"大綱", "標題"},
		{"一", "上次會議決議事項辦理情形"},
		{"二", "報告事項"},
		{"二(一)", "「本部及所屬機關資料盤點表」及「民間需求回應說明」"},
		{"二(二)", "「本部及所屬機關於政府資料開放平臺之資料開放推動成果」"},
		{"二(三)", "修訂「法務部及所屬機關政府資料開放行動方案」"},
		{"二(四)", "「本部及所屬機關資料集申請下架情形」"},
		{"三", "臨時動議"},
	})
	if err != nil {
		fmt.Println(err)
	}
	o.Meeting, o.Unit = actions.MustNewMeeting(111, 1, "111年5月19日"), "資訊處"
	fmt.Print(o)
	p, _ := o.Part("二(三)")
	fmt.Println(p.Number, p.Title)
	// Output:
	// 111年度第1次會議
	// 報告單位：資訊處
	// 大綱
	// 一、上次會議決議事項辦理情形
	// 二、報告事項
	// 　（一）「本部及所屬機關資料盤點表」及「民間需求回應說明」
	// 　（二）「本部及所屬機關於政府資料開放平臺之資料開放推動成果」
	// 　（三）修訂「法務部及所屬機關政府資料開放行動方案」
	// 　（四）「本部及所屬機關資料集申請下架情形」
	// 三、臨時動議
	// (三) 修訂「法務部及所屬機關政府資料開放行動方案」
}

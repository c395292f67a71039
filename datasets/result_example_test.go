package datasets_test

import (
	"fmt"

	"github.com/ogdtw/governance/datasets"
	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/rocdate"
)

// The checks of a meeting's open-data report, each taken together as one
// result: the per-publisher table against the series, the ranking
// table's printed ranks and the batch of delistings. Each says its
// verdict in one line; 符合 only where every figure was checked and holds.
// Here the 迄今 column cannot be checked (110年第4季 is counted on
// 110/12/10, not at the year's start), a printed rank is wrong, and the
// batch passes every rule.
func ExampleTableCheck_Message() {
	series, _ := datasets.ImportSeries([][]string{
		{"統計日期", "開放數量", "增加數量"},
		{"110/12/10", "2,806筆", "65筆"},
		{"111/05/19", "2,963筆", "157筆"},
	})
	table, _ := datasets.ImportTable([][]string{
		{"群組", "單位", "110 第4季", "111 第2季", "增減", "111.01.01 迄今"},
		{"本部單位", "統計處", "877", "891", "14", "14"},
		{"本部單位", "小計", "877", "891", "14", "14"},
		{"所屬機關", "矯正署", "1,929", "2,072", "143", "143"},
		{"所屬機關", "小計", "1,929", "2,072", "143", "143"},
	})
	ranking, _ := datasets.ImportRanking([][]string{
		{"排名", "機關", "資料集數量"},
		{"1", "經濟部", "3,120筆"},
		{"3", "法務部", "2,963筆"},
	})
	tc := datasets.MustLookupPublisher("矯正署臺中戒治所")
	review := exampleCatalog().ReviewDelistings([]datasets.Delisting{
		{Item: 1, Publisher: tc, Dataset: datasets.MustParseRef("矯正署臺中戒治所法定預算(87010)"),
			Grounds: datasets.Grounds{Reason: datasets.Duplicate, Kept: datasets.Ref{ID: 23261}}},
	})
	results := []finding.Result{
		table.Check(series),
		datasets.CheckPrintedRanks(datasets.Rank(ranking)),
		review,
	}
	fmt.Print(finding.Text(finding.Chinese, results))
	fmt.Print(finding.Text(finding.English, results[1:2]))
	// Output:
	// 無法查核　核對各列增減、小計、合計及開放數量等14項：符合12項，不符0項，無法查核2項
	// 不符　核對排名表所載排名2項：符合1項，不符1項，無法查核0項
	// 符合　審查下架申請1件：得同意1件，不予同意0件；核對結果符合1件，不符0件，無法查核0件
	// failed: printed ranks checked: 2; 1 passed, 1 failed, 0 not checkable
}

// A ranking is a figure computed, not a check: it carries no verdict,
// and it is not known while publishers of the catalog are not placed in
// the register (無法查核). The register's codes are SAMPLE ones, but
// 財政部's; 某某委員會 is made up and in no register.
func ExampleMinistryRanking_Message() {
	reg, _ := datasets.ImportAgencies([][]string{
		{"機關代碼", "機關名稱", "主管機關代碼", "機關層級", "機關生效日期"},
		{"SAMPLE0100", "行政院", "", "1", ""},
		{"SAMPLE0003", "法務部", "", "2", "19800701"},
		{"SAMPLE0004", "法務部矯正署", "SAMPLE0003", "3", "20110101"},
		{"A07000000E", "財政部", "", "2", "19480101"},
	})
	tc := datasets.MustLookupPublisher("矯正署")
	mof := datasets.MustParsePublisher("財政部")
	c := datasets.MustNewCatalog(
		datasets.MustNewDataset(1, "矯正機關收容人統計", tc),
		datasets.MustNewDataset(2, "矯正機關名錄", tc),
		datasets.MustNewDataset(3, "國庫收支", mof),
		datasets.MustNewDataset(4, "某統計", datasets.MustParsePublisher("某某委員會")),
	)
	r := reg.RankMinistries(c, rocdate.MustParse("111/05/19"), datasets.Executive)
	for _, k := range r.Ranked {
		fmt.Println(k.Rank, k.Name, k.Count)
	}
	fmt.Println(r.Head().Verdict, r)
	// Output:
	// 1 法務部 2
	// 2 財政部 1
	// 無法查核 行政院各部會資料集數量排名（111年5月19日）：計2個機關，資料集3筆；另1個提供機關（資料集1筆）未能依機關名冊歸屬，排名未能確定，無法查核
}

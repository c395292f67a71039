package datasets_test

import (
	"fmt"

	"github.com/ogdtw/governance/datasets"
	"github.com/ogdtw/governance/finding"
)

// The deck's 結語 claims 資料開放數量名列各部會第二. With a ranking table
// in the data, the claim is checked against the rank the counts give.
// (Counts other than 法務部's are made up for the example.)
func ExampleCheckRankClaim() {
	entries, err := datasets.ImportRanking([][]string{
		{"行政院及各部會資料開放情形—資料集數量排名", "", ""},
		{"排名", "部會", "資料集數量"},
		{"1", "經濟部", "3,120筆"},
		{"2", "法務部", "2,963筆"},
		{"3", "內政部", "2,500筆"},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	claim, err := datasets.ParseRankClaim("資料開放數量名列各部會第二")
	if err != nil {
		fmt.Println(err)
		return
	}
	check := datasets.CheckRankClaim(datasets.Rank(entries), "法務部", claim)
	fmt.Println(check.Verdict, check.Printed, check.Computed)
	fmt.Println(check)
	fmt.Println(check.Message(finding.English))
	// Output:
	// 符合 2 2
	// 資料開放數量名列各部會第二：依排名表，法務部資料集2,963筆，名列第2，相符
	// open datasets rank 2nd among the ministries: by the ranking, 法務部 has 2,963 datasets and ranks 2nd; as claimed
}

// The deck's ranking slide is an image: its figures are not in the text.
// Without a ranking table the claim is printed as one the data cannot
// check: not checkable, which is not failed.
func ExampleCheckRankClaim_noTable() {
	claim, _ := datasets.ParseRankClaim("資料開放數量名列各部會第二")
	check := datasets.CheckRankClaim(nil, "法務部", claim)
	fmt.Println(check.Verdict, check.Severity, check.Why)
	fmt.Println(check)
	// Output:
	// 無法查核 注意 datasets.rank-claim.no-table
	// 資料開放數量名列各部會第二：未提供排名表，無法查核
}

// Claims come in several forms; 前三 is a place among the first three.
// A claim that names no rank is an error.
func ExampleParseRankClaim() {
	for _, s := range []string{"資料開放數量名列各部會第二", "居各部會之冠", "法務部資料集數量名列前三", "第十一名", "名列前茅"} {
		c, err := datasets.ParseRankClaim(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%q rank %d at most %v: %s\n", c.Name, c.Rank, c.AtMost, c)
	}
	// Output:
	// "" rank 2 at most false: 資料開放數量名列各部會第二
	// "" rank 1 at most false: 資料開放數量名列各部會第一
	// "法務部" rank 3 at most true: 法務部資料開放數量名列各部會前三
	// "" rank 11 at most false: 資料開放數量名列各部會第十一
	// datasets: parsing "名列前茅": no rank (第二, 前三, 之冠) at the end
}

// A printed 排名 is checked against the counts: two ministries with the
// same count share rank 1, so the table's 2 is wrong. (Made-up counts.)
func ExampleCheckPrintedRanks() {
	entries, _ := datasets.ImportRanking([][]string{
		{"排名", "機關", "資料集數量"},
		{"1", "甲部", "3,120"},
		{"2", "乙部", "3,120"},
		{"3", "丙部", "2,963"},
	})
	check := datasets.CheckPrintedRanks(datasets.Rank(entries))
	fmt.Println(check.Head().Verdict, check.Checked)
	for _, f := range check.Findings {
		fmt.Println(f)
	}
	// Output:
	// 不符 3
	// 錯誤：乙部排名載為第2名，依資料集數量3,120筆計算應為第1名
}

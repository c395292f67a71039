package datasets_test

import (
	"errors"
	"fmt"

	"github.com/ogdtw/governance/datasets"
	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/rocdate"
)

func exampleCatalog() datasets.Catalog {
	tc := datasets.MustLookupPublisher("矯正署臺中戒治所")
	return datasets.MustNewCatalog(
		datasets.MustNewDataset(87010, "矯正署臺中戒治所法定預算", tc),
		datasets.MustNewDataset(86997, "矯正署臺中戒治所預算案", tc),
		datasets.MustNewDataset(23261, "矯正署臺中戒治所法定預算(按年)", tc),
		datasets.MustNewDataset(23252, "矯正署臺中戒治所預算案(按年)", tc),
	)
}

// The group reviews the deck's two requests: each duplicate names the
// dataset kept, which is listed, of the same publisher, and titled alike.
// Approving them lowers 矯正署臺中戒治所's open count by two.
func ExampleCatalog_ReviewDelistings() {
	rows := [][]string{
		{"項次", "機關/單位", "資料集名稱", "下架原因"},
		{"1", "矯正署臺中戒治所", "矯正署臺中戒治所法定預算(87010)", "與「矯正署臺中戒治所法定預算(按年)」(23261)資料集重複，故申請下架。"},
		{"2", "", "矯正署臺中戒治所預算案(86997)", "與「矯正署臺中戒治所預算案(按年)」(23252)資料集重複，故申請下架。"},
	}
	reqs, err := datasets.ImportDelistings(rows)
	if err != nil {
		fmt.Println(err)
		return
	}
	c := exampleCatalog()
	review := c.ReviewDelistings(reqs)
	fmt.Println("approved:", len(review.Approved), "refused:", len(review.Refused), "findings:", len(review.Findings))
	for _, ch := range review.Changes {
		fmt.Printf("%s: %d → %d\n", ch.Publisher, ch.Before, ch.After)
	}
	next, _, err := c.Delist(review.Approved)
	fmt.Println("listed:", c.Listed(), "→", next.Listed(), err)
	// Output:
	// approved: 2 refused: 0 findings: 0
	// 矯正署臺中戒治所: 4 → 2
	// listed: 4 → 2 <nil>
}

// A duplicate must name a dataset that stays listed. Delisting both
// copies of one budget in the same batch, each as the duplicate of the
// other, would remove the data entirely: the batch is refused.
func ExampleCatalog_ReviewDelistings_cycle() {
	tc := datasets.MustLookupPublisher("矯正署臺中戒治所")
	reqs := []datasets.Delisting{
		{Item: 1, Publisher: tc, Dataset: datasets.Ref{ID: 87010},
			Grounds: datasets.Grounds{Reason: datasets.Duplicate, Kept: datasets.Ref{ID: 23261}}},
		{Item: 2, Publisher: tc, Dataset: datasets.Ref{ID: 23261},
			Grounds: datasets.Grounds{Reason: datasets.Duplicate, Kept: datasets.Ref{ID: 87010}}},
	}
	c := exampleCatalog()
	review := c.ReviewDelistings(reqs)
	for _, r := range review.Refused {
		fmt.Println("refused:", r.Delisting.Item, r.Findings[0].Code)
	}
	for _, f := range review.Findings {
		fmt.Println(f)
	}
	_, _, err := c.Delist(reqs)
	fmt.Println(err)
	// Output:
	// refused: 1 datasets.cycle
	// refused: 2 datasets.cycle
	// 錯誤：項次1（資料集87010）：保留之資料集23261亦於本批申請下架，且輾轉保留回資料集87010，形成循環，資料將全數下架
	// 錯誤：項次2（資料集23261）：保留之資料集87010亦於本批申請下架，且輾轉保留回資料集23261，形成循環，資料將全數下架
	// datasets: 2 delisting requests refused; first: item 1 (dataset 87010): datasets.cycle
}

// A unit may only delist its own datasets, and a duplicate must say which
// dataset is kept: without it nobody can check that the data stays open.
func ExampleCatalog_ReviewDelistings_rules() {
	reqs := []datasets.Delisting{
		{Row: 2, Item: 1, Publisher: datasets.MustLookupPublisher("統計處"),
			Dataset: datasets.MustParseRef("矯正署臺中戒治所法定預算(87010)"),
			Grounds: datasets.Grounds{Reason: datasets.Duplicate}},
	}
	for _, f := range exampleCatalog().ReviewDelistings(reqs).Findings {
		fmt.Println(f.Code, f.Refuses())
		fmt.Println(f)
	}
	// Output:
	// datasets.wrong-publisher true
	// 錯誤：項次1（資料集87010）：申請機關為統計處，惟資料集87010之提供機關為矯正署臺中戒治所
	// datasets.no-kept true
	// 錯誤：項次1（資料集87010）：下架原因為重複，惟未指明保留之資料集
}

// Keeping a dataset whose title is unlike the one delisted is allowed but
// flagged: the group should look before approving.
func ExampleCatalog_ReviewDelistings_warning() {
	g, _ := datasets.ParseGrounds("與「矯正署臺中戒治所預算案(按年)」(23252)資料集重複，故申請下架。")
	reqs := []datasets.Delisting{{Item: 1, Publisher: datasets.MustLookupPublisher("臺中戒治所"), Dataset: datasets.Ref{ID: 87010}, Grounds: g}}
	for _, f := range exampleCatalog().ReviewDelistings(reqs).Findings {
		fmt.Println(f.Severity, f.Refuses())
		fmt.Println(f)
	}
	// Output:
	// 警告 false
	// 警告：項次1（資料集87010）：下架之「矯正署臺中戒治所法定預算」與保留之「矯正署臺中戒治所預算案(按年)」名稱不相近，請確認為同一資料
}

// The reason text of the deck names the dataset kept, by title and ID.
func ExampleParseGrounds() {
	g, err := datasets.ParseGrounds("與「矯正署臺中戒治所法定預算(按年)」(23261)資料集重複，故申請下架。")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(g.Reason, g.Kept.ID, g.Kept.Title)
	// Output: 重複 23261 矯正署臺中戒治所法定預算(按年)
}

// Titles in the deck carry their ID in brackets, ASCII or full-width.
func ExampleParseRef() {
	r, _ := datasets.ParseRef("矯正署臺中戒治所法定預算（87010）")
	fmt.Println(r.ID, r.Title)
	fmt.Println(r)
	_, err := datasets.ParseRef("矯正署臺中戒治所法定預算(按年)")
	fmt.Println(err)
	// Output:
	// 87010 矯正署臺中戒治所法定預算
	// 矯正署臺中戒治所法定預算(87010)
	// datasets: parsing "矯正署臺中戒治所法定預算(按年)": no ID in brackets at the end
}

// The deck's short names resolve to the full names official lists use.
func ExampleLookupPublisher() {
	for _, name := range []string{"金門高分檢", "國兩司", "法務部矯正署臺中戒治所"} {
		p, _ := datasets.LookupPublisher(name)
		if parent, ok := p.Parent(); ok {
			fmt.Println(p.Name(), p.Kind(), "under", parent)
		} else {
			fmt.Println(p.Name(), p.Kind())
		}
	}
	// Output:
	// 福建高等檢察署金門檢察分署 所屬機關
	// 國際及兩岸法律司 本部單位
	// 矯正署臺中戒治所 下級機關 under 矯正署
}

// Official lists sort by stroke order; the deck sorts by count instead.
func ExampleSortPublishers() {
	ps := []datasets.Publisher{
		datasets.MustLookupPublisher("統計處"),
		datasets.MustLookupPublisher("矯正署"),
		datasets.MustLookupPublisher("人事處"),
		datasets.MustLookupPublisher("法制司"),
	}
	datasets.SortPublishers(ps)
	fmt.Println(ps)
	// Output: [人事處 法制司 統計處 矯正署]
}

// Every increase the deck prints checks, and the count grew 5.60% from
// 110/12/10 to 111/05/19.
func ExampleSeries_Check() {
	rows := [][]string{
		{"統計日期", "開放數量", "增加數量"},
		{"110/04/30", "2,741筆", "174筆"},
		{"110/12/10", "2,806筆", "65筆"},
		{"111/05/19", "2,963筆", "157筆"},
	}
	s, err := datasets.ImportSeries(rows)
	fmt.Println("findings:", len(s.Check()), err)
	g, _ := s.Growth(rocdate.MustParse("110/12/10"), rocdate.MustParse("111/05/19"), 4)
	fmt.Println(g.Shift(2).StringFixed(2) + "%")
	// Output:
	// findings: 0 <nil>
	// 5.60%
}

// The Executive Yuan ranks ministries by open datasets; ties share a
// rank and the next rank is skipped. (Counts other than 法務部's are
// made up for the example.)
func ExampleRank() {
	ranked := datasets.Rank([]datasets.Entry{
		{Name: "甲部", Count: 3100},
		{Name: "法務部", Count: 2963},
		{Name: "乙部", Count: 2963},
		{Name: "丙部", Count: 1500},
	})
	for _, r := range ranked {
		fmt.Println(r.Rank, r.Name, r.Count)
	}
	// Output:
	// 1 甲部 3100
	// 2 法務部 2963
	// 2 乙部 2963
	// 4 丙部 1500
}

// The per-publisher table must add up, and its total must be the series'
// count at the same date. Here a subtotal is misprinted; and 110年第4季,
// counted on 110/12/10, is not the count at 111.01.01, so the 迄今 column
// cannot be checked (無法查核), whatever it holds.
func ExampleTable_Check() {
	series, _ := datasets.ImportSeries([][]string{
		{"統計日期", "開放數量", "增加數量"},
		{"110/12/10", "2,806筆", "65筆"},
		{"111/05/19", "2,963筆", "157筆"},
	})
	table, _ := datasets.ImportTable([][]string{
		{"群組", "單位", "110 第4季", "111 第2季", "增減", "111.01.01 迄今"},
		{"本部單位", "統計處", "877", "891", "14", "14"},
		{"本部單位", "小計", "877", "890", "14", "14"},
		{"所屬機關", "矯正署", "1,929", "2,072", "143", "143"},
		{"所屬機關", "小計", "1,929", "2,072", "143", "143"},
	})
	c := table.Check(series)
	for _, f := range c.Findings {
		fmt.Println(f.Code, f.Group, f.Column, f.Printed, f.Computed)
		fmt.Println(f)
	}
	fmt.Println("rows agreeing:", len(c.Agreeing), "of", len(table.Rows))
	// Output:
	// datasets.year-start-unknown  111.01.01 迄今 2 0
	// 注意：「111.01.01 迄今」欄2列無法核對：前期110年第4季之數量統計至110年12月10日，非年初（111年1月1日）之數量，年初數量未載
	// datasets.subtotal 本部單位 111年第2季 890 891
	// 錯誤：本部單位小計111年第2季載為890，本部單位各列加總為891
	// rows agreeing: 2 of 2
}

// A finding reads in Chinese by default (String) and in the language a
// caller asks for (Message): counts grouped, dates as ROC dates in
// Chinese and as 2022-05-19 in English; enums have labels in both.
func ExampleTableFinding_Message() {
	series, _ := datasets.ImportSeries([][]string{
		{"統計日期", "開放數量", "增加數量"},
		{"110/12/10", "2,806筆", "65筆"},
		{"111/05/19", "2,963筆", "157筆"},
	})
	table, _ := datasets.ImportTable([][]string{
		{"群組", "單位", "110 第4季", "111 第2季", "增減", "111.01.01 迄今"},
		{"本部單位", "統計處", "877", "891", "14", "14"},
		{"所屬機關", "矯正署", "1,929", "2,070", "141", "141"},
	})
	for _, f := range table.Check(series).Findings {
		fmt.Println(f)
		fmt.Println(f.Message(finding.English))
	}
	fmt.Println(datasets.Merged.Message(finding.English), "/", datasets.PublishReview.Message(finding.English))
	// Output:
	// 注意：「111.01.01 迄今」欄2列無法核對：前期110年第4季之數量統計至110年12月10日，非年初（111年1月1日）之數量，年初數量未載
	// notice: 111.01.01 迄今 could not be checked in 2 rows: the earlier period, Q4 2021, is counted on 2021-12-10, not at the year's start (2022-01-01), whose count is not given
	// 錯誤：合計111年第2季各列合計2,961，與111年5月19日開放數量2,963不符
	// error: total: the rows of 111年第2季 add up to 2,961, which does not match the open count of 2022-05-19, 2,963
	// merged / publish the review's results
}

// The per-publisher table is counted from two catalogs. As in the deck, a
// sub-agency's datasets count under its parent agency when rolled up;
// delisted datasets do not count.
func ExampleBuildTable() {
	unit := datasets.MustLookupPublisher("統計處")
	top := datasets.MustLookupPublisher("矯正署")
	sub := datasets.MustLookupPublisher("矯正署臺中戒治所")
	prev := datasets.MustNewCatalog(
		datasets.MustNewDataset(1, "法務統計年報", unit),
		datasets.MustNewDataset(2, "矯正統計", top),
		datasets.MustNewDataset(87010, "矯正署臺中戒治所法定預算", sub),
		datasets.MustNewDataset(23261, "矯正署臺中戒治所法定預算(按年)", sub),
	)
	cur, _, _ := prev.Delist([]datasets.Delisting{{
		Dataset: datasets.Ref{ID: 87010},
		Grounds: datasets.Grounds{Reason: datasets.Duplicate, Kept: datasets.Ref{ID: 23261}},
	}})
	cur, _ = cur.With(datasets.MustNewDataset(3, "法務統計月報", unit))
	q4, _ := rocdate.ParseQuarter("110年第4季")
	q2, _ := rocdate.ParseQuarter("111年第2季")
	t := datasets.BuildTable(prev, cur, datasets.TableOptions{Prev: q4, Cur: q2, RollUp: true})
	fmt.Print(t)
	// Output:
	// 群組      機關(單位)  110年第4季  111年第2季  增減  111.01.01 迄今
	// 本部單位  統計處               1           2    +1              +1
	//           小計                 1           2    +1              +1
	// 所屬機關  矯正署               3           2    -1              -1
	//           小計                 3           2    -1              -1
	//           合計                 4           4     0               0
}

// 第11點 asks three things of the ministry every quarter.
func ExampleDuties() {
	for _, d := range datasets.Duties() {
		fmt.Printf("%s → %s\n", d.Wording(), d.Recipient())
	}
	// Output:
	// 應按季提報該機關與所屬機關資料開放推動成果送行政院諮詢小組備查 → 行政院諮詢小組
	// 按季於政府資料開放平臺（data.gov.tw）公開審查結果及說明未能開放之依據 → 政府資料開放平臺（data.gov.tw）
	// 更新預計開放資料集清單 → 政府資料開放平臺（data.gov.tw）
}

// An importer keeps every good row and reports each bad cell at its row
// in the spreadsheet, title rows included; the header may be anywhere.
func ExampleImportCatalog() {
	c, err := datasets.ImportCatalog([][]string{
		{"法務部資料集清單"},
		{"資料集識別碼", "資料集名稱", "提供機關"},
		{"87010", "矯正署臺中戒治所法定預算", "矯正署臺中戒治所"},
		{"8701O", "矯正署臺中戒治所預算案", "矯正署臺中戒治所"},
		{"23261", "戶籍登記", ""},
	})
	fmt.Println("datasets:", c.Len())
	var ie *datasets.ImportError
	if errors.As(err, &ie) {
		for _, p := range ie.Problems {
			fmt.Println(p.Row, p.Column, p.Code())
		}
	}
	fmt.Println(err)
	// Output:
	// datasets: 1
	// 4 資料集識別碼 datasets.syntax
	// 5 提供機關 datasets.missing
	// datasets: 2 problems in the rows; first: row 4, column 資料集識別碼: parsing "8701O": not a number
}

// A series gives its cells as the deck prints them.
func ExampleSeries_Records() {
	s := datasets.MustNewSeries(
		datasets.Point{Date: rocdate.MustParse("110/12/10"), Count: 2806, Increase: 65},
		datasets.Point{Date: rocdate.MustParse("111/05/19"), Count: 2963, Increase: 157},
	)
	for _, r := range s.Records() {
		fmt.Println(r)
	}
	// Output:
	// [統計日期 開放數量 增加數量]
	// [110/12/10 2,806筆 65筆]
	// [111/05/19 2,963筆 157筆]
}

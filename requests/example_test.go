package requests_test

import (
	"encoding/csv"
	"errors"
	"fmt"
	"strings"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/requests"
	"github.com/ogdtw/governance/rocdate"
)

// A reply that raises none of the three issues of 第10點 is still reviewed
// each quarter with the others.
func ExampleRoute_reviewOnly() {
	r := requests.Request{ID: "111-01", Category: requests.NewDataset, Concern: requests.NoConcern}
	route := r.Route()
	fmt.Println(route)
	fmt.Println(route.Wording())
	fmt.Println("tracked:", route.Tracked())
	// Output:
	// 按季檢視
	// 應按季檢視民間需求之回應說明
	// tracked: false
}

// A doubt about the ministry's own regulations goes to its legal unit,
// which reviews them and checks the reply.
func ExampleRoute_ownRegulation() {
	route := requests.OwnRegulation.Route()
	fmt.Println(route, "→", route.Actor())
	fmt.Println(route.Wording())
	// Output:
	// 會同法制單位檢討修正 → 機關法制單位
	// 涉機關主管法規疑義者，應會同機關法制單位檢討修正，並確認回應說明之適切性
}

// An IT problem — a download link that a system keeps breaking — needs an
// improvement schedule, and the group tracks it until it is done.
func ExampleRoute_processConcern() {
	c, _ := requests.ParseConcern("資訊系統問題")
	route := c.Route()
	fmt.Println(route, "→", route.Action())
	fmt.Println("needs a schedule:", route.NeedsSchedule(), "tracked:", route.Tracked())
	fmt.Println(requests.Provision + "：" + route.Wording())
	// Output:
	// 排定改善期程，定期追蹤列管 → 應排定改善期程，定期追蹤列管
	// needs a schedule: true tracked: true
	// 政府資料開放諮詢小組設置要點第10點：涉機關業務流程或資訊系統問題者，應排定改善期程，定期追蹤列管
}

// A doubt about regulations of several ministries leaves the ministry: it
// goes to the Executive Yuan's group.
func ExampleRoute_crossMinistry() {
	route := requests.CrossMinistry.Route()
	fmt.Println(route, "→", route.Actor(), "escalated:", route.Escalated())
	fmt.Println(route.Wording())
	// Output:
	// 提報行政院諮詢小組 → 行政院諮詢小組 escalated: true
	// 涉跨部會法規疑義者，應提報行政院諮詢小組
}

// records reads CSV text.
func records(s string) [][]string {
	recs, err := csv.NewReader(strings.NewReader(s)).ReadAll()
	if err != nil {
		panic(err)
	}
	return recs
}

// The deck of 111年5月19日 printed column totals that its own rows do not
// give: Q1 and Q2 are short, and so is the grand total, by exactly the
// amounts of one year left out of the print.
func ExampleTable_Reconcile() {
	tab, err := requests.ImportTable(records(`年度,第1季,第2季,第3季,第4季,合計
105年,3,8,2,10,23
106年,4,5,3,4,16
107年,2,1,1,3,7
108年,2,5,0,2,9
109年,0,0,1,2,3
110年,0,0,0,2,2
111年,0,0 (截至5月),-,-,-
合計,13,28,7,23,71
`))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(tab.Reconcile())
	// Output:
	// 核對所載合計12項：符合8項，不符3項，無法查核1項
	// 錯誤：第1季欄合計載為13，各列加總為11，合計多2
	// 錯誤：第2季欄合計載為28，各列加總為19，合計多9
	// 錯誤：總計載為71，各格加總為60，總計多11
	// 注意：各欄合計超出各列加總（第1季2、第2季9、第3季0、第4季0）共11，與總計超出之數相同，合計疑含表未列年度之件數
}

// The same deck's table by category is wrong the same way, and its
// residuals add up to the same 11 requests.
func ExampleTable_Reconcile_byCategory() {
	tab, _ := requests.ImportTable(records(`年度 \ 類別,下載連結問題,內容有誤,品質改善,其他,建議新增資料集,合計
105年,8,3,2,4,6,23
106年,2,1,0,8,5,16
107年,1,0,0,2,4,7
108年,0,0,0,3,6,9
109年,0,0,0,0,3,3
110年,0,1,0,1,0,2
111年 (截至5月),0,0,0,0,0,0
合計,19,6,2,19,25,71
`))
	rec := tab.Reconcile()
	fmt.Printf("checked %d totals, %d agree\n", rec.Checked(), rec.Agreed())
	for _, f := range rec.Findings() {
		fmt.Printf("%s row %d %s: printed %d, computed %d\n", f.Code, f.Row, f.Label, f.Printed, f.Computed)
	}
	missing, ok := rec.MissingRow()
	fmt.Println("one row missing:", ok, missing)
	// Output:
	// checked 13 totals, 8 agree
	// requests.column-total row 9 下載連結問題: printed 19, computed 11
	// requests.column-total row 9 內容有誤: printed 6, computed 5
	// requests.column-total row 9 其他: printed 19, computed 18
	// requests.column-total row 9 建議新增資料集: printed 25, computed 24
	// requests.grand-total row 9 合計: printed 71, computed 60
	// requests.missing-row row 9 合計: printed 71, computed 60
	// one row missing: true [8 1 0 1 1]
}

// Cells are kept as printed: "-" is a quarter not reached, not a zero, and
// a partial figure keeps its note.
func ExampleParseCell() {
	for _, s := range []string{"28", "0（截至5月）", "-"} {
		c, _ := requests.ParseCell(s)
		n, counted := c.Value()
		fmt.Printf("%q: %d counted=%v note=%q prints %q\n", s, n, counted, c.Note(), c.String())
	}
	// Output:
	// "28": 28 counted=true note="" prints "28"
	// "0（截至5月）": 0 counted=true note="截至5月" prints "0 (截至5月)"
	// "-": 0 counted=false note="" prints "-"
}

func ExampleParseCategory() {
	for _, s := range []string{"下載連結問題", "連結失效", "建議新增資料集", "quality-improvement"} {
		c, _ := requests.ParseCategory(s)
		fmt.Println(c, c.Name())
	}
	_, err := requests.ParseCategory("抱怨")
	fmt.Println(err)
	// Output:
	// 下載連結問題 download-link
	// 下載連結問題 download-link
	// 建議新增資料集 new-dataset
	// 品質改善 quality-improvement
	// requests: parsing "抱怨": not a category
}

// Tallying the requests themselves gives the deck's layout on the day of
// the meeting, with totals that add up.
func ExampleCountByQuarter() {
	reqs := []requests.Request{
		{ID: "1", Received: rocdate.MustParse("110年2月3日"), Category: requests.Other},
		{ID: "2", Received: rocdate.MustParse("110年11月8日"), Category: requests.NewDataset},
		{ID: "3", Received: rocdate.MustParse("111年4月20日"), Category: requests.DownloadLink},
	}
	t := requests.CountByQuarter(reqs, 110, 111)
	fmt.Println("111年第2季:", t.QuarterCount(rocdate.MustParse("111年4月20日").Quarter()))
	fmt.Print(t.TableAsOf(rocdate.MustParse("111年5月19日")))
	// Output:
	// 111年第2季: 1
	// 年度   第1季        第2季  第3季  第4季  合計
	// 110年      1            0      0      1     2
	// 111年      0  1 (截至5月)      -      -     -
	// 合計       1            1      0      1     3
}

// Bad rows are reported with their row and column; the good rows are
// kept, each with its row. A bad date is both rocdate's and this
// package's range error.
func ExampleImportRequests() {
	reqs, err := requests.ImportRequests([][]string{
		{"民間需求回應說明"},
		{"編號", "收件日期", "類別", "資料集", "內容", "回應日期", "議題性質"},
		{"111-01", "111年1月3日", "下載連結問題", "矯正署臺中戒治所法定預算(87010)", "連結失效", "111年1月10日", "資訊系統問題"},
		{"111-02", "111年2月30日", "抱怨", "", "", "", ""},
	})
	for _, r := range reqs {
		fmt.Println(r.Row, r.ID, r.Received, r.Category, r.Dataset, r.Route())
	}
	var ie *requests.ImportError
	if errors.As(err, &ie) {
		for _, p := range ie.Problems {
			fmt.Println(p.Row, p.Column, p.Code(), errors.Is(p, rocdate.ErrRange))
		}
	}
	fmt.Println(errors.Is(err, requests.ErrRange), errors.Is(err, rocdate.ErrRange))
	fmt.Println(err)
	// Output:
	// 3 111-01 111年1月3日 下載連結問題 87010 排定改善期程，定期追蹤列管
	// 4 收件日期 requests.range true
	// 4 類別 requests.syntax false
	// true true
	// requests: 2 problems in the rows; first: row 4, column 收件日期: parsing "111年2月30日": day 30 out of range for 111年2月
}

// Reply times as of the meeting, against a deadline of 30 days; and the
// first quarter's requests still open when the meeting reviews them.
func ExampleReplyTimes() {
	reqs := []requests.Request{
		{ID: "111-01", Received: rocdate.MustParse("111年1月3日"), Category: requests.Other, Replied: rocdate.MustParse("111年1月10日")},
		{ID: "111-02", Received: rocdate.MustParse("111年3月20日"), Category: requests.ContentError},
	}
	meeting := rocdate.MustParse("111年5月19日")
	rep, _ := requests.ReplyTimes(reqs, meeting, 30)
	fmt.Print(rep)
	q1, _ := rocdate.ParseQuarter("111年第1季")
	open, _ := requests.OpenAtReview(reqs, q1, meeting)
	fmt.Println("open at review:", len(open), open[0].ID)
	// Output:
	// 111年5月19日止：2件，已回應1件，未回應1件，逾30日1件
	// 編號    收件日期      回應日期  天數  狀態
	// 111-02  111年3月20日              60  逾期未回應
	// open at review: 1 111-02
}

// A report prints the table's cells as the deck printed them, "-" and
// notes kept, and says how many of its totals were checked and agree.
func ExampleTable_Records() {
	tab, _ := requests.ImportTable(records(`年度,第1季,第2季,第3季,第4季,合計
110年,0,0,0,2,2
111年,0,0 (截至5月),-,-,-
合計,0,1,0,2,3
`))
	for _, rec := range tab.Records() {
		fmt.Println(strings.Join(rec, " | "))
	}
	rec := tab.Reconcile()
	fmt.Println(rec.Checked(), "checked,", rec.Agreed(), "agree")
	for _, c := range rec.Checks() {
		if !c.OK() {
			fmt.Println(c.Verdict, c.Kind, c.Label, c.Printed, c.Computed)
		}
	}
	// Output:
	// 年度 | 第1季 | 第2季 | 第3季 | 第4季 | 合計
	// 110年 | 0 | 0 | 0 | 2 | 2
	// 111年 | 0 | 0 (截至5月) | - | - | -
	// 合計 | 0 | 1 | 0 | 2 | 3
	// 7 checked, 4 agree
	// 無法查核 列合計 111年 0 0
	// 不符 欄合計 第2季 1 0
	// 不符 總計 合計 3 2
}

// A finding reads in Chinese by default (String) and in English on
// request (Message); counts are grouped, and enums have labels in both.
func ExampleFinding_Message() {
	f := requests.Finding{Severity: finding.Error, Code: "requests.column-total", Kind: requests.ColumnTotal,
		Label: "第1季", Printed: 2963, Computed: 2806}
	fmt.Println(f)
	fmt.Println(f.Message(finding.English))
	route := requests.ImprovementSchedule
	fmt.Println(route.Message(finding.English), "/", requests.ProcessOrSystem.Message(finding.English))
	fmt.Println(route.WordingMessage(finding.English))
	// Output:
	// 錯誤：第1季欄合計載為2,963，各列加總為2,806，合計多157
	// error: column 第1季: the total is printed as 2,963, its rows add up to 2,806: the total is 157 more
	// improvement schedule, tracked at each meeting / business process or information system problem
	// a business process or information system problem shall be given an improvement schedule and tracked regularly
}

// The deck of 111年5月19日 prints the same requests twice, by quarter and
// by category. Matched year by year, the two tables agree: 111年 is "-"
// in one and 0 in the other, which is a matter of notation, and both
// grand totals are over by the same 11, as if one year were left out of
// both.
func ExampleCompareTables() {
	byQuarter, _ := requests.ImportTable(records(`年度,第1季,第2季,第3季,第4季,合計
105年,3,8,2,10,23
106年,4,5,3,4,16
107年,2,1,1,3,7
108年,2,5,0,2,9
109年,0,0,1,2,3
110年,0,0,0,2,2
111年,0,0 (截至5月),-,-,-
合計,13,28,7,23,71
`))
	byCategory, _ := requests.ImportTable(records(`年度 \ 類別,下載連結問題,內容有誤,品質改善,其他,建議新增資料集,合計
105年,8,3,2,4,6,23
106年,2,1,0,8,5,16
107年,1,0,0,2,4,7
108年,0,0,0,3,6,9
109年,0,0,0,0,3,3
110年,0,1,0,1,0,2
111年 (截至5月),0,0,0,0,0,0
合計,19,6,2,19,25,71
`))
	c := requests.CompareTables(byQuarter, byCategory)
	fmt.Print(c)
	fmt.Println("the tables agree:", c.OK())
	years, agree := 0, 0
	for _, k := range c.Checks() {
		if k.Kind == requests.RowTotal && !k.Sums {
			years++
			if k.OK() {
				agree++
			}
		}
	}
	fmt.Printf("printed year totals: %d of %d agree\n", agree, years)
	// Output:
	// 依季別與依類別對照核對16項：相符15項，不符0項，無法查核1項
	// 注意：111年：同一年度一表載「-」、一表載「0」（依季別列合計載為「-」，依類別載為「0」）
	// 注意：兩表總計均載為71，各格加總均為60，均多11，疑均含表未列年度之件數
	// the tables agree: true
	// printed year totals: 6 of 7 agree
}

// A year's row altered in one table alone is caught by the other: the
// printed totals agree, the cells do not.
func ExampleCompareTablesNamed() {
	a, _ := requests.ImportTable(records("年度,第1季,第2季,合計\n105年,3,8,11\n106年,4,5,9\n合計,7,13,20\n"))
	b, _ := requests.ImportTable(records("年度,甲類,乙類,合計\n105年,6,5,11\n106年,4,6,9\n合計,10,11,20\n"))
	c := requests.CompareTablesNamed(a, b, "第5頁表", "第6頁表")
	for _, f := range c.Findings() {
		fmt.Println(f)
		fmt.Println(f.Message(finding.English))
	}
	// Output:
	// 錯誤：106年：第5頁表列合計載為9、各格加總為9；第6頁表列合計載為9、各格加總為10，兩表不符
	// error: 106年: 第5頁表, row total printed as 9, cells adding up to 9; 第6頁表, row total printed as 9, cells adding up to 10: the two tables disagree
	// 錯誤：第5頁表總計載為20、各格加總為20；第6頁表總計載為20、各格加總為21，兩表不符
	// error: 第5頁表, grand total printed as 20, cells adding up to 20; 第6頁表, grand total printed as 20, cells adding up to 21: the two tables disagree
}

// Two errors that cancel out in the totals (108年: 內容有誤 printed 4 for
// 5, 其他 3 for 2) pass Reconcile; the cells checked against the
// requests themselves show both.
func ExampleTable_CheckCells() {
	tab, _ := requests.ImportTable(records(`年度 \ 類別,下載連結問題,內容有誤,品質改善,其他,建議新增資料集,合計
108年,0,4,0,3,2,9
合計,0,4,0,3,2,9
`))
	var reqs []requests.Request
	for i, c := range []requests.Category{requests.ContentError, requests.ContentError, requests.ContentError,
		requests.ContentError, requests.ContentError, requests.Other, requests.Other, requests.NewDataset, requests.NewDataset} {
		reqs = append(reqs, requests.Request{ID: fmt.Sprint(i + 1), Received: rocdate.MustParse("108年3月1日").AddDays(i), Category: c})
	}
	fmt.Println(tab.Reconcile().Tally())
	checks := tab.CheckCells(reqs)
	fmt.Println(checks.Tally())
	fmt.Print(finding.Text(finding.Chinese, checks.Failed()))
	// Output:
	// 查核7項：符合7項，不符0項，無法查核0項
	// 查核5項：符合3項，不符2項，無法查核0項
	// 不符　108年內容有誤欄載為4，需求清單計5件，表列少1
	// 不符　108年其他欄載為3，需求清單計2件，表列多1
}

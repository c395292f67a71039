package datasets_test

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/ogdtw/governance/datasets"
	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/internal/jsontest"
	"github.com/ogdtw/governance/rocdate"
)

// resultCase is what a test expects of an aggregate result: its head and
// its message in both languages.
type resultCase struct {
	name   string
	r      finding.Result
	head   finding.Head
	zh, en string
}

// checkResults asserts each case's Head and Message, and that its JSON
// begins with its code and holds its message, severity and verdict.
func checkResults(t *testing.T, cases []resultCase) {
	t.Helper()
	for _, tt := range cases {
		if got := tt.r.Head(); got != tt.head {
			t.Errorf("%s: Head = %+v, want %+v", tt.name, got, tt.head)
		}
		if got := tt.r.Message(finding.Chinese); got != tt.zh {
			t.Errorf("%s: Message(Chinese) = %q\nwant %q", tt.name, got, tt.zh)
		}
		if got := tt.r.Message(finding.English); got != tt.en {
			t.Errorf("%s: Message(English) = %q\nwant %q", tt.name, got, tt.en)
		}
		if s, ok := tt.r.(interface{ String() string }); ok && s.String() != tt.zh {
			t.Errorf("%s: String = %q, want the Chinese message", tt.name, s.String())
		}
		// Through JSON and back, the same value (a zero value proves
		// nothing and is left out).
		if !reflect.ValueOf(tt.r).IsZero() {
			if err := jsontest.RoundTrip(tt.r); err != nil {
				t.Errorf("%s: %v", tt.name, err)
			}
		}
		b, err := json.Marshal(tt.r)
		if err != nil {
			t.Errorf("%s: json.Marshal: %v", tt.name, err)
			continue
		}
		var lead struct {
			Code     string           `json:"code"`
			Severity finding.Severity `json:"severity"`
			Verdict  finding.Verdict  `json:"verdict"`
			Message  string           `json:"message"`
		}
		if err := json.Unmarshal(b, &lead); err != nil {
			t.Errorf("%s: JSON %s: %v", tt.name, b, err)
			continue
		}
		if !strings.HasPrefix(string(b), `{"code":"`+tt.head.Code+`"`) || lead.Severity != tt.head.Severity || lead.Verdict != tt.head.Verdict || lead.Message != tt.zh {
			t.Errorf("%s: JSON %.200s; want it led by the head %+v and the message", tt.name, b, tt.head)
		}
	}
}

// smallTable is a table of two rows and their 小計, whose figures add up;
// its earlier period is counted on the year's last day.
func smallTable(t *testing.T) datasets.Table {
	t.Helper()
	tb, err := datasets.ImportTable([][]string{
		{"群組", "單位", "110 第4季", "111 第2季", "增減", "111.01.01 迄今"},
		{"本部單位", "統計處", "877", "891", "14", "14"},
		{"本部單位", "小計", "877", "891", "14", "14"},
		{"所屬機關", "矯正署", "1,929", "2,072", "143", "143"},
		{"所屬機關", "小計", "1,929", "2,072", "143", "143"},
	})
	if err != nil {
		t.Fatal(err)
	}
	tb.PrevDate, tb.CurDate = d("110/12/31"), d("111/05/19")
	return tb
}

func TestTableCheckResult(t *testing.T) {
	yearEnd := datasets.MustNewSeries(datasets.Point{Date: d("110/12/31"), Count: 2806}, datasets.Point{Date: d("111/05/19"), Count: 2963, Increase: 157})
	good := smallTable(t)
	wrong := smallTable(t)
	wrong.Rows[0].Change = 15 // 統計處 增減 14 printed as 15
	deck := deckTable(t)
	// 111年第1季 is not the year's start: no row's 迄今 can be checked.
	spring := smallTable(t)
	spring.Prev, spring.PrevDate = quarter("111年第1季"), d("111/03/31")
	springSeries := datasets.MustNewSeries(datasets.Point{Date: d("111/03/31"), Count: 2806}, datasets.Point{Date: d("111/05/19"), Count: 2963, Increase: 157})
	checkResults(t, []resultCase{
		{"not from the year's start", spring.Check(springSeries),
			finding.Head{Code: "datasets.table-check", Severity: finding.Notice, Verdict: finding.Unchecked},
			"核對各列增減、小計、合計及開放數量等14項：符合12項，不符0項，無法查核2項",
			"figures of the table checked (changes, subtotals, total, series): 14; 12 passed, 0 failed, 2 not checkable"},
		// 2 rows × (增減, 迄今) + 2 小計 × 4 columns + 2 periods against the series.
		{"every figure checks", good.Check(yearEnd),
			finding.Head{Code: "datasets.table-check", Verdict: finding.Passed},
			"核對各列增減、小計、合計及開放數量等14項：符合14項，不符0項，無法查核0項",
			"figures of the table checked (changes, subtotals, total, series): 14; 14 passed, 0 failed, 0 not checkable"},
		{"a wrong 增減", wrong.Check(yearEnd),
			finding.Head{Code: "datasets.table-check", Severity: finding.Error, Verdict: finding.Failed},
			// The row's 增減 and its group's 小計 of 增減 break; its 迄今 holds.
			"核對各列增減、小計、合計及開放數量等14項：符合12項，不符2項，無法查核0項",
			"figures of the table checked (changes, subtotals, total, series): 14; 12 passed, 2 failed, 0 not checkable"},
		// Without a series the totals cannot be compared: no ✓, and two
		// notices say why.
		{"no series", good.Check(datasets.Series{}),
			finding.Head{Code: "datasets.table-check", Severity: finding.Notice, Verdict: finding.Unchecked},
			"核對各列增減、小計、合計及開放數量等14項：符合12項，不符0項，無法查核2項",
			"figures of the table checked (changes, subtotals, total, series): 14; 12 passed, 0 failed, 2 not checkable"},
		// The deck counts 110年第4季 on 110/12/10: no row's 迄今 can be
		// checked, a notice says why.
		{"the deck", deck.Check(deckSeries(t)),
			finding.Head{Code: "datasets.table-check", Severity: finding.Notice, Verdict: finding.Unchecked},
			"核對各列增減、小計、合計及開放數量等56項：符合33項，不符0項，無法查核23項",
			"figures of the table checked (changes, subtotals, total, series): 56; 33 passed, 0 failed, 23 not checkable"},
		{"nothing checked", datasets.TableCheck{},
			finding.Head{Code: "datasets.table-check"},
			"未核對任何數字", "no figure was checked"},
	})
	// The notice says why the 迄今 column is not checked, for the rows it
	// stands for; without periods, the table says nothing of the year.
	undated := smallTable(t)
	undated.Prev, undated.Cur, undated.PrevDate, undated.CurDate = rocdate.Quarter{}, rocdate.Quarter{}, rocdate.Date{}, rocdate.Date{}
	for _, tt := range []struct {
		tb     datasets.Table
		zh, en string
	}{
		{spring, "注意：「111.01.01 迄今」欄2列無法核對：前期111年第1季非上年第4季，年初之數量未載",
			"notice: 111.01.01 迄今 could not be checked in 2 rows: the earlier period, Q1 2022, is not the last quarter of the year before, and the count at the year's start is not given"},
		{undated, "注意：「迄今」欄2列無法核對：期間未載，年初之數量未載",
			"notice: 迄今 could not be checked in 2 rows: the periods are not given, nor the count at the year's start"},
	} {
		fs := tt.tb.Check(springSeries).Findings
		if tt.tb.Prev.IsZero() {
			// Nor can the totals be compared with the series.
			want := []string{"注意：合計期間未載，合計2,806未能與開放數量統計核對", "注意：合計期間未載，合計2,963未能與開放數量統計核對"}
			if len(fs) != 3 || fs[1].String() != want[0] || fs[2].String() != want[1] || fs[1].Verdict != finding.Unchecked {
				t.Errorf("Check without periods: %v, want the 迄今 notice and %q", fs, want)
			}
			if en := fs[1].Message(finding.English); en != "notice: total: the period is not given, so the total, 2,806, could not be compared with the open-count series" {
				t.Errorf("in English: %q", en)
			}
		}
		if len(fs) == 0 || fs[0].Code != "datasets.year-start-not-given" || fs[0].Verdict != finding.Unchecked || fs[0].Printed != 2 {
			t.Fatalf("Check(%v): findings %+v, want the 迄今 notice first", tt.tb.Prev, fs)
		}
		if zh, en := fs[0].Message(finding.Chinese), fs[0].Message(finding.English); zh != tt.zh || en != tt.en {
			t.Errorf("the 迄今 notice: %q, %q\nwant %q, %q", zh, en, tt.zh, tt.en)
		}
	}
}

func TestPrintedRankCheckResult(t *testing.T) {
	entries := []datasets.Entry{{Name: "經濟部", Count: 3120, PrintedRank: 1, Row: 2}, {Name: "法務部", Count: 2963, PrintedRank: 2, Row: 3}, {Name: "內政部", Count: 2963, PrintedRank: 2, Row: 4}}
	wrong := append([]datasets.Entry(nil), entries...)
	wrong[1].PrintedRank = 3 // tied at 2, printed as 3
	unranked := append([]datasets.Entry(nil), entries...)
	for i := range unranked {
		unranked[i].PrintedRank = 0
	}
	partly := append([]datasets.Entry(nil), entries...)
	partly[2].PrintedRank = 0
	// As ImportRanking reads a 排名 of 第?名: kept, its rank not known.
	illegible, err := datasets.ImportRanking([][]string{{"排名", "機關", "資料集數量"}, {"1", "經濟部", "3,120"}, {"2", "法務部", "2,963"}, {"第?名", "內政部", "2,963"}})
	if err == nil || len(illegible) != 3 || !illegible[2].RankIllegible || illegible[2].PrintedRank != 0 || illegible[1].RankIllegible {
		t.Fatalf("ImportRanking with 第?名: %+v, %v; want the row kept, its rank illegible, and a warning", illegible, err)
	}
	wrongIllegible := append([]datasets.Entry(nil), illegible...)
	wrongIllegible[1].PrintedRank = 3
	checkResults(t, []resultCase{
		{"every rank as counted", datasets.CheckPrintedRanks(datasets.Rank(entries)),
			finding.Head{Code: "datasets.printed-rank-check", Verdict: finding.Passed},
			"核對排名表所載排名3項：符合3項，不符0項，無法查核0項", "printed ranks checked: 3; 3 passed, 0 failed, 0 not checkable"},
		{"a wrong rank", datasets.CheckPrintedRanks(datasets.Rank(wrong)),
			finding.Head{Code: "datasets.printed-rank-check", Severity: finding.Error, Verdict: finding.Failed},
			"核對排名表所載排名3項：符合2項，不符1項，無法查核0項", "printed ranks checked: 3; 2 passed, 1 failed, 0 not checkable"},
		// A blank 排名 is no rank printed: the others are checked.
		{"one rank not printed", datasets.CheckPrintedRanks(datasets.Rank(partly)),
			finding.Head{Code: "datasets.printed-rank-check", Verdict: finding.Passed},
			"核對排名表所載排名2項：符合2項，不符0項，無法查核0項", "printed ranks checked: 2; 2 passed, 0 failed, 0 not checkable"},
		// A 排名 printed and unreadable is a rank not known: never 符合.
		{"a rank unreadable", datasets.CheckPrintedRanks(datasets.Rank(illegible)),
			finding.Head{Code: "datasets.printed-rank-check", Verdict: finding.Unchecked},
			"核對排名表所載排名3項：符合2項，不符0項，無法查核1項", "printed ranks checked: 3; 2 passed, 0 failed, 1 not checkable"},
		{"a rank unreadable, another wrong", datasets.CheckPrintedRanks(datasets.Rank(wrongIllegible)),
			finding.Head{Code: "datasets.printed-rank-check", Severity: finding.Error, Verdict: finding.Failed},
			"核對排名表所載排名3項：符合1項，不符1項，無法查核1項", "printed ranks checked: 3; 1 passed, 1 failed, 1 not checkable"},
		// No rank printed: nothing to check, and never 符合.
		{"no rank printed", datasets.CheckPrintedRanks(datasets.Rank(unranked)),
			finding.Head{Code: "datasets.printed-rank-check", Verdict: finding.Unchecked},
			"排名表未載排名，無法查核", "the ranking prints no rank, so its ranks cannot be checked"},
		{"no table", datasets.CheckPrintedRanks(nil),
			finding.Head{Code: "datasets.printed-rank-check", Verdict: finding.Unchecked},
			"排名表未載排名，無法查核", "the ranking prints no rank, so its ranks cannot be checked"},
	})
	// The field and the head agree, and the tally counts the checks.
	c := datasets.CheckPrintedRanks(datasets.Rank(wrong))
	if c.Head().Verdict != finding.Failed || c.Tally() != (finding.Tally{Passed: 2, Failed: 1}) {
		t.Errorf("CheckPrintedRanks: Verdict %v, Tally %+v; want 不符, 2 passed and 1 failed", c.Head().Verdict, c.Tally())
	}
}

func TestDelistingReviewResult(t *testing.T) {
	tc := datasets.MustLookupPublisher("矯正署臺中戒治所")
	c := exampleCatalog()
	deck := deckRequests(t)
	cycle := []datasets.Delisting{
		{Row: 2, Item: 1, Publisher: tc, Dataset: datasets.Ref{ID: 87010}, Grounds: datasets.Grounds{Reason: datasets.Duplicate, Kept: datasets.Ref{ID: 23261}}},
		{Row: 3, Item: 2, Publisher: tc, Dataset: datasets.Ref{ID: 23261}, Grounds: datasets.Grounds{Reason: datasets.Duplicate, Kept: datasets.Ref{ID: 87010}}},
	}
	// The kept title is unlike the delisted one: a warning, approved.
	unlike := []datasets.Delisting{{Item: 1, Publisher: tc, Dataset: datasets.Ref{ID: 87010},
		Grounds: datasets.Grounds{Reason: datasets.Duplicate, Kept: datasets.Ref{ID: 23252}}}}
	// No requester: the publisher rule cannot be applied.
	anonymous := []datasets.Delisting{{Item: 1, Dataset: datasets.Ref{ID: 87010},
		Grounds: datasets.Grounds{Reason: datasets.Duplicate, Kept: datasets.Ref{ID: 23261}}}}
	// One of the deck's requests and one of an unknown dataset.
	mixed := append(deck[:1:1], datasets.Delisting{Row: 4, Item: 3, Publisher: tc, Dataset: datasets.Ref{ID: 1}, Grounds: datasets.Grounds{Reason: datasets.Obsolete}})
	checkResults(t, []resultCase{
		{"the deck", c.ReviewDelistings(deck),
			finding.Head{Code: "datasets.delisting-review", Verdict: finding.Passed},
			"審查下架申請2件：得同意2件，不予同意0件；核對結果符合2件，不符0件，無法查核0件",
			"delisting requests reviewed: 2; 2 may be approved, 0 refused; 2 passed every rule, 0 failed, 0 not checkable in full"},
		{"a cycle", c.ReviewDelistings(cycle),
			finding.Head{Code: "datasets.delisting-review", Severity: finding.Error, Verdict: finding.Failed},
			"審查下架申請2件：得同意0件，不予同意2件；核對結果符合0件，不符2件，無法查核0件",
			"delisting requests reviewed: 2; 0 may be approved, 2 refused; 0 passed every rule, 2 failed, 0 not checkable in full"},
		{"one refused", c.ReviewDelistings(mixed),
			finding.Head{Code: "datasets.delisting-review", Severity: finding.Error, Verdict: finding.Failed},
			"審查下架申請2件：得同意1件，不予同意1件；核對結果符合1件，不符1件，無法查核0件",
			"delisting requests reviewed: 2; 1 may be approved, 1 refused; 1 passed every rule, 1 failed, 0 not checkable in full"},
		// Approved, but a rule of warning does not hold: never 符合.
		{"a warning", c.ReviewDelistings(unlike),
			finding.Head{Code: "datasets.delisting-review", Severity: finding.Warning, Verdict: finding.Failed},
			"審查下架申請1件：得同意1件，不予同意0件；核對結果符合0件，不符1件，無法查核0件",
			"delisting requests reviewed: 1; 1 may be approved, 0 refused; 0 passed every rule, 1 failed, 0 not checkable in full"},
		{"no requester", c.ReviewDelistings(anonymous),
			finding.Head{Code: "datasets.delisting-review", Severity: finding.Notice, Verdict: finding.Unchecked},
			"審查下架申請1件：得同意1件，不予同意0件；核對結果符合0件，不符0件，無法查核1件",
			"delisting requests reviewed: 1; 1 may be approved, 0 refused; 0 passed every rule, 0 failed, 1 not checkable in full"},
		// Findings out of batch order are grouped by request all the same.
		{"findings out of order", datasets.DelistingReview{Approved: deck, Refused: []datasets.Refusal{{Index: 2}},
			Findings: []datasets.DelistingFinding{{Index: 2, Severity: finding.Error, Verdict: finding.Failed, Code: "datasets.no-reason"},
				{Index: 0, Severity: finding.Notice, Verdict: finding.Unchecked, Code: "datasets.publisher-unknown"},
				{Index: 2, Severity: finding.Error, Verdict: finding.Failed, Code: "datasets.kept-self"}}},
			finding.Head{Code: "datasets.delisting-review", Severity: finding.Error, Verdict: finding.Failed},
			"審查下架申請3件：得同意2件，不予同意1件；核對結果符合1件，不符1件，無法查核1件",
			"delisting requests reviewed: 3; 2 may be approved, 1 refused; 1 passed every rule, 1 failed, 1 not checkable in full"},
		{"no request", c.ReviewDelistings(nil),
			finding.Head{Code: "datasets.delisting-review"},
			"本批未列下架申請", "the batch holds no delisting request"},
	})
}

func TestRefusalResult(t *testing.T) {
	tc := datasets.MustLookupPublisher("矯正署臺中戒治所")
	c := exampleCatalog()
	review := c.ReviewDelistings([]datasets.Delisting{
		{Row: 2, Item: 1, Publisher: datasets.MustLookupPublisher("統計處"), Dataset: datasets.Ref{ID: 87010}, Grounds: datasets.Grounds{Reason: datasets.Duplicate}},
		{Row: 3, Publisher: tc, Dataset: datasets.Ref{ID: 1}, Grounds: datasets.Grounds{Reason: datasets.Obsolete}},
	})
	if len(review.Refused) != 2 {
		t.Fatalf("review %+v: want two refused", review)
	}
	checkResults(t, []resultCase{
		{"two rules broken", review.Refused[0],
			finding.Head{Code: "datasets.refusal", Severity: finding.Error, Verdict: finding.Failed, Row: 2},
			"項次1（資料集87010）不予同意：申請機關為統計處，惟資料集87010之提供機關為矯正署臺中戒治所；下架原因為重複，惟未指明保留之資料集",
			"item 1 (dataset 87010) is refused: 統計處 asks, but dataset 87010 is published by 矯正署臺中戒治所; the reason is duplicate, but the dataset kept is not named"},
		{"unnumbered", review.Refused[1],
			finding.Head{Code: "datasets.refusal", Severity: finding.Error, Verdict: finding.Failed, Row: 3},
			"第2筆申請（資料集1）不予同意：資料集1不在資料集目錄中",
			"request 2 (dataset 1) is refused: dataset 1 is not in the catalog"},
		{"no finding given", datasets.Refusal{Index: 0, Delisting: datasets.Delisting{Item: 4, Dataset: datasets.Ref{ID: 87010}}},
			finding.Head{Code: "datasets.refusal", Severity: finding.Error, Verdict: finding.Failed},
			"項次4（資料集87010）不予同意", "item 4 (dataset 87010) is refused"},
	})
}

// A ranking is a figure computed, no check: complete, it has no verdict;
// with publishers the register does not place, it is not known.
func TestMinistryRankingResult(t *testing.T) {
	reg := sampleRegister(t)
	on := d("111/05/19")
	placed := map[string]int{"臺灣臺北地方檢察署": 3, "法務部矯正署臺北監獄": 2, "法務部": 1, "財政部": 7, "內政部統計處": 4, "高雄市政府都市發展局": 9, "臺灣高等法院": 2}
	with := map[string]int{"臺灣士林地方檢察署": 1, "某某不存在機關": 4}
	for n, c := range placed {
		with[n] = c
	}
	checkResults(t, []resultCase{
		{"complete", reg.RankMinistries(sampleNational(t, placed), on, datasets.Executive),
			finding.Head{Code: "datasets.ministry-ranking"},
			"行政院各部會資料集數量排名（111年5月19日）：計3個機關，資料集17筆",
			"the ministries of the Executive Yuan ranked by open datasets (2022-05-19): heads 3, datasets 17"},
		{"the five Yuans", reg.RankMinistries(sampleNational(t, placed), on, datasets.Yuans),
			finding.Head{Code: "datasets.ministry-ranking"},
			"五院資料集數量排名（111年5月19日）：計2個機關，資料集19筆",
			"the five Yuans ranked by open datasets (2022-05-19): heads 2, datasets 19"},
		{"two publishers not placed", reg.RankMinistries(sampleNational(t, with), on, datasets.Executive),
			finding.Head{Code: "datasets.ministry-ranking", Severity: finding.Notice, Verdict: finding.Unchecked},
			"行政院各部會資料集數量排名（111年5月19日）：計3個機關，資料集17筆；另2個提供機關（資料集5筆）未能依機關名冊歸屬，排名未能確定，無法查核",
			"the ministries of the Executive Yuan ranked by open datasets (2022-05-19): heads 3, datasets 17; publishers the register could not place: 2 (5 datasets), so the ranking is not known and cannot be checked"},
		{"no day, nothing ranked", datasets.MinistryRanking{Ranked: []datasets.Ranked{}, Unplaced: []datasets.Unplaced{}},
			finding.Head{Code: "datasets.ministry-ranking"},
			"行政院各部會資料集數量排名：計0個機關，資料集0筆",
			"the ministries of the Executive Yuan ranked by open datasets: heads 0, datasets 0"},
	})
}

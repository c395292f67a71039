package datasets_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/ogdtw/governance/datasets"
	"github.com/ogdtw/governance/finding"
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
	checkResults(t, []resultCase{
		// 2 rows × (增減, 迄今) + 2 小計 × 4 columns + 2 periods against the series.
		{"every figure checks", good.Check(yearEnd),
			finding.Head{Code: "datasets.table-check", Verdict: finding.Passed},
			"核對各列增減、小計、合計及開放數量等14項：符合14項，不符0項，無法查核0項",
			"14 figures of the table checked (changes, subtotals, total, series): 14 agree, 0 do not, 0 could not be checked"},
		{"a wrong 增減", wrong.Check(yearEnd),
			finding.Head{Code: "datasets.table-check", Severity: finding.Error, Verdict: finding.Failed},
			// The row's 增減 and its group's 小計 of 增減 break; its 迄今 holds.
			"核對各列增減、小計、合計及開放數量等14項：符合12項，不符2項，無法查核0項",
			"14 figures of the table checked (changes, subtotals, total, series): 12 agree, 2 do not, 0 could not be checked"},
		// Without a series the totals cannot be compared: no ✓.
		{"no series", good.Check(datasets.Series{}),
			finding.Head{Code: "datasets.table-check", Verdict: finding.Unchecked},
			"核對各列增減、小計、合計及開放數量等14項：符合12項，不符0項，無法查核2項",
			"14 figures of the table checked (changes, subtotals, total, series): 12 agree, 0 do not, 2 could not be checked"},
		// The deck counts 110年第4季 on 110/12/10: no row's 迄今 can be
		// checked, a notice says why.
		{"the deck", deck.Check(deckSeries(t)),
			finding.Head{Code: "datasets.table-check", Severity: finding.Notice, Verdict: finding.Unchecked},
			"核對各列增減、小計、合計及開放數量等56項：符合33項，不符0項，無法查核23項",
			"56 figures of the table checked (changes, subtotals, total, series): 33 agree, 0 do not, 23 could not be checked"},
		{"nothing checked", datasets.TableCheck{},
			finding.Head{Code: "datasets.table-check"},
			"未核對任何數字", "no figure was checked"},
	})
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
	checkResults(t, []resultCase{
		{"every rank as counted", datasets.CheckPrintedRanks(datasets.Rank(entries)),
			finding.Head{Code: "datasets.printed-rank-check", Verdict: finding.Passed},
			"核對排名表所載排名3項：符合3項，不符0項", "3 printed ranks checked: 3 as the counts give, 0 not"},
		{"a wrong rank", datasets.CheckPrintedRanks(datasets.Rank(wrong)),
			finding.Head{Code: "datasets.printed-rank-check", Severity: finding.Error, Verdict: finding.Failed},
			"核對排名表所載排名3項：符合2項，不符1項", "3 printed ranks checked: 2 as the counts give, 1 not"},
		// A blank 排名 is no rank printed: the others are checked.
		{"one rank not printed", datasets.CheckPrintedRanks(datasets.Rank(partly)),
			finding.Head{Code: "datasets.printed-rank-check", Verdict: finding.Passed},
			"核對排名表所載排名2項：符合2項，不符0項", "2 printed ranks checked: 2 as the counts give, 0 not"},
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
	if c.Verdict != c.Head().Verdict || c.Checks() != (finding.Tally{Passed: 2, Failed: 1}) {
		t.Errorf("CheckPrintedRanks: Verdict %v, Checks %+v; want 不符, 2 passed and 1 failed", c.Verdict, c.Checks())
	}
}

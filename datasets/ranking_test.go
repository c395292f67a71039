package datasets_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/ogdtw/governance/datasets"
	"github.com/ogdtw/governance/finding"
)

func TestRank(t *testing.T) {
	tests := []struct {
		name string
		in   []datasets.Entry
		want []datasets.Ranked
	}{
		{"empty", nil, []datasets.Ranked{}},
		{"1224", []datasets.Entry{{Name: "丙", Count: 5}, {Name: "甲", Count: 9}, {Name: "乙", Count: 7}, {Name: "丁", Count: 7}},
			[]datasets.Ranked{{Rank: 1, Name: "甲", Count: 9}, {Rank: 2, Name: "乙", Count: 7}, {Rank: 2, Name: "丁", Count: 7}, {Rank: 4, Name: "丙", Count: 5}}},
		{"all tied keep input order", []datasets.Entry{{Name: "c", Count: 1}, {Name: "a", Count: 1}, {Name: "b", Count: 1}},
			[]datasets.Ranked{{Rank: 1, Name: "c", Count: 1}, {Rank: 1, Name: "a", Count: 1}, {Rank: 1, Name: "b", Count: 1}}},
		{"tie after tie", []datasets.Entry{{Name: "a", Count: 3}, {Name: "b", Count: 3}, {Name: "c", Count: 2}, {Name: "d", Count: 2}, {Name: "e", Count: 1}},
			[]datasets.Ranked{{Rank: 1, Name: "a", Count: 3}, {Rank: 1, Name: "b", Count: 3}, {Rank: 3, Name: "c", Count: 2}, {Rank: 3, Name: "d", Count: 2}, {Rank: 5, Name: "e", Count: 1}}},
	}
	for _, tt := range tests {
		in := append([]datasets.Entry(nil), tt.in...)
		got := datasets.Rank(tt.in)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Rank(%s) mismatch (-want +got):\n%s", tt.name, diff)
		}
		if diff := cmp.Diff(in, tt.in); diff != "" {
			t.Errorf("Rank(%s) modified its input", tt.name)
		}
	}
}

// The deck: 資料開放數量名列各部會第二. The other counts are made up.
func TestRankOfMinistry(t *testing.T) {
	ranked := datasets.Rank([]datasets.Entry{{Name: "乙部", Count: 1200}, {Name: "法務部", Count: 2963}, {Name: "甲部", Count: 4000}})
	if r, ok := datasets.RankOf(ranked, "法務部"); !ok || r != 2 {
		t.Errorf("RankOf(法務部) = %d, %v, want 2", r, ok)
	}
	if _, ok := datasets.RankOf(ranked, "丙部"); ok {
		t.Errorf("RankOf(丙部) found")
	}
}

var parseRankTests = []struct {
	in   string
	want int
	err  error
}{
	{"2", 2, nil},
	{"２", 2, nil},
	{" 第2名 ", 2, nil},
	{"第二名", 2, nil},
	{"第十一名", 11, nil},
	{"十一", 11, nil},
	{"並列第2", 2, nil},
	{"2（並列）", 2, nil},
	{"2 (並列)", 2, nil},
	{"第 1 0 名", 10, nil},
	{"", 0, datasets.ErrSyntax},
	{"第名", 0, datasets.ErrSyntax},
	{"二2", 0, datasets.ErrSyntax},
	{"2.", 0, datasets.ErrSyntax},
	{"-1", 0, datasets.ErrSyntax},
	{"0", 0, datasets.ErrRange},
	{"第〇名", 0, datasets.ErrRange},
	{"1000000000000", 0, datasets.ErrRange},
}

func TestParseRank(t *testing.T) {
	for _, tt := range parseRankTests {
		got, err := datasets.ParseRank(tt.in)
		if got != tt.want || !errors.Is(err, tt.err) || (err == nil) != (tt.err == nil) {
			t.Errorf("ParseRank(%q) = %d, %v, want %d, %v", tt.in, got, err, tt.want, tt.err)
		}
	}
}

// rankingRows is a ranking table as a deck prints it, below a title,
// with a byte-order mark; the counts other than 法務部's are made up.
var rankingRows = [][]string{
	{"\ufeff行政院及各部會資料開放情形—資料集數量排名", "", ""},
	{"統計至111年5月19日", "", ""},
	{"名次", "部會名稱", "開放數量"},
	{"1", "經濟部", "3,120筆"},
	{"2", "法務部", "2,963筆"},
	{"第3名", "內政部", "２，５００"},
	{"", "", ""},
	{"四", "交通部", "1200"},
}

func TestImportRanking(t *testing.T) {
	es, err := datasets.ImportRanking(rankingRows)
	if err != nil {
		t.Fatal(err)
	}
	want := []datasets.Entry{
		{Name: "經濟部", Count: 3120, PrintedRank: 1, Row: 4},
		{Name: "法務部", Count: 2963, PrintedRank: 2, Row: 5},
		{Name: "內政部", Count: 2500, PrintedRank: 3, Row: 6},
		{Name: "交通部", Count: 1200, PrintedRank: 4, Row: 8},
	}
	if diff := cmp.Diff(want, es); diff != "" {
		t.Errorf("ImportRanking mismatch (-want +got):\n%s", diff)
	}
	if c := datasets.CheckPrintedRanks(datasets.Rank(es)); c.Head().Verdict != finding.Passed || c.Checked != 4 || c.Findings != nil {
		t.Errorf("CheckPrintedRanks = %+v", c)
	}
	back, err := datasets.ImportRanking(datasets.RankingRecords(es))
	if err != nil || !cmp.Equal(back, es, cmpopts.IgnoreFields(datasets.Entry{}, "Row")) {
		t.Errorf("ImportRanking(RankingRecords) = %+v, %v", back, err)
	}
}

// Bad cells are reported, good rows kept; a header without 資料集數量 is
// reported at the header's row.
func TestImportRankingBadRows(t *testing.T) {
	rows := [][]string{
		{"機關", "資料集數量", "排名"},
		{"經濟部", "3,120", "1"},
		{"法務部", "29,63", "2"},        // bad grouping
		{"", "10", "3"},              // no name
		{"台北市政府", "12", "x"},         // bad rank
		{"臺北市政府", "12", ""},          // fine: the first 台北市政府 was refused
		{"臺北市政府", "13", ""},          // given twice
		{"合　計", "9,999", ""},         // a total
		{"內政部", "-3", ""},            // negative
		{"交通部", "1000000000000", ""}, // too large
		{"財政部", "0", "0"},            // rank 0
	}
	es, err := datasets.ImportRanking(rows)
	got := rowProblems(problemsOf(t, err), sentinels...)
	want := []rowProblem{
		{3, "資料集數量", datasets.ErrSyntax},
		{4, "機關", datasets.ErrMissing},
		{5, "排名", datasets.ErrSyntax}, // a warning: the row is kept, unranked
		{6, "機關", datasets.ErrDuplicate},
		{7, "機關", datasets.ErrDuplicate},
		{8, "機關", datasets.ErrSyntax},
		{9, "資料集數量", datasets.ErrSyntax},
		{10, "資料集數量", datasets.ErrRange},
		{11, "排名", datasets.ErrRange},
	}
	if diff := cmp.Diff(want, got, cmpErr); diff != "" {
		t.Errorf("problems mismatch (-want +got):\n%s", diff)
	}
	// A bad 排名 (optional) keeps its row unranked; every other problem
	// is in a required cell and leaves its row out.
	if len(es) != 3 || es[0].Name != "經濟部" || es[1].Name != "台北市政府" || es[1].Row != 5 || es[1].PrintedRank != 0 ||
		es[2].Name != "財政部" || es[2].Row != 11 || es[2].PrintedRank != 0 {
		t.Errorf("kept %+v", es)
	}
	// Their ranks are printed and not known: 無法查核, never not printed.
	if es[0].RankIllegible || !es[1].RankIllegible || !es[2].RankIllegible {
		t.Errorf("RankIllegible of %+v: want the two bad 排名 marked", es)
	}
	var ie *datasets.ImportError
	errors.As(err, &ie)
	for _, p := range ie.Problems {
		want := finding.Error
		if p.Column == "排名" {
			want = finding.Warning
		}
		if p.Severity != want {
			t.Errorf("row %d %s: severity %v, want %v", p.Row, p.Column, p.Severity, want)
		}
	}
	if msg := ie.Problems[3].Message(finding.Chinese); msg != "第6列「機關」欄：「臺北市政府」無法解析：機關已見於第5列" {
		t.Errorf("duplicate reads %q", msg)
	}
	if msg := ie.Problems[5].Message(finding.Chinese); msg != "第8列「機關」欄：「合　計」無法解析：合計列非機關" {
		t.Errorf("total reads %q", msg)
	}

	_, err = datasets.ImportRanking([][]string{{"排名", "機關"}, {"1", "法務部"}})
	if diff := cmp.Diff([]rowProblem{{1, "資料集數量", datasets.ErrNoHeader}}, rowProblems(problemsOf(t, err), sentinels...), cmpErr); diff != "" {
		t.Errorf("header problems mismatch (-want +got):\n%s", diff)
	}
	if es, err := datasets.ImportRanking(nil); es != nil || err == nil {
		t.Errorf("ImportRanking(nil) = %v, %v", es, err)
	}
}

// A printed 排名 is checked against the rank the counts give: a table
// that prints 2 for a tie at 1 is wrong, and one that prints no rank
// cannot be checked.
func TestCheckPrintedRanks(t *testing.T) {
	ranked := datasets.Rank([]datasets.Entry{
		{Name: "經濟部", Count: 3120, PrintedRank: 1, Row: 2},
		{Name: "法務部", Count: 3120, PrintedRank: 2, Row: 3},
		{Name: "內政部", Count: 2500, Row: 4},
		{Name: "交通部", Count: 1200, PrintedRank: 4, Row: 5},
		{Name: "財政部", Count: 1300, PrintedRank: 5, Row: 6},
	})
	c := datasets.CheckPrintedRanks(ranked)
	if c.Head().Verdict != finding.Failed || c.Checked != 4 || len(c.Findings) != 3 {
		t.Fatalf("CheckPrintedRanks = %+v", c)
	}
	want := []string{
		"錯誤：法務部排名載為第2名，依資料集數量3,120筆計算應為第1名",
		"錯誤：財政部排名載為第5名，依資料集數量1,300筆計算應為第4名",
		"錯誤：交通部排名載為第4名，依資料集數量1,200筆計算應為第5名",
	}
	for i, f := range c.Findings {
		if f.String() != want[i] || f.Code != "datasets.printed-rank" || f.Severity != finding.Error || !strings.HasSuffix(want[i], f.Detail) {
			t.Errorf("finding %d = %q (%+v), want %q", i, f.String(), f, want[i])
		}
	}
	if en := c.Findings[0].Message(finding.English); en != "error: 法務部: the rank is printed as 2, while the count, 3,120, gives rank 1" {
		t.Errorf("English %q", en)
	}
	none := datasets.CheckPrintedRanks(datasets.Rank([]datasets.Entry{{Name: "甲", Count: 1}}))
	if none.Head().Verdict != finding.Unchecked || none.Checked != 0 || none.Findings != nil {
		t.Errorf("no printed rank: %+v", none)
	}
	if empty := datasets.CheckPrintedRanks(nil); empty.Head().Verdict != finding.Unchecked {
		t.Errorf("empty: %+v", empty)
	}
}

// RankOf compares names as a table writes them: blanks, full-width forms
// and 台 aside.
func TestRankOfFolded(t *testing.T) {
	ranked := datasets.Rank([]datasets.Entry{{Name: "臺北市政府", Count: 2}, {Name: "ＡＢＣ部", Count: 1}})
	for _, name := range []string{"台北市政府", " 臺北 市政府", "臺北市政府"} {
		if r, ok := datasets.RankOf(ranked, name); !ok || r != 1 {
			t.Errorf("RankOf(%q) = %d, %v", name, r, ok)
		}
	}
	if r, ok := datasets.RankOf(ranked, "ABC部"); !ok || r != 2 {
		t.Errorf("RankOf(ABC部) = %d, %v", r, ok)
	}
	if _, ok := datasets.RankOf(ranked, ""); ok {
		t.Errorf("RankOf(\"\") found")
	}
}

// RankOf does not allocate for names with nothing to fold, as ranking
// tables write most.
func TestRankOfNoAllocs(t *testing.T) {
	ranked := datasets.Rank([]datasets.Entry{{Name: "經濟部", Count: 3}, {Name: "內政部", Count: 2}, {Name: "法務部", Count: 1}})
	if n := testing.AllocsPerRun(100, func() { _, _ = datasets.RankOf(ranked, "法務部") }); n != 0 {
		t.Errorf("RankOf allocates %v times", n)
	}
}

// 法務部矯正署 and 矯正署 are one agency: the second row is a duplicate,
// and RankOf finds it by either name (issue 21).
func TestImportRankingFolds(t *testing.T) {
	rows := [][]string{{"機關", "資料集數量"}, {"法務部矯正署", "958"}, {"矯正署", "958"}, {"台灣高等檢察署", "300"}, {"臺高檢", "300"}, {"經濟部", "3,120"}}
	es, err := datasets.ImportRanking(rows)
	want := []rowProblem{{3, "機關", datasets.ErrDuplicate}, {5, "機關", datasets.ErrDuplicate}}
	if diff := cmp.Diff(want, rowProblems(problemsOf(t, err), sentinels...), cmpErr); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
	if len(es) != 3 || es[0].Name != "矯正署" || es[1].Name != "臺灣高等檢察署" {
		t.Fatalf("entries %+v", es)
	}
	ranked := datasets.Rank(es)
	for _, name := range []string{"法務部矯正署", "矯正署", "法務部 矯正署"} {
		if r, ok := datasets.RankOf(ranked, name); !ok || r != 2 {
			t.Errorf("RankOf(%s) = %d, %v; want 2", name, r, ok)
		}
	}
	if r, ok := datasets.RankOf(ranked, "士林地檢署"); ok {
		t.Errorf("RankOf(士林地檢署) = %d: an unknown agency found", r)
	}
}

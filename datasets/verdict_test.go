package datasets_test

import (
	"testing"

	"github.com/ogdtw/governance/datasets"
	"github.com/ogdtw/governance/finding"
)

// Every finding of a check carries its verdict: a figure compared and
// wrong is 不符, one that could not be compared 無法查核, never 符合; Head
// says the same as the fields (issue 21).
func TestFindingVerdicts(t *testing.T) {
	// The deck's table against the deck's series: the figures check.
	tb := deckTable(t)
	yearStartOnly(t, "deck table", tb.Check(deckSeries(t)))
	// Without the point of 110年第4季: the total cannot be compared.
	s := datasets.MustNewSeries(datasets.Point{Date: d("111/05/19"), Count: 2963, Increase: 157})
	for _, f := range tb.Check(s).Findings {
		if f.Verdict != finding.Unchecked || f.Head() != (finding.Head{Code: f.Code, Severity: finding.Notice, Verdict: finding.Unchecked, Row: f.Row, Column: f.Column}) {
			t.Errorf("not in series: %+v, head %+v; want Unchecked", f, f.Head())
		}
	}
	// A series whose count at 111/05/19 differs from the rows' total.
	s = datasets.MustNewSeries(datasets.Point{Date: d("110/12/10"), Count: 2806, Increase: 65}, datasets.Point{Date: d("111/05/19"), Count: 2960, Increase: 154})
	fs := tb.Check(s).Findings
	if fs = fs[1:]; len(fs) != 1 || fs[0].Code != "datasets.series-mismatch" || fs[0].Verdict != finding.Failed || fs[0].Head().Verdict != finding.Failed {
		t.Errorf("series mismatch: %+v; want one Failed", fs)
	}
	// A printed increase that does not check.
	bad := datasets.MustNewSeries(datasets.Point{Date: d("110/12/10"), Count: 2806, Increase: 65}, datasets.Point{Row: 3, Date: d("111/05/19"), Count: 2963, Increase: 150})
	sf := bad.Check()
	if len(sf) != 1 || sf[0].Verdict != finding.Failed || sf[0].Head() != (finding.Head{Code: "datasets.increase", Severity: finding.Error, Verdict: finding.Failed, Row: 3, Column: "增加數量"}) {
		t.Errorf("Series.Check = %+v", sf)
	}
	// A printed rank the counts do not give.
	ranked := datasets.Rank([]datasets.Entry{{Name: "經濟部", Count: 3120, PrintedRank: 1, Row: 2}, {Name: "法務部", Count: 2963, PrintedRank: 3, Row: 3}})
	pc := datasets.CheckPrintedRanks(ranked)
	if pc.Head().Verdict != finding.Failed || len(pc.Findings) != 1 || pc.Findings[0].Verdict != finding.Failed || pc.Findings[0].Head().Row != 3 {
		t.Errorf("CheckPrintedRanks = %+v", pc)
	}
	// A claim checked, and one that cannot be.
	claim, err := datasets.ParseRankClaim("資料開放數量名列各部會第二")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		ranked []datasets.Ranked
		want   finding.Verdict
	}{
		{ranked, finding.Passed},
		{datasets.Rank([]datasets.Entry{{Name: "法務部", Count: 3120}, {Name: "經濟部", Count: 2963}}), finding.Failed},
		{nil, finding.Unchecked},
		{datasets.Rank([]datasets.Entry{{Name: "經濟部", Count: 3120}}), finding.Unchecked},
	} {
		k := datasets.CheckRankClaim(tt.ranked, "法務部", claim)
		if k.Verdict != tt.want || k.Head().Verdict != tt.want {
			t.Errorf("CheckRankClaim(%v) = %v, want %v", tt.ranked, k.Verdict, tt.want)
		}
	}
	// A problem of a cell is no check: it has no verdict, and its head
	// carries its severity.
	_, err = datasets.ImportCatalog([][]string{{"資料集識別碼", "資料集名稱", "提供機關", "上架日期"}, {"1", "甲", "統計處", "2017-02-30"}})
	ps := problemsOf(t, err)
	if len(ps) != 1 || ps[0].Head() != (finding.Head{Code: "datasets.range", Severity: finding.Warning, Row: 2, Column: "上架日期"}) {
		t.Errorf("RowError head %+v", ps[0].Head())
	}
}

// Totals count checks, not lines: each comparison of the table and the
// series is one check with its verdict.
func TestChecksTally(t *testing.T) {
	tb := deckTable(t)
	// Per row 增減 (and 迄今 when the earlier period ends a year), four
	// columns per printed 小計 and 合計, two periods against the series.
	perRow := 1
	if tb.Prev.Number() == 4 && tb.Prev.Year()+1 == tb.Cur.Year() {
		perRow = 2
	}
	lines := len(tb.Subtotals)
	if tb.Total != nil {
		lines++
	}
	n := perRow*len(tb.Rows) + 4*lines + 2
	// The deck's 110年第4季 is counted on 110/12/10, not at 111.01.01: each
	// row's 迄今 is one check not made.
	y := len(tb.Rows)
	tests := []struct {
		name                      string
		s                         datasets.Series
		passed, failed, unchecked int
	}{
		{"deck series", deckSeries(t), n - y, 0, y},
		{"no series", datasets.Series{}, n - y - 2, 0, y + 2},
		{"only 111/05/19", datasets.MustNewSeries(datasets.Point{Date: d("111/05/19"), Count: 2963, Increase: 157}), n - y - 1, 0, y + 1},
		{"111/05/19 differs", datasets.MustNewSeries(datasets.Point{Date: d("110/12/10"), Count: 2806, Increase: 65}, datasets.Point{Date: d("111/05/19"), Count: 2960, Increase: 154}), n - y - 1, 1, y},
	}
	for _, tt := range tests {
		got := tb.Check(tt.s).Tally
		if got != (finding.Tally{Passed: tt.passed, Failed: tt.failed, Unchecked: tt.unchecked}) {
			t.Errorf("%s: Tally = %+v, want %d/%d/%d", tt.name, got, tt.passed, tt.failed, tt.unchecked)
		}
	}
	// A wrong 增減 fails one check and leaves the others standing.
	rows := cloneRows(deckTableRows)
	for _, r := range rows {
		if len(r) > 1 && r[1] == "統計處" {
			r[4] = "+99"
		}
	}
	bad, _ := datasets.ImportTable(rows)
	if got := bad.Check(deckSeries(t)).Tally; got.Failed == 0 || got.Total() != n || got.Unchecked != y {
		t.Errorf("wrong 增減: Tally = %+v, want failures among %d checks", got, n)
	}
	// The series: the first increase is taken on trust (無法查核).
	if got := deckSeries(t).Tally(); got != (finding.Tally{Passed: 8, Unchecked: 1}) {
		t.Errorf("Series.Tally = %+v", got)
	}
	wrong := datasets.MustNewSeries(datasets.Point{Date: d("110/12/10"), Count: 2806, Increase: 65}, datasets.Point{Date: d("111/05/19"), Count: 2963, Increase: 150})
	if got := wrong.Tally(); got != (finding.Tally{Failed: 1, Unchecked: 1}) || len(wrong.Check()) != got.Failed {
		t.Errorf("Series.Tally = %+v", got)
	}
}

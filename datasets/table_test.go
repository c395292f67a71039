package datasets_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/ogdtw/governance/datasets"
	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/rocdate"
)

// mustSum returns tb.Sum(g), failing t on an error.
func mustSum(t testing.TB, tb datasets.Table, g datasets.Group) datasets.Figures {
	t.Helper()
	f, err := tb.Sum(g)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func quarter(s string) rocdate.Quarter {
	q, err := rocdate.ParseQuarter(s)
	if err != nil {
		panic(err)
	}
	return q
}

// figureProblem is what a test expects of a TableFinding.
type figureProblem struct {
	Line              datasets.Line
	Index, Row        int
	Name, Column      string
	Printed, Computed int
	Code              string
}

func TestTableCheckFindsEveryWrongFigure(t *testing.T) {
	rows := cloneRows(deckTableRows)
	rows[1][4] = "5"                                                        // 統計處 增減 4 printed as 5
	rows[2][5] = "3"                                                        // 保護司 迄今 2 printed as 3
	rows[13][2] = "876"                                                     // 本部單位 小計 877 printed as 876
	rows[14][3] = "1,051"                                                   // 矯正署 1,050 printed as 1,051: row change, subtotal and series break
	rows = append(rows, []string{"", "合計", "2,806", "2,964", "158", "157"}) // 迄今 should be 158 now
	tb, err := datasets.ImportTable(rows)
	if err != nil {
		t.Fatalf("ImportTable: %v", err)
	}
	// Counted on 110/12/31, 110年第4季 is the count at 111.01.01, so each
	// row's 迄今 is checked against its 增減.
	tb.PrevDate = d("110/12/31")
	yearEnd := datasets.MustNewSeries(datasets.Point{Date: d("110/12/31"), Count: 2806},
		datasets.Point{Date: d("111/05/19"), Count: 2963, Increase: 157})
	c := tb.Check(yearEnd)
	var got []figureProblem
	for _, p := range c.Findings {
		name := p.Publisher.Short()
		if p.Line != datasets.PublisherLine {
			name = p.Group.String()
		}
		got = append(got, figureProblem{p.Line, p.Index, p.Row, name, p.Column, p.Printed, p.Computed, p.Code})
		if p.Detail == "" || !strings.HasPrefix(p.String(), "錯誤：") {
			t.Errorf("finding %+v: no detail or severity", p)
		}
	}
	pl, sl, tl := datasets.PublisherLine, datasets.SubtotalLine, datasets.TotalLine
	want := []figureProblem{
		{pl, 0, 2, "統計處", "增減", 5, 4, "datasets.change"},
		{pl, 1, 3, "保護司", "111.01.01 迄今", 3, 2, "datasets.since-year-start"},
		{pl, 12, 15, "矯正署", "增減", 92, 93, "datasets.change"},
		{pl, 12, 15, "矯正署", "111.01.01 迄今", 92, 93, "datasets.since-year-start"},
		{sl, 0, 14, "本部單位", "110年第4季", 876, 877, "datasets.subtotal"},
		{sl, 0, 14, "本部單位", "增減", 14, 15, "datasets.subtotal"},
		{sl, 0, 14, "本部單位", "111.01.01 迄今", 14, 15, "datasets.subtotal"},
		{sl, 1, 26, "所屬機關", "111年第2季", 2072, 2073, "datasets.subtotal"},
		{tl, -1, 27, "", "111.01.01 迄今", 157, 158, "datasets.total"},
		{tl, -1, 27, "", "111年第2季", 2964, 2963, "datasets.series-mismatch"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Check mismatch (-want +got):\n%s", diff)
	}
	if len(c.Agreeing) != len(tb.Rows)-3 || c.Agreeing[0] != 2 {
		t.Errorf("Agreeing = %v, want all but rows 0, 1 and 12", c.Agreeing)
	}
	if len(c.AgreeingSubtotals) != 0 || len(c.Matched) != 1 || c.Matched[0].Count != 2806 {
		t.Errorf("AgreeingSubtotals %v, Matched %v", c.AgreeingSubtotals, c.Matched)
	}
	if want := "錯誤：合計111年第2季各列合計2,964，與111年5月19日開放數量2,963不符"; len(c.Findings) == len(want) && c.Findings[9].String() != want {
		t.Errorf("String() = %q, want %q", c.Findings[9].String(), want)
	}
}

// TestTableCheckYearStartUnknown: the deck's 110年第4季 is the count of
// 110/12/10, not of 111.01.01, so no row's 迄今 can be checked: it is
// 無法查核, never taken as its 增減, and a wrong 迄今 is no 不符 either.
func TestTableCheckYearStartUnknown(t *testing.T) {
	rows := cloneRows(deckTableRows)
	rows[2][5] = "3" // 保護司 迄今 printed 3 where 增減 is 2: not knowable wrong
	tb, err := datasets.ImportTable(rows)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name     string
		prevDate rocdate.Date
		series   datasets.Series
		want     string
	}{
		{"counted on 110/12/10 by the series", rocdate.Date{}, deckSeries(t),
			"注意：「111.01.01 迄今」欄23列無法核對：前期110年第4季之數量統計至110年12月10日，非年初（111年1月1日）之數量，年初數量未載"},
		{"counted on a day given, not the last", d("110/12/10"), deckSeries(t),
			"注意：「111.01.01 迄今」欄23列無法核對：前期110年第4季之數量統計至110年12月10日，非年初（111年1月1日）之數量，年初數量未載"},
		{"no date and no series", rocdate.Date{}, datasets.Series{},
			"注意：「111.01.01 迄今」欄23列無法核對：前期110年第4季之數量未載統計日期，年初（111年1月1日）之數量未載"},
	} {
		tb.PrevDate = tt.prevDate
		c := tb.Check(tt.series)
		var unknown []datasets.TableFinding
		for _, f := range c.Findings {
			switch f.Code {
			case "datasets.since-year-start":
				t.Errorf("%s: %v: a 迄今 found wrong without the year's start", tt.name, f)
			case "datasets.year-start-unknown":
				unknown = append(unknown, f)
			}
		}
		if len(unknown) != 1 || unknown[0].Verdict != finding.Unchecked || unknown[0].String() != tt.want {
			t.Errorf("%s: findings %v, want one %q", tt.name, unknown, tt.want)
		}
		// 23 rows: 23 增減 checks made and 23 迄今 checks not made.
		if c.Tally.Unchecked < 23 || c.Tally.Passed+c.Tally.Failed < 23 {
			t.Errorf("%s: Tally = %+v, want the 23 迄今 unchecked", tt.name, c.Tally)
		}
	}
	if got := tb.Check(deckSeries(t)).Tally; got.Unchecked != 23 {
		t.Errorf("deck Tally = %+v, want 23 unchecked (the 迄今 of each row)", got)
	}
}

// yearStartOnly fails t unless the only finding of c is the notice that
// the 迄今 column cannot be checked (110年第4季 counted on 110/12/10, not
// at 111.01.01): every other figure of the deck's table checks.
func yearStartOnly(t *testing.T, what string, c datasets.TableCheck) {
	t.Helper()
	if len(c.Findings) != 1 || c.Findings[0].Code != "datasets.year-start-unknown" || c.Findings[0].Verdict != finding.Unchecked {
		t.Errorf("%s: Check = %v, want only datasets.year-start-unknown", what, c.Findings)
	}
}

func cloneRows(rows [][]string) [][]string {
	out := make([][]string, len(rows))
	for i, r := range rows {
		out[i] = append([]string(nil), r...)
	}
	return out
}

func TestTableCheckNotInSeries(t *testing.T) {
	tb := deckTable(t)
	s := datasets.MustNewSeries(datasets.Point{Date: d("111/05/19"), Count: 2963, Increase: 157})
	got := tb.Check(s).Findings[1:] // after the 迄今 notice
	if len(got) != 1 || got[0].Code != "datasets.not-in-series" || got[0].Severity != finding.Notice || got[0].Column != "110年第4季" {
		t.Fatalf("Check = %v, want a notice datasets.not-in-series for 110年第4季", got)
	}
	if want := "注意：合計開放數量統計無110年第4季之數字，110年第4季合計2,806未能核對"; got[0].String() != want {
		t.Errorf("String() = %q, want %q", got[0].String(), want)
	}
	// With an explicit date that is not in the series.
	tb.CurDate = d("111/05/20")
	if got := tb.Check(s).Findings; len(got) != 3 {
		t.Errorf("Check with CurDate 111/05/20 = %v, want three findings", got)
	}
	// An empty series has no point for either period: both totals are
	// 無法查核, each with its notice.
	c := tb.Check(datasets.Series{})
	if len(c.Findings) != 3 || c.Matched != nil || c.Tally.Unchecked != len(tb.Rows)+2 {
		t.Fatalf("Check(empty series) = %+v, findings %v", c.Tally, c.Findings)
	}
	for i, col := range []string{"110年第4季", "111年第2季"} {
		if f := c.Findings[1+i]; f.Code != "datasets.not-in-series" || f.Verdict != finding.Unchecked || f.Column != col {
			t.Errorf("Check(empty series): finding %d = %v, want a notice datasets.not-in-series for %s", 1+i, f, col)
		}
	}
}

// deckCatalogs builds two catalogs whose listed counts per publisher are
// the deck's table; 矯正署's datasets are split between 矯正署 and its
// sub-agency (8 of them in both periods), to test rolling up.
func deckCatalogs(t testing.TB) (prev, cur datasets.Catalog) {
	tb := deckTable(t)
	sub := datasets.MustLookupPublisher("臺中戒治所")
	var pds, cds []datasets.Dataset
	id := datasets.ID(1)
	for _, r := range tb.Rows {
		for i := 0; i < max(r.Prev, r.Cur); i++ {
			p := r.Publisher
			if p.Name() == "矯正署" && i < 8 {
				p = sub
			}
			ds := datasets.MustNewDataset(id, p.Short()+"資料集"+strconv.Itoa(i), p)
			id++
			if i < r.Prev {
				pds = append(pds, ds)
			}
			if i < r.Cur {
				cds = append(cds, ds)
			} else {
				cds = append(cds, ds.WithStatus(datasets.Delisted))
			}
		}
	}
	return datasets.MustNewCatalog(pds...), datasets.MustNewCatalog(cds...)
}

func TestBuildTableReproducesDeck(t *testing.T) {
	prev, cur := deckCatalogs(t)
	opt := datasets.TableOptions{Prev: quarter("110年第4季"), Cur: quarter("111年第2季"), PrevDate: d("110/12/10"), CurDate: d("111/05/19"), RollUp: true}
	got := datasets.BuildTable(prev, cur, opt)
	want := deckTable(t)
	want.PrevDate, want.CurDate = opt.PrevDate, opt.CurDate
	total := mustSum(t, want, datasets.NoGroup)
	want.Total = &total
	noRows := cmp.Options{cmpopts.IgnoreFields(datasets.TableRow{}, "Row"), cmpopts.IgnoreFields(datasets.Subtotal{}, "Row")}
	if diff := cmp.Diff(want, got, equateComparable, noRows); diff != "" {
		t.Errorf("BuildTable mismatch (-want +got):\n%s", diff)
	}
	yearStartOnly(t, "built table", got.Check(deckSeries(t)))
	// Without roll-up the sub-agency has its own row among the agencies.
	opt.RollUp = false
	sep := datasets.BuildTable(prev, cur, opt)
	if len(sep.Rows) != len(got.Rows)+1 || mustSum(t, sep, datasets.Agencies) != mustSum(t, got, datasets.Agencies) {
		t.Errorf("BuildTable without roll-up: %d rows, agencies %+v", len(sep.Rows), mustSum(t, sep, datasets.Agencies))
	}
	// A year-start catalog changes only the 迄今 column.
	opt.YearStart = &cur
	ys := datasets.BuildTable(prev, cur, opt)
	if mustSum(t, ys, datasets.NoGroup).SinceYearStart != 0 || mustSum(t, ys, datasets.NoGroup).Change != 157 {
		t.Errorf("BuildTable with YearStart = cur: %+v", mustSum(t, ys, datasets.NoGroup))
	}
}

// Records gives the cells as the deck prints them, and ImportTable reads
// them back.
func TestTableRecords(t *testing.T) {
	tb := deckTable(t)
	recs := tb.Records()
	if len(recs) != 1+23+2+1 {
		t.Fatalf("Records() has %d rows", len(recs))
	}
	want := map[int][]string{
		0:  {"群組", "機關(單位)", "110年第4季", "111年第2季", "增減", "111.01.01 迄今"},
		1:  {"本部單位", "統計處", "321", "325", "+4", "+4"},
		2:  {"", "保護司", "83", "85", "+2", "+2"},
		13: {"", "小計", "877", "891", "+14", "+14"},
		14: {"所屬機關", "矯正署", "958", "1,050", "+92", "+92"},
		26: {"", "合計", "2,806", "2,963", "+157", "+157"},
	}
	for i, w := range want {
		if diff := cmp.Diff(w, recs[i]); diff != "" {
			t.Errorf("Records()[%d] (-want +got):\n%s", i, diff)
		}
	}
	back, err := datasets.ImportTable(recs)
	if err != nil {
		t.Fatalf("ImportTable(Records()) %v", err)
	}
	total := mustSum(t, tb, datasets.NoGroup)
	tb.Total = &total
	if diff := cmp.Diff(tb, back, equateComparable, cmpopts.IgnoreFields(datasets.TableRow{}, "Row"),
		cmpopts.IgnoreFields(datasets.Subtotal{}, "Row"), cmpopts.IgnoreFields(datasets.Table{}, "TotalRow")); diff != "" {
		t.Errorf("ImportTable(Records()) mismatch (-want +got):\n%s", diff)
	}
}

func TestTableString(t *testing.T) {
	tb := deckTable(t)
	s := tb.String()
	lines := strings.Split(strings.TrimSuffix(s, "\n"), "\n")
	if len(lines) != 1+23+2+1 {
		t.Fatalf("String() has %d lines:\n%s", len(lines), s)
	}
	for _, want := range []string{"群組", "110年第4季", "111.01.01 迄今", "1,050", "小計", "合計", "2,963", "+92"} {
		if !strings.Contains(s, want) {
			t.Errorf("String() lacks %q:\n%s", want, s)
		}
	}
}

package datasets_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/ogdtw/governance/datasets"
	"github.com/ogdtw/governance/rocdate"
)

// rowProblem is what a test expects of a RowError.
type rowProblem struct {
	Row    int
	Column string
	Err    error
}

func rowProblems(ps []*datasets.RowError, sentinels ...error) []rowProblem {
	var out []rowProblem
	for _, p := range ps {
		var err error
		for _, s := range sentinels {
			if errors.Is(p, s) {
				err = s
				break
			}
		}
		out = append(out, rowProblem{p.Row, p.Column, err})
	}
	return out
}

var sentinels = []error{datasets.ErrSyntax, datasets.ErrRange, datasets.ErrUnknownPublisher, datasets.ErrDuplicateID,
	datasets.ErrMissingColumn, datasets.ErrDuplicateDate, datasets.ErrWrongGroup, rocdate.ErrSyntax, rocdate.ErrRange}

func TestImportCatalog(t *testing.T) {
	rows := [][]string{
		{"提供機關", "\ufeff資料集識別碼", "更新頻率", " 資料集名稱 "},
		{"法務部矯正署臺中戒治所", "87010", "每年", "矯正署臺中戒治所法定預算"},
		{"法務部統計處", "abc", "每月", "法務統計"},
		{"", "", "", ""},
		{"內政部", "5", "每年", "戶籍"},
		{"臺高檢", "23261", "每年", ""},
		{"矯正署臺中戒治所", "87010", "每年", "重複的識別碼"},
		{"法務部統計處", "6"},
		{"臺高檢", "７"},
		{"臺高檢", "8", "", "偵查案件"},
	}
	c, problems := datasets.ImportCatalog(rows)
	want := []rowProblem{
		{3, "資料集識別碼", datasets.ErrSyntax},
		{5, "提供機關", datasets.ErrUnknownPublisher},
		{6, "資料集名稱", datasets.ErrSyntax},
		{7, "資料集識別碼", datasets.ErrDuplicateID},
		{8, "資料集名稱", datasets.ErrSyntax},
		{9, "資料集名稱", datasets.ErrSyntax},
	}
	if diff := cmp.Diff(want, rowProblems(problems, sentinels...), cmp.Comparer(func(a, b error) bool { return a == b })); diff != "" {
		t.Errorf("ImportCatalog problems (-want +got):\n%s", diff)
	}
	wantDs := []datasets.Dataset{
		datasets.MustNewDataset(8, "偵查案件", datasets.MustLookupPublisher("臺灣高等檢察署")),
		datasets.MustNewDataset(87010, "矯正署臺中戒治所法定預算", datasets.MustLookupPublisher("矯正署臺中戒治所")),
	}
	if diff := cmp.Diff(wantDs, c.Datasets(), equateComparable); diff != "" {
		t.Errorf("ImportCatalog datasets (-want +got):\n%s", diff)
	}
	if got := problems[0].Error(); got != `datasets: row 3, column 資料集識別碼 "abc": datasets: parsing ID "abc": invalid syntax` {
		t.Errorf("RowError text = %q", got)
	}
}

func TestImportMissingColumns(t *testing.T) {
	cmpErr := cmp.Comparer(func(a, b error) bool { return a == b })
	_, p1 := datasets.ImportCatalog([][]string{{"資料集名稱", "其他"}})
	want := []rowProblem{{1, "資料集識別碼", datasets.ErrMissingColumn}, {1, "提供機關", datasets.ErrMissingColumn}}
	if diff := cmp.Diff(want, rowProblems(p1, sentinels...), cmpErr); diff != "" {
		t.Errorf("ImportCatalog missing (-want +got):\n%s", diff)
	}
	if got := p1[0].Error(); got != "datasets: row 1, column 資料集識別碼 \"\": missing column" {
		t.Errorf("RowError text = %q", got)
	}
	for name, problems := range map[string][]*datasets.RowError{
		"catalog empty":    second(datasets.ImportCatalog(nil)),
		"delistings empty": second(datasets.ImportDelistings(nil)),
		"delistings":       second(datasets.ImportDelistings([][]string{{"項次", "資料集名稱"}})),
		"series empty":     second(datasets.ImportSeries(nil)),
		"series":           second(datasets.ImportSeries([][]string{{"統計日期"}})),
		"table empty":      second(datasets.ImportTable(nil)),
		"table":            second(datasets.ImportTable([][]string{{"群組", "單位", "增減", "110 第4季"}})),
	} {
		if len(problems) == 0 || !errors.Is(problems[0], datasets.ErrMissingColumn) {
			t.Errorf("%s: problems = %v, want ErrMissingColumn", name, problems)
		}
	}
}

func second[T any](_ T, p []*datasets.RowError) []*datasets.RowError { return p }

func TestImportDelistings(t *testing.T) {
	rows := [][]string{
		{"下架原因", "資料集名稱", "機關/單位", "項次"},
		{"與「矯正署臺中戒治所法定預算(按年)」(23261)資料集重複，故申請下架。", "矯正署臺中戒治所法定預算(87010)", "矯正署臺中戒治所", "一"},
		{"與「矯正署臺中戒治所預算案(按年)」(23252)資料集重複，故申請下架。", "矯正署臺中戒治所預算案", "", "2"},
		{"停止更新", "矯正署臺中戒治所收容人數(100)", "", "3"},
		{"", "統計年報(300)", "統計處", "x"},
		{"涉及個人資料", "統計月報(301)", "", ""},
		{"", "", "", ""},
		{"其他", "甲(302)", "內政部", "7"},
		{"其他", "乙(303)", "", "8"},
	}
	reqs, problems := datasets.ImportDelistings(rows)
	want := []rowProblem{
		{3, "資料集名稱", datasets.ErrSyntax},
		{5, "項次", datasets.ErrSyntax},
		{5, "下架原因", datasets.ErrSyntax},
		{8, "機關/單位", datasets.ErrUnknownPublisher},
		{9, "機關/單位", datasets.ErrUnknownPublisher},
	}
	if diff := cmp.Diff(want, rowProblems(problems, sentinels...), cmp.Comparer(func(a, b error) bool { return a == b })); diff != "" {
		t.Errorf("ImportDelistings problems (-want +got):\n%s", diff)
	}
	tc, unit := datasets.MustLookupPublisher("矯正署臺中戒治所"), datasets.MustLookupPublisher("統計處")
	wantReqs := []datasets.Request{
		{Item: 1, Publisher: tc, Dataset: datasets.Ref{ID: 87010, Title: "矯正署臺中戒治所法定預算"},
			Grounds: datasets.Grounds{Reason: datasets.Duplicate, Kept: datasets.Ref{ID: 23261, Title: "矯正署臺中戒治所法定預算(按年)"}}},
		{Item: 3, Publisher: tc, Dataset: datasets.Ref{ID: 100, Title: "矯正署臺中戒治所收容人數"},
			Grounds: datasets.Grounds{Reason: datasets.Obsolete, Note: "停止更新"}},
		{Item: 0, Publisher: unit, Dataset: datasets.Ref{ID: 301, Title: "統計月報"},
			Grounds: datasets.Grounds{Reason: datasets.LegalRestriction, Note: "涉及個人資料"}},
	}
	if diff := cmp.Diff(wantReqs, reqs, equateComparable); diff != "" {
		t.Errorf("ImportDelistings requests (-want +got):\n%s", diff)
	}
}

func TestImportSeries(t *testing.T) {
	rows := [][]string{
		{"增加數量", "統計日期", "開放數量"},
		{"157筆", "111/05/19", "2,963筆"},
		{"65筆", "110/12/10", "2,806筆"},
		{"1", "111/02/30", "2,900"},
		{"x", "111/03/01", "2,900"},
		{"1", "111/03/02", "2.900"},
		{"0", "110.12.10", "2,806"},
		{"-2", "111年5月20日", "2,961筆"},
	}
	s, problems := datasets.ImportSeries(rows)
	want := []rowProblem{
		{4, "統計日期", rocdate.ErrRange},
		{5, "增加數量", datasets.ErrSyntax},
		{6, "開放數量", datasets.ErrSyntax},
		{7, "統計日期", datasets.ErrDuplicateDate},
	}
	if diff := cmp.Diff(want, rowProblems(problems, sentinels...), cmp.Comparer(func(a, b error) bool { return a == b })); diff != "" {
		t.Errorf("ImportSeries problems (-want +got):\n%s", diff)
	}
	wantPts := []datasets.Point{
		{Date: d("110/12/10"), Count: 2806, Increase: 65},
		{Date: d("111/05/19"), Count: 2963, Increase: 157},
		{Date: d("111/05/20"), Count: 2961, Increase: -2},
	}
	if diff := cmp.Diff(wantPts, s.Points(), equateComparable); diff != "" {
		t.Errorf("ImportSeries points (-want +got):\n%s", diff)
	}
	if s.Check() != nil {
		t.Errorf("Check() = %v", s.Check())
	}
}

func TestImportTableBadRows(t *testing.T) {
	rows := [][]string{
		{"111 第2季", "單位", "群組", "111.01.01 迄今", "110 第4季", "增減"},
		{"325", "統計處", "本部單位", "4", "321", "4"},
		{"1,050", "矯正署", "", "92", "958", "92"},
		{"336", "臺高檢", "所屬機關", "23", "313", "23"},
		{"85", "內政部", "", "2", "83", "2"},
		{"x", "廉政署", "", "1", "150", "1"},
		{"230", "行政執行署", "某群組", "17", "213", "17"},
		{"325", "小計", "本部單位", "4", "321", "4"},
		{"2,963", "合計", "", "157", "2,806", "157"},
	}
	tb, problems := datasets.ImportTable(rows)
	want := []rowProblem{
		{3, "單位", datasets.ErrWrongGroup},
		{5, "單位", datasets.ErrUnknownPublisher},
		{6, "111 第2季", datasets.ErrSyntax},
		{7, "群組", datasets.ErrSyntax},
	}
	if diff := cmp.Diff(want, rowProblems(problems, sentinels...), cmp.Comparer(func(a, b error) bool { return a == b })); diff != "" {
		t.Errorf("ImportTable problems (-want +got):\n%s", diff)
	}
	if tb.Prev.String() != "110年第4季" || tb.Cur.String() != "111年第2季" {
		t.Errorf("periods = %v, %v (columns in reverse order)", tb.Prev, tb.Cur)
	}
	if len(tb.Rows) != 2 || tb.Rows[0].Publisher.Name() != "統計處" || tb.Rows[1].Figures != (datasets.Figures{313, 336, 23, 23}) {
		t.Errorf("rows = %+v", tb.Rows)
	}
	if len(tb.Subtotals) != 1 || tb.Total == nil || tb.Total.Cur != 2963 {
		t.Errorf("subtotals %+v, total %+v", tb.Subtotals, tb.Total)
	}
	// A 小計 with no group.
	_, problems = datasets.ImportTable([][]string{
		{"群組", "單位", "110 第4季", "111 第2季", "增減", "迄今"},
		{"", "小計", "1", "2", "1", "1"},
	})
	if len(problems) != 1 || !errors.Is(problems[0], datasets.ErrSyntax) {
		t.Errorf("小計 without group: problems %v", problems)
	}
}

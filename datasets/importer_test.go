package datasets_test

import (
	"errors"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/ogdtw/governance/datasets"
	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/rocdate"
)

// rowProblem is what a test expects of a RowError.
type rowProblem struct {
	Row    int
	Column string
	Err    error
}

// problemsOf returns the problems of an importer's error, failing t when
// the error is not nil and not an *ImportError.
func problemsOf(t testing.TB, err error) []*datasets.RowError {
	t.Helper()
	if err == nil {
		return nil
	}
	var ie *datasets.ImportError
	if !errors.As(err, &ie) {
		t.Fatalf("error %v (%T) is not an *ImportError", err, err)
	}
	if len(ie.Problems) == 0 {
		t.Fatalf("an *ImportError without problems")
	}
	if ie.Code() != "datasets.import" {
		t.Errorf("ImportError.Code() = %q", ie.Code())
	}
	checkChinese(t, ie)
	return ie.Problems
}

// englishWord is an ASCII word in a Chinese text; CSV, API and
// data.gov.tw are names and may stand.
var englishWord = regexp.MustCompile(`[A-Za-z]{2,}`)

// chineseOf returns what of s is neither its cells' own text (inputs,
// column headers, cut as a message quotes them) nor a name, for
// englishWord to scan.
func chineseOf(s string, own ...string) string {
	for _, o := range own {
		if o == "" {
			continue
		}
		n := 0
		for i := range o { // as the message cuts it, invalid UTF-8 kept
			if n == 64 {
				o = o[:i] + "…"
				break
			}
			n++
		}
		s = strings.ReplaceAll(s, o, "")
	}
	for _, name := range []string{"data.gov.tw", "CSV", "API"} {
		s = strings.ReplaceAll(s, name, "")
	}
	return s
}

// checkChinese fails when a problem of ie, or ie, reads in Chinese with
// an English word besides its cells' own text, or reads in English as it
// does in Chinese.
func checkChinese(t testing.TB, ie *datasets.ImportError) {
	t.Helper()
	var own []string
	for _, p := range ie.Problems {
		mine := []string{p.Input, p.Column}
		var pe *datasets.ParseError
		if errors.As(p, &pe) {
			mine = append(mine, pe.Input)
		}
		own = append(own, mine...)
		zh := p.Message(finding.Chinese)
		if w := englishWord.FindString(chineseOf(zh, mine...)); w != "" {
			t.Errorf("%v reads in Chinese %q, with the English %q", p, zh, w)
		}
		if en := p.Message(finding.English); en == "" || en == zh {
			t.Errorf("%v reads in English %q", p, en)
		}
	}
	zh := ie.Message(finding.Chinese)
	if w := englishWord.FindString(chineseOf(zh, own...)); w != "" {
		t.Errorf("%v reads in Chinese %q, with the English %q", ie, zh, w)
	}
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

var sentinels = []error{rocdate.ErrSyntax, rocdate.ErrRange, datasets.ErrSyntax, datasets.ErrRange, datasets.ErrUnknownPublisher, datasets.ErrDuplicate,
	datasets.ErrMissing, datasets.ErrNoHeader, datasets.ErrWrongGroup}

var cmpErr = cmp.Comparer(func(a, b error) bool { return a == b })

func TestImportCatalog(t *testing.T) {
	rows := [][]string{
		{"法務部資料集清單"},
		{"提供機關", "\ufeff資料集識別碼", "更新頻率", " 資料集名稱 "},
		{"法務部矯正署臺中戒治所", "87010", "每年", "矯正署臺中戒治所法定預算"},
		{"法務部統計處", "abc", "每月", "法務統計"},
		{"", "", "", ""},
		{"", "5", "每年", "戶籍"},
		{"臺高檢", "23261", "每年", ""},
		{"矯正署臺中戒治所", "87010", "每年", "重複的識別碼"},
		{"法務部統計處", "6"},
		{"臺高檢", "７"},
		{"臺高檢", "8", "", "偵查案件"},
		{"經濟部水利署", "9", "", "水情"},
	}
	c, err := datasets.ImportCatalog(rows)
	problems := problemsOf(t, err)
	want := []rowProblem{
		{4, "資料集識別碼", datasets.ErrSyntax},
		{6, "提供機關", datasets.ErrMissing},
		{7, "資料集名稱", datasets.ErrMissing},
		{8, "資料集識別碼", datasets.ErrDuplicate},
		{9, "資料集名稱", datasets.ErrMissing},
		{10, "資料集名稱", datasets.ErrMissing},
	}
	if diff := cmp.Diff(want, rowProblems(problems, sentinels...), cmpErr); diff != "" {
		t.Errorf("ImportCatalog problems (-want +got):\n%s", diff)
	}
	wantDs := []datasets.Dataset{
		datasets.MustNewDataset(8, "偵查案件", datasets.MustLookupPublisher("臺灣高等檢察署")),
		datasets.MustNewDataset(9, "水情", mustParsePublisher(t, "經濟部水利署")),
		datasets.MustNewDataset(87010, "矯正署臺中戒治所法定預算", datasets.MustLookupPublisher("矯正署臺中戒治所")).WithDetails(datasets.Details{Frequency: "每年"}),
	}
	if diff := cmp.Diff(wantDs, c.Datasets(), equateComparable); diff != "" {
		t.Errorf("ImportCatalog datasets (-want +got):\n%s", diff)
	}
	if got, want := problems[0].Error(), `datasets: row 4, column 資料集識別碼: parsing "abc": not a number`; got != want {
		t.Errorf("RowError text = %q, want %q", got, want)
	}
	if got, want := err.Error(), `datasets: 6 problems in the rows; first: row 4, column 資料集識別碼: parsing "abc": not a number`; got != want {
		t.Errorf("ImportError text = %q, want %q", got, want)
	}
	if problems[0].Code() != "datasets.syntax" || problems[1].Code() != "datasets.missing" {
		t.Errorf("codes %q, %q", problems[0].Code(), problems[1].Code())
	}
}

// What Records writes, the importer reads back.
func TestImportCatalogRoundTrip(t *testing.T) {
	c := badCatalog(t)
	back, err := datasets.ImportCatalog(c.Records())
	if err != nil {
		t.Fatalf("ImportCatalog(Records()) error %v", err)
	}
	if diff := cmp.Diff(c.Datasets(), back.Datasets(), equateComparable); diff != "" {
		t.Errorf("ImportCatalog(Records()) (-want +got):\n%s", diff)
	}
	_, err = datasets.ImportCatalog([][]string{{"資料集識別碼", "資料集名稱", "提供機關", "狀態"}, {"1", "甲", "統計處", "停用"}})
	if ps := problemsOf(t, err); len(ps) != 1 || ps[0].Column != "狀態" || !errors.Is(ps[0], datasets.ErrSyntax) {
		t.Errorf("a bad status: %v", err)
	}
}

func TestImportHeaders(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want []rowProblem
	}{
		{"catalog missing", second(datasets.ImportCatalog([][]string{{"標題"}, {"資料集名稱", "其他"}})),
			[]rowProblem{{2, "資料集識別碼", datasets.ErrNoHeader}, {2, "提供機關", datasets.ErrNoHeader}}},
		{"catalog empty", second(datasets.ImportCatalog(nil)),
			[]rowProblem{{1, "資料集識別碼", datasets.ErrNoHeader}, {1, "資料集名稱", datasets.ErrNoHeader}, {1, "提供機關", datasets.ErrNoHeader}}},
		{"catalog column twice", second(datasets.ImportCatalog([][]string{{"資料集識別碼", "資料集名稱", "提供機關", "識別碼"}, {"1", "甲", "統計處", "2"}})),
			[]rowProblem{{1, "識別碼", datasets.ErrDuplicate}}},
		{"delistings empty", second(datasets.ImportDelistings(nil)),
			[]rowProblem{{1, "機關/單位", datasets.ErrNoHeader}, {1, "資料集名稱", datasets.ErrNoHeader}, {1, "下架原因", datasets.ErrNoHeader}}},
		{"delistings", second(datasets.ImportDelistings([][]string{{"項次", "資料集名稱"}})),
			[]rowProblem{{1, "機關/單位", datasets.ErrNoHeader}, {1, "下架原因", datasets.ErrNoHeader}}},
		{"series empty", second(datasets.ImportSeries(nil)),
			[]rowProblem{{1, "統計日期", datasets.ErrNoHeader}, {1, "開放數量", datasets.ErrNoHeader}, {1, "增加數量", datasets.ErrNoHeader}}},
		{"series", second(datasets.ImportSeries([][]string{{"本部資料開放情形統計"}, {"統計日期", "增加數量"}})),
			[]rowProblem{{2, "開放數量", datasets.ErrNoHeader}}},
		{"table empty", second(datasets.ImportTable(nil)),
			[]rowProblem{{1, "群組", datasets.ErrNoHeader}, {1, "機關(單位)", datasets.ErrNoHeader}, {1, "增減", datasets.ErrNoHeader}}},
		{"table without periods", second(datasets.ImportTable([][]string{{"本部各機關(單位)資料開放情形"}, {"群組", "單位", "增減", "110 第4季"}})),
			[]rowProblem{{2, "季", datasets.ErrNoHeader}, {2, "迄今", datasets.ErrNoHeader}}},
		{"table period twice", second(datasets.ImportTable([][]string{{"群組", "單位", "增減", "110 第4季", "110年第4季", "迄今"}})),
			[]rowProblem{{1, "110年第4季", datasets.ErrDuplicate}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := problemsOf(t, tt.err)
			if diff := cmp.Diff(tt.want, rowProblems(ps, sentinels...), cmpErr); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
			for _, p := range ps {
				// A header problem is no empty cell: its own code, and no row is read.
				if p.Severity != finding.Error {
					t.Errorf("%v: severity %v, want 錯誤", p, p.Severity)
				}
				if errors.Is(p, datasets.ErrNoHeader) && (p.Code() != "datasets.no-header" || p.Err == datasets.ErrNoHeader && !strings.Contains(p.Message(finding.Chinese), "表頭未列此欄")) {
					t.Errorf("%v: code %s, message %s", p, p.Code(), p.Message(finding.Chinese))
				}
			}
		})
	}
}

func mustParsePublisher(t testing.TB, name string) datasets.Publisher {
	t.Helper()
	p, err := datasets.ParsePublisher(name)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func second[T any](_ T, err error) error { return err }

func TestImportDelistings(t *testing.T) {
	rows := [][]string{
		{"本部及所屬機關資料集申請下架情形"},
		{"下架原因", "資料集名稱", "機關(單位)", "序號"},
		{"與「矯正署臺中戒治所法定預算(按年)」(23261)資料集重複，故申請下架。", "矯正署臺中戒治所法定預算(87010)", "矯正署臺中戒治所", "一"},
		{"與「矯正署臺中戒治所預算案(按年)」(23252)資料集重複，故申請下架。", "矯正署臺中戒治所預算案", "", "2"},
		{"停止更新", "矯正署臺中戒治所收容人數(100)", "", "3"},
		{"", "統計年報(300)", "統計處", "x"},
		{"涉及個人資料", "統計月報(301)", "", ""},
		{"", "", "", ""},
		{"其他", "甲(302)", "內政\x01部", "7"},
		{"其他", "乙(303)", "", "8"},
	}
	reqs, err := datasets.ImportDelistings(rows)
	want := []rowProblem{
		{4, "資料集名稱", datasets.ErrSyntax},
		{6, "序號", datasets.ErrSyntax},
		{6, "下架原因", datasets.ErrMissing},
		{9, "機關(單位)", datasets.ErrSyntax},
		{10, "機關(單位)", datasets.ErrSyntax},
	}
	if diff := cmp.Diff(want, rowProblems(problemsOf(t, err), sentinels...), cmpErr); diff != "" {
		t.Errorf("ImportDelistings problems (-want +got):\n%s", diff)
	}
	tc, unit := datasets.MustLookupPublisher("矯正署臺中戒治所"), datasets.MustLookupPublisher("統計處")
	wantReqs := []datasets.Delisting{
		{Row: 3, Item: 1, Publisher: tc, Dataset: datasets.Ref{ID: 87010, Title: "矯正署臺中戒治所法定預算"},
			Grounds: datasets.Grounds{Reason: datasets.Duplicate, Kept: datasets.Ref{ID: 23261, Title: "矯正署臺中戒治所法定預算(按年)"}}},
		{Row: 5, Item: 3, Publisher: tc, Dataset: datasets.Ref{ID: 100, Title: "矯正署臺中戒治所收容人數"},
			Grounds: datasets.Grounds{Reason: datasets.Obsolete, Note: "停止更新"}},
		{Row: 7, Item: 0, Publisher: unit, Dataset: datasets.Ref{ID: 301, Title: "統計月報"},
			Grounds: datasets.Grounds{Reason: datasets.LegalRestriction, Note: "涉及個人資料"}},
	}
	if diff := cmp.Diff(wantReqs, reqs, equateComparable); diff != "" {
		t.Errorf("ImportDelistings requests (-want +got):\n%s", diff)
	}
	// What DelistingRecords writes, ImportDelistings reads back.
	back, err := datasets.ImportDelistings(datasets.DelistingRecords(reqs))
	if err != nil {
		t.Fatalf("ImportDelistings(DelistingRecords) error %v", err)
	}
	for i := range back {
		back[i].Row = reqs[i].Row
	}
	if diff := cmp.Diff(reqs, back, equateComparable); diff != "" {
		t.Errorf("ImportDelistings(DelistingRecords) (-want +got):\n%s", diff)
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
	s, err := datasets.ImportSeries(rows)
	problems := problemsOf(t, err)
	want := []rowProblem{
		{4, "統計日期", rocdate.ErrRange},
		{5, "增加數量", datasets.ErrSyntax},
		{6, "開放數量", datasets.ErrSyntax},
		{7, "統計日期", datasets.ErrDuplicate},
	}
	if diff := cmp.Diff(want, rowProblems(problems, sentinels...), cmpErr); diff != "" {
		t.Errorf("ImportSeries problems (-want +got):\n%s", diff)
	}
	// A bad date keeps rocdate's detail.
	var pe *datasets.ParseError
	if !errors.As(problems[0], &pe) || pe.Detail == "" || pe.Func != "ImportSeries" || pe.Input != "111/02/30" {
		t.Errorf("bad date error = %#v", pe)
	}
	wantPts := []datasets.Point{
		{Row: 3, Date: d("110/12/10"), Count: 2806, Increase: 65},
		{Row: 2, Date: d("111/05/19"), Count: 2963, Increase: 157},
		{Row: 8, Date: d("111/05/20"), Count: 2961, Increase: -2},
	}
	if diff := cmp.Diff(wantPts, s.Points(), equateComparable); diff != "" {
		t.Errorf("ImportSeries points (-want +got):\n%s", diff)
	}
	if s.Check() != nil {
		t.Errorf("Check() = %v", s.Check())
	}
}

// What Series.Records writes, ImportSeries reads back, as the deck prints
// it.
func TestSeriesRecords(t *testing.T) {
	s := deckSeries(t)
	recs := s.Records()
	if diff := cmp.Diff(deckSeriesRows[:3], recs[:3]); diff != "" {
		t.Errorf("Records() (-want +got):\n%s", diff)
	}
	back, err := datasets.ImportSeries(recs)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(s.Points(), back.Points(), equateComparable); diff != "" {
		t.Errorf("ImportSeries(Records()) (-want +got):\n%s", diff)
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
		{"336", "臺灣高等檢察署", "所屬機關", "23", "313", "23"},
		{"2,963", "合　計", "", "157", "2,806", "157"},
		{"325", "小計", "本部單位", "4", "321", "4"},
	}
	tb, err := datasets.ImportTable(rows)
	want := []rowProblem{
		{3, "單位", datasets.ErrWrongGroup},
		{5, "單位", datasets.ErrWrongGroup},
		{6, "111 第2季", datasets.ErrSyntax},
		{7, "群組", datasets.ErrSyntax},
		{10, "單位", datasets.ErrDuplicate},
		{11, "單位", datasets.ErrDuplicate},
		{12, "單位", datasets.ErrDuplicate},
	}
	if diff := cmp.Diff(want, rowProblems(problemsOf(t, err), sentinels...), cmpErr); diff != "" {
		t.Errorf("ImportTable problems (-want +got):\n%s", diff)
	}
	if tb.Prev.String() != "110年第4季" || tb.Cur.String() != "111年第2季" {
		t.Errorf("periods = %v, %v (columns in reverse order)", tb.Prev, tb.Cur)
	}
	if len(tb.Rows) != 2 || tb.Rows[0].Publisher.Name() != "統計處" || tb.Rows[1].Figures != (datasets.Figures{313, 336, 23, 23}) || tb.Rows[1].Row != 4 {
		t.Errorf("rows = %+v", tb.Rows)
	}
	if len(tb.Subtotals) != 1 || tb.Subtotals[0].Row != 8 || tb.Total == nil || tb.Total.Cur != 2963 || tb.TotalRow != 9 {
		t.Errorf("subtotals %+v, total %+v at %d", tb.Subtotals, tb.Total, tb.TotalRow)
	}
	// A 小計 with no group.
	_, err = datasets.ImportTable([][]string{
		{"群組", "單位", "110 第4季", "111 第2季", "增減", "迄今"},
		{"", "小計", "1", "2", "1", "1"},
	})
	if ps := problemsOf(t, err); len(ps) != 1 || !errors.Is(ps[0], datasets.ErrMissing) {
		t.Errorf("小計 without group: problems %v", ps)
	}
}

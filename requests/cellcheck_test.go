package requests

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/rocdate"
)

// pairByCategoryCSV prints two compensating errors in 108年: 內容有誤 4 for
// 5 and 其他 3 for 2. Its row, column and grand totals add up, and its
// years agree with pairByQuarterCSV, so Reconcile and CompareTables find
// nothing.
const (
	pairByCategoryCSV = `年度 \ 類別,下載連結問題,內容有誤,品質改善,其他,建議新增資料集,合計
107年,1,0,0,2,4,7
108年,0,4,0,3,2,9
合計,1,4,0,5,6,16
`
	pairByQuarterCSV = `年度,第1季,第2季,第3季,第4季,合計
107年,1,1,1,4,7
108年,3,3,1,2,9
合計,4,4,2,6,16
`
)

// pairRequests are the requests the two tables count: in 108年 five
// 內容有誤 and two 其他.
func pairRequests(t *testing.T) []Request {
	t.Helper()
	type at struct {
		year  int
		month time.Month
		cat   Category
	}
	var reqs []Request
	for i, a := range []at{
		{107, 1, DownloadLink}, {107, 4, Other}, {107, 7, Other}, {107, 10, NewDataset}, {107, 10, NewDataset}, {107, 11, NewDataset}, {107, 12, NewDataset},
		{108, 1, ContentError}, {108, 2, ContentError}, {108, 4, ContentError}, {108, 7, ContentError}, {108, 10, ContentError},
		{108, 3, Other}, {108, 11, Other}, {108, 5, NewDataset}, {108, 6, NewDataset},
	} {
		d, err := rocdate.New(a.year, a.month, 1+i)
		if err != nil {
			t.Fatal(err)
		}
		reqs = append(reqs, Request{ID: itoa(i + 1), Received: d, Category: a.cat})
	}
	return reqs
}

// TestCheckCellsCompensatingPair: errors that cancel out in the totals
// pass Reconcile and CompareTables, and CheckCells reports both cells.
func TestCheckCellsCompensatingPair(t *testing.T) {
	byCat, byQ := deckTable(t, pairByCategoryCSV), deckTable(t, pairByQuarterCSV)
	reqs := pairRequests(t)
	for _, tab := range []Table{byCat, byQ} {
		if n := tab.Reconcile().Tally(); n.Failed != 0 || n.Unchecked != 0 {
			t.Fatalf("the fixture does not reconcile: %v", tab.Reconcile())
		}
	}
	if n := CompareTables(byQ, byCat).Tally(); n.Failed != 0 {
		t.Fatalf("the fixture's tables disagree: %v", CompareTables(byQ, byCat))
	}
	got := byCat.CheckCells(reqs)
	want := CellChecks{
		{Year: 108, Label: "108年", Index: 1, Column: "內容有誤", Row: 3, Printed: Figure(4), Counted: 5, Verdict: finding.Failed},
		{Year: 108, Label: "108年", Index: 3, Column: "其他", Row: 3, Printed: Figure(3), Counted: 2, Verdict: finding.Failed},
	}
	if diff := cmp.Diff(want, got.Failed(), cmp.AllowUnexported(Cell{})); diff != "" {
		t.Errorf("CheckCells().Failed() (-want +got):\n%s", diff)
	}
	if n := got.Tally(); n != (finding.Tally{Passed: 8, Failed: 2}) {
		t.Errorf("CheckCells().Tally() = %+v, want 8 passed, 2 failed", n)
	}
	if got, want := want[0].String(), "108年內容有誤欄載為4，需求清單計5件，表列少1"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	if h := want[0].Head(); h != (finding.Head{Code: CellCode, Severity: finding.Error, Verdict: finding.Failed, Row: 3, Column: "內容有誤"}) {
		t.Errorf("Head() = %+v", h)
	}
	if n := byQ.CheckCells(reqs).Tally(); n != (finding.Tally{Passed: 8}) {
		t.Errorf("by quarter: Tally() = %+v, want 8 passed", n)
	}
}

// TestCheckCells gives each rule of a cell's verdict a case.
func TestCheckCells(t *testing.T) {
	day := func(s string) rocdate.Date { return rocdate.MustParse(s) }
	reqs := []Request{
		{ID: "1", Received: day("111年1月3日"), Category: ContentError},
		{ID: "2", Received: day("111年4月8日"), Category: Other},
	}
	undated := append(append([]Request(nil), reqs...), Request{ID: "3", Category: Other})
	tests := []struct {
		name   string
		csv    string
		reqs   []Request
		want   []finding.Verdict
		reason []string
	}{
		{"figures right", "年度,第1季,第2季,第3季,第4季\n111年,1,1,0,0\n", reqs,
			[]finding.Verdict{finding.Passed, finding.Passed, finding.Passed, finding.Passed}, []string{"", "", "", ""}},
		{"a figure too low and one too high", "年度,第1季,第2季,第3季,第4季\n111年,0,2,0,0\n", reqs,
			[]finding.Verdict{finding.Failed, finding.Failed, finding.Passed, finding.Passed}, []string{"", "", "", ""}},
		{"- where requests came in, - where none did", "年度,第1季,第2季,第3季,第4季\n111年,1,-,-,-\n", reqs,
			[]finding.Verdict{finding.Passed, finding.Failed, finding.Unchecked, finding.Unchecked},
			[]string{"", "", ReasonNotReached, ReasonNotReached}},
		{"a note set aside", "年度,第1季,第2季,第3季,第4季\n111年,1,1 (截至5月),-,-\n", reqs,
			[]finding.Verdict{finding.Passed, finding.Passed, finding.Unchecked, finding.Unchecked},
			[]string{"", "", ReasonNotReached, ReasonNotReached}},
		{"a year without requests", "年度,第1季,第2季,第3季,第4季\n110年,0,0,0,1\n", reqs,
			[]finding.Verdict{finding.Passed, finding.Passed, finding.Passed, finding.Failed}, []string{"", "", "", ""}},
		{"an undated request: equal or one above is not checkable, two above or below fails",
			"年度,第1季,第2季,第3季,第4季\n111年,1,2,2,0\n", undated,
			[]finding.Verdict{finding.Unchecked, finding.Unchecked, finding.Failed, finding.Unchecked},
			[]string{ReasonPending, ReasonPending, "", ReasonPending}},
		{"by category, columns in another order", "年度,其他,內容有誤,品質改善,下載連結問題,建議新增資料集\n111年,1,1,0,0,1\n", reqs,
			[]finding.Verdict{finding.Passed, finding.Passed, finding.Passed, finding.Passed, finding.Failed}, []string{"", "", "", "", ""}},
		{"columns of no axis", "年度,上半年,下半年\n111年,2,0\n", reqs,
			[]finding.Verdict{finding.Unchecked, finding.Unchecked}, []string{ReasonNoAxis, ReasonNoAxis}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := deckTable(t, tt.csv).CheckCells(tt.reqs)
			var verdicts []finding.Verdict
			var reasons []string
			for _, c := range got {
				verdicts = append(verdicts, c.Verdict)
				reasons = append(reasons, c.Reason)
				if (c.Reason != "") != (c.Verdict == finding.Unchecked) {
					t.Errorf("%v: reason %q with verdict %v", c, c.Reason, c.Verdict)
				}
				if c.Message(finding.English) == "" || c.String() == "" {
					t.Errorf("%+v has no message", c)
				}
			}
			if diff := cmp.Diff(tt.want, verdicts); diff != "" {
				t.Errorf("verdicts (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.reason, reasons); diff != "" {
				t.Errorf("reasons (-want +got):\n%s", diff)
			}
		})
	}
	// An empty cell (a Table made in code) is not checkable.
	tab := Table{Columns: []string{"第1季", "第2季", "第3季", "第4季"}, Rows: []Row{{Year: 111, Cells: []Cell{Figure(1)}}}}
	got := tab.CheckCells(reqs)
	if got[0].Verdict != finding.Passed || got[1].Reason != ReasonUnprinted || got[1].Verdict != finding.Unchecked {
		t.Errorf("empty cells: %+v", got)
	}
}

// TestCheckCellsDeck: the deck's tables against requests made from their
// rows pass every printed figure; its "-" cells are not checkable.
func TestCheckCellsDeck(t *testing.T) {
	reqs := deckRequests(t)
	if n := deckTable(t, deckByQuarterCSV).CheckCells(reqs).Tally(); n != (finding.Tally{Passed: 26, Unchecked: 2}) {
		t.Errorf("by quarter: %+v", n)
	}
	if n := deckTable(t, deckByCategoryCSV).CheckCells(reqs).Tally(); n != (finding.Tally{Passed: 35}) {
		t.Errorf("by category: %+v", n)
	}
}

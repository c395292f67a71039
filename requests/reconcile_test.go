package requests

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/ogdtw/governance/finding"
)

func TestReconcileDeck(t *testing.T) {
	tests := []struct {
		name     string
		csv      string
		want     []Finding
		wantMiss []int
		checked  int // printed totals compared
	}{
		{
			name: "by quarter",
			// seven row totals (111年's is "-", not checkable), four
			// columns, the grand total
			checked: 12,
			csv:     deckByQuarterCSV,
			want: []Finding{
				{Kind: ColumnTotal, Index: 0, Label: "第1季", Printed: 13, Computed: 11},
				{Kind: ColumnTotal, Index: 1, Label: "第2季", Printed: 28, Computed: 19},
				{Kind: GrandTotal, Index: -1, Label: "合計", Printed: 71, Computed: 60},
			},
			wantMiss: []int{2, 9, 0, 0},
		},
		{
			name: "by category",
			// seven row totals, five columns, the grand total
			checked: 13,
			csv:     deckByCategoryCSV,
			want: []Finding{
				{Kind: ColumnTotal, Index: 0, Label: "下載連結問題", Printed: 19, Computed: 11},
				{Kind: ColumnTotal, Index: 1, Label: "內容有誤", Printed: 6, Computed: 5},
				{Kind: ColumnTotal, Index: 3, Label: "其他", Printed: 19, Computed: 18},
				{Kind: ColumnTotal, Index: 4, Label: "建議新增資料集", Printed: 25, Computed: 24},
				{Kind: GrandTotal, Index: -1, Label: "合計", Printed: 71, Computed: 60},
			},
			wantMiss: []int{8, 1, 0, 1, 1},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := deckTable(t, tt.csv).Reconcile()
			totals, missing := splitFindings(rec.Findings())
			if diff := cmp.Diff(tt.want, totals, ignoreFindingText); diff != "" {
				t.Errorf("Reconcile().Findings() mismatch (-want +got):\n%s", diff)
			}
			miss, ok := rec.MissingRow()
			if !ok {
				t.Fatalf("Reconcile().MissingRow() = %v, false, want %v, true", miss, tt.wantMiss)
			}
			if diff := cmp.Diff(tt.wantMiss, miss); diff != "" {
				t.Errorf("Reconcile().MissingRow() mismatch (-want +got):\n%s", diff)
			}
			if rec.OK() {
				t.Error("Reconcile().OK() = true, want false")
			}
			if got := rec.Checked(); got != tt.checked {
				t.Errorf("Reconcile().Checked() = %d, want %d", got, tt.checked)
			}
			if got := rec.Tally(); got.Failed != len(tt.want) || got.Passed+got.Failed+got.Unchecked != tt.checked || got.Passed != rec.Agreed() {
				t.Errorf("Reconcile().Tally() = %+v, want %d failed of %d", got, len(tt.want), tt.checked)
			}
			if len(missing) != 1 || missing[0].Code != "requests.missing-row" || missing[0].Severity != finding.Notice {
				t.Errorf("missing-row finding: %v", missing)
			}
		})
	}
}

// table builds a Table from cell texts: rows of [label, cells..., total],
// the last row being the totals row.
func table(t *testing.T, csv string) Table {
	t.Helper()
	return deckTable(t, csv)
}

func TestReconcileCases(t *testing.T) {
	tests := []struct {
		name     string
		csv      string
		want     []Finding
		wantMiss []int // nil: no missing row
	}{
		{
			name: "all agree",
			csv:  "年度,a,b,合計\n105年,1,2,3\n106年,3,4,7\n合計,4,6,10",
		},
		{
			name: "wrong row total",
			csv:  "年度,a,b,合計\n105年,1,2,4\n106年,3,4,7\n合計,4,6,10",
			want: []Finding{{Kind: RowTotal, Index: 0, Label: "105年", Printed: 4, Computed: 3}},
		},
		{
			name: "totals below the figures fit no missing row",
			csv:  "年度,a,b,合計\n105年,1,2,3\n106年,3,4,7\n合計,3,5,8",
			want: []Finding{
				{Kind: ColumnTotal, Index: 0, Label: "a", Printed: 3, Computed: 4},
				{Kind: ColumnTotal, Index: 1, Label: "b", Printed: 5, Computed: 6},
				{Kind: GrandTotal, Index: -1, Label: "合計", Printed: 8, Computed: 10},
			},
		},
		{
			name: "mixed signs fit no missing row",
			csv:  "年度,a,b,合計\n105年,1,2,3\n106年,3,4,7\n合計,7,5,12",
			want: []Finding{
				{Kind: ColumnTotal, Index: 0, Label: "a", Printed: 7, Computed: 4},
				{Kind: ColumnTotal, Index: 1, Label: "b", Printed: 5, Computed: 6},
				{Kind: GrandTotal, Index: -1, Label: "合計", Printed: 12, Computed: 10},
			},
		},
		{
			name: "residuals that do not add up",
			csv:  "年度,a,b,合計\n105年,1,2,3\n106年,3,4,7\n合計,5,6,13",
			want: []Finding{
				{Kind: ColumnTotal, Index: 0, Label: "a", Printed: 5, Computed: 4},
				{Kind: GrandTotal, Index: -1, Label: "合計", Printed: 13, Computed: 10},
			},
		},
		{
			name: "a column total not printed",
			csv:  "年度,a,b,合計\n105年,1,2,3\n106年,3,4,7\n合計,5,-,11",
			want: []Finding{
				{Kind: ColumnTotal, Index: 0, Label: "a", Printed: 5, Computed: 4},
				{Kind: GrandTotal, Index: -1, Label: "合計", Printed: 11, Computed: 10},
			},
		},
		{
			name:     "dash cells are left out, not zeros",
			csv:      "年度,a,b,合計\n105年,1,-,1\n106年,3,4,7\n合計,6,4,10",
			want:     []Finding{{Kind: ColumnTotal, Index: 0, Label: "a", Printed: 6, Computed: 4}, {Kind: GrandTotal, Index: -1, Label: "合計", Printed: 10, Computed: 8}},
			wantMiss: []int{2, 0},
		},
		{
			name: "no totals printed",
			csv:  "年度,a,b\n105年,1,2\n106年,3,4",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := table(t, tt.csv).Reconcile()
			totals, missing := splitFindings(rec.Findings())
			if diff := cmp.Diff(tt.want, totals, ignoreFindingText); diff != "" {
				t.Errorf("Findings() (-want +got):\n%s", diff)
			}
			miss, ok := rec.MissingRow()
			if ok != (tt.wantMiss != nil) {
				t.Fatalf("MissingRow() = %v, %v, want %v", miss, ok, tt.wantMiss)
			}
			if diff := cmp.Diff(tt.wantMiss, miss); diff != "" {
				t.Errorf("MissingRow() (-want +got):\n%s", diff)
			}
			if rec.OK() != (tt.want == nil) {
				t.Errorf("OK() = %v, want %v", rec.OK(), tt.want == nil)
			}
			if (len(missing) == 1) != (tt.wantMiss != nil) || len(missing) > 1 {
				t.Errorf("missing-row findings %v, want one: %v", missing, tt.wantMiss != nil)
			}
			if n := rec.Tally(); n.Failed != len(totals) || n.Total() != rec.Checked() {
				t.Errorf("Tally %+v of %d checks, want %d wrong totals", n, rec.Checked(), len(totals))
			}
			for _, c := range rec.Checks() {
				made := c.Verdict != finding.Unchecked
				if made && c.OK() != (c.Printed == c.Computed) || c.Kind == MissingRow || c.Kind == NoFindingKind {
					t.Errorf("check %+v", c)
				}
			}
		})
	}
}

// ignoreFindingText leaves out of a comparison what the tests of figures
// do not give: the severity, code, row and detail, checked apart.
var ignoreFindingText = cmpopts.IgnoreFields(Finding{}, "Severity", "Code", "Row", "Detail")

// splitFindings separates the wrong totals from the missing-row findings.
func splitFindings(fs []Finding) (totals, missing []Finding) {
	for _, f := range fs {
		if f.Kind == MissingRow {
			missing = append(missing, f)
		} else {
			totals = append(totals, f)
		}
	}
	return totals, missing
}

func TestReconcileFindings(t *testing.T) {
	rec := deckTable(t, deckByQuarterCSV).Reconcile()
	want := []Finding{
		{Severity: finding.Error, Code: "requests.column-total", Kind: ColumnTotal, Index: 0, Row: 9, Label: "第1季", Printed: 13, Computed: 11,
			Detail: "第1季欄合計載為13，各列加總為11，合計多2"},
		{Severity: finding.Error, Code: "requests.column-total", Kind: ColumnTotal, Index: 1, Row: 9, Label: "第2季", Printed: 28, Computed: 19,
			Detail: "第2季欄合計載為28，各列加總為19，合計多9"},
		{Severity: finding.Error, Code: "requests.grand-total", Kind: GrandTotal, Index: -1, Row: 9, Label: "合計", Printed: 71, Computed: 60,
			Detail: "總計載為71，各格加總為60，總計多11"},
		{Severity: finding.Notice, Code: "requests.missing-row", Kind: MissingRow, Index: -1, Row: 9, Label: "合計", Printed: 71, Computed: 60,
			Columns: []string{"第1季", "第2季", "第3季", "第4季"}, Cells: []int{2, 9, 0, 0},
			Detail: "各欄合計超出各列加總（第1季2、第2季9、第3季0、第4季0）共11，與總計超出之數相同，合計疑含表未列年度之件數"},
	}
	if diff := cmp.Diff(want, rec.Findings()); diff != "" {
		t.Errorf("Findings() (-want +got):\n%s", diff)
	}
	checks := rec.Checks()
	if len(checks) != 12 || checks[0] != (Check{Kind: RowTotal, Index: 0, Row: 2, Label: "105年", Printed: 23, Computed: 23, Verdict: finding.Passed}) ||
		checks[6] != (Check{Kind: RowTotal, Index: 6, Row: 8, Label: "111年", Computed: 0, Verdict: finding.Unchecked}) {
		t.Errorf("Checks() = %+v", checks)
	}
	for _, f := range rec.Findings() {
		if f.Code != f.Kind.Code() {
			t.Errorf("finding %v: code %q, kind's %q", f, f.Code, f.Kind.Code())
		}
		var v any = f
		if _, isErr := v.(error); isErr {
			t.Errorf("Finding implements error")
		}
	}
}

func TestReconciliationString(t *testing.T) {
	got := deckTable(t, deckByCategoryCSV).Reconcile().String()
	want := `核對所載合計13項：符合8項，不符5項，無法查核0項
錯誤：下載連結問題欄合計載為19，各列加總為11，合計多8
錯誤：內容有誤欄合計載為6，各列加總為5，合計多1
錯誤：其他欄合計載為19，各列加總為18，合計多1
錯誤：建議新增資料集欄合計載為25，各列加總為24，合計多1
錯誤：總計載為71，各格加總為60，總計多11
注意：各欄合計超出各列加總（下載連結問題8、內容有誤1、品質改善0、其他1、建議新增資料集1）共11，與總計超出之數相同，合計疑含表未列年度之件數
`
	if got != want {
		t.Errorf("String() =\n%s\nwant\n%s", got, want)
	}
	if got := (Reconciliation{}).String(); got != "核對所載合計0項：符合0項，不符0項，無法查核0項\n" {
		t.Errorf("zero Reconciliation String() = %q", got)
	}
	if got := (Finding{Severity: finding.Error, Kind: RowTotal, Label: "105年", Printed: 4, Computed: 5}).String(); got != "錯誤：105年列合計載為4，各欄加總為5，合計少1" {
		t.Errorf("Finding.String() = %q", got)
	}
	if got := FindingKind(9).String(); got != "FindingKind(9)" {
		t.Errorf("FindingKind(9).String() = %q", got)
	}
}

// TestReconcileVerdicts: a total the table leaves "-" or empty where it
// prints totals is a check that could not be made (無法查核), never one
// passed; a table without a totals column or row has no such check.
func TestReconcileVerdicts(t *testing.T) {
	tests := []struct {
		name string
		csv  string
		want []finding.Verdict // per check, in order
	}{
		{"all printed and right", "年度,第1季,第2季,合計\n110年,1,2,3\n合計,1,2,3\n",
			[]finding.Verdict{finding.Passed, finding.Passed, finding.Passed, finding.Passed}},
		{"a row total wrong", "年度,第1季,第2季,合計\n110年,1,2,4\n合計,1,2,3\n",
			[]finding.Verdict{finding.Failed, finding.Passed, finding.Passed, finding.Passed}},
		{"the deck's 111年: a row total printed -", "年度,第1季,第2季,合計\n110年,1,2,3\n111年,0,-,-\n合計,1,2,3\n",
			[]finding.Verdict{finding.Passed, finding.Unchecked, finding.Passed, finding.Passed, finding.Passed}},
		{"a column total and the grand total printed -", "年度,第1季,第2季,合計\n110年,1,2,3\n合計,1,-,-\n",
			[]finding.Verdict{finding.Passed, finding.Passed, finding.Unchecked, finding.Unchecked}},
		{"no totals column", "年度,第1季,第2季\n110年,1,2\n合計,1,2\n",
			[]finding.Verdict{finding.Passed, finding.Passed}},
		{"no totals row", "年度,第1季,第2季,合計\n110年,1,2,3\n",
			[]finding.Verdict{finding.Passed}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := deckTable(t, tt.csv).Reconcile()
			var got []finding.Verdict
			for _, c := range rec.Checks() {
				got = append(got, c.Verdict)
				if c.OK() != (c.Verdict == finding.Passed) {
					t.Errorf("%+v: OK() = %v", c, c.OK())
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("verdicts (-want +got):\n%s", diff)
			}
			if n := rec.Tally(); n.Total() != len(tt.want) {
				t.Errorf("Tally() = %+v, want %d checks", n, len(tt.want))
			}
		})
	}
}

// A reconciliation and a comparison are results: their verdict is that of
// their checks taken together, 符合 only when every check was made and
// held, their severity the gravest of their findings.
func TestAggregateHeads(t *testing.T) {
	q, c := deckTable(t, deckByQuarterCSV), deckTable(t, deckByCategoryCSV)
	for _, tt := range []struct {
		r    finding.Result
		want finding.Head
	}{
		{q.Reconcile(), finding.Head{Code: "requests.reconciliation", Severity: finding.Error, Verdict: finding.Failed}},
		{Reconciliation{}, finding.Head{Code: "requests.reconciliation"}},
		// Two notices, one comparison not checkable: no ✓.
		{CompareTables(q, c), finding.Head{Code: "requests.comparison", Severity: finding.Notice, Verdict: finding.Unchecked}},
		{Comparison{}, finding.Head{Code: "requests.comparison"}},
	} {
		if got := tt.r.Head(); got != tt.want {
			t.Errorf("%T Head = %+v, want %+v", tt.r, got, tt.want)
		}
		b, err := json.Marshal(tt.r)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(string(b), `{"code":"`+tt.want.Code+`"`) || !strings.Contains(string(b), `"message":"`) {
			t.Errorf("%T JSON does not begin with its code and give its message: %.120s", tt.r, b)
		}
	}
}

package requests

import (
	"testing"

	"github.com/google/go-cmp/cmp"
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
			// six row totals (111年's is "-"), four columns, the grand total
			checked: 11,
			csv:     deckByQuarterCSV,
			want: []Finding{
				{Kind: ColumnTotal, Index: 0, Label: "第1季", Reported: 13, Computed: 11},
				{Kind: ColumnTotal, Index: 1, Label: "第2季", Reported: 28, Computed: 19},
				{Kind: GrandTotal, Index: -1, Label: "合計", Reported: 71, Computed: 60},
			},
			wantMiss: []int{2, 9, 0, 0},
		},
		{
			name: "by category",
			// seven row totals, five columns, the grand total
			checked: 13,
			csv:     deckByCategoryCSV,
			want: []Finding{
				{Kind: ColumnTotal, Index: 0, Label: "下載連結問題", Reported: 19, Computed: 11},
				{Kind: ColumnTotal, Index: 1, Label: "內容有誤", Reported: 6, Computed: 5},
				{Kind: ColumnTotal, Index: 3, Label: "其他", Reported: 19, Computed: 18},
				{Kind: ColumnTotal, Index: 4, Label: "建議新增資料集", Reported: 25, Computed: 24},
				{Kind: GrandTotal, Index: -1, Label: "合計", Reported: 71, Computed: 60},
			},
			wantMiss: []int{8, 1, 0, 1, 1},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := deckTable(t, tt.csv).Reconcile()
			if diff := cmp.Diff(tt.want, rec.Findings()); diff != "" {
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
			want: []Finding{{Kind: RowTotal, Index: 0, Label: "105年", Reported: 4, Computed: 3}},
		},
		{
			name: "totals below the figures fit no missing row",
			csv:  "年度,a,b,合計\n105年,1,2,3\n106年,3,4,7\n合計,3,5,8",
			want: []Finding{
				{Kind: ColumnTotal, Index: 0, Label: "a", Reported: 3, Computed: 4},
				{Kind: ColumnTotal, Index: 1, Label: "b", Reported: 5, Computed: 6},
				{Kind: GrandTotal, Index: -1, Label: "合計", Reported: 8, Computed: 10},
			},
		},
		{
			name: "mixed signs fit no missing row",
			csv:  "年度,a,b,合計\n105年,1,2,3\n106年,3,4,7\n合計,7,5,12",
			want: []Finding{
				{Kind: ColumnTotal, Index: 0, Label: "a", Reported: 7, Computed: 4},
				{Kind: ColumnTotal, Index: 1, Label: "b", Reported: 5, Computed: 6},
				{Kind: GrandTotal, Index: -1, Label: "合計", Reported: 12, Computed: 10},
			},
		},
		{
			name: "residuals that do not add up",
			csv:  "年度,a,b,合計\n105年,1,2,3\n106年,3,4,7\n合計,5,6,13",
			want: []Finding{
				{Kind: ColumnTotal, Index: 0, Label: "a", Reported: 5, Computed: 4},
				{Kind: GrandTotal, Index: -1, Label: "合計", Reported: 13, Computed: 10},
			},
		},
		{
			name: "a column total not printed",
			csv:  "年度,a,b,合計\n105年,1,2,3\n106年,3,4,7\n合計,5,-,11",
			want: []Finding{
				{Kind: ColumnTotal, Index: 0, Label: "a", Reported: 5, Computed: 4},
				{Kind: GrandTotal, Index: -1, Label: "合計", Reported: 11, Computed: 10},
			},
		},
		{
			name:     "dash cells are left out, not zeros",
			csv:      "年度,a,b,合計\n105年,1,-,1\n106年,3,4,7\n合計,6,4,10",
			want:     []Finding{{Kind: ColumnTotal, Index: 0, Label: "a", Reported: 6, Computed: 4}, {Kind: GrandTotal, Index: -1, Label: "合計", Reported: 10, Computed: 8}},
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
			if diff := cmp.Diff(tt.want, rec.Findings()); diff != "" {
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
		})
	}
}

func TestReconciliationString(t *testing.T) {
	got := deckTable(t, deckByCategoryCSV).Reconcile().String()
	want := `下載連結問題 column total: printed 19, figures add up to 11 (+8)
內容有誤 column total: printed 6, figures add up to 5 (+1)
其他 column total: printed 19, figures add up to 18 (+1)
建議新增資料集 column total: printed 25, figures add up to 24 (+1)
合計 grand total: printed 71, figures add up to 60 (+11)
residual fits one missing row: 下載連結問題 8, 內容有誤 1, 品質改善 0, 其他 1, 建議新增資料集 1 (total 11)
`
	if got != want {
		t.Errorf("String() =\n%s\nwant\n%s", got, want)
	}
	if got := (Reconciliation{}).String(); got != "all printed totals agree\n" {
		t.Errorf("zero Reconciliation String() = %q", got)
	}
	if got := (Finding{Kind: RowTotal, Label: "105年", Reported: 4, Computed: 5}).String(); got != "105年 row total: printed 4, figures add up to 5 (-1)" {
		t.Errorf("Finding.String() = %q", got)
	}
	if got := FindingKind(9).String(); got != "FindingKind(9)" {
		t.Errorf("FindingKind(9).String() = %q", got)
	}
}

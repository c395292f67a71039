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
	}{
		{
			name: "by quarter",
			csv:  deckByQuarterCSV,
			want: []Finding{
				{Kind: ColumnTotal, Index: 0, Label: "第1季", Reported: 13, Computed: 11},
				{Kind: ColumnTotal, Index: 1, Label: "第2季", Reported: 28, Computed: 19},
				{Kind: GrandTotal, Index: -1, Label: "合計", Reported: 71, Computed: 60},
			},
			wantMiss: []int{2, 9, 0, 0},
		},
		{
			name: "by category",
			csv:  deckByCategoryCSV,
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
		})
	}
}

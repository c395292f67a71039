package datasets_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/ogdtw/governance/datasets"
)

func TestRank(t *testing.T) {
	tests := []struct {
		name string
		in   []datasets.Entry
		want []datasets.Ranked
	}{
		{"empty", nil, []datasets.Ranked{}},
		{"1224", []datasets.Entry{{"丙", 5}, {"甲", 9}, {"乙", 7}, {"丁", 7}},
			[]datasets.Ranked{{1, "甲", 9}, {2, "乙", 7}, {2, "丁", 7}, {4, "丙", 5}}},
		{"all tied keep input order", []datasets.Entry{{"c", 1}, {"a", 1}, {"b", 1}},
			[]datasets.Ranked{{1, "c", 1}, {1, "a", 1}, {1, "b", 1}}},
		{"tie after tie", []datasets.Entry{{"a", 3}, {"b", 3}, {"c", 2}, {"d", 2}, {"e", 1}},
			[]datasets.Ranked{{1, "a", 3}, {1, "b", 3}, {3, "c", 2}, {3, "d", 2}, {5, "e", 1}}},
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
	ranked := datasets.Rank([]datasets.Entry{{"乙部", 1200}, {"法務部", 2963}, {"甲部", 4000}})
	if r, ok := datasets.RankOf(ranked, "法務部"); !ok || r != 2 {
		t.Errorf("RankOf(法務部) = %d, %v, want 2", r, ok)
	}
	if _, ok := datasets.RankOf(ranked, "丙部"); ok {
		t.Errorf("RankOf(丙部) found")
	}
}

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

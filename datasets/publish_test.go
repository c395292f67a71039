package datasets_test

import (
	"errors"
	"slices"
	"testing"

	"github.com/ogdtw/governance/datasets"
	"github.com/ogdtw/governance/finding"
)

// The class is read as inventories write it; anything else is reported
// and not counted, and no good holding is lost.
func TestReviewClassWords(t *testing.T) {
	tests := []struct {
		class               string
		open, limited, shut int
		err                 error
	}{
		{"甲類", 1, 0, 0, nil},
		{"甲", 1, 0, 0, nil},
		{" 乙類:有限度利用資料 ", 0, 1, 0, nil},
		{"丙類（不開放資料）", 0, 0, 1, nil},
		{"丁類", 0, 0, 0, datasets.ErrSyntax},
		{"甲乙", 0, 0, 0, datasets.ErrSyntax},
		{"", 0, 0, 0, datasets.ErrSyntax},
	}
	for _, tt := range tests {
		h := datasets.Holding{Row: 2, No: 1, Name: "系統", Class: tt.class, Grounds: "《檔案法》第18條"}
		r, err := datasets.Review(quarter("111年第2季"), []datasets.Holding{h})
		if !errors.Is(err, tt.err) || r.Open != tt.open || r.Limited != tt.limited || r.Closed != tt.shut {
			t.Errorf("Review(%q) = %+v, %v", tt.class, r, err)
		}
	}
}

func TestUnopenableAndPlannedLists(t *testing.T) {
	p := datasets.MustLookupPublisher("統計處")
	c := datasets.MustNewCatalog(
		datasets.MustNewDataset(1, "甲", p),
		datasets.MustNewDataset(2, "乙", p).WithStatus(datasets.Delisted),
	)
	hs := []datasets.Holding{
		{Row: 2, No: 1, Class: "甲類", Datasets: []datasets.ID{2, 1}},    // open through 1
		{Row: 3, No: 2, Class: "甲類", Datasets: []datasets.ID{2}},       // delisted: planned again
		{Row: 4, No: 3, Class: "乙類", Datasets: []datasets.ID{9}},       // 9 is not in the catalog
		{Row: 5, No: 4, Class: "丙類", Grounds: "甲法第1條;；乙法第2條\n\n丙法第3條"}, // three grounds
		{Row: 6, No: 5, Class: "丙類", Grounds: " ；\n"},                  // none
		{Row: 7, No: 6, Class: "X"},
	}
	ps, err := datasets.PlannedList(hs, c)
	if len(ps) != 2 || ps[0].No != 2 || ps[1].No != 3 {
		t.Errorf("PlannedList = %+v", ps)
	}
	if got := rowProblems(problemsOf(t, err), sentinels...); len(got) != 2 || got[0].Row != 4 || got[0].Err != datasets.ErrMissing || got[1].Row != 7 || got[1].Err != datasets.ErrSyntax {
		t.Errorf("PlannedList problems %v", got)
	}
	us, err := datasets.UnopenableList(hs)
	if len(us) != 1 || us[0].No != 4 || len(us[0].Grounds) != 3 || us[0].Grounds[2] != "丙法第3條" {
		t.Errorf("UnopenableList = %+v", us)
	}
	if got := rowProblems(problemsOf(t, err), sentinels...); len(got) != 2 || got[0].Row != 6 || got[0].Column != "未能開放之依據" || got[1].Row != 7 {
		t.Errorf("UnopenableList problems %v", got)
	}
	r, err := datasets.Review(quarter("111年第2季"), hs)
	if r.Total() != 5 || r.Closed != 2 || len(r.Grounds) != 3 || err == nil {
		t.Errorf("Review = %+v, %v", r, err)
	}
	if rows := r.Records(); len(rows) != 5 || rows[4][1] != "5" {
		t.Errorf("Records = %v", rows)
	}
}

// 「無」, N/A, 不適用 and their kin are no ground: never published as a
// 未能開放之依據, and a 丙類 record with only them is one without grounds
// (issue 21: UnopenableList published 「無」).
func TestUnopenableNoGround(t *testing.T) {
	tests := []struct {
		grounds string
		want    []string // nil: left out, reported
	}{
		{"無", nil},
		{"「無」", nil},
		{"N/A", nil},
		{"Ｎ／Ａ", nil},
		{"na", nil},
		{"不適用", nil},
		{"-", nil},
		{"－", nil},
		{"免", nil},
		{"（無）", nil},
		{"無；N/A", nil},
		{"個人資料保護法第6條；無", []string{"個人資料保護法第6條"}},
		{"檔案法第18條\n不適用", []string{"檔案法第18條"}},
		// A real ground that holds such a character is kept whole.
		{"無人機管理規則第3條", []string{"無人機管理規則第3條"}},
		{"免稅法第1條", []string{"免稅法第1條"}},
	}
	for _, tt := range tests {
		h := datasets.Holding{Row: 5, No: 4, Class: "丙類", Name: "偵查資料庫", Grounds: tt.grounds}
		us, err := datasets.UnopenableList([]datasets.Holding{h})
		r, rerr := datasets.Review(quarter("111年第2季"), []datasets.Holding{h})
		if tt.want == nil {
			ps := problemsOf(t, err)
			if len(us) != 0 || len(ps) != 1 || !errors.Is(ps[0], datasets.ErrMissing) || ps[0].Column != "未能開放之依據" || ps[0].Severity != finding.Error {
				t.Errorf("UnopenableList(%q) = %+v, %v; want it left out, ErrMissing", tt.grounds, us, err)
			}
			rps := problemsOf(t, rerr)
			if r.Closed != 1 || len(r.Grounds) != 0 || len(rps) != 1 || rps[0].Severity != finding.Warning {
				t.Errorf("Review(%q) = %+v, %v; want counted, no grounds, a warning", tt.grounds, r, rerr)
			}
			continue
		}
		if err != nil || len(us) != 1 || !slices.Equal(us[0].Grounds, tt.want) {
			t.Errorf("UnopenableList(%q) = %+v, %v; want grounds %q", tt.grounds, us, err, tt.want)
		}
		if rerr != nil || !slices.Equal(r.Grounds, tt.want) {
			t.Errorf("Review(%q) grounds %q, %v; want %q", tt.grounds, r.Grounds, rerr, tt.want)
		}
	}
}

package datasets_test

import (
	"errors"
	"testing"

	"github.com/ogdtw/governance/datasets"
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

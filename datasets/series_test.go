package datasets_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/ogdtw/governance/datasets"
	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/rocdate"
	"github.com/shopspring/decimal"
)

func d(s string) rocdate.Date { return rocdate.MustParse(s) }

func TestSeriesCheckFindsBadIncrease(t *testing.T) {
	s := datasets.MustNewSeries(
		datasets.Point{Date: d("110/12/10"), Count: 2806, Increase: 65},
		datasets.Point{Date: d("110/04/30"), Count: 2741, Increase: 174},
		datasets.Point{Date: d("111/05/19"), Count: 2963, Increase: 150},
	)
	got := s.Check()
	if len(got) != 1 || got[0].Date != d("111/05/19") || got[0].Printed != 150 || got[0].Computed != 157 || got[0].Code != "datasets.increase" || got[0].Severity != finding.Error {
		t.Fatalf("Check() = %v, want one finding at 111/05/19 printed 150 computed 157", got)
	}
	want := "錯誤：111年5月19日增加數量載為150筆，依開放數量2,963筆與前次（110年12月10日）2,806筆計算應為157筆"
	if got[0].String() != want {
		t.Errorf("String() = %q, want %q", got[0].String(), want)
	}
	// Imported, the finding names its row.
	rows := s.Records()
	rows[3][2] = "150筆"
	imported, err := datasets.ImportSeries(rows)
	if err != nil {
		t.Fatal(err)
	}
	if f := imported.Check(); len(f) != 1 || f[0].Row != 4 || !strings.Contains(f[0].String(), "") {
		t.Errorf("imported Check() = %v, want row 4", f)
	}
	if pts := s.Points(); pts[0].Date != d("110/04/30") {
		t.Errorf("points not in date order: %v", pts)
	}
}

func TestNewSeriesErrors(t *testing.T) {
	s, err := datasets.NewSeries(
		datasets.Point{Date: d("110/12/10"), Count: 2806},
		datasets.Point{Date: d("110/12/10"), Count: 2807},
		datasets.Point{Count: 1},
		datasets.Point{Date: d("111/05/19"), Count: -1},
	)
	if !errors.Is(err, datasets.ErrDuplicate) || !errors.Is(err, datasets.ErrRange) {
		t.Errorf("NewSeries error = %v, want ErrDuplicate and ErrRange", err)
	}
	if s.Len() != 1 || s.Points()[0].Count != 2806 {
		t.Errorf("NewSeries kept %v, want the first 110/12/10 point", s.Points())
	}
	var pe *datasets.ParseError
	if !errors.As(err, &pe) || pe.Code() != "datasets.range" {
		t.Errorf("NewSeries error %v: first is not a *ParseError", err)
	}
	want := "datasets: NewSeries(\"1\"): point without a date\ndatasets: NewSeries(\"110年12月10日\"): date given twice\ndatasets: NewSeries(\"111年5月19日\"): negative count"
	if err.Error() != want {
		t.Errorf("NewSeries error = %q, want %q", err, want)
	}
	defer func() {
		if recover() == nil {
			t.Errorf("MustNewSeries did not panic")
		}
	}()
	datasets.MustNewSeries(datasets.Point{})
}

func TestSeriesLookups(t *testing.T) {
	s := deckSeries(t)
	if p, ok := s.At(d("110/12/10")); !ok || p.Count != 2806 {
		t.Errorf("At(110/12/10) = %v, %v", p, ok)
	}
	if _, ok := s.At(d("110/12/11")); ok {
		t.Errorf("At(110/12/11) found a point")
	}
	q, _ := rocdate.ParseQuarter("108年第3季")
	if p, ok := s.LastIn(q); !ok || p.Count != 2362 {
		t.Errorf("LastIn(108Q3) = %v, %v", p, ok)
	}
	q, _ = rocdate.ParseQuarter("111年第1季")
	if _, ok := s.LastIn(q); ok {
		t.Errorf("LastIn(111Q1) found a point")
	}
}

func TestGrowthRate(t *testing.T) {
	tests := []struct {
		from, to int
		places   int32
		want     string
		wantErr  error
	}{
		{2806, 2963, 4, "0.056", nil}, // 0.05595... → 0.0560
		{2806, 2963, 2, "0.06", nil},
		{2168, 2963, 3, "0.367", nil}, // 0.36669...
		{8, 9, 4, "0.125", nil},       // exact
		{8, 9, 2, "0.13", nil},        // 0.125: a tie goes up
		{8, 7, 2, "-0.13", nil},       // −0.125: a tie goes away from zero
		{3, 4, 0, "0", nil},
		{2, 3, 0, "1", nil}, // 0.5 → 1
		{0, 5, 2, "", datasets.ErrRange},
		{5, 5, -1, "", datasets.ErrRange},
	}
	for _, tt := range tests {
		got, err := datasets.GrowthRate(tt.from, tt.to, tt.places)
		if !errors.Is(err, tt.wantErr) {
			t.Errorf("GrowthRate(%d, %d, %d) error = %v, want %v", tt.from, tt.to, tt.places, err, tt.wantErr)
			continue
		}
		if err == nil && !got.Equal(decimal.RequireFromString(tt.want)) {
			t.Errorf("GrowthRate(%d, %d, %d) = %v, want %v", tt.from, tt.to, tt.places, got, tt.want)
		}
	}
	got, _ := datasets.GrowthRate(2806, 2963, 4)
	if got.StringFixed(4) != "0.0560" {
		t.Errorf("GrowthRate StringFixed(4) = %s, want 0.0560", got.StringFixed(4))
	}
}

func TestSeriesGrowth(t *testing.T) {
	s := deckSeries(t)
	got, err := s.Growth(d("107/12/13"), d("111/05/19"), 4)
	if err != nil || !got.Equal(decimal.RequireFromString("0.3667")) {
		t.Errorf("Growth(107/12/13, 111/05/19) = %v, %v, want 0.3667", got, err)
	}
	for _, pair := range [][2]string{{"107/12/14", "111/05/19"}, {"107/12/13", "111/05/20"}} {
		if _, err := s.Growth(d(pair[0]), d(pair[1]), 2); !errors.Is(err, datasets.ErrNotInSeries) {
			t.Errorf("Growth(%s, %s) error = %v, want ErrNotInSeries", pair[0], pair[1], err)
		}
	}
}

package datasets_test

import (
	"errors"
	"math"
	"testing"

	"github.com/ogdtw/governance/datasets"
)

// Issue 12: arithmetic on counts never overflows silently. Each test
// fails on the code before: GrowthRate wrapped to − from, Table.Sum and
// the subtotals wrapped, Check's Cur − Prev wrapped, and catalogs were
// sorted by subtracting IDs.

func TestGrowthRateDoesNotWrap(t *testing.T) {
	got, err := datasets.GrowthRate(1, math.MinInt, 0)
	if err != nil {
		t.Fatal(err)
	}
	if want := "-9223372036854775809"; got.String() != want {
		t.Errorf("GrowthRate(1, MinInt) = %s, want %s", got, want)
	}
	got, err = datasets.GrowthRate(math.MaxInt, math.MinInt, 2)
	if err != nil || got.Sign() >= 0 {
		t.Errorf("GrowthRate(MaxInt, MinInt) = %s, %v: a fall must be negative", got, err)
	}
}

func TestTableSumDoesNotWrap(t *testing.T) {
	unit := datasets.MustLookupPublisher("統計處")
	agency := datasets.MustLookupPublisher("矯正署")
	tb := datasets.Table{Rows: []datasets.TableRow{
		{Publisher: unit, Figures: datasets.Figures{Prev: math.MaxInt, Cur: math.MaxInt}},
		{Publisher: agency, Figures: datasets.Figures{Prev: 1, Cur: 1}},
	}}
	if f, err := tb.Sum(datasets.NoGroup); !errors.Is(err, datasets.ErrRange) || f != (datasets.Figures{}) {
		t.Errorf("Sum of MaxInt and 1 = %+v, %v, want ErrRange", f, err)
	}
	if f, err := tb.Sum(datasets.Agencies); err != nil || f.Cur != 1 {
		t.Errorf("Sum(Agencies) = %+v, %v", f, err)
	}
	c := tb.Check(datasets.Series{})
	found := false
	for _, f := range c.Findings {
		if f.Code == "datasets.overflow" && f.Line == datasets.TotalLine {
			found = true
		}
	}
	if !found {
		t.Errorf("Check findings %v: want datasets.overflow for the 合計", c.Findings)
	}
	if rows := tb.Records(); rows[len(rows)-1][2] != "" {
		t.Errorf("Records wrote an overflowed 合計 as %q", rows[len(rows)-1][2])
	}
}

func TestTableCheckDifferenceDoesNotWrap(t *testing.T) {
	unit := datasets.MustLookupPublisher("統計處")
	// Cur − Prev wraps to 1 in int: the old check took the row as right.
	tb := datasets.Table{Rows: []datasets.TableRow{{Publisher: unit, Figures: datasets.Figures{Prev: math.MaxInt, Cur: math.MinInt, Change: 1}}}}
	c := tb.Check(datasets.Series{})
	if len(c.Findings) == 0 || c.Findings[0].Code != "datasets.overflow" || len(c.Agreeing) != 0 {
		t.Errorf("Check = %+v, want datasets.overflow and no agreeing row", c)
	}
}

func TestIDCompareDoesNotSubtract(t *testing.T) {
	tests := []struct {
		a, b datasets.ID
		want int
	}{
		{1, 2, -1}, {2, 1, 1}, {5, 5, 0},
		{math.MaxInt, -1, 1}, {math.MinInt, 1, -1}, {-1, math.MaxInt, -1},
	}
	for _, tt := range tests {
		if got := tt.a.Compare(tt.b); got != tt.want {
			t.Errorf("ID(%d).Compare(%d) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
	// A catalog unmarshalled with IDs far out of range refuses them without
	// mis-sorting the good ones.
	var c datasets.Catalog
	err := c.UnmarshalJSON([]byte(`[{"id":9223372036854775807,"title":"a","publisher":"統計處","status":"上架"},{"id":-9223372036854775807,"title":"b","publisher":"統計處","status":"上架"}]`))
	if !errors.Is(err, datasets.ErrRange) {
		t.Errorf("UnmarshalJSON with IDs out of range: %v", err)
	}
}

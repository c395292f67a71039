package datasets_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/ogdtw/governance/datasets"
)

func TestRegisterBuildTable(t *testing.T) {
	reg := sampleRegister(t)
	prev := sampleNational(t, map[string]int{"法務部": 1, "矯正署": 2, "法務部矯正署臺北監獄": 3, "臺灣臺北地方檢察署": 1, "財政部": 4, "臺灣士林地方檢察署": 1})
	cur := sampleNational(t, map[string]int{"法務部": 1, "矯正署": 3, "法務部矯正署臺北監獄": 3, "臺灣臺北地方檢察署": 2, "臺灣高等檢察署": 1, "財政部": 5, "臺灣士林地方檢察署": 2})
	opt := datasets.AgencyTableOptions{Ministry: "法務部", Prev: quarter("110年第4季"), Cur: quarter("111年第2季"), CurDate: d("111/05/19"),
		Shorts: map[string]string{"臺灣高等檢察署": "臺高檢", "SAMPLE0009": "臺北地檢"}}
	tab, err := reg.BuildTable(prev, cur, opt)
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Join([]string{
		"層級      機關            110年第4季  111年第2季  增減  111.01.01 迄今",
		"本部      法務部                   1           1     0               0",
		"          小計                     1           1     0               0",
		"三級機關  矯正署                   2           3    +1              +1",
		"          臺高檢                   0           1    +1              +1",
		"          小計                     2           4    +2              +2",
		"四級機關  矯正署臺北監獄           3           3     0               0",
		"          臺北地檢                 1           2    +1              +1",
		"          小計                     4           5    +1              +1",
		"          合計                     7          10    +3              +3",
	}, "\n") + "\n"
	if got := tab.String(); got != want {
		t.Errorf("table:\n%s\nwant:\n%s\n%s", got, want, cmp.Diff(want, got))
	}
	if tab.On != d("111/05/19") || tab.Ministry.Code != "SAMPLE0003" {
		t.Errorf("On %v, Ministry %+v", tab.On, tab.Ministry)
	}
	// The publisher the register does not know may be the ministry's: it
	// is listed, never left out silently.
	if len(tab.Unplaced) != 1 || tab.Unplaced[0].Name != "臺灣士林地方檢察署" || tab.Unplaced[0].Datasets != 2 {
		t.Errorf("Unplaced %+v", tab.Unplaced)
	}

	// Depth 3: the 四級機關 count in their 三級機關's row.
	opt.Depth = 3
	tab, err = reg.BuildTable(prev, cur, opt)
	if err != nil {
		t.Fatal(err)
	}
	var rows []string
	for _, r := range tab.Rows {
		rows = append(rows, r.Short+" "+datasets.FormatCount(r.Cur))
	}
	if got := strings.Join(rows, ", "); got != "法務部 1, 矯正署 6, 臺高檢 3" {
		t.Errorf("depth 3 rows: %s", got)
	}
	if tab.Total.Cur != 10 || len(tab.Subtotals) != 2 {
		t.Errorf("depth 3 total %+v, subtotals %+v", tab.Total, tab.Subtotals)
	}

	// By code, and on the day the register names the council's successor.
	coa := sampleNational(t, map[string]int{"行政院農業委員會林務局": 2, "行政院農業委員會": 1})
	tab, err = reg.BuildTable(coa, coa, datasets.AgencyTableOptions{Ministry: "SAMPLE0002", On: d("112/08/01")})
	if err != nil || tab.Ministry.Name != "農業部" || len(tab.Rows) != 2 || tab.Rows[1].Short != "林業及自然保育署" {
		t.Errorf("農業部 table %+v, %v", tab.Rows, err)
	}

	_, err = reg.BuildTable(prev, cur, datasets.AgencyTableOptions{Ministry: "農業部", On: d("111/05/19")})
	var pe *datasets.ParseError
	if !errors.Is(err, datasets.ErrUnknownPublisher) || !errors.As(err, &pe) || pe.Input != "農業部" {
		t.Errorf("a ministry not yet in effect: error %v", err)
	}
}

func TestLevelName(t *testing.T) {
	for _, tc := range []struct {
		level, ministry int
		want            string
	}{{2, 2, "本部"}, {1, 2, "本部"}, {3, 2, "三級機關"}, {4, 2, "四級機關"}, {12, 2, "十二級機關"}, {0, 2, "層級未載"}, {-1, 2, "-1級機關"}, {1 << 62, 2, "4611686018427387904級機關"}} {
		if got := datasets.LevelName(tc.level, tc.ministry); got != tc.want {
			t.Errorf("LevelName(%d, %d) = %s, want %s", tc.level, tc.ministry, got, tc.want)
		}
	}
}

// An agency whose level the register leaves blank is grouped apart, last,
// never taken for a level.
func TestBuildTableBlankLevel(t *testing.T) {
	reg, err := datasets.ImportAgencies([][]string{registerHeader,
		regRow("SAMPLE0003", "法務部", "", "2", "", "", ""),
		regRow("SAMPLE0004", "法務部矯正署", "SAMPLE0003", "3", "", "", ""),
		regRow("SAMPLE0060", "法務部司法官學院", "SAMPLE0003", "", "", "", ""),
	})
	if err != nil {
		t.Fatal(err)
	}
	c := sampleNational(t, map[string]int{"法務部司法官學院": 2, "法務部矯正署": 1})
	tab, err := reg.BuildTable(c, c, datasets.AgencyTableOptions{Ministry: "法務部", On: d("111/05/19")})
	if err != nil {
		t.Fatal(err)
	}
	recs := tab.Records()
	if len(recs) != 6 || recs[1][0] != "三級機關" || recs[3][0] != "層級未載" || recs[3][1] != "司法官學院" || recs[5][1] != "合計" || recs[5][3] != "3" {
		t.Errorf("records %q", recs)
	}
}

package datasets_test

import (
	"errors"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/ogdtw/governance/datasets"
	"github.com/ogdtw/governance/rocdate"
)

func quarter(s string) rocdate.Quarter {
	q, err := rocdate.ParseQuarter(s)
	if err != nil {
		panic(err)
	}
	return q
}

// figureProblem is what a test expects of a FigureError.
type figureProblem struct {
	Row, Column       string
	Printed, Computed int
	Err               error
}

func TestTableCheckFindsEveryWrongFigure(t *testing.T) {
	rows := cloneRows(deckTableRows)
	rows[1][4] = "5"                                                        // 統計處 增減 4 printed as 5
	rows[2][5] = "3"                                                        // 保護司 迄今 2 printed as 3
	rows[13][2] = "876"                                                     // 本部單位 小計 877 printed as 876
	rows[14][3] = "1,051"                                                   // 矯正署 1,050 printed as 1,051: row change, subtotal and series break
	rows = append(rows, []string{"", "合計", "2,806", "2,964", "158", "157"}) // 迄今 should be 158 now
	tb, problems := datasets.ImportTable(rows)
	if problems != nil {
		t.Fatalf("ImportTable problems %v", problems)
	}
	var got []figureProblem
	for _, p := range tb.Check(deckSeries(t)) {
		got = append(got, figureProblem{p.Row, p.Column, p.Printed, p.Computed, p.Err})
	}
	want := []figureProblem{
		{"統計處", "增減", 5, 4, datasets.ErrFigure},
		{"保護司", "111.01.01 迄今", 3, 2, datasets.ErrFigure},
		{"矯正署", "增減", 92, 93, datasets.ErrFigure},
		{"矯正署", "111.01.01 迄今", 92, 93, datasets.ErrFigure},
		{"本部單位 小計", "110年第4季", 876, 877, datasets.ErrFigure},
		{"本部單位 小計", "增減", 14, 15, datasets.ErrFigure},
		{"本部單位 小計", "111.01.01 迄今", 14, 15, datasets.ErrFigure},
		{"所屬機關 小計", "111年第2季", 2072, 2073, datasets.ErrFigure},
		{"合計", "111.01.01 迄今", 157, 158, datasets.ErrFigure},
		{"合計", "111年第2季 (series 111年5月19日)", 2963, 2964, datasets.ErrSeriesMismatch},
	}
	if diff := cmp.Diff(want, got, cmp.Comparer(func(a, b error) bool { return a == b })); diff != "" {
		t.Errorf("Check mismatch (-want +got):\n%s", diff)
	}
}

func cloneRows(rows [][]string) [][]string {
	out := make([][]string, len(rows))
	for i, r := range rows {
		out[i] = append([]string(nil), r...)
	}
	return out
}

func TestTableCheckNotInSeries(t *testing.T) {
	tb := deckTable(t)
	s := datasets.MustNewSeries(datasets.Point{Date: d("111/05/19"), Count: 2963, Increase: 157})
	got := tb.Check(s)
	if len(got) != 1 || !errors.Is(got[0], datasets.ErrNotInSeries) || got[0].Column != "110年第4季" {
		t.Fatalf("Check = %v, want ErrNotInSeries for 110年第4季", got)
	}
	if want := "datasets: table 合計, 110年第4季: no series figure for the date"; got[0].Error() != want {
		t.Errorf("Error() = %q, want %q", got[0].Error(), want)
	}
	// With an explicit date that is not in the series.
	tb.CurDate = d("111/05/20")
	if got := tb.Check(s); len(got) != 2 {
		t.Errorf("Check with CurDate 111/05/20 = %v, want two problems", got)
	}
	// An empty series skips the comparison.
	if got := tb.Check(datasets.Series{}); got != nil {
		t.Errorf("Check(empty series) = %v", got)
	}
}

// deckCatalogs builds two catalogs whose listed counts per publisher are
// the deck's table; 矯正署's datasets are split between 矯正署 and its
// sub-agency (8 of them in both periods), to test rolling up.
func deckCatalogs(t testing.TB) (prev, cur datasets.Catalog) {
	tb := deckTable(t)
	sub := datasets.MustLookupPublisher("臺中戒治所")
	var pds, cds []datasets.Dataset
	id := datasets.ID(1)
	for _, r := range tb.Rows {
		for i := 0; i < max(r.Prev, r.Cur); i++ {
			p := r.Publisher
			if p.Name() == "矯正署" && i < 8 {
				p = sub
			}
			ds := datasets.MustNewDataset(id, p.Short()+"資料集"+strconv.Itoa(i), p)
			id++
			if i < r.Prev {
				pds = append(pds, ds)
			}
			if i < r.Cur {
				cds = append(cds, ds)
			} else {
				cds = append(cds, ds.WithStatus(datasets.Delisted))
			}
		}
	}
	return datasets.MustNewCatalog(pds...), datasets.MustNewCatalog(cds...)
}

func TestBuildTableReproducesDeck(t *testing.T) {
	prev, cur := deckCatalogs(t)
	opt := datasets.TableOptions{Prev: quarter("110年第4季"), Cur: quarter("111年第2季"), PrevDate: d("110/12/10"), CurDate: d("111/05/19"), RollUp: true}
	got := datasets.BuildTable(prev, cur, opt)
	want := deckTable(t)
	want.PrevDate, want.CurDate = opt.PrevDate, opt.CurDate
	total := want.Sum(datasets.NoGroup)
	want.Total = &total
	if diff := cmp.Diff(want, got, equateComparable); diff != "" {
		t.Errorf("BuildTable mismatch (-want +got):\n%s", diff)
	}
	if problems := got.Check(deckSeries(t)); problems != nil {
		t.Errorf("built table Check = %v", problems)
	}
	// Without roll-up the sub-agency has its own row among the agencies.
	opt.RollUp = false
	sep := datasets.BuildTable(prev, cur, opt)
	if len(sep.Rows) != len(got.Rows)+1 || sep.Sum(datasets.Agencies) != got.Sum(datasets.Agencies) {
		t.Errorf("BuildTable without roll-up: %d rows, agencies %+v", len(sep.Rows), sep.Sum(datasets.Agencies))
	}
	// A year-start catalog changes only the 迄今 column.
	opt.YearStart = &cur
	ys := datasets.BuildTable(prev, cur, opt)
	if ys.Sum(datasets.NoGroup).SinceYearStart != 0 || ys.Sum(datasets.NoGroup).Change != 157 {
		t.Errorf("BuildTable with YearStart = cur: %+v", ys.Sum(datasets.NoGroup))
	}
}

func TestTableString(t *testing.T) {
	tb := deckTable(t)
	s := tb.String()
	lines := strings.Split(strings.TrimSuffix(s, "\n"), "\n")
	if len(lines) != 1+23+2+1 {
		t.Fatalf("String() has %d lines:\n%s", len(lines), s)
	}
	for _, want := range []string{"群組", "110年第4季", "111.01.01 迄今", "1,050", "小計", "合計", "2,963"} {
		if !strings.Contains(s, want) {
			t.Errorf("String() lacks %q:\n%s", want, s)
		}
	}
	// What String prints, ImportTable reads back.
	var rows [][]string
	sep := regexp.MustCompile(`\s{2,}`)
	for _, l := range lines {
		rows = append(rows, sep.Split(strings.TrimSpace(l), -1))
	}
	rows[len(rows)-1] = append([]string{""}, rows[len(rows)-1]...) // 合計 has no group
	back, problems := datasets.ImportTable(rows)
	if problems != nil {
		t.Fatalf("ImportTable(String()) problems %v", problems)
	}
	total := tb.Sum(datasets.NoGroup)
	tb.Total = &total
	if diff := cmp.Diff(tb, back, equateComparable); diff != "" {
		t.Errorf("ImportTable(String()) mismatch (-want +got):\n%s", diff)
	}
}

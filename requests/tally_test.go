package requests

import (
	"errors"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/ogdtw/governance/rocdate"
)

// withTotals returns the deck's CSV with its last record (the printed
// totals) replaced by totals.
func withTotals(t *testing.T, csv string, totals []string) [][]string {
	t.Helper()
	recs := readCSV(t, csv)
	recs[len(recs)-1] = totals
	return recs
}

func TestTallyReproducesDeck(t *testing.T) {
	reqs := deckRequests(t)
	if len(reqs) != 60 {
		t.Fatalf("deckRequests: %d requests, want 60", len(reqs))
	}
	asOf := rocdate.MustParse("111年5月19日")
	q := CountByQuarter(reqs, 105, 111)
	// The deck's layout, cell for cell, with the totals its rows give.
	want := withTotals(t, deckByQuarterCSV, []string{"合計", "11", "19", "7", "23", "60"})
	if diff := cmp.Diff(want, q.TableAsOf(asOf).Records()); diff != "" {
		t.Errorf("by quarter TableAsOf (-want +got):\n%s", diff)
	}
	c := CountByCategory(reqs, 105, 111)
	want = withTotals(t, deckByCategoryCSV, []string{"合計", "11", "5", "2", "18", "24", "60"})
	if diff := cmp.Diff(want, c.TableAsOf(asOf).Records()); diff != "" {
		t.Errorf("by category TableAsOf (-want +got):\n%s", diff)
	}
	for _, tab := range []Table{q.Table(), c.Table(), q.TableAsOf(asOf), c.TableAsOf(asOf)} {
		if rec := tab.Reconcile(); !rec.OK() {
			t.Errorf("a tally's own table does not reconcile:\n%s", rec)
		}
	}
}

func TestTallyAccessors(t *testing.T) {
	reqs := deckRequests(t)
	reqs = append(reqs, Request{ID: "undated", Category: Other}, Request{ID: "no category", Received: rocdate.MustParse("110年3月1日")})
	q := CountByQuarter(reqs, 0, 0)
	if got := q.Years(); !slices.Equal(got, []int{105, 106, 107, 108, 109, 110}) {
		t.Errorf("Years() = %v, want 105…110 (no request in 111)", got)
	}
	if q.Axis() != ByQuarter || q.Total() != 61 || q.Skipped() != 1 {
		t.Errorf("by quarter: axis %v, total %d, skipped %d", q.Axis(), q.Total(), q.Skipped())
	}
	checks := []struct {
		name      string
		got, want int
	}{
		{"QuarterCount(105年第4季)", q.QuarterCount(mustQuarter(t, 105, 4)), 10},
		{"QuarterCount(110年第1季)", q.QuarterCount(mustQuarter(t, 110, 1)), 1},
		{"QuarterCount(zero)", q.QuarterCount(rocdate.Quarter{}), 0},
		{"Count(106, 1)", q.Count(106, 1), 5},
		{"Count(99, 1)", q.Count(99, 1), 0},
		{"Count(106, 4)", q.Count(106, 4), 0},
		{"RowTotal(105)", q.RowTotal(105), 23},
		{"RowTotal(200)", q.RowTotal(200), 0},
		{"ColumnTotal(0)", q.ColumnTotal(0), 12},
		{"ColumnTotal(1)", q.ColumnTotal(1), 19},
		{"ColumnTotal(5)", q.ColumnTotal(5), 0},
		{"ColumnTotal(3)", q.ColumnTotal(3), 23},
		{"ColumnTotal(4)", q.ColumnTotal(4), 0},
		{"ColumnTotal(-1)", q.ColumnTotal(-1), 0},
		{"CategoryCount on a quarter tally", q.CategoryCount(105, DownloadLink), 0},
	}
	c := CountByCategory(reqs, 104, 0)
	checks = append(checks, []struct {
		name      string
		got, want int
	}{
		{"CategoryCount(105, DownloadLink)", c.CategoryCount(105, DownloadLink), 8},
		{"CategoryCount(106, Other)", c.CategoryCount(106, Other), 8},
		{"CategoryCount(105, 0)", c.CategoryCount(105, 0), 0},
		{"by category Total", c.Total(), 60},
		{"by category Skipped", c.Skipped(), 2},
		{"by category RowTotal(104)", c.RowTotal(104), 0},
		{"QuarterCount on a category tally", c.QuarterCount(mustQuarter(t, 105, 1)), 0},
	}...)
	for _, ch := range checks {
		if ch.got != ch.want {
			t.Errorf("%s = %d, want %d", ch.name, ch.got, ch.want)
		}
	}
	if got := c.Years(); !slices.Equal(got, []int{104, 105, 106, 107, 108, 109, 110}) {
		t.Errorf("CountByCategory(reqs, 104, 0).Years() = %v, want from 104", got)
	}
	if got := c.Columns(); !slices.Equal(got, []string{"下載連結問題", "內容有誤", "品質改善", "其他", "建議新增資料集"}) {
		t.Errorf("Columns() = %v", got)
	}
	var zero Tally
	if zero.Total() != 0 || len(zero.Years()) != 0 || zero.Columns() != nil || zero.Count(105, 0) != 0 {
		t.Error("the zero Tally is not empty")
	}
	empty := CountByQuarter(nil, 0, 0)
	if empty.Total() != 0 || len(empty.Years()) != 0 || empty.String() != "年度  第1季  第2季  第3季  第4季  合計\n合計      0      0      0      0     0\n" {
		t.Errorf("CountByQuarter(nil) String() = %q", empty.String())
	}
	if got := Axis(9).String(); got != "Axis(9)" {
		t.Errorf("Axis(9).String() = %q", got)
	}
	if ByQuarter.String() != "依季別" || ByCategory.String() != "依類別" || NoAxis.String() != "" {
		t.Error("Axis names")
	}
}

func TestTallyYearSpan(t *testing.T) {
	reqs := []Request{{ID: "1", Received: rocdate.MustParse("108年2月1日"), Category: Other}}
	tests := []struct {
		first, last int
		want        []int
	}{
		{0, 0, []int{108}},
		{106, 107, []int{106, 107, 108}},
		{110, 109, []int{108, 109, 110}},
		{108, 108, []int{108}},
	}
	for _, tt := range tests {
		if got := CountByQuarter(reqs, tt.first, tt.last).Years(); !slices.Equal(got, tt.want) {
			t.Errorf("CountByQuarter(reqs, %d, %d).Years() = %v, want %v", tt.first, tt.last, got, tt.want)
		}
	}
	// A year after asOf prints "-" by quarter and is left out by category.
	asOf := rocdate.MustParse("108年12月31日")
	q := CountByQuarter(reqs, 108, 109).TableAsOf(asOf)
	if got := q.Records()[2]; !slices.Equal(got, []string{"109年", "-", "-", "-", "-", "-"}) {
		t.Errorf("year after asOf by quarter = %v", got)
	}
	if got := q.Records()[1]; !slices.Equal(got, []string{"108年", "1", "0", "0", "0", "1"}) {
		t.Errorf("finished year by quarter = %v", got)
	}
	c := CountByCategory(reqs, 108, 109).TableAsOf(asOf)
	if len(c.Rows) != 1 || c.Rows[0].Note != "" {
		t.Errorf("by category as of the year's end: %+v", c.Rows)
	}
}

func mustQuarter(t *testing.T, y, n int) rocdate.Quarter {
	t.Helper()
	q, err := rocdate.NewQuarter(y, n)
	if err != nil {
		t.Fatal(err)
	}
	return q
}

func TestEnumText(t *testing.T) {
	for _, a := range []Axis{NoAxis, ByQuarter, ByCategory} {
		b, err := a.MarshalText()
		var back Axis
		if err != nil || back.UnmarshalText(b) != nil || back != a {
			t.Errorf("Axis %v text round trip: %q, %v, %v", a, b, err, back)
		}
	}
	for _, k := range []FindingKind{NoFindingKind, RowTotal, ColumnTotal, GrandTotal, MissingRow} {
		b, err := k.MarshalText()
		var back FindingKind
		if err != nil || back.UnmarshalText(b) != nil || back != k {
			t.Errorf("FindingKind %v text round trip: %q, %v, %v", k, b, err, back)
		}
	}
	if _, err := Axis(3).MarshalText(); !errors.Is(err, ErrRange) {
		t.Errorf("Axis(3).MarshalText() error %v, want ErrRange", err)
	}
	if _, err := FindingKind(9).MarshalText(); !errors.Is(err, ErrRange) {
		t.Errorf("FindingKind(9).MarshalText() error %v, want ErrRange", err)
	}
	var a Axis
	if err := a.UnmarshalText([]byte("by year")); !errors.Is(err, ErrSyntax) {
		t.Errorf(`Axis.UnmarshalText("by year") error %v, want ErrSyntax`, err)
	}
	var k FindingKind
	if err := k.UnmarshalText([]byte("total")); !errors.Is(err, ErrSyntax) {
		t.Errorf(`FindingKind.UnmarshalText("total") error %v, want ErrSyntax`, err)
	}
	texts := []struct {
		in   string
		want any
	}{
		{"by quarter", ByQuarter}, {"By_Category", ByCategory}, {"季別", ByQuarter}, {"依類別", ByCategory}, {"", NoAxis},
		{"row total", RowTotal}, {"column-total", ColumnTotal}, {"requests.grand-total", GrandTotal}, {"漏列", MissingRow}, {"欄合計", ColumnTotal},
	}
	for _, tt := range texts {
		var got any
		var err error
		switch tt.want.(type) {
		case Axis:
			got, err = ParseAxis(tt.in)
		default:
			got, err = ParseFindingKind(tt.in)
		}
		if err != nil || got != tt.want {
			t.Errorf("parsing %q = %v, %v, want %v", tt.in, got, err, tt.want)
		}
	}
}

func TestTallyAcrossYearOne(t *testing.T) {
	reqs := []Request{
		{ID: "1", Received: d("民國前1年12月31日"), Category: Other},
		{ID: "2", Received: d("民國1年1月1日"), Category: Other},
	}
	q := CountByQuarter(reqs, 0, 0)
	if got := q.Years(); !slices.Equal(got, []int{-1, 1}) {
		t.Errorf("Years() = %v, want [-1 1]: there is no year 0", got)
	}
	if q.Count(-1, 3) != 1 || q.Count(1, 0) != 1 || q.Count(0, 0) != 0 || q.RowTotal(0) != 0 {
		t.Errorf("counts across year 1: %v", q.Table().Records())
	}
	if got := q.Table().Records()[1][0]; got != "民國前1年" {
		t.Errorf("row label %q, want 民國前1年", got)
	}
	if got := CountByCategory(nil, -1, 2).Years(); !slices.Equal(got, []int{-1, 1, 2}) {
		t.Errorf("CountByCategory(nil, -1, 2).Years() = %v", got)
	}
	back, err := ImportTable(q.Table().Records())
	if err != nil || back.Rows[0].Year != -1 {
		t.Errorf("ImportTable of 民國前 rows: %v, %v", back.Rows, err)
	}
}

func FuzzParseAxis(f *testing.F) {
	for _, s := range []string{"依季別", "依類別", "季別", "by quarter", "By_Category", "", "by year"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, err := ParseAxis(s)
		if err != nil {
			if !errors.Is(err, ErrSyntax) || a != NoAxis {
				t.Fatalf("ParseAxis(%q) = %v, %v: not NoAxis and ErrSyntax", s, a, err)
			}
			return
		}
		b, err := a.MarshalText()
		if err != nil {
			t.Fatalf("%v.MarshalText: %v", a, err)
		}
		if back, err := ParseAxis(string(b)); err != nil || back != a {
			t.Fatalf("ParseAxis(%q) = %v; %q reads back as %v, %v", s, a, b, back, err)
		}
	})
}

func FuzzParseFindingKind(f *testing.F) {
	for _, s := range []string{"列合計", "欄合計", "總計", "漏列", "row total", "requests.grand-total", "", "total"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k, err := ParseFindingKind(s)
		if err != nil {
			if !errors.Is(err, ErrSyntax) || k != NoFindingKind {
				t.Fatalf("ParseFindingKind(%q) = %v, %v: not NoFindingKind and ErrSyntax", s, k, err)
			}
			return
		}
		b, err := k.MarshalText()
		if err != nil {
			t.Fatalf("%v.MarshalText: %v", k, err)
		}
		if back, err := ParseFindingKind(string(b)); err != nil || back != k {
			t.Fatalf("ParseFindingKind(%q) = %v; %q reads back as %v, %v", s, k, b, back, err)
		}
		if back, err := ParseFindingKind(k.Code()); k != NoFindingKind && (err != nil || back != k) {
			t.Fatalf("ParseFindingKind(%q) = %v; its code %q reads back as %v, %v", s, k, k.Code(), back, err)
		}
	})
}

// The years a tally is widened to may be given in either order.
func TestTallyYearsEitherOrder(t *testing.T) {
	reqs := deckRequests(t)
	for _, count := range []func([]Request, int, int) Tally{CountByQuarter, CountByCategory} {
		up, down := count(reqs, 104, 112), count(reqs, 112, 104)
		if !slices.Equal(up.Years(), down.Years()) || up.Years()[0] != 104 || up.Years()[len(up.Years())-1] != 112 {
			t.Errorf("years %v and %v, want 104…112 both", up.Years(), down.Years())
		}
		if !slices.EqualFunc(up.Table().Records(), down.Table().Records(), slices.Equal) {
			t.Error("the two orders give different tables")
		}
	}
}

// A year after the day asked is not yet counted: by category its row is
// left out, by quarter its cells and total are 「-」; the year of the day
// itself is partial, its total 「-」 by quarter and noted by category.
func TestTableAsOfLateYear(t *testing.T) {
	reqs := deckRequests(t)
	asOf := rocdate.MustParse("111年5月19日")
	c := CountByCategory(reqs, 0, 112).TableAsOf(asOf)
	if last := c.Rows[len(c.Rows)-1]; last.Year != 111 || last.Note != "截至5月" {
		t.Errorf("by category, last row %d %q; want 111 截至5月", last.Year, last.Note)
	}
	q := CountByQuarter(reqs, 0, 112).TableAsOf(asOf)
	late, cur := q.Rows[len(q.Rows)-1], q.Rows[len(q.Rows)-2]
	if late.Year != 112 || !late.Total.IsNotReached() || !late.Cells[0].IsNotReached() || !late.Cells[3].IsNotReached() {
		t.Errorf("by quarter, 112: %+v", late)
	}
	if cur.Year != 111 || !cur.Total.IsNotReached() || cur.Cells[0].IsNotReached() || !cur.Cells[2].IsNotReached() {
		t.Errorf("by quarter, 111: %+v", cur)
	}
	if whole := CountByQuarter(reqs, 0, 112).TableAsOf(rocdate.MustParse("112年12月31日")); whole.Rows[len(whole.Rows)-1].Total.IsNotReached() {
		t.Error("a year ended by the day asked is partial")
	}
}

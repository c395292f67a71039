package datasets_test

import (
	"errors"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/ogdtw/governance/datasets"
	"github.com/ogdtw/governance/rocdate"
)

// equateComparable lets cmp.Diff compare the package's comparable values.
var equateComparable = cmpopts.EquateComparable(datasets.Publisher{}, datasets.Dataset{}, rocdate.Date{}, rocdate.Quarter{})

// The figures of the 111年度第1次會議 deck (111年5月19日), as examples/meeting
// embeds them.

// deckSeriesRows is 本部資料開放情形統計.
var deckSeriesRows = [][]string{
	{"統計日期", "開放數量", "增加數量"},
	{"107/12/13", "2,168筆", "41筆"},
	{"108/03/28", "2,310筆", "142筆"},
	{"108/06/13", "2,341筆", "31筆"},
	{"108/09/17", "2,362筆", "21筆"},
	{"109/05/15", "2,519筆", "157筆"},
	{"109/12/11", "2,567筆", "48筆"},
	{"110/04/30", "2,741筆", "174筆"},
	{"110/12/10", "2,806筆", "65筆"},
	{"111/05/19", "2,963筆", "157筆"},
}

// deckTableRows is 本部各機關(單位)資料開放情形 in the long layout.
var deckTableRows = [][]string{
	{"群組", "單位", "110 第4季", "111 第2季", "增減", "111.01.01 迄今"},
	{"本部單位", "統計處", "321", "325", "4", "4"},
	{"", "保護司", "83", "85", "2", "2"},
	{"", "法律事務司", "78", "80", "2", "2"},
	{"", "檢察司", "74", "74", "0", "0"},
	{"", "資訊處", "69", "70", "1", "1"},
	{"", "法制司", "60", "60", "0", "0"},
	{"", "國兩司", "52", "52", "0", "0"},
	{"", "秘書處", "40", "41", "1", "1"},
	{"", "人事處", "31", "32", "1", "1"},
	{"", "會計處", "26", "27", "1", "1"},
	{"", "政風小組", "25", "27", "2", "2"},
	{"", "綜合規劃司", "18", "18", "0", "0"},
	{"", "小計", "877", "891", "14", "14"},
	{"所屬機關", "矯正署", "958", "1,050", "92", "92"},
	{"", "臺高檢", "313", "336", "23", "23"},
	{"", "行政執行署", "213", "230", "17", "17"},
	{"", "廉政署", "150", "151", "1", "1"},
	{"", "調查局", "96", "98", "2", "2"},
	{"", "司法官學院", "53", "54", "1", "1"},
	{"", "最高檢察署", "48", "50", "2", "2"},
	{"", "法醫研究所", "47", "49", "2", "2"},
	{"", "金門地檢", "20", "22", "2", "2"},
	{"", "金門高分檢", "19", "20", "1", "1"},
	{"", "連江地檢", "12", "12", "0", "0"},
	{"", "小計", "1,929", "2,072", "143", "143"},
}

// deckDelistingRows is 本部及所屬機關資料集申請下架情形 (111年1月至5月).
var deckDelistingRows = [][]string{
	{"項次", "機關/單位", "資料集名稱", "下架原因"},
	{"1", "矯正署臺中戒治所", "矯正署臺中戒治所法定預算(87010)", "與「矯正署臺中戒治所法定預算(按年)」(23261)資料集重複，故申請下架。"},
	{"2", "", "矯正署臺中戒治所預算案(86997)", "與「矯正署臺中戒治所預算案(按年)」(23252)資料集重複，故申請下架。"},
}

// deckCatalog is a hand-made catalog holding the four datasets the deck's
// delisting table names (IDs and titles from the deck), plus two
// hand-made datasets of 臺灣橋頭地方檢察署 standing for its earlier
// duplicate (案由3: the deck gives neither IDs nor titles; 900001 and
// 900002 are invented for the test).
func deckCatalog(t testing.TB) datasets.Catalog {
	t.Helper()
	tc := datasets.MustLookupPublisher("矯正署臺中戒治所")
	qt := datasets.MustLookupPublisher("臺灣橋頭地方檢察署")
	return datasets.MustNewCatalog(
		datasets.MustNewDataset(87010, "矯正署臺中戒治所法定預算", tc),
		datasets.MustNewDataset(86997, "矯正署臺中戒治所預算案", tc),
		datasets.MustNewDataset(23261, "矯正署臺中戒治所法定預算(按年)", tc),
		datasets.MustNewDataset(23252, "矯正署臺中戒治所預算案(按年)", tc),
		datasets.MustNewDataset(900001, "臺灣橋頭地方檢察署執行案件統計", qt),
		datasets.MustNewDataset(900002, "臺灣橋頭地方檢察署執行案件統計(按月)", qt),
	)
}

func deckSeries(t testing.TB) datasets.Series {
	t.Helper()
	s, err := datasets.ImportSeries(deckSeriesRows)
	if err != nil {
		t.Fatalf("ImportSeries(deck): %v", err)
	}
	return s
}

func deckTable(t testing.TB) datasets.Table {
	t.Helper()
	tb, err := datasets.ImportTable(deckTableRows)
	if err != nil {
		t.Fatalf("ImportTable(deck): %v", err)
	}
	return tb
}

func deckRequests(t testing.TB) []datasets.Delisting {
	t.Helper()
	reqs, err := datasets.ImportDelistings(deckDelistingRows)
	if err != nil {
		t.Fatalf("ImportDelistings(deck): %v", err)
	}
	return reqs
}

func TestDeckSeriesChecks(t *testing.T) {
	s := deckSeries(t)
	if s.Len() != 9 {
		t.Fatalf("deck series has %d points, want 9", s.Len())
	}
	if problems := s.Check(); problems != nil {
		t.Errorf("deck series Check() = %v, want none", problems)
	}
	pts := s.Points()
	if pts[0].Count != 2168 || pts[8].Count != 2963 || pts[0].Increase != 41 {
		t.Errorf("deck series ends = %+v, %+v", pts[0], pts[8])
	}
}

func TestDeckTableChecks(t *testing.T) {
	tb := deckTable(t)
	c := tb.Check(deckSeries(t))
	yearStartOnly(t, "deck table", c)
	if len(c.Agreeing) != len(tb.Rows) || len(c.AgreeingSubtotals) != 2 || len(c.Matched) != 2 {
		t.Errorf("deck table Check() = %+v, want every row, 小計 and total to agree", c)
	}
	if c.Matched[0].Count != 2806 || c.Matched[1].Count != 2963 {
		t.Errorf("deck table totals matched %v", c.Matched)
	}
	units, agencies, total := mustSum(t, tb, datasets.Units), mustSum(t, tb, datasets.Agencies), mustSum(t, tb, datasets.NoGroup)
	want := []datasets.Figures{{877, 891, 14, 14}, {1929, 2072, 143, 143}, {2806, 2963, 157, 157}}
	for i, got := range []datasets.Figures{units, agencies, total} {
		if got != want[i] {
			t.Errorf("deck table sum %d = %+v, want %+v", i, got, want[i])
		}
	}
	if len(tb.Rows) != 23 || len(tb.Subtotals) != 2 || tb.Total != nil {
		t.Errorf("deck table: %d rows, %d subtotals, total %v", len(tb.Rows), len(tb.Subtotals), tb.Total)
	}
	if tb.Prev.String() != "110年第4季" || tb.Cur.String() != "111年第2季" {
		t.Errorf("deck table periods = %v, %v", tb.Prev, tb.Cur)
	}
	// The totals equal the series at the exact dates too.
	tb.PrevDate, tb.CurDate = rocdate.MustParse("110/12/10"), rocdate.MustParse("111/05/19")
	yearStartOnly(t, "deck table with dates", tb.Check(deckSeries(t)))
}

// The deck lists each group by descending count at 110 第4季, not in
// stroke order.
func TestDeckTableOrder(t *testing.T) {
	tb := deckTable(t)
	for i := 1; i < len(tb.Rows); i++ {
		a, b := tb.Rows[i-1], tb.Rows[i]
		if a.Publisher.Group() == b.Publisher.Group() && a.Prev <= b.Prev {
			t.Errorf("deck rows %s (%d) before %s (%d): not descending", a.Publisher.Short(), a.Prev, b.Publisher.Short(), b.Prev)
		}
	}
	var pubs []datasets.Publisher
	for _, r := range tb.Rows {
		pubs = append(pubs, r.Publisher)
	}
	sorted := slices.Clone(pubs)
	datasets.SortPublishers(sorted)
	if slices.Equal(sorted, pubs) {
		t.Errorf("stroke order equals the deck's order; the doc says they differ")
	}
}

func TestDeckDelistings(t *testing.T) {
	c := deckCatalog(t)
	reqs := deckRequests(t)
	want := []datasets.Delisting{
		{Row: 2, Item: 1, Publisher: datasets.MustLookupPublisher("矯正署臺中戒治所"),
			Dataset: datasets.Ref{ID: 87010, Title: "矯正署臺中戒治所法定預算"},
			Grounds: datasets.Grounds{Reason: datasets.Duplicate, Kept: datasets.Ref{ID: 23261, Title: "矯正署臺中戒治所法定預算(按年)"}}},
		{Row: 3, Item: 2, Publisher: datasets.MustLookupPublisher("矯正署臺中戒治所"),
			Dataset: datasets.Ref{ID: 86997, Title: "矯正署臺中戒治所預算案"},
			Grounds: datasets.Grounds{Reason: datasets.Duplicate, Kept: datasets.Ref{ID: 23252, Title: "矯正署臺中戒治所預算案(按年)"}}},
	}
	if diff := cmp.Diff(want, reqs, equateComparable); diff != "" {
		t.Fatalf("ImportDelistings(deck) mismatch (-want +got):\n%s", diff)
	}
	if problems := c.ReviewDelistings(reqs).Findings; problems != nil {
		t.Errorf("ReviewDelistings(deck).Findings = %v, want none", problems)
	}
	review := c.ReviewDelistings(reqs)
	if len(review.Approved) != 2 || review.Refused != nil || review.Findings != nil {
		t.Errorf("ReviewDelistings(deck) = %+v, want both approved", review)
	}
	next, changes, err := c.Delist(reqs)
	if err != nil {
		t.Fatalf("Delist(deck) error %v", err)
	}
	wantChanges := []datasets.Change{{Publisher: datasets.MustLookupPublisher("矯正署臺中戒治所"), Before: 4, After: 2}}
	if diff := cmp.Diff(wantChanges, changes, equateComparable); diff != "" {
		t.Errorf("Delist(deck) changes (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(wantChanges, review.Changes, equateComparable); diff != "" {
		t.Errorf("ReviewDelistings(deck) changes (-want +got):\n%s", diff)
	}
	for _, id := range []datasets.ID{87010, 86997} {
		if d, _ := next.Lookup(id); d.Listed() {
			t.Errorf("after Delist, %d is listed", id)
		}
		if d, _ := c.Lookup(id); !d.Listed() {
			t.Errorf("Delist changed the old catalog: %d delisted", id)
		}
	}
	// Approving the same batch again is refused: both are delisted now.
	_, _, err = next.Delist(reqs)
	var re *datasets.RefusedError
	if !errors.As(err, &re) || !errors.Is(err, datasets.ErrRefused) || len(re.Refused) != 2 || re.Refused[0].Findings[0].Code != "datasets.already-delisted" {
		t.Errorf("Delist twice error = %v, want both refused as already delisted", err)
	}
	// Rolled up, the sub-agency's two remaining datasets count under 矯正署.
	top := datasets.MustLookupPublisher("矯正署")
	if got := next.Counts(true)[top]; got != 2 {
		t.Errorf("Counts(true)[矯正署] = %d, want 2", got)
	}
}

// 案由3: 臺灣橋頭地方檢察署 asked to delist one duplicate dataset and the
// group approved it (hand-made IDs and titles, see deckCatalog).
func TestDeckQiaotouDelisting(t *testing.T) {
	c := deckCatalog(t)
	reqs, err := datasets.ImportDelistings([][]string{
		{"項次", "機關/單位", "資料集名稱", "下架原因"},
		{"1", "臺灣橋頭地方檢察署", "臺灣橋頭地方檢察署執行案件統計(900001)", "資料集內容與「臺灣橋頭地方檢察署執行案件統計(按月)」(900002)重複"},
	})
	if err != nil {
		t.Fatalf("ImportDelistings: %v", err)
	}
	next, changes, err := c.Delist(reqs)
	if err != nil {
		t.Fatalf("Delist error %v", err)
	}
	qt := datasets.MustLookupPublisher("橋頭地檢")
	if len(changes) != 1 || changes[0].Publisher != qt || changes[0].Delta() != -1 {
		t.Errorf("changes = %+v, want 橋頭地檢 −1", changes)
	}
	if next.Listed() != c.Listed()-1 {
		t.Errorf("Listed %d → %d, want one less", c.Listed(), next.Listed())
	}
}

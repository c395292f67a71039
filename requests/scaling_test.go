package requests

import (
	"math"
	"testing"

	"github.com/ogdtw/governance/internal/scaling"
	"github.com/ogdtw/governance/rocdate"
)

var (
	sinkRequests []Request
	sinkRec      Reconciliation
	sinkReplies  ReplyReport
)

// scaleRequests returns n requests over 105年 to 111年, each replied five
// days later.
func scaleRequests(n int) []Request {
	start := rocdate.MustParse("105年1月1日")
	reqs := make([]Request, n)
	for i := range reqs {
		d := start.AddDays(i % 2500)
		reqs[i] = Request{ID: "x", Received: d, Replied: d.AddDays(5), Category: Category(1 + i%NumCategories)}
	}
	return reqs
}

// TestScaling: every function whose input can grow costs about 10× the
// time at 10× the input (issue 12).
func TestScaling(t *testing.T) {
	asOf := rocdate.MustParse("111年5月19日")
	q, _ := rocdate.ParseQuarter("110年第4季")
	scaling.Run(t, []scaling.Case{
		{Name: "ImportRequests", N: 1_000, MaxBytesPerUnit: 2_000, Setup: func(n int) func() {
			rows := readAll(t, requestsCSV(n))
			return func() { sinkRequests, _ = ImportRequests(rows) }
		}},
		{Name: "ImportTable", N: 300, MaxBytesPerUnit: 2_000, Setup: func(n int) func() {
			rows := readAll(t, tableCSV(n))
			return func() { sinkTable, _ = ImportTable(rows) }
		}},
		{Name: "CountByQuarter", N: 20_000, Setup: func(n int) func() {
			reqs := scaleRequests(n)
			return func() { sinkTally = CountByQuarter(reqs, 0, 0) }
		}},
		{Name: "CountByCategory", N: 20_000, Setup: func(n int) func() {
			reqs := scaleRequests(n)
			return func() { sinkTally = CountByCategory(reqs, 0, 0) }
		}},
		{Name: "Reconcile", N: 300, Setup: func(n int) func() {
			tab, _ := ImportTable(readAll(t, tableCSV(n)))
			return func() { sinkRec = tab.Reconcile() }
		}},
		{Name: "CompareTables", N: 1_000, MaxBytesPerUnit: 2_000, Setup: func(n int) func() {
			a, b := compareTables(n)
			return func() { sinkCmp = CompareTables(a, b) }
		}},
		{Name: "CheckCells", N: 20_000, Setup: func(n int) func() {
			reqs := scaleRequests(n)
			tab := CountByQuarter(reqs, 0, 0).Table()
			return func() { sinkCells = tab.CheckCells(reqs) }
		}},
		{Name: "ReplyTimes", N: 10_000, Setup: func(n int) func() {
			reqs := scaleRequests(n)
			return func() { sinkReplies, _ = ReplyTimes(reqs, asOf, 15) }
		}},
		{Name: "OpenAtReview", N: 20_000, Setup: func(n int) func() {
			reqs := scaleRequests(n)
			return func() { sinkRequests, _ = OpenAtReview(reqs, q, asOf) }
		}},
	})
}

// TestSumsSaturate: totals past the range of int saturate at math.MaxInt
// instead of wrapping round to a small or negative figure (issue 12).
func TestSumsSaturate(t *testing.T) {
	big := Figure(math.MaxInt)
	tab := Table{Corner: "年度", Columns: []string{"第1季", "第2季"},
		Rows:   []Row{{Year: 110, Cells: []Cell{big, Figure(1)}, Total: Figure(0)}, {Year: 111, Cells: []Cell{big, Figure(1)}, Total: Figure(0)}},
		Totals: []Cell{Figure(0), Figure(2)}, Grand: Figure(0)}
	for _, c := range tab.Reconcile().Checks() {
		if c.Computed < 0 || c.Kind != ColumnTotal && c.Computed != math.MaxInt || c.Kind == ColumnTotal && c.Index == 0 && c.Computed != math.MaxInt {
			t.Errorf("check %v: computed %d, want math.MaxInt for a sum past it", c.Kind, c.Computed)
		}
	}
}

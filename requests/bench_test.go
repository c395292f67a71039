package requests

import (
	"testing"

	"github.com/ogdtw/governance/rocdate"
)

// benchRequests returns n requests spread over 105年 to 111年, every
// category, a few without a date.
func benchRequests(b *testing.B, n int) []Request {
	b.Helper()
	start := rocdate.MustParse("105年1月1日")
	reqs := make([]Request, n)
	for i := range reqs {
		reqs[i] = Request{
			ID:       "x",
			Received: start.AddDays(i % 2500),
			Category: Category(1 + i%NumCategories),
		}
		if i%1000 == 999 {
			reqs[i].Received = rocdate.Date{}
		}
	}
	return reqs
}

var (
	sinkTally Tally
	sinkMap   map[string]int
	sinkCell  Cell
	sinkCat   Category
)

func reportPerRequest(b *testing.B, n int) {
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/request")
}

func BenchmarkCountByQuarter(b *testing.B) {
	reqs := benchRequests(b, 1_000_000)
	b.ReportAllocs()
	for b.Loop() {
		sinkTally = CountByQuarter(reqs, 0, 0)
	}
	reportPerRequest(b, len(reqs))
}

func BenchmarkCountByCategory(b *testing.B) {
	reqs := benchRequests(b, 1_000_000)
	b.ReportAllocs()
	for b.Loop() {
		sinkTally = CountByCategory(reqs, 0, 0)
	}
	reportPerRequest(b, len(reqs))
}

// BenchmarkNaiveMapTally is the peer: a map[string]int keyed by the
// quarter's name, as one would write it first.
func BenchmarkNaiveMapTally(b *testing.B) {
	reqs := benchRequests(b, 1_000_000)
	b.ReportAllocs()
	for b.Loop() {
		m := make(map[string]int)
		for _, r := range reqs {
			if r.Received.IsZero() {
				continue
			}
			m[r.Received.Quarter().String()]++
		}
		sinkMap = m
	}
	reportPerRequest(b, len(reqs))
}

func BenchmarkParseCell(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkCell, _ = ParseCell("0 (截至5月)")
	}
}

func BenchmarkParseCategory(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkCat, _ = ParseCategory("建議新增資料集")
	}
}

func TestCountAllocs(t *testing.T) {
	if testing.Short() {
		t.Skip("allocation count needs a large input")
	}
	small := make([]Request, 10)
	large := make([]Request, 10_000)
	start := rocdate.MustParse("105年1月1日")
	for i := range large {
		large[i] = Request{Received: start.AddDays(i % 2500), Category: Other}
		if i < len(small) {
			small[i] = large[i]
		}
	}
	// The allocations do not grow with the number of requests.
	a := testing.AllocsPerRun(5, func() { sinkTally = CountByQuarter(small, 0, 0) })
	b := testing.AllocsPerRun(5, func() { sinkTally = CountByQuarter(large, 0, 0) })
	if a != b || b > 2 {
		t.Errorf("CountByQuarter allocates %v for 10 requests, %v for 10,000", a, b)
	}
}

package requests

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"runtime"
	"testing"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/rocdate"
	"golang.org/x/text/language"
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

// importRows is the number of data rows of the import benchmarks.
const importRows = 10_000

// requestsCSV returns a CSV of n requests under a title row, as a
// ministry's spreadsheet exports them.
func requestsCSV(n int) []byte {
	var b bytes.Buffer
	b.WriteString("民間需求回應說明\n編號,收件日期,類別,資料集,內容,回應,回應日期,議題性質\n")
	cats := []string{"下載連結問題", "內容有誤", "品質改善", "其他", "建議新增資料集"}
	concerns := []string{"", "無", "資訊系統問題", "主管法規疑義"}
	for i := range n {
		y, m, d := 105+i%7, 1+i%12, 1+i%28
		fmt.Fprintf(&b, "%d-%05d,%d年%d月%d日,%s,%d,請更新資料,已回應,%d年%d月%d日,%s\n",
			y, i, y, m, d, cats[i%5], 80000+i%9000, y, m, min(d+5, 28), concerns[i%4])
	}
	return b.Bytes()
}

// tableCSV returns a printed table of n years by quarter, with totals.
func tableCSV(n int) []byte {
	var b bytes.Buffer
	b.WriteString("年度,第1季,第2季,第3季,第4季,合計\n")
	for i := range n {
		y := i - 999 // 民國前999年 to 民國前1年, then 民國1年 on
		if y >= 0 {
			y++
		}
		fmt.Fprintf(&b, "%s,%d,%d,%d,%d,%d\n", Row{Year: y}.Label(), i%5, i%7, 1, 2, i%5+i%7+3)
	}
	b.WriteString("合計,1,2,3,4,10\n")
	return b.Bytes()
}

func readAll(b testing.TB, data []byte) [][]string {
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1
	rows, err := r.ReadAll()
	if err != nil {
		b.Fatal(err)
	}
	return rows
}

// reportPerRow reports the time and allocations per data row.
func reportPerRow(b *testing.B, n int, allocs uint64) {
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/row")
	b.ReportMetric(float64(allocs)/float64(b.N)/float64(n), "allocs/row")
}

// allocs returns the count of heap allocations so far.
func allocs() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.Mallocs
}

var sinkRows [][]string

// BenchmarkImport reads the same CSV bytes of requests and of a printed
// table three ways: encoding/csv alone (the peer), the importer alone on
// the rows encoding/csv gave, and both.
func BenchmarkImport(b *testing.B) {
	inputs := []struct {
		name string
		data []byte
		rows int
		read func([][]string) error
	}{
		{"requests", requestsCSV(importRows), importRows, func(rows [][]string) error {
			_, err := ImportRequests(rows)
			return err
		}},
		{"table", tableCSV(1998), 1999, func(rows [][]string) error {
			t, err := ImportTable(rows)
			sinkTable = t
			return err
		}},
	}
	for _, in := range inputs {
		rows := readAll(b, in.data)
		if err := in.read(rows); err != nil {
			b.Fatalf("%s: %v", in.name, err)
		}
		b.Run(in.name+"/csv", func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(in.data)))
			a := allocs()
			for b.Loop() {
				sinkRows = readAll(b, in.data)
			}
			reportPerRow(b, in.rows, allocs()-a)
		})
		b.Run(in.name+"/import", func(b *testing.B) {
			b.ReportAllocs()
			a := allocs()
			for b.Loop() {
				_ = in.read(rows)
			}
			reportPerRow(b, in.rows, allocs()-a)
		})
		b.Run(in.name+"/csv+import", func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(in.data)))
			a := allocs()
			for b.Loop() {
				_ = in.read(readAll(b, in.data))
			}
			reportPerRow(b, in.rows, allocs()-a)
		})
	}
}

var sinkTable Table

// benchFinding is the deck's first wrong column total.
var benchFinding = Finding{Severity: finding.Error, Code: "requests.column-total", Kind: ColumnTotal,
	Label: "第1季", Printed: 2963, Computed: 2806}

// BenchmarkFindingMessage formats a finding through the catalog, beside
// its peer BenchmarkFindingSprintf (fmt.Sprintf of the same text; the
// issue allows at most 3× it).
func BenchmarkFindingMessage(b *testing.B) {
	b.ReportAllocs()
	for _, lang := range []struct {
		name string
		tag  language.Tag
	}{{"zh", finding.Chinese}, {"en", finding.English}} {
		b.Run(lang.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_ = benchFinding.Message(lang.tag)
			}
		})
	}
}

// BenchmarkFindingSprintf is the peer of BenchmarkFindingMessage: the
// same Chinese text by one fmt.Sprintf.
func BenchmarkFindingSprintf(b *testing.B) {
	b.ReportAllocs()
	f := benchFinding
	for b.Loop() {
		_ = fmt.Sprintf("%s：%s欄合計載為%s，各列加總為%s，合計多%d", "錯誤", f.Label, "2,963", "2,806", f.Residual())
	}
}

var sinkCmp Comparison

// compareTables returns two tables of n years each by quarter, with
// totals, the second with one cell of every tenth year altered.
func compareTables(n int) (Table, Table) {
	mk := func(alter bool) Table {
		t := Table{Corner: "年度", Columns: []string{"第1季", "第2季", "第3季", "第4季"}, Rows: make([]Row, n)}
		sum := 0
		for i := range t.Rows {
			cells := []Cell{Figure(i % 5), Figure(i % 7), Figure(1), Figure(2)}
			if alter && i%10 == 0 {
				cells[0] = Figure(9)
			}
			total := 0
			for _, c := range cells {
				v, _ := c.Value()
				total += v
			}
			sum += total
			t.Rows[i] = Row{Year: 1 + i, Cells: cells, Total: Figure(total), Row: 2 + i}
		}
		t.Grand = Figure(sum + 11)
		return t
	}
	return mk(false), mk(true)
}

// BenchmarkCompare compares the deck's two tables, and two tables of
// 1,000 years, beside Reconcile of the same tables (its peer: one table's
// own arithmetic).
func BenchmarkCompare(b *testing.B) {
	q, c := deckTable(b, deckByQuarterCSV), deckTable(b, deckByCategoryCSV)
	big1, big2 := compareTables(1000)
	for _, in := range []struct {
		name string
		a, b Table
	}{{"deck", q, c}, {"1000years", big1, big2}} {
		b.Run(in.name+"/CompareTables", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkCmp = CompareTables(in.a, in.b)
			}
		})
		b.Run(in.name+"/Reconcile×2", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkRec = in.a.Reconcile()
				sinkRec = in.b.Reconcile()
			}
		})
	}
}

var sinkCells CellChecks

// BenchmarkCheckCells checks the deck's table by quarter against a
// million requests: a tally of the requests, then one check per cell.
// Its peer is BenchmarkNaiveMapTally, the tally alone written with a map.
func BenchmarkCheckCells(b *testing.B) {
	reqs := benchRequests(b, 1_000_000)
	tab := deckTable(b, deckByQuarterCSV)
	b.ReportAllocs()
	for b.Loop() {
		sinkCells = tab.CheckCells(reqs)
	}
	reportPerRequest(b, len(reqs))
}

package datasets_test

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"regexp"
	"strconv"
	"testing"

	"github.com/ogdtw/governance/datasets"
	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/rocdate"
	"golang.org/x/text/language"
)

var (
	sinkReview  datasets.DelistingReview
	sinkCatalog datasets.Catalog
	sinkRecords [][]string
	sinkTable   datasets.Table
	sinkRef     datasets.Ref
	sinkInt     int
)

// benchCatalog returns a catalog of n listed datasets spread over every
// publisher, titled in pairs: ID 2k+1 is 「…第k表」 and 2k+2 its (按年)
// twin, as the deck's duplicates are.
func benchCatalog(n int) datasets.Catalog {
	pubs := datasets.Publishers()
	ds := make([]datasets.Dataset, n)
	for i := range ds {
		p := pubs[(i/2)%len(pubs)]
		title := p.Name() + "統計第" + strconv.Itoa(i/2) + "表"
		if i%2 == 1 {
			title += "(按年)"
		}
		ds[i] = datasets.MustNewDataset(datasets.ID(i+1), title, p)
	}
	return datasets.MustNewCatalog(ds...)
}

// benchRequests delists m of the un-suffixed datasets as duplicates of
// their (按年) twins: a batch with no problem, so every rule runs.
func benchRequests(c datasets.Catalog, m int) []datasets.Delisting {
	reqs := make([]datasets.Delisting, m)
	for i := range reqs {
		d, _ := c.Lookup(datasets.ID(2*i + 1))
		k, _ := c.Lookup(datasets.ID(2*i + 2))
		reqs[i] = datasets.Delisting{Item: i + 1, Publisher: d.Publisher(), Dataset: d.Ref(),
			Grounds: datasets.Grounds{Reason: datasets.Duplicate, Kept: k.Ref()}}
	}
	return reqs
}

// BenchmarkReviewDelistings reviews 1,000 and 10,000 requests against a
// 50,000-dataset catalog: the check, the split and the count changes.
// Time should grow linearly with the batch; the goal for 10,000 is under
// 10 ms.
func BenchmarkReviewDelistings(b *testing.B) {
	c := benchCatalog(50_000)
	for _, m := range []int{1_000, 10_000} {
		reqs := benchRequests(c, m)
		if p := c.ReviewDelistings(reqs).Findings; p != nil {
			b.Fatalf("bench batch has problems: %v", p[0])
		}
		b.Run("batch="+strconv.Itoa(m), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkReview = c.ReviewDelistings(reqs)
			}
		})
	}
}

// benchCatalogCSV returns n generated catalog rows as CSV bytes, header
// first.
func benchCatalogCSV(n int) []byte {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	_ = w.WriteAll(benchCatalog(n).Records())
	return buf.Bytes()
}

// BenchmarkImportCatalog reads 50,000 catalog rows: the CSV decoding
// (encoding/csv, the peer), then ImportCatalog on the decoded records, and
// both together. ns/row and allocs/row are reported per catalog row.
func BenchmarkImportCatalog(b *testing.B) {
	const n = 50_000
	data := benchCatalogCSV(n)
	records, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		b.Fatal(err)
	}
	if c, err := datasets.ImportCatalog(records); err != nil || c.Len() != n {
		b.Fatalf("ImportCatalog: %d datasets, %v", c.Len(), err)
	}
	perRow := func(b *testing.B) {
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/n, "ns/row")
	}
	b.Run("csv.ReadAll", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkRecords, _ = csv.NewReader(bytes.NewReader(data)).ReadAll()
		}
		perRow(b)
	})
	b.Run("ImportCatalog", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkCatalog, _ = datasets.ImportCatalog(records)
		}
		perRow(b)
	})
	b.Run("csv+ImportCatalog", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			recs, _ := csv.NewReader(bytes.NewReader(data)).ReadAll()
			sinkCatalog, _ = datasets.ImportCatalog(recs)
		}
		perRow(b)
	})
}

// BenchmarkReviewDelistingsNaiveMap is the peer: only the lookups a naive
// validator makes, through a map of the catalog built per batch.
func BenchmarkReviewDelistingsNaiveMap(b *testing.B) {
	c := benchCatalog(50_000)
	reqs := benchRequests(c, 10_000)
	b.ReportAllocs()
	for b.Loop() {
		m := make(map[datasets.ID]datasets.Dataset, c.Len())
		for _, d := range c.Datasets() {
			m[d.ID()] = d
		}
		n := 0
		for _, r := range reqs {
			d, ok := m[r.Dataset.ID]
			k, ok2 := m[r.Kept.ID]
			if ok && ok2 && d.Publisher() == k.Publisher() && k.Listed() {
				n++
			}
		}
		sinkInt = n
	}
}

// BenchmarkBuildTable builds the per-publisher table from two catalogs of
// 50,000 datasets each.
func BenchmarkBuildTable(b *testing.B) {
	prev := benchCatalog(50_000)
	cur, _, err := prev.Delist(benchRequests(prev, 1_000))
	if err != nil {
		b.Fatal(err)
	}
	q4, _ := rocdate.ParseQuarter("110年第4季")
	q2, _ := rocdate.ParseQuarter("111年第2季")
	opt := datasets.TableOptions{Prev: q4, Cur: q2, RollUp: true}
	b.ReportAllocs()
	for b.Loop() {
		sinkTable = datasets.BuildTable(prev, cur, opt)
	}
}

var refRegexp = regexp.MustCompile(`^\s*(.+?)\s*[(（]\s*([0-9]+)\s*[)）]\s*$`)

func BenchmarkParseRef(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkRef, _ = datasets.ParseRef("矯正署臺中戒治所法定預算(87010)")
	}
}

// BenchmarkParseRefRegexp is the peer: a regexp that does the same split
// (without full-width digits or 「」).
func BenchmarkParseRefRegexp(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		m := refRegexp.FindStringSubmatch("矯正署臺中戒治所法定預算(87010)")
		id, _ := strconv.Atoi(m[2])
		sinkRef = datasets.Ref{ID: datasets.ID(id), Title: m[1]}
	}
}

// benchTableFinding is a wrong 增減 of a publisher's row.
var benchTableFinding = datasets.TableFinding{Severity: finding.Error, Code: "datasets.change", Line: datasets.PublisherLine,
	Row: 2, Publisher: datasets.Publishers()[0], Column: "增減", Printed: 5, Computed: 4,
	Operands: [2]datasets.Operand{{Column: "110年第4季", Count: 2806}, {Column: "111年第2季", Count: 2963}}}

// BenchmarkFindingMessage formats a finding through the catalog, beside
// its peer BenchmarkFindingSprintf (one fmt.Sprintf of the same text; the
// issue allows at most 3× it).
func BenchmarkFindingMessage(b *testing.B) {
	for _, lang := range []struct {
		name string
		tag  language.Tag
	}{{"zh", finding.Chinese}, {"en", finding.English}} {
		b.Run(lang.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_ = benchTableFinding.Message(lang.tag)
			}
		})
	}
}

// BenchmarkFindingSprintf is the peer of BenchmarkFindingMessage.
func BenchmarkFindingSprintf(b *testing.B) {
	b.ReportAllocs()
	f := benchTableFinding
	for b.Loop() {
		_ = fmt.Sprintf("%s：%s（第%d列）增減載為%d，依%s（%s）與%s（%s）計算應為%d", "錯誤", f.Publisher.Short(), f.Row, f.Printed,
			f.Operands[0].Column, "2,806", f.Operands[1].Column, "2,963", f.Computed)
	}
}

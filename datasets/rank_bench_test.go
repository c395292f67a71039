package datasets_test

import (
	"bytes"
	"encoding/csv"
	"regexp"
	"strconv"
	"testing"

	"github.com/ogdtw/governance/datasets"
)

var (
	sinkEntries []datasets.Entry
	sinkClaim   datasets.RankClaim
	sinkCheck   datasets.RankCheck
	sinkMatch   []string
)

// rankingTable returns a ranking table of n agencies, header first, as
// a deck prints it: 排名, 機關, 資料集數量 with the unit, every fifth count
// tied with the one above.
func rankingTable(n int) [][]string {
	rows := [][]string{{"排名", "機關", "資料集數量"}}
	count, rank := 10*n, 1
	for i := range n {
		if i > 0 && i%5 != 0 {
			count--
			rank = i + 1
		}
		rows = append(rows, []string{strconv.Itoa(rank), "第" + strconv.Itoa(i) + "部", datasets.FormatCount(count) + "筆"})
	}
	return rows
}

// BenchmarkImportRanking reads a 5,000-agency ranking: the CSV decoding
// (encoding/csv, the peer), then ImportRanking on the decoded records.
func BenchmarkImportRanking(b *testing.B) {
	const n = 5_000
	rows := rankingTable(n)
	var buf bytes.Buffer
	_ = csv.NewWriter(&buf).WriteAll(rows)
	data := buf.Bytes()
	es, err := datasets.ImportRanking(rows)
	if err != nil || len(es) != n {
		b.Fatalf("ImportRanking: %d entries, %v", len(es), err)
	}
	if c := datasets.CheckPrintedRanks(datasets.Rank(es)); len(c.Findings) != 0 {
		b.Fatalf("the bench table misprints: %v", c.Findings[0])
	}
	b.Run("csv.ReadAll", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkRecords, _ = csv.NewReader(bytes.NewReader(data)).ReadAll()
		}
	})
	b.Run("ImportRanking", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkEntries, _ = datasets.ImportRanking(rows)
		}
	})
}

// claimPattern is what a regexp reads of the claims ParseRankClaim reads
// (without the Chinese numerals' values): the peer of BenchmarkParseRankClaim.
var claimPattern = regexp.MustCompile(`^(.*?)(?:資料開放數量|資料集數量|開放數量)?(?:名列|排名|位居|居)?(?:各部會)?(第|前)([0-9０-９一二三四五六七八九十百千〇零兩]+)[名位]?$`)

// BenchmarkParseRankClaim reads the deck's claim, beside a regexp that
// only finds its parts.
func BenchmarkParseRankClaim(b *testing.B) {
	const s = "法務部資料開放數量名列各部會第二"
	b.Run("ParseRankClaim", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkClaim, _ = datasets.ParseRankClaim(s)
		}
	})
	b.Run("regexp", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkMatch = claimPattern.FindStringSubmatch(s)
		}
	})
}

// BenchmarkCheckRankClaim checks a claim against a 5,000-agency ranking,
// the agency last.
func BenchmarkCheckRankClaim(b *testing.B) {
	es, _ := datasets.ImportRanking(rankingTable(5_000))
	ranked := datasets.Rank(es)
	claim := datasets.RankClaim{Rank: 2}
	b.ReportAllocs()
	for b.Loop() {
		sinkCheck = datasets.CheckRankClaim(ranked, "第4999部", claim)
	}
}

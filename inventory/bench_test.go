package inventory

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// citationPeer is a regular expression that recognises the deck's
// citations and nothing more: it matches the same text as ParseCitation
// reads but converts no number and expands no range.
var citationPeer = regexp.MustCompile(`^(?:《[^》]+》)?(?:第[0-9０-９〇零一二三四五六七八九十百千]+(?:[、至][0-9０-９〇零一二三四五六七八九十百千]+)*[條點項款目](?:之[0-9〇零一二三四五六七八九十百千]+)?(?:前段|後段|但書|本文)?[、及或與並，]?)+(?:之?規定)?$`)

var (
	sinkCitation Citation
	sinkMatched  bool
	sinkRecords  []Record
)

func BenchmarkParseCitation(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range deckGrounds {
			c, err := ParseCitation(s)
			if err != nil {
				b.Fatal(err)
			}
			sinkCitation = c
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(deckGrounds)), "ns/citation")
}

func BenchmarkParseCitationRegexpPeer(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range deckGrounds {
			if !citationPeer.MatchString(s) {
				b.Fatalf("peer does not match %q", s)
			}
			sinkMatched = true
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(deckGrounds)), "ns/citation")
}

func TestParseCitationAllocs(t *testing.T) {
	for _, s := range deckGrounds {
		if !citationPeer.MatchString(s) {
			t.Errorf("the benchmark's peer does not match %q", s)
		}
		n := testing.AllocsPerRun(100, func() { sinkCitation, _ = ParseCitation(s) })
		if n > 2 {
			t.Errorf("ParseCitation(%q) allocates %v times, want at most 2", s, n)
		}
	}
}

// importRows builds a table of n records for the import benchmark.
func importRows(n int) [][]string {
	rows := [][]string{{"序號", "系統、資料庫名稱", "系統、資料庫描述", "蒐集資料項目", "資料分類", "管理單位", "修正說明", "法令依據"}}
	for i := range n {
		class, ground := "甲類", ""
		if i%3 == 0 {
			class, ground = "丙類", deckGrounds[i%len(deckGrounds)]
		}
		rows = append(rows, []string{strconv.Itoa(i + 1), "系統" + strconv.Itoa(i), "描述", "姓名、性別、出生日期", class, "資訊處", "", ground})
	}
	return rows
}

func BenchmarkImportRows(b *testing.B) {
	for _, n := range []int{1000, 100_000} {
		rows := importRows(n)
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				recs, bad, err := ImportRows(rows)
				if err != nil || len(bad) != 0 || len(recs) != n {
					b.Fatal(err, bad)
				}
				sinkRecords = recs
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/row")
		})
	}
}

func BenchmarkValidate(b *testing.B) {
	recs, _, _ := ImportRows(importRows(10_000))
	inv := Inventory{Records: recs}
	b.ReportAllocs()
	for b.Loop() {
		if p := inv.Validate(); len(p) != 0 {
			b.Fatal(p[0])
		}
	}
}

func BenchmarkCitationString(b *testing.B) {
	c := MustParseCitation(strings.Join(deckGrounds[:1], ""))
	b.ReportAllocs()
	for b.Loop() {
		sinkMatched = c.String() != ""
	}
}

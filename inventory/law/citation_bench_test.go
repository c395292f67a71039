package law

import (
	"regexp"
	"testing"
)

// citationPeer is a regular expression that recognises the deck's
// citations and nothing more: it matches the same text as ParseCitation's
// quick path reads but converts no number and expands no range.
var citationPeer = regexp.MustCompile(`^(?:《[^》]+》)?(?:第[0-9０-９〇零一二三四五六七八九十百千]+(?:[、至][0-9０-９〇零一二三四五六七八九十百千]+)*[條點項款目](?:之[0-9〇零一二三四五六七八九十百千]+)?(?:前段|後段|但書|本文)?[、及或與並，]?)+(?:之?規定)?$`)

var sinkMatched bool

// BenchmarkParseCitation parses the deck's six citations, the quick path.
func BenchmarkParseCitation(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range deckCitations {
			c, err := ParseCitation(s)
			if err != nil {
				b.Fatal(err)
			}
			sinkCitation = c
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(deckCitations)), "ns/citation")
}

// BenchmarkParseCitationRegexpPeer matches the same six citations with
// citationPeer.
func BenchmarkParseCitationRegexpPeer(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range deckCitations {
			if !citationPeer.MatchString(s) {
				b.Fatalf("peer does not match %q", s)
			}
			sinkMatched = true
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(deckCitations)), "ns/citation")
}

// findPeer finds citation-like spans the way a regular expression can:
// a law-like name, then levels joined by conjunctions; it resolves
// nothing and converts no number.
var findPeer = regexp.MustCompile(`(?:[\p{Han}]{1,20}(?:法|條例|辦法|規則|細則))?(?:前條|前項|同條|第[0-9〇零一二三四五六七八九十百千\s]+[條項款目](?:之[〇零一二三四五六七八九十]+)?)+(?:[、及或與並][第][0-9〇零一二三四五六七八九十百千\s]+[條項款目](?:之[〇零一二三四五六七八九十]+)?)*`)

// findText is the paragraphs of the FindCitations table, one text.
func findText() string {
	var b []byte
	for _, tt := range findCases {
		b = append(b, tt.text...)
		b = append(b, "\r\n"...)
	}
	return string(b)
}

// BenchmarkFindCitations finds the citations of the table's paragraphs.
func BenchmarkFindCitations(b *testing.B) {
	s := findText()
	f := Finder{Law: "刑事訴訟法", At: Provision{Article: 31, ArticleSub: 1}}
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		sinkInt = len(f.Find(s))
	}
}

// BenchmarkFindCitationsRegexpPeer finds citation-like spans of the same
// text with findPeer.
func BenchmarkFindCitationsRegexpPeer(b *testing.B) {
	s := findText()
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		sinkInt = len(findPeer.FindAllStringIndex(s, -1))
	}
}

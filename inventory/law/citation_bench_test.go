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

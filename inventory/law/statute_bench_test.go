package law

import (
	"testing"

	"github.com/ogdtw/governance/internal/lawdata"
	"github.com/ogdtw/governance/rocdate"
)

var (
	sinkStatute Statute
	sinkMatch   NameMatch
	sinkBool    bool
	sinkInt     int
)

func benchmarkLookup(b *testing.B, name string) {
	Default()
	b.ReportAllocs()
	for b.Loop() {
		sinkStatute, sinkMatch = Default().Lookup(name)
	}
}

func BenchmarkLookup(b *testing.B) {
	b.Run("official", func(b *testing.B) { benchmarkLookup(b, "通訊保障及監察法") })
	b.Run("short", func(b *testing.B) { benchmarkLookup(b, "刑訴法") })
	b.Run("bracketed", func(b *testing.B) { benchmarkLookup(b, "《刑事訴訟法》") })
	b.Run("partial", func(b *testing.B) { benchmarkLookup(b, "國家安全或重大利益公務人員特殊查核辦法") })
	b.Run("miss", func(b *testing.B) { benchmarkLookup(b, "民法") })
}

// BenchmarkLookupStatuteMap is the peer: a naive map from every name to
// the law's index, as a caller would build it.
func BenchmarkLookupStatuteMap(b *testing.B) {
	m := map[string]int{}
	i := 0
	for l := range lawdata.Laws() {
		m[l.Name()] = i
		for n := range l.Names() {
			m[n] = i
		}
		i++
	}
	b.ReportAllocs()
	for b.Loop() {
		sinkInt = m["通訊保障及監察法"]
	}
}

// BenchmarkStatuteHas is the whole check of one provision: the version in
// force on a date, and whether the provision is in it.
func BenchmarkStatuteHas(b *testing.B) {
	s, _ := Default().Lookup("刑事訴訟法")
	d := rocdate.MustParse("111年5月19日")
	p := Provision{Article: 245, Paragraph: 3}
	b.ReportAllocs()
	for b.Loop() {
		v, _ := s.VersionOn(d)
		sinkBool = v.Has(p)
	}
}

// BenchmarkCheckCitationDeck checks the deck's six citations, parsing
// included, and reports the cost per provision.
func BenchmarkCheckCitationDeck(b *testing.B) {
	on := rocdate.MustParse("111年5月19日")
	n := 0
	for _, g := range deckCitations {
		n += MustParseCitation(g).Len()
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, g := range deckCitations {
			c, _ := ParseCitation(g)
			sinkInt = len(CheckCitation(c, on))
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/provision")
}

// BenchmarkCheckCitationRange checks 《刑事訴訟法》第1至9999條, whose cost
// per provision must stay that of the deck's citations (it was quadratic,
// issue 12).
func BenchmarkCheckCitationRange(b *testing.B) {
	on := rocdate.MustParse("111年5月19日")
	c := MustParseCitation("《刑事訴訟法》第1至9999條")
	b.ReportAllocs()
	for b.Loop() {
		sinkInt = len(CheckCitation(c, on))
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*c.Len()), "ns/provision")
}

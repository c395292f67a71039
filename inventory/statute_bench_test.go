package inventory

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
	b.ReportAllocs()
	for b.Loop() {
		sinkStatute, sinkMatch = LookupStatute(name)
	}
}

func BenchmarkLookupStatute(b *testing.B) {
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
	s, _ := LookupStatute("刑事訴訟法")
	d := rocdate.MustParse("111年5月19日")
	p := Provision{Article: 245, Paragraph: 3}
	b.ReportAllocs()
	for b.Loop() {
		v, _ := s.VersionOn(d)
		sinkBool = v.Has(p)
	}
}

// BenchmarkCheckStatutesDeck checks the deck's six citations, parsing
// included.
func BenchmarkCheckStatutesDeck(b *testing.B) {
	inv := groundsInventory("111年5月19日", deckCitations...)
	b.ReportAllocs()
	for b.Loop() {
		sinkInt = len(checkStatutes(inv))
	}
}

package law

import (
	"testing"

	"github.com/ogdtw/governance/internal/lawdata/shingle"
	"github.com/ogdtw/governance/rocdate"
)

var sinkLineage Lineage

// naiveLineage is the peer of lineageStep: it matches every provision of
// x at the depth with every provision of y by the Dice coefficient, as a
// mapping of the whole law would, and reads off the best for q.
func naiveLineage(x, y *version, q path, depth int) (path, float64) {
	var best path
	bestDice := -1.0
	x.walk(depth, func(p path, n int32, a article) bool {
		sa, _ := x.set(a, n)
		var pb path
		pd := -1.0
		y.walk(depth, func(r path, m int32, b article) bool {
			sb, _ := y.set(b, m)
			if d := shingle.Dice(sa, sb); d > pd {
				pb, pd = r, d
			}
			return true
		})
		if p == q {
			best, bestDice = pb, pd
		}
		return true
	})
	return best, bestDice
}

// BenchmarkLineage follows one provision across the versions between two
// days: 洗錢防制法第13條第1項 through the 113年 full rewrite (every
// paragraph of the new text compared with it), 刑事訴訟法第245條第3項
// through six amendments (the text found moved, no text compared), beside
// the naive all-pairs matching of the rewrite's two versions.
func BenchmarkLineage(b *testing.B) {
	from, to := rocdate.MustParse("111.5.19"), rocdate.MustParse("113.10.1")
	money, _ := Default().Lookup("洗錢防制法")
	crim, _ := Default().Lookup("刑事訴訟法")
	b.Run("rewrite", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkLineage = money.Lineage(Provision{Article: 13, Paragraph: 1}, from, to)
		}
	})
	b.Run("moved", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkLineage = crim.Lineage(Provision{Article: 245, Paragraph: 3}, from, to)
		}
	})
	b.Run("unchanged", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkLineage = crim.Lineage(Provision{Article: 245, Paragraph: 1}, from, to)
		}
	})
	vs := money.entry().versions
	x, y := vs[len(vs)-2], vs[len(vs)-1]
	b.Run("naive-all-pairs", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			p, _ := naiveLineage(x, y, path{article: 13, para: 1}, 1)
			sinkInt = p.article
		}
	})
}

// TestNaiveLineageAgrees checks the peer against Lineage on the rewrite,
// so that the benchmark compares like with like.
func TestNaiveLineageAgrees(t *testing.T) {
	money, _ := Default().Lookup("洗錢防制法")
	vs := money.entry().versions
	p, d := naiveLineage(vs[len(vs)-2], vs[len(vs)-1], path{article: 13, para: 1}, 1)
	l := money.Lineage(Provision{Article: 13, Paragraph: 1}, rocdate.MustParse("111.5.19"), rocdate.MustParse("113.10.1"))
	if len(l.Targets) != 1 || provisionOf(p, NoPart) != l.Targets[0] || d < Threshold {
		t.Errorf("naive %v (%.2f), Lineage %v", p, d, l.Targets)
	}
}

package law

import (
	"bufio"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/ogdtw/governance/rocdate"
)

// stepCounts counts the provisions of every version but the last of
// every law of r, by where they stand in the next version.
type stepCounts struct {
	kinds    map[LineageKind]int
	repealed int // of the deleted, those whose article is repealed
	total    int
}

// countSteps matches every provision (articles, paragraphs and 款) of
// each version of each law of r with the next version.
func countSteps(r *Registry) stepCounts {
	c := stepCounts{kinds: map[LineageKind]int{}}
	for _, s := range r.Statutes() {
		vs := s.entry().versions
		for i := 1; i < len(vs); i++ {
			for d := 0; d <= 2; d++ {
				vs[i-1].walk(d, func(p path, _ int32, _ article) bool {
					k, _, _ := lineageStep(vs[i-1], vs[i], p, d)
					c.kinds[k]++
					c.total++
					if a, ok := vs[i].article(p.article, p.sub); k == LineageDeleted && ok && a.repealed {
						c.repealed++
					}
					return true
				})
			}
		}
	}
	return c
}

// TestLineageCorpus matches every provision of every pair of consecutive
// versions of the 25 laws of the embedded registry (the versions of
// ../shared/laws, as the generator derived them) with its successor and
// reports the counts; the share matched must stay high and the deck's
// three cases exact.
func TestLineageCorpus(t *testing.T) {
	c := countSteps(Default())
	changed := c.total - c.kinds[LineageUnchanged]
	matched := changed - c.kinds[LineageDeleted] - c.kinds[LineageUnknown]
	t.Logf("%d provisions of %d version pairs: unchanged %d, reworded %d, moved %d, moved and reworded %d, split %d, merged %d, deleted %d (article repealed %d, no text alike %d), unknown %d",
		c.total, versionPairs(Default()), c.kinds[LineageUnchanged], c.kinds[LineageReworded], c.kinds[LineageMoved], c.kinds[LineageMovedReworded],
		c.kinds[LineageSplit], c.kinds[LineageMerged], c.kinds[LineageDeleted], c.repealed, c.kinds[LineageDeleted]-c.repealed, c.kinds[LineageUnknown])
	t.Logf("matched to a successor: %.1f%% of all provisions, %.1f%% of the %d that changed (%.1f%% leaving out repealed articles)",
		100*float64(c.total-c.kinds[LineageDeleted])/float64(c.total), 100*float64(matched)/float64(changed), changed,
		100*float64(matched)/float64(changed-c.repealed))
	if c.kinds[LineageUnknown] != 0 {
		t.Errorf("%d provisions of the embedded registry have no lineage: it holds every text", c.kinds[LineageUnknown])
	}
	if share := float64(matched) / float64(changed-c.repealed); share < 0.7 {
		t.Errorf("only %.1f%% of the changed provisions (repealed articles left out) are matched", 100*share)
	}
	for _, k := range []LineageKind{LineageReworded, LineageMoved, LineageMovedReworded, LineageSplit, LineageMerged, LineageDeleted} {
		if c.kinds[k] == 0 {
			t.Errorf("no provision of the corpus is %v", k)
		}
	}
}

func versionPairs(r *Registry) int {
	n := 0
	for _, s := range r.Statutes() {
		n += len(s.Versions()) - 1
	}
	return n
}

// TestLineageSample checks the lineage of a hand-checked sample of
// provisions (testdata/lineage_sample.tsv: law, date of the amending
// version, provision, kind, targets), each against the version before.
func TestLineageSample(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "lineage_sample.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n, agree := 0, 0
	kinds := map[LineageKind]int{}
	for line := 0; sc.Scan(); {
		line++
		text := sc.Text()
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		cells := strings.Split(text, "\t")
		if len(cells) < 4 {
			t.Fatalf("line %d: %d cells", line, len(cells))
		}
		s, m := Default().Lookup(cells[0])
		if m == NoMatch {
			t.Fatalf("line %d: no law %s", line, cells[0])
		}
		on := rocdate.MustParse(cells[1])
		p := mustProvision(t, cells[2])
		want, err := ParseLineageKind(cells[3])
		if err != nil {
			t.Fatalf("line %d: %v", line, err)
		}
		var targets []Provision
		if len(cells) > 4 && cells[4] != "" {
			for q := range strings.SplitSeq(cells[4], "、") {
				targets = append(targets, mustProvision(t, q))
			}
		}
		l := s.Lineage(p, on.AddDays(-1), on)
		got := l.Kind
		if len(l.Steps) == 1 {
			got = l.Steps[0].Kind
		}
		gotTargets := l.Targets
		if len(l.Steps) == 1 && len(l.Steps[0].To) > 0 {
			gotTargets = l.Steps[0].To
		}
		if want == LineageUnchanged && len(targets) == 1 && slices.Equal(gotTargets, []Provision{p}) {
			gotTargets = targets
		}
		n++
		kinds[want]++
		note := ""
		if len(cells) > 5 {
			note = cells[5]
		}
		if got == want && slices.Equal(gotTargets, targets) {
			agree++
			continue
		}
		if !strings.Contains(note, "a miss") {
			t.Errorf("line %d: %s %s %s: %v %v, want %v %v (%s)", line, cells[0], cells[1], cells[2], got, gotTargets, want, targets, l)
		}
		t.Logf("known miss, line %d: %s %s %s: %v %v, the texts show %v %v", line, cells[0], cells[1], cells[2], got, gotTargets, want, targets)
	}
	if n < 50 {
		t.Errorf("the sample holds %d pairs, want 50", n)
	}
	t.Logf("%d hand-checked pairs (%v): the matcher agrees on %d (%.0f%%)", n, kinds, agree, 100*float64(agree)/float64(n))
}

func mustProvision(t *testing.T, s string) Provision {
	t.Helper()
	var p Provision
	if err := p.UnmarshalText([]byte(s)); err != nil {
		t.Fatalf("provision %q: %v", s, err)
	}
	return p
}

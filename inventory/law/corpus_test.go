package law

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ogdtw/governance/rocdate"
)

// lawdbDir is the law database's snapshot, beside the repository.
var lawdbDir = filepath.Join("..", "..", "..", "shared", "lawdb")

// corpusFiles are the snapshot's files.
var corpusFiles = []string{"ChLaw.json.gz", "ChOrder.json.gz"}

// corpusBytes returns the gunzipped files, read once; it skips the test
// when the folder is absent.
func corpusBytes(t testing.TB) [][]byte {
	t.Helper()
	for _, f := range corpusFiles {
		if _, err := os.Stat(filepath.Join(lawdbDir, f)); err != nil {
			t.Skipf("the law database's snapshot is not beside the repository (%v)", err)
		}
	}
	corpusOnce.Do(func() {
		for _, f := range corpusFiles {
			fh, err := os.Open(filepath.Join(lawdbDir, f))
			if err != nil {
				corpusErr = err
				return
			}
			zr, err := gzip.NewReader(fh)
			if err != nil {
				corpusErr = err
				return
			}
			b, err := io.ReadAll(zr)
			fh.Close()
			if err != nil {
				corpusErr = err
				return
			}
			corpusData = append(corpusData, b)
		}
	})
	if corpusErr != nil {
		t.Fatal(corpusErr)
	}
	return corpusData
}

var (
	corpusOnce sync.Once
	corpusData [][]byte
	corpusErr  error
	corpusReg  *Registry
	regOnce    sync.Once
)

// skipCorpus skips the whole-corpus tests under -short and -race, where
// they would take minutes; the plain go test runs them.
func skipCorpus(t testing.TB) {
	t.Helper()
	if testing.Short() {
		t.Skip("the whole law database is not read under -short")
	}
	if raceEnabled {
		t.Skip("the whole law database is not read under -race")
	}
}

// corpusRegistry returns the registry of both files, merged.
func corpusRegistry(t testing.TB) *Registry {
	t.Helper()
	skipCorpus(t)
	data := corpusBytes(t)
	regOnce.Do(func() {
		var r *Registry
		for _, b := range data {
			d, err := Decode(bytes.NewReader(b))
			if err != nil {
				corpusErr = err
				return
			}
			r = r.Merge(d)
		}
		corpusReg = r
	})
	if corpusErr != nil {
		t.Fatal(corpusErr)
	}
	return corpusReg
}

// TestDecodeCorpus reads the whole snapshot: 1,326 laws and 10,221
// orders, abandoned ones kept; lookups by identity.
func TestDecodeCorpus(t *testing.T) {
	r := corpusRegistry(t)
	if r.Len() != 1326+10221 {
		t.Errorf("the snapshot holds %d laws, want %d", r.Len(), 1326+10221)
	}
	if got := r.Updated().String(); got != "113年10月11日" {
		t.Errorf("Updated = %s", got)
	}
	abandoned := 0
	for _, s := range r.Statutes() {
		if s.Abandoned() {
			abandoned++
		}
	}
	if abandoned != 3473 {
		t.Errorf("%d abandoned laws, want 3473", abandoned)
	}
	for _, tt := range []struct {
		name, pcode string
		m           NameMatch
	}{
		{"個人資料保護法", "I0050021", MatchOfficial},
		{"個資法", "I0050021", MatchShort},
		{"電腦處理個人資料保護法", "I0050021", MatchFormer},
		{"刑事訴訟法", "C0010001", MatchOfficial},
		{"民法", "B0000001", MatchOfficial},
		{"國家安全或重大利益公務人員特殊查核辦法", "S0020047", MatchPartial},
	} {
		s, m := r.Lookup(tt.name)
		if s.PCode() != tt.pcode || m != tt.m {
			t.Errorf("Lookup(%q) = %s %s, %v; want %s, %v", tt.name, s.PCode(), s.Name(), m, tt.pcode, tt.m)
		}
	}
	if r.Identity("個資法") != r.Identity("電腦處理個人資料保護法") {
		t.Error("個資法 and 電腦處理個人資料保護法 are not one law")
	}
	// The snapshot's text of 刑事訴訟法 is the 113年7月31日 version of the
	// embedded tables: same structure and fingerprints.
	s, _ := r.Lookup("刑事訴訟法")
	d, _ := Default().Lookup("刑事訴訟法")
	sv, dv := s.Versions()[0], d.Versions()[len(d.Versions())-1]
	if sv.Date() != dv.Date() {
		t.Fatalf("刑事訴訟法 snapshot version %s, embedded %s", sv.Date(), dv.Date())
	}
	a, b := sv.v(), dv.v()
	if len(a.arts) != len(b.arts) || len(a.nodes) != len(b.nodes) {
		t.Fatalf("刑事訴訟法: %d articles %d nodes decoded, %d and %d embedded", len(a.arts), len(a.nodes), len(b.arts), len(b.nodes))
	}
	diff := 0
	for i := range a.nodes {
		if a.nodes[i] != b.nodes[i] {
			diff++
		}
	}
	if diff != 0 {
		t.Errorf("刑事訴訟法: %d of %d nodes differ between the decoded and the embedded text", diff, len(a.nodes))
	}
	// Merged with the embedded registry, the versions join.
	m := Default().Merge(r)
	ms, _ := m.Lookup("刑訴法")
	if n := len(ms.Versions()); n != len(d.Versions()) {
		t.Errorf("merged 刑事訴訟法 has %d versions, want %d", n, len(d.Versions()))
	}
	if got := m.Updated(); got != r.Updated() {
		t.Errorf("merged Updated = %s", got)
	}
}

// TestHistoryCorpus reads every 沿革 of the snapshot and reports the share
// of acts read completely (goal: 99%), listing the others by form.
func TestHistoryCorpus(t *testing.T) {
	r := corpusRegistry(t)
	total, complete := 0, 0
	forms := map[string][]string{}
	for _, s := range r.Statutes() {
		for _, h := range s.entry().revisions() {
			total++
			if h.Complete {
				complete++
				continue
			}
			f := historyForm(h.Text)
			forms[f] = append(forms[f], h.Text)
		}
	}
	share := float64(complete) / float64(total)
	t.Logf("沿革: %d of %d acts read completely (%.2f%%)", complete, total, 100*share)
	logForms(t, forms)
	if share < 0.99 {
		t.Errorf("only %.2f%% of the 沿革 acts read completely, want 99%%", 100*share)
	}
}

// historyForm names the form of an act: the words after its document.
func historyForm(s string) string {
	if i := strings.LastIndex(s, "號"); i >= 0 {
		s = s[i:]
	} else if i := strings.Index(s, "日"); i >= 0 {
		s = s[i:]
	}
	r := []rune(s)
	return string(r[:min(len(r), 8)])
}

// logForms logs the failures by form, the most frequent first, with an
// example each.
func logForms(t *testing.T, forms map[string][]string) {
	t.Helper()
	keys := make([]string, 0, len(forms))
	for k := range forms {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return len(forms[keys[i]]) > len(forms[keys[j]]) })
	for i, k := range keys {
		if i == 25 {
			t.Logf("… and %d other forms", len(keys)-i)
			break
		}
		t.Logf("%5d %s: %q", len(forms[k]), k, forms[k][0])
	}
}

// TestDecodeAnswersLikeDefault checks that lookups and provision checks
// against the decoded registry allocate nothing on a hit, as against the
// embedded one.
func TestDecodeAnswersLikeDefault(t *testing.T) {
	r := corpusRegistry(t)
	on := rocdate.MustParse("113年10月11日")
	p := Provision{Article: 245, Paragraph: 3}
	for _, reg := range []*Registry{Default(), r} {
		if n := testing.AllocsPerRun(100, func() {
			s, _ := reg.Lookup("刑事訴訟法")
			v, _ := s.VersionOn(on)
			sinkBool = v.Has(p)
		}); n != 0 {
			t.Errorf("a hit allocates %v times", n)
		}
		if !sinkBool {
			t.Error("刑事訴訟法第245條第3項 not found")
		}
	}
}

// plainFile is the snapshot's shape as plain structs, every field, for
// the peer benchmark.
type plainFile struct {
	UpdateDate string
	Laws       []struct {
		LawLevel, LawName, LawURL, LawCategory, LawModifiedDate, LawEffectiveDate string
		LawEffectiveNote, LawAbandonNote, LawHasEngVersion, EngLawName            string
		LawAttachements                                                           []struct{ FileName, FileURL string }
		LawHistories, LawForeword                                                 string
		LawArticles                                                               []struct{ ArticleType, ArticleNo, ArticleContent string }
	}
}

// BenchmarkDecodeCorpus decodes both files (and merges them) beside
// json.Unmarshal of the same bytes into plain structs, and reports the
// heap each result keeps in use (heap-MB: the heap's spans in use, which
// counts the pages its objects share with garbage; live-MB: the bytes of
// its objects) beside the JSON's size (json-MB). The ratio sub-benchmark
// times both, one after the other, in each iteration, so that the ratio
// (Decode-x) is measured under the same load on a shared machine.
func BenchmarkDecodeCorpus(b *testing.B) {
	data := corpusBytes(b)
	size := 0
	for _, d := range data {
		size += len(d)
	}
	decode := func(b *testing.B) *Registry {
		var r *Registry
		for _, d := range data {
			x, err := Decode(bytes.NewReader(d))
			if err != nil {
				b.Fatal(err)
			}
			r = r.Merge(x)
		}
		return r
	}
	var fs [2]plainFile
	unmarshal := func(b *testing.B) {
		for i, d := range data {
			fs[i] = plainFile{}
			if err := json.Unmarshal(bytes.TrimPrefix(d, []byte("\xef\xbb\xbf")), &fs[i]); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.Run("Decode", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		var r *Registry
		before, beforeLive := heapInUse()
		for b.Loop() {
			runtime.KeepAlive(r)
			r = nil
			r = decode(b)
		}
		after, afterLive := heapInUse()
		b.ReportMetric(after-before, "heap-MB")
		b.ReportMetric(afterLive-beforeLive, "live-MB")
		runtime.KeepAlive(r)
	})
	b.Run("json.Unmarshal", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		fs = [2]plainFile{}
		before, beforeLive := heapInUse()
		for b.Loop() {
			unmarshal(b)
		}
		after, afterLive := heapInUse()
		b.ReportMetric(after-before, "heap-MB")
		b.ReportMetric(afterLive-beforeLive, "live-MB")
		runtime.KeepAlive(&fs)
		fs = [2]plainFile{}
	})
	b.Run("ratio", func(b *testing.B) {
		// Each is timed from a collected heap, in turns.
		var td, tj time.Duration
		timed := func(f func()) time.Duration {
			runtime.GC()
			t := time.Now()
			f()
			return time.Since(t)
		}
		// Neither keeps the other's result alive, which would make its
		// collections slower.
		var r *Registry
		for b.Loop() {
			td += timed(func() { r = decode(b) })
			runtime.KeepAlive(r)
			r = nil
			tj += timed(func() { unmarshal(b) })
			fs = [2]plainFile{}
			tj += timed(func() { unmarshal(b) })
			fs = [2]plainFile{}
			td += timed(func() { r = decode(b) })
			runtime.KeepAlive(r)
			r = nil
		}
		b.ReportMetric(float64(td)/float64(tj), "Decode-x")
		b.ReportMetric(td.Seconds()/float64(2*b.N), "decode-s")
		b.ReportMetric(tj.Seconds()/float64(2*b.N), "json-s")
	})
	b.ReportMetric(float64(size)/1e6, "json-MB")
}

// heapInUse returns the heap in use after a collection, in MB: its spans
// in use, and the bytes of its live objects.
func heapInUse() (inuse, live float64) {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return float64(m.HeapInuse) / 1e6, float64(m.HeapAlloc) / 1e6
}

// BenchmarkFirstLookupCorpus times what the first lookup of a loaded
// registry adds to Decode since the index is built then (once, for both
// files merged): the cost BenchmarkDecodeCorpus no longer counts.
func BenchmarkFirstLookupCorpus(b *testing.B) {
	r := corpusRegistry(b)
	b.ReportAllocs()
	for b.Loop() {
		fresh := &Registry{updated: r.updated, laws: r.laws}
		if _, m := fresh.Lookup("個資法"); m == NoMatch {
			b.Fatal("個資法 not found")
		}
	}
}

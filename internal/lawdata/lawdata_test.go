package lawdata

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ogdtw/governance/internal/lawdata/lawgen"
	"github.com/ogdtw/governance/internal/lawdata/shingle"
)

// lawsDir is the raw data folder, beside the repository (never committed).
var lawsDir = filepath.Join("..", "..", "..", "shared", "laws")

// TestTablesUpToDate regenerates the tables in memory from the raw data and
// manifest.csv, and fails if the committed tables.go differs: the tables
// are stale (the data or the manifest changed since go generate ran) or
// were edited by hand.
func TestTablesUpToDate(t *testing.T) {
	if _, err := os.Stat(lawsDir); err != nil {
		t.Skipf("raw law data not found beside the repository (%v); it is not committed, so tables.go cannot be checked against it", err)
	}
	manifest, err := os.Open("manifest.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer manifest.Close()
	out, err := lawgen.Generate(os.DirFS(lawsDir), manifest)
	if err != nil {
		t.Fatal(err)
	}
	if sh, err := os.ReadFile("shingles.bin"); err != nil || !bytes.Equal(sh, out.Shingles) {
		t.Errorf("shingles.bin is stale (run go generate): %d bytes, want %d (%v)", len(sh), len(out.Shingles), err)
	}
	want := out.Tables
	got, err := os.ReadFile("tables.go")
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(got, want) {
		return
	}
	gl, wl := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	for i := range min(len(gl), len(wl)) {
		if gl[i] != wl[i] {
			t.Fatalf("tables.go is stale (run go generate): line %d is\n\t%s\nwant\n\t%s", i+1, gl[i], wl[i])
		}
	}
	t.Fatalf("tables.go is stale (run go generate): %d lines, want %d", len(gl), len(wl))
}

func mustLaw(t *testing.T, name string) Law {
	t.Helper()
	l, _, ok := Lookup(name)
	if !ok {
		t.Fatalf("Lookup(%q) found nothing", name)
	}
	return l
}

func mustVersion(t *testing.T, l Law, date int) Version {
	t.Helper()
	for i := range l.NumVersions() {
		if v := l.Version(i); v.Date() == date {
			return v
		}
	}
	t.Fatalf("%s has no version %d", l.Name(), date)
	return Version{}
}

// TestStructures checks the structure of provisions known from their texts.
func TestStructures(t *testing.T) {
	tests := []struct {
		law  string
		date int
		path Path
		want int // children: 項 of an article, 款 of a 項, 目 of a 款
	}{
		// 政府資訊公開法第18條第1項: 九款 of information to withhold.
		{"政府資訊公開法", 20051228, Path{Article: 18, Para: 1}, 9},
		{"政府資訊公開法", 20051228, Path{Article: 18}, 2},
		// 檔案法第18條: one paragraph of 7 款, cited as 第18條第2、5款.
		{"檔案法", 20080702, Path{Article: 18}, 1},
		{"檔案法", 20080702, Path{Article: 18, Para: 1}, 7},
		// 通訊保障及監察法第11條: 3 項, the first listing 9 款; the old
		// version is hard-wrapped, the new one is not.
		{"通訊保障及監察法", 20140129, Path{Article: 11}, 3},
		{"通訊保障及監察法", 20240731, Path{Article: 11}, 3},
		{"通訊保障及監察法", 20140129, Path{Article: 11, Para: 1}, 9},
		// 刑事訴訟法第245條: 5 項, then 7 after the 2024 amendment; the
		// 2015 text is wrapped with a line ending 。 before 但情形急迫者.
		{"刑事訴訟法", 20150204, Path{Article: 245}, 5},
		{"刑事訴訟法", 20220218, Path{Article: 245}, 5},
		{"刑事訴訟法", 20240731, Path{Article: 245}, 7},
		// 中華民國刑法第77條 (wrapped): a line starting 一、 inside a
		// sentence is not a 款; the second paragraph has 3 款.
		{"刑法", 20210120, Path{Article: 77}, 3},
		{"刑法", 20210120, Path{Article: 77, Para: 2}, 3},
		// 洗錢防制法第13條 in 2009: 2 項 over five wrapped lines.
		{"洗錢防制法", 20090610, Path{Article: 13}, 2},
	}
	for _, tt := range tests {
		v := mustVersion(t, mustLaw(t, tt.law), tt.date)
		n, ok := v.Find(tt.path)
		if !ok {
			t.Errorf("%s %d: %+v not found", tt.law, tt.date, tt.path)
			continue
		}
		if got := n.NumChildren(); got != tt.want {
			t.Errorf("%s %d: %+v has %d children, want %d", tt.law, tt.date, tt.path, got, tt.want)
		}
	}
}

func TestFind(t *testing.T) {
	v := mustVersion(t, mustLaw(t, "檔案法"), 20080702)
	// 款 cited directly under the article are the only paragraph's.
	k, ok := v.Find(Path{Article: 18, Subpara: 5})
	k2, _ := v.Find(Path{Article: 18, Para: 1, Subpara: 5})
	if !ok || k != k2 {
		t.Errorf("檔案法第18條第5款 = %v, %v; want %v", k, ok, k2)
	}
	for _, p := range []Path{
		{Article: 18, Subpara: 8},
		{Article: 18, Para: 2},
		{Article: 99},
		{Article: 18, Sub: 1},
		{Article: 18, Para: 1, Subpara: 1, Item: 1},
		{Article: 18, Para: 1, Item: 1},
	} {
		if _, ok := v.Find(p); ok {
			t.Errorf("檔案法 Find(%+v) found a provision", p)
		}
	}
	// 通訊保障及監察法第11條: only its first paragraph has 款.
	v = mustVersion(t, mustLaw(t, "通保法"), 20240731)
	if _, ok := v.Find(Path{Article: 11, Subpara: 9}); !ok {
		t.Error("通保法第11條第9款 not found")
	}
	// 款 cited under an article none of whose paragraphs has 款.
	v = mustVersion(t, mustLaw(t, "刑事訴訟法"), 20240731)
	if n, ok := v.Find(Path{Article: 245, Subpara: 2}); ok {
		t.Errorf("刑事訴訟法第245條第2款 found: %v", n)
	}
	// A repealed article is not found; its row is.
	v = mustVersion(t, mustLaw(t, "通保法"), 20240731)
	a, ok := v.Article(26, 0)
	if !ok || !a.Repealed() {
		t.Errorf("通保法第26條: %v, repealed %v; want a repealed article", ok, a.Repealed())
	}
	if _, ok := v.Find(Path{Article: 26}); ok {
		t.Error("Find found the repealed 通保法第26條")
	}
	// 第18條之1.
	v = mustVersion(t, mustLaw(t, "刑事訴訟法"), 20240731)
	if a, ok := v.Article(100, 3); !ok || a.Num() != 100 || a.Sub() != 3 {
		t.Errorf("刑事訴訟法第100條之3 = %v, %v", a, ok)
	}
}

func TestLocate(t *testing.T) {
	l := mustLaw(t, "刑事訴訟法")
	old, cur := mustVersion(t, l, 20220218), mustVersion(t, l, 20240731)
	n, _ := old.Find(Path{Article: 245, Para: 3})
	p, ok := cur.Locate(n.Fingerprint(), 1)
	if want := (Path{Article: 245, Para: 5}); !ok || p != want {
		t.Errorf("the 2022 text of 第245條第3項 is at %+v, %v in 2024; want %+v", p, ok, want)
	}
	if _, ok := cur.Locate(n.Fingerprint(), 2); ok {
		t.Error("a 項's text located as a 款")
	}
	k, _ := old.Find(Path{Article: 245, Para: 1})
	if p, ok := old.Locate(k.Fingerprint(), 1); !ok || p != (Path{Article: 245, Para: 1}) {
		t.Errorf("Locate(245/1) in its own version = %+v, %v", p, ok)
	}
	g := mustVersion(t, mustLaw(t, "政資法"), 20051228)
	k, _ = g.Find(Path{Article: 18, Para: 1, Subpara: 6})
	if p, ok := g.Locate(k.Fingerprint(), 2); !ok || p != (Path{Article: 18, Para: 1, Subpara: 6}) {
		t.Errorf("Locate(18/1/6) = %+v, %v", p, ok)
	}
}

func TestLookup(t *testing.T) {
	tests := []struct {
		in   string
		want string
		kind NameKind
	}{
		{"刑事訴訟法", "刑事訴訟法", Official},
		{"刑訴法", "刑事訴訟法", Short},
		{"通保法", "通訊保障及監察法", Short},
		{"個資法", "個人資料保護法", Short},
		{"政資法", "政府資訊公開法", Short},
		{"洗防法", "洗錢防制法", Short},
		{"刑法", "中華民國刑法", Short},
		{"電腦處理個人資料保護法", "個人資料保護法", Former},
		{"犯罪被害人保護法", "犯罪被害人權益保障法", Former},
	}
	for _, tt := range tests {
		l, kind, ok := Lookup(tt.in)
		if !ok || l.Name() != tt.want || kind != tt.kind {
			t.Errorf("Lookup(%q) = %s, %v, %v; want %s, %v", tt.in, l.Name(), kind, ok, tt.want, tt.kind)
		}
	}
	for _, s := range []string{"", "刑", "民法", "刑事訴訟法 "} {
		if _, _, ok := Lookup(s); ok {
			t.Errorf("Lookup(%q) found a law", s)
		}
	}
	if l, ok := LookupSuffix("國家安全或重大利益公務人員特殊查核辦法", 12); !ok || l.PCode() != "S0020047" {
		t.Errorf("LookupSuffix(國家安全…) = %v, %v", l.PCode(), ok)
	}
	if _, ok := LookupSuffix("保護法", 9); ok {
		t.Error("LookupSuffix(保護法) found one law; several end so")
	}
	if _, ok := LookupSuffix("法", 12); ok {
		t.Error("LookupSuffix accepted a suffix shorter than min")
	}
}

func TestLaws(t *testing.T) {
	n := 0
	for l := range Laws() {
		n++
		if l.NumVersions() == 0 {
			t.Errorf("%s has no versions", l.Name())
		}
		for i := range l.NumVersions() {
			v := l.Version(i)
			if v.Law() != l || v.Index() != i {
				t.Errorf("%s version %d: Law %v, Index %d", l.Name(), i, v.Law().Name(), v.Index())
			}
			if p, ok := v.Prev(); ok != (i > 0) || ok && p.Date() >= v.Date() {
				t.Errorf("%s version %d: Prev = %v, %v", l.Name(), i, p.Date(), ok)
			}
			if v.Date() > Updated {
				t.Errorf("%s version %d dated %d after Updated %d", l.Name(), i, v.Date(), Updated)
			}
		}
	}
	if n != len(lawTable) {
		t.Errorf("Laws yielded %d laws, want %d", n, len(lawTable))
	}
	for range Laws() {
		break // an early stop must not panic
	}
	l := mustLaw(t, "個人資料保護法")
	var names []string
	for s, k := range l.Names() {
		names = append(names, s+"/"+k.String())
	}
	if got, want := strings.Join(names, " "), "個資法/short 電腦處理個人資料保護法/former"; got != want {
		t.Errorf("個人資料保護法 names: %s, want %s", got, want)
	}
	for range l.Names() {
		break
	}
	if NameKind(0).String() != "" || Official.String() != "official" {
		t.Error("NameKind.String")
	}
}

func TestVersionOn(t *testing.T) {
	l := mustLaw(t, "刑事訴訟法")
	tests := []struct {
		date, want int
		ok         bool
	}{
		{20220519, 20220218, true},
		{20220218, 20220218, true},
		{20241011, 20240731, true},
		{20150203, 0, false},
	}
	for _, tt := range tests {
		v, ok := l.VersionOn(tt.date)
		if ok != tt.ok || ok && v.Date() != tt.want {
			t.Errorf("VersionOn(%d) = %d, %v; want %d, %v", tt.date, v.Date(), ok, tt.want, tt.ok)
		}
	}
}

func TestPanics(t *testing.T) {
	l := mustLaw(t, "檔案法")
	for name, f := range map[string]func(){
		"Version(-1)":   func() { l.Version(-1) },
		"Version(n)":    func() { l.Version(l.NumVersions()) },
		"ArticleAt(-1)": func() { l.Version(0).ArticleAt(-1) },
		"Act(n)":        func() { l.Version(0).Act(l.Version(0).NumActs()) },
		"ArticleByID":   func() { ArticleByID(len(articleTable)) },
		"NodeAt(size)":  func() { a := l.Version(0).ArticleAt(0).Node(); a.NodeAt(int(nodeTable[a.i].size)) },
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s did not panic", name)
				}
			}()
			f()
		}()
	}
}

func TestNoAllocs(t *testing.T) {
	v := mustVersion(t, mustLaw(t, "政府資訊公開法"), 20051228)
	if n := testing.AllocsPerRun(100, func() {
		l, _, _ := Lookup("刑訴法")
		w, _ := l.VersionOn(20220519)
		w.Find(Path{Article: 245, Para: 3})
		v.Find(Path{Article: 18, Para: 1, Subpara: 7})
	}); n != 0 {
		t.Errorf("lookups allocate %v times, want 0", n)
	}
}

func BenchmarkLookup(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		Lookup("通訊保障及監察法")
	}
}

func BenchmarkFind(b *testing.B) {
	l, _, _ := Lookup("刑事訴訟法")
	v, _ := l.VersionOn(20220519)
	b.ReportAllocs()
	for b.Loop() {
		v.Find(Path{Article: 245, Para: 3})
	}
}

// TestManifestNames checks, without the raw data, that every law and name
// of manifest.csv is in the tables with its kind.
func TestManifestNames(t *testing.T) {
	f, err := os.Open("manifest.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m, err := lawgen.ParseManifest(f)
	if err != nil {
		t.Fatal(err)
	}
	if len(m) != len(lawTable) {
		t.Fatalf("manifest lists %d laws, the tables %d", len(m), len(lawTable))
	}
	for i, e := range m {
		if lawTable[i].pcode != e.PCode {
			t.Errorf("law %d: manifest %s, tables %s", i, e.PCode, lawTable[i].pcode)
		}
		check := func(names []string, kind NameKind) {
			for _, n := range names {
				l, k, ok := Lookup(n)
				if !ok || l.PCode() != e.PCode || k != kind {
					t.Errorf("%s: Lookup(%q) = %s, %v, %v; want %s", e.PCode, n, l.PCode(), k, ok, kind)
				}
			}
		}
		check([]string{e.Official}, Official)
		check(e.Short, Short)
		check(e.Former, Former)
	}
}

// TestActsAndShingles checks the acts kept with each version and the
// shingle sets: every version has the act of its day; a law of one
// version has no sets (nothing is compared with it); an article amended
// has a set for each of its provisions, equal to the set of its text.
func TestActsAndShingles(t *testing.T) {
	for l := range Laws() {
		for i := range l.NumVersions() {
			v := l.Version(i)
			if v.NumActs() == 0 {
				t.Errorf("%s %d keeps no act of its day", l.Name(), v.Date())
			}
		}
	}
	gov := mustLaw(t, "政府資訊公開法")
	if _, text := gov.Version(0).Act(0); !strings.Contains(text, "制定公布全文 24 條") {
		t.Errorf("政府資訊公開法's act is %q", text)
	}
	a, _ := gov.Version(0).Article(18, 0)
	if _, ok := a.Node().Shingles(); ok {
		t.Error("政府資訊公開法, of one version, has shingle sets")
	}
	crim := mustLaw(t, "刑事訴訟法")
	v := mustVersion(t, crim, 20240731)
	a, _ = v.Article(245, 0)
	if ArticleByID(a.ID()) != a {
		t.Error("ArticleByID(ID) is not the article")
	}
	n, _ := v.Find(Path{Article: 245, Para: 5})
	set, ok := n.Shingles()
	if !ok || set != shingle.Of("檢察官、檢察事務官、司法警察官、司法警察、辯護人、告訴代理人或其他於偵查程序依法執行職務之人員，除依法令或為維護公共利益或保護合法權益有必要者外，偵查中因執行職務知悉之事項，不得公開或揭露予執行法定職務必要範圍以外之人員。") {
		t.Errorf("刑事訴訟法第245條第5項 of 113年: set %v (%d hashes)", ok, set.Len())
	}
	if a.Node().NodeAt(0) != a.Node() {
		t.Error("NodeAt(0) is not the node")
	}
}

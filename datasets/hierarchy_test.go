package datasets_test

import (
	"errors"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/ogdtw/governance/datasets"
)

var hierarchyRows = [][]string{
	{"各機關隸屬關係"},
	{"\ufeff機關", "簡稱", "上級機關"},
	{"經濟部", "", "行政院"},
	{"經濟部水利署", "水利署", "經濟部"},
	{"經濟部水利署中區水資源分署", "中水分署", "經濟部水利署"},
	{"", "空", "經濟部"},
	{"經濟部水利署", "", "經濟部"},
	{"甲機關", "", "乙機關"},
	{"乙機關", "", "甲機關"},
	{"丙機關", "", "丙機關"},
	{"丁機關", "", "甲機關"},
	{"臺北市政府", "北市府", ""},
	{"臺北市政府工務局", "", "臺北市政府"},
}

func TestImportHierarchy(t *testing.T) {
	h, err := datasets.ImportHierarchy(hierarchyRows)
	want := []rowProblem{
		{6, "機關", datasets.ErrMissing},
		{7, "機關", datasets.ErrDuplicate},
		{8, "上級機關", datasets.ErrCycle},
		{9, "上級機關", datasets.ErrCycle},
		{10, "上級機關", datasets.ErrCycle},
	}
	if diff := cmp.Diff(want, rowProblems(problemsOf(t, err), append(sentinels, datasets.ErrCycle)...), cmpErr); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
	p := func(name string) datasets.Publisher { return mustParsePublisher(t, name) }
	tests := []struct{ agency, ministry string }{
		{"經濟部水利署中區水資源分署", "經濟部"},
		{"經濟部水利署", "經濟部"},
		{"經濟部", "經濟部"},
		{"行政院", "行政院"},
		{"經濟部能源署", "經濟部"},       // not listed: by its name
		{"衛生福利部疾病管制署", "衛生福利部"}, // the default knows the ministries
		{"法務部矯正署臺中戒治所", "法務部"},
		{"統計處", "法務部"},
		{"臺北市政府工務局", "臺北市政府"},
		{"丁機關", "甲機關"}, // its superior was refused and has no row: a top agency
		{"某協會", "某協會"},
		// Internal units of a 院 count as the 院, not as ministries of
		// their own (issue 21).
		{"行政院消費者保護處", "行政院"},
		{"行政院性別平等處", "行政院"},
		{"行政院主計總處", "行政院主計總處"}, // a 部會 that begins with 行政院
		{"行政院農業委員會林業試驗所", "行政院農業委員會"},
		{"司法院刑事廳", "司法院"},
		{"立法院法制局", "立法院"},
		{"監察院", "監察院"},
	}
	for _, tt := range tests {
		if got := h.Ministry(p(tt.agency)).Name(); got != tt.ministry {
			t.Errorf("Ministry(%s) = %s, want %s", tt.agency, got, tt.ministry)
		}
	}
	if s := h.Short(p("經濟部水利署")); s != "水利署" {
		t.Errorf("Short = %q", s)
	}
	if q, err := h.ParsePublisher("中水分署"); err != nil || q != p("經濟部水利署中區水資源分署") {
		t.Errorf("Lookup(中水分署) = %v, %v", q, err)
	}
	if q, ok := h.Parent(p("經濟部水利署")); !ok || q != p("經濟部") {
		t.Errorf("Parent = %v, %v", q, ok)
	}
	// Records round-trips the caller's rows.
	back, err := datasets.ImportHierarchy(h.Records())
	if err != nil || back.Len() != h.Len() {
		t.Fatalf("ImportHierarchy(Records()) = %d, %v; want %d", back.Len(), err, h.Len())
	}
	for _, e := range h.Entries() {
		if back.Ministry(e.Agency) != h.Ministry(e.Agency) {
			t.Errorf("round trip: Ministry(%v) = %v, want %v", e.Agency, back.Ministry(e.Agency), h.Ministry(e.Agency))
		}
	}
	// The zero Hierarchy is the default.
	var z datasets.Hierarchy
	def, err := datasets.NewHierarchy()
	if err != nil || z.Ministry(datasets.MustLookupPublisher("臺中戒治所")).Name() != "法務部" || z.Len() != def.Len() || z.Len() == 0 {
		t.Errorf("zero Hierarchy is not the default")
	}
	if _, err := datasets.NewHierarchy(datasets.HierarchyEntry{Agency: p("甲"), Parent: p("甲")}); !errors.Is(err, datasets.ErrCycle) {
		t.Errorf("NewHierarchy of an agency above itself: %v", err)
	}
	if _, err := datasets.ImportHierarchy([][]string{{"機關", "簡稱"}}); !errors.Is(err, datasets.ErrNoHeader) {
		t.Errorf("ImportHierarchy without 上級機關: %v", err)
	}
}

func TestParsePublisher(t *testing.T) {
	tests := []struct {
		in, want string
		own      bool
		err      error
	}{
		{"經濟部水利署", "經濟部水利署", false, nil},
		{" 經濟部 水利署 ", "經濟部水利署", false, nil},
		{"法務部矯正署", "矯正署", true, nil},
		{"法務部　統計處", "統計處", true, nil},
		{"台高檢", "臺灣高等檢察署", true, nil},
		{"臺北市政府", "臺北市政府", false, nil},
		{"ＡＢＣ公司", "ABC公司", false, nil},
		{"", "", false, datasets.ErrMissing},
		{"\u3000", "", false, datasets.ErrMissing},
		{"a\x00b", "", false, datasets.ErrSyntax},
		{"\xff", "", false, datasets.ErrSyntax},
		{string(make([]byte, datasets.MaxPublisherName+1)), "", false, datasets.ErrTooLarge},
	}
	for _, tt := range tests {
		p, err := datasets.ParsePublisher(tt.in)
		if !errors.Is(err, tt.err) || p.Name() != tt.want || p.Own() != tt.own {
			t.Errorf("ParsePublisher(%q) = %q (own %v), %v; want %q, %v", tt.in, p.Name(), p.Own(), err, tt.want, tt.err)
		}
	}
	if _, err := datasets.LookupPublisher("經濟部水利署"); !errors.Is(err, datasets.ErrUnknownPublisher) {
		t.Errorf("LookupPublisher accepts another ministry's agency: %v", err)
	}
}

// nationalCatalogs returns the deck's two catalogs with the datasets of
// other ministries added, as a national snapshot of data.gov.tw holds
// them, so that 法務部 (2,963) ranks second.
func nationalCatalogs(t testing.TB) (prev, cur datasets.Catalog) {
	prev, cur = deckCatalogs(t)
	others := []struct {
		agency string
		n      int
	}{{"經濟部水利署", 2500}, {"經濟部", 1000}, {"內政部", 1200}, {"交通部中央氣象局", 2963 - 7}, {"衛生福利部", 900}, {"臺北市政府", 4000}}
	id := datasets.ID(1_000_000)
	var add []datasets.Dataset
	for _, o := range others {
		p := mustParsePublisher(t, o.agency)
		for i := range o.n {
			add = append(add, datasets.MustNewDataset(id, o.agency+strconv.Itoa(i), p))
			id++
		}
	}
	var err error
	if prev, err = prev.With(add...); err != nil {
		t.Fatal(err)
	}
	if cur, err = cur.With(add...); err != nil {
		t.Fatal(err)
	}
	return prev, cur
}

// The deck's claim 資料開放數量名列各部會第二 is checked from a national
// snapshot: 法務部 with 2,963 ranks second after 經濟部 (3,500 with its
// 水利署), whatever the local government 臺北市政府 publishes, which is no
// ministry under 行政院 and is left out by the caller.
func TestRankMinistriesSecond(t *testing.T) {
	_, cur := nationalCatalogs(t)
	ranked := datasets.RankMinistries(cur, datasets.Hierarchy{})
	var ministries []datasets.Ranked
	for _, r := range ranked {
		if r.Name != "臺北市政府" {
			ministries = append(ministries, r)
		}
	}
	ranked = datasets.Rank(entriesOf(ministries))
	if r, ok := datasets.RankOf(ranked, "法務部"); !ok || r != 2 {
		t.Errorf("法務部 ranks %d (%v): %v", r, ok, ranked)
	}
	if ranked[0].Name != "經濟部" || ranked[0].Count != 3500 || ranked[1].Count != 2963 {
		t.Errorf("ranking %v", ranked)
	}
	total := 0
	for _, e := range datasets.RankMinistries(cur, datasets.Hierarchy{}) {
		total += e.Count
	}
	if total != cur.Listed() {
		t.Errorf("ministry counts add up to %d, listed %d", total, cur.Listed())
	}
}

func entriesOf(rs []datasets.Ranked) []datasets.Entry {
	out := make([]datasets.Entry, len(rs))
	for i, r := range rs {
		out[i] = datasets.Entry{Name: r.Name, Count: r.Count}
	}
	return out
}

// The deck's per-publisher table is counted out of national snapshots:
// the ministry's datasets among every other's.
func TestBuildTableFromNationalSnapshot(t *testing.T) {
	prev, cur := nationalCatalogs(t)
	opt := datasets.TableOptions{Prev: quarter("110年第4季"), Cur: quarter("111年第2季"), RollUp: true, Ministry: mustParsePublisher(t, "法務部")}
	got := datasets.BuildTable(prev, cur, opt)
	dp, dc := deckCatalogs(t)
	opt.Ministry = datasets.Publisher{}
	want := datasets.BuildTable(dp, dc, opt)
	if diff := cmp.Diff(want, got, equateComparable); diff != "" {
		t.Errorf("national BuildTable (-deck +national):\n%s", diff)
	}
	yearStartOnly(t, "national BuildTable", got.Check(deckSeries(t)))
	for _, tt := range []struct {
		g    datasets.Group
		want datasets.Figures
	}{
		{datasets.Units, datasets.Figures{Prev: 877, Cur: 891, Change: 14, SinceYearStart: 14}},
		{datasets.Agencies, datasets.Figures{Prev: 1929, Cur: 2072, Change: 143, SinceYearStart: 143}},
		{datasets.NoGroup, datasets.Figures{Prev: 2806, Cur: 2963, Change: 157, SinceYearStart: 157}},
	} {
		if f := mustSum(t, got, tt.g); f != tt.want {
			t.Errorf("Sum(%v) = %+v, want %+v", tt.g, f, tt.want)
		}
	}
	// Another ministry's table: 經濟部 with its 水利署 rolled up.
	h, err := datasets.ImportHierarchy(hierarchyRows[:5])
	if err != nil {
		t.Fatal(err)
	}
	eco := datasets.BuildTable(prev, cur, datasets.TableOptions{Ministry: mustParsePublisher(t, "經濟部"), Hierarchy: h, RollUp: true})
	if len(eco.Rows) != 2 || mustSum(t, eco, datasets.NoGroup).Cur != 3500 {
		t.Errorf("經濟部 table = %+v", eco.Rows)
	}
	// Its records carry the rows without a group first, and read back.
	back, err := datasets.ImportTable(tableRecordsWithQuarters(eco))
	if err != nil || len(back.Rows) != 2 {
		t.Errorf("ImportTable(經濟部 Records) = %+v, %v", back.Rows, err)
	}
}

func tableRecordsWithQuarters(tb datasets.Table) [][]string {
	tb.Prev, tb.Cur = quarter("110年第4季"), quarter("111年第2季")
	return tb.Records()
}

package datasets_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/ogdtw/governance/datasets"
	"github.com/ogdtw/governance/finding"
)

// registerHeader is the header of the register as 行政院人事行政總處
// publishes it.
var registerHeader = []string{"機關代碼", "機關名稱", "機關英文名稱", "郵遞區號", "機關地址", "機關電話", "主管機關代碼", "主管機關名稱", "傳真", "機關生效日期", "機關裁撤日期", "機關層級", "裁撤註記", "新機關代碼", "新機關名稱"}

// regRow is one row of the register: code, name, parent code, level,
// effective, abolished and successor; the other cells blank.
func regRow(code, name, parent, level, effective, abolished, successor string) []string {
	return []string{code, name, "", "", "", "", parent, "", "", effective, abolished, level, "", successor, ""}
}

// sampleRegister is a SAMPLE register in the real format: real agencies'
// names, with sample codes (SAMPLE…) except the 財政部,
// 高雄市政府 and 高雄市政府都市發展局; dates other than the 2023-08-01
// reorganisation are sample dates.
func sampleRegister(t testing.TB) datasets.Register {
	t.Helper()
	reg, err := datasets.ImportAgencies([][]string{registerHeader,
		regRow("SAMPLE0100", "行政院", "", "1", "", "", ""),
		regRow("A07000000E", "財政部", "", "2", "19480101", "", ""),
		regRow("SAMPLE0003", "法務部", "", "2", "19800701", "", ""),
		regRow("SAMPLE0004", "法務部矯正署", "SAMPLE0003", "3", "20110101", "", ""),
		regRow("SAMPLE0005", "法務部矯正署臺北監獄", "SAMPLE0004", "4", "20110101", "", ""),
		regRow("SAMPLE0008", "臺灣高等檢察署", "SAMPLE0003", "3", "19800701", "", ""),
		regRow("SAMPLE0009", "臺灣臺北地方檢察署", "SAMPLE0008", "4", "19800701", "", ""),
		regRow("SAMPLE0001", "行政院農業委員會", "", "2", "19840920", "20230801", "SAMPLE0002"),
		regRow("SAMPLE0002", "農業部", "", "2", "20230801", "", ""),
		regRow("SAMPLE0011", "行政院農業委員會林務局", "SAMPLE0001", "3", "19840920", "20230801", "SAMPLE0012"),
		regRow("SAMPLE0012", "農業部林業及自然保育署", "SAMPLE0002", "3", "20230801", "", ""),
		regRow("397000000A", "高雄市政府", "", "2", "19791225", "", ""),
		regRow("397360000G", "高雄市政府都市發展局", "397000000A", "3", "19791225", "", ""),
		regRow("SAMPLE0020", "司法院", "", "1", "", "", ""),
		regRow("SAMPLE0021", "臺灣高等法院", "SAMPLE0020", "2", "", "", ""),
		regRow("SAMPLE0030", "內政部", "", "2", "", "", ""),
		regRow("SAMPLE0031", "內政部統計處", "SAMPLE0030", "3", "", "", ""),
		regRow("SAMPLE0032", "財政部統計處", "A07000000E", "3", "", "", ""),
		regRow("SAMPLE0040", "臺灣新北地方檢察署", "SAMPLE9999", "4", "", "", ""),
	})
	if err != nil {
		t.Fatal(err)
	}
	return reg
}

// sampleNational returns a SAMPLE national catalog: n datasets of each
// publisher, titles made up (樣本資料集N).
func sampleNational(t testing.TB, counts map[string]int) datasets.Catalog {
	t.Helper()
	var ds []datasets.Dataset
	id := datasets.ID(1)
	for name, n := range counts {
		p := mustParsePublisher(t, name)
		for range n {
			ds = append(ds, datasets.MustNewDataset(id, fmt.Sprintf("樣本資料集%d", id), p))
			id++
		}
	}
	return datasets.MustNewCatalog(ds...)
}

func TestRegisterPlace(t *testing.T) {
	reg := sampleRegister(t)
	tests := []struct {
		name                    string
		on                      string
		res                     datasets.Resolution
		agency, third, ministry string
		yuan, local             string
	}{
		{"臺灣臺北地方檢察署", "111/05/19", datasets.Resolved, "臺灣臺北地方檢察署", "臺灣高等檢察署", "法務部", "行政院", ""},
		{"法務部矯正署臺北監獄", "111/05/19", datasets.Resolved, "法務部矯正署臺北監獄", "法務部矯正署", "法務部", "行政院", ""},
		{"矯正署臺北監獄", "111/05/19", datasets.Resolved, "法務部矯正署臺北監獄", "法務部矯正署", "法務部", "行政院", ""},
		{"法務部", "111/05/19", datasets.Resolved, "法務部", "", "法務部", "行政院", ""},
		{"行政院農業委員會", "112/07/31", datasets.Resolved, "行政院農業委員會", "", "行政院農業委員會", "行政院", ""},
		{"行政院農業委員會", "112/08/01", datasets.Resolved, "農業部", "", "農業部", "行政院", ""},
		{"行政院農業委員會林務局", "112/07/31", datasets.Resolved, "行政院農業委員會林務局", "行政院農業委員會林務局", "行政院農業委員會", "行政院", ""},
		{"行政院農業委員會林務局", "112/08/01", datasets.Resolved, "農業部林業及自然保育署", "農業部林業及自然保育署", "農業部", "行政院", ""},
		{"農業部", "112/07/31", datasets.NotRegistered, "", "", "", "", ""},
		{"農業部", "112/08/01", datasets.Resolved, "農業部", "", "農業部", "行政院", ""},
		{"高雄市政府都市發展局", "111/05/19", datasets.Resolved, "高雄市政府都市發展局", "高雄市政府都市發展局", "高雄市政府", "", "高雄市政府"},
		{"臺灣高等法院", "111/05/19", datasets.Resolved, "臺灣高等法院", "", "臺灣高等法院", "司法院", ""},
		{"行政院", "111/05/19", datasets.Resolved, "行政院", "", "行政院", "行政院", ""},
		{"統計處", "111/05/19", datasets.Ambiguous, "", "", "", "", ""},
		{"臺灣士林地方檢察署", "111/05/19", datasets.NotRegistered, "", "", "", "", ""},
		{"臺灣新北地方檢察署", "111/05/19", datasets.Unrooted, "臺灣新北地方檢察署", "", "", "", ""},
		{"", "111/05/19", datasets.NoResolution, "", "", "", "", ""},
	}
	for _, tc := range tests {
		p := reg.Place(tc.name, d(tc.on))
		if p.Resolution != tc.res || p.Agency.Name != tc.agency || p.Third.Name != tc.third || p.Ministry.Name != tc.ministry || p.Yuan != tc.yuan || p.Local.Name != tc.local {
			t.Errorf("Place(%q, %s) = %v %q/%q/%q %q %q, want %v %q/%q/%q %q %q", tc.name, tc.on, p.Resolution, p.Agency.Name, p.Third.Name, p.Ministry.Name, p.Yuan, p.Local.Name,
				tc.res, tc.agency, tc.third, tc.ministry, tc.yuan, tc.local)
		}
		if p.Placed() != (tc.res == datasets.Resolved) {
			t.Errorf("Place(%q).Placed() = %v", tc.name, p.Placed())
		}
		// Place agrees with Ministry.
		if p.Placed() {
			if m, ok := reg.Ministry(p.Agency.Code, d(tc.on)); !ok || m.Code != p.Ministry.Code {
				t.Errorf("Ministry(%s) = %s %v, Place says %s", p.Agency.Code, m.Name, ok, p.Ministry.Name)
			}
		}
	}
}

func TestPlacementCountedUnder(t *testing.T) {
	reg := sampleRegister(t)
	on := d("111/05/19")
	for _, tc := range []struct {
		name  string
		scope datasets.Scope
		head  string
		ok    bool
	}{
		{"臺灣臺北地方檢察署", datasets.Executive, "法務部", true},
		{"臺灣臺北地方檢察署", datasets.Yuans, "行政院", true},
		{"臺灣臺北地方檢察署", datasets.Local, "", false},
		{"臺灣臺北地方檢察署", datasets.All, "法務部", true},
		{"高雄市政府都市發展局", datasets.Executive, "", false},
		{"高雄市政府都市發展局", datasets.Local, "高雄市政府", true},
		{"高雄市政府都市發展局", datasets.All, "高雄市政府", true},
		{"高雄市政府都市發展局", datasets.Yuans, "", false},
		{"臺灣高等法院", datasets.Executive, "", false},
		{"臺灣高等法院", datasets.Yuans, "司法院", true},
		{"臺灣高等法院", datasets.All, "臺灣高等法院", true},
		{"統計處", datasets.All, "", false},
		{"行政院", datasets.Executive, "行政院", true},
	} {
		h, ok := reg.Place(tc.name, on).CountedUnder(tc.scope)
		if h != tc.head || ok != tc.ok {
			t.Errorf("Place(%s).CountedUnder(%v) = %q %v, want %q %v", tc.name, tc.scope, h, ok, tc.head, tc.ok)
		}
	}
	if _, ok := reg.Place("法務部", on).CountedUnder(datasets.Scope(9)); ok {
		t.Error("CountedUnder an invalid scope reported true")
	}
}

func TestRegisterRollUp(t *testing.T) {
	reg := sampleRegister(t)
	c := sampleNational(t, map[string]int{
		"臺灣臺北地方檢察署": 3, "法務部矯正署臺北監獄": 2, "矯正署": 1, "法務部": 1,
		"財政部": 5, "財政部統計處": 2, "統計處": 4, "臺灣士林地方檢察署": 2, "高雄市政府都市發展局": 6,
	})
	r := reg.RollUp(c, d("111/05/19"))
	counts := func(l []datasets.AgencyCount) string {
		var b []string
		for _, a := range l {
			b = append(b, fmt.Sprintf("%s %d", a.Agency.Name, a.Datasets))
		}
		return strings.Join(b, ", ")
	}
	if got, want := counts(r.Ministries), "財政部 7, 法務部 7, 高雄市政府 6"; got != want {
		t.Errorf("Ministries = %s, want %s", got, want)
	}
	if got, want := counts(r.Thirds), "高雄市政府都市發展局 6, 法務部矯正署 3, 臺灣高等檢察署 3, 財政部統計處 2"; got != want {
		t.Errorf("Thirds = %s, want %s", got, want)
	}
	if got := counts(r.Agencies); !strings.Contains(got, "臺灣臺北地方檢察署 3") || !strings.Contains(got, "法務部矯正署臺北監獄 2") || !strings.Contains(got, "法務部矯正署 1") {
		t.Errorf("Agencies = %s", got)
	}
	if len(r.Unplaced) != 2 || r.UnplacedDatasets != 6 || r.Unplaced[0].Name != "統計處" || r.Unplaced[0].Resolution != datasets.Ambiguous || r.Unplaced[1].Resolution != datasets.NotRegistered {
		t.Errorf("Unplaced = %+v (%d datasets)", r.Unplaced, r.UnplacedDatasets)
	}
	// Every listed dataset is counted under a ministry or reported unplaced.
	sum := r.UnplacedDatasets
	for _, m := range r.Ministries {
		sum += m.Datasets
	}
	if sum != r.Listed || r.Listed != c.Listed() {
		t.Errorf("ministries + unplaced = %d, listed %d (catalog %d)", sum, r.Listed, c.Listed())
	}
}

func TestRegisterRankMinistries(t *testing.T) {
	reg := sampleRegister(t)
	claim, err := datasets.ParseRankClaim("資料開放數量名列各部會第二")
	if err != nil {
		t.Fatal(err)
	}
	placed := map[string]int{"臺灣臺北地方檢察署": 3, "法務部矯正署臺北監獄": 2, "法務部": 1, "財政部": 7, "內政部統計處": 4, "高雄市政府都市發展局": 9, "臺灣高等法院": 2}
	on := d("111/05/19")
	r := reg.RankMinistries(sampleNational(t, placed), on, datasets.Executive)
	if !r.Complete() || r.OutOfScope != 11 || len(r.Ranked) != 3 {
		t.Fatalf("ranking %+v", r)
	}
	if rank, ok := datasets.RankOf(r.Ranked, "法務部"); !ok || rank != 2 || r.Ranked[1].Count != 6 {
		t.Errorf("法務部 ranks %d %v in %+v, want 2nd with 6", rank, ok, r.Ranked)
	}
	k := r.CheckClaim("法務部", claim)
	if k.Verdict != finding.Passed || k.Computed != 2 {
		t.Errorf("claim on a complete ranking: %v", k)
	}

	// One unplaced publisher, however small, leaves the claim unchecked.
	with := map[string]int{"臺灣士林地方檢察署": 1}
	for n, c := range placed {
		with[n] = c
	}
	r = reg.RankMinistries(sampleNational(t, with), on, datasets.Executive)
	k = r.CheckClaim("法務部", claim)
	if r.Complete() || k.Verdict != finding.Unchecked || k.Why != "datasets.rank-claim.unplaced" || k.Unplaced != 1 || k.UnplacedDatasets != 1 {
		t.Errorf("claim with an unplaced publisher: %+v", k)
	}
	if want := "資料開放數量名列各部會第二：1個提供機關（資料集1筆）未能依機關名冊歸屬部會，排名未能確定，無法查核"; k.String() != want {
		t.Errorf("String() = %s, want %s", k, want)
	}
	if !strings.Contains(k.Message(finding.English), "1 publishers (1 datasets) could not be placed") {
		t.Errorf("English: %s", k.Message(finding.English))
	}
	// The unplaced agency is not ranked as its own ministry.
	if _, ok := datasets.RankOf(r.Ranked, "臺灣士林地方檢察署"); ok {
		t.Error("the unplaced publisher is ranked")
	}

	// Other scopes.
	all := sampleNational(t, placed)
	for _, tc := range []struct {
		scope datasets.Scope
		want  string
	}{
		{datasets.Yuans, "行政院 17, 司法院 2"},
		{datasets.Local, "高雄市政府 9"},
		{datasets.All, "高雄市政府 9, 財政部 7, 法務部 6, 內政部 4, 臺灣高等法院 2"},
	} {
		r := reg.RankMinistries(all, on, tc.scope)
		var got []string
		for _, e := range r.Ranked {
			got = append(got, fmt.Sprintf("%s %d", e.Name, e.Count))
		}
		if strings.Join(got, ", ") != tc.want {
			t.Errorf("%v: %s, want %s", tc.scope, strings.Join(got, ", "), tc.want)
		}
	}
}

// The agency the deck's embedded hierarchy does not know rolls up through
// the register, where the hierarchy ranks it as its own ministry.
func TestRegisterVersusHierarchy(t *testing.T) {
	c := sampleNational(t, map[string]int{"臺灣臺北地方檢察署": 3, "法務部": 1})
	byHierarchy := datasets.RankMinistries(c, datasets.Hierarchy{})
	if _, ok := datasets.RankOf(byHierarchy, "臺灣臺北地方檢察署"); !ok {
		t.Fatalf("the embedded hierarchy no longer ranks 臺灣臺北地方檢察署 apart: %+v", byHierarchy)
	}
	r := sampleRegister(t).RankMinistries(c, d("111/05/19"), datasets.Executive)
	if len(r.Ranked) != 1 || r.Ranked[0].Name != "法務部" || r.Ranked[0].Count != 4 {
		t.Errorf("by the register: %+v", r.Ranked)
	}
}

// Resolution is in the enums table of enum_test.go; Scope is not, since
// its zero value is the default scope, not a blank.
func TestScopeText(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want datasets.Scope
		err  error
	}{
		{"", datasets.Executive, nil},
		{"各部會", datasets.Executive, nil},
		{"行政院各部會", datasets.Executive, nil},
		{"五院", datasets.Yuans, nil},
		{"地方政府", datasets.Local, nil},
		{"縣市政府", datasets.Local, nil},
		{"ALL", datasets.All, nil},
		{"全部機關", datasets.All, nil},
		{"國營事業", 0, datasets.ErrSyntax},
	} {
		got, err := datasets.ParseScope(tc.in)
		if got != tc.want || !errors.Is(err, tc.err) {
			t.Errorf("ParseScope(%q) = %v, %v, want %v, %v", tc.in, got, err, tc.want, tc.err)
		}
	}
	// The zero Scope is the default, and says so: it prints what it ranks.
	if s := datasets.Scope(0).String(); s != "行政院各部會" {
		t.Errorf("zero Scope = %q", s)
	}
	for s := datasets.Executive; s <= datasets.All; s++ {
		b, err := s.MarshalText()
		var back datasets.Scope
		if err != nil || back.UnmarshalText(b) != nil || back != s || !s.IsValid() || s.Message(finding.English) == s.String() {
			t.Errorf("Scope %d: %q %v back %v, English %q", s, b, err, back, s.Message(finding.English))
		}
	}
	if _, err := datasets.Scope(9).MarshalText(); !errors.Is(err, datasets.ErrRange) {
		t.Errorf("Scope(9).MarshalText() error %v", err)
	}
	if datasets.Scope(9).IsValid() || datasets.Scope(9).String() != "Scope(9)" {
		t.Error("Scope(9) valid")
	}
	if got := datasets.Ambiguous.Message(finding.English); got != "ambiguous" {
		t.Errorf("Ambiguous in English = %q", got)
	}
	var s datasets.Scope
	if err := s.UnmarshalText([]byte("國營事業")); !errors.Is(err, datasets.ErrSyntax) {
		t.Errorf("UnmarshalText error %v", err)
	}
}

// Placing a name needs no allocation on a hit: the chain is walked in a
// fixed array.
func TestPlaceNoAllocs(t *testing.T) {
	reg := sampleRegister(t)
	on := d("111/05/19")
	for _, name := range []string{"臺灣臺北地方檢察署", "矯正署臺北監獄", "行政院農業委員會林務局", "高雄市政府都市發展局"} {
		if !reg.Place(name, on).Placed() {
			t.Fatalf("%s not placed", name)
		}
		if n := testing.AllocsPerRun(100, func() { reg.Place(name, on) }); n != 0 {
			t.Errorf("Place(%s) allocates %v times", name, n)
		}
		if n := testing.AllocsPerRun(100, func() { reg.Resolve(name, on) }); n != 0 {
			t.Errorf("Resolve(%s) allocates %v times", name, n)
		}
	}
}

// A chain that loops back (a register's error) or runs past the steps
// followed is cut, never followed forever: the name is Unrooted.
func TestPlaceCutChains(t *testing.T) {
	rows := [][]string{registerHeader,
		regRow("SAMPLE9001", "甲機關（範例）", "SAMPLE9002", "3", "", "", ""),
		regRow("SAMPLE9002", "乙機關（範例）", "SAMPLE9001", "3", "", "", ""),
		regRow("SAMPLE9003", "丙機關（範例）", "", "", "", "", ""),
		regRow("SAMPLE9004", "丁機關（範例）", "", "2", "", "20200101", "SAMPLE9999"),
	}
	for i := range 20 {
		parent := ""
		if i > 0 {
			parent = fmt.Sprintf("SAMPLE8%03d", i-1)
		}
		rows = append(rows, regRow(fmt.Sprintf("SAMPLE8%03d", i), fmt.Sprintf("鏈%d（範例）", i), parent, "5", "", "", ""))
	}
	reg, err := datasets.ImportAgencies(rows)
	if err != nil {
		t.Fatal(err)
	}
	on := d("111/05/19")
	for name, want := range map[string]datasets.Resolution{
		"甲機關（範例）": datasets.Unrooted, // loops
		"丙機關（範例）": datasets.Unrooted, // no level at the top
		"鏈19（範例）": datasets.Unrooted, // 20 deep
		"鏈3（範例）":  datasets.Resolved, // the top's level given: its own head
		"丁機關（範例）": datasets.NotRegistered,
	} {
		if got := reg.Place(name, on).Resolution; got != want {
			t.Errorf("Place(%s) = %v, want %v", name, got, want)
		}
	}
}

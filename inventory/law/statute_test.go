package law

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/ogdtw/governance/rocdate"
)

func TestLookup(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		want  string // official name, "" for none
		match NameMatch
	}{
		{"official", "刑事訴訟法", "刑事訴訟法", MatchOfficial},
		{"official in brackets", "《刑事訴訟法》", "刑事訴訟法", MatchOfficial},
		{"official in quotes", "「檔案法」", "檔案法", MatchOfficial},
		{"spaces", " 檔案法 ", "檔案法", MatchOfficial},
		{"short from the data", "刑訴法", "刑事訴訟法", MatchShort},
		{"short from the data 2", "通保法", "通訊保障及監察法", MatchShort},
		{"short from the data 3", "個資法", "個人資料保護法", MatchShort},
		{"short added", "政資法", "政府資訊公開法", MatchShort},
		{"short added 2", "洗防法", "洗錢防制法", MatchShort},
		{"short for a long official name", "刑法", "中華民國刑法", MatchShort},
		{"former in the index", "電腦處理個人資料保護法", "個人資料保護法", MatchFormer},
		{"former in a version", "犯罪被害人保護法", "犯罪被害人權益保障法", MatchFormer},
		{"deck's name without 涉及", "國家安全或重大利益公務人員特殊查核辦法", "涉及國家安全或重大利益公務人員特殊查核辦法", MatchPartial},
		{"partial in brackets", "《國家安全或重大利益公務人員特殊查核辦法》", "涉及國家安全或重大利益公務人員特殊查核辦法", MatchPartial},
		{"partial too short", "特殊查核", "", NoMatch},
		{"suffix of several", "保護法", "", NoMatch},
		{"suffix under two thirds", "公務人員特殊查核辦法", "", NoMatch},
		{"unknown", "民法", "", NoMatch},
		{"要點", "政府資料開放諮詢小組設置要點", "", NoMatch},
		{"empty", "", "", NoMatch},
		{"unbalanced bracket", "《刑事訴訟法", "刑事訴訟法", MatchOfficial},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, m := Default().Lookup(tt.in)
			if s.Name() != tt.want || m != tt.match {
				t.Errorf("Default().Lookup(%q) = %q, %v; want %q, %v", tt.in, s.Name(), m, tt.want, tt.match)
			}
			if s.IsZero() != (tt.want == "") {
				t.Errorf("Default().Lookup(%q).IsZero() = %v", tt.in, s.IsZero())
			}
		})
	}
}

func TestStatuteNames(t *testing.T) {
	s, _ := Default().Lookup("個資法")
	if diff := cmp.Diff([]string{"個資法"}, s.ShortNames()); diff != "" {
		t.Errorf("個人資料保護法 ShortNames (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"電腦處理個人資料保護法"}, s.FormerNames()); diff != "" {
		t.Errorf("個人資料保護法 FormerNames (-want +got):\n%s", diff)
	}
	if got := s.PCode(); got != "I0050021" {
		t.Errorf("個人資料保護法 PCode = %q", got)
	}
	if got := s.String(); got != "個人資料保護法" {
		t.Errorf("String = %q", got)
	}
	// The slices are copies.
	names := s.ShortNames()
	names[0] = "x"
	if s.ShortNames()[0] != "個資法" {
		t.Error("ShortNames returned the registry's own slice")
	}
	var zero Statute
	if zero.Name() != "" || zero.PCode() != "" || zero.ShortNames() != nil || zero.Versions() != nil ||
		zero.Amendments(Provision{Article: 1}, rocdate.Date{}) != nil {
		t.Error("the zero Statute is not empty")
	}
	if _, ok := zero.VersionOn(rocdate.MustParse("111年5月19日")); ok {
		t.Error("the zero Statute has a version")
	}
}

func mustStatute(t testing.TB, name string) Statute {
	t.Helper()
	s, m := Default().Lookup(name)
	if m == NoMatch {
		t.Fatalf("Default().Lookup(%q) found nothing", name)
	}
	return s
}

func mustVersionOn(t testing.TB, s Statute, date string) StatuteVersion {
	t.Helper()
	v, ok := s.VersionOn(rocdate.MustParse(date))
	if !ok {
		t.Fatalf("%s has no version on %s", s, date)
	}
	return v
}

func TestVersionOn(t *testing.T) {
	s := mustStatute(t, "刑事訴訟法")
	tests := []struct {
		on, want string // want "" when no version
	}{
		{"111年5月19日", "111年2月18日"},
		{"111年2月18日", "111年2月18日"},
		{"111年2月17日", "110年6月16日"},
		{"113年10月11日", "113年7月31日"},
		{"104年2月3日", ""}, // before the first version held, 104年2月4日
	}
	for _, tt := range tests {
		v, ok := s.VersionOn(rocdate.MustParse(tt.on))
		if got := v.Date(); ok != (tt.want != "") || ok && got.String() != tt.want {
			t.Errorf("刑事訴訟法.VersionOn(%s) = %v, %v; want %s", tt.on, got, ok, tt.want)
		}
		if v.Statute() != s && ok {
			t.Errorf("VersionOn(%s).Statute() = %v", tt.on, v.Statute())
		}
	}
	if _, ok := s.VersionOn(rocdate.Date{}); ok {
		t.Error("VersionOn(zero Date) found a version")
	}
	vs := s.Versions()
	if len(vs) != 15 || vs[0].Date().String() != "104年2月4日" || vs[14].Date() != Default().Amended() {
		t.Errorf("刑事訴訟法 has %d versions, from %v to %v", len(vs), vs[0].Date(), vs[len(vs)-1].Date())
	}
	if got, want := vs[14].String(), "刑事訴訟法（113年7月31日修正公布）"; got != want {
		t.Errorf("String = %q, want %q", got, want)
	}
	var zero StatuteVersion
	if !zero.IsZero() || zero.String() != "" || !zero.Date().IsZero() || !zero.Statute().IsZero() ||
		zero.Has(Provision{Article: 1}) || zero.Repealed(Provision{Article: 1}) {
		t.Error("the zero StatuteVersion is not empty")
	}
}

// TestStatuteStructures checks, through the inventory API, the structures
// the issue names.
func TestStatuteStructures(t *testing.T) {
	tests := []struct {
		law, on string
		p       Provision
		want    int
	}{
		{"政府資訊公開法", "111年5月19日", Provision{Article: 18, Paragraph: 1}, 9},
		{"檔案法", "111年5月19日", Provision{Article: 18}, 1},
		{"檔案法", "111年5月19日", Provision{Article: 18, Paragraph: 1}, 7},
		{"通訊保障及監察法", "111年5月19日", Provision{Article: 11}, 3},
		{"刑事訴訟法", "111年5月19日", Provision{Article: 245}, 5},  // 111年2月18日 version
		{"刑事訴訟法", "113年10月11日", Provision{Article: 245}, 7}, // 113年7月31日 version
		{"刑事訴訟法", "113年10月11日", Provision{Article: 100, ArticleSub: 3, Paragraph: 1}, 4},
	}
	for _, tt := range tests {
		v := mustVersionOn(t, mustStatute(t, tt.law), tt.on)
		if got, ok := v.Children(tt.p); !ok || got != tt.want {
			t.Errorf("%s: %s has %d, %v below it; want %d", v, tt.p, got, ok, tt.want)
		}
	}
}

func TestHas(t *testing.T) {
	tests := []struct {
		law, on  string
		p        Provision
		has, rep bool
	}{
		{"檔案法", "111年5月19日", Provision{Article: 18, Subparagraph: 5}, true, false},
		{"檔案法", "111年5月19日", Provision{Article: 18, Subparagraph: 8}, false, false},
		{"檔案法", "111年5月19日", Provision{Article: 18, Subparagraph: 2, Part: Proviso}, true, false},
		{"刑事訴訟法", "111年5月19日", Provision{Article: 245, Paragraph: 7}, false, false},
		{"刑事訴訟法", "113年10月11日", Provision{Article: 245, Paragraph: 7}, true, false},
		{"通訊保障及監察法", "113年10月11日", Provision{Article: 26}, false, true},
		{"通訊保障及監察法", "113年10月11日", Provision{Paragraph: 1}, false, false},
		{"政府資訊公開法", "111年5月19日", Provision{Article: 18, ArticleSub: 1}, false, false},
	}
	for _, tt := range tests {
		v := mustVersionOn(t, mustStatute(t, tt.law), tt.on)
		if got := v.Has(tt.p); got != tt.has {
			t.Errorf("%s.Has(%s) = %v, want %v", v, tt.p, got, tt.has)
		}
		if got := v.Repealed(tt.p); got != tt.rep {
			t.Errorf("%s.Repealed(%s) = %v, want %v", v, tt.p, got, tt.rep)
		}
		if _, ok := v.Children(tt.p); ok != tt.has {
			t.Errorf("%s.Children(%s) ok = %v, want %v", v, tt.p, ok, tt.has)
		}
	}
}

func TestAmendments(t *testing.T) {
	d := rocdate.MustParse
	tests := []struct {
		name  string
		law   string
		p     Provision
		since string
		want  []string
	}{
		{
			name:  "245/3 renumbered 245/5 in 2024",
			law:   "刑事訴訟法",
			p:     Provision{Article: 245, Paragraph: 3},
			since: "111年5月19日",
			want:  []string{"刑事訴訟法第245條第3項於113年7月31日修正：文字修正，原條文移至第245條第5項"},
		},
		{
			name:  "245 gains two paragraphs",
			law:   "刑事訴訟法",
			p:     Provision{Article: 245},
			since: "111年5月19日",
			want:  []string{"刑事訴訟法第245條於113年7月31日修正：結構變更"},
		},
		{
			name:  "245/7 is new",
			law:   "刑事訴訟法",
			p:     Provision{Article: 245, Paragraph: 7},
			since: "111年5月19日",
			want:  []string{"刑事訴訟法第245條第7項於113年7月31日修正：新增"},
		},
		{
			name:  "245/1 never changed",
			law:   "刑事訴訟法",
			p:     Provision{Article: 245, Paragraph: 1},
			since: "104年1月1日",
		},
		{
			name:  "nothing after the last version",
			law:   "刑事訴訟法",
			p:     Provision{Article: 245, Paragraph: 3},
			since: "113年10月11日",
		},
		{
			name:  "洗錢防制法第13條 rewritten in 2024",
			law:   "洗防法",
			p:     Provision{Article: 13, Paragraph: 1},
			since: "111年5月19日",
			want:  []string{"洗錢防制法第13條第1項於113年7月31日修正：文字修正"},
		},
		{
			name:  "通保法第26條 repealed in 2018",
			law:   "通保法",
			p:     Provision{Article: 26},
			since: "105年1月1日",
			want:  []string{"通訊保障及監察法第26條於107年5月23日修正：刪除"},
		},
		{
			name:  "a provision without article",
			law:   "通保法",
			p:     Provision{Paragraph: 1},
			since: "105年1月1日",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := mustStatute(t, tt.law)
			var got []string
			for _, a := range s.Amendments(tt.p, d(tt.since)) {
				got = append(got, a.String())
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s.Amendments(%s, %s) (-want +got):\n%s", s, tt.p, tt.since, diff)
			}
		})
	}
	// The fields of one amendment.
	s := mustStatute(t, "刑事訴訟法")
	a := s.Amendments(Provision{Article: 245, Paragraph: 3, Part: Front}, d("111年5月19日"))
	want := Amendment{
		Version:   mustVersionOn(t, s, "113年7月31日"),
		Provision: Provision{Article: 245, Paragraph: 3, Part: Front},
		Kind:      Reworded,
		Moved:     Provision{Article: 245, Paragraph: 5, Part: Front},
	}
	if len(a) != 1 || a[0] != want {
		t.Errorf("Amendments(245/3前段) = %+v, want %+v", a, want)
	}
}

func TestEnumText(t *testing.T) {
	for m := NoMatch; m <= MatchPartial; m++ {
		b, err := m.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back NameMatch
		if err := back.UnmarshalText(b); err != nil || back != m || string(b) != m.String() {
			t.Errorf("NameMatch %d round trip: %q, %v, %v", m, b, back, err)
		}
	}
	for k := NoChange; k <= Deleted; k++ {
		b, err := k.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back AmendmentKind
		if err := back.UnmarshalText(b); err != nil || back != k || string(b) != k.String() {
			t.Errorf("AmendmentKind %d round trip: %q, %v, %v", k, b, back, err)
		}
	}
	if _, err := NameMatch(9).MarshalText(); !errors.Is(err, ErrRange) {
		t.Errorf("NameMatch(9).MarshalText error %v, want ErrRange", err)
	}
	if _, err := AmendmentKind(9).MarshalText(); !errors.Is(err, ErrRange) {
		t.Errorf("AmendmentKind(9).MarshalText error %v, want ErrRange", err)
	}
	var m NameMatch
	if err := m.UnmarshalText([]byte("x")); !errors.Is(err, ErrSyntax) {
		t.Errorf("NameMatch.UnmarshalText(x) error %v, want ErrSyntax", err)
	}
	var k AmendmentKind
	if err := k.UnmarshalText([]byte("x")); !errors.Is(err, ErrSyntax) {
		t.Errorf("AmendmentKind.UnmarshalText(x) error %v, want ErrSyntax", err)
	}
	if NameMatch(9).String() != "NameMatch(9)" || AmendmentKind(9).String() != "AmendmentKind(9)" {
		t.Error("String of an invalid enum value")
	}
}

// TestStatuteNoAllocs pins the cost of a hit: looking a statute up, finding
// the version in force and checking a provision allocate nothing.
func TestStatuteNoAllocs(t *testing.T) {
	d := rocdate.MustParse("111年5月19日")
	p := Provision{Article: 245, Paragraph: 3}
	if n := testing.AllocsPerRun(100, func() {
		for _, name := range []string{"刑事訴訟法", "刑訴法", "國家安全或重大利益公務人員特殊查核辦法"} {
			s, _ := Default().Lookup(name)
			v, _ := s.VersionOn(d)
			v.Has(p)
		}
	}); n != 0 {
		t.Errorf("a statute lookup allocates %v times, want 0", n)
	}
}

// FuzzLookupStatute checks that any name is looked up without panic and
// that a statute found is found again, officially, by its official name.
func FuzzLookup(f *testing.F) {
	for _, s := range []string{"刑事訴訟法", "刑訴法", "國家安全或重大利益公務人員特殊查核辦法", "保護法", "《檔案法》", "「", "《》", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		s, m := Default().Lookup(name)
		if (m == NoMatch) != s.IsZero() {
			t.Fatalf("Default().Lookup(%q) = %v, %v", name, s, m)
		}
		if m == NoMatch {
			return
		}
		back, bm := Default().Lookup(s.Name())
		if back != s || bm != MatchOfficial {
			t.Fatalf("Default().Lookup(%q) = %v; its official name gives %v, %v", name, s, back, bm)
		}
	})
}

func TestDepthOf(t *testing.T) {
	tests := []struct {
		p    Provision
		want int
	}{
		{Provision{Article: 18}, 0},
		{Provision{Article: 18, Paragraph: 1}, 1},
		{Provision{Article: 18, Subparagraph: 2}, 2},
		{Provision{Article: 18, Paragraph: 1, Subparagraph: 2, Item: 3}, 3},
	}
	for _, tt := range tests {
		if got := depthOf(tt.p); got != tt.want {
			t.Errorf("depthOf(%s) = %d, want %d", tt.p, got, tt.want)
		}
	}
}

package datasets_test

import (
	"errors"
	"testing"

	"github.com/ogdtw/governance/datasets"
	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/internal/sheet"
	"github.com/ogdtw/governance/rocdate"
)

// FuzzImportAgencies checks that ImportAgencies never panics and that
// good rows plus rows with an error are the data rows.
func FuzzImportAgencies(f *testing.F) {
	f.Add("A07000000E", "財政部", "", "19480101", "", "2", "397360000G", "高雄市政府都市發展局", "397000000A", "19791225", "", "3")
	f.Add("A", "x", "", "2023", "20230231", "二", "A", "", "A", "", "x", "")
	f.Fuzz(func(t *testing.T, c1, n1, p1, e1, a1, l1, c2, n2, p2, e2, a2, l2 string) {
		rows := [][]string{
			{"機關代碼", "機關名稱", "主管機關代碼", "機關生效日期", "機關裁撤日期", "機關層級"},
			{c1, n1, p1, e1, a1, l1},
			{c2, n2, p2, e2, a2, l2},
		}
		data := 0
		for _, r := range rows[1:] {
			if !sheet.Blank(r) {
				data++
			}
		}
		reg, err := datasets.ImportAgencies(rows)
		bad := map[int]bool{}
		var ie *datasets.ImportError
		if errors.As(err, &ie) {
			for _, p := range ie.Problems {
				if p.Severity == finding.Error {
					bad[p.Row] = true
				}
			}
		} else if err != nil {
			t.Fatalf("error %v is not an *ImportError", err)
		}
		if reg.Len()+len(bad) != data {
			t.Fatalf("good %d + bad %d != data %d (%v)", reg.Len(), len(bad), data, err)
		}
		for _, g := range reg.Agencies() {
			reg.Resolve(g.Name, g.Effective)
			reg.Ministry(g.Code, g.Effective)
		}
	})
}

// FuzzParseScope checks that whatever ParseScope reads, it reads back
// from the scope's word.
func FuzzParseScope(f *testing.F) {
	for _, s := range []string{"", "各部會", "五院", "地方政府", "縣市政府", "ALL", "全部機關", "國營事業", "Ｌｏｃａｌ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := datasets.ParseScope(s)
		if err != nil {
			return
		}
		b, err := v.MarshalText()
		if err != nil {
			t.Fatalf("%d: MarshalText error %v", v, err)
		}
		if back, err := datasets.ParseScope(string(b)); err != nil || back != v {
			t.Errorf("ParseScope(%q) = %v, %v, want %v", b, back, err, v)
		}
	})
}

// FuzzPlace checks that Place never panics on any register and name, and
// that what it places has a ministry on the agency's chain: the agency
// itself, or one above it, of level 1 or 2 or at the top.
func FuzzPlace(f *testing.F) {
	f.Add("SAMPLE0003", "法務部", "", "2", "SAMPLE0004", "法務部矯正署", "SAMPLE0003", "3", "", "矯正署", "20220519")
	f.Add("A", "甲", "B", "3", "B", "乙", "A", "3", "20230801", "甲", "20230801")
	f.Fuzz(func(t *testing.T, c1, n1, p1, l1, c2, n2, p2, l2, abolished, name, day string) {
		reg, _ := datasets.ImportAgencies([][]string{
			{"機關代碼", "機關名稱", "主管機關代碼", "機關層級", "機關裁撤日期", "新機關代碼"},
			{c1, n1, p1, l1, abolished, c2},
			{c2, n2, p2, l2, "", ""},
		})
		on, err := rocdate.Parse(day)
		if err != nil {
			on = d("111/05/19")
		}
		p := reg.Place(name, on)
		if !p.Resolution.IsValid() {
			t.Fatalf("Place(%q) = invalid %v", name, p.Resolution)
		}
		if p.Placed() {
			if p.Ministry.Code == "" || p.Agency.Code == "" {
				t.Fatalf("Place(%q) placed without a ministry: %+v", name, p)
			}
			if m, ok := reg.Ministry(p.Agency.Code, on); !ok || m.Code != p.Ministry.Code {
				t.Fatalf("Place(%q) ministry %s, Ministry says %s %v", name, p.Ministry.Code, m.Code, ok)
			}
			if _, ok := p.CountedUnder(datasets.All); !ok {
				t.Fatalf("Place(%q) placed but no head in All", name)
			}
		}
	})
}

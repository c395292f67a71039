package datasets_test

import (
	"errors"
	"testing"

	"github.com/ogdtw/governance/datasets"
	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/internal/sheet"
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
		for _, g := range reg.List() {
			reg.Lookup(g.Name, g.Effective)
			reg.Ministry(g.Code, g.Effective)
		}
	})
}

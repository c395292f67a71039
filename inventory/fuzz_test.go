package inventory

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/ogdtw/governance/internal/sheet"
	"github.com/ogdtw/governance/inventory/law"
)

func FuzzParseClass(f *testing.F) {
	for _, s := range []string{"甲類", "甲", "乙類：有限度利用資料", "丙類 (不開放資料)", "開放資料", "未分類", "丁類", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseClass(s)
		if err != nil {
			if c != Unclassified {
				t.Fatalf("ParseClass(%q) = %v with error", s, c)
			}
			return
		}
		if !c.IsValid() {
			t.Fatalf("ParseClass(%q) = invalid %d", s, c)
		}
		if back, err := ParseClass(c.String()); err != nil || back != c {
			t.Fatalf("ParseClass(%q) = %v, %v; want %v", c.String(), back, err, c)
		}
		if back, err := ParseClass(c.Label()); err != nil || back != c {
			t.Fatalf("ParseClass(%q) = %v, %v; want %v", c.Label(), back, err, c)
		}
	})
}

// joinTable encodes rows in one string for a fuzz seed: rows separated
// by U+001E, cells by U+001F, so that cells keep their line breaks.
func joinTable(rows [][]string) string {
	lines := make([]string, len(rows))
	for i, r := range rows {
		lines[i] = strings.Join(r, "\x1f")
	}
	return strings.Join(lines, "\x1e")
}

// splitTable decodes what joinTable encodes.
func splitTable(s string) [][]string {
	var rows [][]string
	for _, line := range strings.Split(s, "\x1e") {
		rows = append(rows, strings.Split(line, "\x1f"))
	}
	return rows
}

// dataRows returns the rows of the table below the header that spec
// locates, other than blank ones: the rows an importer must account for.
func dataRows(spec *sheet.Spec, rows [][]string) []int {
	h, _ := spec.Locate(rows)
	if !h.Complete() {
		return nil
	}
	var out []int
	for i := h.Row; i < len(rows); i++ {
		if !sheet.Blank(rows[i]) {
			out = append(out, i+1)
		}
	}
	return out
}

// problemRows returns the distinct rows of the problems of err that are
// data rows.
func problemRows(t *testing.T, err error, data []int) map[int]bool {
	t.Helper()
	out := map[int]bool{}
	if err == nil {
		return out
	}
	var ie *ImportError
	if !errors.As(err, &ie) || len(ie.Problems) == 0 {
		t.Fatalf("error %v is not an *ImportError with problems", err)
	}
	for _, p := range ie.Problems {
		if p.Err == nil || p.Code() == "" {
			t.Fatalf("problem %v has no cause or code", p)
		}
		if slices.Contains(data, p.Row) {
			out[p.Row] = true
		}
	}
	return out
}

func FuzzImportRecords(f *testing.F) {
	f.Add(joinTable([][]string{{"序號", "系統、資料庫名稱", "資料分類", "管理單位", "蒐集資料項目", "法令依據"}, {"1", "甲系統", "甲類", "統計處", "姓名、性別", ""}, {"2", "乙系統", "丙", "資訊處", "一、a(b、c) 二、d", "檔案法第18條"}}))
	f.Add(joinTable([][]string{{"管理單位", "資料分類", "名稱", "序號"}, {"x", "丁", "y", "z"}, {"", "", "", ""}}))
	f.Add(joinTable([][]string{{"\ufeff序號", "系統資料庫名稱", "資料分類\n甲類:開放資料", "管理單位", "法令依據", "法源依據"}, {"十二", "a", "乙類：有限度利用資料", "b"}, {"３", "c", "丙類（不開放資料）", "d"}}))
	for _, tt := range importCases {
		f.Add(joinTable(tt.rows))
	}
	f.Add(joinTable(deckRows()))
	f.Fuzz(func(t *testing.T, table string) {
		rows := splitTable(table)
		recs, err := ImportRecords(rows)
		data := dataRows(&recordSpec, rows)
		bad := problemRows(t, err, data)
		if len(recs)+len(bad) != len(data) {
			t.Fatalf("%d records and %d rows with problems from %d data rows", len(recs), len(bad), len(data))
		}
		for _, r := range recs {
			if r.Serial <= 0 || !r.Class.IsValid() || bad[r.Row] || !slices.Contains(data, r.Row) {
				t.Fatalf("imported a bad record %+v", r)
			}
			// Each ground keeps what law.ParseCitations reads of its text.
			for _, g := range r.Grounds {
				cs, err := law.ParseCitations(g.Text)
				if g.Blank() || (err == nil) != (g.Err == nil) || len(cs) != len(g.Citations) {
					t.Fatalf("ground %q kept %v, %v; ParseCitations gives %v, %v", g.Text, g.Citations, g.Err, cs, err)
				}
				for i := range cs {
					if cs[i].String() != g.Citations[i].String() {
						t.Fatalf("ground %q kept %v, ParseCitations gives %v", g.Text, g.Citations[i], cs[i])
					}
				}
			}
		}
		// What was read is read back the same from rows written anew.
		if len(recs) > 0 {
			back, err := ImportRecords(recordRows(recs))
			if err != nil || len(back) != len(recs) {
				t.Fatalf("ImportRecords(recordRows(%+v)) = %+v, %v", recs, back, err)
			}
			for i, b := range back {
				r := recs[i]
				if b.Serial != r.Serial || b.Class != r.Class || b.Name != r.Name || b.Unit != r.Unit || b.Row != i+2 {
					t.Fatalf("record %+v read back as %+v", r, b)
				}
			}
		}
		_ = Inventory{Records: recs}.Validate()
		_ = Summarize(Inventory{Records: recs})
	})
}

package inventory

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/ogdtw/governance/internal/sheet"
)

func FuzzParseCitation(f *testing.F) {
	for _, tt := range designCitations {
		f.Add(tt.in)
	}
	for _, tt := range realCitations {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseCitation(s)
		if err != nil {
			if !c.IsZero() {
				t.Fatalf("ParseCitation(%q) returned %v with error %v", s, c, err)
			}
			if !strings.HasPrefix(err.Error(), "inventory: ") {
				t.Fatalf("ParseCitation(%q) error %q lacks the package name", s, err)
			}
			return
		}
		if c.Len() == 0 || c.Len() > maxLeaves {
			t.Fatalf("ParseCitation(%q) cites %d provisions", s, c.Len())
		}
		if !utf8.ValidString(s) {
			return // a law name with invalid UTF-8 is kept as it is
		}
		checkRoundTrip(t, c)
	})
}

func FuzzParseCitations(f *testing.F) {
	f.Add("• 《政府資訊公開法》第18條第1項第1至7款\n• 《刑事訴訟法》第245條第1、3項")
	f.Add("1.檔案法第18條\r\n(2)刑事訴訟法第245條；三、洗錢防制法第13條")
	f.Add("《刑事訴訟法》第245條、《檔案法》第18條第2款及通保法第5條")
	f.Add("第六項規定或刑法第九十一條之一第二項")
	for _, tt := range realCitations {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		cs, err := ParseCitations(s)
		if err == nil && len(cs) == 0 && strings.TrimSpace(strings.Map(func(r rune) rune {
			if strings.ContainsRune("\n\r；;", r) {
				return ' '
			}
			return r
		}, s)) != "" && !onlyBullets(s) {
			t.Fatalf("ParseCitations(%q) accepted text but returned nothing", s)
		}
		if !utf8.ValidString(s) {
			return
		}
		for _, c := range cs {
			checkRoundTrip(t, c)
		}
	})
}

// onlyBullets reports whether every piece of s is only a list marker.
func onlyBullets(s string) bool {
	return len(splitCitations(s)) == 0
}

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

func FuzzQuickCitation(f *testing.F) {
	for _, s := range quickCitations {
		f.Add(s)
	}
	for _, tt := range designCitations {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		quickBoth(t, s, false)
		quickBoth(t, s, true)
	})
}

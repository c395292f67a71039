package inventory

import (
	"strings"
	"testing"
	"unicode/utf8"
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

func FuzzImportRows(f *testing.F) {
	f.Add("序號,系統、資料庫名稱,資料分類,管理單位,蒐集資料項目,法令依據", "1,甲系統,甲類,統計處,姓名、性別,", "2,乙系統,丙,資訊處,一、a(b、c) 二、d,檔案法第18條")
	f.Add("管理單位,資料分類,名稱,序號", "x,丁,y,z", ",,,")
	f.Add("序號,系統資料庫名稱,資料分類\n甲類:開放資料,管理單位", "十二,a,乙類：有限度利用資料,b", "３,c,丙類（不開放資料）,d")
	f.Fuzz(func(t *testing.T, header, row1, row2 string) {
		rows := [][]string{strings.Split(header, ","), strings.Split(row1, ","), strings.Split(row2, ",")}
		recs, bad, err := ImportRows(rows)
		if err != nil {
			if recs != nil || bad != nil {
				t.Fatalf("ImportRows returned rows with error %v", err)
			}
			return
		}
		// Every non-blank data row is either a record or a bad row.
		dataRows := 0
		for _, r := range rows {
			if !blankRow(r) {
				dataRows++
			}
		}
		badRows := map[int]bool{}
		for _, b := range bad {
			badRows[b.Row] = true
			if b.Row < 1 || b.Row > len(rows) {
				t.Fatalf("bad row number %d", b.Row)
			}
		}
		if len(recs)+len(badRows) > dataRows {
			t.Fatalf("%d records and %d bad rows from %d rows", len(recs), len(badRows), dataRows)
		}
		for _, r := range recs {
			if r.Serial <= 0 || !r.Class.IsValid() {
				t.Fatalf("imported a bad record %+v", r)
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

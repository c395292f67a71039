package inventory

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/internal/numeral"
	"github.com/ogdtw/governance/internal/sheet"
)

// itemsKept are cells whose leading numbers are part of the text, not list
// numbering: SplitItems used to drop them (108、109、110年度統計 lost 108).
var itemsKept = []struct {
	in   string
	want []string
}{
	{"108、109、110年度統計", []string{"108、109、110年度統計"}},
	{"一、二級單位", []string{"一、二級單位"}},
	{"一、二、三級單位名稱", []string{"一、二、三級單位名稱"}},
	{"1、2、3級警戒區", []string{"1、2、3級警戒區"}},
	{"2.5吋磁碟、光碟", []string{"2.5吋磁碟", "光碟"}},
	{"姓名 108、109年統計", []string{"姓名 108、109年統計"}},
	{"1、姓名", []string{"1、姓名"}},
	{"108年度統計、109年度統計", []string{"108年度統計", "109年度統計"}},
	{"１０８、１０９年度統計", []string{"１０８、１０９年度統計"}},
}

// TestSplitItemsKeepsNumbers is the defect of issue 12: a number followed
// by 、 is list numbering only when the list goes on.
func TestSplitItemsKeepsNumbers(t *testing.T) {
	for _, tt := range itemsKept {
		if got := SplitItems(tt.in); !cmp.Equal(got, tt.want) {
			t.Errorf("SplitItems(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestSplitItemsDeck82: the deck's record 82 splits into its four
// statistics, numbered 一、 to 四、 on lines of their own.
func TestSplitItemsDeck82(t *testing.T) {
	got := SplitItems(deckRows()[3][3])
	want := []string{
		"檢察統計(1.偵查新收件數及人數、2.偵查終結件數及人數、起訴人數、3.執行裁判確定人數、有罪人數)",
		"矯正統計(1.監獄新入監人數、在監人數及出獄人數、2.假釋及核准撤銷假釋情形、3.其他矯正機關之新入所(校)人數、出所(校)人數、在所(校)人數)",
		"行政執行統計(1.執行案件新收件數及終結件數、2.執行案件徵起金額及待執行金額)",
		"司法保護統計(1.申請犯罪被害補償金事件新收件數及終結件數、2.社區處遇終結案件應履行及實際履行時數)",
	}
	if !cmp.Equal(got, want) {
		t.Errorf("SplitItems(record 82) = %q, want %q", got, want)
	}
}

// wordRunes counts the letters of s that are not numerals: the text an
// item holds, which splitting must never drop.
func wordRunes(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) && !strings.ContainsRune("〇零○一二三四五六七八九十百千萬億兩廿卅壹貳參肆伍陸柒捌玖拾佰仟", r) {
			n++
		}
	}
	return n
}

func FuzzSplitItems(f *testing.F) {
	for _, tt := range itemsKept {
		f.Add(tt.in)
	}
	f.Add(deckRows()[3][3])
	f.Add("一、檢察統計(1.偵查、2.執行) 二、矯正統計")
	f.Add("1.姓名、2.性別\n（一）案號\n（二）案由；• 甲 - 乙")
	f.Fuzz(func(t *testing.T, s string) {
		items := SplitItems(s)
		for _, it := range items {
			if it == "" || it != strings.TrimSpace(it) {
				t.Fatalf("SplitItems(%q) gives item %q: empty or untrimmed", s, it)
			}
			if !strings.Contains(s, it) {
				t.Fatalf("SplitItems(%q) gives item %q, not in the cell", s, it)
			}
		}
		if !utf8.ValidString(s) {
			return
		}
		if got, want := wordRunes(strings.Join(items, "")), wordRunes(s); got != want {
			t.Fatalf("SplitItems(%q) = %q keeps %d letters of %d", s, items, got, want)
		}
		if back := SplitItems(strings.Join(items, "\n")); !slices.Equal(back, items) {
			t.Fatalf("SplitItems(%q) = %q, read back one a line as %q", s, items, back)
		}
	})
}

// TestIsChineseNumeral: the splitter's quick test agrees with numeral.KindOf.
func TestIsChineseNumeral(t *testing.T) {
	for r := rune(0); r < 0x10000; r++ {
		if got, want := isChineseNumeral(string(r)), numeral.KindOf(r) == numeral.Chinese; got != want {
			t.Errorf("isChineseNumeral(%q) = %v, numeral.KindOf says %v", r, got, want)
		}
	}
}

// TestTrimCell: the importer's quick trim agrees with sheet.Trim.
func TestTrimCell(t *testing.T) {
	for _, s := range []string{"", " ", "a", " a", "a ", "姓名", "姓名　", "　姓名", "\ufeff序號", "序號\ufeff", "《刑法》", "（一）",
		"》", "\u3000", "a\u3000", "\u2003a", "a\u2003", "\u00a0a", "a\u00a0", "\xe4\xb8", "a\xe4", "\xe3\x80\x80", "甲類\n", "\t丙類", "\xef\xbc\x88"} {
		if got, want := trimCell(s), sheet.Trim(s); got != want {
			t.Errorf("trimCell(%q) = %q, sheet.Trim gives %q", s, got, want)
		}
	}
}

func FuzzTrimCell(f *testing.F) {
	for _, s := range []string{"姓名　", "\ufeff序號", "《刑法》", "a\u2003", "\xe4\xb8"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := trimCell(s), sheet.Trim(s); got != want {
			t.Fatalf("trimCell(%q) = %q, sheet.Trim gives %q", s, got, want)
		}
	})
}

// TestImportTooLarge: a cell past MaxCell is refused quickly with
// ErrTooLarge: in a required column its row is left out (finding.Error),
// in an optional one the row is kept with the cell empty
// (finding.Warning); the other rows are kept.
func TestImportTooLarge(t *testing.T) {
	big := strings.Repeat("姓名、", MaxCell/9+1)
	rows := [][]string{{"序號", "系統名稱", "蒐集資料項目", "資料分類", "管理單位"},
		{"1", "甲", big, "甲類", "資訊處"}, {"2", "乙", "姓名", "甲類", "資訊處"}, {"3", big, "姓名", "甲類", "資訊處"}}
	recs, err := ImportRecords(rows)
	var ie *ImportError
	if len(recs) != 2 || recs[0].Serial != 1 || len(recs[0].Items) != 0 || recs[1].Serial != 2 || !errors.Is(err, ErrTooLarge) ||
		!errors.As(err, &ie) || len(ie.Problems) != 2 || ie.Problems[0].Severity != finding.Warning || ie.Problems[1].Severity != finding.Error {
		t.Errorf("ImportRecords(cells of %d bytes) = %d records, %v; want records 1 (no items) and 2, a warning and an error", len(big), len(recs), err)
	}
	s, err := ImportSummary([][]string{{"資料分級", "數量", "備註"}, {"丙類", "1", big}, {"合計", "1"}})
	if s.Closed != 1 || s.Total != 1 || len(s.Citations) != 0 || !errors.Is(err, ErrTooLarge) || !errors.As(err, &ie) || ie.Problems[0].Severity != finding.Warning {
		t.Errorf("ImportSummary(a 備註 of %d bytes) = %+v, %v; want the count kept, no citation and a warning ErrTooLarge", len(big), s, err)
	}
	s, err = ImportSummary([][]string{{"資料分級", "數量", "備註"}, {"丙類", big}, {"合計", "1"}})
	if s.Closed != 0 || s.Total != 1 || !errors.As(err, &ie) || ie.Problems[0].Severity != finding.Error {
		t.Errorf("ImportSummary(a 數量 of %d bytes) = %+v, %v; want the row left out and an error", len(big), s, err)
	}
}

// TestSplitItemsLeadingMarker: a list marker at the start of an item is
// dropped, as the doc says, also where the list does not go on in the
// cell: 一、 (the headings of 公文), 二、 alone, (一), （二）, 1. and 1).
func TestSplitItemsLeadingMarker(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want []string
	}{
		{"一、檢察統計(1.偵查新收件數、2.執行裁判確定人數)", []string{"檢察統計(1.偵查新收件數、2.執行裁判確定人數)"}},
		{"二、矯正統計(1.監獄新入監人數、在監人數及出獄人數)", []string{"矯正統計(1.監獄新入監人數、在監人數及出獄人數)"}},
		{"三、行政執行統計", []string{"行政執行統計"}},
		{"(一)收容人基本資料", []string{"收容人基本資料"}},
		{"（二）受刑人假釋資料", []string{"受刑人假釋資料"}},
		{"1.偵查新收件數", []string{"偵查新收件數"}},
		{"1)姓名、2)身分證統一編號", []string{"姓名", "身分證統一編號"}},
		{"一、 檢察統計\n二、 矯正統計", []string{"檢察統計", "矯正統計"}},
		{"十一、司法保護統計", []string{"司法保護統計"}},
		// numbers that are text stay
		{"一、二級單位", []string{"一、二級單位"}},
		{"三、四級機關名稱", []string{"三、四級機關名稱"}},
	} {
		if got := SplitItems(tt.in); !cmp.Equal(got, tt.want) {
			t.Errorf("SplitItems(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

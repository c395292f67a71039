package inventory

import (
	"errors"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// deckSummaryRows is the deck's 資料分級 table as CSV rows.
var deckSummaryRows = [][]string{
	{"資料分級", "數量", "備註"},
	{"甲類 (開放資料)", "26", ""},
	{"乙類 (有限度利用資料)", "0", ""},
	{"丙類 (不開放資料)", "65", "《政府資訊公開法》第18條第1項第1至7款\n《刑事訴訟法》第245條第1、3項\n《檔案法》第18條第2、5款\n《通訊保障及監察法》第11條第3項及第18條第1項\n《國家安全或重大利益公務人員特殊查核辦法》第4、10條規定\n《洗錢防制法》第13條第1項"},
	{"合計", "91", ""},
}

func TestImportSummaryDeck(t *testing.T) {
	s, cites, bad, err := ImportSummary(deckSummaryRows)
	if err != nil || len(bad) != 0 {
		t.Fatalf("ImportSummary(deck) = %v, %v", bad, err)
	}
	want := Summary{Open: 26, Limited: 0, Closed: 65, Total: 91, Laws: []string{
		"政府資訊公開法", "刑事訴訟法", "檔案法", "通訊保障及監察法", "國家安全或重大利益公務人員特殊查核辦法", "洗錢防制法",
	}}
	if diff := cmp.Diff(want, s); diff != "" {
		t.Errorf("ImportSummary(deck) mismatch (-want +got):\n%s", diff)
	}
	if len(cites) != 6 {
		t.Errorf("got %d citations, want 6", len(cites))
	}
	if m := s.CheckTotal(); m != nil {
		t.Errorf("CheckTotal() = %v, want nil: 26 + 0 + 65 = 91", m)
	}
}

func TestImportSummaryBad(t *testing.T) {
	rows := [][]string{
		{"本部及所屬機關資料盤點表"},
		{"資料分級", "數量", "備註"},
		{"甲類", "26"},
		{"戊類", "3"},
		{"乙類", "x"},
		{"丙類", "65", "第零條"},
		{"甲", "1"},
		{"合計"},
		{"", ""},
		{"合計", "90"},
	}
	s, cites, bad, err := ImportSummary(rows)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range bad {
		got = append(got, e.Column+"@"+strconv.Itoa(e.Row))
	}
	want := []string{"資料分級@4", "數量@5", "備註@6", "資料分級@7", "數量@8"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("problems mismatch (-want +got):\n%s\n%v", diff, bad)
	}
	if !errors.Is(bad[3], ErrDuplicate) || !errors.Is(bad[4], ErrMissing) {
		t.Errorf("problems do not wrap their sentinels: %v", bad)
	}
	if s.Open != 26 || s.Closed != 65 || s.Total != 90 || len(cites) != 0 {
		t.Errorf("good figures lost: %+v, %d citations", s, len(cites))
	}
	if m := s.CheckTotal(); len(m) != 1 || m[0].Reported != 90 || m[0].Computed != 91 {
		t.Errorf("CheckTotal() = %v, want 合計 90 vs 91", m)
	}
	if _, _, _, err := ImportSummary([][]string{{"序號", "數量"}}); !errors.Is(err, ErrNoHeader) {
		t.Errorf("no header: err = %v", err)
	}
}

func FuzzImportSummary(f *testing.F) {
	f.Add("資料分級,數量\n甲類,26\n合計,26")
	f.Add("資料分級,數量,備註\n丙類,65,《檔案法》第18條第2、5款\n合計,91")
	f.Fuzz(func(t *testing.T, text string) {
		var rows [][]string
		for _, line := range splitLines(text) {
			rows = append(rows, splitComma(line))
		}
		s, _, bad, err := ImportSummary(rows)
		if err != nil {
			return
		}
		for _, e := range bad {
			if e.Row < 1 || e.Row > len(rows) || e.Err == nil {
				t.Fatalf("bad problem %+v", e)
			}
		}
		if m := s.CheckTotal(); (m == nil) != (s.Open+s.Limited+s.Closed+s.Unclassified == s.Total) {
			t.Fatalf("CheckTotal() = %v for %+v", m, s)
		}
	})
}

func splitLines(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

func splitComma(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == ',' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

package inventory

import (
	"encoding/json"
	"errors"
	"math"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/ogdtw/governance/inventory/law"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// deckSummaryRows is the deck's 資料分級 table as CSV rows.
var deckSummaryRows = [][]string{
	{"資料分級", "數量", "備註"},
	{"甲類 (開放資料)", "26", ""},
	{"乙類 (有限度利用資料)", "0", ""},
	{"丙類 (不開放資料)", "65", "《政府資訊公開法》第18條第1項第1至7款\n《刑事訴訟法》第245條第1、3項\n《檔案法》第18條第2、5款\n《通訊保障及監察法》第11條第3項及第18條第1項\n《國家安全或重大利益公務人員特殊查核辦法》第4、10條規定\n《洗錢防制法》第13條第1項"},
	{"合計", "91", ""},
}

// allFields makes cmp compare unexported fields, those of Citation.
var allFields = cmp.Exporter(func(reflect.Type) bool { return true })

// deckCites are the deck's six citations, parsed.
func deckCites() []law.Citation {
	out := make([]law.Citation, len(deckGrounds))
	for i, g := range deckGrounds {
		out[i] = law.MustParseCitation(g)
	}
	return out
}

// summaryCases are the table tests of ImportSummary, which also seed its
// fuzz test.
var summaryCases = []struct {
	name string
	rows [][]string
	want Summary
	bad  []rowProblem
}{
	{
		name: "the deck",
		rows: deckSummaryRows,
		want: Summary{Open: 26, Closed: 65, Total: 91, Laws: deckLaws, Citations: deckCites()},
	},
	{
		name: "a byte-order mark, columns in another order, a citation a row",
		rows: [][]string{
			{"本部及所屬機關資料盤點表"},
			{"\ufeff資料分級", "備註", "數量"},
			{"甲類", "", "26"},
			{"丙類 (不開放資料)", "《檔案法》第18條第2、5款", "65"},
			{"", "《洗錢防制法》第13條第1項", ""},
			{"合　計", "", "91"},
		},
		want: Summary{Open: 26, Closed: 65, Total: 91, Laws: []string{"檔案法", "洗錢防制法"}, Citations: []law.Citation{
			law.MustParseCitation("《檔案法》第18條第2、5款"), law.MustParseCitation("《洗錢防制法》第13條第1項"),
		}},
	},
	{
		name: "bad rows reported, good figures kept",
		rows: [][]string{
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
			{"合　計", "91"},
		},
		want: Summary{Open: 26, Closed: 65, Total: 90},
		bad: []rowProblem{
			{4, "資料分級", "戊類", ErrSyntax},
			{5, "數量", "x", ErrSyntax},
			{6, "備註", "第零條", ErrRange},
			{7, "資料分級", "甲", ErrDuplicate},
			{8, "數量", "", ErrMissing},
			{11, "資料分級", "合　計", ErrDuplicate},
		},
	},
	{
		name: "counts as tables write them, grouping checked",
		rows: [][]string{
			{"資料分級", "數量"},
			{"甲類", "２，９６３"},
			{"乙類", "1,050"},
			{"丙類", "六十五"},
			{"未分類", "29,63"},
			{"未分類", "1,2,3"},
			{"未分類", "2,,963"},
			{"未分類", "12 3"},
			{"未分類", "1,000,000,000,000"},
			{"合計", "4,078"},
		},
		want: Summary{Open: 2963, Limited: 1050, Closed: 65, Total: 4078, Unknown: FieldsOf(FieldGrounds)},
		bad: []rowProblem{
			{5, "數量", "29,63", ErrSyntax},
			{6, "數量", "1,2,3", ErrSyntax},
			{7, "數量", "2,,963", ErrSyntax},
			{8, "數量", "12 3", ErrSyntax},
			{9, "數量", "1,000,000,000,000", ErrRange},
		},
	},
	{
		name: "a 備註 without a row above",
		rows: [][]string{{"資料分級", "數量", "備註"}, {"", "", "《檔案法》第18條"}, {"合計", "0"}},
		bad:  []rowProblem{{2, "資料分級", "", ErrMissing}},
	},
	{
		name: "a column named twice",
		rows: [][]string{{"資料分級", "數量", "筆數"}, {"合計", "0", "1"}},
		want: Summary{Unknown: FieldsOf(FieldGrounds)},
		bad:  []rowProblem{{1, "筆數", "筆數", ErrDuplicate}},
	},
	{
		name: "no header",
		rows: [][]string{{"序號", "名稱"}},
		bad:  []rowProblem{{1, "資料分級", "", ErrNoHeader}, {1, "數量", "", ErrNoHeader}},
	},
}

func TestImportSummary(t *testing.T) {
	for _, tt := range summaryCases {
		t.Run(tt.name, func(t *testing.T) {
			s, err := ImportSummary(tt.rows)
			checkProblems(t, err, tt.bad)
			if diff := cmp.Diff(tt.want, s, cmpopts.EquateEmpty(), allFields); diff != "" {
				t.Errorf("ImportSummary mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestImportSummaryDeck(t *testing.T) {
	s, err := ImportSummary(deckSummaryRows)
	if err != nil {
		t.Fatal(err)
	}
	if m := s.CheckTotal(); m != nil {
		t.Errorf("CheckTotal() = %v, want nil: 26 + 0 + 65 = 91", m)
	}
	s.Total = 90
	m := s.CheckTotal()
	if len(m) != 1 || m[0].Printed != 90 || m[0].Computed != 91 || m[0].Code != "inventory.summary-total" {
		t.Errorf("CheckTotal() = %v, want 合計 90 vs 91", m)
	}
}

// TestSummaryRecordsRoundTrip: ImportSummary reads back what Records
// writes, for the deck's table as printed and as computed from records.
func TestSummaryRecordsRoundTrip(t *testing.T) {
	printed, err := ImportSummary(deckSummaryRows)
	if err != nil {
		t.Fatal(err)
	}
	computed := Summarize(deckInventory())
	computed.Unclassified, computed.Total = 2, computed.Total+2
	for _, s := range []Summary{printed, computed, {Open: 1, Total: 1}, {Closed: 3, Total: 3, Laws: []string{"檔案法"}}} {
		back, err := ImportSummary(s.Records())
		if err != nil {
			t.Fatalf("ImportSummary(%q): %v", s.Records(), err)
		}
		if diff := cmp.Diff(s, back, cmpopts.EquateEmpty(), allFields); diff != "" {
			t.Errorf("ImportSummary(Records()) mismatch (-want +got):\n%s", diff)
		}
	}
}

func TestSummaryRecordsDeck(t *testing.T) {
	s, err := ImportSummary(deckSummaryRows)
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		{"資料分級", "數量", "備註"},
		{"甲類 (開放資料)", "26", ""},
		{"乙類 (有限度利用資料)", "0", ""},
		{"丙類 (不開放資料)", "65", "《政府資訊公開法》第18條第1項第1至7款"},
		{"", "", "《刑事訴訟法》第245條第1、3項"},
		{"", "", "《檔案法》第18條第2、5款"},
		{"", "", "《通訊保障及監察法》第11條第3項、第18條第1項"},
		{"", "", "《國家安全或重大利益公務人員特殊查核辦法》第4、10條"},
		{"", "", "《洗錢防制法》第13條第1項"},
		{"合計", "91", ""},
	}
	if diff := cmp.Diff(want, s.Records()); diff != "" {
		t.Errorf("Records() mismatch (-want +got):\n%s", diff)
	}
}

func FuzzImportSummary(f *testing.F) {
	for _, tt := range summaryCases {
		f.Add(joinTable(tt.rows))
	}
	f.Add(joinTable([][]string{{"資料分級", "數量"}, {"甲類", "26"}, {"合計", "26"}}))
	f.Fuzz(func(t *testing.T, table string) {
		rows := splitTable(table)
		s, good, err := importSummary(rows)
		data := dataRows(&summarySpec, rows)
		bad := problemRows(t, err, data)
		if good+len(bad) != len(data) {
			t.Fatalf("%d good rows and %d rows with problems from %d data rows", good, len(bad), len(data))
		}
		if m := s.CheckTotal(); (m == nil) != (s.Open+s.Limited+s.Closed+s.Unclassified == s.Total) {
			t.Fatalf("CheckTotal() = %v for %+v", m, s)
		}
		if err == nil {
			back, err := ImportSummary(s.Records())
			if err != nil || !cmp.Equal(back.Records(), s.Records()) || back.Unknown != s.Unknown {
				t.Fatalf("ImportSummary(%q) = %q, %v, unknown %v; want unknown %v", s.Records(), back.Records(), err, back.Unknown, s.Unknown)
			}
			if s.Unknown.Has(FieldGrounds) && (len(s.Laws) != 0 || len(s.Citations) != 0) {
				t.Fatalf("a table without 備註 lists laws: %+v", s)
			}
		}
	})
}

func TestImportSummaryErrorsIs(t *testing.T) {
	_, err := ImportSummary([][]string{{"資料分級", "數量"}, {"合計", "x"}})
	var pe *ParseError
	if !errors.Is(err, ErrSyntax) || !errors.As(err, &pe) || pe.Input != "x" {
		t.Errorf("error %v: want a ParseError of x wrapping ErrSyntax", err)
	}
}

// TestCheckTotalOverflow: a sum past the range of int is reported, not
// wrapped round to a total that matches.
func TestCheckTotalOverflow(t *testing.T) {
	s := Summary{Open: math.MaxInt, Limited: 1, Total: math.MinInt}
	m := s.CheckTotal()
	if len(m) != 1 || m[0].Computed != math.MaxInt || m[0].Code != "inventory.summary-total" {
		t.Errorf("CheckTotal(%+v) = %v, want the total reported, computed saturated at math.MaxInt", s, m)
	}
}

// A printed table without a 備註 column lists laws that are unknown, not
// none: ImportSummary says so, Records writes the table back without the
// column, and CheckSummary checks the counts but no law. The same table
// with a 備註 column left blank lists no law, and is wrong for it.
func TestSummaryWithoutNotes(t *testing.T) {
	inv := Inventory{Records: []Record{
		{Serial: 1, Name: "甲", Class: Open, Unit: "資訊處"},
		{Serial: 2, Name: "乙", Class: Closed, Unit: "資訊處", Grounds: NewGrounds("《刑法》第1條")},
		{Serial: 3, Name: "丙", Class: Closed, Unit: "資訊處", Grounds: NewGrounds("《民法》第1條")},
	}}
	s, err := ImportSummary([][]string{{"資料分級", "數量"}, {"甲類", "1"}, {"丙類", "2"}, {"合計", "3"}})
	if err != nil || !s.Unknown.Has(FieldGrounds) || s.Unknown.Len() != 1 || len(s.Laws) != 0 {
		t.Fatalf("ImportSummary without 備註 = %+v, %v; want the grounds unknown", s, err)
	}
	if head := s.Records()[0]; len(head) != 2 {
		t.Errorf("Records writes the header %q; want no 備註 column", head)
	}
	back, err := ImportSummary(s.Records())
	if diff := cmp.Diff(s, back, cmpopts.EquateEmpty()); err != nil || diff != "" {
		t.Errorf("ImportSummary(Records()) = %v (-want +got):\n%s", err, diff)
	}
	b, err := json.Marshal(s)
	var fromJSON Summary
	if err == nil {
		err = json.Unmarshal(b, &fromJSON)
	}
	if err != nil || !fromJSON.Unknown.Has(FieldGrounds) || !strings.Contains(string(b), `"unknown":["法令依據"]`) {
		t.Errorf("JSON %s read back as %+v, %v; want the grounds unknown", b, fromJSON, err)
	}
	if m := CheckSummary(s, inv); len(m) != 0 {
		t.Errorf("CheckSummary of a table without 備註 = %v; want no mismatch: its laws are unknown", m)
	}
	s.Open = 2
	if m := CheckSummary(s, inv); len(m) != 1 || m[0].Figure != FigureOpen {
		t.Errorf("CheckSummary of a wrong count without 備註 = %v; want the count's mismatch alone", m)
	}

	blank, err := ImportSummary([][]string{{"資料分級", "數量", "備註"}, {"甲類", "1", ""}, {"丙類", "2", ""}, {"合計", "3", ""}})
	if err != nil || blank.Unknown.Len() != 0 {
		t.Fatalf("ImportSummary with a blank 備註 = %+v, %v; want everything known", blank, err)
	}
	var codes []string
	for _, m := range CheckSummary(blank, inv) {
		codes = append(codes, m.Code)
	}
	if want := []string{"inventory.summary-count", "inventory.law-not-listed", "inventory.law-not-listed"}; !slices.Equal(codes, want) {
		t.Errorf("CheckSummary of a blank 備註 = %q, want %q", codes, want)
	}
}

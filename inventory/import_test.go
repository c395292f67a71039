package inventory

import (
	"errors"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/internal/errs"
)

// deckRows are the deck's two records as a spreadsheet exports them, with
// the title rows above the header and the header's line breaks.
func deckRows() [][]string {
	return [][]string{
		{"本部及所屬機關資料盤點表"},
		{"111.5.19", ""},
		{"序號", "系統、資料庫名稱", "系統、資料庫描述", "蒐集資料項目", "資料分類\n甲類:開放資料\n乙類:有限度利用資料\n丙類:不開放資料", "管理單位", "修正說明"},
		{"82", "法務統計資料庫系統", "法務統計資料庫系統",
			"一、檢察統計(1.偵查新收件數及人數、2.偵查終結件數及人數、起訴人數、3.執行裁判確定人數、有罪人數)\n" +
				"二、矯正統計(1.監獄新入監人數、在監人數及出獄人數、2.假釋及核准撤銷假釋情形、3.其他矯正機關之新入所(校)人數、出所(校)人數、在所(校)人數)\n" +
				"三、行政執行統計(1.執行案件新收件數及終結件數、2.執行案件徵起金額及待執行金額)\n" +
				"四、司法保護統計(1.申請犯罪被害補償金事件新收件數及終結件數、2.社區處遇終結案件應履行及實際履行時數)",
			"甲類", "本部統計處", "配合敦品中學及勵志中學改制，酌修機關名稱，將相關文字內之「院」修正為「校」。(如紅字標示處)"},
		{"86", "廉政業務管理系統", "廉政業務管理系統係整合國家廉政網路，辦理肅貪、防貪業務，並整合貪瀆情資知識庫之功能。",
			"防貪肅貪政風業務常見問題(常見問題查詢)", "丙類", "廉政署",
			"配合業務異動，「廉政業務管理系統」已由廉政署業管維運，故將管理單位由本部資訊處改為廉政署。 (如紅字標示處)"},
	}
}

func TestImportRecordsDeck(t *testing.T) {
	recs, err := ImportRecords(deckRows())
	if err != nil {
		t.Fatalf("ImportRecords(deck) = %v", err)
	}
	n82 := record82()
	for i, it := range n82.Items {
		n82.Items[i] = strings.ReplaceAll(it, "(院)", "(校)")
	}
	n82.Row = 4
	n82.Note = "配合敦品中學及勵志中學改制，酌修機關名稱，將相關文字內之「院」修正為「校」。(如紅字標示處)"
	n86 := record86()
	n86.Row = 5
	n86.Unit, n86.Grounds = "廉政署", nil
	n86.Note = "配合業務異動，「廉政業務管理系統」已由廉政署業管維運，故將管理單位由本部資訊處改為廉政署。 (如紅字標示處)"
	// The excerpt has no 法令依據 or 利用條件 column: they are unknown.
	n82.Unknown = FieldsOf(FieldGrounds, FieldConditions)
	n86.Unknown = n82.Unknown
	if diff := cmp.Diff([]Record{n82, n86}, recs, allFields); diff != "" {
		t.Errorf("ImportRecords(deck) mismatch (-want +got):\n%s", diff)
	}
}

// rowProblem is what a test expects of a *RowError.
type rowProblem struct {
	Row    int
	Column string
	Input  string
	Err    error
}

// noDescNote is the unknown fields of a table without 系統、資料庫描述 and
// 修正說明 columns.
var noDescNote = FieldsOf(FieldDescription, FieldNote)

// importCases are the table tests of ImportRecords, which also seed its
// fuzz test.
var importCases = []struct {
	name string
	rows [][]string
	want []Record
	bad  []rowProblem
}{
	{
		name: "columns in any order, bad rows reported, good rows kept",
		rows: [][]string{
			{"", ""},
			{"管理 單位", "資料分類", "系統/資料庫\n名稱", "序　號", "法源依據", "利用條件", "蒐集資料項目", "其他"},
			{"統計處", "甲", "統計系統", "1", "", "", "姓名、性別；出生日期"},
			{"保護司", "乙類：有限度利用資料", "更生系統", "２", "1.個資法第16條\n2.檔案法第18條", "學術研究", "一、個案(姓名、案號) 二、處遇"},
			{"資訊處", "丁類", "壞系統", "3"},
			{"資訊處", "丙", "無號系統", ""},
			{"資訊處", "丙", "錯號系統", "三x"},
			{"資訊處", "丙", "零號系統", "0"},
			{"", "", "", ""},
			{"廉政署", "", "短列"},
			{"廉政署", "丙類", "中文號", "十二", "《洗錢防制法》第13條第1項"},
		},
		want: []Record{
			{Row: 3, Serial: 1, Name: "統計系統", Items: []string{"姓名", "性別", "出生日期"}, Class: Open, Unit: "統計處", Unknown: noDescNote},
			{Row: 4, Serial: 2, Name: "更生系統", Items: []string{"個案(姓名、案號)", "處遇"}, Class: Limited, Unit: "保護司",
				Grounds: NewGrounds("個資法第16條", "檔案法第18條"), Conditions: "學術研究", Unknown: noDescNote},
			{Row: 11, Serial: 12, Name: "中文號", Class: Closed, Unit: "廉政署", Grounds: NewGrounds("《洗錢防制法》第13條第1項"), Unknown: noDescNote},
		},
		bad: []rowProblem{
			{5, "資料分類", "丁類", ErrSyntax},
			{6, "序　號", "", ErrMissing},
			{7, "序　號", "三x", ErrSyntax},
			{8, "序　號", "0", ErrRange},
			{10, "序　號", "", ErrMissing},
		},
	},
	{
		name: "a byte-order mark before the first header",
		rows: [][]string{
			{"\ufeff序號", "系統、資料庫名稱", "資料分類", "管理單位"},
			{"1", "甲", "甲類", "資訊處"},
		},
		want: []Record{{Row: 2, Serial: 1, Name: "甲", Class: Open, Unit: "資訊處",
			Unknown: FieldsOf(FieldDescription, FieldItems, FieldGrounds, FieldConditions, FieldNote)}},
	},
	{
		name: "a column named twice",
		rows: [][]string{
			{"標題"},
			{"序號", "系統、資料庫名稱", "資料分類", "管理單位", "法令依據", "法源依據"},
			{"1", "甲", "丙類", "資訊處", "檔案法第18條", "刑事訴訟法第245條"},
		},
		want: []Record{{Row: 3, Serial: 1, Name: "甲", Class: Closed, Unit: "資訊處", Grounds: NewGrounds("檔案法第18條"),
			Unknown: FieldsOf(FieldDescription, FieldItems, FieldConditions, FieldNote)}},
		bad: []rowProblem{{2, "法源依據", "法源依據", ErrDuplicate}},
	},
	{
		name: "no header",
		rows: [][]string{{"資料盤點表"}, {"1", "甲"}},
		bad: []rowProblem{
			{1, "序號", "", ErrNoHeader}, {1, "系統、資料庫名稱", "", ErrNoHeader},
			{1, "資料分類", "", ErrNoHeader}, {1, "管理單位", "", ErrNoHeader},
		},
	},
	{
		name: "a header lacking a column",
		rows: [][]string{{"序號", "系統、資料庫名稱", "資料分類"}, {"1", "甲", "甲類"}},
		bad:  []rowProblem{{1, "管理單位", "", ErrNoHeader}},
	},
	{name: "empty", rows: nil, bad: []rowProblem{
		{1, "序號", "", ErrNoHeader}, {1, "系統、資料庫名稱", "", ErrNoHeader},
		{1, "資料分類", "", ErrNoHeader}, {1, "管理單位", "", ErrNoHeader},
	}},
}

// checkProblems compares the problems of an importer's error with want.
func checkProblems(t *testing.T, err error, want []rowProblem) {
	t.Helper()
	if len(want) == 0 {
		if err != nil {
			t.Fatalf("error %v, want none", err)
		}
		return
	}
	var ie *ImportError
	if !errors.As(err, &ie) {
		t.Fatalf("error %v is not an *ImportError", err)
	}
	if ie.Code() != "inventory.import" || !strings.HasPrefix(ie.Error(), "inventory: ") {
		t.Errorf("ImportError code %q, message %q", ie.Code(), ie.Error())
	}
	if len(ie.Problems) != len(want) {
		t.Fatalf("%d problems, want %d: %v", len(ie.Problems), len(want), ie.Problems)
	}
	for i, b := range ie.Problems {
		w := want[i]
		if b.Row != w.Row || b.Column != w.Column || b.Input != w.Input || !errors.Is(b, w.Err) || !errors.Is(err, w.Err) {
			t.Errorf("problem[%d] = %+v (%v), want %+v", i, *b, b, w)
		}
		if !strings.HasPrefix(b.Error(), "inventory: row ") || strings.Count(b.Error(), "inventory") != 1 {
			t.Errorf("message %q", b.Error())
		}
		if b.Code() != "inventory."+errs.Kind(errs.Code(w.Err)) {
			t.Errorf("problem[%d].Code() = %q, want the kind of %v", i, b.Code(), w.Err)
		}
	}
}

func TestImportRecords(t *testing.T) {
	for _, tt := range importCases {
		t.Run(tt.name, func(t *testing.T) {
			recs, err := ImportRecords(tt.rows)
			checkProblems(t, err, tt.bad)
			if diff := cmp.Diff(tt.want, recs, cmpopts.EquateEmpty(), allFields); diff != "" {
				t.Errorf("ImportRecords records mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestSplitItems(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"姓名、性別", []string{"姓名", "性別"}},
		{"姓名，性別,電話", []string{"姓名", "性別", "電話"}},
		{"1.姓名、2.性別", []string{"姓名", "性別"}},
		{"一、檢察統計(1.偵查、2.執行) 二、矯正統計", []string{"檢察統計(1.偵查、2.執行)", "矯正統計"}},
		{"（一）案號\n（二）案由", []string{"案號", "案由"}},
		{"防貪肅貪政風業務常見問題(常見問題查詢)", []string{"防貪肅貪政風業務常見問題(常見問題查詢)"}},
		{"一般民眾、二級單位", []string{"一般民眾", "二級單位"}},
		{"a)b、c", []string{"a)b", "c"}},
		{"• 甲\n• 乙", []string{"甲", "乙"}},
		{"(1)案號 (2)案由", []string{"案號", "案由"}},
		{"1、姓名 2、性別", []string{"姓名", "性別"}},
		{"1、姓名、性別\n2、出生日期", []string{"姓名", "性別", "出生日期"}},
		{"1、2019年資料 2、2020年資料", []string{"2019年資料", "2020年資料"}},
		{"1、108、109年統計\n2、人數", []string{"108、109年統計", "人數"}},
		{"１、姓名\n２、性別", []string{"姓名", "性別"}},
		{"1,000筆資料、其他", []string{"1,000筆資料", "其他"}},
	}
	for _, tt := range tests {
		if got := SplitItems(tt.in); !cmp.Equal(got, tt.want) {
			t.Errorf("SplitItems(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// recordRows writes records as a spreadsheet would: a header and a row
// per record, items and grounds one a line. A column unknown in every
// record is left out, so that it reads back unknown.
func recordRows(recs []Record) [][]string {
	header := []string{"序號", "系統、資料庫名稱", "系統、資料庫描述", "蒐集資料項目", "資料分類", "管理單位", "修正說明", "法令依據", "利用條件"}
	fields := []Field{NoField, FieldName, FieldDescription, FieldItems, FieldClass, FieldUnit, FieldNote, FieldGrounds, FieldConditions}
	unknown := ^FieldSet(0)
	for _, r := range recs {
		unknown &= r.Unknown
	}
	keep := func(row []string) []string {
		var out []string
		for c, cell := range row {
			if !unknown.Has(fields[c]) {
				out = append(out, cell)
			}
		}
		return out
	}
	rows := [][]string{keep(header)}
	for _, r := range recs {
		rows = append(rows, keep([]string{strconv.Itoa(r.Serial), r.Name, r.Description, strings.Join(r.Items, "\n"),
			r.Class.String(), r.Unit, r.Note, strings.Join(texts(r.Grounds), "\n"), r.Conditions}))
	}
	return rows
}

// TestImportRecordsRoundTrip: records written as rows are read back the
// same, each at its new row, with the same columns unknown; records of
// tables with other columns, written together, read back with every
// column some table gives known.
func TestImportRecordsRoundTrip(t *testing.T) {
	deck, err := ImportRecords(deckRows())
	if err != nil {
		t.Fatal(err)
	}
	var all []Record
	tables := [][]Record{deck}
	for _, tt := range importCases {
		tables = append(tables, tt.want)
	}
	for _, recs := range append(tables, nil) {
		if recs == nil { // every table's records in one
			var shared FieldSet = ^FieldSet(0)
			for _, r := range all {
				shared &= r.Unknown
			}
			recs = slices.Clone(all)
			for i := range recs {
				recs[i].Unknown = shared
			}
		} else {
			all = append(all, recs...)
		}
		if len(recs) == 0 {
			continue
		}
		back, err := ImportRecords(recordRows(recs))
		if err != nil {
			t.Fatal(err)
		}
		want := slices.Clone(recs)
		for i := range want {
			want[i].Row = i + 2
		}
		if diff := cmp.Diff(want, back, cmpopts.EquateEmpty(), allFields); diff != "" {
			t.Errorf("ImportRecords(recordRows(recs)) mismatch (-want +got):\n%s", diff)
		}
	}
}

// TestImportSeverity: a header that lacks a required column is
// ErrNoHeader (inventory.no-header, 表頭未列此欄), never the code of an
// empty cell; an empty required cell is ErrMissing; both are
// finding.Error.
func TestImportSeverity(t *testing.T) {
	_, err := ImportRecords([][]string{{"序號", "系統、資料庫名稱", "資料分類"}, {"1", "法務統計資料庫系統", "甲類"}})
	var ie *ImportError
	if !errors.As(err, &ie) || len(ie.Problems) != 1 || !errors.Is(ie.Problems[0], ErrNoHeader) || errors.Is(ie.Problems[0], ErrMissing) ||
		ie.Problems[0].Code() != "inventory.no-header" || ie.Problems[0].Severity != finding.Error || ie.Problems[0].Column != "管理單位" {
		t.Errorf("ImportRecords(no 管理單位 column) = %v, want one ErrNoHeader error", err)
	}
	if got := ie.Problems[0].Message(finding.Chinese); !strings.Contains(got, "表頭未列此欄") {
		t.Errorf("Message = %q, want 表頭未列此欄", got)
	}
	_, err = ImportRecords([][]string{{"序號", "系統、資料庫名稱", "資料分類", "管理單位"}, {"1", "法務統計資料庫系統", "甲類", ""}, {"", "x", "甲類", "統計處"}})
	if !errors.As(err, &ie) || len(ie.Problems) != 1 || !errors.Is(ie.Problems[0], ErrMissing) || ie.Problems[0].Severity != finding.Error {
		t.Errorf("ImportRecords(empty 序號) = %v, want one ErrMissing error", err)
	}
	// A 備註 citation that does not parse keeps the 丙類 count.
	s, err := ImportSummary([][]string{{"資料分級", "數量", "備註"}, {"丙類", "65", "《檔案法》第0條"}, {"合計", "65"}})
	if !errors.As(err, &ie) || len(ie.Problems) != 1 || ie.Problems[0].Severity != finding.Warning || s.Closed != 65 {
		t.Errorf("ImportSummary(a bad 備註) = %+v, %v; want 丙類 65 kept and one warning", s, err)
	}
}

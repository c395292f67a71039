package actions_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/ogdtw/governance/actions"
	"github.com/ogdtw/governance/finding"
)

// deckOutline is the deck's 大綱 as rows, in the forms a sheet may
// write the numbers.
var deckOutline = [][]string{
	{"法務部政府資料開放諮詢小組111年度第1次會議"},
	{"\ufeff大綱", "標題"},
	{"一", "上次會議決議事項辦理情形"},
	{"二、", "報告事項"},
	{"二(一)", "「本部及所屬機關資料盤點表」及「民間需求回應說明」"},
	{"（二）", "「本部及所屬機關於政府資料開放平臺之資料開放推動成果」"},
	{"二、(三)", "修訂「法務部及所屬機關政府資料開放行動方案」"},
	{"( 4 )", "「本部及所屬機關資料集申請下架情形」"},
	{"", ""},
	{"3", "臨時動議"},
}

func TestImportOutline(t *testing.T) {
	o, err := actions.ImportOutline(deckOutline)
	if err != nil {
		t.Fatal(err)
	}
	want := []actions.Part{
		{Number: "一", Title: "上次會議決議事項辦理情形"},
		{Number: "二", Title: "報告事項", Parts: []actions.Part{
			{Number: "(一)", Title: "「本部及所屬機關資料盤點表」及「民間需求回應說明」"},
			{Number: "(二)", Title: "「本部及所屬機關於政府資料開放平臺之資料開放推動成果」"},
			{Number: "(三)", Title: "修訂「法務部及所屬機關政府資料開放行動方案」"},
			{Number: "(四)", Title: "「本部及所屬機關資料集申請下架情形」"},
		}},
		{Number: "三", Title: "臨時動議"},
	}
	if diff := cmp.Diff(want, o.Parts); diff != "" {
		t.Fatalf("ImportOutline (-want +got):\n%s", diff)
	}
	for _, tt := range []struct {
		number, title string
		ok            bool
	}{
		{"二(三)", "修訂「法務部及所屬機關政府資料開放行動方案」", true},
		{"二、（四）", "「本部及所屬機關資料集申請下架情形」", true},
		{"2(1)", "「本部及所屬機關資料盤點表」及「民間需求回應說明」", true},
		{"三", "臨時動議", true},
		{"二(五)", "", false},
		{"三(一)", "", false},
		{"四", "", false},
		{"(一)", "", false},
		{"x", "", false},
	} {
		p, ok := o.Part(tt.number)
		if ok != tt.ok || p.Title != tt.title {
			t.Errorf("Part(%q) = %v, %v; want %q, %v", tt.number, p, ok, tt.title, tt.ok)
		}
	}
}

func TestImportOutlineProblems(t *testing.T) {
	rows := [][]string{
		{"項次", "名稱"},
		{"一", "上次會議決議事項辦理情形"},
		{"(一)", "甲"},  // good: within 一
		{"五(一)", "乙"}, // 五 not given
		{"x", "丙"},    // not a number
		{"〇", "丁"},    // zero
		{"一", "戊"},    // duplicate
		{"二", ""},     // no title
		{"", "己"},     // no number
		{"二", "報告事項"}, // good
		{"二(0)", "庚"}, // zero
		{"二(一", "辛"},  // unclosed
	}
	o, err := actions.ImportOutline(rows)
	var ie *actions.ImportError
	if !errors.As(err, &ie) {
		t.Fatalf("ImportOutline error = %v, want an *ImportError", err)
	}
	type problem struct {
		Row int
		Err error
	}
	want := []problem{{4, actions.ErrMissing}, {5, actions.ErrSyntax}, {6, actions.ErrRange}, {7, actions.ErrDuplicate},
		{8, actions.ErrMissing}, {9, actions.ErrMissing}, {11, actions.ErrRange}, {12, actions.ErrSyntax}}
	if len(ie.Problems) != len(want) {
		t.Fatalf("problems = %v, want %d", ie.Problems, len(want))
	}
	for i, p := range ie.Problems {
		if p.Row != want[i].Row || !errors.Is(p, want[i].Err) || p.Severity != finding.Error {
			t.Errorf("problem %d = %v (%v), want row %d %v, an error", i, p, p.Severity, want[i].Row, want[i].Err)
		}
	}
	if len(o.Parts) != 2 || len(o.Parts[0].Parts) != 1 || o.Parts[1].Title != "報告事項" {
		t.Errorf("good rows not kept: %v", o.Parts)
	}
	_, err = actions.ImportOutline([][]string{{"大綱"}, {"一"}})
	if !errors.As(err, &ie) || !errors.Is(ie.Problems[0], actions.ErrNoHeader) || ie.Problems[0].Row != 1 || ie.Problems[0].Column != actions.ColTitle {
		t.Errorf("ImportOutline without 標題: %v, want ErrNoHeader at row 1", err)
	}
}

func TestOutlineMessage(t *testing.T) {
	o, _ := actions.ImportOutline(deckOutline)
	o.Meeting, o.Unit = deckMeeting, "資訊處"
	zh := "111年度第1次會議\n報告單位：資訊處\n大綱\n一、上次會議決議事項辦理情形\n二、報告事項\n" +
		"　（一）「本部及所屬機關資料盤點表」及「民間需求回應說明」\n　（二）「本部及所屬機關於政府資料開放平臺之資料開放推動成果」\n" +
		"　（三）修訂「法務部及所屬機關政府資料開放行動方案」\n　（四）「本部及所屬機關資料集申請下架情形」\n三、臨時動議\n"
	if got := o.String(); got != zh {
		t.Errorf("String =\n%s\nwant\n%s", got, zh)
	}
	en := o.Message(finding.English)
	if want := "3. 臨時動議\n"; en[len(en)-len(want):] != want || !strings.Contains(en, "Reporting unit: 資訊處\nOutline\n1. ") || !strings.Contains(en, "   (4) ") {
		t.Errorf("English =\n%s", en)
	}
}

// TestImportOutlineCellSize checks the cell limit: a cell of MaxCell bytes
// is read, one byte more is a problem of its row (ErrTooLarge), whose
// Detail names both sizes; the other rows are kept.
func TestImportOutlineCellSize(t *testing.T) {
	title := "報告事項" + strings.Repeat("。", (actions.MaxCell-len("報告事項"))/len("。"))
	title += strings.Repeat(" ", actions.MaxCell-len(title)-1) + "x"
	rows := [][]string{{"大綱", "標題"}, {"一", title}, {"二", title + "x"}, {"三", "臨時動議"}}
	o, err := actions.ImportOutline(rows)
	var ie *actions.ImportError
	if !errors.As(err, &ie) || len(ie.Problems) != 1 {
		t.Fatalf("ImportOutline error = %v, want one problem", err)
	}
	p := ie.Problems[0]
	var pe *actions.ParseError
	if p.Row != 3 || !errors.Is(p, actions.ErrTooLarge) || !errors.As(p, &pe) || pe.Detail != "cell of 1048577 bytes, over the limit of 1048576" {
		t.Errorf("problem = %v, want row 3 too large, cell of 1048577 bytes, over the limit of 1048576", p)
	}
	if len(o.Parts) != 2 || len(o.Parts[0].Title) != actions.MaxCell || o.Parts[1].Title != "臨時動議" {
		t.Errorf("good rows not kept: %d parts", len(o.Parts))
	}
}

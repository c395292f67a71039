package requests

import (
	"strings"
	"testing"

	"github.com/ogdtw/governance/finding"
)

// TestResults renders every result type of the deck's tables through
// finding.Text and finding.JSON, and checks what each Head says.
func TestResults(t *testing.T) {
	q, c := deckTable(t, deckByQuarterCSV), deckTable(t, deckByCategoryCSV)
	rec := q.Reconcile()
	checks := rec.Checks()
	tests := []struct {
		r    finding.Result
		head finding.Head
		zh   string
	}{
		{checks[0], finding.Head{Code: "requests.row-total", Verdict: finding.Passed, Row: 2, Column: "合計"}, "105年列合計載為23，各格加總為23"},
		{checks[6], finding.Head{Code: "requests.row-total", Verdict: finding.Unchecked, Row: 8, Column: "合計"}, "111年列合計未載，無從核對（各格加總為0）"},
		{checks[7], finding.Head{Code: "requests.column-total", Severity: finding.Error, Verdict: finding.Failed, Row: 9, Column: "第1季"}, "第1季欄合計載為13，各格加總為11"},
		{checks[11], finding.Head{Code: "requests.grand-total", Severity: finding.Error, Verdict: finding.Failed, Row: 9, Column: "合計"}, "總計載為71，各格加總為60"},
		{rec.Findings()[0], finding.Head{Code: "requests.column-total", Severity: finding.Error, Verdict: finding.Failed, Row: 9, Column: "第1季"}, "錯誤：第1季欄合計載為13，各列加總為11，合計多2"},
		{rec.Findings()[3], finding.Head{Code: "requests.missing-row", Severity: finding.Notice, Row: 9, Column: "合計"}, ""},
		{&RowError{Row: 3, Column: "收件日期", Err: ErrMissing, Severity: finding.Error}, finding.Head{Code: "requests.missing", Severity: finding.Error, Row: 3, Column: "收件日期"}, "第3列「收件日期」欄：未填"},
	}
	cmpr := CompareTables(q, c)
	for _, k := range cmpr.Checks() {
		if k.Year == 105 && !k.Sums {
			tests = append(tests, struct {
				r    finding.Result
				head finding.Head
				zh   string
			}{k, finding.Head{Code: "requests.cross-year-total", Verdict: finding.Passed, Row: 2, Column: "合計"}, "105年列合計兩表分別為23及23"})
		}
	}
	for _, f := range cmpr.Findings() {
		if f.Code == "requests.cross-notation" && f.Head().Verdict != finding.NoVerdict {
			t.Errorf("a notice with a verdict: %+v", f.Head())
		}
	}
	for _, tt := range tests {
		if got := tt.r.Head(); got != tt.head {
			t.Errorf("%v: Head() = %+v, want %+v", tt.r, got, tt.head)
		}
		if got := tt.r.Message(finding.Chinese); tt.zh != "" && got != tt.zh {
			t.Errorf("Message(Chinese) = %q, want %q", got, tt.zh)
		}
		if en := tt.r.Message(finding.English); en == "" || strings.Contains(en, "%!") {
			t.Errorf("Message(English) = %q", en)
		}
	}
	text := finding.Text(finding.Chinese, checks)
	if !strings.HasPrefix(text, "符合　105年列合計載為23，各格加總為23\n") || strings.Count(text, "\n") != len(checks) {
		t.Errorf("finding.Text of the checks:\n%s", text)
	}
	if b, err := finding.JSON(finding.Chinese, cmpr.Checks()); err != nil || !strings.Contains(string(b), `"verdict":"無法查核"`) {
		t.Errorf("finding.JSON: %s, %v", b, err)
	}
}

package requests

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/internal/jsontest"
)

func TestJSON(t *testing.T) {
	tab := deckTable(t, deckByQuarterCSV)
	reqs := deckRequests(t)
	rep, err := ReplyTimes(repliesFixture(), d("111年5月19日"), 30)
	if err != nil {
		t.Fatal(err)
	}
	req := Request{ID: "111-01", Received: d("111年1月3日"), Category: DownloadLink, Dataset: 87010,
		Summary: "連結失效", Reply: "已更新", Replied: d("111年1月10日"), Concern: ProcessOrSystem, Row: 3}
	cmpr := CompareTables(tab, deckTable(t, deckByCategoryCSV))
	jsontest.Check(t, ".", map[string]any{
		"CellCheck":      CellCheck{Year: 108, Label: "108年", Index: 1, Column: "內容有誤", Row: 3, Printed: Figure(4), Counted: 5, Pending: 1, Reason: ReasonPending, Verdict: finding.Unchecked},
		"CellChecks":     deckTable(t, deckByQuarterCSV).CheckCells(reqs),
		"Comparison":     cmpr,
		"CrossCheck":     cmpr.Checks()[12],
		"CrossFinding":   cmpr.Findings()[0],
		"Axis":           ByCategory,
		"Category":       NewDataset,
		"Cell":           Figure(0).WithNote("截至5月"),
		"Check":          Check{Kind: ColumnTotal, Index: 1, Row: 9, Label: "第2季", Printed: 28, Computed: 19},
		"Concern":        CrossMinistry,
		"Finding":        tab.Reconcile().Findings()[3],
		"FindingKind":    MissingRow,
		"ImportError":    &ImportError{Problems: []*RowError{{Row: 4, Column: "類別", Input: "抱怨", Err: perr("ParseCategory", "抱怨", ErrSyntax, "requests.syntax.category")}, {Row: 5, Column: "編號", Err: ErrMissing}}},
		"ParseError":     perr("ImportRequests", "111年1月1日", ErrRange, "requests.range.replied", "111年1月3日"),
		"Reconciliation": tab.Reconcile(),
		"ReplyReport":    rep,
		"ReplyTime":      rep.Times()[1],
		"Request":        req,
		"Route":          ImprovementSchedule,
		"Row":            tab.Rows[6],
		"RowError":       &RowError{Row: 8, Column: "序號", Input: "A", Err: perr("ImportRequests", "A", ErrDuplicate, "requests.duplicate.id", 2), Severity: finding.Error},
		"Table":          tab,
		"Tally":          CountByCategory(reqs, 105, 111),
	})
}

func TestJSONForms(t *testing.T) {
	tests := []struct {
		v    any
		want string
	}{
		{DownloadLink, `"下載連結問題"`},
		{NoCategory, `"未分類"`},
		{OwnRegulation, `"主管法規疑義"`},
		{ImprovementSchedule, `"排定改善期程，定期追蹤列管"`},
		{ByQuarter, `"依季別"`},
		{ColumnTotal, `"欄合計"`},
		{NotReached(), `"-"`},
		{&RowError{Row: 5, Column: "編號", Err: ErrMissing}, `{"code":"requests.missing","message":"第5列「編號」欄：未填","row":5,"column":"編號","err":{"code":"requests.missing","message":"未填"}}`},
		{CountByQuarter([]Request{{Received: d("111年4月20日")}}, 0, 0), `{"axis":"依季別","years":[111],"counts":[[0,1,0,0]]}`},
	}
	for _, tt := range tests {
		b, err := json.Marshal(tt.v)
		if err != nil || string(b) != tt.want {
			t.Errorf("json.Marshal(%#v) = %s, %v, want %s", tt.v, b, err, tt.want)
		}
	}
	// English ids are read too.
	var c Category
	if err := json.Unmarshal([]byte(`"download-link"`), &c); err != nil || c != DownloadLink {
		t.Errorf("json.Unmarshal(download-link) = %v, %v", c, err)
	}
	var r Route
	if err := json.Unmarshal([]byte(`"legal-review"`), &r); err != nil || r != LegalReview {
		t.Errorf("json.Unmarshal(legal-review) = %v, %v", r, err)
	}
	// An invalid value does not marshal.
	if _, err := json.Marshal(Request{Category: Category(9)}); !errors.Is(err, ErrRange) {
		t.Errorf("json.Marshal of Category(9): %v, want ErrRange", err)
	}
	// A tally that cannot be does not unmarshal.
	for _, s := range []string{
		`{"axis":"依季別","years":[110,112],"counts":[[0,0,0,0],[0,0,0,0]]}`,
		`{"axis":"依季別","years":[110],"counts":[[0,0,0]]}`,
		`{"axis":"依季別","years":[110],"counts":[[0,-1,0,0]]}`,
		`{"axis":"依季別","years":[0],"counts":[[0,0,0,0]]}`,
		`{"axis":"依季別","years":[110],"counts":[]}`,
		`{"axis":"","years":[110],"counts":[[0,0,0,0]]}`,
	} {
		var tl Tally
		if err := json.Unmarshal([]byte(s), &tl); !errors.Is(err, ErrRange) {
			t.Errorf("json.Unmarshal(%s) into a Tally: %v, want ErrRange", s, err)
		}
	}
	var zero Tally
	b, _ := json.Marshal(zero)
	var back Tally
	if err := json.Unmarshal(b, &back); err != nil || back.Total() != 0 || back.Axis() != NoAxis {
		t.Errorf("zero Tally through %s: %v, %v", b, back, err)
	}
	// A tally across 民國元年 keeps its years.
	across := CountByQuarter([]Request{{Received: d("民國前1年12月31日")}, {Received: d("民國1年1月1日")}}, 0, 0)
	b, _ = json.Marshal(across)
	if err := json.Unmarshal(b, &back); err != nil || back.Count(-1, 3) != 1 || back.Count(1, 0) != 1 {
		t.Errorf("tally across 民國元年 through %s: %v", b, err)
	}
}

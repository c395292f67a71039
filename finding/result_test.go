package finding_test

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/ogdtw/governance/finding"
	"golang.org/x/text/language"
)

// cell is a result of a test's own: a printed figure checked.
type cell struct {
	row     int
	printed int
	sum     int
}

func (c cell) Head() finding.Head {
	h := finding.Head{Code: "test.cell", Verdict: finding.Passed, Row: c.row, Column: "合計"}
	if c.printed != c.sum {
		h.Severity, h.Verdict = finding.Error, finding.Failed
	}
	return h
}

func (c cell) Message(t language.Tag) string {
	if t == finding.English {
		return fmt.Sprintf("total printed %d, rows add up to %d", c.printed, c.sum)
	}
	return fmt.Sprintf("合計列%d件，各列加總為%d件", c.printed, c.sum)
}

var _ finding.Result = cell{}

func TestEntries(t *testing.T) {
	rs := []cell{{row: 9, printed: 13, sum: 11}, {row: 10, printed: 28, sum: 28}}
	got := finding.Entries(finding.Chinese, rs)
	want := []finding.Entry{
		{Head: finding.Head{Code: "test.cell", Severity: finding.Error, Verdict: finding.Failed, Row: 9, Column: "合計"}, Message: "合計列13件，各列加總為11件"},
		{Head: finding.Head{Code: "test.cell", Verdict: finding.Passed, Row: 10, Column: "合計"}, Message: "合計列28件，各列加總為28件"},
	}
	if len(got) != len(want) {
		t.Fatalf("Entries: %d entries, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("Entries[%d] = %+v, want %+v", i, got[i], want[i])
		}
	}
	if e := finding.Entries[cell](finding.Chinese, nil); e == nil || len(e) != 0 {
		t.Errorf("Entries(nil) = %#v, want an empty non-nil slice", e)
	}
}

func TestText(t *testing.T) {
	rs := []cell{{row: 9, printed: 13, sum: 11}, {row: 10, printed: 28, sum: 28}}
	for _, c := range []struct {
		tag  language.Tag
		want string
	}{
		{finding.Chinese, "不符　合計列13件，各列加總為11件\n符合　合計列28件，各列加總為28件\n"},
		{finding.English, "failed: total printed 13, rows add up to 11\npassed: total printed 28, rows add up to 28\n"},
	} {
		if got := finding.Text(c.tag, rs); got != c.want {
			t.Errorf("Text(%v) = %q, want %q", c.tag, got, c.want)
		}
	}
	if got := finding.Text[cell](finding.Chinese, nil); got != "" {
		t.Errorf("Text(nil) = %q, want \"\"", got)
	}
}

// notice is a result without a verdict: its severity labels it.
type notice string

func (n notice) Head() finding.Head {
	return finding.Head{Code: "test.notice", Severity: finding.Notice}
}
func (n notice) Message(t language.Tag) string { return string(n) }

// bare is a result with neither verdict nor severity: its message alone.
type bare string

func (b bare) Head() finding.Head            { return finding.Head{Code: "test.bare"} }
func (b bare) Message(t language.Tag) string { return string(b) }

func TestTextLabels(t *testing.T) {
	if got, want := finding.Text(finding.Chinese, []notice{"法規資料未收錄"}), "注意　法規資料未收錄\n"; got != want {
		t.Errorf("notice: %q, want %q", got, want)
	}
	if got, want := finding.Text(finding.English, []bare{"plain"}), "plain\n"; got != want {
		t.Errorf("bare: %q, want %q", got, want)
	}
	e := finding.Entries(finding.Chinese, []notice{"x"})[0]
	if got, want := e.String(), "注意　x"; got != want {
		t.Errorf("Entry.String = %q, want %q", got, want)
	}
}

func TestJSONResults(t *testing.T) {
	b, err := finding.JSON(finding.Chinese, []cell{{row: 9, printed: 13, sum: 11}})
	if err != nil {
		t.Fatal(err)
	}
	want := `[{"code":"test.cell","severity":"錯誤","verdict":"不符","row":9,"column":"合計","message":"合計列13件，各列加總為11件"}]`
	if string(b) != want {
		t.Errorf("JSON = %s\nwant   %s", b, want)
	}
	var back []finding.Entry
	if err := json.Unmarshal(b, &back); err != nil || len(back) != 1 || back[0].Row != 9 || back[0].Verdict != finding.Failed {
		t.Errorf("round trip: %+v, %v", back, err)
	}
	b, err = finding.JSON[cell](finding.Chinese, nil)
	if err != nil || string(b) != "[]" {
		t.Errorf("JSON(nil) = %s, %v; want []", b, err)
	}
	b, _ = finding.JSON(finding.Chinese, []bare{"x"})
	if want := `[{"code":"test.bare","message":"x"}]`; string(b) != want {
		t.Errorf("JSON of a bare result = %s, want %s (zero enums omitted)", b, want)
	}
}

func TestGravest(t *testing.T) {
	h := func(s finding.Severity) severityOnly { return severityOnly(s) }
	for _, tt := range []struct {
		in   []severityOnly
		want finding.Severity
	}{
		{nil, finding.NoSeverity},
		{[]severityOnly{h(finding.NoSeverity)}, finding.NoSeverity},
		{[]severityOnly{h(finding.Notice), h(finding.Warning), h(finding.NoSeverity)}, finding.Warning},
		{[]severityOnly{h(finding.Warning), h(finding.Error), h(finding.Notice)}, finding.Error},
		{[]severityOnly{h(finding.Notice), h(finding.Severity(9))}, finding.Notice},
	} {
		if got := finding.Gravest(tt.in); got != tt.want {
			t.Errorf("Gravest(%v) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// severityOnly is a result of a severity and nothing else.
type severityOnly finding.Severity

func (s severityOnly) Head() finding.Head {
	return finding.Head{Code: "x", Severity: finding.Severity(s)}
}
func (s severityOnly) Message(t language.Tag) string { return finding.Severity(s).Message(t) }

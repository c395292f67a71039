package actions

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/ogdtw/governance/finding"
)

// TestLetterCheck: a letter's year is 符合 only when its date and its
// number's year are both known; without either it is 無法查核, never 相符.
func TestLetterCheck(t *testing.T) {
	for _, tt := range []struct {
		letter  string
		verdict finding.Verdict
		code    string
		zh      string
	}{
		{"110年12月22日以法資字第11011514270號函", finding.Passed, CodeLetterYearFits, "發文字號法資字第11011514270號所示年度（110年）與發文日期110年12月22日相符"},
		{"111年1月3日法資字第11011514270號函", finding.Passed, CodeLetterYearFits, "所示年度（110年）與發文日期111年1月3日相符"}, // a number lags its date by a year at most
		{"113年1月2日法資字第11011514270號函", finding.Failed, CodeLetterYear, "之年度為110年，與發文日期113年1月2日（113年）不符"},
		{"109年12月22日法資字第11011514270號函", finding.Failed, CodeLetterYear, "（109年）不符"},
		{"法資字第11011514270號函", finding.Unchecked, CodeLetterUndated, "未載發文日期，年度無法查核"},
		{"99年6月25日營署中建字第0990038209號", finding.Passed, CodeLetterYearFits, "所示年度（99年）"},
	} {
		l, err := ParseLetter(tt.letter)
		if err != nil {
			t.Errorf("ParseLetter(%q): %v", tt.letter, err)
			continue
		}
		c := l.Check()
		h := c.Head()
		if c.Verdict != tt.verdict || h.Verdict != tt.verdict || h.Code != tt.code || !strings.Contains(c.String(), tt.zh) {
			t.Errorf("%s: Check = %v %s %q, want %v %s %q", tt.letter, c.Verdict, h.Code, c.String(), tt.verdict, tt.code, tt.zh)
		}
		if _, bad := l.checkYear(); bad != (tt.verdict == finding.Failed) {
			t.Errorf("%s: checkYear bad = %v, Check %v", tt.letter, bad, c.Verdict)
		}
		if (h.Severity == finding.Error) != (tt.verdict == finding.Failed) {
			t.Errorf("%s: severity %v for %v", tt.letter, h.Severity, c.Verdict)
		}
		b, err := json.Marshal(c)
		var back LetterCheck
		if err != nil || json.Unmarshal(b, &back) != nil || back.Verdict != c.Verdict || back.Letter != c.Letter {
			t.Errorf("%s: JSON %s does not round-trip: %+v, %v", tt.letter, b, back, err)
		}
	}
}

// TestHeads: every result of the package says its verdict in its Head,
// with a code of its own per outcome.
func TestHeads(t *testing.T) {
	batch := DelistingBatch{Count: 1}
	for _, tt := range []struct {
		r       finding.Result
		code    string
		verdict finding.Verdict
		sev     finding.Severity
	}{
		{DelistingCheck{Approved: batch, Verdict: finding.Passed}, CodeDelistingDone, finding.Passed, finding.NoSeverity},
		{DelistingCheck{Approved: batch, Verdict: finding.Failed, Finding: Finding{Severity: finding.Warning, Code: CodeDelistingNotDone}}, CodeDelistingNotDone, finding.Failed, finding.Warning},
		{DelistingCheck{Approved: batch, Verdict: finding.Unchecked}, CodeDelistingUnreported, finding.Unchecked, finding.NoSeverity},
		{DelistingCheck{Approved: batch, Verdict: finding.Unchecked, Unknown: "某某署"}, CodeDelistingUnknownPublisher, finding.Unchecked, finding.NoSeverity},
		{Finding{Severity: finding.Error, Code: CodeLetterYear, Row: 4}, CodeLetterYear, finding.Failed, finding.Error},
		{&RowError{Row: 3, Column: ColCase, Err: ErrMissing, Severity: finding.Error}, "actions.missing", finding.NoVerdict, finding.Error},
		{&RowError{Row: 3, Column: ColDue, Err: ErrSyntax, Severity: finding.Warning}, "actions.syntax", finding.NoVerdict, finding.Warning},
		{&EventError{Index: 2, Kind: Decided, Err: ErrTerminal}, "actions.terminal", finding.NoVerdict, finding.Error},
	} {
		h := tt.r.Head()
		if h.Code != tt.code || h.Verdict != tt.verdict || h.Severity != tt.sev {
			t.Errorf("%T %v: Head = %+v, want %s %v %v", tt.r, tt.r, h, tt.code, tt.verdict, tt.sev)
		}
		if tt.r.Message(finding.Chinese) == "" {
			t.Errorf("%T: no message", tt.r)
		}
	}
	if h := (&RowError{Row: 7, Column: "案由", Err: ErrMissing}).Head(); h.Row != 7 || h.Column != "案由" {
		t.Errorf("RowError Head = %+v, want row 7, column 案由", h)
	}
}

// TestRowErrorSeverityJSON: a RowError's severity survives JSON.
func TestRowErrorSeverityJSON(t *testing.T) {
	in := &RowError{Row: 7, Column: ColDue, Input: "明天", Err: ErrSyntax, Severity: finding.Warning}
	b, err := json.Marshal(in)
	if err != nil || !strings.Contains(string(b), `"severity":"warning"`) && !strings.Contains(string(b), `"severity":"警告"`) {
		t.Fatalf("JSON %s, %v: no severity", b, err)
	}
	var back RowError
	if err := json.Unmarshal(b, &back); err != nil || back.Severity != finding.Warning || back.Row != 7 {
		t.Errorf("back = %+v, %v", back, err)
	}
}

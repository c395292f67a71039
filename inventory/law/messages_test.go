package law

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
	"testing/iotest"
	"unicode"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/internal/detailtest"
	"github.com/ogdtw/governance/internal/i18n"
	"github.com/ogdtw/governance/rocdate"
)

// findingCodes are every Code a Finding can carry.
var findingCodes = []string{CodeNoLaw, CodeLawUnknown, CodeLawName, CodeLawAbandoned, CodeUndated,
	CodeVersionUnknown, CodeDataDate, CodeProvisionMissing, CodeNoArticle, CodeLaterAmendment, CodeProvisionPresent}

// packageCodes lists every code the package can produce or show: the
// findings' and their variants, the sentinels', every ParseError detail's
// (as the source gives them) and every enum label's.
func packageCodes(t testing.TB) []string {
	codes := append([]string(nil), findingCodes...)
	codes = append(codes, "law.finding", CodeLawName+".partial", CodeLawName+".former", CodeLawAbandoned+".undated",
		CodeVersionUnknown+".none", CodeProvisionMissing+".repealed", CodeLaterAmendment+".revision",
		CodeLaterAmendment+".abandoned", "law.version", "law.act.none", "law.amendment", "law.amendment.moved",
		"i18n.detail.at",
		"law.range.enum") // errtype.Enum's: a word no value of an enum has
	for _, err := range []error{ErrSyntax, ErrRange, ErrOrder, ErrMissing, ErrTooLarge, ErrUnknown} {
		codes = append(codes, (&ParseError{Err: err}).Code())
	}
	for _, u := range detailtest.Codes(t, ".") {
		codes = append(codes, u.Code)
	}
	codes = append(codes, lineageSubjects[:]...)
	for _, c := range []string{"", ".step", ".reworded", ".moved", ".moved-reworded", ".split", ".merged", ".deleted", ".unknown",
		".unknown.texts", ".unchanged", ".unknown.before", ".unknown.missing", ".unknown.provision", ".after-data",
		".subject.whole", ".and", ".join"} {
		codes = append(codes, CodeLineage+c)
	}
	for _, e := range enums {
		for v := range e.Names {
			if c := e.Code(uint8(v)); c != "" {
				codes = append(codes, c)
			}
		}
	}
	return codes
}

func TestMessagesComplete(t *testing.T) {
	for _, code := range packageCodes(t) {
		if !i18n.Has(code) {
			t.Errorf("code %s has no message", code)
		}
	}
	// Every registered code of the package is one the list knows, so
	// that the list cannot fall behind.
	known := map[string]bool{}
	for _, c := range packageCodes(t) {
		known[c] = true
	}
	for _, c := range i18n.Codes("law.") {
		if !known[c] {
			t.Errorf("registered code %s is not listed by packageCodes", c)
		}
	}
}

// sampleFindings are one finding of every form DetailMessage writes.
func sampleFindings() []Finding {
	d := rocdate.MustParse("111年5月19日")
	later := rocdate.MustParse("113年7月31日")
	p := Provision{Article: 245, Paragraph: 3}
	base := Finding{Law: "刑訴法", PCode: "C0010001", Official: "刑事訴訟法"}
	with := func(f Finding) Finding {
		g := base
		g.Severity, g.Code, g.Provision, g.Date, g.Day, g.Match, g.Change, g.Action, g.Moved =
			f.Severity, f.Code, f.Provision, f.Date, f.Day, f.Match, f.Change, f.Action, f.Moved
		return g
	}
	return []Finding{
		{Severity: finding.Notice, Code: CodeNoLaw},
		with(Finding{Severity: finding.Notice, Code: CodeLawUnknown}),
		with(Finding{Severity: finding.Notice, Code: CodeLawName, Match: MatchPartial}),
		with(Finding{Severity: finding.Notice, Code: CodeLawName, Match: MatchFormer}),
		with(Finding{Severity: finding.Notice, Code: CodeLawName}),
		with(Finding{Severity: finding.Warning, Code: CodeLawAbandoned, Date: d}),
		with(Finding{Severity: finding.Warning, Code: CodeLawAbandoned}),
		with(Finding{Severity: finding.Notice, Code: CodeUndated}),
		with(Finding{Severity: finding.Notice, Code: CodeVersionUnknown, Date: d, Day: later}),
		with(Finding{Severity: finding.Notice, Code: CodeVersionUnknown, Day: later}),
		with(Finding{Severity: finding.Notice, Code: CodeDataDate, Date: d, Day: later}),
		with(Finding{Severity: finding.Notice, Code: CodeNoArticle, Provision: Provision{Paragraph: 2}}),
		with(Finding{Code: CodeProvisionPresent, Verdict: finding.Passed, Provision: p, Date: d}),
		with(Finding{Severity: finding.Error, Code: CodeProvisionMissing, Provision: p, Date: d}),
		with(Finding{Severity: finding.Error, Code: CodeProvisionMissing, Provision: p, Date: d, Action: Delete}),
		with(Finding{Severity: finding.Notice, Code: CodeLaterAmendment, Provision: p, Date: later, Change: Reworded, Moved: "第245條第5項"}),
		with(Finding{Severity: finding.Notice, Code: CodeLaterAmendment, Provision: p, Date: later, Action: Amend}),
		with(Finding{Severity: finding.Notice, Code: CodeLaterAmendment, Date: later, Action: Abandon}),
	}
}

// asciiWord reports the first run of two or more ASCII letters in s.
func asciiWord(s string) string {
	start := -1
	for i, r := range s + " " {
		if r < unicode.MaxASCII && unicode.IsLetter(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 && i-start >= 2 {
			return s[start:i]
		}
		start = -1
	}
	return ""
}

func TestFindingMessage(t *testing.T) {
	for _, f := range sampleFindings() {
		zh, en := f.Message(finding.Chinese), f.Message(finding.English)
		if f.String() != zh {
			t.Errorf("%s: String %q, Message(Chinese) %q", f.Code, f.String(), zh)
		}
		for _, s := range []string{zh, en} {
			if strings.Contains(s, "%!") || strings.TrimSpace(s) == f.Severity.Message(finding.Chinese) {
				t.Errorf("%s: message %q", f.Code, s)
			}
		}
		if w := asciiWord(zh); w != "" {
			t.Errorf("%s: Chinese %q holds %q", f.Code, zh, w)
		}
		if f.Severity != finding.NoSeverity && !strings.HasPrefix(en, f.Severity.Lead(finding.English)) || en == zh {
			t.Errorf("%s: English %q", f.Code, en)
		}
	}
}

// A check's findings, in the registry, give the same Detail as their
// Chinese message, and an English message with dates as 2024-07-31.
func TestCheckFindingsMessage(t *testing.T) {
	for _, tt := range []struct{ cite, on string }{
		{"《刑事訴訟法》第245條第1、3項", "111年5月19日"},
		{"《刑事訴訟法》第245條第1、3項", "113年10月11日"},
		{"《刑事訴訟法》第9999條", "111年5月19日"},
		{"第2項", "111年5月19日"},
		{"《民法》第1條", "111年5月19日"},
		{"《刑訴法》第1條", ""},
	} {
		var on rocdate.Date
		if tt.on != "" {
			on = rocdate.MustParse(tt.on)
		}
		for _, f := range CheckCitation(MustParseCitation(tt.cite), on) {
			if f.Detail != f.DetailMessage(finding.Chinese) {
				t.Errorf("%s %s: Detail %q, DetailMessage %q", tt.cite, f.Code, f.Detail, f.DetailMessage(finding.Chinese))
			}
			en := f.Message(finding.English)
			if strings.Contains(en, "年") && strings.Contains(en, "月") {
				t.Errorf("%s %s: English %q holds an ROC date", tt.cite, f.Code, en)
			}
		}
	}
}

// badCitations draw every detail the citation parser writes.
var badCitations = []string{
	"", "《刑法》第1條規定x", "《刑法》第1條x", "《刑法》第1條及", "《刑法", "《》第1條", "《刑《法》第1條",
	"第", "《刑法》", "第十萬條", "第1X條", "第條", "第0條", "第99999條", "第1條至", "第1至條",
	"第1條第2項至第3款", "第1", "第三款第二項", "第1條第2點", "第1-2項", "第5至2條", "第1之1至3之2條",
	"第1條之1至3", "第1至9999條第1至9999項",
}

func TestParseErrorMessage(t *testing.T) {
	for _, in := range badCitations {
		_, err := ParseCitation(in)
		pe, ok := err.(*ParseError)
		if !ok {
			continue
		}
		if pe.DetailCode() == "" {
			t.Errorf("ParseCitation(%q): detail %q has no code", in, pe.Detail)
		}
		zh, en := pe.Message(finding.Chinese), pe.Message(finding.English)
		if w := asciiWord(strings.ReplaceAll(zh, in, "")); w != "" {
			t.Errorf("ParseCitation(%q): Chinese %q holds %q", in, zh, w)
		}
		// An empty input is not quoted: the message is what is wrong.
		if strings.Contains(zh+en, "%!") || in != "" && !strings.Contains(en, "cannot read") || zh == "" {
			t.Errorf("ParseCitation(%q): %q / %q", in, zh, en)
		}
	}
	// A detail that quotes the error of the reader: in English, as Error
	// writes it; in Chinese, without it.
	_, err := Decode(iotest.ErrReader(errors.New("disk failure")))
	pe, ok := err.(*ParseError)
	if !ok {
		t.Fatalf("Decode of a failing reader: %v, want a *ParseError", err)
	}
	if got, want := pe.DetailCode(), "law.syntax.reading"; got != want {
		t.Errorf("DetailCode() = %q, want %q", got, want)
	}
	if got, want := pe.DetailMessage(finding.Chinese), "讀取法規資料失敗"; got != want {
		t.Errorf("DetailMessage(Chinese) = %q, want %q", got, want)
	}
	if got, want := pe.DetailMessage(finding.English), "reading: disk failure"; got != want {
		t.Errorf("DetailMessage(English) = %q, want %q", got, want)
	}
	if got, want := pe.Error(), `law: Decode(""): reading: disk failure`; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	// A version's day that rocdate cannot read: rocdate's detail inside,
	// in each language, kept through JSON.
	var v StatuteVersion
	err = v.UnmarshalText([]byte("刑事訴訟法（111年2月30日修正公布）"))
	pe, ok = err.(*ParseError)
	if !ok || !errors.Is(err, ErrSyntax) {
		t.Fatalf("UnmarshalText of a bad day: %v, want a *ParseError of ErrSyntax", err)
	}
	if got, want := pe.DetailMessage(finding.Chinese), "版本日期無效：111年2月無30日"; got != want {
		t.Errorf("DetailMessage(Chinese) = %q, want %q", got, want)
	}
	if got, want := pe.Detail, "not a date: day 30 out of range for 111年2月"; got != want {
		t.Errorf("Detail = %q, want %q", got, want)
	}
	b, err := json.Marshal(pe)
	if err != nil {
		t.Fatal(err)
	}
	var back ParseError
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("Unmarshal(%s): %v", b, err)
	}
	if back.Error() != pe.Error() || back.Message(finding.Chinese) != pe.Message(finding.Chinese) || back.DetailCode() != "law.syntax.date" {
		t.Errorf("through JSON %s: %q / %q, want %q / %q", b, back.Error(), back.Message(finding.Chinese), pe.Error(), pe.Message(finding.Chinese))
	}
}

func TestEnumMessages(t *testing.T) {
	for _, e := range enums {
		for v := range e.Names {
			if e.Code(uint8(v)) == "" {
				continue
			}
			zh, en := e.Message(uint8(v), finding.Chinese), e.Message(uint8(v), finding.English)
			if zh != e.Names[v] || en == "" || en == zh {
				t.Errorf("%s(%d): %q / %q", e.Type, v, zh, en)
			}
		}
	}
	if got := Part(99).Message(finding.English); got != "Part(99)" {
		t.Errorf("Part(99).Message = %q", got)
	}
}

// BenchmarkFindingMessage formats a finding through the catalog beside
// fmt.Sprintf of the same text, which the issue bounds at 3×.
func BenchmarkFindingMessage(b *testing.B) {
	f := sampleFindings()[12] // provision-missing
	b.Run("Message", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkString = f.Message(finding.Chinese)
		}
	})
	b.Run("Sprintf", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkString = fmt.Sprintf("%s %s（%s修正）無%s", "錯誤", f.Official, f.Date.String(), f.Provision.String())
		}
	})
}

var sinkString string

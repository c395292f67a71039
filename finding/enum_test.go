package finding_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/ogdtw/governance/finding"
	"golang.org/x/text/language"
)

func TestParseVerdict(t *testing.T) {
	for _, c := range []struct {
		in   string
		want finding.Verdict
		err  error
	}{
		{"符合", finding.Passed, nil},
		{" 不符 ", finding.Failed, nil},
		{"無法查核", finding.Unchecked, nil},
		{"PASSED", finding.Passed, nil},
		{"failed", finding.Failed, nil},
		{"Unchecked", finding.Unchecked, nil},
		{"", finding.NoVerdict, nil},
		{"未查核", finding.NoVerdict, finding.ErrSyntax},
		{"pass", finding.NoVerdict, finding.ErrSyntax},
	} {
		got, err := finding.ParseVerdict(c.in)
		if got != c.want || !errors.Is(err, c.err) || (c.err == nil) != (err == nil) {
			t.Errorf("ParseVerdict(%q) = %v, %v; want %v, %v", c.in, got, err, c.want, c.err)
		}
	}
}

func TestParseSeverity(t *testing.T) {
	for _, c := range []struct {
		in   string
		want finding.Severity
		err  error
	}{
		{"錯誤", finding.Error, nil},
		{"警告", finding.Warning, nil},
		{" 注意", finding.Notice, nil},
		{"ERROR", finding.Error, nil},
		{"notice", finding.Notice, nil},
		{"", finding.NoSeverity, nil},
		{"嚴重", finding.NoSeverity, finding.ErrSyntax},
	} {
		got, err := finding.ParseSeverity(c.in)
		if got != c.want || !errors.Is(err, c.err) || (c.err == nil) != (err == nil) {
			t.Errorf("ParseSeverity(%q) = %v, %v; want %v, %v", c.in, got, err, c.want, c.err)
		}
	}
}

// Every value writes as its word, reads back to itself, and reads in both
// languages; a value out of range fails to marshal with ErrRange.
func TestEnumsRoundTrip(t *testing.T) {
	words := map[finding.Verdict][2]string{
		finding.Passed:    {"符合", "passed"},
		finding.Failed:    {"不符", "failed"},
		finding.Unchecked: {"無法查核", "not checkable"},
	}
	for v := finding.NoVerdict; v <= finding.Unchecked; v++ {
		b, err := v.MarshalText()
		if err != nil {
			t.Fatalf("%d: %v", v, err)
		}
		var back finding.Verdict
		if err := back.UnmarshalText(b); err != nil || back != v {
			t.Errorf("verdict %d: %q read back as %d, %v", v, b, back, err)
		}
		if w := words[v]; v.Message(finding.Chinese) != w[0] || v.Message(finding.English) != w[1] || v.String() != w[0] {
			t.Errorf("verdict %d reads %q, %q, %q; want %q", v, v.String(), v.Message(finding.Chinese), v.Message(finding.English), w)
		}
	}
	for s := finding.NoSeverity; s <= finding.Notice; s++ {
		b, err := s.MarshalText()
		if err != nil {
			t.Fatalf("%d: %v", s, err)
		}
		var back finding.Severity
		if err := back.UnmarshalText(b); err != nil || back != s {
			t.Errorf("severity %d: %q read back as %d, %v", s, b, back, err)
		}
	}
	bad := finding.Unchecked + 1
	if _, err := bad.MarshalText(); !errors.Is(err, finding.ErrRange) || bad.IsValid() || bad.String() != "Verdict(4)" {
		t.Errorf("Verdict(4): %v, valid %v, %q", err, bad.IsValid(), bad.String())
	}
	if _, err := (finding.Notice + 1).MarshalText(); !errors.Is(err, finding.ErrRange) || (finding.Notice+1).String() != "Severity(4)" {
		t.Errorf("Severity(4) marshals: %v, reads %q", err, (finding.Notice + 1).String())
	}
	var sv finding.Severity = finding.Warning
	err := sv.UnmarshalText([]byte("嚴重"))
	var pe *finding.ParseError
	if !errors.As(err, &pe) || pe.Code() != "finding.syntax" || errors.Unwrap(pe) != finding.ErrSyntax || sv != finding.Warning {
		t.Errorf("UnmarshalText(嚴重) = %v, left %v; want a *ParseError coded finding.syntax, the value unchanged", err, sv)
	}
	var v finding.Verdict
	if err := v.UnmarshalText([]byte("x")); err == nil || v != finding.NoVerdict {
		t.Errorf("UnmarshalText(x) = %v, left %d", err, v)
	}
}

// Whatever the input, the parsers give a valid value or a *ParseError,
// and a value read writes back to a word that reads to it again.
func FuzzParseVerdict(f *testing.F) {
	for _, s := range []string{"符合", "不符", "無法查核", "passed", "", "嚴重", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := finding.ParseVerdict(s)
		if err != nil {
			var pe *finding.ParseError
			if !errors.As(err, &pe) || !errors.Is(err, finding.ErrSyntax) || v != finding.NoVerdict {
				t.Fatalf("ParseVerdict(%q) = %d, %v", s, v, err)
			}
		} else if b, _ := v.MarshalText(); !v.IsValid() {
			t.Fatalf("ParseVerdict(%q) = invalid %d", s, v)
		} else if back, err := finding.ParseVerdict(string(b)); err != nil || back != v {
			t.Fatalf("%q → %d → %q → %d, %v", s, v, b, back, err)
		}
		sv, err := finding.ParseSeverity(s)
		if err == nil {
			b, _ := sv.MarshalText()
			if back, err := finding.ParseSeverity(string(b)); err != nil || back != sv {
				t.Fatalf("%q → %d → %q → %d, %v", s, sv, b, back, err)
			}
		} else if utf8.ValidString(s) && !strings.Contains(err.Error(), "finding: ") {
			t.Fatalf("ParseSeverity(%q) error %q lacks the package", s, err)
		}
	})
}

// A label costs no allocation: reports write one per finding.
func TestMessageAllocs(t *testing.T) {
	if n := testing.AllocsPerRun(100, func() {
		_ = finding.Warning.Message(finding.English)
		_ = finding.Unchecked.Message(finding.Chinese)
		_ = finding.Warning.Lead(finding.Chinese)
	}); n != 0 {
		t.Errorf("Message allocates %v times", n)
	}
}

func TestLead(t *testing.T) {
	tests := []struct {
		s      finding.Severity
		zh, en string
	}{
		{finding.Error, "錯誤：", "error: "},
		{finding.Warning, "警告：", "warning: "},
		{finding.Notice, "注意：", "notice: "},
		{finding.NoSeverity, "：", ": "},
		{finding.Severity(9), "Severity(9)：", "Severity(9): "},
	}
	for _, tt := range tests {
		if got := tt.s.Lead(finding.Chinese); got != tt.zh {
			t.Errorf("%v.Lead(zh) = %q, want %q", tt.s, got, tt.zh)
		}
		if got := tt.s.Lead(language.MustParse("en-US")); got != tt.en {
			t.Errorf("%v.Lead(en) = %q, want %q", tt.s, got, tt.en)
		}
	}
}

// A parse error's message comes from the catalog in each language, and
// its JSON, in every package's form, reads back to the same error.
func TestParseErrorMessages(t *testing.T) {
	_, err := finding.ParseSeverity("嚴重")
	_, verr := finding.ParseVerdict("大致符合")
	_, rerr := finding.Verdict(9).MarshalText()
	for _, tt := range []struct {
		err        error
		zh, en     string
		code, text string
	}{
		{err, "「嚴重」無法解析：非嚴重程度之名稱（錯誤、警告、注意）", `cannot read "嚴重": not a severity`, "finding.syntax.severity",
			`finding: parsing "嚴重": not a severity`},
		{verr, "「大致符合」無法解析：非查核結果之名稱（符合、不符、無法查核）", `cannot read "大致符合": not a verdict`, "finding.syntax.verdict",
			`finding: parsing "大致符合": not a verdict`},
		{rerr, "「9」無法解析：查核結果之值超出範圍", `cannot read "9": verdict value out of range`, "finding.range.verdict",
			`finding: Verdict.AppendText("9"): verdict value out of range`},
	} {
		pe, ok := errors.AsType[*finding.ParseError](tt.err)
		if !ok {
			t.Fatalf("%v is no *ParseError", tt.err)
		}
		if got := pe.Message(finding.Chinese); got != tt.zh {
			t.Errorf("Message(zh) = %q, want %q", got, tt.zh)
		}
		if got := pe.Message(finding.English); got != tt.en {
			t.Errorf("Message(en) = %q, want %q", got, tt.en)
		}
		if pe.DetailCode() != tt.code || pe.Error() != tt.text {
			t.Errorf("DetailCode %q, Error %q; want %q, %q", pe.DetailCode(), pe.Error(), tt.code, tt.text)
		}
		b, err := json.Marshal(pe)
		if err != nil {
			t.Fatal(err)
		}
		var back *finding.ParseError
		if err := json.Unmarshal(b, &back); err != nil || back.Message(finding.Chinese) != tt.zh || !errors.Is(back, pe.Err) || back.DetailCode() != tt.code {
			t.Errorf("%s read back as %v, %v", b, back, err)
		}
		if !strings.Contains(string(b), `"err":{"code":"`+pe.Code()+`"`) {
			t.Errorf("%s: the sentinel is not an object with its code", b)
		}
	}
}

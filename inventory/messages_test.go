package inventory

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"
	"unicode"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/internal/errtype"
	"github.com/ogdtw/governance/internal/i18n"
	"github.com/ogdtw/governance/inventory/law"
	"github.com/ogdtw/governance/rocdate"
)

// problemCodes are the codes of the problems of the rules of the 盤點表;
// those of the statute rules are law's.
func problemCodes() []string {
	var codes []string
	for r := RuleClassified; r <= RuleGroundParses; r++ {
		codes = append(codes, r.Code())
	}
	return codes
}

// detailCodes returns the codes of the details a ParseError of the
// package carries: inventory.syntax.…, inventory.range.… and
// inventory.too-large.….
func detailCodes() []string {
	var codes []string
	for _, kind := range []string{"syntax", "range", "too-large"} {
		codes = append(codes, i18n.Codes("inventory."+kind+".")...)
	}
	return codes
}

// packageCodes lists every code the package can produce or show.
func packageCodes() []string {
	codes := problemCodes()
	codes = append(codes, "inventory.needs-class.invalid", "inventory.duplicate-serial.index",
		"inventory.problem", "inventory.problem.serial", "inventory.problem.name", "inventory.problem.detail",
		"inventory.summary-count", "inventory.summary-total", "inventory.summary-total.overflow",
		"inventory.law-not-cited", "inventory.law-not-listed", "inventory.mismatch", "inventory.mismatch.law",
		"inventory.note-matches", "inventory.note-missing", "inventory.note-differs", "inventory.note-removed", "inventory.note-unknown",
		"inventory.unchecked", "inventory.statute-unchecked", "inventory.result", "inventory.fields.first", "inventory.fields.next",
		"inventory.note-check",
		"inventory.change", "inventory.change.added", "inventory.change.removed", "inventory.change.class",
		"inventory.change.unit", "inventory.change.conditions", "inventory.change.ground-added",
		"inventory.change.ground-removed", "inventory.change.name", "inventory.change.description",
		"inventory.change.item-added", "inventory.change.item-removed", "inventory.change.items-order",
		"inventory.change.uniform")
	// The sentinels' messages are errtype's, by kind; only ErrOrder,
	// which has no kind there, keeps one of this package's.
	codes = append(codes, errtype.Wrap[pkg]("ParseCitation", "", ErrOrder, ErrSyntax).Code())
	codes = append(codes, detailCodes()...)
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
	known := map[string]bool{}
	for _, code := range packageCodes() {
		known[code] = true
		if !i18n.Has(code) {
			t.Errorf("code %s has no message", code)
		}
	}
	for _, c := range i18n.Codes("inventory.") {
		if !known[c] {
			t.Errorf("registered code %s is not listed by packageCodes", c)
		}
	}
	// The statute rules' problems take law's codes, which law registers.
	for _, c := range []string{law.CodeNoLaw, law.CodeLawUnknown, law.CodeLawName, law.CodeLawAbandoned, law.CodeUndated,
		law.CodeVersionUnknown, law.CodeDataDate, law.CodeProvisionMissing, law.CodeNoArticle, law.CodeLaterAmendment} {
		if !i18n.Has(c) {
			t.Errorf("law code %s has no message", c)
		}
	}
}

// asciiWord returns the first run of two or more ASCII letters in s.
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

// messageInventory draws a problem of every rule of the 盤點表 and of the
// statute checks.
func messageInventory() Inventory {
	return Inventory{Date: rocdate.MustParse("111年5月19日"), Records: []Record{
		{Row: 2, Serial: 0, Name: "", Unit: "", Class: Unclassified},
		{Row: 3, Serial: 5, Name: "甲系統", Unit: "資訊處", Class: Closed},
		{Row: 4, Serial: 5, Name: "乙系統", Unit: "資訊處", Class: Limited},
		{Row: 5, Serial: 6, Name: "丙系統", Unit: "資訊處", Class: Open, Grounds: NewGrounds("《檔案法》第18條第2款")},
		{Row: 6, Serial: 7, Name: "丁系統", Unit: "資訊處", Class: Closed, Conditions: "x",
			Grounds: NewGrounds("第三款第二項", "《刑事訴訟法》第245條第3項", "《刑事訴訟法》第999條", "《民法》第1條")},
		{Serial: 8, Name: "戊系統", Unit: "資訊處", Class: Class(9)},
	}}
}

func TestProblemMessages(t *testing.T) {
	inv := messageInventory()
	probs := append(inv.Validate(), Checker{}.Later(inv)...)
	seen := map[Rule]bool{}
	for _, p := range probs {
		seen[p.Rule] = true
		zh, en := p.Message(finding.Chinese), p.Message(finding.English)
		if p.String() != zh {
			t.Errorf("%s: String %q, Message(Chinese) %q", p.Code, p.String(), zh)
		}
		if p.Detail != p.DetailMessage(finding.Chinese) {
			t.Errorf("%s: Detail %q, DetailMessage(Chinese) %q", p.Code, p.Detail, p.DetailMessage(finding.Chinese))
		}
		if w := asciiWord(zh); w != "" {
			t.Errorf("%s: Chinese %q holds %q", p.Code, zh, w)
		}
		if strings.Contains(zh+en, "%!") || en == zh || !strings.HasPrefix(en, p.Severity.Lead(finding.English)) {
			t.Errorf("%s: %q / %q", p.Code, zh, en)
		}
		if strings.Contains(en, "年") && strings.Contains(en, "月") && strings.Contains(en, "日") {
			t.Errorf("%s: English %q holds an ROC date", p.Code, en)
		}
	}
	for r := RuleClassified; r <= RuleLawKnown; r++ {
		if !seen[r] {
			t.Errorf("no problem of %v drawn", r)
		}
	}
}

func TestMismatchAndNoteMessages(t *testing.T) {
	printed := Summary{Open: 1, Closed: 3, Total: 5, Laws: []string{"檔案法", "民法"}}
	inv := Inventory{Records: []Record{{Serial: 1, Class: Closed, Grounds: NewGrounds("《刑事訴訟法》第245條")}}}
	ms := append(CheckSummary(printed, inv), printed.CheckTotal()...)
	ms = append(ms, Summary{Open: math.MaxInt, Limited: 1, Total: 1}.CheckTotal()...)
	codes := map[string]bool{}
	for _, m := range ms {
		codes[m.Code] = true
		zh, en := m.Message(finding.Chinese), m.Message(finding.English)
		if m.String() != zh || m.Detail != m.DetailMessage(finding.Chinese) || asciiWord(zh) != "" ||
			strings.Contains(zh+en, "%!") || en == zh {
			t.Errorf("%s: %q / %q (Detail %q)", m.Code, zh, en, m.Detail)
		}
	}
	if len(codes) != 4 {
		t.Errorf("mismatch codes drawn: %v", codes)
	}

	old := Inventory{Records: []Record{
		{Serial: 1, Name: "甲", Unit: "資訊處", Class: Closed, Items: []string{"姓名", "地址"}, Description: "某院資料",
			Grounds: NewGrounds("《檔案法》第18條第2款")},
		{Serial: 2, Name: "乙", Unit: "資訊處", Class: Closed},
		{Serial: 3, Name: "丙", Unit: "資訊處", Class: Open},
	}}
	cur := Inventory{Records: []Record{
		{Serial: 1, Name: "甲甲", Unit: "廉政署", Class: Limited, Items: []string{"姓名", "電話"}, Description: "某校資料",
			Conditions: "申請", Grounds: NewGrounds("《檔案法》第18條第5款"), Note: "另案"},
		{Serial: 3, Name: "丙", Unit: "資訊處", Class: Open, Items: []string{"x"}, Note: "新增蒐集資料項目「x」"},
		{Serial: 4, Name: "丁", Unit: "資訊處", Class: Open},
	}}
	checks := CheckNotes(old, cur)
	codes = map[string]bool{}
	for _, n := range checks {
		codes[n.Code] = true
		zh, en := n.Message(finding.Chinese), n.Message(finding.English)
		if n.String() != zh || n.Detail != n.DetailMessage(finding.Chinese) || strings.Contains(zh+en, "%!") || en == zh {
			t.Errorf("%s: %q / %q", n.Code, zh, en)
		}
		if n.Change.Note() != n.Change.NoteMessage(finding.Chinese) || strings.HasSuffix(n.Change.NoteMessage(finding.English), " ") {
			t.Errorf("%s: note %q / %q", n.Code, n.Change.Note(), n.Change.NoteMessage(finding.English))
		}
	}
	if len(codes) != 4 {
		t.Errorf("note codes drawn: %v", codes)
	}
	cs := Diff(old, cur)
	if cs.String() != cs.Message(finding.Chinese) || strings.Count(cs.Message(finding.English), "\n") != len(cs) {
		t.Errorf("Changes: %q / %q", cs.String(), cs.Message(finding.English))
	}
}

func TestEnumMessages(t *testing.T) {
	for _, e := range enums {
		for v := range e.Names {
			if e.Code(uint8(v)) == "" {
				continue
			}
			zh, en := e.Message(uint8(v), finding.Chinese), e.Message(uint8(v), finding.English)
			if zh != e.Names[v] || en == "" || asciiWord(en) == "" {
				t.Errorf("%s(%d): %q / %q", e.Type, v, zh, en)
			}
		}
	}
	if got := Closed.Message(finding.Chinese); got != Closed.String() {
		t.Errorf("Closed.Message(Chinese) = %q, want %q", got, Closed.String())
	}
	if got := Class(9).Message(finding.English); got != "Class(9)" {
		t.Errorf("Class(9).Message = %q", got)
	}
}

// BenchmarkProblemMessage formats a problem through the catalog beside
// fmt.Sprintf of the same text, which the issue bounds at 3×.
func BenchmarkProblemMessage(b *testing.B) {
	p := Problem{Severity: finding.Error, Code: RuleClosedGrounds.Code(), Rule: RuleClosedGrounds, Index: 4, Row: 5,
		Serial: 86, Name: "廉政業務管理系統"}
	p.Detail = p.DetailMessage(finding.Chinese)
	b.Run("Message", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkString = p.Message(finding.Chinese)
		}
	})
	b.Run("Sprintf", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkString = fmt.Sprintf("%s 序號%d「%s」(第%d列) %s：%s", "錯誤", p.Serial, p.Name, p.Row, "丙類應有法令依據", "丙類不開放資料未列法令依據")
		}
	})
}

var sinkString string

// The errors of the importers read in Chinese with no English but the
// input's, and every Detail they hold has a code.
func TestErrorMessages(t *testing.T) {
	var tables [][][]string
	for _, tt := range importCases {
		tables = append(tables, tt.rows)
	}
	for _, tt := range summaryCases {
		tables = append(tables, tt.rows)
	}
	tables = append(tables, [][]string{{"序號", "系統、資料庫名稱", "資料分類", "法令依據", "管理單位"},
		{"x", "甲", "丁類", "第0條", "u"}, {"99999999999", "乙", "甲類", "", "u"}, {"3", strings.Repeat("長", MaxCell), "甲類", "", "u"}})
	n := 0
	for _, rows := range tables {
		_, err1 := ImportRecords(rows)
		_, err2 := ImportSummary(rows)
		for _, err := range []error{err1, err2} {
			ie, ok := err.(*ImportError)
			if !ok {
				continue
			}
			if zh, en := ie.Message(finding.Chinese), ie.Message(finding.English); zh == en || strings.Contains(zh+en, "%!") {
				t.Errorf("ImportError: %q / %q", zh, en)
			}
			for _, re := range ie.Problems {
				n++
				zh := re.Message(finding.Chinese)
				if w := asciiWord(strings.ReplaceAll(zh, re.Input, "")); w != "" && !strings.Contains(re.Column, w) {
					t.Errorf("%v: Chinese %q holds %q", re, zh, w)
				}
				if pe, ok := re.Err.(*ParseError); ok {
					if pe.DetailCode() == "" && pe.Detail != "" {
						t.Errorf("%v: detail %q has no code", re, pe.Detail)
					}
				}
			}
		}
	}
	if n < 10 {
		t.Errorf("only %d row problems drawn", n)
	}
	// A citation's error, law's detail copied into this package's.
	_, cerr := Record{Grounds: NewGrounds("第三款第二項")}.Citations()
	var cited *ParseError
	if !errors.As(cerr, &cited) {
		t.Fatalf("Citations(第三款第二項) = %v, want a *ParseError", cerr)
	}
	for _, tt := range []struct {
		err  *ParseError
		want string
	}{
		{perr("ParseClass", "丁類", ErrSyntax, "inventory.syntax.class"), "「丁類」無法解析：非甲類、乙類或丙類"},
		{perr("Rule.AppendText", "99", ErrRange, "inventory.range.enum", "Rule"), "「99」無法解析：非有效之值"},
		{perr("ImportRecords", "0", ErrRange, "inventory.range.serial", 0), "「0」無法解析：序號0超出範圍"},
		{cited, "「第三款第二項」無法解析：款後接項，次序不符（第4字）"},
		{errtype.Wrap[pkg]("X", "y", errors.New("something else"), ErrSyntax), "「y」無法解析：格式不符"},
	} {
		if got := tt.err.Message(finding.Chinese); got != tt.want {
			t.Errorf("Message(%q) = %q, want %q", tt.err.Detail, got, tt.want)
		}
	}
}

package inventory

import (
	"strings"
	"testing"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/inventory/law"
	"github.com/ogdtw/governance/rocdate"
)

// TestLater: an amendment after the inventory's date is no problem of the
// inventory; Later lists it, with the registry's finding.
func TestLater(t *testing.T) {
	inv := Inventory{Date: rocdate.MustParse("111年5月19日"), Records: []Record{
		{Serial: 1, Name: "甲", Class: Closed, Unit: "檢察司", Grounds: NewGrounds("刑事訴訟法第245條", "《洗錢防制法》第13條第1項")},
	}}
	var k Checker
	if ps := k.Validate(inv); len(ps) != 0 {
		t.Errorf("Validate() = %v, want none: the amendments are after the inventory's date", ps)
	}
	later := k.Later(inv)
	if len(later) < 2 {
		t.Fatalf("Later() = %v, want the 113年7月31日 amendments of 刑事訴訟法 and 洗錢防制法", later)
	}
	for _, p := range later {
		if !p.Later() || p.Rule != RuleLaterAmendment || p.Code != law.CodeLaterAmendment || p.Severity != finding.Notice ||
			p.Statute.Date != rocdate.MustParse("113年7月31日") || p.Index != 0 || p.Serial != 1 || p.Ground == "" {
			t.Errorf("later development %+v", p)
		}
	}
	// The same inventory as of a day after the amendments: nothing later,
	// and the amendments are the law in force.
	k.Day = rocdate.MustParse("113年7月31日")
	if ps := k.Later(inv); len(ps) != 0 {
		t.Errorf("Later() as of 113年7月31日 = %v, want none", ps)
	}
	if ps := k.Validate(inv); len(ps) != 0 {
		t.Errorf("Validate() as of 113年7月31日 = %v, want none", ps)
	}
}

// TestDataDate: a day after the registry's data date gives one notice for
// the whole check, whatever the number of citations.
func TestDataDate(t *testing.T) {
	inv := Inventory{Date: rocdate.MustParse("115年1月5日"), Records: []Record{
		{Serial: 1, Name: "甲", Class: Closed, Unit: "資訊處", Grounds: NewGrounds("檔案法第18條第2款", "洗錢防制法第13條")},
		{Serial: 2, Name: "乙", Class: Closed, Unit: "資訊處", Grounds: NewGrounds("檔案法第18條第5款")},
	}}
	ps := inv.Validate()
	if len(ps) != 1 || ps[0].Code != law.CodeDataDate || ps[0].Index != -1 || ps[0].Rule != RuleLawKnown ||
		ps[0].Statute.Date != law.Default().Updated() || !strings.Contains(ps[0].Detail, "115年1月5日") {
		t.Errorf("Validate() as of 115年1月5日 = %v, want one law.data-date notice", ps)
	}
	// No citation, nothing to say about the statutes.
	inv.Records = []Record{{Serial: 1, Name: "甲", Class: Open, Unit: "資訊處"}}
	if ps := inv.Validate(); len(ps) != 0 {
		t.Errorf("Validate() without citations = %v", ps)
	}
}

// TestStatuteProblems: the registry's findings become problems of their
// record with the law's codes, grouped by rule.
func TestStatuteProblems(t *testing.T) {
	inv := Inventory{Date: rocdate.MustParse("111年5月19日"), Records: []Record{
		{Serial: 1, Name: "甲", Class: Closed, Unit: "資訊處", Grounds: NewGrounds("檔案法第18條第8款", "無此法第1條", "第二項第一款", "國家安全或重大利益公務人員特殊查核辦法第4條")},
	}}
	got := map[string]Rule{}
	for _, p := range inv.Validate() {
		got[p.Code] = p.Rule
		if p.Statute.Code != p.Code || p.Detail != p.Statute.Detail {
			t.Errorf("%v: Statute %+v", p, p.Statute)
		}
	}
	want := map[string]Rule{
		law.CodeProvisionMissing: RuleProvisionExists,
		law.CodeLawUnknown:       RuleLawKnown,
		law.CodeNoLaw:            RuleLawKnown,
		law.CodeLawName:          RuleLawKnown,
	}
	for code, r := range want {
		if got[code] != r {
			t.Errorf("code %s: rule %v, want %v (all: %v)", code, got[code], r, got)
		}
	}
	if len(got) != len(want) {
		t.Errorf("codes %v, want %v", got, want)
	}
	for code, r := range map[string]Rule{law.CodeNoArticle: RuleProvisionExists, law.CodeLaterAmendment: RuleLaterAmendment,
		law.CodeDataDate: RuleLawKnown, law.CodeUndated: RuleLawKnown, law.CodeVersionUnknown: RuleLawKnown, law.CodeLawAbandoned: RuleLawKnown} {
		if ruleOf(code) != r {
			t.Errorf("ruleOf(%s) = %v, want %v", code, ruleOf(code), r)
		}
	}
}

// TestCheckCitation: a citation read without a record, its later
// developments apart.
func TestCheckCitation(t *testing.T) {
	k := Checker{Day: rocdate.MustParse("111年5月19日")}
	problems, later := k.CheckCitation(law.MustParseCitation("《刑事訴訟法》第245條第1、3項"))
	if len(problems) != 0 || len(later) != 1 || later[0].Index != -1 || later[0].Ground != "《刑事訴訟法》第245條第1、3項" ||
		later[0].Statute.Provision != (law.Provision{Article: 245, Paragraph: 3}) {
		t.Errorf("CheckCitation = %v, %v", problems, later)
	}
	problems, later = k.CheckCitation(law.MustParseCitation("《檔案法》第18條第8款"))
	if len(problems) != 1 || problems[0].Code != law.CodeProvisionMissing || problems[0].Severity != finding.Error || len(later) != 0 {
		t.Errorf("CheckCitation(檔案法第18條第8款) = %v, %v", problems, later)
	}
	if s := problems[0].String(); s != "錯誤：《檔案法》第18條第8款 引用條文應存在：檔案法（97年7月2日修正公布）無第18條第8款" {
		t.Errorf("String() = %q", s)
	}
}

// TestIdentity: 個資法, 個人資料保護法 and 電腦處理個人資料保護法 are one law in
// Summarize and CheckSummary (issue 14).
func TestIdentity(t *testing.T) {
	inv := Inventory{Records: []Record{
		{Serial: 1, Class: Closed, Grounds: NewGrounds("個資法第16條")},
		{Serial: 2, Class: Closed, Grounds: NewGrounds("《個人資料保護法》第20條")},
		{Serial: 3, Class: Closed, Grounds: NewGrounds("電腦處理個人資料保護法第8條", "檔案法第18條")},
	}}
	s := Summarize(inv)
	if strings.Join(s.Laws, ",") != "個資法,檔案法" {
		t.Errorf("Summarize laws = %v, want [個資法 檔案法]", s.Laws)
	}
	printed := Summary{Closed: 3, Total: 3, Laws: []string{"電腦處理個人資料保護法", "《檔案法》"}}
	if ms := CheckSummary(printed, inv); len(ms) != 0 {
		t.Errorf("CheckSummary = %v, want none", ms)
	}
	// Listing the one law under two names is a wrong count of laws.
	printed.Laws = append(printed.Laws, "個資法")
	if ms := CheckSummary(printed, inv); len(ms) != 1 || ms[0].Figure != FigureLaws {
		t.Errorf("CheckSummary(one law listed twice) = %v", ms)
	}
	// A registry is the checker's: the nil registry is the default one.
	if ms := (Checker{Registry: law.Default()}).CheckSummary(printed, inv); len(ms) != 1 {
		t.Errorf("Checker.CheckSummary = %v", ms)
	}
}

// TestGroundsParsedOnce: a ground keeps what it parsed; the checks do not
// read its text again.
func TestGroundsParsedOnce(t *testing.T) {
	g := NewGround("檔案法第18條第2款")
	g.Text = "這段文字不再被解析" // the checks read g.Citations only
	inv := Inventory{Date: rocdate.MustParse("111年5月19日"), Records: []Record{{Serial: 1, Name: "甲", Unit: "資訊處", Class: Closed, Grounds: []Ground{g}}}}
	if ps := inv.Validate(); len(ps) != 0 {
		t.Errorf("Validate() = %v: a ground was parsed again", ps)
	}
	if s := Summarize(inv); len(s.Laws) != 1 || s.Laws[0] != "檔案法" {
		t.Errorf("Summarize laws = %v", s.Laws)
	}
	gs := ParseGrounds("• 檔案法第18條\n\n(2) 第0條；洗錢防制法第13條")
	if len(gs) != 3 || gs[1].Err == nil || gs[1].Err.Code() != "law.range" || len(gs[2].Citations) != 1 || gs[0].Text != "檔案法第18條" {
		t.Errorf("ParseGrounds = %+v", gs)
	}
	if NewGrounds() != nil || ParseGrounds(" \n ") != nil || !NewGround("  ").Blank() {
		t.Error("blank grounds")
	}
}

package inventory

import (
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/rocdate"
)

// deckGrounds are the six citations the deck's 資料分級 table lists for 丙類.
var deckGrounds = []string{
	"《政府資訊公開法》第18條第1項第1至7款",
	"《刑事訴訟法》第245條第1、3項",
	"《檔案法》第18條第2、5款",
	"《通訊保障及監察法》第11條第3項及第18條第1項",
	"《國家安全或重大利益公務人員特殊查核辦法》第4、10條規定",
	"《洗錢防制法》第13條第1項",
}

// deckLaws are the laws of deckGrounds, in the order the deck lists them.
var deckLaws = []string{"政府資訊公開法", "刑事訴訟法", "檔案法", "通訊保障及監察法", "國家安全或重大利益公務人員特殊查核辦法", "洗錢防制法"}

// deckInventory builds an inventory with the deck's figures: 26 甲類 and 65
// 丙類 records, the 丙類 ones citing the six grounds in turn.
func deckInventory() Inventory {
	inv := Inventory{Date: rocdate.MustParse("111年5月19日")}
	for i := range 91 {
		r := Record{Serial: i + 1, Name: "系統" + strconv.Itoa(i+1), Unit: "資訊處", Class: Open}
		if i >= 26 {
			r.Class = Closed
			r.Grounds = NewGrounds(deckGrounds[(i-26)%len(deckGrounds)])
		}
		inv.Records = append(inv.Records, r)
	}
	return inv
}

// deckSummary is the deck's table as printed.
func deckSummary() Summary {
	return Summary{Open: 26, Limited: 0, Closed: 65, Total: 91, Laws: append([]string(nil), deckLaws...), Citations: deckCites()}
}

func TestSummarizeDeck(t *testing.T) {
	inv := deckInventory()
	// The deck's citations break no rule of the 盤點表; what Validate says
	// of them is advice about the law (amended since, a name cut short).
	for _, p := range inv.Validate() {
		if p.Severity == finding.Error {
			t.Fatalf("deck inventory has an error: %v", p)
		}
	}
	got := Summarize(inv)
	if diff := cmp.Diff(deckSummary(), got, allFields); diff != "" {
		t.Errorf("Summarize(deck) mismatch (-want +got):\n%s", diff)
	}
	if ms := CheckSummary(deckSummary(), inv); len(ms) != 0 {
		t.Errorf("CheckSummary(deck) = %v, want none", ms)
	}
	for c, want := range map[Class]int{Open: 26, Limited: 0, Closed: 65, Unclassified: 0} {
		if got.Count(c) != want {
			t.Errorf("Count(%v) = %d, want %d", c, got.Count(c), want)
		}
	}
	s := got.String()
	for _, w := range []string{"資料分級", "甲類 (開放資料)", "26", "65", "合計", "91", "《洗錢防制法》"} {
		if !strings.Contains(s, w) {
			t.Errorf("Summary.String() lacks %q:\n%s", w, s)
		}
	}
	if strings.Contains(s, "未分類") {
		t.Errorf("Summary.String() shows 未分類 without any:\n%s", s)
	}
}

func TestCheckSummary(t *testing.T) {
	inv := deckInventory()
	// A record loses its class and another cites a seventh law.
	inv.Records[0].Class = Unclassified
	inv.Records[30].Grounds = append(inv.Records[30].Grounds, NewGround("個人資料保護法第20條"))
	printed := deckSummary()
	printed.Laws = []string{"《政府資訊公開法》", "刑事訴訟法", "通訊保障及監察法", "國家安全或重大利益公務人員特殊查核辦法", "洗錢防制法", "國家機密保護法"}
	got := CheckSummary(printed, inv)
	e := finding.Error
	want := []Mismatch{
		{Severity: e, Code: "inventory.summary-count", Figure: FigureOpen, Printed: 26, Computed: 25, Detail: "表列26，計算25"},
		{Severity: e, Code: "inventory.summary-count", Figure: FigureUnclassified, Printed: 0, Computed: 1, Detail: "表列0，計算1"},
		{Severity: e, Code: "inventory.summary-count", Figure: FigureLaws, Printed: 6, Computed: 7, Detail: "表列6，計算7"},
		{Severity: e, Code: "inventory.law-not-cited", Figure: FigureLaw, Law: "國家機密保護法", Printed: 1, Detail: "表列有列，計算未引用"},
		{Severity: e, Code: "inventory.law-not-listed", Figure: FigureLaw, Law: "檔案法", Computed: 1, Detail: "表列未列，計算有引用"},
		{Severity: e, Code: "inventory.law-not-listed", Figure: FigureLaw, Law: "個人資料保護法", Computed: 1, Detail: "表列未列，計算有引用"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("CheckSummary mismatch (-want +got):\n%s", diff)
	}
	wantText := []string{
		"錯誤：甲類表列26，計算25",
		"錯誤：未分類表列0，計算1",
		"錯誤：丙類引用法規數表列6，計算7",
		"錯誤：丙類引用法規《國家機密保護法》表列有列，計算未引用",
		"錯誤：丙類引用法規《檔案法》表列未列，計算有引用",
		"錯誤：丙類引用法規《個人資料保護法》表列未列，計算有引用",
	}
	for i, m := range got {
		if i < len(wantText) && m.String() != wantText[i] {
			t.Errorf("Mismatch.String() = %q, want %q", m.String(), wantText[i])
		}
	}
	// A total that does not add up is named even when the classes are right.
	printed = deckSummary()
	printed.Total = 92
	if got := CheckSummary(printed, deckInventory()); !cmp.Equal(got, []Mismatch{{Severity: finding.Error, Code: "inventory.summary-count", Figure: FigureTotal, Printed: 92, Computed: 91, Detail: "表列92，計算91"}}) {
		t.Errorf("CheckSummary(合計92) = %v", got)
	}
	if s := Summarize(inv).String(); !strings.Contains(s, "未分類") {
		t.Errorf("Summary.String() hides 未分類:\n%s", s)
	}
}

package inventory

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// record82 is the deck's record 82 before the 院 → 校 renames.
func record82() Record {
	return Record{
		Serial: 82, Name: "法務統計資料庫系統", Description: "法務統計資料庫系統",
		Items: []string{
			"檢察統計(1.偵查新收件數及人數、2.偵查終結件數及人數、起訴人數、3.執行裁判確定人數、有罪人數)",
			"矯正統計(1.監獄新入監人數、在監人數及出獄人數、2.假釋及核准撤銷假釋情形、3.其他矯正機關之新入所(院)人數、出所(院)人數、在所(院)人數)",
			"行政執行統計(1.執行案件新收件數及終結件數、2.執行案件徵起金額及待執行金額)",
			"司法保護統計(1.申請犯罪被害補償金事件新收件數及終結件數、2.社區處遇終結案件應履行及實際履行時數)",
		},
		Class: Open, Unit: "本部統計處",
	}
}

// record86 is the deck's record 86 before its unit changed.
func record86() Record {
	return Record{
		Serial: 86, Name: "廉政業務管理系統",
		Description: "廉政業務管理系統係整合國家廉政網路，辦理肅貪、防貪業務，並整合貪瀆情資知識庫之功能。",
		Items:       []string{"防貪肅貪政風業務常見問題(常見問題查詢)"},
		Class:       Closed, Unit: "本部資訊處", Grounds: NewGrounds("《洗錢防制法》第13條第1項"),
	}
}

func TestDiffDeck(t *testing.T) {
	old := Inventory{Records: []Record{record82(), record86()}}
	n82, n86 := record82(), record86()
	for i, it := range n82.Items {
		n82.Items[i] = strings.ReplaceAll(it, "(院)", "(校)")
	}
	n86.Unit = "廉政署"
	cs := Diff(old, Inventory{Records: []Record{n82, n86}})
	if len(cs) != 2 {
		t.Fatalf("Diff gave %d changes, want 2: %v", len(cs), cs)
	}
	if cs[0].Kind != Modified || !cmp.Equal(cs[0].Fields, []Field{FieldItems}) {
		t.Errorf("record 82: %v %v, want 修正 of 蒐集資料項目", cs[0].Kind, cs[0].Fields)
	}
	if got, want := cs[0].Note(), "將相關文字內之「院」修正為「校」。"; got != want {
		t.Errorf("record 82 Note() = %q, want %q", got, want)
	}
	if got, want := cs[1].Note(), "將管理單位由本部資訊處改為廉政署。"; got != want {
		t.Errorf("record 86 Note() = %q, want %q", got, want)
	}
	want := "序號82「法務統計資料庫系統」：將相關文字內之「院」修正為「校」。\n" +
		"序號86「廉政業務管理系統」：將管理單位由本部資訊處改為廉政署。\n"
	if got := cs.String(); got != want {
		t.Errorf("Changes.String() = %q, want %q", got, want)
	}
	// The changes are copies: editing them leaves the editions alone.
	cs[0].New.Items[0] = "x"
	if n82.Items[0] == "x" {
		t.Error("Diff returned the edition's own slice")
	}
}

func TestDiff(t *testing.T) {
	base := Inventory{Records: []Record{
		{Serial: 1, Name: "甲系統", Description: "甲", Items: []string{"姓名", "性別"}, Class: Limited, Unit: "保護司",
			Grounds: NewGrounds("個資法第16條"), Conditions: "學術研究"},
		{Serial: 2, Name: "乙系統", Class: Closed, Unit: "資訊處", Grounds: NewGrounds("檔案法第18條第2、5款")},
		{Serial: 3, Name: "丙系統", Class: Open, Unit: "統計處"},
		{Serial: 3, Name: "重複", Class: Open, Unit: "統計處"},
	}}
	next := Inventory{Records: []Record{
		{Serial: 1, Name: "甲資料庫", Description: "甲乙", Items: []string{"姓名", "出生日期"}, Class: Closed, Unit: "保護司",
			Grounds: NewGrounds("個資法第16條", "刑事訴訟法第245條第3項"), Conditions: "不開放"},
		{Serial: 2, Name: "乙系統", Class: Closed, Unit: "資訊處", Grounds: NewGrounds("檔案法第18條第2款及第5款規定")},
		{Serial: 4, Name: "丁系統", Class: Open, Unit: "法制司"},
	}}
	cs := Diff(base, next)
	want := []string{
		"序號1「甲資料庫」：將系統、資料庫名稱由「甲系統」修正為「甲資料庫」。修正系統、資料庫描述為「甲乙」。" +
			"新增蒐集資料項目「出生日期」。刪除蒐集資料項目「性別」。將資料分類由乙類改為丙類。" +
			"新增法令依據《刑事訴訟法》第245條第3項。將利用條件修正為「不開放」。",
		"序號3「丙系統」：刪除甲類「丙系統」。",
		"序號3「重複」：刪除甲類「重複」。",
		"序號4「丁系統」：新增甲類「丁系統」，管理單位為法制司。",
	}
	var got []string
	for _, c := range cs {
		got = append(got, c.String())
	}
	if diff := cmp.Diff(want, got, allFields); diff != "" {
		t.Errorf("Diff mismatch (-want +got):\n%s", diff)
	}
	if len(cs) != 4 || cs[0].Kind != Modified || cs[1].Kind != Removed || cs[2].Kind != Removed || cs[3].Kind != Added {
		t.Errorf("changes = %v", cs)
	}
	if len(Diff(base, base)) != 0 {
		t.Error("Diff of an edition with itself is not empty")
	}
	// Grounds removed, and a unit set for the first time.
	a := Inventory{Records: []Record{{Serial: 5, Name: "戊", Class: Closed, Grounds: NewGrounds("檔案法第18條", "第0條")}}}
	b := Inventory{Records: []Record{{Serial: 5, Name: "戊", Class: Closed, Unit: "廉政署"}}}
	if got, want := Diff(a, b)[0].Note(), "刪除法令依據《檔案法》第18條。刪除法令依據第0條。將管理單位由改為廉政署。"; got != want {
		t.Errorf("Note() = %q, want %q", got, want)
	}
}

func TestSubstitutions(t *testing.T) {
	tests := []struct {
		o, n string
		want [][2]string
	}{
		{"新入所(院)人數、出所(院)人數", "新入所(校)人數、出所(校)人數", [][2]string{{"院", "校"}, {"院", "校"}}},
		{"abc", "abc", nil},
		{"abc", "abxc", [][2]string{{"", "x"}}},
		{"abc", "ac", [][2]string{{"b", ""}}},
		{"", "ab", [][2]string{{"", "ab"}}},
		{strings.Repeat("院", 1100) + "甲", strings.Repeat("院", 1100) + "乙", [][2]string{{"甲", "乙"}}},
		{strings.Repeat("院", 1100), strings.Repeat("院", 1100), nil},
	}
	for _, tt := range tests {
		if got := substitutions(tt.o, tt.n); !cmp.Equal(got, tt.want) {
			t.Errorf("substitutions(%.20q, %.20q) = %q, want %q", tt.o, tt.n, got, tt.want)
		}
	}
}

// TestDiffSameSerial is the defect of issue 12: a record added under a
// 序號 already used was not reported.
func TestDiffSameSerial(t *testing.T) {
	one := Inventory{Records: []Record{{Serial: 5, Name: "戊系統", Class: Open, Unit: "資訊處"}}}
	two := Inventory{Records: []Record{one.Records[0], {Serial: 5, Name: "戊資料庫", Class: Open, Unit: "統計處"}}}
	cs := Diff(one, two)
	if len(cs) != 1 || cs[0].Kind != Added || cs[0].New.Name != "戊資料庫" {
		t.Errorf("Diff(one, two) = %v, want 戊資料庫 added", cs)
	}
	cs = Diff(two, one)
	if len(cs) != 1 || cs[0].Kind != Removed || cs[0].Old.Name != "戊資料庫" {
		t.Errorf("Diff(two, one) = %v, want 戊資料庫 removed", cs)
	}
	if cs := Diff(two, two); len(cs) != 0 {
		t.Errorf("Diff(two, two) = %v, want none", cs)
	}
}

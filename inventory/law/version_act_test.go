package law

import (
	"testing"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/rocdate"
)

// TestVersionAct checks that a version is described by the act of its own
// day as the 沿革 records it, in both languages, and that the description
// reads back.
func TestVersionAct(t *testing.T) {
	tests := []struct {
		law, date string
		act       Act
		zh, en    string
		summary   string
	}{
		{"政府資訊公開法", "94年12月28日", ActEnacted, "政府資訊公開法（94年12月28日制定公布）", "政府資訊公開法 as enacted on 2005-12-28", "制定公布全文24條；並自公布日施行"},
		{"洗錢防制法", "113年7月31日", ActAmendedAll, "洗錢防制法（113年7月31日全文修正）", "洗錢防制法 as amended in whole on 2024-07-31", "修正公布全文31條；除第6、11條之施行日期由行政院定之外，自公布日施行"},
		{"洗錢防制法", "105年12月28日", ActAmendedAll, "洗錢防制法（105年12月28日全文修正）", "洗錢防制法 as amended in whole on 2016-12-28", "修正公布全文23條；並自公布日後六個月施行"},
		{"刑事訴訟法", "113年7月31日", ActAmended, "刑事訴訟法（113年7月31日修正公布）", "刑事訴訟法 as amended on 2024-07-31", ""},
		{"檔案法", "97年7月2日", ActAmended, "檔案法（97年7月2日修正公布）", "檔案法 as amended on 2008-07-02", "修正公布第28條條文；施行日期，由行政院定之"},
		{"涉及國家安全或重大利益公務人員特殊查核辦法", "98年10月30日", ActAmendedOrder, "涉及國家安全或重大利益公務人員特殊查核辦法（98年10月30日修正發布）", "涉及國家安全或重大利益公務人員特殊查核辦法 as amended on 2009-10-30", "會同修正發布第3、5條條文；並增訂第10-1條條文"},
	}
	for _, tt := range tests {
		s, _ := Default().Lookup(tt.law)
		v, ok := s.VersionOn(rocdate.MustParse(tt.date))
		if !ok || v.Date() != rocdate.MustParse(tt.date) {
			t.Errorf("%s has no version of %s", tt.law, tt.date)
			continue
		}
		if got := v.Act(); got != tt.act {
			t.Errorf("%s.Act() = %v, want %v", v, got, tt.act)
		}
		if got := v.String(); got != tt.zh {
			t.Errorf("String = %q, want %q", got, tt.zh)
		}
		if got := v.Message(finding.English); got != tt.en {
			t.Errorf("Message(English) = %q, want %q", got, tt.en)
		}
		if got := v.Summary(); tt.summary != "" && got != tt.summary {
			t.Errorf("%s.Summary() = %q, want %q", v, got, tt.summary)
		}
		if len(v.Acts()) == 0 || v.Acts()[0].Date != v.Date() {
			t.Errorf("%s.Acts() = %v, not of its day", v, v.Acts())
		}
		var back StatuteVersion
		if err := back.UnmarshalText([]byte(tt.zh)); err != nil || back != v {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", tt.zh, back, err, v)
		}
	}
	// The words older texts wrote are read as well; a word that is no
	// act's is not.
	var v StatuteVersion
	for _, s := range []string{"刑事訴訟法（113年7月31日修正）", "刑事訴訟法（113年7月31日異動）"} {
		if err := v.UnmarshalText([]byte(s)); err != nil || v.Date() != rocdate.MustParse("113年7月31日") {
			t.Errorf("UnmarshalText(%q) = %v, %v", s, v, err)
		}
	}
	if err := v.UnmarshalText([]byte("刑事訴訟法（113年7月31日公告）")); err == nil {
		t.Error("UnmarshalText accepted 公告, no act's word")
	}
}

// TestActOf checks the act a day's revisions describe, from 沿革 texts.
func TestActOf(t *testing.T) {
	tests := []struct {
		text string
		want Act
	}{
		{"1.中華民國九十四年十二月二十八日總統華總一義字第 09400212561  號\r\n  令制定公布全文 24 條；並自公布日施行", ActEnacted},
		{"1.中華民國九十八年十月三十日行政院院授人力字第 0980064285 號令訂定發布全文 12 條", ActIssued},
		{"2.中華民國一百零八年九月十九日行政院院授人培字第 1080060050 號令修正發布第 4、10 條條文", ActAmendedOrder},
		{"11. 中華民國一百十三年七月三十一日總統華總一義字第 11300068971\r\n    號令修正公布全文 31 條；除第 6、11  條之施行日期由行政院定之\r\n    外，自公布日施行", ActAmendedAll},
		{"53. 中華民國一百十三年七月三十一日總統華總一義字第 11300068921 \r\n    號令修正公布第 245  條條文；並增訂第 70-1、153-1～153-10、\r\n    245-1 條條文及第十一章之一章名", ActAmended},
		{"3.中華民國一百年一月五日總統華總一義字第 10000000001 號令增訂公布第 5-1 條條文", ActAdded},
		{"4.中華民國一百年一月五日總統華總一義字第 10000000001 號令刪除第 5-1 條條文", ActDeleted},
		{"5.中華民國一百年一月五日總統華總一義字第 10000000001 號令廢止公布", ActAbandoned},
		{"6.中華民國一百年一月五日行政院院臺法字第 1000000001 號令發布定自一百年二月一日施行", ActEnforced},
		{"7.中華民國一百年一月五日", NoAct},
	}
	for _, tt := range tests {
		if got := actOf(ParseHistory(tt.text)); got != tt.want {
			t.Errorf("actOf(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestActEnum checks the enum convention: every value's words read back,
// an invalid value does not marshal.
func TestActEnum(t *testing.T) {
	for a := range Act(len(actText.Names)) {
		b, err := a.MarshalText()
		var back Act
		if err != nil || back.UnmarshalText(b) != nil || back != a || !a.IsValid() {
			t.Errorf("Act %d: MarshalText = %q, %v; back %v", a, b, err, back)
		}
		if a != NoAct && (a.Message(finding.English) == "" || a.Message(finding.English) == a.String()) {
			t.Errorf("Act %v has no English label", a)
		}
		if id := actText.IDs[a]; id != "" {
			if v, err := ParseAct(id); err != nil || v != a {
				t.Errorf("ParseAct(%q) = %v, %v", id, v, err)
			}
		}
	}
	if _, err := Act(200).MarshalText(); err == nil || Act(200).IsValid() {
		t.Error("Act(200) marshals")
	}
}

// TestRegistryDates checks that the data date is the snapshot's, apart
// from the latest amendment.
func TestRegistryDates(t *testing.T) {
	r := Default()
	if got, want := r.Updated(), rocdate.MustParse("113年10月11日"); got != want {
		t.Errorf("Default().Updated() = %v, want %v", got, want)
	}
	if got, want := r.Amended(), rocdate.MustParse("113年7月31日"); got != want {
		t.Errorf("Default().Amended() = %v, want %v", got, want)
	}
	var nilReg *Registry
	if !nilReg.Amended().IsZero() || !nilReg.Updated().IsZero() {
		t.Error("the nil registry has dates")
	}
	m := nilReg.Merge(r)
	if m.Updated() != r.Updated() || m.Amended() != r.Amended() {
		t.Errorf("Merge keeps %v, %v", m.Updated(), m.Amended())
	}
}

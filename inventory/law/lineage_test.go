package law

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/rocdate"
)

// snapshot returns a registry decoded from a one-law file of the law
// database: 測試法 (X0000001) as of modified, with its 沿革 and articles.
func snapshot(t *testing.T, update, modified, history string, articles ...string) *Registry {
	t.Helper()
	var b strings.Builder
	b.WriteString(`{"UpdateDate":"` + update + ` 上午 12:00:00","Laws":[{"LawLevel":"法律","LawName":"測試法","LawURL":"https://law.moj.gov.tw/LawClass/LawAll.aspx?pcode=X0000001","LawModifiedDate":"` + modified + `","LawHistories":"` + history + `","LawArticles":[`)
	for i, a := range articles {
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString(`{"ArticleType":"A","ArticleNo":"第 ` + string(rune('1'+i)) + ` 條","ArticleContent":"` + a + `"}`)
	}
	b.WriteString("]}]}")
	r, err := Decode(strings.NewReader(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// decodedHistory is the 沿革 of 測試法: enacted on 112年1月1日, 第1條
// amended on 113年1月1日.
const decodedHistory = `1.中華民國一百十二年一月一日總統華總一義字第 1 號令制定公布全文 2 條\r\n2.中華民國一百十三年一月一日總統華總一義字第 2 號令修正公布第 1 條條文`

// TestLineage covers every kind of lineage, from the embedded laws and
// from decoded snapshots (which hold no texts to compare).
func TestLineage(t *testing.T) {
	older := snapshot(t, "2023/06/01", "20230101", decodedHistory, "主管機關為法務部。", "本法自公布日施行。")
	newer := snapshot(t, "2024/10/11", "20240101", decodedHistory, "本法主管機關為法務部，並得委任所屬機關辦理。", "本法自公布日施行。")
	merged := older.Merge(newer)
	testLaw := func(r *Registry) Statute {
		s, _ := r.ByPCode("X0000001")
		return s
	}
	law := func(name string) Statute {
		s, _ := Default().Lookup(name)
		return s
	}
	tests := []struct {
		name     string
		s        Statute
		p        Provision
		from, to string
		kind     LineageKind
		targets  []Provision
		reason   string
		message  string
	}{
		{"unchanged", law("刑事訴訟法"), Provision{Article: 245, Paragraph: 1}, "111.5.19", "113.10.1", LineageUnchanged,
			[]Provision{{Article: 245, Paragraph: 1}}, "", "刑事訴訟法第245條第1項：111年5月19日至113年10月1日未修正"},
		{"a 款 cited under its article", law("檔案法"), Provision{Article: 18, Subparagraph: 2}, "111.5.19", "113.10.1", LineageUnchanged,
			[]Provision{{Article: 18, Subparagraph: 2}}, "", "檔案法第18條第2款：111年5月19日至113年10月1日未修正"},
		{"reworded", law("刑事訴訟法"), Provision{Article: 93}, "105.1.1", "107.1.1", LineageReworded,
			[]Provision{{Article: 93}}, "", "刑事訴訟法第93條：106年11月16日修正公布，該條文字修正"},
		{"moved, text unchanged", law("刑事訴訟法"), Provision{Article: 245, Paragraph: 3}, "111.5.19", "113.10.1", LineageMoved,
			[]Provision{{Article: 245, Paragraph: 5}}, "", "刑事訴訟法第245條第3項：113年7月31日修正公布，該項移列為第5項，文字未修正"},
		{"moved and reworded in a full rewrite", law("洗錢防制法"), Provision{Article: 13, Paragraph: 1}, "111.5.19", "113.10.1", LineageMovedReworded,
			[]Provision{{Article: 18, Paragraph: 1}}, "", "洗錢防制法第13條第1項：113年7月31日全文修正，原條文移列為第18條第1項並修正文字"},
		{"split", law("中華民國刑法"), Provision{Article: 78, Paragraph: 1}, "110.1.1", "111.6.1", LineageSplit,
			[]Provision{{Article: 78, Paragraph: 1}, {Article: 78, Paragraph: 3}}, "", "中華民國刑法第78條第1項：111年1月12日修正公布，該項分列為第1項及第3項"},
		{"merged", law("洗錢防制法"), Provision{Article: 10, Paragraph: 2}, "106.7.1", "108.1.1", LineageMerged,
			[]Provision{{Article: 9, Paragraph: 2}}, "", "洗錢防制法第10條第2項：107年11月7日修正公布，該項併入第9條第2項"},
		{"deleted: the article repealed", law("通訊保障及監察法"), Provision{Article: 26}, "106.1.1", "108.1.1", LineageDeleted,
			nil, "", "通訊保障及監察法第26條：107年5月23日刪除條文，該條刪除，修正後條文無相近規定"},
		{"after the data date", law("刑事訴訟法"), Provision{Article: 245, Paragraph: 3}, "111.5.19", "115.12.1", LineageMoved,
			[]Provision{{Article: 245, Paragraph: 5}}, "", "刑事訴訟法第245條第3項：113年7月31日修正公布，該項移列為第5項，文字未修正；法規資料更新至113年10月11日，113年10月12日至115年12月1日之法規異動無法查核"},
		{"unknown: two snapshots, no texts to compare", testLaw(merged), Provision{Article: 1}, "112.6.1", "113.10.1", LineageUnknown,
			nil, "texts", "測試法第1條：113年1月1日修正公布，法規資料未收錄修正前後條文，其移列情形無法查核"},
		{"unchanged across two snapshots: the same text", testLaw(merged), Provision{Article: 2}, "112.6.1", "113.10.1", LineageUnchanged,
			[]Provision{{Article: 2}}, "", "測試法第2條：112年6月1日至113年10月1日未修正"},
		{"unknown: one snapshot, the article amended since", testLaw(newer), Provision{Article: 1}, "112.6.1", "113.10.1", LineageUnknown,
			nil, "before", "測試法第1條：法規資料未收錄112年6月1日施行之條文，其移列情形無法查核"},
		{"one snapshot, the article untouched since", testLaw(newer), Provision{Article: 2}, "112.6.1", "113.10.1", LineageUnchanged,
			[]Provision{{Article: 2}}, "", "測試法第2條：112年6月1日至113年10月1日未修正"},
		{"unknown: no such provision on the day", law("刑事訴訟法"), Provision{Article: 245, Paragraph: 7}, "111.5.19", "113.10.1", LineageUnknown,
			nil, "missing", "刑事訴訟法第245條第7項：111年5月19日施行之條文無此規定，無從追溯其移列情形"},
		{"unknown: no statute", Statute{}, Provision{Article: 1}, "111.5.19", "113.10.1", LineageUnknown,
			nil, "provision", "第1條：未指明法規、條次或起迄日期，無從追溯其移列情形"},
		{"unknown: to before from", law("刑事訴訟法"), Provision{Article: 1}, "113.5.19", "111.10.1", LineageUnknown,
			nil, "provision", "刑事訴訟法第1條：未指明法規、條次或起迄日期，無從追溯其移列情形"},
	}
	seen := map[LineageKind]bool{}
	for _, tt := range tests {
		l := tt.s.Lineage(tt.p, rocdate.MustParse(tt.from), rocdate.MustParse(tt.to))
		seen[l.Kind] = true
		if l.Kind != tt.kind || l.Reason != tt.reason {
			t.Errorf("%s: Lineage(%v, %s, %s) = %v (%q), want %v (%q)", tt.name, tt.p, tt.from, tt.to, l.Kind, l.Reason, tt.kind, tt.reason)
		}
		if diff := cmp.Diff(tt.targets, l.Targets); diff != "" {
			t.Errorf("%s: targets (-want +got):\n%s", tt.name, diff)
		}
		if got := l.Message(finding.Chinese); got != tt.message {
			t.Errorf("%s: Message = %q, want %q", tt.name, got, tt.message)
		}
		if en := l.Message(finding.English); en == "" || en == l.Message(finding.Chinese) {
			t.Errorf("%s: no English message: %q", tt.name, en)
		}
		h := l.Head()
		if (h.Verdict == finding.Unchecked) != (l.Kind == LineageUnknown || !l.Updated.IsZero()) ||
			(h.Code == CodeLineageUnknown) != (l.Kind == LineageUnknown) {
			t.Errorf("%s: Head = %+v for %v", tt.name, h, l.Kind)
		}
	}
	for k := LineageUnchanged; k <= LineageUnknown; k++ {
		if !seen[k] {
			t.Errorf("no case of %v", k)
		}
	}
}

// TestLineageEnglish checks the two messages of the issue in English.
func TestLineageEnglish(t *testing.T) {
	crim, _ := Default().Lookup("刑事訴訟法")
	l := crim.Lineage(Provision{Article: 245, Paragraph: 3}, rocdate.MustParse("111.5.19"), rocdate.MustParse("113.10.1"))
	if got, want := l.Message(finding.English), "刑事訴訟法 第245條第3項: amended on 2024-07-31; the paragraph moved to 第5項, its text unchanged"; got != want {
		t.Errorf("Message(English) = %q, want %q", got, want)
	}
}

// TestLineageKindEnum checks the enum convention.
func TestLineageKindEnum(t *testing.T) {
	for k := range LineageKind(len(lineageKindText.Names)) {
		b, err := k.MarshalText()
		var back LineageKind
		if err != nil || back.UnmarshalText(b) != nil || back != k || !k.IsValid() {
			t.Errorf("LineageKind %d: MarshalText = %q, %v; back %v", k, b, err, back)
		}
		if id := lineageKindText.IDs[k]; id != "" {
			if v, err := ParseLineageKind(id); err != nil || v != k {
				t.Errorf("ParseLineageKind(%q) = %v, %v", id, v, err)
			}
			if k.Message(finding.English) == k.String() {
				t.Errorf("%v has no English label", k)
			}
		}
	}
	if _, err := LineageKind(99).MarshalText(); err == nil {
		t.Error("LineageKind(99) marshals")
	}
	if _, err := ParseLineageKind("renamed"); err == nil {
		t.Error("ParseLineageKind(renamed) succeeded")
	}
}

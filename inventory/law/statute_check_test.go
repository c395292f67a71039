package law

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/ogdtw/governance/rocdate"
)

// deckCitations are the six citations of the deck's 資料分級 table
// (111年5月19日), for its 65 丙類 records.
var deckCitations = []string{
	"《政府資訊公開法》第18條第1項第1至7款",
	"《刑事訴訟法》第245條第1、3項",
	"《檔案法》第18條第2、5款",
	"《通訊保障及監察法》第11條第3項及第18條第1項",
	"《國家安全或重大利益公務人員特殊查核辦法》第4、10條規定",
	"《洗錢防制法》第13條第1項",
}

// checkLines returns the findings of CheckCitation for each citation of
// each ground as of on, one line each with its citation.
func checkLines(t *testing.T, r *Registry, on string, grounds ...string) []string {
	t.Helper()
	var day rocdate.Date
	if on != "" {
		day = rocdate.MustParse(on)
	}
	var out []string
	for _, g := range grounds {
		cs, _ := ParseCitations(g)
		for _, c := range cs {
			for _, f := range r.CheckCitation(c, day) {
				out = append(out, f.String()+" ["+c.String()+"]")
			}
		}
	}
	return out
}

// TestCheckStatutesDeck checks the deck's six citations against the law
// data, as an inventory dated on the meeting day and as one dated
// 115年12月1日: no errors, so Validate finds nothing on either date;
// on the first, two later amendments are told with where the provisions
// went; on the second, the data date. Why each outcome, from the data:
//
//   - 政府資訊公開法 has one version (94年12月28日); its 第18條第1項 has 9
//     款, so 第1至7款 exist on both dates and nothing changed: no problem.
//   - 刑事訴訟法 on 111年5月19日 is the 111年2月18日 version, whose 第245條
//     has 5 項: 第1項 and 第3項 exist. The 113年7月31日 amendment inserted
//     two paragraphs after 第2項: 第1項 (偵查，不公開之) reads the same,
//     but 第3項 now says 前項限制或禁止事由應記明於筆錄, and the duty of
//     confidentiality the deck cites moved, word for word, to 第5項: a
//     Notice, 該項移列為第5項，文字未修正. Later the 113年7月31日
//     version is in force and unamended since: no problem (a citation
//     dated then means the new 第3項).
//   - 檔案法 has one version (97年7月2日); 第18條 is one paragraph of 7 款,
//     so 第2款 and 第5款 (cited directly under the article) exist: no
//     problem.
//   - 通訊保障及監察法 on 111年5月19日 is the 107年5月23日 version, on
//     113年10月11日 the 113年7月31日 one; 第11條第3項 and 第18條第1項 exist in
//     both and the 2024 amendment left them as they were: no problem.
//   - The deck leaves 涉及 out of 涉及國家安全或重大利益公務人員特殊查核辦法:
//     a Notice on both dates; the statute is checked all the same. Its
//     108年9月19日 version is the last, with 第4條 and 第10條: nothing else.
//   - 洗錢防制法 on 111年5月19日 is the 107年11月7日 version, whose 第13條第1項
//     is a court freezing order; 112年6月14日 left it alone, 113年7月31日
//     rewrote the law (全文修正) and the freezing order is 第18條第1項,
//     reworded: a Notice, 原條文移列為第18條第1項並修正文字. Later that
//     version is in force: no problem.
func TestCheckCitationDeck(t *testing.T) {
	tests := []struct {
		on   string
		want []string
	}{
		{
			on: "111年5月19日",
			want: []string{
				"注意：嗣後修正：刑事訴訟法第245條第3項：113年7月31日修正公布，該項移列為第5項，文字未修正 [《刑事訴訟法》第245條第1、3項]",
				"注意：法規名稱「國家安全或重大利益公務人員特殊查核辦法」不全，應為「涉及國家安全或重大利益公務人員特殊查核辦法」 [《國家安全或重大利益公務人員特殊查核辦法》第4、10條]",
				"注意：嗣後修正：洗錢防制法第13條第1項：113年7月31日全文修正，原條文移列為第18條第1項並修正文字 [《洗錢防制法》第13條第1項]",
			},
		},
		{
			on: "115年12月1日",
			want: []string{
				"注意：法規資料更新至113年10月11日，113年10月12日至115年12月1日之法規異動無法查核 [《政府資訊公開法》第18條第1項第1至7款]",
				"注意：法規資料更新至113年10月11日，113年10月12日至115年12月1日之法規異動無法查核 [《刑事訴訟法》第245條第1、3項]",
				"注意：法規資料更新至113年10月11日，113年10月12日至115年12月1日之法規異動無法查核 [《檔案法》第18條第2、5款]",
				"注意：法規資料更新至113年10月11日，113年10月12日至115年12月1日之法規異動無法查核 [《通訊保障及監察法》第11條第3項、第18條第1項]",
				"注意：法規資料更新至113年10月11日，113年10月12日至115年12月1日之法規異動無法查核 [《國家安全或重大利益公務人員特殊查核辦法》第4、10條]",
				"注意：法規名稱「國家安全或重大利益公務人員特殊查核辦法」不全，應為「涉及國家安全或重大利益公務人員特殊查核辦法」 [《國家安全或重大利益公務人員特殊查核辦法》第4、10條]",
				"注意：法規資料更新至113年10月11日，113年10月12日至115年12月1日之法規異動無法查核 [《洗錢防制法》第13條第1項]",
			},
		},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, checkLines(t, Default(), tt.on, deckCitations...)); diff != "" {
			t.Errorf("deck citations as of %s (-want +got):\n%s", tt.on, diff)
		}
	}
}

// TestCheckCitationProvision checks that a finding names the provision
// it is about, and none when it is about the law.
func TestCheckCitationProvision(t *testing.T) {
	var got []Provision
	for _, g := range deckCitations {
		for _, f := range CheckCitation(MustParseCitation(g), rocdate.MustParse("111年5月19日")) {
			got = append(got, f.Provision)
		}
	}
	want := []Provision{{Article: 245, Paragraph: 3}, {}, {Article: 13, Paragraph: 1}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("provisions of the deck's findings (-want +got):\n%s", diff)
	}
}

// TestCheckStatutes covers the other outcomes: errors, notices, several
// problems from one ground, and an undated inventory.
func TestCheckCitation(t *testing.T) {
	tests := []struct {
		name    string
		on      string
		grounds []string
		want    []string
	}{
		{
			name:    "a paragraph the version in force does not have",
			on:      "111年5月19日",
			grounds: []string{"《刑事訴訟法》第245條第7項"},
			want: []string{
				"錯誤：刑事訴訟法（111年2月18日修正公布）無第245條第7項 [《刑事訴訟法》第245條第7項]",
			},
		},
		{
			name:    "the same paragraph after the amendment: only the data date",
			on:      "115年12月1日",
			grounds: []string{"《刑事訴訟法》第245條第7項"},
			want: []string{
				"注意：法規資料更新至113年10月11日，113年10月12日至115年12月1日之法規異動無法查核 [《刑事訴訟法》第245條第7項]",
			},
		},
		{
			name:    "a repealed article",
			on:      "115年12月1日",
			grounds: []string{"通保法第26條"},
			want: []string{
				"注意：法規資料更新至113年10月11日，113年10月12日至115年12月1日之法規異動無法查核 [《通保法》第26條]",
				"錯誤：第26條於通訊保障及監察法（113年7月31日修正公布）已刪除 [《通保法》第26條]",
			},
		},
		{
			name:    "unknown law, no law, a 要點",
			on:      "111年5月19日",
			grounds: []string{"《民法》第184條", "第18條", "政府資料開放諮詢小組設置要點第10點"},
			want: []string{
				"注意：法規資料未收錄「民法」，未能查核條文 [《民法》第184條]",
				"注意：未指明法規名稱，未能查核條文 [第18條]",
				"注意：法規資料未收錄「政府資料開放諮詢小組設置要點」，未能查核條文 [《政府資料開放諮詢小組設置要點》第10點]",
			},
		},
		{
			name:    "before the first version held, 刑事訴訟法 has no 沿革 in Default",
			on:      "103年1月1日",
			grounds: []string{"《刑事訴訟法》第245條第3項"},
			want: []string{
				"注意：法規資料所收刑事訴訟法最早為104年2月4日修正之版本，其間修正情形不明，未能查核103年1月1日施行之條文 [《刑事訴訟法》第245條第3項]",
			},
		},
		{
			name:    "several provisions and laws in one ground",
			on:      "111年5月19日",
			grounds: []string{"《刑事訴訟法》第245條第3項至第7項；《檔案法》第18條第8款"},
			want: []string{
				"注意：嗣後修正：刑事訴訟法第245條第3項：113年7月31日修正公布，該項移列為第5項，文字未修正 [《刑事訴訟法》第245條第3至7項]",
				"注意：嗣後修正：刑事訴訟法第245條第4項：113年7月31日修正公布，該項移列為第6項，文字未修正 [《刑事訴訟法》第245條第3至7項]",
				"注意：嗣後修正：刑事訴訟法第245條第5項：113年7月31日修正公布，該項移列為第7項，文字未修正 [《刑事訴訟法》第245條第3至7項]",
				"錯誤：刑事訴訟法（111年2月18日修正公布）無第245條第6項 [《刑事訴訟法》第245條第3至7項]",
				"錯誤：刑事訴訟法（111年2月18日修正公布）無第245條第7項 [《刑事訴訟法》第245條第3至7項]",
				"錯誤：檔案法（97年7月2日修正公布）無第18條第8款 [《檔案法》第18條第8款]",
			},
		},
		{
			name:    "a former name and a short name",
			on:      "111年5月19日",
			grounds: []string{"電腦處理個人資料保護法第8條", "個資法第8條"},
			want: []string{
				"注意：「電腦處理個人資料保護法」為舊名，現名「個人資料保護法」 [《電腦處理個人資料保護法》第8條]",
			},
		},
		{
			name:    "a provision without its article",
			on:      "111年5月19日",
			grounds: []string{"《刑事訴訟法》第3項"},
			want: []string{
				"注意：第3項未指明條次，未能查核 [《刑事訴訟法》第3項]",
			},
		},
		{
			name:    "a ground that does not parse is left to its own rule",
			on:      "111年5月19日",
			grounds: []string{"《刑事訴訟法》第0條", ""},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, checkLines(t, Default(), tt.on, tt.grounds...)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
	want := []string{"注意：未載日期，未能判斷施行中之檔案法版本 [《檔案法》第18條第2款]"}
	if diff := cmp.Diff(want, checkLines(t, Default(), "", "《檔案法》第18條第2款")); diff != "" {
		t.Errorf("undated check (-want +got):\n%s", diff)
	}
}

package inventory

import (
	"strings"
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

// stems name the records of groundsInventory.
var stems = []string{"甲", "乙", "丙", "丁", "戊", "己", "庚", "辛"}

// groundsInventory returns an inventory dated on, one 丙類 record per
// ground, 序號 from 1.
func groundsInventory(on string, grounds ...string) Inventory {
	inv := Inventory{Date: rocdate.MustParse(on)}
	for i, g := range grounds {
		inv.Records = append(inv.Records, Record{
			Serial: i + 1, Name: "系統" + stems[i%len(stems)], Class: Closed, Unit: "資訊處", Grounds: []string{g},
		})
	}
	return inv
}

// checkBoth returns the lines of inv.CheckStatutes, after checking that
// inv.Validate reports exactly their errors among its statute problems.
func checkBoth(t *testing.T, inv Inventory) []string {
	t.Helper()
	all := inv.CheckStatutes()
	var fromValidate []Problem
	for _, p := range inv.Validate() {
		switch p.Rule {
		case RuleProvisionExists, RuleProvisionAmended, RuleLawKnown:
			fromValidate = append(fromValidate, p)
		}
	}
	if diff := cmp.Diff(problemLines(all), problemLines(fromValidate)); diff != "" {
		t.Errorf("Validate's statute problems are not CheckStatutes' (-want +got):\n%s", diff)
	}
	return problemLines(all)
}

// problemLines writes problems as one line each, with their ground.
func problemLines(ps []Problem) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.String()+" ["+p.Ground+"]")
	}
	return out
}

// TestCheckStatutesDeck checks the deck's six citations against the law
// data, as an inventory dated on the meeting day and as one dated
// 113年10月11日: no errors, so Validate finds nothing on either date;
// CheckStatutes warns of two amendments on the first. Why each outcome,
// from the data:
//
//   - 政府資訊公開法 has one version (94年12月28日); its 第18條第1項 has 9
//     款, so 第1至7款 exist on both dates and nothing changed: no problem.
//   - 刑事訴訟法 on 111年5月19日 is the 111年2月18日 version, whose 第245條
//     has 5 項: 第1項 and 第3項 exist. The 113年7月31日 amendment inserted
//     two paragraphs after 第2項: 第1項 (偵查，不公開之) reads the same,
//     but 第3項 now says 前項限制或禁止事由應記明於筆錄, and the duty of
//     confidentiality the deck cites moved, word for word, to 第5項: a
//     Warning naming the amendment. On 113年10月11日 the 113年7月31日
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
//     rewrote the law and 第13條第1項 is now the duty to report suspicious
//     transactions: a Warning naming 113年7月31日. On 113年10月11日 that
//     version is in force: no problem.
func TestCheckStatutesDeck(t *testing.T) {
	tests := []struct {
		on   string
		want []string
	}{
		{
			on: "111年5月19日",
			want: []string{
				"警告 序號2「系統乙」 引用條文已修正：刑事訴訟法第245條第3項於113年7月31日修正：文字修正，原條文移至第245條第5項 [《刑事訴訟法》第245條第1、3項]",
				"注意 序號5「系統戊」 引用法規應可查知：法規名稱「國家安全或重大利益公務人員特殊查核辦法」不全，應為「涉及國家安全或重大利益公務人員特殊查核辦法」 [《國家安全或重大利益公務人員特殊查核辦法》第4、10條規定]",
				"警告 序號6「系統己」 引用條文已修正：洗錢防制法第13條第1項於113年7月31日修正：文字修正 [《洗錢防制法》第13條第1項]",
			},
		},
		{
			on: "113年10月11日",
			want: []string{
				"注意 序號5「系統戊」 引用法規應可查知：法規名稱「國家安全或重大利益公務人員特殊查核辦法」不全，應為「涉及國家安全或重大利益公務人員特殊查核辦法」 [《國家安全或重大利益公務人員特殊查核辦法》第4、10條規定]",
			},
		},
	}
	for _, tt := range tests {
		inv := groundsInventory(tt.on, deckCitations...)
		if diff := cmp.Diff(tt.want, checkBoth(t, inv)); diff != "" {
			t.Errorf("deck citations as of %s (-want +got):\n%s", tt.on, diff)
		}
	}
}

// TestCheckStatutesProvision checks that a problem names the provision it
// is about, and none when it is about the law.
func TestCheckStatutesProvision(t *testing.T) {
	inv := groundsInventory("111年5月19日", deckCitations...)
	var got []Provision
	for _, p := range inv.CheckStatutes() {
		got = append(got, p.Provision)
	}
	want := []Provision{{Article: 245, Paragraph: 3}, {}, {Article: 13, Paragraph: 1}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("provisions of the deck's problems (-want +got):\n%s", diff)
	}
}

// TestCheckStatutes covers the other outcomes: errors, notices, several
// problems from one ground, and an undated inventory.
func TestCheckStatutes(t *testing.T) {
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
				"錯誤 序號1「系統甲」 引用條文應存在：刑事訴訟法（111年2月18日修正）無第245條第7項 [《刑事訴訟法》第245條第7項]",
			},
		},
		{
			name:    "the same paragraph after the amendment",
			on:      "113年10月11日",
			grounds: []string{"《刑事訴訟法》第245條第7項"},
		},
		{
			name:    "a repealed article",
			on:      "113年10月11日",
			grounds: []string{"通保法第26條"},
			want: []string{
				"錯誤 序號1「系統甲」 引用條文應存在：第26條於通訊保障及監察法（113年7月31日修正）已刪除 [通保法第26條]",
			},
		},
		{
			name:    "unknown law, no law, a 要點",
			on:      "111年5月19日",
			grounds: []string{"《民法》第184條", "第18條", "政府資料開放諮詢小組設置要點第10點"},
			want: []string{
				"注意 序號1「系統甲」 引用法規應可查知：法規資料未收錄「民法」，未能查核條文 [《民法》第184條]",
				"注意 序號2「系統乙」 引用法規應可查知：未指明法規名稱，未能查核條文 [第18條]",
				"注意 序號3「系統丙」 引用法規應可查知：法規資料未收錄「政府資料開放諮詢小組設置要點」，未能查核條文 [政府資料開放諮詢小組設置要點第10點]",
			},
		},
		{
			name:    "before the first version held",
			on:      "103年1月1日",
			grounds: []string{"《刑事訴訟法》第245條第3項"},
			want: []string{
				"注意 序號1「系統甲」 引用法規應可查知：法規資料所收刑事訴訟法最早為104年2月4日修正之版本，未能查核103年1月1日施行之條文 [《刑事訴訟法》第245條第3項]",
			},
		},
		{
			name:    "several provisions and laws in one ground",
			on:      "111年5月19日",
			grounds: []string{"《刑事訴訟法》第245條第3項至第7項；《檔案法》第18條第8款"},
			want: []string{
				"警告 序號1「系統甲」 引用條文已修正：刑事訴訟法第245條第3項於113年7月31日修正：文字修正，原條文移至第245條第5項 [《刑事訴訟法》第245條第3項至第7項；《檔案法》第18條第8款]",
				"警告 序號1「系統甲」 引用條文已修正：刑事訴訟法第245條第4項於113年7月31日修正：文字修正，原條文移至第245條第6項 [《刑事訴訟法》第245條第3項至第7項；《檔案法》第18條第8款]",
				"警告 序號1「系統甲」 引用條文已修正：刑事訴訟法第245條第5項於113年7月31日修正：文字修正，原條文移至第245條第7項 [《刑事訴訟法》第245條第3項至第7項；《檔案法》第18條第8款]",
				"錯誤 序號1「系統甲」 引用條文應存在：刑事訴訟法（111年2月18日修正）無第245條第6項 [《刑事訴訟法》第245條第3項至第7項；《檔案法》第18條第8款]",
				"錯誤 序號1「系統甲」 引用條文應存在：刑事訴訟法（111年2月18日修正）無第245條第7項 [《刑事訴訟法》第245條第3項至第7項；《檔案法》第18條第8款]",
				"錯誤 序號1「系統甲」 引用條文應存在：檔案法（97年7月2日修正）無第18條第8款 [《刑事訴訟法》第245條第3項至第7項；《檔案法》第18條第8款]",
			},
		},
		{
			name:    "a former name and a short name",
			on:      "111年5月19日",
			grounds: []string{"電腦處理個人資料保護法第8條", "個資法第8條"},
			want: []string{
				"注意 序號1「系統甲」 引用法規應可查知：「電腦處理個人資料保護法」為舊名，現名「個人資料保護法」 [電腦處理個人資料保護法第8條]",
			},
		},
		{
			name:    "a provision without its article",
			on:      "111年5月19日",
			grounds: []string{"《刑事訴訟法》第3項"},
			want: []string{
				"注意 序號1「系統甲」 引用條文應存在：第3項未指明條次，未能查核 [《刑事訴訟法》第3項]",
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
			inv := groundsInventory(tt.on, tt.grounds...)
			if diff := cmp.Diff(tt.want, checkBoth(t, inv)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
	undated := groundsInventory("111年5月19日", "《檔案法》第18條第2款")
	undated.Date = rocdate.Date{}
	want := []string{"注意 序號1「系統甲」 引用條文應存在：盤點表未載日期，未能判斷施行中之檔案法版本 [《檔案法》第18條第2款]"}
	if diff := cmp.Diff(want, checkBoth(t, undated)); diff != "" {
		t.Errorf("undated inventory (-want +got):\n%s", diff)
	}
}

// TestCheckCitation checks that a citation read alone gives what the same
// citation gives as a record's ground, without the record.
func TestCheckCitation(t *testing.T) {
	for _, g := range deckCitations {
		c := MustParseCitation(g)
		for _, on := range []string{"111年5月19日", "113年10月11日"} {
			inv := groundsInventory(on, g)
			var want, got []string
			for _, p := range inv.CheckStatutes() {
				want = append(want, p.Severity.String()+" "+p.Rule.String()+" "+p.Provision.String()+" "+p.Detail)
			}
			for _, p := range CheckCitation(c, rocdate.MustParse(on)) {
				if p.Index != -1 || p.Ground != c.String() || !strings.HasPrefix(p.String(), p.Severity.String()+" "+c.String()+" ") {
					t.Errorf("CheckCitation(%q) problem %+v names a record or lacks its citation", g, p)
				}
				got = append(got, p.Severity.String()+" "+p.Rule.String()+" "+p.Provision.String()+" "+p.Detail)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("CheckCitation(%q, %s) (-record +alone):\n%s", g, on, diff)
			}
		}
	}
}

package law

import (
	"strings"
	"testing"
)

// leadTrailCases are grounds as officials write them, with the words that
// lead into the law's name and end the citation (issue 21): the deck's
// 丙類 sample and sentences of the law database (ChLaw, ChOrder).
var leadTrailCases = []struct {
	in, law, provisions string
}{
	{"依個人資料保護法第99條規定", "個人資料保護法", "第99條"},
	{"依據個人資料保護法第8條規定辦理", "個人資料保護法", "第8條"},
	{"按個人資料保護法第8條之規定", "個人資料保護法", "第8條"},
	{"參照政府資訊公開法第18條第1項第3款規定", "政府資訊公開法", "第18條第1項第3款"},
	{"根據立法院組織法第五條之規定", "立法院組織法", "第5條"},
	{"基於檔案法第18條規定", "檔案法", "第18條"},
	{"依據監察院組織法第三條第二項規定", "監察院組織法", "第3條第2項"},
	{"依據原住民族語言發展法第二十七條規定", "原住民族語言發展法", "第27條"},
	{"按預算法第四條規定", "預算法", "第4條"},
	{"按陸海空軍軍官士官考績條例第八條之規定", "陸海空軍軍官士官考績條例", "第8條"},
	{"依政府採購法第一百零五條第一項第三款規定辦理", "政府採購法", "第105條第1項第3款"},
	{"依決算法第九條、第十一條規定辦理", "決算法", "第9、11條"},
	{"依職業災害勞工保護法第十一條或第十三條等規定", "職業災害勞工保護法", "第11、13條"},
	{"依政府採購法第四條辦理", "政府採購法", "第4條"},
	{"依據《個人資料保護法》第8條規定", "個人資料保護法", "第8條"},
	{"依「檔案法」第18條", "檔案法", "第18條"},
	{"依 刑事訴訟法 第245條", "刑事訴訟法", "第245條"},
	// Real names that begin with a lead word stay whole.
	{"依礦業法補辦環境影響評估收費標準第3條", "依礦業法補辦環境影響評估收費標準", "第3條"},
	{"依促進民間參與公共建設法設置之廢棄物清除處理設施管理辦法第2條規定", "依促進民間參與公共建設法設置之廢棄物清除處理設施管理辦法", "第2條"},
	{"依依促進民間參與公共建設法設置之廢棄物清除處理設施管理辦法第2條", "依促進民間參與公共建設法設置之廢棄物清除處理設施管理辦法", "第2條"},
	// A name that is no more than a lead word and one character is kept.
	{"依法第3條", "依法", "第3條"},
}

// TestLeadTrailWords checks that ParseCitation, ParseCitations and
// FindCitations read the law's name and the provisions alike.
func TestLeadTrailWords(t *testing.T) {
	for _, tt := range leadTrailCases {
		c, err := ParseCitation(tt.in)
		if err != nil || c.Law != tt.law || provString(c) != tt.provisions {
			t.Errorf("ParseCitation(%q) = %q %q, %v; want %q %q", tt.in, c.Law, provString(c), err, tt.law, tt.provisions)
		}
		cs, err := ParseCitations(tt.in)
		if err != nil || len(cs) != 1 || cs[0].Law != tt.law {
			t.Errorf("ParseCitations(%q) = %v, %v; want law %q", tt.in, cs, err, tt.law)
		}
		if strings.ContainsAny(tt.in, "《「 ") || tt.law == "依法" {
			continue // FindCitations reads bare names of two characters or more
		}
		fs := FindCitations(tt.in)
		if len(fs) != 1 || fs[0].Err != nil || fs[0].Citation.Law != tt.law || provString(fs[0].Citation) != tt.provisions {
			t.Errorf("FindCitations(%q) = %+v; want law %q %q", tt.in, fs, tt.law, tt.provisions)
		}
	}
}

// TestParseCitationsLead checks a cell listing several grounds, each led
// by its own word.
func TestParseCitationsLead(t *testing.T) {
	cs, err := ParseCitations("依個人資料保護法第8條規定；按檔案法第18條規定辦理\n根據政府資訊公開法第18條")
	want := []string{"個人資料保護法", "檔案法", "政府資訊公開法"}
	if err != nil || len(cs) != len(want) {
		t.Fatalf("ParseCitations = %v, %v", cs, err)
	}
	for i, c := range cs {
		if c.Law != want[i] {
			t.Errorf("citation %d: law %q, want %q", i, c.Law, want[i])
		}
	}
}

// provString returns the provisions of c as String writes them, without
// the law.
func provString(c Citation) string {
	c.Law = ""
	return c.String()
}

// TestRelativeNumerals checks that 前N條 and 前N項 read N in every numeral
// form (issue 21: 前2條 was missed).
func TestRelativeNumerals(t *testing.T) {
	f := Finder{Law: "刑事訴訟法", At: Provision{Article: 20, Paragraph: 14}}
	for _, tt := range []struct{ in, want string }{
		{"前2條", "《刑事訴訟法》第18、19條"},
		{"前２條", "《刑事訴訟法》第18、19條"},
		{"前二條", "《刑事訴訟法》第18、19條"},
		{"前十二條", "《刑事訴訟法》第8至19條"},
		{"前12條", "《刑事訴訟法》第8至19條"},
		{"前１２條", "《刑事訴訟法》第8至19條"},
		{"前條", "《刑事訴訟法》第19條"},
		{"前2項", "《刑事訴訟法》第20條第12、13項"},
		{"前２項", "《刑事訴訟法》第20條第12、13項"},
		{"前二項", "《刑事訴訟法》第20條第12、13項"},
		{"前十二項", "《刑事訴訟法》第20條第2至13項"},
		{"前項", "《刑事訴訟法》第20條第13項"},
	} {
		fs := f.Find("依" + tt.in + "規定")
		if len(fs) != 1 || fs[0].Err != nil || fs[0].Citation.String() != tt.want {
			t.Errorf("Find(%q) = %+v; want %s", tt.in, fs, tt.want)
		}
	}
	// Past the first article, or no article: unresolved, never a wrong one.
	fs := f.Find("前二十條")
	if len(fs) != 1 || fs[0].Resolution != Unresolved {
		t.Errorf("Find(前二十條) at 第20條 = %+v; want unresolved", fs)
	}
}

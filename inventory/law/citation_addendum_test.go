package law

import (
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/ogdtw/governance/finding"
)

// addendumCitations are the forms of DESIGN's grammar addendum, written as
// the law database's article texts and 沿革 write them
// (../shared/lawdb, 2024-10-11): the law and article they come from lead
// the name.
var addendumCitations = []citationCase{
	// Article lists as the Legislative Yuan and the 沿革 write them.
	{"沿革 list", "第3、15至17條", "", "3 15 16 17", nil},
	{"沿革 spaced list", "第 2～4、8、11～13、15、17  條", "", "2 3 4 8 11 12 13 15 17", nil},
	{"沿革 spaced range list", "第 16、38 至 40 條", "", "16 38 39 40", nil},
	{"沿革 wrapped", "第\r\n  3、5至7 條", "", "3 5 6 7", nil},
	{"沿革 之 list", "第7之1、9之1條", "", "7-1 9-1", nil},
	{"沿革 之 range", "第120之1至120之4條", "", "120-1 120-2 120-3 120-4", nil},
	{"沿革 dash", "第 6-1 條", "", "6-1", nil},
	{"沿革 dash list", "第 13-1、14-1 條", "", "13-1 14-1", nil},
	{"中央研究院編制表 dash", "中央研究院組織法第 23-1 條", "中央研究院組織法", "23-1", nil},
	{"comma list", "第3,5條", "", "3 5", nil},
	{"full-width comma list", "第3，5至6條", "", "3 5 6", nil},
	// 之N below the article.
	{"design 款之N", "第二項第三款之二", "", "0/2/3-2", nil},
	{"design 目之N", "第二目之一", "", "0/0/0/2-1", nil},
	{"振興經濟消費券發放特別條例§5 目之一", "所得稅法第十七條第一項第二\r\n款第二目之一規定", "所得稅法", "17/1/2/2-1", nil},
	{"社會救助法§5-1 目之N list", "第一項第一款第一目之二、第一目之三及第二目", "", "0/1/1/1-2 0/1/1/1-3 0/1/1/2", nil},
	{"款之N 但書", "第十七條第一項第二款第二目之一但書", "", "17/1/2/2-1但書", nil},
	{"項之N", "第2項之1", "", "0/2-1", nil},
	{"之一定 is no sub", "前項第二款之一定金額", "", "", ErrSyntax},
	// Line breaks and hard-wrap blanks inside a citation.
	{"預算法 wrapped numeral", "預算法第三\r\n十八條", "預算法", "38", nil},
	{"憲法 wrapped after 第", "憲法第\r\n    三十九條或第四十三條", "憲法", "39 43", nil},
	{"民法 wrapped before 條", "民法第五百十三\r\n條第一項及第三項", "民法", "513/1 513/3", nil},
	{"都市更新條例 wrapped list", "都市更新條例第四十四條第一項第二款、第\r\n四款或第五款", "都市更新條例", "44/1/2 44/1/4 44/1/5", nil},
	{"wrapped name", "都市更\r\n新條例第十九條第二項", "都市更新條例", "19/2", nil},
	{"縣組織法 refs across a break", "縣組織法第六條\r\n第七條", "縣組織法", "6 7", nil},
	{"refs apart by blanks", "第八條  第十一條至第十三條", "", "8 11 12 13", nil},
	{"LF only", "第十三條\n第三項第一款", "", "13/3/1", nil},
	// Law names that contain 第 or 條.
	{"name with 第", "第一類電信事業資費管理辦法第十條", "第一類電信事業資費管理辦法", "10", nil},
	{"name with 第 and 條", "第二類電信事業管理規則第五條", "第二類電信事業管理規則", "5", nil},
	{"name holding a citation", "外國人從事就業服務法第四十六條第一項第一款至第六款工作資格及審查標準第八條",
		"外國人從事就業服務法第四十六條第一項第一款至第六款工作資格及審查標準", "8", nil},
	{"name with 第三人", "警察遴選第三人蒐集資料辦法第3條", "警察遴選第三人蒐集資料辦法", "3", nil},
	// Positional numerals with a doubled 零.
	{"民法 doubled 零", "民法第一千零零四條", "民法", "1004", nil},
	{"doubled 零 design", "第一千零零八條", "", "1008", nil},
	{"doubled 〇", "第一千〇〇八條", "", "1008", nil},

	// Forms the corpus test found.
	{"民法§859-2 range to a 之N article", "第八百三十四條至第八百三十六條之三", "", "834 835 836 836-1 836-2 836-3", nil},
	{"憲法§27 兩款", "第三、第四兩款", "", "0/0/3 0/0/4", nil},
	{"公務人員交代條例§9 兩款", "第五、第六兩款", "", "0/0/5 0/0/6", nil},
	{"range from a 之N article", "第五十六條之一至第五十七條", "", "", ErrRange},
	{"至少 is no range", "第三十二條第一項至少", "", "", ErrSyntax},
	{"dash below article", "第2-1項", "", "", ErrSyntax},
	{"range of 之N below article", "第2項之1至第2項之3", "", "", ErrRange},
	{"wrapped error", "第三\r\n十八條第0項", "", "", ErrRange},
	{"trailing 之 word", "第一項第二款之一次", "", "", ErrSyntax},
}

func TestParseCitationAddendum(t *testing.T) {
	for _, tt := range addendumCitations {
		t.Run(tt.name, func(t *testing.T) {
			c, err := ParseCitation(tt.in)
			if tt.wantErr != nil {
				var pe *ParseError
				if !errors.Is(err, tt.wantErr) || !errors.As(err, &pe) || pe.Input != tt.in {
					t.Fatalf("ParseCitation(%q) error = %v, want %v with the input", tt.in, err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseCitation(%q) error: %v", tt.in, err)
			}
			if c.Law != tt.law {
				t.Errorf("ParseCitation(%q).Law = %q, want %q", tt.in, c.Law, tt.law)
			}
			if got, want := c.Provisions(), provs(t, tt.want); !equalProvisions(got, want) {
				t.Errorf("ParseCitation(%q) = %v, want %v", tt.in, got, want)
			}
			checkRoundTrip(t, c)
		})
	}
}

func equalProvisions(a, b []Provision) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestWrappedErrorOffset checks that an error in a wrapped citation
// points into the text as given.
func TestWrappedErrorOffset(t *testing.T) {
	in := "第三\r\n十八條第0項"
	_, err := ParseCitation(in)
	var pe *ParseError
	if !errors.As(err, &pe) {
		t.Fatalf("ParseCitation(%q) error = %v", in, err)
	}
	at := strings.Index(in, "0")
	if want := " at byte " + strconv.Itoa(at); !strings.HasSuffix(pe.Detail, want) {
		t.Errorf("ParseCitation(%q) detail %q, want it to end %q", in, pe.Detail, want)
	}
}

// TestSubProvisionString checks the canonical form of 之N below the
// article.
func TestSubProvisionString(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"第二項第三款之二", "第2項第3款之2"},
		{"第一項第一款第一目之二、第一目之三及第二目", "第1項第1款第1目之2、第1目之3、第2目"},
		{"第1項之1、第2項", "第1項之1、第2項"},
		{"第1條第1項之1第2款、第3款", "第1條第1項之1第2、3款"},
		{"第1條第1項之1第2款、第1條第1項第3款", "第1條第1項之1第2款、第1項第3款"},
	} {
		c, err := ParseCitation(tt.in)
		if err != nil {
			t.Fatalf("ParseCitation(%q) error: %v", tt.in, err)
		}
		if got := c.String(); got != tt.want {
			t.Errorf("ParseCitation(%q).String() = %q, want %q", tt.in, got, tt.want)
		}
		checkRoundTrip(t, c)
	}
	p := Provision{Article: 17, Paragraph: 1, Subparagraph: 2, Item: 2, ItemSub: 1}
	if got := p.String(); got != "第17條第1項第2款第2目之1" {
		t.Errorf("%#v.String() = %q", p, got)
	}
	if !(Provision{Article: 17, Paragraph: 1}).Contains(p) || (Provision{Article: 17, Paragraph: 1, Subparagraph: 2, Item: 2}).Contains(p) {
		t.Error("Contains does not tell 第2目 from 第2目之1")
	}
}

// TestErrorOffsetThroughFold checks that the offset of an error of a
// citation written over several lines is one of the text as given, in
// ParseCitation and in FindCitations (into the span it quotes), and that
// the message counts the characters of that text.
func TestErrorOffsetThroughFold(t *testing.T) {
	in := "第三\r\n款第二項"
	_, err := ParseCitation(in)
	var pe *ParseError
	if !errors.As(err, &pe) {
		t.Fatalf("ParseCitation(%q) error = %v", in, err)
	}
	if got, want := pe.Error(), `law: parsing "第三\r\n款第二項": 項 after 款 at byte 11`; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	if got, want := pe.Message(finding.Chinese), "「第三\r\n款第二項」無法解析：款後接項，次序不符（第6字）"; got != want {
		t.Errorf("Message(Chinese) = %q, want %q", got, want)
	}
	if got, want := pe.DetailCode(), "law.order.levels"; got != want {
		t.Errorf("DetailCode() = %q, want %q", got, want)
	}

	text := "依第三\r\n款第二項辦理"
	fs := FindCitations(text)
	if len(fs) != 1 || fs[0].Err == nil {
		t.Fatalf("FindCitations(%q) = %v, want one error", text, fs)
	}
	fe := fs[0].Err
	if fe.Input != in || fe.Func != "FindCitations" {
		t.Errorf("FindCitations(%q) error quotes %q of %s, want %q of FindCitations", text, fe.Input, fe.Func, in)
	}
	if got, want := fe.Detail, "項 after 款 at byte 11"; got != want {
		t.Errorf("FindCitations(%q) detail %q, want %q", text, got, want)
	}
	if got, want := fe.Message(finding.English), "cannot read \"第三\r\n款第二項\": 項 after 款 (character 6)"; got != want {
		t.Errorf("Message(English) = %q, want %q", got, want)
	}
}

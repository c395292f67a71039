package law

import (
	"errors"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// provs reads the test notation of provisions: space-separated, each
// article[/paragraph[/subparagraph[/item]]], each level with an optional
// -sub for its 之N, and an optional part name at the end, such as
// 18/1/6但書, 47-7/1 or 0/2/3-2; 0 is a level not cited.
func provs(t testing.TB, s string) []Provision {
	t.Helper()
	var out []Provision
	for _, f := range strings.Fields(s) {
		var p Provision
		for k := Front; k <= Body; k++ {
			if strings.HasSuffix(f, k.String()) {
				p.Part, f = k, strings.TrimSuffix(f, k.String())
			}
		}
		for l, v := range strings.Split(f, "/") {
			num, sub, _ := strings.Cut(v, "-")
			n, err := strconv.Atoi(num)
			if err != nil || l > lvItem {
				t.Fatalf("bad test notation %q", s)
			}
			p.set(l, n)
			if sub != "" {
				m, err := strconv.Atoi(sub)
				if err != nil {
					t.Fatalf("bad test notation %q", s)
				}
				p.set(lvSub+l, m)
			}
		}
		out = append(out, p)
	}
	return out
}

type citationCase struct {
	name    string
	in      string
	law     string
	want    string // provisions in the notation of provs
	wantErr error
}

// designCitations are the forms DESIGN.md and the issue name.
var designCitations = []citationCase{
	{"deck 1", "《政府資訊公開法》第18條第1項第1至7款", "政府資訊公開法", "18/1/1 18/1/2 18/1/3 18/1/4 18/1/5 18/1/6 18/1/7", nil},
	{"deck 2", "《刑事訴訟法》第245條第1、3項", "刑事訴訟法", "245/1 245/3", nil},
	{"deck 3", "《檔案法》第18條第2、5款", "檔案法", "18/0/2 18/0/5", nil},
	{"deck 4", "《通訊保障及監察法》第11條第3項及第18條第1項", "通訊保障及監察法", "11/3 18/1", nil},
	{"deck 5", "《國家安全或重大利益公務人員特殊查核辦法》第4、10條規定", "國家安全或重大利益公務人員特殊查核辦法", "4 10", nil},
	{"deck 6", "《洗錢防制法》第13條第1項", "洗錢防制法", "13/1", nil},
	{"inherit list", "第十條第一項第一款、第二款及第五款", "", "10/1/1 10/1/2 10/1/5", nil},
	{"inherit range", "第八條第一項第一款至第三款", "", "8/1/1 8/1/2 8/1/3", nil},
	{"proviso", "第十八條第一項第六款但書", "", "18/1/6但書", nil},
	{"zhi", "第18條之1第1項", "", "18-1/1", nil},
	{"dash", "第18-1條第1項", "", "18-1/1", nil},
	{"full-width dash", "第18－1條", "", "18-1", nil},
	{"range repeated unit", "第十二條第二項至第四項", "", "12/2 12/3 12/4", nil},
	{"point", "政府資料開放諮詢小組設置要點第10點", "政府資料開放諮詢小組設置要點", "10", nil},
	{"point chinese", "設置要點第十點", "設置要點", "10", nil},
	{"corner brackets", "「個人資料保護法」第20條第1項但書", "個人資料保護法", "20/1但書", nil},
	{"bare law", "檔案法第18條", "檔案法", "18", nil},
	{"no law", "第245條", "", "245", nil},
	{"full-width digits", "《刑事訴訟法》第２４５條第３項", "刑事訴訟法", "245/3", nil},
	{"positional", "第二百四十五條", "", "245", nil},
	{"positional zero", "第一百零一條", "", "101", nil},
	{"thousands", "第一千一百十八條", "", "1118", nil},
	{"one hundred three", "第一百三條", "", "103", nil},
	{"digit by digit", "第一一三條", "", "113", nil},
	{"到", "第1到3款", "", "0/0/1 0/0/2 0/0/3", nil},
	{"至第", "第1至第3款", "", "0/0/1 0/0/2 0/0/3", nil},
	{"mixed list and range", "第1、3至5項", "", "0/1 0/3 0/4 0/5", nil},
	{"之規定", "第4條之規定", "", "4", nil},
	{"spaces", " 《檔案法》 第 18 條 第 2、5 款 規定 ", "檔案法", "18/0/2 18/0/5", nil},
	{"front", "第48條前段", "", "48前段", nil},
	{"middle", "第48條中段", "", "48中段", nil},
	{"back", "第98條第1項後段", "", "98/1後段", nil},
	{"body", "第18條第1項本文", "", "18/1本文", nil},
	{"part on list", "第3、4項前段", "", "0/3前段 0/4前段", nil},
	{"item", "第3條第1款第2目", "", "3/0/1/2", nil},
	{"item list", "第3條第1項第1款第2、3目", "", "3/1/1/2 3/1/1/3", nil},
	{"conj 與", "第1條與第2條", "", "1 2", nil},
	{"conj 並", "第1條並第2條", "", "1 2", nil},
	{"conj comma", "第1條，第2條", "", "1 2", nil},
	{"article sub range from article", "第十八條至第十八條之三", "", "18 18-1 18-2 18-3", nil},
	{"list at upper level", "第4、10條第1項", "", "4/1 10/1", nil},
	{"tilde", "第6～8項", "", "0/6 0/7 0/8", nil},
	{"inherit from sub", "第18條之1第1項、第3項", "", "18-1/1 18-1/3", nil},

	{"out of order", "第3款第2項", "", "", ErrOrder},
	{"repeated level", "第3項第4項", "", "", ErrOrder},
	{"article after paragraph", "第2項第3條", "", "", ErrOrder},
	{"descending", "第7至1款", "", "", ErrRange},
	{"descending repeated unit", "第四項至第二項", "", "", ErrRange},
	{"descending sub", "第18條之3至第18條之1", "", "", ErrRange},
	{"zero", "第0條", "", "", ErrRange},
	{"chinese zero", "第〇項", "", "", ErrRange},
	{"too large", "第10000條", "", "", ErrRange},
	{"huge", "第99999999999999999999條", "", "", ErrRange},
	{"too many", "第1至9999條第1至9999項", "", "", ErrTooLarge},
	{"across sub articles", "第18條之1至第20條", "", "", ErrRange},
	{"empty number", "第條", "", "", ErrSyntax},
	{"empty number in law", "檔案法第條", "", "", ErrSyntax},
	{"empty number after level", "第18條第項", "", "", ErrSyntax},
	{"dangling 至", "第1至條", "", "", ErrSyntax},
	{"dangling 至 at end", "第1條至", "", "", ErrSyntax},
	{"dangling conj", "第1條及", "", "", ErrSyntax},
	{"missing unit", "第18", "", "", ErrSyntax},
	{"range to other level", "第1項至第3款", "", "", ErrSyntax},
	{"range without unit", "第1項至第3", "", "", ErrSyntax},
	{"empty", "", "", "", ErrSyntax},
	{"blank", "　 ", "", "", ErrSyntax},
	{"no provision", "個人資料保護法", "", "", ErrSyntax},
	{"unclosed", "《檔案法第18條", "", "", ErrSyntax},
	{"empty law", "《》第18條", "", "", ErrSyntax},
	{"law only", "《檔案法》", "", "", ErrSyntax},
	{"stray bracket", "》第1項", "", "", ErrSyntax},
	{"bracket in name", "「刑法》」第1條", "", "", ErrSyntax},
	{"text after 規定", "第18條規定之情形", "", "", ErrSyntax},
	{"trailing text", "第18條所定", "", "", ErrSyntax},
	{"dash below article", "第2-1項", "", "", ErrSyntax},
	{"article and point", "第1條、第2點", "", "", ErrSyntax},
	{"second law", "第六十三條及刑事訴訟法第四百零六條", "", "", ErrSyntax},
	{"mixed numerals", "第1十條", "", "", ErrSyntax},
	{"malformed numeral", "第十十條", "", "", ErrSyntax},
}

// realCitations are written as they appear in the statutes of
// ../shared/laws (刑事訴訟法, 中華民國刑法, 洗錢防制法, 律師法, 少年事件處理法,
// 監獄行刑法, 通訊保障及監察法, 證人保護法, 犯罪被害人權益保障法 and others).
var realCitations = []citationCase{
	{"刑事訴訟法 list and range", "第一百二十七條、第一百三十二條、第一百四十六條至第一百五十一條及第一百五十三條", "", "127 132 146 147 148 149 150 151 153", nil},
	{"刑法 或", "第一百條第二項或第一百零一條第二項", "", "100/2 101/2", nil},
	{"少年事件處理法", "第二十九條第一項", "", "29/1", nil},
	{"刑事訴訟法 proviso", "第九十三條第三項但書、第二百二十八條第四項", "", "93/3但書 228/4", nil},
	{"通保法 other law", "兒童及少年性剝削防制條例第三十二條第一項、第三項、第四項、第五項", "兒童及少年性剝削防制條例", "32/1 32/3 32/4 32/5", nil},
	{"犯罪被害人保護法", "第十七條、第十八條第一項及第十九條", "", "17 18/1 19", nil},
	{"個資法", "第十九條至第二十二條及第四十三條", "", "19 20 21 22 43", nil},
	{"洗錢防制法", "第十九條至第二十一條", "", "19 20 21", nil},
	{"律師法 之", "第四十七條之七第一項規定", "", "47-7/1", nil},
	{"刑事訴訟法 及", "第三十一條第二項及第四項", "", "31/2 31/4", nil},
	{"刑事訴訟法 relative", "第一項及第三項前段", "", "0/1 0/3前段", nil},
	{"羈押法", "第七十條、第七十二條至第七十四條規定", "", "70 72 73 74", nil},
	{"刑事訴訟法 前段", "第三百二十一條前段或第三百二十三條第一項前段", "", "321前段 323/1前段", nil},
	{"刑事訴訟法 range list", "第二十八條至第三十條、第三十二條", "", "28 29 30 32", nil},
	{"犯保法 款 range", "第二款至第八款規定", "", "0/0/2 0/0/3 0/0/4 0/0/5 0/0/6 0/0/7 0/0/8", nil},
	{"性侵害犯罪防治法 sub range", "第三百十九條之一至第三百十九條之四", "", "319-1 319-2 319-3 319-4", nil},
	{"監獄行刑法", "第一百十五條、第一百十六條、第一百十八條第一項", "", "115 116 118/1", nil},
	{"刑事訴訟法 項款", "第二項第一款至第三款", "", "0/2/1 0/2/2 0/2/3", nil},
	{"性侵害犯罪防治法", "第三十一條第一項、第三項至第六項", "", "31/1 31/3 31/4 31/5 31/6", nil},
	{"刑事訴訟法 款 under 條", "第九十五條第二款、第三款", "", "95/0/2 95/0/3", nil},
	{"漁會法", "漁會法第五十條之一第一項或第五十條之二第一項、第二項", "漁會法", "50-1/1 50-2/1 50-2/2", nil},
	{"刑事訴訟法 後段", "第九十八條第一項後段、第二項", "", "98/1後段 98/2", nil},
	{"性侵害犯罪防治法 之", "第二十二條之一第三項", "", "22-1/3", nil},
	{"槍砲彈藥刀械管制條例", "槍砲彈藥刀械管制條例第十二條第一項、第二項", "槍砲彈藥刀械管制條例", "12/1 12/2", nil},
	{"刑事訴訟法 sub range", "第一百五十三條之一至第一百五十三條之三", "", "153-1 153-2 153-3", nil},
	{"律師法 long", "第二十條、第二十二條、第三十七條、第六十三條第二項、第六十四條、第六十七條、第六十八條第二項、第七十五條、第七十六條第一項第三款及第一百二十三條第二項", "", "20 22 37 63/2 64 67 68/2 75 76/1/3 123/2", nil},
	{"監獄行刑法 之", "第八十一條、第八十二條之一、第八十三條", "", "81 82-1 83", nil},
	{"洗錢防制法 刑法 list", "第三百十九條之四第三項、第三百三十九條、第三百三十九條之二、第三百三十九條之三、第三百四十二條、第三百四十四條第一項、第三百四十九條、第三百五十八條至第三百六十二條", "", "319-4/3 339 339-2 339-3 342 344/1 349 358 359 360 361 362", nil},
	{"刑事訴訟法 或之", "第一百零一條或第一百零一條之一", "", "101 101-1", nil},
	{"資恐防制法", "資恐防制法第八條、第九條第一項、第二項、第四項", "資恐防制法", "8 9/1 9/2 9/4", nil},
	{"通保法", "第五條、第六條及第七條第二項", "", "5 6 7/2", nil},
	{"個資法 或", "第十條、第十一條、第十二條或第十三條規定", "", "10 11 12 13", nil},
	{"通保法 項", "第三十八條第一項、第三項及第四項", "", "38/1 38/3 38/4", nil},
	{"政府資訊公開法", "第八條第一項第一款至第三款", "", "8/1/1 8/1/2 8/1/3", nil},
	{"統計法", "第四條第二項第一款", "", "4/2/1", nil},
	{"洗錢防制法 破產法", "第一百七十一條第一項第二款、第三款及第一百七十四條第一項第八款", "", "171/1/2 171/1/3 174/1/8", nil},
	{"犯罪被害人權益保障法", "第六十五條第一項及第六十六條", "", "65/1 66", nil},
	{"少年事件處理法 款 range", "第四十二條第一項第二款至第四款", "", "42/1/2 42/1/3 42/1/4", nil},
	{"法院組織法 後段", "第三十四條第二項後段", "", "34/2後段", nil},
	{"藥事法", "藥事法第八十二條第一項、第四項或第八十三條第一項、第四項", "藥事法", "82/1 82/4 83/1 83/4", nil},
	{"刑事訴訟法 arabic", "第48條前段規定", "", "48前段", nil},
	{"刑法 之 inherit", "第七十五條第二項、第七十五條之一第二項", "", "75/2 75-1/2", nil},
	{"刑事訴訟法 但書", "第二百九十九條第一項但書", "", "299/1但書", nil},
	{"刑事訴訟法 之項", "第四百五十五條之二第一項", "", "455-2/1", nil},
	{"犯罪被害人權益保障法 two ranges", "第三十五條第一項第一款至第三款、第二項第一款至第四款", "", "35/1/1 35/1/2 35/1/3 35/2/1 35/2/2 35/2/3 35/2/4", nil},
	{"組織犯罪防制條例", "組織犯罪防制條例第三條第一項、第二項後段、第四條、第六條", "組織犯罪防制條例", "3/1 3/2後段 4 6", nil},
	{"少年事件處理法 sub range", "第十八條之一至第十八條之八", "", "18-1 18-2 18-3 18-4 18-5 18-6 18-7 18-8", nil},
	{"少年事件處理法 long", "第二十六條、第二十八條、第二十九條第一項、第四十一條第一項、第四十四條第一項、第五十一條第三項、第五十五條第一項、第四項、第五十五條之二第二項至第五項、第五十五條之三、第五十六條第一項及第三項", "",
		"26 28 29/1 41/1 44/1 51/3 55/1 55/4 55-2/2 55-2/3 55-2/4 55-2/5 55-3 56/1 56/3", nil},
	{"性侵害犯罪防治法 range", "第八條、第九條、第十二條、第十三條、第十五條、第十六條、第十八條至第二十八條規定", "",
		"8 9 12 13 15 16 18 19 20 21 22 23 24 25 26 27 28", nil},
	{"證人保護法", "第一百零六條第三項、第一百零九條第一項、第三項、第四項", "", "106/3 109/1 109/3 109/4", nil},
	{"刑事訴訟法 之 list", "第二百五十三條、第二百五十三條之一", "", "253 253-1", nil},
	{"洗錢防制法 list of 款", "第一項第三、四、五、六款", "", "0/1/3 0/1/4 0/1/5 0/1/6", nil},
	{"犯罪被害人權益保障法 目", "犯罪被害人權益保障法第三條第一款第二目", "犯罪被害人權益保障法", "3/0/1/2", nil},
	{"公務人員退休法", "公務人員退休法第二十三條第一項第二款", "公務人員退休法", "23/1/2", nil},
	{"營業秘密法", "營業秘密法第十三條之一第一項", "營業秘密法", "13-1/1", nil},
	{"行政執行法", "行政執行法第十七條之一第一項規定", "行政執行法", "17-1/1", nil},
	{"刑法 dangling", "第三百十九條之三第一項及", "", "", ErrSyntax},
	{"刑事訴訟法 two laws", "第二項或刑法第九十一條之一第二項", "", "", ErrSyntax},
}

func TestParseCitation(t *testing.T) {
	if len(realCitations) < 40 {
		t.Fatalf("only %d citations from real statutes", len(realCitations))
	}
	for _, tt := range append(append([]citationCase(nil), designCitations...), realCitations...) {
		t.Run(tt.name, func(t *testing.T) {
			c, err := ParseCitation(tt.in)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("ParseCitation(%q) error = %v, want %v", tt.in, err, tt.wantErr)
				}
				var ce *ParseError
				if !errors.As(err, &ce) || ce.Input != tt.in || ce.Func != "ParseCitation" || !strings.Contains(ce.Detail, " at byte ") {
					t.Fatalf("ParseCitation(%q) error %#v does not carry the input", tt.in, err)
				}
				if !strings.HasPrefix(err.Error(), "law: ") || !strings.Contains(err.Error(), strconv.Quote(tt.in)) {
					t.Errorf("ParseCitation(%q) error %q does not quote the input", tt.in, err)
				}
				if !c.IsZero() {
					t.Errorf("ParseCitation(%q) = %v on error, want zero", tt.in, c)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseCitation(%q) error: %v", tt.in, err)
			}
			if c.Law != tt.law {
				t.Errorf("ParseCitation(%q).Law = %q, want %q", tt.in, c.Law, tt.law)
			}
			want := provs(t, tt.want)
			if diff := cmp.Diff(want, c.Provisions()); diff != "" {
				t.Errorf("ParseCitation(%q).Provisions() mismatch (-want +got):\n%s", tt.in, diff)
			}
			if c.Len() != len(want) {
				t.Errorf("ParseCitation(%q).Len() = %d, want %d", tt.in, c.Len(), len(want))
			}
			checkRoundTrip(t, c)
		})
	}
}

// checkRoundTrip checks that c's canonical form parses back to the same
// law and provisions, and is a fixed point.
func checkRoundTrip(t *testing.T, c Citation) {
	t.Helper()
	s := c.String()
	d, err := ParseCitation(s)
	if err != nil {
		t.Fatalf("ParseCitation(%q) (canonical form) error: %v", s, err)
	}
	if d.Law != c.Law || d.ByPoint() != c.ByPoint() {
		t.Errorf("ParseCitation(%q) = law %q point %v, want %q %v", s, d.Law, d.ByPoint(), c.Law, c.ByPoint())
	}
	if !slices.Equal(c.Provisions(), d.Provisions()) {
		t.Errorf("ParseCitation(%q) provisions differ (-want +got):\n%s", s, cmp.Diff(c.Provisions(), d.Provisions()))
	}
	if d.String() != s {
		t.Errorf("String not canonical: %q then %q", s, d.String())
	}
}

func TestCitationString(t *testing.T) {
	tests := []struct{ in, want string }{
		{"《政府資訊公開法》第18條第1項第1至7款", "《政府資訊公開法》第18條第1項第1至7款"},
		{"《刑事訴訟法》第245條第1、3項", "《刑事訴訟法》第245條第1、3項"},
		{"《通訊保障及監察法》第11條第3項及第18條第1項", "《通訊保障及監察法》第11條第3項、第18條第1項"},
		{"《國家安全或重大利益公務人員特殊查核辦法》第4、10條規定", "《國家安全或重大利益公務人員特殊查核辦法》第4、10條"},
		{"「個人資料保護法」第二十條", "《個人資料保護法》第20條"},
		{"第十條第一項第一款、第二款及第五款", "第10條第1項第1、2、5款"},
		{"第1條、第2條、第3條、第5條", "第1至3、5條"},
		{"第1至2款", "第1、2款"},
		{"第十八條第一項第六款但書", "第18條第1項第6款但書"},
		{"第18-1條第1項", "第18條之1第1項"},
		{"第一百五十三條之一至第一百五十三條之三", "第153條之1至第153條之3"},
		{"第十八條之一、第十八條之二", "第18條之1、第18條之2"},
		{"第三十五條第一項第一款至第三款、第二項第一款至第四款", "第35條第1項第1至3款、第2項第1至4款"},
		{"第十條第一項、第二款", "第10條第1項、第2款"},
		{"第10條第1項第1款、第10條第2款", "第10條第1項第1款、第10條第2款"},
		{"設置要點第十點", "《設置要點》第10點"},
		{"第一項及第三項前段", "第1項、第3項前段"},
		{"第3、4項前段", "第3、4項前段"},
	}
	for _, tt := range tests {
		c, err := ParseCitation(tt.in)
		if err != nil {
			t.Fatalf("ParseCitation(%q) error: %v", tt.in, err)
		}
		if got := c.String(); got != tt.want {
			t.Errorf("ParseCitation(%q).String() = %q, want %q", tt.in, got, tt.want)
		}
		b, err := c.MarshalText()
		if err != nil || string(b) != tt.want {
			t.Errorf("MarshalText(%q) = %q, %v, want %q", tt.in, b, err, tt.want)
		}
		var d Citation
		if err := d.UnmarshalText(b); err != nil || d.String() != tt.want {
			t.Errorf("UnmarshalText(%q) = %v, %v", b, d, err)
		}
	}
	if s := (Citation{}).String(); s != "" {
		t.Errorf("Citation{}.String() = %q, want \"\"", s)
	}
	var d Citation
	if err := d.UnmarshalText([]byte("第0條")); !errors.Is(err, ErrRange) {
		t.Errorf("UnmarshalText(第0條) error = %v, want ErrRange", err)
	}
}

func TestMustParseCitation(t *testing.T) {
	if c := MustParseCitation("《檔案法》第18條"); c.Law != "檔案法" {
		t.Errorf("MustParseCitation = %v", c)
	}
	defer func() {
		if recover() == nil {
			t.Error("MustParseCitation(第0條) did not panic")
		}
	}()
	MustParseCitation("第0條")
}

func TestParseCitations(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    []string // canonical forms
		wantErr error
	}{
		{"deck cell", "• 《政府資訊公開法》第18條第1項第1至7款\n• 《刑事訴訟法》第245條第1、3項\n• 《檔案法》第18條第2、5款\n" +
			"• 《通訊保障及監察法》第11條第3項及第18條第1項\n• 《國家安全或重大利益公務人員特殊查核辦法》第4、10條規定\n• 《洗錢防制法》第13條第1項",
			[]string{"《政府資訊公開法》第18條第1項第1至7款", "《刑事訴訟法》第245條第1、3項", "《檔案法》第18條第2、5款",
				"《通訊保障及監察法》第11條第3項、第18條第1項", "《國家安全或重大利益公務人員特殊查核辦法》第4、10條", "《洗錢防制法》第13條第1項"}, nil},
		{"semicolons", "檔案法第18條；刑事訴訟法第245條;個人資料保護法第20條", []string{"《檔案法》第18條", "《刑事訴訟法》第245條", "《個人資料保護法》第20條"}, nil},
		{"numbered", "1.檔案法第18條\r\n(2)刑事訴訟法第245條\n三、洗錢防制法第13條\n（四）個資法第5條", []string{"《檔案法》第18條", "《刑事訴訟法》第245條", "《洗錢防制法》第13條", "《個資法》第5條"}, nil},
		{"two laws on a line", "《刑事訴訟法》第245條、《檔案法》第18條第2款及通保法第5條", []string{"《刑事訴訟法》第245條", "《檔案法》第18條第2款", "《通保法》第5條"}, nil},
		{"second law after 規定", "第六項規定或刑法第九十一條之一第二項", []string{"第6項", "《刑法》第91條之1第2項"}, nil},
		{"blank lines", "\n\n 檔案法第18條 \n\n", []string{"《檔案法》第18條"}, nil},
		{"empty", "", nil, nil},
		{"one bad", "檔案法第18條\n檔案法第0條\n刑法第3條", []string{"《檔案法》第18條", "《刑法》第3條"}, ErrRange},
		{"two bad", "第0條\n第3款第2項", nil, ErrOrder},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs, err := ParseCitations(tt.in)
			if tt.wantErr == nil && err != nil || tt.wantErr != nil && !errors.Is(err, tt.wantErr) {
				t.Fatalf("ParseCitations(%q) error = %v, want %v", tt.in, err, tt.wantErr)
			}
			var got []string
			for _, c := range cs {
				got = append(got, c.String())
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ParseCitations(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
	_, err := ParseCitations("第0條\n第3款第2項")
	if !errors.Is(err, ErrRange) || !errors.Is(err, ErrOrder) {
		t.Errorf("ParseCitations with two bad lines: error %v should wrap both", err)
	}
}

func TestProvision(t *testing.T) {
	tests := []struct {
		p    Provision
		want string
	}{
		{Provision{}, ""},
		{Provision{Article: 18, Paragraph: 1, Subparagraph: 6, Part: Proviso}, "第18條第1項第6款但書"},
		{Provision{Article: 18, ArticleSub: 1, Paragraph: 1}, "第18條之1第1項"},
		{Provision{Paragraph: 2, Subparagraph: 1}, "第2項第1款"},
		{Provision{Article: 3, Subparagraph: 1, Item: 2}, "第3條第1款第2目"},
	}
	for _, tt := range tests {
		if got := tt.p.String(); got != tt.want {
			t.Errorf("%#v.String() = %q, want %q", tt.p, got, tt.want)
		}
		if tt.p.IsZero() != (tt.want == "") {
			t.Errorf("%#v.IsZero() = %v", tt.p, tt.p.IsZero())
		}
	}
	art := Provision{Article: 18}
	para := Provision{Article: 18, Paragraph: 1}
	sub := Provision{Article: 18, Paragraph: 1, Subparagraph: 6}
	contains := []struct {
		p, q Provision
		want bool
	}{
		{art, sub, true},
		{para, sub, true},
		{sub, sub, true},
		{sub, para, false},
		{art, Provision{Article: 18, ArticleSub: 1}, false},
		{para, Provision{Article: 18, Paragraph: 2}, false},
		{Provision{Article: 18, Part: Proviso}, Provision{Article: 18, Part: Proviso}, true},
		{Provision{Article: 18, Part: Proviso}, art, false},
		{Provision{Paragraph: 2}, Provision{Article: 5, Paragraph: 2, Subparagraph: 1}, true},
	}
	for _, tt := range contains {
		if got := tt.p.Contains(tt.q); got != tt.want {
			t.Errorf("%v.Contains(%v) = %v, want %v", tt.p, tt.q, got, tt.want)
		}
	}
	m := map[Provision]bool{para: true}
	if !m[Provision{Article: 18, Paragraph: 1}] {
		t.Error("Provision is not usable as a map key")
	}
}

func TestPart(t *testing.T) {
	for p := NoPart; p <= Body; p++ {
		b, err := p.MarshalText()
		if err != nil {
			t.Fatalf("%d.MarshalText() error: %v", p, err)
		}
		var q Part
		if err := q.UnmarshalText(b); err != nil || q != p {
			t.Errorf("UnmarshalText(%q) = %v, %v, want %v", b, q, err, p)
		}
	}
	if s := Part(9).String(); s != "Part(9)" {
		t.Errorf("Part(9).String() = %q", s)
	}
	if _, err := Part(9).MarshalText(); !errors.Is(err, ErrRange) {
		t.Errorf("Part(9).MarshalText() error = %v", err)
	}
	var q Part
	if err := q.UnmarshalText([]byte("上段")); !errors.Is(err, ErrSyntax) {
		t.Errorf("UnmarshalText(上段) error = %v", err)
	}
}

func TestTokens(t *testing.T) {
	for tok, s := range map[uint32]string{
		tokDi: "第", tokTiao: "條", tokDian: "點", tokXiang: "項", tokKuan: "款", tokMu: "目",
		tokZhi: "之", tokTo: "至", tokDao: "到", tokTilde: "～", tokDun: "、", tokJi: "及",
		tokHuo: "或", tokYu: "與", tokBing: "並", tokComma: "，", tokDash: "－", tokHyphen: "‐",
		tokEnDash: "–", tokSpace: "\u3000", tokGui: "規",
		0xE5898D: "前", 0xE4B8AD: "中", 0xE5BE8C: "後", 0xE4BD86: "但", 0xE69CAC: "本",
	} {
		if got := at3(s, 0); got != tok {
			t.Errorf("at3(%q) = %#x, want %#x", s, got, tok)
		}
	}
	if at3("第", 1) != 0 || at3("ab", 0) != 0 || at3("第", -1) != 0 {
		t.Error("at3 past the end is not 0")
	}
}

// quickCitations are forms the quick path of the parser reads, and near
// misses it must leave to the general parser.
var quickCitations = []string{
	"第1條", "第9999條", "第10000條", "第0條", "第007條", "第1至3條", "第3至1條", "第3至3條", "第1至第3條",
	"第1、3、5至7款", "第1、第3款", "第1條、2條", "第1條至第3條", "第1條之1", "第4條之規定", "第4條之一規定",
	"第4、10條規定", "第4條規定 ", "第4條規定第5條", "第10點第1項", "第10點及第11條", "第1項第2款、第3款、第4目",
	"第1項、第2款", "第1目第2目", "第3款第2項", "第1條第2項第3款第4目第5目", "第1條,第2條", "第1條,", "第1條、",
	"第1條及", "第1至3項第2款", "第1、2、3、4、5、6、7、8、9款", "第1至9999款、1至9999款", "第1條~3條", "第1～3條",
	"第1條但書", "第1條 第2項", "第1-1條", "第1２條", "第1十條", "第1條第", "第1條第1至65536款", "第1至9999條、第1至9999條、第1至9999條、第1至9999條、第1至9999條、第1至9999條、第1至9999條",
	"第1條、第2條、第3條、第4條", "第1條第1項第1款、第2款及第5款、第3項",
}

// quickBoth reads s with the quick path and with the general parser,
// skipping the other, and fails if the quick path accepts s and the two
// differ.
func quickBoth(t *testing.T, s string, multi bool) {
	t.Helper()
	q := parser{s: s}
	if q.start() != nil || !q.quick() {
		return
	}
	g := parser{s: s}
	if err := g.start(); err != nil {
		t.Fatalf("%q: start: %v", s, err)
	}
	if err := g.refs(multi); err != nil {
		t.Fatalf("%q: the quick path accepts what the parser rejects: %v", s, err)
	}
	if q.i != g.i || q.c.Law != g.c.Law || q.c.point != g.c.point || !slices.Equal(q.c.spans(), g.c.spans()) {
		t.Fatalf("%q: the quick path reads %v %v %+v up to %d, the parser %v %v %+v up to %d", s, q.c.Law, q.c.point, q.c.spans(), q.i, g.c.Law, g.c.point, g.c.spans(), g.i)
	}
}

func TestQuickCitation(t *testing.T) {
	var ins []string
	for _, tt := range designCitations {
		ins = append(ins, tt.in)
	}
	for _, tt := range realCitations {
		ins = append(ins, tt.in)
	}
	for _, tt := range addendumCitations {
		ins = append(ins, tt.in)
	}
	ins = append(ins, quickCitations...)
	ins = append(ins, deckCitations...)
	quick := 0
	for _, s := range ins {
		for _, multi := range []bool{false, true} {
			quickBoth(t, s, multi)
		}
		if p := (parser{s: s}); p.start() == nil && p.quick() {
			quick++
		}
	}
	for _, s := range deckCitations {
		if p := (parser{s: s}); p.start() != nil || !p.quick() {
			t.Errorf("the quick path does not read %q", s)
		}
	}
	if quick < 20 {
		t.Errorf("the quick path reads only %d of %d texts", quick, len(ins))
	}
}

package lawgen

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// outline writes a parse as one line per provision, indented by level:
// easy to read in a table and to compare.
func outline(paras []Node) string {
	var b strings.Builder
	var walk func(n Node, depth int)
	walk = func(n Node, depth int) {
		b.WriteString(strings.Repeat(">", depth))
		b.WriteString(n.Text)
		b.WriteByte('|')
		for _, c := range n.Children {
			walk(c, depth+1)
		}
	}
	for _, p := range paras {
		walk(p, 0)
	}
	return b.String()
}

// Texts below are taken from the national law database, some shortened;
// wrapped ones keep the database's 64-column lines.
var parseTests = []struct {
	name    string
	in      string
	wrapped bool
	want    string
	wantOdd int
}{
	{
		name: "paragraphs",
		in:   "偵查，不公開之。\r\n前項限制或禁止事由應記明於筆錄。",
		want: "偵查，不公開之。|前項限制或禁止事由應記明於筆錄。|",
	},
	{
		name: "subparagraphs",
		in:   "檔案有下列情形之一者，各機關得拒絕前條之申請：\r\n一、有關國家機密者。\r\n二、有關犯罪資料者。",
		want: "檔案有下列情形之一者，各機關得拒絕前條之申請：|>一、有關國家機密者。|>二、有關犯罪資料者。|",
	},
	{
		name: "items",
		in:   "左列：\r\n一、甲：\r\n（一）子。\r\n（二）丑。\r\n二、乙。\r\n前項。",
		want: "左列：|>一、甲：|>>（一）子。|>>（二）丑。|>二、乙。|前項。|",
	},
	{
		name:    "wrapped subparagraph indented",
		wrapped: true,
		in:      "本法所稱洗錢，指下列行為：\r\n一、掩飾或隱匿因自己重大犯罪所得財物或財產上利益者。\r\n二、掩飾、收受、搬運、寄藏、故買或牙保他人因重大犯罪所得財物或財\r\n    產上利益者。",
		want:    "本法所稱洗錢，指下列行為：|>一、掩飾或隱匿因自己重大犯罪所得財物或財產上利益者。|>二、掩飾、收受、搬運、寄藏、故買或牙保他人因重大犯罪所得財物或財產上利益者。|",
	},
	{
		name:    "wrapped line ending 。 before 但",
		wrapped: true,
		in:      "偵查，不公開之。\r\n偵查中訊問被告或犯罪嫌疑人時，應將訊問之日、時及處所通知辯護人。\r\n但情形急迫者，不在此限。\r\n第一項偵查不公開作業辦法，由司法院會同行政院定之。",
		want:    "偵查，不公開之。|偵查中訊問被告或犯罪嫌疑人時，應將訊問之日、時及處所通知辯護人。但情形急迫者，不在此限。|第一項偵查不公開作業辦法，由司法院會同行政院定之。|",
	},
	{
		name:    "wrapped line starting 一、 inside a sentence",
		wrapped: true,
		in:      "受徒刑之執行而有悛悔實據者，無期徒刑逾二十五年，有期徒刑逾二分之\r\n一、累犯逾三分之二，由監獄報請法務部，得許假釋出獄。\r\n前項規定，於下列情形，不適用之：\r\n一、有期徒刑執行未滿六個月者。",
		want:    "受徒刑之執行而有悛悔實據者，無期徒刑逾二十五年，有期徒刑逾二分之一、累犯逾三分之二，由監獄報請法務部，得許假釋出獄。|前項規定，於下列情形，不適用之：|>一、有期徒刑執行未滿六個月者。|",
	},
	{
		name:    "wrapped colon inside a sentence",
		wrapped: true,
		in:      "統計報告經前條程序依次遞送至行政、立法、司法、考試、監察各院時：\r\n其由主管長官編送者，應經由行政院轉發中央主計機關；其由主辦統計人\r\n員呈送者，逕呈中央主計機關。均由中央主計機關，彙編全國統計總報告\r\n。",
		want:    "統計報告經前條程序依次遞送至行政、立法、司法、考試、監察各院時：其由主管長官編送者，應經由行政院轉發中央主計機關；其由主辦統計人員呈送者，逕呈中央主計機關。均由中央主計機關，彙編全國統計總報告。|",
	},
	{
		name:    "wrapped punctuation pushed to the next line",
		wrapped: true,
		in:      "各機關辦理特殊查核之資料，由各機關依相關規定保密處理，並妥為保管\r\n，不得移作他用；違反者，視情節予以議處。",
		want:    "各機關辦理特殊查核之資料，由各機關依相關規定保密處理，並妥為保管，不得移作他用；違反者，視情節予以議處。|",
	},
	{
		name:    "wrapped full line ending 。 before a new paragraph",
		wrapped: true,
		in:      "前項第八款之執行機關，指蒐集通訊內容之機關。第九款之建置機關，指\r\n單純提供通訊監察軟硬體設備而未接觸通訊內容之機關。\r\n核發通訊監察書之程序，不公開之。",
		want:    "前項第八款之執行機關，指蒐集通訊內容之機關。第九款之建置機關，指單純提供通訊監察軟硬體設備而未接觸通訊內容之機關。|核發通訊監察書之程序，不公開之。|",
	},
	{
		name: "notes dropped",
		in:   "假釋撤銷後，其出獄日數不算入刑期內。\r\n\r\n編      註：\r\n依據司法院大法官解釋。",
		want: "假釋撤銷後，其出獄日數不算入刑期內。|",
	},
	{
		name: "presentation colon and spaces",
		in:   "不在此限︰\r\n一、經受詢問人明示同意者。\r\n二、於夜間經拘提或逮捕到場而查驗其人有無錯誤者。",
		want: "不在此限：|>一、經受詢問人明示同意者。|>二、於夜間經拘提或逮捕到場而查驗其人有無錯誤者。|",
	},
	{
		name:    "subparagraph out of sequence",
		in:      "左列：\r\n一、甲。\r\n三、丙。",
		want:    "左列：|>一、甲。三、丙。|",
		wantOdd: 1,
	},
	{
		name:    "item without subparagraph",
		in:      "左列：\r\n（一）甲。",
		want:    "左列：（一）甲。|",
		wantOdd: 1,
	},
	{
		name:    "item out of sequence",
		in:      "左列：\r\n一、甲：\r\n（二）乙。",
		want:    "左列：|>一、甲：（二）乙。|",
		wantOdd: 1,
	},
	{
		name:    "subparagraph first",
		in:      "一、甲。",
		want:    "一、甲。|",
		wantOdd: 1,
	},
	{
		name: "half-width item parentheses",
		in:   "左列：\r\n一、甲：\r\n(一)子。",
		want: "左列：|>一、甲：|>>(一)子。|",
	},
	{
		name: "not a numbered line",
		in:   "（刪除）\r\n十分、甲。\r\n（甲）乙。\r\n(1)丙。\r\n（一丙。",
		want: "（刪除）|十分、甲。|（甲）乙。|(1)丙。|（一丙。|",
	},
	{
		name: "empty",
		in:   "",
		want: "",
	},
}

func TestParseArticle(t *testing.T) {
	for _, tt := range parseTests {
		t.Run(tt.name, func(t *testing.T) {
			paras, odd := ParseArticle(tt.in, tt.wrapped, nil)
			if got := outline(paras); got != tt.want {
				t.Errorf("ParseArticle(%q) =\n%s\nwant\n%s", tt.in, got, tt.want)
			}
			if len(odd) != tt.wantOdd {
				t.Errorf("ParseArticle(%q) odd lines = %q, want %d", tt.in, odd, tt.wantOdd)
			}
		})
	}
}

// TestParseArticleKnown shows the evidence of an unwrapped version
// deciding a full line ending 。: 證人保護法第11條 has the sentence
// 其他文書…亦同。 in the same paragraph.
func TestParseArticleKnown(t *testing.T) {
	in := "載有保密證人真實身分資料之筆錄或文書原本，應另行製作卷面封存之。\r\n其他文書足以顯示應保密證人之身分者，亦同。"
	known := func(prefix string) bool {
		return strings.HasPrefix("載有保密證人真實身分資料之筆錄或文書原本，應另行製作卷面封存之。其他文書足以顯示應保密證人之身分者，亦同。", prefix)
	}
	paras, _ := ParseArticle(in, true, known)
	if len(paras) != 1 {
		t.Errorf("with evidence: %d paragraphs, want 1: %s", len(paras), outline(paras))
	}
	paras, _ = ParseArticle(in, true, nil)
	if len(paras) != 2 {
		t.Errorf("without evidence: %d paragraphs, want 2: %s", len(paras), outline(paras))
	}
}

func TestWrapped(t *testing.T) {
	tests := []struct {
		in   []string
		want bool
	}{
		{[]string{"公務員洩漏或交付關於申報疑似犯第十一條之罪之交易或犯第十一條之罪\r\n嫌疑之文書。"}, true},
		{[]string{"偵查，不公開之。\r\n（刪除）"}, false},
		{[]string{"短行\r\n沒有句號"}, false},
		{nil, false},
	}
	for _, tt := range tests {
		if got := Wrapped(tt.in); got != tt.want {
			t.Errorf("Wrapped(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestFull(t *testing.T) {
	paras, _ := ParseArticle("左列：\r\n一、甲：\r\n（一）子。\r\n前項。", false, nil)
	a := Article{Num: 1, Paragraphs: paras}
	if got, want := a.Full(), "左列：\n\t一、甲：\n\t\t（一）子。\n前項。"; got != want {
		t.Errorf("Full = %q, want %q", got, want)
	}
	if got := (Article{Repealed: true}).Full(); got != "（刪除）" {
		t.Errorf("repealed Full = %q", got)
	}
	// Moving words between levels changes the fingerprint.
	flat, _ := ParseArticle("左列：\r\n一、甲。", false, nil)
	joined, _ := ParseArticle("左列：一、甲。", false, nil)
	if Fingerprint(Article{Paragraphs: flat}.Full()) == Fingerprint(Article{Paragraphs: joined}.Full()) {
		t.Error("a 款 and the same words in its paragraph have one fingerprint")
	}
	if diff := cmp.Diff(Fingerprint("a"), uint64(0xca978112ca1bbdca)); diff != "" {
		t.Errorf("Fingerprint(a) (-got +want):\n%s", diff)
	}
}

func TestParseNumber(t *testing.T) {
	for _, tt := range parseNumberTests {
		num, sub, err := ParseNumber(tt.in)
		if (err != nil) != tt.wantErr || num != tt.num || sub != tt.sub {
			t.Errorf("ParseNumber(%q) = %d, %d, %v; want %d, %d, error %v", tt.in, num, sub, err, tt.num, tt.sub, tt.wantErr)
		}
	}
}

var parseNumberTests = []struct {
	in       string
	num, sub int
	wantErr  bool
}{
	{"第 18 條", 18, 0, false},
	{"第 18-1 條", 18, 1, false},
	{"第 100-3 條", 100, 3, false},
	{"第18條", 18, 0, false},
	{"18", 0, 0, true},
	{"第 0 條", 0, 0, true},
	{"第 18- 條", 0, 0, true},
	{"第 18-0 條", 0, 0, true},
	{"第 x 條", 0, 0, true},
	{"第 18 點", 0, 0, true},
}

// FuzzParseArticle checks that any text parses without panic, that its
// structure keeps every non-space rune of the text (notes aside, ︰ as ：),
// and that numbering is in sequence.
func FuzzParseArticle(f *testing.F) {
	for _, tt := range parseTests {
		f.Add(tt.in, tt.wrapped)
	}
	f.Fuzz(func(t *testing.T, in string, wrapped bool) {
		paras, _ := ParseArticle(in, wrapped, nil)
		if !utf8.ValidString(in) {
			return // joining wrapped lines may make runes of stray bytes
		}
		body := strings.Join(lines(in), "\n")
		want := normalize(body)
		var got strings.Builder
		var walk func(n Node, depth int)
		walk = func(n Node, depth int) {
			got.WriteString(n.Text)
			for i, c := range n.Children {
				if k, num := classify(c.Text); (depth == 0 && k != kuan) || (depth == 1 && k != mu) || num != i+1 {
					t.Fatalf("ParseArticle(%q): child %d %q at depth %d", in, i+1, c.Text, depth+1)
				}
				walk(c, depth+1)
			}
		}
		for _, p := range paras {
			walk(p, 0)
		}
		if g := got.String(); g != want {
			t.Fatalf("ParseArticle(%q) kept %q, want %q", in, g, want)
		}
	})
}

// FuzzParseNumber checks that any text is read without panic and that an
// accepted number reads the same once written as the database writes it.
func FuzzParseNumber(f *testing.F) {
	for _, tt := range parseNumberTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, in string) {
		num, sub, err := ParseNumber(in)
		if err != nil {
			return
		}
		out := fmt.Sprintf("第 %d 條", num)
		if sub != 0 {
			out = fmt.Sprintf("第 %d-%d 條", num, sub)
		}
		n2, s2, err := ParseNumber(out)
		if err != nil || n2 != num || s2 != sub {
			t.Fatalf("ParseNumber(%q) = %d, %d; its form %q reads %d, %d, %v", in, num, sub, out, n2, s2, err)
		}
	})
}

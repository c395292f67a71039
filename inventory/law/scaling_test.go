package law

import (
	"strconv"
	"strings"
	"testing"

	"github.com/ogdtw/governance/internal/scaling"
	"github.com/ogdtw/governance/rocdate"
)

// TestPlaceholderLaw pins issue 12's defect: ParseCitations read
// ○○法第5條 as law ○法, taking the first ○ for a bullet.
func TestPlaceholderLaw(t *testing.T) {
	for _, s := range []string{"○○法第5條", "●●條例第1條"} {
		cs, err := ParseCitations(s)
		want, _, _ := strings.Cut(s, "第")
		if err != nil || len(cs) != 1 || cs[0].Law != want {
			t.Errorf("ParseCitations(%q) = %v, %v; want law %s", s, cs, err, want)
		}
	}
	if cs, _ := ParseCitations("○ 檔案法第18條"); len(cs) != 1 || cs[0].Law != "檔案法" {
		t.Errorf("a bullet before a law is not dropped: %v", cs)
	}
}

// TestScaling checks that the functions whose input grows cost linear
// time and bounded memory: n against 10n.
func TestScaling(t *testing.T) {
	on := rocdate.MustParse("111年5月19日")
	scaling.Run(t, []scaling.Case{
		{
			Name: "ParseCitation articles",
			N:    400,
			Setup: func(n int) func() {
				s := "《刑事訴訟法》第" + listOf(n) + "條"
				return func() { sinkCitation, _ = ParseCitation(s) }
			},
		},
		{
			Name: "ParseCitations lines",
			N:    200,
			Setup: func(n int) func() {
				s := strings.Repeat("《刑事訴訟法》第245條第1、3項\n", n)
				return func() { sinkCitations, _ = ParseCitations(s) }
			},
		},
		{
			// The last of n articles, renumbered by an article inserted
			// before them: its text is looked for across the new version.
			Name:            "Lineage renumbered",
			N:               300,
			MaxBytesPerUnit: 8,
			Setup: func(n int) func() {
				older, newer := renumbered(t, n)
				s, _ := older.Merge(newer).ByPCode("X0000001")
				from, to := rocdate.MustParse("112.6.1"), rocdate.MustParse("113.10.1")
				p := Provision{Article: n}
				return func() {
					if l := s.Lineage(p, from, to); l.Kind != LineageMoved {
						t.Fatalf("Lineage of 第%d條 = %v", n, l)
					}
				}
			},
		},
		{
			Name:            "CheckCitation range",
			N:               900,
			MaxBytesPerUnit: 1024,
			Setup: func(n int) func() {
				c := MustParseCitation("《刑事訴訟法》第1至" + strconv.Itoa(n) + "條")
				return func() { sinkInt = len(CheckCitation(c, on)) }
			},
		},
		{
			Name: "FindCitations paragraphs",
			N:    100,
			Setup: func(n int) func() {
				var b strings.Builder
				for range n {
					b.WriteString(findCases[0].text + "\r\n" + findCases[3].text + "\r\n" + findCases[7].text + "\r\n")
				}
				s := b.String()
				f := Finder{Law: "刑事訴訟法", At: Provision{Article: 31, ArticleSub: 1}}
				return func() { sinkInt = len(f.Find(s)) }
			},
		},
		{
			// 前項 over one line: the paragraph of each is counted without
			// looking for the line's end again (it was 50× for 10×).
			Name: "FindCitations 前項 前條 同法 repeated on one line",
			N:    2_000,
			Setup: func(n int) func() {
				s := "依個人資料保護法第6條規定" + strings.Repeat("，前項及前條、同法第8條", n) + "。"
				return func() { sinkInt = len(FindCitations(s)) }
			},
		},
		{
			Name: "Finder 前項 repeated, an article's lines",
			N:    2_000,
			Setup: func(n int) func() {
				s := "依個人資料保護法第6條規定。\n" + strings.Repeat("前項情形，依前項規定辦理；", n) + "\n前項。"
				f := Finder{Law: "個人資料保護法", At: Provision{Article: 7}}
				return func() { sinkInt = len(f.Find(s)) }
			},
		},
		{
			Name: "FindCitations one long citation",
			N:    400,
			Setup: func(n int) func() {
				s := "依刑法第" + strings.ReplaceAll(listOf(n), "、", "條、第") + "條\r\n規定"
				return func() { sinkInt = len(FindCitations(s)) }
			},
		},
		{
			Name: "ParseHistory entries",
			N:    100,
			Setup: func(n int) func() {
				var b strings.Builder
				for i := range n {
					b.WriteString(strconv.Itoa(i+1) + "." + strings.TrimPrefix(historySamples[3], "1.") + "\r\n")
				}
				s := b.String()
				return func() { sinkInt = len(ParseHistory(s)) }
			},
		},
	})
}

// listOf returns 1、2、…、n.
func listOf(n int) string {
	parts := make([]string, n)
	for i := range parts {
		parts[i] = strconv.Itoa(i + 1)
	}
	return strings.Join(parts, "、")
}

var (
	sinkCitations []Citation
	sinkCitation  Citation
)

// renumbered returns two snapshots of 測試法: n articles, then the same n
// renumbered by one inserted before them.
func renumbered(t *testing.T, n int) (older, newer *Registry) {
	t.Helper()
	file := func(update, modified string, first int) *Registry {
		var b strings.Builder
		b.WriteString(`{"UpdateDate":"` + update + `","Laws":[{"LawName":"測試法","LawURL":"pcode=X0000001","LawModifiedDate":"` + modified + `","LawArticles":[`)
		if first > 1 {
			b.WriteString(`{"ArticleType":"A","ArticleNo":"第 1 條","ArticleContent":"本法之目的。"},`)
		}
		for k := 1; k <= n; k++ {
			if k > 1 {
				b.WriteString(",")
			}
			b.WriteString(`{"ArticleType":"A","ArticleNo":"第 ` + strconv.Itoa(k+first-1) + ` 條","ArticleContent":"第` + strconv.Itoa(k) + `項事務之規定。"}`)
		}
		b.WriteString("]}]}")
		r, err := Decode(strings.NewReader(b.String()))
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	return file("2023/06/01", "20230101", 1), file("2024/10/11", "20240101", 2)
}

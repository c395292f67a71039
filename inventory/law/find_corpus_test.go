package law

import (
	"bytes"
	"encoding/json"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/ogdtw/governance/internal/numeral"
)

// corpusText is one article of the snapshot: its law and number, and its
// text.
type corpusText struct {
	law, no, text string
}

var (
	textsOnce sync.Once
	textsData []corpusText
	textsErr  error
)

// corpusTexts returns the article texts of both files (ChLaw and
// ChOrder), decoded once; it skips under -short and -race and when the
// snapshot is absent.
func corpusTexts(t testing.TB) []corpusText {
	t.Helper()
	skipCorpus(t)
	data := corpusBytes(t)
	textsOnce.Do(func() {
		for _, b := range data {
			var f struct {
				Laws []struct {
					LawName     string
					LawArticles []struct{ ArticleType, ArticleNo, ArticleContent string }
				}
			}
			if err := json.Unmarshal(bytes.TrimPrefix(b, []byte("\xef\xbb\xbf")), &f); err != nil {
				textsErr = err
				return
			}
			for _, l := range f.Laws {
				for _, a := range l.LawArticles {
					if a.ArticleType == "A" {
						textsData = append(textsData, corpusText{l.LawName, a.ArticleNo, a.ArticleContent})
					}
				}
			}
		}
	})
	if textsErr != nil {
		t.Fatal(textsErr)
	}
	return textsData
}

// TestFindCitationsCorpus finds the citations of every article text of
// the snapshot, each with the law and article it belongs to, and reports
// the share that parse completely (goal: 99.5%), listing the others by
// form.
func TestFindCitationsCorpus(t *testing.T) {
	texts := corpusTexts(t)
	total, ok := 0, 0
	res := map[Resolution]int{}
	forms := map[string][]string{}
	for _, a := range texts {
		f := Finder{Law: a.law}
		if c, err := ParseCitation(a.no); err == nil && c.Len() == 1 {
			f.At = c.Provisions()[0]
		}
		for _, g := range f.Find(a.text) {
			total++
			if g.Err == nil {
				ok++
				res[g.Resolution]++
				continue
			}
			k := g.Err.Code() + " " + citationForm(a.text[g.Start:g.End])
			forms[k] = append(forms[k], a.law+" "+a.no+": "+a.text[g.Start:min(len(a.text), g.End+12)])
		}
	}
	if total == 0 {
		t.Fatal("no citation found in the snapshot")
	}
	share := float64(ok) / float64(total)
	t.Logf("citations in %d article texts: %d of %d parse completely (%.3f%%)", len(texts), ok, total, 100*share)
	for r := Unresolved; r <= SameArticle; r++ {
		t.Logf("  %-8s %d", r, res[r])
	}
	logForms(t, forms)
	if share < 0.995 {
		t.Errorf("only %.3f%% of the citations found parse completely, want 99.5%%", 100*share)
	}
}

// citationForm names the form of a citation's text: numbers as N, blanks
// dropped, at most 16 runes.
func citationForm(s string) string {
	var b strings.Builder
	n := 0
	for i := 0; i < len(s) && n < 16; {
		if k := numeral.Span(s[i:]); k > 0 {
			b.WriteByte('N')
			i += k
			n++
			continue
		}
		r, m := utf8.DecodeRuneInString(s[i:])
		i += m
		if r == ' ' || r == '\r' || r == '\n' || r == '\u3000' {
			continue
		}
		b.WriteRune(r)
		n++
	}
	return b.String()
}

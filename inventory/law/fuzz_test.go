package law

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/ogdtw/governance/finding"
)

func FuzzParseCitation(f *testing.F) {
	for _, tt := range designCitations {
		f.Add(tt.in)
	}
	for _, tt := range realCitations {
		f.Add(tt.in)
	}
	for _, tt := range addendumCitations {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseCitation(s)
		if err != nil {
			if !c.IsZero() {
				t.Fatalf("ParseCitation(%q) returned %v with error %v", s, c, err)
			}
			if !strings.HasPrefix(err.Error(), "law: ") {
				t.Fatalf("ParseCitation(%q) error %q lacks the package name", s, err)
			}
			// Every detail the parser writes has a code, so that its
			// message reads in Chinese with no English in it.
			pe := err.(*ParseError)
			if pe.DetailCode() == "" {
				t.Fatalf("ParseCitation(%q): detail %q has no code", s, pe.Detail)
			}
			if zh := pe.DetailMessage(finding.Chinese); asciiWord(zh) != "" && !strings.Contains(s, asciiWord(zh)) {
				t.Fatalf("ParseCitation(%q): Chinese detail %q holds English", s, zh)
			}
			return
		}
		if c.Len() == 0 || c.Len() > maxLeaves {
			t.Fatalf("ParseCitation(%q) cites %d provisions", s, c.Len())
		}
		if !utf8.ValidString(s) {
			return // a law name with invalid UTF-8 is kept as it is
		}
		checkRoundTrip(t, c)
	})
}

func FuzzParseCitations(f *testing.F) {
	f.Add("• 《政府資訊公開法》第18條第1項第1至7款\n• 《刑事訴訟法》第245條第1、3項")
	f.Add("1.檔案法第18條\r\n(2)刑事訴訟法第245條；三、洗錢防制法第13條")
	f.Add("《刑事訴訟法》第245條、《檔案法》第18條第2款及通保法第5條")
	f.Add("第六項規定或刑法第九十一條之一第二項")
	for _, tt := range realCitations {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		cs, err := ParseCitations(s)
		if err == nil && len(cs) == 0 && strings.TrimSpace(strings.Map(func(r rune) rune {
			if strings.ContainsRune("\n\r；;", r) {
				return ' '
			}
			return r
		}, s)) != "" && !onlyBullets(s) {
			t.Fatalf("ParseCitations(%q) accepted text but returned nothing", s)
		}
		if !utf8.ValidString(s) {
			return
		}
		for _, c := range cs {
			checkRoundTrip(t, c)
		}
	})
}

// onlyBullets reports whether every piece of s is only a list marker.
func onlyBullets(s string) bool {
	return len(SplitCitations(s)) == 0
}

// FuzzParseHistory checks that any 沿革 is read without panic, that every
// act keeps its text, and that a complete act has a date and a change.
func FuzzParseHistory(f *testing.F) {
	for _, h := range historySamples {
		f.Add(h)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, r := range ParseHistory(s) {
			if r.Text == "" {
				t.Fatalf("ParseHistory(%q) gave an act without text", s)
			}
			if r.Complete && (r.Date.IsZero() || len(r.Changes) == 0) {
				t.Fatalf("ParseHistory(%q) gave a complete act %+v without a date or a change", s, r)
			}
		}
	})
}

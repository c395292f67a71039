package law_test

import (
	"testing"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/internal/jsontest"
	"github.com/ogdtw/governance/inventory/law"
	"github.com/ogdtw/governance/rocdate"
)

func TestJSON(t *testing.T) {
	st, _ := law.Default().Lookup("刑事訴訟法")
	v, ok := st.VersionOn(rocdate.MustParse("111年5月19日"))
	if !ok {
		t.Fatal("no version of 刑事訴訟法 on 111年5月19日")
	}
	p3 := law.Provision{Article: 245, Paragraph: 3}
	amendments := st.Amendments(p3, rocdate.MustParse("111年5月19日"))
	if len(amendments) == 0 {
		t.Fatal("no amendment of 刑事訴訟法第245條第3項")
	}
	revs := law.ParseHistory("1.中華民國一百十二年五月三十一日總統華總一經字第 11200045441  號\r\n  令修正公布第 48、56 條條文；並增訂第 1-1  條條文")
	if len(revs) != 1 {
		t.Fatalf("ParseHistory = %v", revs)
	}
	lin := st.Lineage(p3, rocdate.MustParse("111年5月19日"), rocdate.MustParse("115年12月1日"))
	if len(lin.Steps) == 0 {
		t.Fatal("no step in the lineage of 刑事訴訟法第245條第3項")
	}
	jsontest.Check(t, ".", map[string]any{
		"Lineage":       lin,
		"LineageKind":   law.LineageMoved,
		"LineageStep":   lin.Steps[0],
		"Act":           law.ActAmendedAll,
		"Action":        law.AmendAll,
		"Amendment":     amendments[0],
		"AmendmentKind": law.Restructured,
		"Change":        revs[0].Changes[0],
		"Citation":      law.MustParseCitation("《刑事訴訟法》第245條第1、3項"),
		"Finding": law.Finding{Severity: finding.Error, Verdict: finding.Failed, Code: law.CodeProvisionMissing, Law: "刑訴法", PCode: "C0010001",
			Provision: p3, Date: rocdate.MustParse("113年7月31日"), Detail: "嗣後修正"},
		"Finder": law.Finder{Law: "刑事訴訟法", At: law.Provision{Article: 31, ArticleSub: 1, Paragraph: 2}},
		"Found": law.Found{Citation: law.MustParseCitation("《刑事訴訟法》第31條第3、4項"), Start: 3, End: 30, Resolution: law.PrevArticle,
			Err: findError(t, "依第三款第二項辦理")},
		"NameMatch":      law.MatchShort,
		"ParseError":     parseError(t, "第0條"),
		"Part":           law.Proviso,
		"Provision":      law.Provision{Article: 18, ArticleSub: 1, Paragraph: 1, Subparagraph: 6, SubparagraphSub: 2, Part: law.Proviso},
		"Resolution":     law.SameLaw,
		"Registry":       jsontest.Skip("a registry is the law database's data, read by Decode; a Statute marshals by its PCode"),
		"Revision":       revs[0],
		"Statute":        st,
		"StatuteVersion": v,
	})
}

// parseError returns the error of ParseCitation(in).
func parseError(t *testing.T, in string) *law.ParseError {
	t.Helper()
	_, err := law.ParseCitation(in)
	pe, ok := err.(*law.ParseError)
	if !ok {
		t.Fatalf("ParseCitation(%q) error = %v, want a *law.ParseError", in, err)
	}
	return pe
}

// findError returns the error of the one citation FindCitations finds in
// text.
func findError(t *testing.T, text string) *law.ParseError {
	t.Helper()
	fs := law.FindCitations(text)
	if len(fs) != 1 || fs[0].Err == nil {
		t.Fatalf("FindCitations(%q) = %v, want one error", text, fs)
	}
	return fs[0].Err
}

package law

import (
	"testing"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/rocdate"
)

// TestCheckVerdicts is a table of the verdict rules of [Registry.Check]
// (issue 21): a provision looked up in the version of the day of a law
// the registry holds is 符合 or 不符; a law the registry lacks, no day,
// no law named, no article is 無法查核, one check per provision, never 符合.
func TestCheckVerdicts(t *testing.T) {
	on := rocdate.MustParse("111年5月19日")
	tests := []struct {
		name, ground string
		on           rocdate.Date
		want         finding.Tally
		codes        []string // the codes of the findings with a verdict, in order
	}{
		{"present", "《檔案法》第18條第2、5款", on, finding.Tally{Passed: 2},
			[]string{CodeProvisionPresent, CodeProvisionPresent}},
		{"missing after 依…規定", "依個人資料保護法第99條規定", on, finding.Tally{Failed: 1},
			[]string{CodeProvisionMissing}},
		{"present and missing", "依據個人資料保護法第8條、第99條規定辦理", on, finding.Tally{Passed: 1, Failed: 1},
			[]string{CodeProvisionPresent, CodeProvisionMissing}},
		{"law unknown", "依某某資料保護法第8條第1、2項規定", on, finding.Tally{Unchecked: 2},
			[]string{CodeLawUnknown, CodeLawUnknown}},
		{"no day", "《檔案法》第18條第2、5款", rocdate.Date{}, finding.Tally{Unchecked: 2},
			[]string{CodeUndated, CodeUndated}},
		{"no law", "第18條第2款", on, finding.Tally{Unchecked: 1},
			[]string{CodeNoLaw}},
		{"partial name checked all the same", "《國家安全或重大利益公務人員特殊查核辦法》第4、10條", on, finding.Tally{Passed: 2},
			[]string{CodeProvisionPresent, CodeProvisionPresent}},
	}
	for _, tt := range tests {
		c, err := ParseCitation(tt.ground)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		var got finding.Tally
		var codes []string
		for _, f := range Default().Check(c, tt.on) {
			if f.Head().Verdict != f.Verdict || f.Head().Code != f.Code || f.Head().Severity != f.Severity {
				t.Errorf("%s: Head %+v differs from %+v", tt.name, f.Head(), f)
			}
			if f.Verdict == finding.NoVerdict {
				continue
			}
			got = got.Add(f.Verdict)
			codes = append(codes, f.Code)
			if f.Verdict == finding.Unchecked && f.Provision.IsZero() && c.Len() > 0 {
				t.Errorf("%s: unchecked %s names no provision", tt.name, f.Code)
			}
			if f.Message(finding.Chinese) == "" || f.Message(finding.English) == "" {
				t.Errorf("%s: %s has no message", tt.name, f.Code)
			}
		}
		if got != tt.want || len(codes) != len(tt.codes) {
			t.Errorf("%s: tally %v codes %v; want %v %v", tt.name, got, codes, tt.want, tt.codes)
			continue
		}
		for i := range codes {
			if codes[i] != tt.codes[i] {
				t.Errorf("%s: codes %v; want %v", tt.name, codes, tt.codes)
				break
			}
		}
		if got.Total() != c.Len() {
			t.Errorf("%s: %d checks for %d provisions", tt.name, got.Total(), c.Len())
		}
	}
}

// TestCheckCitationVerdicts checks that every finding of CheckCitation
// carries the verdict of its code, and that none is Passed: it lists
// what it found, not the provisions that hold.
func TestCheckCitationVerdicts(t *testing.T) {
	on := rocdate.MustParse("111年5月19日")
	want := map[string]finding.Verdict{
		CodeNoLaw: finding.Unchecked, CodeLawUnknown: finding.Unchecked, CodeUndated: finding.Unchecked,
		CodeVersionUnknown: finding.Unchecked, CodeNoArticle: finding.Unchecked,
		CodeProvisionMissing: finding.Failed, CodeLawAbandoned: finding.Failed,
		CodeLawName: finding.NoVerdict, CodeDataDate: finding.NoVerdict, CodeLaterAmendment: finding.NoVerdict,
	}
	seen := map[string]bool{}
	grounds := append([]string{"依個人資料保護法第99條規定", "某某法第1條", "第2項", "電腦處理個人資料保護法第1條"}, deckCitations...)
	for _, day := range []rocdate.Date{on, {}, rocdate.MustParse("130年1月1日")} {
		for _, g := range grounds {
			for _, f := range CheckCitation(MustParseCitation(g), day) {
				seen[f.Code] = true
				if v, ok := want[f.Code]; !ok || f.Verdict != v {
					t.Errorf("CheckCitation(%s, %v): %s has verdict %v; want %v", g, day, f.Code, f.Verdict, v)
				}
			}
		}
	}
	for _, c := range []string{CodeNoLaw, CodeLawUnknown, CodeUndated, CodeProvisionMissing, CodeLaterAmendment, CodeDataDate} {
		if !seen[c] {
			t.Errorf("no case gave %s", c)
		}
	}
}

package main

import (
	"strings"
	"testing"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/inventory"
	"github.com/ogdtw/governance/inventory/law"
	"github.com/ogdtw/governance/rocdate"
)

// A citation's provisions are counted as found only when each was looked
// up and found: one found and one missing give a ✓ for the one and a ✗
// for the other, never "every provision cited".
func TestCheckCitationCounts(t *testing.T) {
	day := rocdate.MustParse("111年5月19日")
	reg := law.Default()
	k := inventory.Checker{Registry: reg, Day: day}
	tests := []struct {
		cite   string
		checks finding.Tally
		text   string // the line of the provisions found
	}{
		{"《檔案法》第18條第2、5款", finding.Tally{Passed: 2}, "《檔案法》第18條第2、5款：經核111年5月19日施行之檔案法（97年7月2日修正公布），所引條、項、款均有規定"},
		{"個人資料保護法第8條、第99條", finding.Tally{Passed: 1, Failed: 1}, "《個人資料保護法》第8、99條：經核111年5月19日施行之個人資料保護法（104年12月30日修正公布），所引2處中1處確有規定"},
		{"某某資料保護法第8條", finding.Tally{Unchecked: 1}, ""},
		{"某某資料保護法第8條、第9條", finding.Tally{Unchecked: 2}, ""},
	}
	for _, tt := range tests {
		s := &Section{l: newLang(finding.Chinese)}
		checkCitation(s.lines(""), reg, k, law.MustParseCitation(tt.cite), day, "citations.in-force")
		var got finding.Tally
		var pass []string
		for _, l := range s.Blocks[0].Lines {
			got = got.Plus(l.Checks)
			if l.Kind == Pass {
				pass = append(pass, l.Text)
			}
		}
		if got != tt.checks {
			t.Errorf("%s: checks %v, want %v", tt.cite, got, tt.checks)
		}
		if want := tt.text; want == "" && len(pass) != 0 || want != "" && (len(pass) != 1 || pass[0] != want) {
			t.Errorf("%s: passing lines %q, want %q", tt.cite, pass, want)
		}
	}
}

// The partial count reads the same in English.
func TestCheckCitationCountsEnglish(t *testing.T) {
	day := rocdate.MustParse("111年5月19日")
	reg := law.Default()
	s := &Section{l: newLang(finding.English)}
	checkCitation(s.lines(""), reg, inventory.Checker{Registry: reg, Day: day}, law.MustParseCitation("個人資料保護法第8條、第99條"), day, "citations.in-force")
	var all []string
	for _, l := range s.Blocks[0].Lines {
		all = append(all, l.Text)
	}
	if text := strings.Join(all, "\n"); !strings.Contains(text, "of the 2 provisions cited 1 are found") {
		t.Errorf("lines:\n%s", text)
	}
}

package law

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSplitCitations(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"《檔案法》第18條", []string{"《檔案法》第18條"}},
		{"• 《刑事訴訟法》第245條\n• 《檔案法》第18條；1. 《洗錢防制法》第13條", []string{"《刑事訴訟法》第245條", "《檔案法》第18條", "《洗錢防制法》第13條"}},
		{"(1)個資法第5條\r\n\r\n一、刑法第1條;", []string{"個資法第5條", "刑法第1條"}},
		{"○○法第5條", []string{"○○法第5條"}},
		{"　法第1條　", []string{"法第1條"}},
		{"法第1條\xe40 ", []string{"法第1條\xe40"}},
	}
	for _, tt := range tests {
		got := SplitCitations(tt.in)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("SplitCitations(%q) (-want +got):\n%s", tt.in, diff)
		}
		for _, p := range got {
			if p != strings.TrimSpace(p) {
				t.Errorf("SplitCitations(%q) gives %q, with blanks", tt.in, p)
			}
		}
	}
	if got := AppendSplitCitations([]string{"x"}, "法第1條"); len(got) != 2 || got[0] != "x" {
		t.Errorf("AppendSplitCitations = %q", got)
	}
}

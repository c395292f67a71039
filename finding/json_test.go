package finding_test

import (
	"testing"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/internal/jsontest"
)

func TestJSON(t *testing.T) {
	jsontest.Check(t, ".", map[string]any{
		"Severity":   finding.Warning,
		"Verdict":    finding.Unchecked,
		"Tally":      finding.Tally{Passed: 35, Failed: 8, Unchecked: 4},
		"ParseError": &finding.ParseError{Func: "ParseSeverity", Input: "嚴重", Detail: "not a severity", Err: finding.ErrSyntax},
	})
}

package finding_test

import (
	"errors"
	"testing"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/internal/jsontest"
)

func TestJSON(t *testing.T) {
	jsontest.Check(t, ".", map[string]any{
		"Severity":   finding.Warning,
		"Verdict":    finding.Unchecked,
		"Tally":      finding.Tally{Passed: 35, Failed: 8, Unchecked: 4},
		"Head":       finding.Head{Code: "requests.total", Severity: finding.Error, Verdict: finding.Failed, Row: 9, Column: "合計"},
		"Entry":      finding.Entry{Head: finding.Head{Code: "requests.total", Verdict: finding.Passed}, Message: "合計列28件"},
		"Result":     jsontest.Skip("an interface: its values are the packages' types, each with a case of its own"),
		"ParseError": parseError(),
	})
}

// parseError returns the error of ParseSeverity("嚴重").
func parseError() *finding.ParseError {
	_, err := finding.ParseSeverity("嚴重")
	pe, _ := errors.AsType[*finding.ParseError](err)
	return pe
}

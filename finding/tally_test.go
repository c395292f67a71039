package finding_test

import (
	"testing"

	"github.com/ogdtw/governance/finding"
)

func TestTally(t *testing.T) {
	var tl finding.Tally
	for _, v := range []finding.Verdict{finding.Passed, finding.Passed, finding.Failed, finding.Unchecked, finding.NoVerdict, finding.Unchecked + 1} {
		tl = tl.Add(v)
	}
	if want := (finding.Tally{Passed: 2, Failed: 1, Unchecked: 1}); tl != want {
		t.Fatalf("Add: %+v, want %+v", tl, want)
	}
	if tl.Total() != 4 || tl.Count(finding.Passed) != 2 || tl.Count(finding.Failed) != 1 || tl.Count(finding.Unchecked) != 1 || tl.Count(finding.NoVerdict) != 0 {
		t.Errorf("counts of %+v: total %d", tl, tl.Total())
	}
	if got := tl.Plus(finding.Tally{Passed: 3, Failed: 4, Unchecked: 5}); got != (finding.Tally{Passed: 5, Failed: 5, Unchecked: 6}) {
		t.Errorf("Plus = %+v", got)
	}
	for _, c := range []struct {
		in   finding.Tally
		want finding.Verdict
	}{
		{finding.Tally{}, finding.NoVerdict},
		{finding.Tally{Passed: 3}, finding.Passed},
		{finding.Tally{Passed: 3, Unchecked: 1}, finding.Unchecked},
		{finding.Tally{Passed: 3, Failed: 1, Unchecked: 1}, finding.Failed},
		{finding.Tally{Failed: 1}, finding.Failed},
		{finding.Tally{Unchecked: 2}, finding.Unchecked},
	} {
		if got := c.in.Verdict(); got != c.want {
			t.Errorf("%+v.Verdict() = %v, want %v", c.in, got, c.want)
		}
	}
	if got, want := tl.String(), "查核4項：符合2項，不符1項，無法查核1項"; got != want {
		t.Errorf("String = %q, want %q", got, want)
	}
	if got, want := (finding.Tally{Passed: 2963}).Message(finding.English), "2,963 checks: 2,963 passed, 0 failed, 0 not checkable"; got != want {
		t.Errorf("Message(English) = %q, want %q", got, want)
	}
}

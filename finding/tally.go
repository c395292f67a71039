package finding

import (
	"github.com/ogdtw/governance/internal/i18n"
	"golang.org/x/text/language"
)

// A Tally counts checks by their verdict. Every package's check results
// count with it, so that a report adds up checks, never printed lines:
// a line that stands for 23 checks adds 23. The zero Tally counts no
// check.
type Tally struct {
	Passed    int `json:"passed"`    // checks made that found the document holds (符合)
	Failed    int `json:"failed"`    // checks made that found a fault (不符)
	Unchecked int `json:"unchecked"` // checks that could not be made (無法查核)
}

// Add counts one check with verdict v and returns the tally. NoVerdict
// and invalid verdicts are not checks: t is returned as it is.
func (t Tally) Add(v Verdict) Tally {
	switch v {
	case Passed:
		t.Passed++
	case Failed:
		t.Failed++
	case Unchecked:
		t.Unchecked++
	}
	return t
}

// Plus returns the sum of t and u.
func (t Tally) Plus(u Tally) Tally {
	return Tally{t.Passed + u.Passed, t.Failed + u.Failed, t.Unchecked + u.Unchecked}
}

// Count returns the number of checks with verdict v; 0 for NoVerdict or
// an invalid verdict.
func (t Tally) Count(v Verdict) int {
	switch v {
	case Passed:
		return t.Passed
	case Failed:
		return t.Failed
	case Unchecked:
		return t.Unchecked
	}
	return 0
}

// Total returns the number of checks: passed, failed and not checkable.
func (t Tally) Total() int { return t.Passed + t.Failed + t.Unchecked }

// Verdict returns the verdict of the checks taken together: Failed when
// any failed, else Unchecked when any could not be made, else Passed
// when any passed, and NoVerdict for the zero Tally. A group of checks
// holds only when every one of them was made and held.
func (t Tally) Verdict() Verdict {
	switch {
	case t.Failed > 0:
		return Failed
	case t.Unchecked > 0:
		return Unchecked
	case t.Passed > 0:
		return Passed
	}
	return NoVerdict
}

// String returns the tally in Chinese, as Message(Chinese):
// 查核47項：符合35項，不符8項，無法查核4項.
func (t Tally) String() string { return t.Message(Chinese) }

// Message returns the tally in the language nearest to tag: in Chinese
// 查核47項：符合35項，不符8項，無法查核4項, in English 47 checks: 35
// passed, 8 failed, 4 not checkable.
func (t Tally) Message(tag language.Tag) string {
	return i18n.Sprintf(tag, "finding.tally", t.Total(), t.Passed, t.Failed, t.Unchecked)
}

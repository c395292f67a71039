package inventory

import (
	"encoding/json"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/inventory/law"
)

// The JSON forms of the findings and check results: camelCase keys, the
// code, severity, verdict and message (in Chinese, zh-Hant-TW) beside the
// fields, a zero enum left out, [] for an empty list, and no empty
// nested block. The verdict and message are written for the reader and
// ignored when read back: they follow from the other fields.

// problemJSON is the JSON form of a Problem.
type problemJSON struct {
	Code       string           `json:"code"`
	Severity   finding.Severity `json:"severity,omitempty"`
	Verdict    finding.Verdict  `json:"verdict,omitempty"`
	Message    string           `json:"message"`
	Rule       Rule             `json:"rule,omitempty"`
	Index      int              `json:"index"`
	Row        int              `json:"row,omitempty"`
	Serial     int              `json:"serial,omitempty"`
	Name       string           `json:"name,omitempty"`
	Ground     string           `json:"ground,omitempty"`
	Statute    *law.Finding     `json:"statute,omitempty"`
	Cause      *law.ParseError  `json:"cause,omitempty"`
	FirstIndex int              `json:"firstIndex,omitempty"`
	FirstRow   int              `json:"firstRow,omitempty"`
	FirstName  string           `json:"firstName,omitempty"`
	Detail     string           `json:"detail,omitempty"`
}

// hasStatute reports whether f is a registry's finding, not the zero
// Finding.
func hasStatute(f law.Finding) bool { return f.Code != "" || f.Law != "" || f.Detail != "" }

// MarshalJSON writes the problem with its code, severity, verdict and
// message; Statute only for a statute check, Cause only for a ground that
// does not parse.
func (p Problem) MarshalJSON() ([]byte, error) {
	j := problemJSON{Code: p.Code, Severity: p.Severity, Verdict: p.Head().Verdict, Message: p.Message(finding.Chinese),
		Rule: p.Rule, Index: p.Index, Row: p.Row, Serial: p.Serial, Name: p.Name, Ground: p.Ground, Cause: p.Cause,
		FirstIndex: p.FirstIndex, FirstRow: p.FirstRow, FirstName: p.FirstName, Detail: p.Detail}
	if hasStatute(p.Statute) {
		j.Statute = &p.Statute
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads what MarshalJSON wrote.
func (p *Problem) UnmarshalJSON(b []byte) error {
	var j problemJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*p = Problem{Severity: j.Severity, Code: j.Code, Rule: j.Rule, Index: j.Index, Row: j.Row, Serial: j.Serial, Name: j.Name,
		Ground: j.Ground, Cause: j.Cause, FirstIndex: j.FirstIndex, FirstRow: j.FirstRow, FirstName: j.FirstName, Detail: j.Detail}
	if j.Statute != nil {
		p.Statute = *j.Statute
	}
	return nil
}

// uncheckedJSON is the JSON form of an Unchecked.
type uncheckedJSON struct {
	Code     string           `json:"code"`
	Severity finding.Severity `json:"severity,omitempty"`
	Verdict  finding.Verdict  `json:"verdict,omitempty"`
	Message  string           `json:"message"`
	Rule     Rule             `json:"rule,omitempty"`
	Index    int              `json:"index"`
	Row      int              `json:"row,omitempty"`
	Serial   int              `json:"serial,omitempty"`
	Name     string           `json:"name,omitempty"`
	Field    Field            `json:"field,omitempty"`
	Ground   string           `json:"ground,omitempty"`
	Statute  *law.Finding     `json:"statute,omitempty"`
	Detail   string           `json:"detail,omitempty"`
}

// MarshalJSON writes the entry with its code, severity, verdict
// (無法查核) and message.
func (u Unchecked) MarshalJSON() ([]byte, error) {
	return json.Marshal(uncheckedJSON{Code: u.Code, Severity: u.Severity, Verdict: finding.Unchecked, Message: u.Message(finding.Chinese),
		Rule: u.Rule, Index: u.Index, Row: u.Row, Serial: u.Serial, Name: u.Name, Field: u.Field, Ground: u.Ground, Statute: u.Statute, Detail: u.Detail})
}

// UnmarshalJSON reads what MarshalJSON wrote.
func (u *Unchecked) UnmarshalJSON(b []byte) error {
	var j uncheckedJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*u = Unchecked{Severity: j.Severity, Code: j.Code, Rule: j.Rule, Index: j.Index, Row: j.Row, Serial: j.Serial, Name: j.Name,
		Field: j.Field, Ground: j.Ground, Statute: j.Statute, Detail: j.Detail}
	return nil
}

// mismatchJSON is the JSON form of a Mismatch.
type mismatchJSON struct {
	Code     string           `json:"code"`
	Severity finding.Severity `json:"severity,omitempty"`
	Verdict  finding.Verdict  `json:"verdict,omitempty"`
	Message  string           `json:"message"`
	Figure   Figure           `json:"figure,omitempty"`
	Law      string           `json:"law,omitempty"`
	Printed  int              `json:"printed"`
	Computed int              `json:"computed"`
	Detail   string           `json:"detail,omitempty"`
}

// MarshalJSON writes the mismatch with its code, severity, verdict and
// message beside the figures printed and computed.
func (m Mismatch) MarshalJSON() ([]byte, error) {
	return json.Marshal(mismatchJSON{Code: m.Code, Severity: m.Severity, Verdict: m.Head().Verdict, Message: m.Message(finding.Chinese),
		Figure: m.Figure, Law: m.Law, Printed: m.Printed, Computed: m.Computed, Detail: m.Detail})
}

// UnmarshalJSON reads what MarshalJSON wrote.
func (m *Mismatch) UnmarshalJSON(b []byte) error {
	var j mismatchJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*m = Mismatch{Severity: j.Severity, Code: j.Code, Figure: j.Figure, Law: j.Law, Printed: j.Printed, Computed: j.Computed, Detail: j.Detail}
	return nil
}

// resultJSON is the JSON form of a Result.
type resultJSON struct {
	Code      string          `json:"code"`
	Verdict   finding.Verdict `json:"verdict,omitempty"`
	Message   string          `json:"message"`
	Problems  []Problem       `json:"problems"`
	Unchecked []Unchecked     `json:"unchecked"`
	Passed    int             `json:"passed"`
	Failed    int             `json:"failed"`
}

// MarshalJSON writes the result with its code (inventory.result), its
// verdict and message (查核N項：…), its problems and unchecked rules ([]
// for none) and the counts.
func (r Result) MarshalJSON() ([]byte, error) {
	j := resultJSON{Code: codeResult, Verdict: r.Head().Verdict, Message: r.Message(finding.Chinese),
		Problems: r.Problems, Unchecked: r.Unchecked, Passed: r.Passed, Failed: r.Failed}
	if j.Problems == nil {
		j.Problems = []Problem{}
	}
	if j.Unchecked == nil {
		j.Unchecked = []Unchecked{}
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads what MarshalJSON wrote; an empty list reads as nil.
func (r *Result) UnmarshalJSON(b []byte) error {
	var j resultJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*r = Result{Problems: j.Problems, Unchecked: j.Unchecked, Passed: j.Passed, Failed: j.Failed}
	if len(r.Problems) == 0 {
		r.Problems = nil
	}
	if len(r.Unchecked) == 0 {
		r.Unchecked = nil
	}
	return nil
}

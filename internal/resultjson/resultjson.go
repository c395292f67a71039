// Package resultjson writes the JSON form every result of the library
// shares: the result's code, severity, verdict and message (in Chinese,
// zh-Hant-TW) first, then its own fields.
//
// A result type marshals through a local type without methods, so that
// its fields are written by their tags and the call does not recurse:
//
//	func (c Check) MarshalJSON() ([]byte, error) {
//		type fields Check
//		return resultjson.Marshal(c, fields(c))
//	}
//
// Reading back needs no method: encoding/json reads the fields by their
// tags and ignores the message, which follows from them.
package resultjson

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/ogdtw/governance/finding"
)

// head is what is written first.
type head struct {
	Code     string           `json:"code"`
	Severity finding.Severity `json:"severity,omitempty"`
	Verdict  finding.Verdict  `json:"verdict,omitempty"`
	Message  string           `json:"message"`
}

// Marshal returns the JSON object of fields (whose JSON must be an
// object) with r's code, severity and verdict (when not zero) and its
// message in Chinese written first. A key of fields that the head
// writes (code, severity, verdict, message) is left out of the fields,
// so no key is written twice.
func Marshal(r finding.Result, fields any) ([]byte, error) {
	h := r.Head()
	b, err := json.Marshal(head{Code: h.Code, Severity: h.Severity, Verdict: h.Verdict, Message: r.Message(finding.Chinese)})
	if err != nil {
		return nil, err
	}
	f, err := json.Marshal(fields)
	if err != nil {
		return nil, err
	}
	return splice(b, f)
}

// splice appends the members of the object f to the object h, leaving
// out those whose key h has.
func splice(h, f []byte) ([]byte, error) {
	dec := json.NewDecoder(bytes.NewReader(f))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return nil, fmt.Errorf("resultjson: the fields are not a JSON object: %s", f)
	}
	out := bytes.NewBuffer(make([]byte, 0, len(h)+len(f)))
	out.Write(h[:len(h)-1]) // h without its closing brace
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return nil, err
		}
		key := t.(string) // a key of an object json.Marshal wrote
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return nil, err
		}
		switch key {
		case "code", "severity", "verdict", "message":
			continue
		}
		k, _ := json.Marshal(key)
		out.WriteByte(',')
		out.Write(k)
		out.WriteByte(':')
		out.Write(v)
	}
	out.WriteByte('}')
	return out.Bytes(), nil
}

package resultjson

import (
	"encoding/json"
	"testing"

	"github.com/ogdtw/governance/finding"
	"golang.org/x/text/language"
)

// check is a result for the tests: a check with a figure.
type check struct {
	Code    string          `json:"code"`
	Verdict finding.Verdict `json:"verdict,omitempty"`
	Printed int             `json:"printed"`
	Note    string          `json:"note,omitempty"`
}

func (c check) Head() finding.Head { return finding.Head{Code: c.Code, Verdict: c.Verdict} }
func (c check) Message(language.Tag) string {
	return "合計載為" + string(rune('0'+c.Printed))
}

func (c check) MarshalJSON() ([]byte, error) {
	type fields check
	return Marshal(c, fields(c))
}

func TestMarshal(t *testing.T) {
	c := check{Code: "test.total", Verdict: finding.Failed, Printed: 7, Note: "截至5月"}
	b, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"code":"test.total","verdict":"不符","message":"合計載為7","printed":7,"note":"截至5月"}`
	if string(b) != want {
		t.Errorf("Marshal = %s\nwant      %s", b, want)
	}
	var back check
	if err := json.Unmarshal(b, &back); err != nil || back != c {
		t.Errorf("read back as %+v, %v; want %+v", back, err, c)
	}
	// A zero verdict and severity are left out; the code and message stay.
	b, _ = json.Marshal(check{Code: "test.total"})
	if want := `{"code":"test.total","message":"合計載為0","printed":0}`; string(b) != want {
		t.Errorf("Marshal = %s, want %s", b, want)
	}
}

func TestMarshalNotObject(t *testing.T) {
	if _, err := Marshal(check{Code: "x"}, []int{1}); err == nil {
		t.Error("Marshal of a list as fields gave no error")
	}
	if _, err := Marshal(check{Code: "x"}, func() {}); err == nil {
		t.Error("Marshal of a func as fields gave no error")
	}
}

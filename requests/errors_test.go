package requests

import (
	"errors"
	"strings"
	"testing"

	"github.com/ogdtw/governance/datasets"
	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/internal/errtype"
	"github.com/ogdtw/governance/rocdate"
)

func TestErrors(t *testing.T) {
	_, dateErr := rocdate.Parse("111年2月30日")
	wrapped := errtype.Wrap[pkg]("ImportRequests", "111年2月30日", dateErr, ErrSyntax)
	detail := wrapped.Detail
	if wrapped.Err != rocdate.ErrRange || detail == "" || wrapped.DetailCode() != "rocdate.range.day" {
		t.Fatalf("errtype.Wrap(%v) = %q, %v, code %q", dateErr, detail, wrapped.Err, wrapped.DetailCode())
	}
	long := strings.Repeat("字", 100)
	tests := []struct {
		err     error
		msg     string
		code    string
		matches []error
		not     []error
	}{
		{
			err:     perr("ParseCategory", "抱怨", ErrSyntax, "requests.syntax.category"),
			msg:     `requests: parsing "抱怨": not a category`,
			code:    "requests.syntax",
			matches: []error{ErrSyntax},
			not:     []error{ErrRange, rocdate.ErrSyntax, finding.ErrSyntax},
		},
		{
			err:     wrapped,
			msg:     `requests: parsing "111年2月30日": ` + detail,
			code:    "requests.range",
			matches: []error{ErrRange, rocdate.ErrRange},
			not:     []error{ErrSyntax, rocdate.ErrSyntax},
		},
		{
			err:     errtype.Wrap[pkg]("ImportRequests", "abc", datasets.ErrSyntax, ErrSyntax),
			code:    "requests.syntax",
			matches: []error{ErrSyntax, datasets.ErrSyntax},
			not:     []error{ErrRange},
		},
		{
			err:     perr("ReplyTimes", "-1", ErrRange, "requests.range.deadline"),
			msg:     `requests: ReplyTimes("-1"): negative deadline`,
			code:    "requests.range",
			matches: []error{ErrRange},
		},
		{
			err:     errtype.Wrap[pkg]("ParseCell", long, ErrSyntax, ErrSyntax),
			msg:     `requests: parsing "` + strings.Repeat("字", 64) + `"…: invalid syntax`,
			code:    "requests.syntax",
			matches: []error{ErrSyntax},
		},
		{
			err:     &RowError{Row: 8, Column: "序號", Input: "A", Err: ErrDuplicate},
			msg:     `requests: row 8, column 序號 "A": duplicate value`,
			code:    "requests.duplicate",
			matches: []error{ErrDuplicate},
			not:     []error{ErrMissing},
		},
		{
			err:     &RowError{Row: 4, Column: "收件日期", Input: "111年2月30日", Err: wrapped},
			msg:     `requests: row 4, column 收件日期: parsing "111年2月30日": ` + detail,
			code:    "requests.range",
			matches: []error{ErrRange, rocdate.ErrRange},
		},
		{
			err:     &ImportError{Problems: []*RowError{{Row: 4, Column: "類別", Err: ErrMissing}, {Row: 5, Column: "編號", Input: "A", Err: ErrDuplicate}}},
			msg:     `requests: 2 problems in the rows; first: row 4, column 類別: missing value`,
			code:    "requests.import",
			matches: []error{ErrMissing, ErrDuplicate},
			not:     []error{ErrSyntax},
		},
	}
	for _, tt := range tests {
		if tt.msg != "" && tt.err.Error() != tt.msg {
			t.Errorf("Error() = %s, want %s", tt.err.Error(), tt.msg)
		}
		if got := tt.err.(interface{ Code() string }).Code(); got != tt.code {
			t.Errorf("%v: Code() = %q, want %q", tt.err, got, tt.code)
		}
		for _, s := range tt.matches {
			if !errors.Is(tt.err, s) {
				t.Errorf("%v: errors.Is(%v) = false", tt.err, s)
			}
		}
		for _, s := range tt.not {
			if errors.Is(tt.err, s) {
				t.Errorf("%v: errors.Is(%v) = true", tt.err, s)
			}
		}
	}
}

package requests

import (
	"errors"
	"strings"
	"testing"

	"github.com/ogdtw/governance/datasets"
	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/internal/errs"
	"github.com/ogdtw/governance/rocdate"
)

func TestErrors(t *testing.T) {
	_, dateErr := rocdate.Parse("111年2月30日")
	detail, sentinel := errs.Cause(dateErr)
	if sentinel != rocdate.ErrRange || detail == "" {
		t.Fatalf("foreign(%v) = %q, %v", dateErr, detail, sentinel)
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
			err:     &ParseError{Func: "ParseCategory", Input: "抱怨", Detail: "not a category", Err: ErrSyntax},
			msg:     `requests: parsing "抱怨": not a category`,
			code:    "requests.syntax",
			matches: []error{ErrSyntax},
			not:     []error{ErrRange, rocdate.ErrSyntax, finding.ErrSyntax},
		},
		{
			err:     &ParseError{Func: "ImportRequests", Input: "111年2月30日", Detail: detail, Err: sentinel},
			msg:     `requests: parsing "111年2月30日": ` + detail,
			code:    "requests.range",
			matches: []error{ErrRange, rocdate.ErrRange},
			not:     []error{ErrSyntax, rocdate.ErrSyntax},
		},
		{
			err:     &ParseError{Func: "ImportRequests", Input: "abc", Err: datasets.ErrSyntax},
			code:    "requests.syntax",
			matches: []error{ErrSyntax, datasets.ErrSyntax},
			not:     []error{ErrRange},
		},
		{
			err:     &ParseError{Func: "ReplyTimes", Input: "-1", Detail: "negative deadline", Err: ErrRange},
			msg:     `requests: ReplyTimes("-1"): negative deadline`,
			code:    "requests.range",
			matches: []error{ErrRange},
		},
		{
			err:     &ParseError{Func: "ParseCell", Input: long, Err: ErrSyntax},
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
			err:     &RowError{Row: 4, Column: "收件日期", Input: "111年2月30日", Err: &ParseError{Func: "ImportRequests", Input: "111年2月30日", Detail: detail, Err: sentinel}},
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

package detailtest

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/ogdtw/governance/internal/i18n"
)

var _ = i18n.RegisterForms("detailtest", i18n.Form{Code: "detailtest.known", English: "known detail", Chinese: "已知"})

// recorder is a testing.TB that records errors instead of failing.
type recorder struct {
	testing.TB
	errs []string
}

func (r *recorder) Helper() {}

func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}

func TestLiterals(t *testing.T) {
	var got []string
	for _, s := range Literals(t, "testdata/pkg") {
		got = append(got, s)
	}
	sort.Strings(got)
	if strings.Join(got, "|") != "known detail|unknown detail" {
		t.Errorf("Literals = %q", got)
	}
}

func TestCheck(t *testing.T) {
	r := &recorder{TB: t}
	Check(r, "testdata/pkg", 3, "detailtest")
	if len(r.errs) != 2 || !strings.Contains(r.errs[0]+r.errs[1], `"unknown detail" has no form`) ||
		!strings.Contains(r.errs[0]+r.errs[1], "only 2 literal Details") {
		t.Errorf("Check errors: %q", r.errs)
	}
}

var _ = i18n.Register(i18n.Message{Code: "detailtest.count", English: "count %d", Chinese: "數量%d"})

func TestCodes(t *testing.T) {
	var got []string
	for _, u := range Codes(t, "testdata/pkg") {
		got = append(got, fmt.Sprintf("%s/%d", u.Code, u.Args))
	}
	if want := "detailtest.count/1 detailtest.count/0 detailtest.none/0 detailtest.count/-1 detailtest.known/0 detailtest.count/1"; strings.Join(got, " ") != want {
		t.Errorf("Codes = %q, want %q", got, want)
	}
	r := &recorder{TB: t}
	CheckCodes(r, "testdata/pkg", 7)
	all := strings.Join(r.errs, "\n")
	if len(r.errs) != 3 || !strings.Contains(all, "detailtest.count is given 0 arguments, its message takes 1") ||
		!strings.Contains(all, "the code detailtest.none has no message") || !strings.Contains(all, "only 6 codes") {
		t.Errorf("CheckCodes errors: %q", r.errs)
	}
}

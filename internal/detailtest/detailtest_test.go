package detailtest

import (
	"fmt"
	"strings"
	"testing"

	"github.com/ogdtw/governance/internal/i18n"
)

// recorder is a testing.TB that records errors instead of failing.
type recorder struct {
	testing.TB
	errs []string
}

func (r *recorder) Helper() {}

func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}

var _ = i18n.Register(
	i18n.Message{Code: "detailtest.count", English: "count %d", Chinese: "數量%d"},
	i18n.Message{Code: "detailtest.known", English: "known", Chinese: "已知"},
	i18n.Message{Code: "detailtest.id", English: "ID: %s", Chinese: "識別碼：%s"},
)

func TestCodes(t *testing.T) {
	var got []string
	for _, u := range Codes(t, "testdata/pkg") {
		got = append(got, fmt.Sprintf("%s/%d", u.Code, u.Args))
	}
	if want := "detailtest.count/1 detailtest.count/0 detailtest.none/0 detailtest.count/-1 detailtest.known/0 detailtest.count/1 detailtest.id/1"; strings.Join(got, " ") != want {
		t.Errorf("Codes = %q, want %q", got, want)
	}
	r := &recorder{TB: t}
	CheckCodes(r, "testdata/pkg", 8)
	all := strings.Join(r.errs, "\n")
	if len(r.errs) != 3 || !strings.Contains(all, "detailtest.count is given 0 arguments, its message takes 1") ||
		!strings.Contains(all, "the code detailtest.none has no message") || !strings.Contains(all, "only 7 codes") {
		t.Errorf("CheckCodes errors: %q", r.errs)
	}
}

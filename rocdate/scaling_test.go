package rocdate

import (
	"strings"
	"testing"

	"github.com/ogdtw/governance/internal/scaling"
)

// TestScaling times every function of the package whose input can grow
// at n and 10n: long spaces, long junk, long numerals, long periods.
func TestScaling(t *testing.T) {
	long := func(s string, n int) string { return strings.Repeat(s, n/len(s)+1) }
	scaling.Run(t, []scaling.Case{
		{Name: "Parse spaced", N: 100_000, MaxBytesPerUnit: 2,
			Setup: func(n int) func() {
				s := "111年" + long("\u3000", n) + "5月19日"
				return func() { Parse(s) }
			}},
		{Name: "Parse spaced characters", N: 100_000, MaxBytesPerUnit: 2,
			Setup: func(n int) func() {
				s := "中" + long(" ", n) + "華民國111年5月19日"
				return func() { Parse(s) }
			}},
		{Name: "Parse long numeral", N: 100_000, MaxBytesPerUnit: 2,
			Setup: func(n int) func() {
				s := long("一", n) + "年5月19日"
				return func() { Parse(s) }
			}},
		{Name: "Parse numeral broken by spaces", N: 100_000, MaxBytesPerUnit: 2,
			Setup: func(n int) func() {
				s := long("一 ", n) + "年5月19日"
				return func() { Parse(s) }
			}},
		{Name: "Parse trailing junk", N: 100_000, MaxBytesPerUnit: 2,
			Setup: func(n int) func() {
				s := "111年5月19日（" + long("星期", n)
				return func() { Parse(s) }
			}},
		{Name: "ParsePeriod", N: 100_000, MaxBytesPerUnit: 2,
			Setup: func(n int) func() {
				s := "111年1月1日" + long(" ", n) + "至111年5月19日"
				ref := MustParse("111年6月1日")
				return func() { ParsePeriod(s, ref) }
			}},
		{Name: "ParseQuarter", N: 100_000, MaxBytesPerUnit: 2,
			Setup: func(n int) func() {
				s := "111年" + long(" ", n) + "第1季"
				return func() { ParseQuarter(s) }
			}},
	})
}

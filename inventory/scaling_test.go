package inventory

import (
	"strconv"
	"strings"
	"testing"

	"github.com/ogdtw/governance/internal/scaling"
	"github.com/ogdtw/governance/inventory/law"
	"github.com/ogdtw/governance/rocdate"
)

// distinctLawRecords returns n 丙類 records, each citing a law of its own.
func distinctLawRecords(n int) []Record {
	recs := make([]Record, n)
	for i := range recs {
		recs[i] = Record{Serial: i + 1, Name: "系統" + strconv.Itoa(i), Class: Closed, Unit: "資訊處",
			Grounds: NewGrounds("《第" + strconv.Itoa(i) + "號條例》第5條")}
	}
	return recs
}

// manyItems returns a record with n items, and one with the same items
// each with 院 replaced by 校 and one item more.
func manyItems(n int) (Record, Record) {
	o := Record{Serial: 1, Name: "系統", Class: Open, Unit: "統計處"}
	nw := o
	for i := range n {
		it := "新入所(院)人數" + strconv.Itoa(i)
		o.Items = append(o.Items, it)
		nw.Items = append(nw.Items, strings.ReplaceAll(it, "院", "校"))
	}
	nw.Items = append(nw.Items, "新增項目")
	return o, nw
}

// TestScaling: every function whose input can grow costs about 10× the
// time at 10× the input (issue 12).
func TestScaling(t *testing.T) {
	date := rocdate.MustParse("111年5月19日")
	scaling.Run(t, []scaling.Case{
		{Name: "ImportRecords", N: 2_000, MaxBytesPerUnit: 1_000, Setup: func(n int) func() {
			rows := importRows(n)
			return func() { sinkRecords, _ = ImportRecords(rows) }
		}},
		{Name: "SplitItems/list", N: 2_000, MaxBytesPerUnit: 100, Setup: func(n int) func() {
			var b strings.Builder
			for i := range n {
				b.WriteString(strconv.Itoa(i+1) + "、項目 ")
			}
			s := b.String()
			return func() { sinkStrings = SplitItems(s) }
		}},
		{Name: "SplitItems/numbers", N: 5_000, MaxBytesPerUnit: 100, Setup: func(n int) func() {
			// 1、 a list start whose 2、 is looked for again and again.
			s := strings.Repeat("1、甲 ", n)
			return func() { sinkStrings = SplitItems(s) }
		}},
		{Name: "ImportSummary/laws", N: 1_000, Setup: func(n int) func() {
			rows := [][]string{{"資料分級", "數量", "備註"}, {"丙類", strconv.Itoa(n), "《第0號條例》"}}
			for i := 1; i < n; i++ {
				rows = append(rows, []string{"", "", "《第" + strconv.Itoa(i) + "號條例》"})
			}
			return func() { sinkSummary, _ = ImportSummary(rows) }
		}},
		{Name: "CheckSummary", N: 3_000, Setup: func(n int) func() {
			inv := Inventory{Date: date, Records: distinctLawRecords(n)}
			printed := Summarize(inv)
			printed.Laws = append(printed.Laws[1:], "其他法")
			return func() { sinkMismatches = CheckSummary(printed, inv) }
		}},
		{Name: "Summarize", N: 3_000, Setup: func(n int) func() {
			inv := Inventory{Date: date, Records: distinctLawRecords(n)}
			return func() { sinkSummary = Summarize(inv) }
		}},
		{Name: "Validate", N: 300, Setup: func(n int) func() {
			recs, _ := ImportRecords(importRows(n))
			inv := Inventory{Date: date, Records: recs}
			return func() { sinkProblems = inv.Validate() }
		}},
		{Name: "Checker.Check", N: 300, Setup: func(n int) func() {
			recs, _ := ImportRecords(importRows(n))
			inv := Inventory{Date: date, Records: recs}
			return func() { sinkResult = inv.Check() }
		}},
		{Name: "Inventory.Unchecked", N: 3_000, MaxBytesPerUnit: 1_000, Setup: func(n int) func() {
			rows := importRows(n)
			for i := range rows {
				rows[i] = rows[i][:7] // no 法令依據 column
			}
			recs, _ := ImportRecords(rows)
			inv := Inventory{Date: date, Records: recs}
			return func() { sinkUnchecked = inv.Unchecked() }
		}},
		// The quadratic CheckCitation of issue 12, now law's, through the
		// Checker: linear in the provisions of the range.
		{Name: "Checker.CheckCitation/range", N: 900, Setup: func(n int) func() {
			c := law.MustParseCitation("《刑事訴訟法》第1至" + strconv.Itoa(n) + "條")
			k := Checker{Day: date}
			return func() { sinkProblems, _ = k.CheckCitation(c) }
		}},
		{Name: "Diff", N: 2_000, Setup: func(n int) func() {
			old := Inventory{Records: distinctLawRecords(n)}
			recs := distinctLawRecords(n)
			for i := range recs {
				recs[i].Unit = "統計處"
			}
			new := Inventory{Records: append(recs, recs...)} // each 序號 twice
			return func() { sinkChanges = Diff(old, new) }
		}},
		{Name: "Changes.String", N: 1_000, Setup: func(n int) func() {
			o, nw := manyItems(n)
			cs := Diff(Inventory{Records: []Record{o}}, Inventory{Records: []Record{nw}})
			return func() { sinkText = cs.String() }
		}},
	})
}

var (
	sinkStrings    []string
	sinkSummary    Summary
	sinkMismatches []Mismatch
	sinkProblems   []Problem
	sinkChanges    Changes
	sinkText       string
)

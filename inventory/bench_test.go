package inventory

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"slices"
	"strconv"
	"testing"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/rocdate"
)

var (
	sinkRows    [][]string
	sinkRecords []Record
)

// importRows builds a table of n records for the import benchmark.
func importRows(n int) [][]string {
	rows := [][]string{{"序號", "系統、資料庫名稱", "系統、資料庫描述", "蒐集資料項目", "資料分類", "管理單位", "修正說明", "法令依據"}}
	for i := range n {
		class, ground := "甲類", ""
		if i%3 == 0 {
			class, ground = "丙類", deckGrounds[(i/3)%len(deckGrounds)]
		}
		rows = append(rows, []string{strconv.Itoa(i + 1), "系統" + strconv.Itoa(i), "描述", "姓名、性別、出生日期", class, "資訊處", "", ground})
	}
	return rows
}

// csvBytes writes rows as encoding/csv does, for the peer of the import
// benchmark.
func csvBytes(tb testing.TB, rows [][]string) []byte {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	if err := w.WriteAll(rows); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

// BenchmarkImportRecords imports generated rows beside its peer,
// encoding/csv reading the same rows from bytes: the goal is that
// importing costs at most what reading the CSV costs, and at most 3
// allocations a row.
func BenchmarkImportRecords(b *testing.B) {
	for _, n := range []int{1000, 100_000} {
		rows := importRows(n)
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				recs, err := ImportRecords(rows)
				if err != nil || len(recs) != n {
					b.Fatal(err, len(recs))
				}
				sinkRecords = recs
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/row")
		})
		data := csvBytes(b, rows)
		b.Run(strconv.Itoa(n)+"/csv-peer", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				got, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
				if err != nil || len(got) != n+1 {
					b.Fatal(err, len(got))
				}
				sinkRows = got
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/row")
		})
	}
}

func TestImportRecordsAllocs(t *testing.T) {
	if testing.Short() {
		t.Skip("counts allocations of a 10,000-row import")
	}
	const n = 10_000
	rows := importRows(n)
	allocs := testing.AllocsPerRun(3, func() { sinkRecords, _ = ImportRecords(rows) })
	if perRow := allocs / n; perRow > 3 {
		t.Errorf("ImportRecords allocates %.2f times a row, want at most 3", perRow)
	}
}

// BenchmarkValidate validates generated records: a third are 丙類 citing
// the deck's grounds, which break no rule of the 盤點表 but draw statute
// notices and warnings (a law cited by a partial name, provisions amended
// since), so Validate gives findings, none of them finding.Error.
func BenchmarkValidate(b *testing.B) {
	recs, err := ImportRecords(importRows(10_000))
	if err != nil {
		b.Fatal(err)
	}
	inv := Inventory{Date: rocdate.MustParse("111年5月19日"), Records: recs}
	b.ReportAllocs()
	for b.Loop() {
		ps := inv.Validate()
		if len(ps) == 0 {
			b.Fatal("no statute findings for the deck's grounds")
		}
		for _, p := range ps {
			if p.Severity == finding.Error {
				b.Fatal(p)
			}
		}
	}
}

// BenchmarkCheck runs the checks of 10,000 generated records, as
// Validate, as Check (which also counts the verdicts), and with the
// grounds unknown (a table without 法令依據: no statute check, a third of
// the records unchecked), beside encoding/json writing the same records,
// a linear pass over them for scale.
func BenchmarkCheck(b *testing.B) {
	recs, err := ImportRecords(importRows(10_000))
	if err != nil {
		b.Fatal(err)
	}
	inv := Inventory{Date: rocdate.MustParse("111年5月19日"), Records: recs}
	unknown := Inventory{Date: inv.Date, Records: slices.Clone(recs)}
	for i := range unknown.Records {
		unknown.Records[i].Grounds, unknown.Records[i].Unknown = nil, FieldsOf(FieldGrounds)
	}
	b.Run("Validate", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkProblems = inv.Validate()
		}
	})
	b.Run("Check", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkResult = inv.Check()
		}
	})
	b.Run("Check/grounds-unknown", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkResult = unknown.Check()
			if len(sinkResult.Unchecked) == 0 {
				b.Fatal("nothing unchecked")
			}
		}
	})
	b.Run("Unchecked", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkUnchecked = unknown.Unchecked()
		}
	})
	b.Run("json-peer", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			out, err := json.Marshal(unknown.Records)
			if err != nil {
				b.Fatal(err)
			}
			sinkBytes = out
		}
	})
}

var (
	sinkResult    Result
	sinkUnchecked []Unchecked
	sinkBytes     []byte
)

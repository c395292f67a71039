package spreadsheet_test

import (
	"bytes"
	"encoding/csv"
	"testing"

	"github.com/ogdtw/governance/internal/scaling"
	"github.com/ogdtw/governance/spreadsheet"
)

// perRow reports the time and allocations of one row of rows.
func perRow(b *testing.B, rows int) {
	b.StopTimer()
	// The allocations of b.N runs are in the benchmark's result; the
	// metrics per row are derived from ns/op and allocs/op by the reader.
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(rows), "ns/row")
}

// BenchmarkReadCSV reads a 50,000-row catalog export beside
// encoding/csv (FieldsPerRecord -1, ReuseRecord off: the rows kept, as an
// importer needs them) on the same bytes.
func BenchmarkReadCSV(b *testing.B) {
	const n = 50_000
	rows := genCatalog(n)
	data := csvOf(b, rows, true)
	b.Run("spreadsheet", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			got, _, err := spreadsheet.ReadCSV(bytes.NewReader(data), nil)
			if err != nil || len(got) != n+1 {
				b.Fatal(len(got), err)
			}
		}
		perRow(b, n+1)
	})
	b.Run("encoding-csv", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			r := csv.NewReader(bytes.NewReader(data))
			r.FieldsPerRecord = -1
			got, err := r.ReadAll()
			if err != nil || len(got) != n+1 {
				b.Fatal(len(got), err)
			}
		}
		perRow(b, n+1)
	})
}

// BenchmarkReadWorkbook reads 10,000 rows of the catalog as an ODS and as
// an XLSX, beside the same rows as CSV.
func BenchmarkReadWorkbook(b *testing.B) {
	const n = 10_000
	rows := genCatalog(n)
	for _, c := range []struct {
		name string
		data []byte
		read func([]byte) ([][]string, error)
	}{
		{"csv", csvOf(b, rows, false), func(d []byte) ([][]string, error) {
			r, _, err := spreadsheet.ReadCSV(bytes.NewReader(d), nil)
			return r, err
		}},
		{"ods", odsRows(b, rows), func(d []byte) ([][]string, error) {
			r, _, err := spreadsheet.ReadODS(bytes.NewReader(d), int64(len(d)), nil)
			return r, err
		}},
		{"xlsx", xlsxRows(b, rows), func(d []byte) ([][]string, error) {
			r, _, err := spreadsheet.ReadXLSX(bytes.NewReader(d), int64(len(d)), nil)
			return r, err
		}},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				got, err := c.read(c.data)
				if err != nil || len(got) != n+1 {
					b.Fatal(len(got), err)
				}
			}
			perRow(b, n+1)
		})
	}
}

// TestScaling reads n and 10n rows of the catalog in each format: the
// work grows linearly.
func TestScaling(t *testing.T) {
	scaling.Run(t, []scaling.Case{
		{Name: "ReadCSV", N: 5_000, Setup: func(n int) func() {
			data := csvOf(t, genCatalog(n), true)
			return func() { _, _, _ = spreadsheet.ReadCSV(bytes.NewReader(data), nil) }
		}},
		{Name: "ReadODS", N: 300, Setup: func(n int) func() {
			data := odsRows(t, genCatalog(n))
			return func() { _, _, _ = spreadsheet.ReadODS(bytes.NewReader(data), int64(len(data)), nil) }
		}},
		{Name: "ReadXLSX", N: 300, Setup: func(n int) func() {
			data := xlsxRows(t, genCatalog(n))
			return func() { _, _, _ = spreadsheet.ReadXLSX(bytes.NewReader(data), int64(len(data)), nil) }
		}},
	})
}

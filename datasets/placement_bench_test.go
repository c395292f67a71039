package datasets_test

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"testing"

	"github.com/ogdtw/governance/datasets"
)

// syntheticNational returns the CSV bytes of an export of rows datasets
// spread over the agencies of syntheticRegister(agencies), a run of
// datasets per agency as exports list them, for measuring only.
func syntheticNational(rows, agencies int) []byte {
	var b bytes.Buffer
	b.WriteString("資料集識別碼,資料集名稱,提供機關\n")
	for i := range rows {
		fmt.Fprintf(&b, "%d,樣本資料集%d,機關%d\n", i+1, i+1, i*agencies/rows)
	}
	return b.Bytes()
}

// readAll reads CSV bytes as encoding/csv does.
func readAll(tb testing.TB, data []byte) [][]string {
	rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		tb.Fatal(err)
	}
	return rows
}

// BenchmarkNationalRanking measures the ranking of the 部會 from a
// register of 10,000 agencies and an export of 60,000 datasets: reading
// the bytes with encoding/csv (the peer), the whole import-and-rank, and
// its steps.
func BenchmarkNationalRanking(b *testing.B) {
	regData, expData := syntheticRegister(10_000), syntheticNational(60_000, 10_000)
	on := d("111/05/19")
	b.Run("encoding/csv", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			readAll(b, regData)
			readAll(b, expData)
		}
	})
	b.Run("csv+import+rank", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			reg, err := datasets.ImportAgencies(readAll(b, regData))
			if err != nil {
				b.Fatal(err)
			}
			c, err := datasets.ImportCatalog(readAll(b, expData))
			if err != nil {
				b.Fatal(err)
			}
			if r := reg.RankMinistries(c, on, datasets.Executive); !r.Complete() {
				b.Fatal("unplaced")
			}
		}
	})
	reg, _ := datasets.ImportAgencies(readAll(b, regData))
	c, _ := datasets.ImportCatalog(readAll(b, expData))
	b.Run("ImportCatalog", func(b *testing.B) {
		rows := readAll(b, expData)
		b.ReportAllocs()
		for b.Loop() {
			_, _ = datasets.ImportCatalog(rows)
		}
	})
	b.Run("RollUp", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_ = reg.RollUp(c, on)
		}
	})
	b.Run("RankMinistries", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_ = reg.RankMinistries(c, on, datasets.Executive)
		}
	})
	b.Run("Place", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if !reg.Place("機關4321", on).Placed() {
				b.Fatal("not placed")
			}
		}
	})
}

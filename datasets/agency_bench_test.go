package datasets_test

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"testing"

	"github.com/ogdtw/governance/datasets"
	"github.com/ogdtw/governance/rocdate"
)

// syntheticRegister returns the CSV bytes of a register of n agencies
// with sample codes and generated names (機關N), for measuring only.
func syntheticRegister(n int) []byte {
	var b bytes.Buffer
	b.WriteString("機關代碼,機關名稱,機關英文名稱,郵遞區號,機關地址,機關電話,主管機關代碼,主管機關名稱,傳真,機關生效日期,機關裁撤日期,機關層級,裁撤註記,新機關代碼,新機關名稱\n")
	for i := 0; i < n; i++ {
		parent, level := "", 2
		if i >= 30 {
			parent, level = fmt.Sprintf("SAMPLE%05d", i%30), 3
		}
		fmt.Fprintf(&b, "SAMPLE%05d,機關%d,,100,,,%s,,,19480101,,%d,,,\n", i, i, parent, level)
	}
	return b.Bytes()
}

func BenchmarkImportAgencies(b *testing.B) {
	data := syntheticRegister(10000)
	b.Run("encoding/csv", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := csv.NewReader(bytes.NewReader(data)).ReadAll(); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("csv+ImportAgencies", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
			if err != nil {
				b.Fatal(err)
			}
			if _, err := datasets.ImportAgencies(rows); err != nil {
				b.Fatal(err)
			}
		}
	})
	rows, _ := csv.NewReader(bytes.NewReader(data)).ReadAll()
	reg, _ := datasets.ImportAgencies(rows)
	on := rocdate.MustParse("111/05/19")
	b.Run("Lookup", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, res := reg.Resolve("機關4321", on); res != datasets.Resolved {
				b.Fatal("miss")
			}
		}
	})
}

package rocdate

import (
	"testing"
	"time"
)

var (
	sinkDate  Date
	sinkTime  time.Time
	sinkBytes []byte
)

// BenchmarkParse and BenchmarkTimeParse run the same date side by side:
// compare their ns/op in one run.
func BenchmarkParse(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkDate, _ = Parse("111年5月19日")
	}
}

func BenchmarkTimeParse(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkTime, _ = time.Parse("2006年1月2日", "2022年5月19日")
	}
}

func BenchmarkParseForms(b *testing.B) {
	for _, s := range []string{"111.05.19", "1110519", "中華民國111年5月19日", "中華民國一百十一年五月十九日"} {
		b.Run(s, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkDate, _ = Parse(s)
			}
		})
	}
}

func BenchmarkAppendFormat(b *testing.B) {
	d := MustParse("111.5.19")
	buf := make([]byte, 0, 64)
	b.ReportAllocs()
	for b.Loop() {
		buf = d.AppendFormat(buf[:0], Standard)
	}
	sinkBytes = buf
}

func BenchmarkTimeAppendFormat(b *testing.B) {
	t := time.Date(2022, 5, 19, 0, 0, 0, 0, time.UTC)
	buf := make([]byte, 0, 64)
	b.ReportAllocs()
	for b.Loop() {
		buf = t.AppendFormat(buf[:0], "2006年1月2日")
	}
	sinkBytes = buf
}

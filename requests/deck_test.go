package requests

import (
	"encoding/csv"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/ogdtw/governance/rocdate"
)

// The two 「民間需求回應說明」辦理情形 tables of the 111年度第1次會議 deck
// (111年5月19日), as printed.
const (
	deckByQuarterCSV = `年度,第1季,第2季,第3季,第4季,合計
105年,3,8,2,10,23
106年,4,5,3,4,16
107年,2,1,1,3,7
108年,2,5,0,2,9
109年,0,0,1,2,3
110年,0,0,0,2,2
111年,0,0 (截至5月),-,-,-
合計,13,28,7,23,71
`
	deckByCategoryCSV = `年度 \ 類別,下載連結問題,內容有誤,品質改善,其他,建議新增資料集,合計
105年,8,3,2,4,6,23
106年,2,1,0,8,5,16
107年,1,0,0,2,4,7
108年,0,0,0,3,6,9
109年,0,0,0,0,3,3
110年,0,1,0,1,0,2
111年 (截至5月),0,0,0,0,0,0
合計,19,6,2,19,25,71
`
)

// readCSV splits CSV text into records; it fails the test on bad CSV.
func readCSV(t testing.TB, s string) [][]string {
	t.Helper()
	r := csv.NewReader(strings.NewReader(s))
	r.FieldsPerRecord = -1
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatalf("csv: %v", err)
	}
	return recs
}

// deckTable imports one of the deck's tables; it fails the test on error.
func deckTable(t testing.TB, s string) Table {
	t.Helper()
	tab, err := ImportTable(readCSV(t, s))
	if err != nil {
		t.Fatalf("ImportTable: %v", err)
	}
	return tab
}

// deckRequests returns requests whose tallies give the figures of the
// deck's two tables (their rows, not their printed totals): each year's
// requests spread over the quarters and the categories as the deck's rows
// say.
func deckRequests(t testing.TB) []Request {
	t.Helper()
	q := deckTable(t, deckByQuarterCSV)
	c := deckTable(t, deckByCategoryCSV)
	var reqs []Request
	for i, row := range q.Rows {
		var months []time.Month
		for j, cell := range row.Cells {
			n, _ := cell.Value()
			for range n {
				months = append(months, time.Month(3*j+1))
			}
		}
		var cats []Category
		for j, cell := range c.Rows[i].Cells {
			n, _ := cell.Value()
			for range n {
				cats = append(cats, Categories()[j])
			}
		}
		if len(months) != len(cats) {
			t.Fatalf("year %d: %d by quarter, %d by category", row.Year, len(months), len(cats))
		}
		for k := range months {
			d, err := rocdate.New(row.Year, months[k], 1+k)
			if err != nil {
				t.Fatal(err)
			}
			reqs = append(reqs, Request{
				ID:       fmt.Sprintf("%d-%02d", row.Year, k+1),
				Received: d,
				Category: cats[k],
				Replied:  d.AddDays(5 + k),
				Reply:    "已回應",
			})
		}
	}
	return reqs
}

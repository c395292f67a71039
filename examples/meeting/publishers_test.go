package main

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/ogdtw/governance/datasets"
	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/spreadsheet"
)

// The lines of the publishers' table count exactly the checks of its
// TableCheck, whatever the periods: with 110年第4季 before 111年第2季
// (the deck) and with 111年第1季 before, when no row's 迄今 can be
// checked and each is counted 無法查核, never 符合.
func TestPublishersCount(t *testing.T) {
	deck, err := embedded.ReadFile("data/publishers.csv")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, prev string
		unchecked  bool // every row's 迄今 is 無法查核
	}{{"deck", "110 第4季", false}, {"first quarter before", "111 第1季", true}} {
		text := strings.Replace(string(deck), "110 第4季", c.prev, 1)
		fsys := fstest.MapFS{"publishers.csv": &fstest.MapFile{Data: []byte(text)}}
		s := &Section{l: newLang(finding.Chinese)}
		buildPublishers(s, fsys, datasets.Series{})
		var got finding.Tally
		for _, b := range s.Blocks {
			for _, l := range b.Lines {
				got = got.Plus(l.Checks)
			}
		}
		recs, _, err := spreadsheet.ReadCSV(strings.NewReader(text), nil)
		if err != nil {
			t.Fatal(err)
		}
		tab, err := datasets.ImportTable(recs)
		if err != nil {
			t.Fatal(err)
		}
		want := tab.Check(datasets.Series{}).Tally
		if got != want {
			t.Errorf("%s: the lines count %v, the check %v", c.name, got, want)
		}
		if c.unchecked && want.Unchecked < len(tab.Rows) {
			t.Errorf("%s: %d unchecked for %d rows", c.name, want.Unchecked, len(tab.Rows))
		}
	}
}

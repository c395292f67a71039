package main

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/rocdate"
)

// claimLines returns the lines of r that check the deck's ranking claim
// (伍、結語：資料開放數量名列…), in order.
func claimLines(r *Report) []Line {
	var out []Line
	for _, s := range r.Sections {
		for _, b := range s.Blocks {
			for _, l := range b.Lines {
				if strings.HasPrefix(l.Text, "伍、結語：資料開放數量名列") {
					out = append(out, l)
				}
			}
		}
	}
	return out
}

// TestNationalRanking checks the ranking of the 部會 from a national
// export and a register: the sample files rank on sample lines, counted
// apart, with the deck's claim left 無法查核 and the reason said; an
// unplaced publisher makes the sample check 無法查核; the caller's own
// files check the deck's claim itself; without any, the claim stays
// 無法查核 and says what is missing.
func TestNationalRanking(t *testing.T) {
	sampleExport := func(t *testing.T) string {
		b, err := embedded.ReadFile("data/" + sampleNationalFile)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	day := rocdate.MustParse(deckDate)
	t.Run("sample", func(t *testing.T) {
		r := Build(deckFS(t), day, finding.Chinese)
		lines := claimLines(r)
		if len(lines) != 2 || lines[0].Kind != Unchecked || lines[0].Sample || lines[1].Kind != Pass || !lines[1].Sample ||
			!strings.Contains(lines[1].Text, "法務部資料集7筆，名列第2，相符") {
			t.Fatalf("claim lines %+v", lines)
		}
		text := r.Text()
		for _, want := range []string{"依範例全國資料集目錄及範例機關名冊計算，統計至111年5月19日，非簡報所載", "3     行政院農業委員會", "之資料集9筆，未計入排名"} {
			if !strings.Contains(text, want) {
				t.Errorf("report lacks %q", want)
			}
		}
		// On 111年5月19日 the council was not yet 農業部.
		if strings.Contains(text, "     農業部") {
			t.Error("農業部 ranked on 111年5月19日")
		}
	})
	t.Run("unplaced", func(t *testing.T) {
		fsys := deckFS(t)
		fsys[sampleNationalFile] = &fstest.MapFile{Data: []byte(sampleExport(t) + "990001,範例資料集990001,臺灣士林地方檢察署\n")}
		r := Build(fsys, day, finding.Chinese)
		lines := claimLines(r)
		if len(lines) != 2 || lines[1].Kind != Unchecked || !lines[1].Sample || !strings.Contains(lines[1].Text, "1個提供機關（資料集1筆）未能依機關名冊歸屬部會") {
			t.Fatalf("claim lines %+v", lines)
		}
		if !strings.Contains(r.Text(), "臺灣士林地方檢察署：未列名冊，資料集1筆未計入排名") {
			t.Errorf("the unplaced publisher is not named:\n%s", r.Text())
		}
	})
	t.Run("caller's files", func(t *testing.T) {
		fsys := deckFS(t)
		fsys[nationalFile] = fsys[sampleNationalFile]
		fsys[registerFile] = fsys[sampleRegisterFile]
		r := Build(fsys, day, finding.Chinese)
		lines := claimLines(r)
		if len(lines) != 1 || lines[0].Kind != Pass || lines[0].Sample {
			t.Fatalf("claim lines %+v", lines)
		}
		if !strings.Contains(r.Text(), "依全國資料集目錄及機關名冊計算，統計至111年5月19日）") {
			t.Error("no national ranking table")
		}
	})
	t.Run("none", func(t *testing.T) {
		fsys := deckFS(t)
		delete(fsys, sampleNationalFile)
		r := Build(fsys, day, finding.Chinese)
		lines := claimLines(r)
		if len(lines) != 1 || lines[0].Kind != Unchecked || lines[0].Sample {
			t.Fatalf("claim lines %+v", lines)
		}
		text := r.Text()
		if !strings.Contains(text, "亦未提供全國資料集目錄及機關名冊，無從計算各部會排名") || strings.Contains(text, "範例機關名冊") {
			t.Errorf("without the files the report does not say why:\n%s", text)
		}
	})
}

package datasets_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/ogdtw/governance/datasets"
	"github.com/ogdtw/governance/finding"
)

// Whatever the text, ParseRankClaim gives a claim with a rank of 1 or
// more, or a *ParseError of the package; a claim read writes back
// (String) to text that reads to the same Name, Rank and AtMost, and
// checks against a ranking without panicking.
func FuzzParseRankClaim(f *testing.F) {
	for _, tt := range parseRankClaimTests {
		f.Add(tt.in)
	}
	ranked := datasets.Rank([]datasets.Entry{{Name: "經濟部", Count: 3120}, {Name: "法務部", Count: 2963}})
	f.Fuzz(func(t *testing.T, s string) {
		c, err := datasets.ParseRankClaim(s)
		if err != nil {
			var pe *datasets.ParseError
			if !errors.As(err, &pe) || !strings.HasPrefix(pe.Code(), "datasets.") || c != (datasets.RankClaim{}) {
				t.Fatalf("ParseRankClaim(%q) = %+v, %v", s, c, err)
			}
			if zh := pe.Message(finding.Chinese); englishWord.MatchString(chineseOf(zh, pe.Input)) {
				t.Fatalf("ParseRankClaim(%q) error reads %q", s, zh)
			}
			return
		}
		if c.Rank < 1 || c.Text == "" {
			t.Fatalf("ParseRankClaim(%q) = %+v", s, c)
		}
		// A negation or 倒數 is never taken into the name and the claim
		// read as rank N.
		for _, w := range []string{"未", "不", "非", "倒數", "沒有"} {
			if strings.HasSuffix(c.Name, w) {
				t.Fatalf("ParseRankClaim(%q) = %+v: a negated claim read as rank %d", s, c, c.Rank)
			}
		}
		back, err := datasets.ParseRankClaim(c.String())
		if err != nil || back.Name != c.Name || back.Rank != c.Rank || back.AtMost != c.AtMost {
			t.Fatalf("ParseRankClaim(%q) = %+v, %v; want %+v (from %q)", c.String(), back, err, c, s)
		}
		k := datasets.CheckRankClaim(ranked, "法務部", c)
		if !k.Verdict.IsValid() || k.Verdict == finding.NoVerdict || strings.Contains(k.String()+k.Message(finding.English), "%!") {
			t.Fatalf("CheckRankClaim(%+v) = %+v", c, k)
		}
	})
}

func FuzzParseRank(f *testing.F) {
	for _, tt := range parseRankTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := datasets.ParseRank(s)
		if err != nil {
			if n != 0 || !errors.Is(err, datasets.ErrSyntax) && !errors.Is(err, datasets.ErrRange) {
				t.Fatalf("ParseRank(%q) = %d, %v", s, n, err)
			}
			return
		}
		if n < 1 {
			t.Fatalf("ParseRank(%q) = %d", s, n)
		}
		for _, form := range []string{datasets.FormatCount(n), "第" + datasets.FormatCount(n) + "名"} {
			if strings.Contains(form, ",") {
				continue // a rank is written without grouping
			}
			if back, err := datasets.ParseRank(form); err != nil || back != n {
				t.Fatalf("ParseRank(%q) = %d, %v; want %d", form, back, err, n)
			}
		}
	})
}

// Every non-blank data row of a ranking table is kept or reported; what
// is kept writes back (RankingRecords) to rows that read to the same
// entries, and ranks with every printed rank checked.
func FuzzImportRanking(f *testing.F) {
	header := []string{"排名", "機關", "資料集數量"}
	f.Add(bodies(rankingRows[2:]))
	f.Add("1,經濟部,\"3,120\"\n2,台北市政府,12\n,臺北市政府,13\n,合計,9\nx,內政部,-1\n0,財政部,1,2\n第二名,交通部,1筆")
	f.Fuzz(func(t *testing.T, body string) {
		rows := withHeader(header, body)
		es, err := datasets.ImportRanking(rows)
		fuzzChinese(t, err)
		if got, want := len(es)+badRows(t, rows, err), dataRows(rows); got != want {
			t.Fatalf("ImportRanking: %d kept + bad = %d, want %d data rows", len(es), got, want)
		}
		back, err := datasets.ImportRanking(datasets.RankingRecords(es))
		if err != nil || len(back) != len(es) {
			t.Fatalf("ImportRanking(RankingRecords) = %d entries, %v; want %d", len(back), err, len(es))
		}
		for i := range back {
			if b, e := back[i], es[i]; b.Name != e.Name || b.Count != e.Count || b.PrintedRank != e.PrintedRank {
				t.Fatalf("entry %d: %+v read back as %+v", i, e, b)
			}
		}
		ranked := datasets.Rank(es)
		c := datasets.CheckPrintedRanks(ranked)
		printed, illegible := 0, 0
		for _, r := range ranked {
			if r.PrintedRank != 0 {
				printed++
			}
			if r.RankIllegible {
				illegible++
			}
		}
		failed, v := len(c.Findings) > 0, c.Head().Verdict
		if c.Checked != printed || c.Illegible != illegible || failed != (v == finding.Failed) ||
			!failed && (printed == 0 || illegible > 0) != (v == finding.Unchecked) || v != c.Tally().Verdict() {
			t.Fatalf("CheckPrintedRanks = %+v with %d printed, %d illegible", c, printed, illegible)
		}
	})
}

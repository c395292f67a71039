package datasets_test

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/ogdtw/governance/datasets"
	"github.com/ogdtw/governance/finding"
)

func FuzzParseID(f *testing.F) {
	for _, tt := range parseIDTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		id, err := datasets.ParseID(s)
		if err != nil {
			return
		}
		if back, err := datasets.ParseID(id.String()); err != nil || back != id {
			t.Errorf("ParseID(%q) = %v, %v, want %v", id.String(), back, err, id)
		}
	})
}

func FuzzParseRef(f *testing.F) {
	for _, tt := range parseRefTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := datasets.ParseRef(s)
		if err != nil {
			return
		}
		if r.ID < 1 || r.Title == "" {
			t.Errorf("ParseRef(%q) = %+v: accepted without ID or title", s, r)
		}
		if back, err := datasets.ParseRef(r.String()); err != nil || back != r {
			t.Errorf("ParseRef(%q) = %+v, %v, want %+v", r.String(), back, err, r)
		}
	})
}

func FuzzParseGrounds(f *testing.F) {
	for _, tt := range parseGroundsTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		g, err := datasets.ParseGrounds(s)
		if err != nil {
			return
		}
		if g.Reason == datasets.NoReason {
			t.Errorf("ParseGrounds(%q) accepted with no reason", s)
		}
		if back, err := datasets.ParseGrounds(g.String()); err != nil || back != g {
			t.Errorf("ParseGrounds(%q) = %+v, %v, want %+v", g.String(), back, err, g)
		}
	})
}

func FuzzParseCount(f *testing.F) {
	for _, tt := range parseCountTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := datasets.ParseChange(s)
		if err != nil {
			if _, err := datasets.ParseCount(s); err == nil {
				t.Errorf("ParseCount(%q) accepted what ParseChange refused", s)
			}
			return
		}
		if back, err := datasets.ParseChange(datasets.FormatCount(n)); err != nil || back != n {
			t.Errorf("ParseChange(%q) = %v, %v, want %v", datasets.FormatCount(n), back, err, n)
		}
		if c, err := datasets.ParseCount(s); err == nil && (c != n || c < 0) {
			t.Errorf("ParseCount(%q) = %v, ParseChange = %v", s, c, n)
		}
	})
}

func FuzzLookupPublisher(f *testing.F) {
	for _, p := range deckPublishers {
		f.Add(p.full)
		f.Add("法務部" + p.short)
	}
	f.Add("內政部")
	f.Fuzz(func(t *testing.T, s string) {
		p, err := datasets.LookupPublisher(s)
		if err != nil {
			return
		}
		for _, name := range []string{p.Name(), p.Short()} {
			if back, err := datasets.LookupPublisher(name); err != nil || back != p {
				t.Errorf("LookupPublisher(%q) = %v, %v, want %v", name, back, err, p)
			}
		}
	})
}

// csvish splits fuzz input into rows on newlines and cells on commas.
func csvish(s string) [][]string {
	var rows [][]string
	for _, line := range strings.Split(s, "\n") {
		rows = append(rows, strings.Split(line, ","))
	}
	return rows
}

func joinRows(rows [][]string) string {
	var lines []string
	for _, r := range rows {
		lines = append(lines, strings.Join(r, ","))
	}
	return strings.Join(lines, "\n")
}

// withHeader returns header followed by the rows of body.
func withHeader(header []string, body string) [][]string {
	return append([][]string{header}, csvish(body)...)
}

// dataRows counts the non-blank rows after the header, row 1.
// blankRow reports whether every cell of r is blank, as the importers
// see it: cell by cell (joined, "\xe2" and "\x80\x80" would make a
// space), a byte-order mark counting as blank.
func blankRow(r []string) bool {
	for _, c := range r {
		if strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(c), "\ufeff")) != "" {
			return false
		}
	}
	return true
}

func dataRows(rows [][]string) int {
	n := 0
	for _, r := range rows[1:] {
		if !blankRow(r) {
			n++
		}
	}
	return n
}

// badRows counts the distinct rows below the header with a problem. It
// fails t when err is not nil and not an *ImportError, or reports a
// problem at the header or at a blank row.
func badRows(t *testing.T, rows [][]string, err error) int {
	t.Helper()
	if err == nil {
		return 0
	}
	var ie *datasets.ImportError
	if !errors.As(err, &ie) || len(ie.Problems) == 0 {
		t.Fatalf("error %v is not an *ImportError with problems", err)
	}
	seen := map[int]bool{}
	for _, p := range ie.Problems {
		// Every problem has the package's code, a bad date's included
		// (rocdate's sentinels have codes since issue 11).
		if p.Row < 2 || p.Row > len(rows) || blankRow(rows[p.Row-1]) || !strings.HasPrefix(p.Code(), "datasets.") {
			t.Fatalf("problem %v at the header, a blank row or without a code", p)
		}
		// A required cell's error leaves the row out; an optional cell's
		// warning keeps it, so the row counts as good.
		switch p.Severity {
		case finding.Error:
			seen[p.Row] = true
		case finding.Warning:
		default:
			t.Fatalf("problem %v has severity %v", p, p.Severity)
		}
	}
	return len(seen)
}

// bodies returns the data rows of the table tests, for seeds.
func bodies(rows [][]string) string { return joinRows(rows[1:]) }

var (
	catalogHeader    = []string{"資料集識別碼", "資料集名稱", "提供機關", "狀態"}
	delistingHeader  = []string{"項次", "機關/單位", "資料集名稱", "下架原因"}
	seriesHeader     = []string{"統計日期", "開放數量", "增加數量"}
	tableHeader      = []string{"群組", "機關(單位)", "110 第4季", "111 第2季", "增減", "111.01.01 迄今"}
	catalogSeedRows  = [][]string{catalogHeader, {"87010", "矯正署臺中戒治所法定預算", "矯正署臺中戒治所", ""}, {"x", "y", "z", "上架"}, {"87010", "dup", "統計處", "下架"}}
	catalogSeedRows2 = [][]string{catalogHeader, {"１２", "偵查", "臺高檢"}, {""}, {"5", "b", "法務部統計處", "停用"}}
)

// Every non-blank data row is either kept or reported with an error: no
// good row is lost (a row with only warnings is good), and no row is both.
func FuzzImportCatalog(f *testing.F) {
	f.Add(bodies(catalogSeedRows))
	f.Add(bodies(catalogSeedRows2))
	f.Add(bodies(badCatalogRecords()))
	f.Fuzz(func(t *testing.T, body string) {
		rows := withHeader(catalogHeader, body)
		c, err := datasets.ImportCatalog(rows)
		fuzzChinese(t, err)
		if got, want := c.Len()+badRows(t, rows, err), dataRows(rows); got != want {
			t.Errorf("ImportCatalog: %d kept + bad = %d, want %d data rows", c.Len(), got, want)
		}
		back, err := datasets.ImportCatalog(c.Records())
		if err != nil || back.Len() != c.Len() {
			t.Errorf("ImportCatalog(Records()) = %d datasets, %v; want %d", back.Len(), err, c.Len())
		}
	})
}

// badCatalogRecords is the records of a catalog with every status.
func badCatalogRecords() [][]string {
	tc := datasets.MustLookupPublisher("矯正署臺中戒治所")
	return datasets.MustNewCatalog(
		datasets.MustNewDataset(1, "甲", tc),
		datasets.MustNewDataset(2, "乙", tc).WithStatus(datasets.Delisted),
	).Records()
}

func FuzzImportDelistings(f *testing.F) {
	f.Add(bodies(deckDelistingRows))
	f.Add("一,內政部,a(1),重複\n,,b(2),\n3,統計處,c,停止")
	f.Fuzz(func(t *testing.T, body string) {
		rows := withHeader(delistingHeader, body)
		reqs, err := datasets.ImportDelistings(rows)
		fuzzChinese(t, err)
		if got, want := len(reqs)+badRows(t, rows, err), dataRows(rows); got != want {
			t.Errorf("ImportDelistings: %d kept + bad = %d, want %d data rows", len(reqs), got, want)
		}
		for _, r := range reqs {
			if r.Dataset.ID < 1 || r.Publisher.IsZero() || r.Reason == datasets.NoReason || r.Row < 2 {
				t.Errorf("ImportDelistings kept an incomplete request %+v", r)
			}
		}
	})
}

func FuzzImportSeries(f *testing.F) {
	f.Add(bodies(deckSeriesRows))
	f.Add("111/02/30,1,1\n,2,x\n110.1.1,3,-1\n110.1.1,3,0")
	f.Fuzz(func(t *testing.T, body string) {
		rows := withHeader(seriesHeader, body)
		series, err := datasets.ImportSeries(rows)
		fuzzChinese(t, err)
		if got, want := series.Len()+badRows(t, rows, err), dataRows(rows); got != want {
			t.Errorf("ImportSeries: %d kept + bad = %d, want %d data rows", series.Len(), got, want)
		}
		back, err := datasets.ImportSeries(series.Records())
		if err != nil || back.Len() != series.Len() {
			t.Errorf("ImportSeries(Records()) = %d points, %v; want %d", back.Len(), err, series.Len())
		}
		_ = series.Check()
	})
}

func FuzzImportTable(f *testing.F) {
	f.Add(bodies(deckTableRows))
	f.Add("機關,統計處,1,2,1,1\n,合計,1,2,3,4\n,小計,1,1,1,1\n,合　計,1,1,1,1")
	f.Fuzz(func(t *testing.T, body string) {
		rows := withHeader(tableHeader, body)
		tb, err := datasets.ImportTable(rows)
		fuzzChinese(t, err)
		kept := len(tb.Rows) + len(tb.Subtotals)
		if tb.Total != nil {
			kept++
		}
		if got, want := kept+badRows(t, rows, err), dataRows(rows); got != want {
			t.Errorf("ImportTable: %d kept + bad = %d, want %d data rows", kept, got, want)
		}
		c := tb.Check(datasets.Series{})
		for _, f := range c.Findings {
			zh, en := f.String(), f.Message(finding.English)
			// A %! in a finding of cells without one is an argument the
			// format did not take.
			leaked := strings.Contains(zh+en, "%!")
			for _, row := range rows {
				for _, cell := range row {
					leaked = leaked && !strings.Contains(cell, "%!")
				}
			}
			if !strings.HasSuffix(zh, f.Detail) || leaked {
				t.Fatalf("finding %+v reads %q and %q", f, zh, en)
			}
		}
		if len(c.Agreeing)+countRows(c.Findings) != len(tb.Rows) {
			t.Errorf("Check: %d agreeing + rows with findings != %d rows", len(c.Agreeing), len(tb.Rows))
		}
		back, err := datasets.ImportTable(tb.Records())
		if err != nil || len(back.Rows) != len(tb.Rows) {
			t.Errorf("ImportTable(Records()) = %d rows, %v; want %d", len(back.Rows), err, len(tb.Rows))
		}
	})
}

// countRows counts the distinct publisher rows the findings name.
func countRows(fs []datasets.TableFinding) int {
	seen := map[int]bool{}
	for _, f := range fs {
		if f.Line == datasets.PublisherLine {
			seen[f.Index] = true
		}
	}
	return len(seen)
}

// ReviewDelistings never panics, and Delist applies a batch exactly when
// no problem but warnings is found.
func FuzzReviewDelistings(f *testing.F) {
	f.Add([]byte{0, 2, 1, 1, 3, 1})
	f.Add([]byte{0, 2, 1, 2, 0, 1, 4, 4, 1})
	ids := []datasets.ID{87010, 86997, 23261, 23252, 900001, 900002, 5, 0}
	f.Fuzz(func(t *testing.T, b []byte) {
		c := deckCatalog(t)
		var reqs []datasets.Delisting
		for i := 0; i+2 < len(b) && len(reqs) < 50; i += 3 {
			reqs = append(reqs, datasets.Delisting{
				Dataset: datasets.Ref{ID: ids[int(b[i])%len(ids)]},
				Grounds: datasets.Grounds{Reason: datasets.Reason(b[i+2] % 6), Kept: datasets.Ref{ID: ids[int(b[i+1])%len(ids)]}},
			})
		}
		refused := false
		gotCycle := map[int]bool{}
		for _, p := range c.ReviewDelistings(reqs).Findings {
			if p.Index < 0 || p.Index >= len(reqs) {
				t.Fatalf("problem index %d out of range", p.Index)
			}
			refused = refused || p.Refuses()
			if p.Code == "datasets.cycle" {
				gotCycle[p.Index] = true
			}
		}
		// A naive oracle: walk the kept datasets from each first request
		// for at most len(reqs) steps.
		first := map[datasets.ID]int{}
		for i, r := range reqs {
			if _, ok := first[r.Dataset.ID]; !ok {
				first[r.Dataset.ID] = i
			}
		}
		for i, r := range reqs {
			if _, known := c.Lookup(r.Dataset.ID); !known || first[r.Dataset.ID] != i {
				continue
			}
			want, j := false, i
			for range len(reqs) {
				k := reqs[j].Kept.ID
				next, ok := first[k]
				if _, inCatalog := c.Lookup(k); !ok || !inCatalog || k == reqs[j].Dataset.ID {
					break
				}
				if j = next; j == i {
					want = true
					break
				}
			}
			if gotCycle[i] != want {
				t.Fatalf("request %d of %+v: ErrCycle %v, want %v", i, reqs, gotCycle[i], want)
			}
		}
		next, _, err := c.Delist(reqs)
		if (err != nil) != refused {
			t.Fatalf("Delist error %v, refused %v", err, refused)
		}
		review := c.ReviewDelistings(reqs)
		for _, f := range review.Findings {
			zh, en := f.String(), f.Message(finding.English)
			if !strings.HasSuffix(zh, "："+f.Detail) || strings.Contains(zh+en, "%!") {
				t.Fatalf("finding %+v reads %q and %q", f, zh, en)
			}
		}
		if len(review.Approved)+len(review.Refused) != len(reqs) {
			t.Fatalf("ReviewDelistings: %d approved + %d refused != %d", len(review.Approved), len(review.Refused), len(reqs))
		}
		if approved, _, err := c.Delist(review.Approved); err != nil {
			t.Fatalf("Delist(approved) error %v", err)
		} else if approved.Listed() != c.Listed()-len(review.Approved) {
			t.Fatalf("Delist(approved): %d listed, want %d", approved.Listed(), c.Listed()-len(review.Approved))
		}
		if err == nil && next.Listed() != c.Listed()-len(reqs) {
			t.Fatalf("Delist: %d listed, want %d", next.Listed(), c.Listed()-len(reqs))
		}
	})
}

func FuzzParseGroup(f *testing.F) {
	for _, s := range []string{"本部單位", "所屬機關", "單位", " 機關 ", "本部", "x", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		g, err := datasets.ParseGroup(s)
		if err != nil {
			return
		}
		if back, err := datasets.ParseGroup(g.String()); err != nil || back != g {
			t.Errorf("ParseGroup(%q) = %v, %v, want %v", g.String(), back, err, g)
		}
	})
}

// The export's layout: every non-blank data row is kept or reported, and
// what Records writes reads back the same.
func FuzzImportExport(f *testing.F) {
	f.Add(bodies(genExport(6, 3)))
	f.Add("87010,矯正署臺中戒治所法定預算,,,,CSV,,,,,,法務部矯正署臺中戒治所,每1年,,,,,,2019-01-02,2022-05-19 09:00,,\n" +
		"99,水情,,,金標章, CSV ;；JSON,,,,,,經濟部水利署,,,,,,,2017-02-30 00:00:00,,,\n" +
		"98,雨量,,,,,,,,,,經濟部水利署,,,,,,,2017-09-12 25:00:00,2017/09/12,,")
	f.Fuzz(func(t *testing.T, body string) {
		rows := withHeader(exportHeader, body)
		c, err := datasets.ImportCatalog(rows)
		if got, want := c.Len()+badRows(t, rows, err), dataRows(rows); got != want {
			t.Errorf("ImportCatalog: %d kept + bad = %d, want %d data rows", c.Len(), got, want)
		}
		back, err := datasets.ImportCatalog(c.Records())
		if err != nil || !slices.Equal(back.Datasets(), c.Datasets()) {
			t.Errorf("ImportCatalog(Records()) = %d datasets, %v; want the %d read", back.Len(), err, c.Len())
		}
	})
}

func FuzzImportHierarchy(f *testing.F) {
	f.Add(bodies(hierarchyRows[1:]))
	f.Add("甲,乙,\n乙,甲,\n丙,,丙\n法務部矯正署,法務部,矯正")
	f.Fuzz(func(t *testing.T, body string) {
		rows := withHeader([]string{"機關", "簡稱", "上級機關"}, body)
		h, err := datasets.ImportHierarchy(rows)
		kept := len(h.Records()) - 1
		if got, want := kept+badRows(t, rows, err), dataRows(rows); got != want {
			t.Errorf("ImportHierarchy: %d kept + bad = %d, want %d data rows", kept, got, want)
		}
		for _, e := range h.Entries() {
			if m := h.Ministry(e.Agency); m.IsZero() {
				t.Errorf("Ministry(%v) is zero", e.Agency)
			}
		}
	})
}

func FuzzParsePublisher(f *testing.F) {
	for _, s := range []string{"經濟部水利署", " 經濟部 水利署 ", "法務部矯正署", "ＡＢＣ公司", "台高檢", "a\x00b", "\xff", "\u3000"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := datasets.ParsePublisher(s)
		if err != nil {
			return
		}
		if p.IsZero() || p.Name() == "" {
			t.Fatalf("ParsePublisher(%q) = zero without error", s)
		}
		if back, err := datasets.ParsePublisher(p.Name()); err != nil || back != p {
			t.Errorf("ParsePublisher(%q) = %v, %v; want %v", p.Name(), back, err, p)
		}
	})
}

// fuzzChinese checks, as checkChinese, every problem of an importer's
// error, if it is an *ImportError.
func fuzzChinese(t *testing.T, err error) {
	t.Helper()
	var ie *datasets.ImportError
	if errors.As(err, &ie) {
		checkChinese(t, ie)
	}
}

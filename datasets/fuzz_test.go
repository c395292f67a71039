package datasets_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/ogdtw/governance/datasets"
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

// dataRows counts the non-blank rows after the header.
func dataRows(rows [][]string) int {
	n := 0
	for _, r := range rows[1:] {
		if strings.TrimSpace(strings.Join(r, "")) != "" {
			n++
		}
	}
	return n
}

// badRows counts the distinct rows with a problem, and reports whether
// the header itself was refused.
func badRows(problems []*datasets.RowError) (n int, header bool) {
	seen := map[int]bool{}
	for _, p := range problems {
		if p.Row == 1 {
			header = true
		}
		if !seen[p.Row] {
			seen[p.Row] = true
			n++
		}
	}
	return n, header
}

// Every non-blank row is either kept or reported: no good row is lost.
func FuzzImportCatalog(f *testing.F) {
	f.Add("資料集識別碼,資料集名稱,提供機關\n87010,矯正署臺中戒治所法定預算,矯正署臺中戒治所\nx,y,z\n87010,dup,統計處")
	f.Add("提供機關,其他,資料集名稱,資料集識別碼\n臺高檢,,偵查,１２\n\n法務部統計處,a,b")
	f.Fuzz(func(t *testing.T, s string) {
		rows := csvish(s)
		c, problems := datasets.ImportCatalog(rows)
		bad, header := badRows(problems)
		if header {
			return
		}
		if c.Len()+bad != dataRows(rows) {
			t.Errorf("ImportCatalog: %d kept + %d bad != %d rows", c.Len(), bad, dataRows(rows))
		}
	})
}

func FuzzImportDelistings(f *testing.F) {
	f.Add(joinRows(deckDelistingRows))
	f.Add("項次,機關/單位,資料集名稱,下架原因\n一,內政部,a(1),重複\n,,b(2),\n3,統計處,c,停止")
	f.Fuzz(func(t *testing.T, s string) {
		rows := csvish(s)
		reqs, problems := datasets.ImportDelistings(rows)
		bad, header := badRows(problems)
		if header {
			return
		}
		if len(reqs)+bad != dataRows(rows) {
			t.Errorf("ImportDelistings: %d kept + %d bad != %d rows", len(reqs), bad, dataRows(rows))
		}
		for _, r := range reqs {
			if r.Dataset.ID < 1 || r.Publisher.IsZero() || r.Reason == datasets.NoReason {
				t.Errorf("ImportDelistings kept an incomplete request %+v", r)
			}
		}
	})
}

func FuzzImportSeries(f *testing.F) {
	f.Add(joinRows(deckSeriesRows))
	f.Add("開放數量,統計日期,增加數量\n1,111/02/30,1\n2,,x\n3,110.1.1,-1")
	f.Fuzz(func(t *testing.T, s string) {
		rows := csvish(s)
		series, problems := datasets.ImportSeries(rows)
		bad, header := badRows(problems)
		if header {
			return
		}
		if series.Len()+bad != dataRows(rows) {
			t.Errorf("ImportSeries: %d kept + %d bad != %d rows", series.Len(), bad, dataRows(rows))
		}
	})
}

func FuzzImportTable(f *testing.F) {
	f.Add(joinRows(deckTableRows))
	f.Add("群組,單位,110 第4季,111 第2季,增減,迄今\n機關,統計處,1,2,1,1\n,合計,1,2,3,4\n,小計,1,1,1,1")
	f.Fuzz(func(t *testing.T, s string) {
		rows := csvish(s)
		tb, problems := datasets.ImportTable(rows)
		bad, header := badRows(problems)
		if header {
			return
		}
		kept := len(tb.Rows) + len(tb.Subtotals)
		if kept+bad > dataRows(rows) {
			t.Errorf("ImportTable: %d kept + %d bad > %d rows", kept, bad, dataRows(rows))
		}
		_ = tb.Check(datasets.Series{})
		_ = tb.String()
	})
}

// CheckDelistings never panics, and Delist applies a batch exactly when
// no problem but warnings is found.
func FuzzCheckDelistings(f *testing.F) {
	f.Add([]byte{0, 2, 1, 1, 3, 1})
	f.Add([]byte{0, 2, 1, 2, 0, 1, 4, 4, 1})
	ids := []datasets.ID{87010, 86997, 23261, 23252, 900001, 900002, 5, 0}
	f.Fuzz(func(t *testing.T, b []byte) {
		c := deckCatalog(t)
		var reqs []datasets.Request
		for i := 0; i+2 < len(b) && len(reqs) < 50; i += 3 {
			reqs = append(reqs, datasets.Request{
				Dataset: datasets.Ref{ID: ids[int(b[i])%len(ids)]},
				Grounds: datasets.Grounds{Reason: datasets.Reason(b[i+2] % 6), Kept: datasets.Ref{ID: ids[int(b[i+1])%len(ids)]}},
			})
		}
		refused := false
		gotCycle := map[int]bool{}
		for _, p := range c.CheckDelistings(reqs) {
			if p.Index < 0 || p.Index >= len(reqs) {
				t.Fatalf("problem index %d out of range", p.Index)
			}
			refused = refused || !p.Warning()
			if errors.Is(p, datasets.ErrCycle) {
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

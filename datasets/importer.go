package datasets

import (
	"strings"

	"github.com/ogdtw/governance/internal/numeral"
	"github.com/ogdtw/governance/rocdate"
	"golang.org/x/text/width"
)

// header maps the columns an importer needs to their index in a header
// row. Header cells are compared without spaces and with full-width forms
// folded, so " 資料集名稱 " and "資料集名稱" match.
type header struct {
	row   []string
	index map[string]int
}

func headerKey(s string) string {
	s = strings.TrimPrefix(s, "\ufeff")
	return strings.Join(strings.Fields(width.Fold.String(s)), "")
}

func newHeader(row []string) header {
	h := header{row: row, index: make(map[string]int, len(row))}
	for i, c := range row {
		k := headerKey(c)
		if _, ok := h.index[k]; !ok && k != "" {
			h.index[k] = i
		}
	}
	return h
}

// find returns the index of the first of names present, or -1.
func (h header) find(names ...string) int {
	for _, n := range names {
		if i, ok := h.index[headerKey(n)]; ok {
			return i
		}
	}
	return -1
}

// require finds each column named, recording a *RowError for each missing.
func (h header) require(problems *[]*RowError, cols ...[]string) []int {
	idx := make([]int, len(cols))
	for i, names := range cols {
		idx[i] = h.find(names...)
		if idx[i] < 0 {
			*problems = append(*problems, &RowError{Row: 1, Column: names[0], Err: ErrMissingColumn})
		}
	}
	return idx
}

func cell(row []string, i int) string {
	if i < 0 || i >= len(row) {
		return ""
	}
	return strings.TrimSpace(row[i])
}

func blankRow(row []string) bool {
	for _, c := range row {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// ImportCatalog reads a data.gov.tw catalog export: a header row naming
// 資料集識別碼, 資料集名稱 and 提供機關 in any order (other columns are
// ignored), then one dataset per row, all listed. 提供機關 takes any name
// [LookupPublisher] resolves (法務部矯正署, 臺高檢). Blank rows are skipped.
//
// Every bad row gives a *RowError (bad ID, blank title, unknown publisher,
// an ID seen on an earlier row) and is left out; every good row is in the
// catalog. A header without a required column gives one *RowError per
// missing column and an empty catalog.
func ImportCatalog(rows [][]string) (Catalog, []*RowError) {
	if len(rows) == 0 {
		return Catalog{}, []*RowError{{Row: 1, Column: "資料集識別碼", Err: ErrMissingColumn}}
	}
	var problems []*RowError
	col := newHeader(rows[0]).require(&problems, []string{"資料集識別碼"}, []string{"資料集名稱"}, []string{"提供機關"})
	if len(problems) > 0 {
		return Catalog{}, problems
	}
	ds := make([]Dataset, 0, len(rows)-1)
	seen := make(map[ID]bool, len(rows)-1)
	for n, row := range rows[1:] {
		line := n + 2
		if blankRow(row) {
			continue
		}
		bad := false
		fail := func(c int, name string, err error) {
			problems = append(problems, &RowError{Row: line, Column: name, Input: cell(row, c), Err: err})
			bad = true
		}
		id, err := ParseID(cell(row, col[0]))
		if err != nil {
			fail(col[0], "資料集識別碼", err)
		} else if seen[id] {
			fail(col[0], "資料集識別碼", ErrDuplicateID)
		}
		title := cell(row, col[1])
		if title == "" {
			fail(col[1], "資料集名稱", &ParseError{What: "title", Input: title, Err: ErrSyntax})
		}
		p, err := LookupPublisher(cell(row, col[2]))
		if err != nil {
			fail(col[2], "提供機關", err)
		}
		if bad {
			continue
		}
		seen[id] = true
		ds = append(ds, Dataset{id: id, title: title, publisher: p})
	}
	c, _ := NewCatalog(ds...) // IDs are unique and valid here
	return c, problems
}

// ImportDelistings reads a delisting table as the deck prints it: a
// header naming 項次, 機關/單位 (or 機關, 單位, 提供機關), 資料集名稱 and
// 下架原因 in any order, then one request per row. 資料集名稱 carries the
// ID, 矯正署臺中戒治所法定預算(87010) (see [ParseRef]); 下架原因 is read by
// [ParseGrounds]; 項次 is a number, ASCII or Chinese, and may be blank. A
// blank 機關/單位 continues the one above, as merged cells do in the deck.
//
// Every bad row gives a *RowError and is left out; every good row is
// returned, in order.
func ImportDelistings(rows [][]string) ([]Request, []*RowError) {
	if len(rows) == 0 {
		return nil, []*RowError{{Row: 1, Column: "資料集名稱", Err: ErrMissingColumn}}
	}
	var problems []*RowError
	col := newHeader(rows[0]).require(&problems,
		[]string{"項次", "序號"}, []string{"機關/單位", "機關(單位)", "機關", "單位", "提供機關"},
		[]string{"資料集名稱"}, []string{"下架原因", "原因"})
	if len(problems) > 0 {
		return nil, problems
	}
	var out []Request
	publisher := ""
	for n, row := range rows[1:] {
		line := n + 2
		if blankRow(row) {
			continue
		}
		bad := false
		fail := func(c int, name string, err error) {
			problems = append(problems, &RowError{Row: line, Column: name, Input: cell(row, c), Err: err})
			bad = true
		}
		var r Request
		if s := cell(row, col[0]); s != "" {
			item, err := numeral.Parse(s)
			if err != nil {
				fail(col[0], "項次", &ParseError{What: "item", Input: s, Err: ErrSyntax})
			}
			r.Item = item
		}
		if s := cell(row, col[1]); s != "" {
			publisher = s
		}
		p, err := LookupPublisher(publisher)
		if err != nil {
			fail(col[1], "機關/單位", err)
		}
		r.Publisher = p
		ref, err := ParseRef(cell(row, col[2]))
		if err != nil {
			fail(col[2], "資料集名稱", err)
		}
		r.Dataset = ref
		g, err := ParseGrounds(cell(row, col[3]))
		if err != nil {
			fail(col[3], "下架原因", err)
		}
		r.Grounds = g
		if !bad {
			out = append(out, r)
		}
	}
	return out, problems
}

// ImportSeries reads the open-count series as the deck prints it: a
// header naming 統計日期, 開放數量 and 增加數量 in any order, then one point
// per row: 107/12/13, 2,168筆, 41筆. Dates take any form rocdate.Parse
// reads; counts any form [ParseCount] reads, the increase any form
// [ParseChange] reads.
//
// Every bad row (and a second row for one date) gives a *RowError and is
// left out; the series holds every good row, in date order.
func ImportSeries(rows [][]string) (Series, []*RowError) {
	if len(rows) == 0 {
		return Series{}, []*RowError{{Row: 1, Column: "統計日期", Err: ErrMissingColumn}}
	}
	var problems []*RowError
	col := newHeader(rows[0]).require(&problems, []string{"統計日期", "日期"}, []string{"開放數量"}, []string{"增加數量", "增減"})
	if len(problems) > 0 {
		return Series{}, problems
	}
	var pts []Point
	seen := map[rocdate.Date]bool{}
	for n, row := range rows[1:] {
		line := n + 2
		if blankRow(row) {
			continue
		}
		bad := false
		fail := func(c int, name string, err error) {
			problems = append(problems, &RowError{Row: line, Column: name, Input: cell(row, c), Err: err})
			bad = true
		}
		d, err := rocdate.Parse(cell(row, col[0]))
		if err != nil {
			fail(col[0], "統計日期", err)
		} else if seen[d] {
			fail(col[0], "統計日期", ErrDuplicateDate)
		}
		count, err := ParseCount(cell(row, col[1]))
		if err != nil {
			fail(col[1], "開放數量", err)
		}
		inc, err := ParseChange(cell(row, col[2]))
		if err != nil {
			fail(col[2], "增加數量", err)
		}
		if !bad {
			seen[d] = true
			pts = append(pts, Point{Date: d, Count: count, Increase: inc})
		}
	}
	s, _ := NewSeries(pts...) // dates are unique and set here
	return s, problems
}

// ImportTable reads the per-publisher table in a long layout, one line
// per publisher instead of the deck's two side-by-side halves:
//
//	群組,單位,110 第4季,111 第2季,增減,111.01.01 迄今
//	本部單位,統計處,321,325,4,4
//	...
//	本部單位,小計,877,891,14,14
//	所屬機關,矯正署,958,"1,050",92,92
//	...
//	所屬機關,小計,"1,929","2,072",143,143
//	,合計,"2,806","2,963",157,157
//
// The header's two period columns are any text rocdate.ParseQuarter
// reads (the earlier is Prev); 增減 is the change and the column whose
// header contains 迄今 the change since the year's start. Columns may come
// in any order. 群組 is 本部單位 or 所屬機關 (單位, 機關 also do) and a blank
// 群組 continues the one above. 單位 is a publisher's full or short name,
// 小計 for the group's subtotal, or 合計 (or 總計) for the total. The
// figures take what [ParseCount] and [ParseChange] read.
//
// Every bad row (unknown publisher, a publisher in the wrong group, a bad
// figure) gives a *RowError and is left out; every good row is kept.
func ImportTable(rows [][]string) (Table, []*RowError) {
	if len(rows) == 0 {
		return Table{}, []*RowError{{Row: 1, Column: "單位", Err: ErrMissingColumn}}
	}
	var problems []*RowError
	h := newHeader(rows[0])
	col := h.require(&problems, []string{"群組", "組別"}, []string{"單位", "機關(單位)", "機關"}, []string{"增減"})
	var t Table
	var qcol []int
	since := -1
	for i, c := range rows[0] {
		if q, err := rocdate.ParseQuarter(strings.TrimSpace(c)); err == nil && len(qcol) < 2 {
			qcol = append(qcol, i)
			if len(qcol) == 1 {
				t.Prev = q
			} else {
				t.Cur = q
			}
		} else if strings.Contains(c, "迄今") {
			since = i
		}
	}
	if len(qcol) < 2 {
		problems = append(problems, &RowError{Row: 1, Column: "季", Err: ErrMissingColumn})
	}
	if since < 0 {
		problems = append(problems, &RowError{Row: 1, Column: "迄今", Err: ErrMissingColumn})
	}
	if len(problems) > 0 {
		return Table{}, problems
	}
	if t.Cur.Compare(t.Prev) < 0 {
		t.Prev, t.Cur = t.Cur, t.Prev
		qcol[0], qcol[1] = qcol[1], qcol[0]
	}
	group := NoGroup
	for n, row := range rows[1:] {
		line := n + 2
		if blankRow(row) {
			continue
		}
		bad := false
		fail := func(c int, name string, err error) {
			problems = append(problems, &RowError{Row: line, Column: name, Input: cell(row, c), Err: err})
			bad = true
		}
		name := cell(row, col[1])
		isTotal := name == "合計" || name == "總計"
		if s := cell(row, col[0]); s != "" {
			g, err := ParseGroup(s)
			if err != nil && !isTotal {
				fail(col[0], "群組", err)
			}
			group = g
		}
		var v4 [4]int
		for i, c := range [4]int{qcol[0], qcol[1], col[2], since} {
			var v int
			var err error
			if i < 2 {
				v, err = ParseCount(cell(row, c))
			} else {
				v, err = ParseChange(cell(row, c))
			}
			if err != nil {
				fail(c, strings.TrimSpace(rows[0][c]), err)
			}
			v4[i] = v
		}
		f := Figures{Prev: v4[0], Cur: v4[1], Change: v4[2], SinceYearStart: v4[3]}
		switch {
		case isTotal:
			if !bad {
				total := f
				t.Total = &total
			}
			continue
		case name == "小計":
			if group == NoGroup {
				fail(col[0], "群組", &ParseError{What: "group", Input: "", Err: ErrSyntax})
			}
			if !bad {
				t.Subtotals = append(t.Subtotals, Subtotal{Group: group, Figures: f})
			}
			continue
		}
		p, err := LookupPublisher(name)
		if err != nil {
			fail(col[1], "單位", err)
		} else if group != NoGroup && p.Group() != group {
			fail(col[1], "單位", ErrWrongGroup)
		}
		if !bad {
			t.Rows = append(t.Rows, Row{Publisher: p, Figures: f})
		}
	}
	return t, problems
}

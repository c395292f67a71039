package requests

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/ogdtw/governance/finding"
)

var cellCmp = cmp.AllowUnexported(Cell{})

func TestImportTableDeck(t *testing.T) {
	q := deckTable(t, deckByQuarterCSV)
	want111 := Row{Year: 111, Cells: []Cell{Figure(0), Figure(0).WithNote("截至5月"), NotReached(), NotReached()}, Total: NotReached(), Row: 8}
	if diff := cmp.Diff(want111, q.Rows[6], cellCmp); diff != "" {
		t.Errorf("row 111年 (-want +got):\n%s", diff)
	}
	if q.Corner != "年度" || len(q.Rows) != 7 || q.Grand != Figure(71) || q.TotalsRow != 9 {
		t.Errorf("by quarter: corner %q, %d rows, grand %v", q.Corner, len(q.Rows), q.Grand)
	}
	c := deckTable(t, deckByCategoryCSV)
	if r := c.Rows[6]; r.Year != 111 || r.Note != "截至5月" || r.Label() != "111年 (截至5月)" {
		t.Errorf("by category row 111: %+v, label %q", r, r.Label())
	}
	if diff := cmp.Diff([]string{"下載連結問題", "內容有誤", "品質改善", "其他", "建議新增資料集"}, c.Columns); diff != "" {
		t.Errorf("by category columns (-want +got):\n%s", diff)
	}
	// Printing back gives the deck's text, cell for cell.
	for _, in := range []string{deckByQuarterCSV, deckByCategoryCSV} {
		if diff := cmp.Diff(readCSV(t, in), deckTable(t, in).Records()); diff != "" {
			t.Errorf("Records() differs from the deck (-deck +got):\n%s", diff)
		}
	}
}

func TestTableString(t *testing.T) {
	want := `年度   第1季        第2季  第3季  第4季  合計
105年      3            8      2     10    23
106年      4            5      3      4    16
107年      2            1      1      3     7
108年      2            5      0      2     9
109年      0            0      1      2     3
110年      0            0      0      2     2
111年      0  0 (截至5月)      -      -     -
合計      13           28      7     23    71
`
	if got := deckTable(t, deckByQuarterCSV).String(); got != want {
		t.Errorf("String() =\n%s\nwant\n%s", got, want)
	}
}

func TestImportTableProblems(t *testing.T) {
	type prob struct {
		Row    int
		Column string
		Err    error
		Sev    finding.Severity
	}
	E, W := finding.Error, finding.Warning
	tests := []struct {
		name     string
		in       string
		wantRows []int // years of the rows kept
		want     []prob
	}{
		{
			name: "bad cells keep good rows",
			in: `年度,第1季,第2季,合計
105年,3,x,3
106年,1,2,3
107年,1
abc,1,1,2
106年,1,1,2
108年,1,1,2,9
合計,2,2,4`,
			// 108年's cell under no header is a warning: the row is kept.
			wantRows: []int{106, 108},
			want: []prob{
				{2, "第2季", ErrSyntax, E},
				{4, "第2季", ErrMissing, E},
				{4, "合計", ErrMissing, W},
				{5, "年度", ErrSyntax, E},
				{6, "年度", ErrDuplicate, E},
				{7, "", ErrSyntax, W},
			},
		},
		{
			name:     "blank lines and padding",
			in:       "\n,,\n年度,第1季,,\n105年,1,,\n\n合計,1",
			wantRows: []int{105},
		},
		{
			name:     "two totals rows",
			in:       "年度,第1季\n105年,1\n合計,1\n總計,1",
			wantRows: []int{105},
			want:     []prob{{4, "年度", ErrDuplicate, E}},
		},
		{
			name:     "a bad row total keeps its row, the total not printed",
			in:       "年度,第1季,合計\n105年,1,x\n106年,2,\n合計,3,3",
			wantRows: []int{105, 106},
			want:     []prob{{2, "合計", ErrSyntax, W}, {3, "合計", ErrMissing, W}},
		},
		{
			name:     "a year twice",
			in:       "年度,第1季\n105年,1\n一百零五年,2",
			wantRows: []int{105},
			want:     []prob{{3, "年度", ErrDuplicate, E}},
		},
		{name: "empty", in: "", want: []prob{{1, "年度", ErrNoHeader, E}}},
		{name: "byte-order mark", in: "\ufeff年度,第1季\n105年,1", wantRows: []int{105}},
		{name: "no corner", in: "季別,第1季\n105年,1", want: []prob{{1, "年度", ErrNoHeader, E}}},
		{name: "title rows and corner not first", in: "民間需求回應說明辦理情形\n\n第1季,第2季,年度 \\ 季別,合計\n1,2,105年,3\n3,4,合計,7",
			wantRows: []int{105}},
		{name: "no columns", in: "年度,合計\n105年,1", want: []prob{{1, "", ErrMissing, E}}},
		{
			name: "bad labels",
			in:   "年度,第1季,,第1季,合計,合計",
			want: []prob{{1, "合計", ErrDuplicate, E}, {1, "", ErrMissing, E}, {1, "第1季", ErrDuplicate, E}},
		},
		{
			name:     "合計 and 合　計: the first totals row is kept",
			in:       "年度,第1季\n105年,1\n合計,1\n合　計,2\n總計,3",
			wantRows: []int{105},
			want:     []prob{{4, "年度", ErrDuplicate, E}, {5, "年度", ErrDuplicate, E}},
		},
		{
			name:     "a bad first totals row still counts as given",
			in:       "年度,第1季\n105年,1\n合計,x\n合計,1",
			wantRows: []int{105},
			want:     []prob{{3, "第1季", ErrSyntax, E}, {4, "年度", ErrDuplicate, E}},
		},
		{
			name:     "a cell under no header and a row without a label",
			in:       "年度,a\n105年,1,2\n,1",
			wantRows: []int{105},
			want:     []prob{{2, "", ErrSyntax, W}, {3, "年度", ErrMissing, E}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var recs [][]string
			for _, line := range strings.Split(tt.in, "\n") {
				recs = append(recs, strings.Split(line, ","))
			}
			tab, err := ImportTable(recs)
			checkChinese(t, err)
			var years []int
			for _, r := range tab.Rows {
				years = append(years, r.Year)
			}
			if diff := cmp.Diff(tt.wantRows, years); diff != "" {
				t.Errorf("ImportTable(%q) rows (-want +got):\n%s", tt.in, diff)
			}
			var got []prob
			var ie *ImportError
			if errors.As(err, &ie) {
				for _, p := range ie.Problems {
					got = append(got, prob{p.Row, p.Column, p.Err, p.Severity})
				}
			} else if err != nil {
				t.Fatalf("ImportTable(%q) error %T, want *ImportError", tt.in, err)
			}
			if diff := cmp.Diff(tt.want, got, cmp.Comparer(func(a, b error) bool { return errors.Is(a, b) || errors.Is(b, a) })); diff != "" {
				t.Errorf("ImportTable(%q) problems (-want +got):\n%s\nerror: %v", tt.in, diff, err)
			}
		})
	}
}

func TestTableClone(t *testing.T) {
	tab := deckTable(t, deckByQuarterCSV)
	c := tab.Clone()
	c.Rows[0].Cells[0] = Figure(99)
	c.Columns[0] = "x"
	c.Totals[0] = Figure(1)
	if tab.Rows[0].Cells[0] != Figure(3) || tab.Columns[0] != "第1季" || tab.Totals[0] != Figure(13) {
		t.Error("Clone shares slices with the original")
	}
	if z := (Table{}).Clone(); z.Rows != nil || z.Totals != nil {
		t.Errorf("zero Table Clone = %+v", z)
	}
	if got := (Table{}).String(); got != "\n" {
		t.Errorf("zero Table String() = %q", got)
	}
}

// ignoreSourceRows leaves the source rows out of a comparison of tables
// read from different rows.
var ignoreSourceRows = cmp.Options{cmpopts.IgnoreFields(Row{}, "Row"), cmpopts.IgnoreFields(Table{}, "TotalsRow")}

func FuzzImportTable(f *testing.F) {
	f.Add(deckByQuarterCSV)
	f.Add(deckByCategoryCSV)
	f.Add("年度,第1季,第2季,合計\n105年,3,x,3\n106年,1,2,3\n107年,1\nabc,1,1,2\n106年,1,1,2\n108年,1,1,2,9\n合計,2,2,4")
	f.Add("年度,第1季\n105年,1\n合計,1\n總計,1")
	f.Add("年度,第1季\n105年,1\n合計,1\n合　計,2\n總計,3")
	f.Add("年度,第1季\n105年,1\n合計,x\n合計,1")
	f.Add("民間需求回應說明辦理情形\n\n第1季,第2季,年度 \\ 季別,合計\n1,2,105年,3\n3,4,合計,7")
	f.Add("年度,第1季,,第1季,合計,合計")
	f.Add("\ufeff年度,第1季\n105年,1")
	f.Add("年度,a,b\n105年,1,- (x)\n")
	f.Fuzz(func(t *testing.T, s string) {
		var recs [][]string
		for _, line := range strings.Split(s, "\n") {
			recs = append(recs, strings.Split(line, ","))
		}
		tab, err := ImportTable(recs)
		checkChinese(t, err, s)
		// Every data row is either kept or reported.
		n, header := dataRows(&tableSpec, recs)
		bad := problemRows(t, err, header, len(recs))
		good := len(tab.Rows)
		if tab.TotalsRow != 0 {
			good++
		}
		// A header problem stops the reading: nothing is kept.
		headerBad := false
		var ie *ImportError
		if errors.As(err, &ie) {
			for _, p := range ie.Problems {
				headerBad = headerBad || p.Row == header
			}
		}
		if headerBad && good != 0 {
			t.Fatalf("ImportTable(%q): a bad header, yet %d rows kept", s, good)
		}
		if !headerBad && good+bad != n {
			t.Fatalf("ImportTable(%q): %d good rows + %d rows with problems != %d data rows\n%v", s, good, bad, n, err)
		}
		if len(tab.Columns) == 0 {
			return
		}
		// What was kept prints as records that read back as the same table.
		// A total kept unprinted (a warning) is written empty, and read
		// back with the same warning; nothing else may be reported.
		back, err := ImportTable(tab.Records())
		if errors.As(err, &ie) {
			for _, p := range ie.Problems {
				if p.Severity != finding.Warning || !errors.Is(p, ErrMissing) {
					t.Fatalf("ImportTable(%q) kept a table whose Records do not read back: %v\n%q", s, p, tab.Records())
				}
			}
		} else if err != nil {
			t.Fatalf("ImportTable(%q): %v", s, err)
		}
		if diff := cmp.Diff(tab, back, cellCmp, cmpopts.EquateEmpty(), ignoreSourceRows); diff != "" {
			t.Fatalf("ImportTable(%q) round trip (-first +second):\n%s", s, diff)
		}
		// Reconcile never panics, whatever the shape, and every finding
		// reads in both languages with its arguments all used.
		for _, f := range tab.Reconcile().Findings() {
			zh, en := f.String(), f.Message(finding.English)
			if zh != f.Severity.String()+"："+f.Detail || strings.Contains(zh+en, "%!") {
				t.Fatalf("ImportTable(%q): finding %+v reads %q and %q", s, f, zh, en)
			}
		}
	})
}

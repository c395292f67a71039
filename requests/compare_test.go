package requests

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/ogdtw/governance/finding"
	"golang.org/x/text/language"
)

// cellCmpOpt compares Cells by their printed form.
var cellCmpOpt = cmp.Comparer(func(a, b Cell) bool { return a == b })

func TestCompareDeck(t *testing.T) {
	q, c := deckTable(t, deckByQuarterCSV), deckTable(t, deckByCategoryCSV)
	got := CompareTables(q, c)
	want := []CrossFinding{
		{Severity: finding.Notice, Code: "requests.cross-notation", Kind: RowTotal, Year: 111,
			Table: "依季別", OtherTable: "依類別", Label: "111年", OtherLabel: "111年 (截至5月)", Row: 8, OtherRow: 8,
			Printed: NotReached(), OtherPrinted: Figure(0), Computed: 0, OtherComputed: 0,
			Detail: "111年：同一年度一表載「-」、一表載「0」（依季別列合計載為「-」，依類別載為「0」）"},
		{Severity: finding.Notice, Code: "requests.cross-residual", Kind: GrandTotal,
			Table: "依季別", OtherTable: "依類別", Label: "合計", OtherLabel: "合計", Row: 9, OtherRow: 9,
			Printed: Figure(71), OtherPrinted: Figure(71), Computed: 60, OtherComputed: 60,
			Detail: "兩表總計均載為71，各格加總均為60，均多11，疑均含表未列年度之件數"},
	}
	if diff := cmp.Diff(want, got.Findings(), cellCmpOpt); diff != "" {
		t.Errorf("CompareTables(deck).Findings() (-want +got):\n%s", diff)
	}
	if !got.OK() {
		t.Error("CompareTables(deck).OK() = false, want true: notices only")
	}
	if n, a, f, u := got.Checked(), got.Agreed(), got.Tally().Failed, got.Tally().Unchecked; n != 16 || a != 15 || f != 0 || u != 1 {
		t.Errorf("CompareTables(deck): checked %d, agreed %d, failed %d, unchecked %d; want 16, 15, 0, 1", n, a, f, u)
	}
	// The report's line: the printed year totals of the two tables.
	years, agree := 0, 0
	for _, k := range got.Checks() {
		if k.Kind == RowTotal && !k.Sums {
			years++
			if k.OK() {
				agree++
			}
		}
	}
	if years != 7 || agree != 6 {
		t.Errorf("printed year totals: %d agree of %d, want 6 of 7", agree, years)
	}
	checks := got.Checks()
	if k := checks[0]; k != (CrossCheck{Kind: RowTotal, Year: 105, Label: "105年", OtherLabel: "105年", Row: 2, OtherRow: 2,
		Printed: Figure(23), OtherPrinted: Figure(23), Computed: 23, OtherComputed: 23, Verdict: finding.Passed}) {
		t.Errorf("Checks()[0] = %+v", k)
	}
	if k := checks[13]; !k.Sums || k.Year != 111 || k.Verdict != finding.Passed {
		t.Errorf("Checks()[13] = %+v, want 111年's sums, agreeing", k)
	}
	if k := checks[15]; k.Kind != GrandTotal || !k.Sums || k.Computed != 60 || k.OtherComputed != 60 || k.Verdict != finding.Passed {
		t.Errorf("Checks()[15] = %+v, want the grand sums 60 and 60", k)
	}
	if a, b := got.Names(); a != "依季別" || b != "依類別" {
		t.Errorf("Names() = %q, %q", a, b)
	}
	// A Check slice is a copy.
	checks[0].Verdict = finding.Failed
	if got.Checks()[0].Verdict != finding.Passed {
		t.Error("Checks() shares its slice")
	}
}

// crossWant is what a test expects of a finding: its code, severity and
// year.
type crossWant struct {
	Code     string
	Severity finding.Severity
	Year     int
}

// setCell returns s (a table's CSV) with the cell of the row labelled
// label in column col (0 the label) set to v.
func setCell(t *testing.T, s, label string, col int, v string) string {
	t.Helper()
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		cells := strings.Split(l, ",")
		if cells[0] == label {
			cells[col] = v
			lines[i] = strings.Join(cells, ",")
			return strings.Join(lines, "\n")
		}
	}
	t.Fatalf("no row %s", label)
	return ""
}

// dropRow returns s without the row labelled label.
func dropRow(s, label string) string {
	var out []string
	for l := range strings.SplitSeq(s, "\n") {
		if !strings.HasPrefix(l, label+",") {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

func TestCompareCases(t *testing.T) {
	q, c := deckByQuarterCSV, deckByCategoryCSV
	tests := []struct {
		name    string
		a, b    string
		want    []crossWant
		counts  [3]int // passed, failed, unchecked
		ok      bool
		aN, bN  string // the names expected
		details []string
	}{
		{
			name: "the deck",
			a:    q, b: c,
			want:   []crossWant{{"requests.cross-notation", finding.Notice, 111}, {"requests.cross-residual", finding.Notice, 0}},
			counts: [3]int{15, 0, 1}, ok: true, aN: "依季別", bN: "依類別",
		},
		{
			name: "a cell of 105年 altered, its printed total not",
			a:    q, b: setCell(t, c, "105年", 1, "9"),
			want: []crossWant{{"requests.cross-year-total", finding.Error, 105}, {"requests.cross-notation", finding.Notice, 111},
				{"requests.cross-grand-total", finding.Error, 0}},
			counts: [3]int{13, 2, 1}, aN: "依季別", bN: "依類別",
			details: []string{"105年：依季別列合計載為23、各格加總為23；依類別列合計載為23、各格加總為24，兩表不符", "",
				"依季別總計載為71、各格加總為60；依類別總計載為71、各格加總為61，兩表不符"},
		},
		{
			name: "a cell of 105年 altered with its printed total",
			a:    setCell(t, setCell(t, q, "105年", 2, "9"), "105年", 5, "24"), b: c,
			want: []crossWant{{"requests.cross-year-total", finding.Error, 105}, {"requests.cross-notation", finding.Notice, 111},
				{"requests.cross-grand-total", finding.Error, 0}},
			counts: [3]int{12, 3, 1}, aN: "依季別", bN: "依類別",
			details: []string{"105年：依季別列合計載為24、各格加總為24；依類別列合計載為23、各格加總為23，兩表不符"},
		},
		{
			name: "only the printed total of 105年 altered",
			a:    q, b: setCell(t, c, "105年", 6, "25"),
			want:   []crossWant{{"requests.cross-year-total", finding.Error, 105}, {"requests.cross-notation", finding.Notice, 111}, {"requests.cross-residual", finding.Notice, 0}},
			counts: [3]int{14, 1, 1}, ok: false, aN: "依季別", bN: "依類別",
		},
		{
			name: "a year missing from one table",
			a:    q, b: dropRow(c, "110年"),
			want: []crossWant{{"requests.cross-missing-year", finding.Warning, 110}, {"requests.cross-notation", finding.Notice, 111},
				{"requests.cross-grand-total", finding.Error, 0}},
			counts: [3]int{12, 1, 3}, aN: "依季別", bN: "依類別",
			details: []string{"110年僅見於依季別，依類別未列該年度"},
		},
		{
			name: "a year missing from the first table",
			a:    dropRow(q, "105年"), b: c,
			want: []crossWant{{"requests.cross-missing-year", finding.Warning, 105}, {"requests.cross-notation", finding.Notice, 111},
				{"requests.cross-grand-total", finding.Error, 0}},
			counts: [3]int{12, 1, 3}, aN: "依季別", bN: "依類別",
			details: []string{"105年僅見於依類別，依季別未列該年度"},
		},
		{
			name: "tables with no totals",
			a:    "年度,第1季,第2季\n105年,1,2\n106年,3,4", b: "年度,甲,乙,丙\n105年,3,0,0\n106年,6,2,-",
			want:   []crossWant{{"requests.cross-year-total", finding.Error, 106}, {"requests.cross-grand-total", finding.Error, 0}},
			counts: [3]int{1, 2, 3}, aN: "甲表", bN: "乙表",
			details: []string{"106年：甲表列合計未載、各格加總為7；乙表列合計未載、各格加總為8，兩表不符"},
		},
		{
			name: "one table with totals, one without",
			a:    "年度,第1季,第2季,合計\n105年,1,2,3\n合計,1,2,3", b: "年度,x\n105年,3",
			counts: [3]int{2, 0, 2}, ok: true, aN: "甲表", bN: "乙表",
		},
		{
			name: "a dash against a figure other than 0",
			a:    "年度,a,合計\n111年,-,-", b: "年度,b,合計\n111年,2,2",
			want:   []crossWant{{"requests.cross-year-total", finding.Error, 111}},
			counts: [3]int{0, 1, 3}, aN: "甲表", bN: "乙表",
			details: []string{"111年：甲表列合計載為「-」、各格加總為0；乙表列合計載為2、各格加總為2，兩表不符"},
		},
		{
			name: "dashes on both sides agree",
			a:    "年度,a,合計\n111年,-,-\n110年,1,1", b: "年度,b,合計\n111年,-,-\n110年,1,1",
			counts: [3]int{4, 0, 2}, ok: true, aN: "甲表", bN: "乙表",
		},
		{
			name: "the same residual, other figures",
			a:    "年度,a,合計\n105年,1,1\n106年,2,2\n合計,14,14", b: "年度,b,合計\n105年,1,1\n合計,12,12",
			want: []crossWant{{"requests.cross-missing-year", finding.Warning, 106}, {"requests.cross-grand-total", finding.Error, 0},
				{"requests.cross-residual", finding.Notice, 0}},
			counts: [3]int{2, 2, 2}, aN: "甲表", bN: "乙表",
			details: []string{"", "", "甲表總計載為14、各格加總為3，乙表總計載為12、各格加總為1，均多11，疑均含表未列年度之件數"},
		},
		{
			name: "residuals that differ",
			a:    "年度,a,合計\n105年,1,1\n合計,12,12", b: "年度,b,合計\n105年,1,1\n合計,13,13",
			want:   []crossWant{{"requests.cross-grand-total", finding.Error, 0}},
			counts: [3]int{3, 1, 0}, aN: "甲表", bN: "乙表",
		},
		{
			name: "grand totals below the cells fit no residual",
			a:    "年度,a,合計\n105年,5,5\n合計,1,1", b: "年度,b,合計\n105年,5,5\n合計,1,1",
			counts: [3]int{4, 0, 0}, ok: true, aN: "甲表", bN: "乙表",
		},
		{
			name: "grand totals that add up leave no residual",
			a:    "年度,a,合計\n105年,5,5\n合計,5,5", b: "年度,b,合計\n105年,5,5\n合計,5,5",
			counts: [3]int{4, 0, 0}, ok: true, aN: "甲表", bN: "乙表",
		},
		{
			name: "one grand total that adds up leaves no residual",
			a:    "年度,a,合計\n105年,5,5\n合計,5,5", b: "年度,b,合計\n105年,5,5\n106年,-,-\n合計,5,5",
			want:   []crossWant{{"requests.cross-missing-year", finding.Warning, 106}},
			counts: [3]int{4, 0, 2}, aN: "甲表", bN: "乙表",
		},
		{
			name: "two tables by quarter",
			a:    q, b: q,
			want:   []crossWant{{"requests.cross-residual", finding.Notice, 0}},
			counts: [3]int{16, 0, 0}, ok: true, aN: "甲表", bN: "乙表",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := deckTable(t, tt.a), deckTable(t, tt.b)
			got := CompareTables(a, b)
			var codes []crossWant
			for _, f := range got.Findings() {
				codes = append(codes, crossWant{f.Code, f.Severity, f.Year})
			}
			if diff := cmp.Diff(tt.want, codes); diff != "" {
				t.Errorf("CompareTables findings (-want +got):\n%s\n%s", diff, got)
			}
			counts := [3]int{got.Agreed(), got.Tally().Failed, got.Tally().Unchecked}
			if n := got.Tally(); [3]int{n.Passed, n.Failed, n.Unchecked} != counts {
				t.Errorf("Tally() = %+v, counts %v", n, counts)
			}
			if counts != tt.counts || got.Checked() != tt.counts[0]+tt.counts[1]+tt.counts[2] {
				t.Errorf("CompareTables counts (passed, failed, unchecked) = %v of %d, want %v\n%s", counts, got.Checked(), tt.counts, got)
			}
			if got.OK() != tt.ok {
				t.Errorf("CompareTables OK() = %v, want %v", got.OK(), tt.ok)
			}
			if an, bn := got.Names(); an != tt.aN || bn != tt.bN {
				t.Errorf("Names() = %q, %q, want %q, %q", an, bn, tt.aN, tt.bN)
			}
			fs := got.Findings()
			for i, d := range tt.details {
				if d != "" && (i >= len(fs) || fs[i].Detail != d) {
					t.Errorf("finding %d: Detail\n%v\nwant\n%q", i, fs, d)
				}
			}
			checkCompare(t, a, b, got)
		})
	}
}

// checkCompare checks what every comparison must hold: findings read in
// both languages, String is the severity and the Detail, a failed check
// comes with an error, the comparison mirrors CompareTables(b, a), and
// each table against itself finds nothing but its own residual.
func checkCompare(t *testing.T, a, b Table, got Comparison) {
	t.Helper()
	for _, f := range got.Findings() {
		zh, en := f.String(), f.Message(language.English)
		if zh != f.Severity.String()+"："+f.Detail || strings.Contains(zh+en, "%!") || en == zh {
			t.Errorf("finding %+v reads %q and %q", f, zh, en)
		}
	}
	failed := got.Tally().Failed > 0
	hasError := slices.ContainsFunc(got.Findings(), func(f CrossFinding) bool { return f.Severity == finding.Error })
	if failed != hasError {
		t.Errorf("%d checks failed, yet an error found: %v\n%s", got.Tally().Failed, hasError, got)
	}
	for _, k := range got.Checks() {
		if !k.Verdict.IsValid() || k.Verdict == finding.NoVerdict || (k.Kind != RowTotal && k.Kind != GrandTotal) {
			t.Errorf("check %+v", k)
		}
	}
	// Mirror: CompareTables(b, a) finds the same, sides swapped. The
	// names are given: by default a table is named by its place when the
	// axes do not tell them apart.
	an, bn := got.Names()
	ab, ba := CompareTablesNamed(a, b, an, bn), CompareTablesNamed(b, a, bn, an)
	var mirrored []CrossFinding
	for _, f := range ba.Findings() {
		mirrored = append(mirrored, f.Mirror())
	}
	if diff := cmp.Diff(ab.Findings(), mirrored, cellCmpOpt, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("CompareTables(a, b) and the mirror of CompareTables(b, a) (-ab +mirrored ba):\n%s", diff)
	}
	if diff := cmp.Diff(got.Findings(), ab.Findings(), cellCmpOpt, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("CompareTables and CompareTablesNamed with its names differ:\n%s", diff)
	}
	if ab.Checked() != ba.Checked() || ab.Agreed() != ba.Agreed() || ab.Tally().Failed != ba.Tally().Failed {
		t.Errorf("CompareTables(a, b) %s\nCompareTables(b, a) %s", ab, ba)
	}
	for _, x := range []Table{a, b} {
		self := CompareTables(x, x)
		for _, f := range self.Findings() {
			if f.Code != "requests.cross-residual" {
				t.Errorf("CompareTables(x, x) found %v", f)
			}
		}
		if !self.OK() || self.Tally().Failed != 0 {
			t.Errorf("CompareTables(x, x) = %s", self)
		}
	}
}

func TestCompareCode(t *testing.T) {
	// Tables built in code: a year twice is matched by its first row, and
	// both rows count in the grand sums.
	a := Table{Columns: []string{"第1季"}, Rows: []Row{
		{Year: 105, Cells: []Cell{Figure(1)}, Total: Figure(1)},
		{Year: 105, Cells: []Cell{Figure(5)}, Total: Figure(5)},
	}}
	b := Table{Columns: []string{"第1季"}, Rows: []Row{{Year: 105, Cells: []Cell{Figure(1)}, Total: Figure(1)}}}
	got := CompareTables(a, b)
	if fs := got.Findings(); len(fs) != 1 || fs[0].Code != "requests.cross-grand-total" || fs[0].Computed != 6 || fs[0].OtherComputed != 1 {
		t.Errorf("a year twice: %s", got)
	}
	checkCompare(t, a, b, got)
	// Two zero tables compare the grand totals, and cannot.
	z := CompareTables(Table{}, Table{})
	if z.Checked() != 2 || z.Tally().Unchecked != 2 || len(z.Findings()) != 0 || !z.OK() {
		t.Errorf("CompareTables of zero tables = %s", z)
	}
	// A row whose cells are all "-" or empty has no sum to compare.
	c := Table{Columns: []string{"a", "b"}, Rows: []Row{{Year: 112, Cells: []Cell{NotReached(), {}}}}}
	d := Table{Columns: []string{"a", "b"}, Rows: []Row{{Year: 112, Cells: []Cell{Figure(0), Figure(0)}}}}
	if got := CompareTables(c, d); got.Tally().Unchecked != 4 || len(got.Findings()) != 0 {
		t.Errorf("a row without figures: %s", got)
	}
	// Cells past the columns are not summed.
	e := Table{Columns: []string{"a"}, Rows: []Row{{Year: 112, Cells: []Cell{Figure(1), Figure(9)}}}}
	f := Table{Columns: []string{"a"}, Rows: []Row{{Year: 112, Cells: []Cell{Figure(1)}}}}
	if got := CompareTables(e, f); !got.OK() || got.Tally().Passed != 2 {
		t.Errorf("cells past the columns: %s", got)
	}
	// Rows shorter than the columns: the missing cells add nothing.
	g := Table{Columns: []string{"a", "b", "c"}, Rows: []Row{{Year: 112, Cells: []Cell{Figure(1)}}}}
	if got := CompareTables(g, f); !got.OK() || got.Tally().Passed != 2 {
		t.Errorf("a short row: %s", got)
	}
	// Caller's names are kept, even alike; an empty one is chosen.
	q := deckTable(t, deckByQuarterCSV)
	for _, tt := range []struct{ an, bn, wa, wb string }{
		{"第5頁", "第6頁", "第5頁", "第6頁"},
		{"表", "表", "表", "表"},
		{"", "第6頁", "依季別", "第6頁"},
		{"依季別", "", "依季別", "乙表"},
	} {
		if a, b := CompareTablesNamed(q, q, tt.an, tt.bn).Names(); a != tt.wa || b != tt.wb {
			t.Errorf("CompareTablesNamed(q, q, %q, %q).Names() = %q, %q, want %q, %q", tt.an, tt.bn, a, b, tt.wa, tt.wb)
		}
	}
}

func TestTableAxis(t *testing.T) {
	tests := []struct {
		columns []string
		want    Axis
	}{
		{[]string{"第1季", "第2季", "第3季", "第4季"}, ByQuarter},
		{[]string{"第１季", "第 2 季", "第3季", "第4季"}, ByQuarter},
		{[]string{"第2季", "第1季", "第3季", "第4季"}, NoAxis},
		{[]string{"下載連結問題", "內容有誤", "品質改善", "其他", "建議新增資料集"}, ByCategory},
		{[]string{"其他", "內容有誤", "品質改善", "下載連結問題", "建議新增資料集"}, ByCategory},
		{[]string{"其他", "其他", "品質改善", "下載連結問題", "建議新增資料集"}, NoAxis},
		{[]string{"", "內容有誤", "品質改善", "下載連結問題", "建議新增資料集"}, NoAxis},
		{[]string{"x", "內容有誤", "品質改善", "下載連結問題", "建議新增資料集"}, NoAxis},
		{[]string{"第1季"}, NoAxis},
		{nil, NoAxis},
	}
	for _, tt := range tests {
		if got := (Table{Columns: tt.columns}).Axis(); got != tt.want {
			t.Errorf("Table{Columns: %q}.Axis() = %v, want %v", tt.columns, got, tt.want)
		}
	}
}

func TestComparisonString(t *testing.T) {
	q := deckTable(t, deckByQuarterCSV)
	c := deckTable(t, setCell(t, deckByCategoryCSV, "105年", 1, "9"))
	got := CompareTables(q, c)
	want := `依季別與依類別對照核對16項：相符13項，不符2項，無法查核1項
錯誤：105年：依季別列合計載為23、各格加總為23；依類別列合計載為23、各格加總為24，兩表不符
注意：111年：同一年度一表載「-」、一表載「0」（依季別列合計載為「-」，依類別載為「0」）
錯誤：依季別總計載為71、各格加總為60；依類別總計載為71、各格加總為61，兩表不符
`
	if s := got.String(); s != want {
		t.Errorf("String() =\n%s\nwant\n%s", s, want)
	}
	wantEn := `the table by quarter against the table by category: 16 comparisons, 13 agree, 2 disagree, 1 could not be made
error: 105年: the table by quarter, row total printed as 23, cells adding up to 23; the table by category, row total printed as 23, cells adding up to 24: the two tables disagree
notice: 111年: one table prints "-" and the other "0" for the same year (the table by quarter prints the row total as "-", the table by category as "0")
error: the table by quarter, grand total printed as 71, cells adding up to 60; the table by category, grand total printed as 71, cells adding up to 61: the two tables disagree
`
	if s := got.Message(language.English); s != wantEn {
		t.Errorf("Message(English) =\n%s\nwant\n%s", s, wantEn)
	}
	if s := (Comparison{}).String(); s != "甲表與乙表對照核對0項：相符0項，不符0項，無法查核0項\n" {
		t.Errorf("zero Comparison String() = %q", s)
	}
	if s := (CrossFinding{Severity: finding.Warning, Year: 105, Table: "甲表", OtherTable: "乙表"}).Message(language.English); s != "warning: 105年: table A and table B differ" {
		t.Errorf("a finding without a code reads %q", s)
	}
}

// TestCompareMessages formats a finding of every code, on every kind of
// printed total, in both languages: no argument left over or missing,
// no English word in the Chinese, no Chinese in the English but the
// years' labels (105年).
func TestCompareMessages(t *testing.T) {
	han := regexp.MustCompile(`\p{Han}`)
	years := regexp.MustCompile(`(民國前)?\d+年`)
	var fs []CrossFinding
	for _, code := range append(slices.Clone(crossCodes), "") {
		for _, p := range []Cell{Figure(2963), NotReached(), {}} {
			for _, names := range [][2]string{{"依季別", "依類別"}, {FirstTableName, SecondTableName}} {
				fs = append(fs, CrossFinding{Severity: finding.Error, Code: code, Kind: RowTotal, Year: -3, Table: names[0], OtherTable: names[1],
					Label: "民國前3年", Printed: p, OtherPrinted: Figure(0), Computed: 1, OtherComputed: 2})
				fs = append(fs, CrossFinding{Severity: finding.Notice, Code: code, Kind: GrandTotal, Table: names[1], OtherTable: names[0],
					OtherLabel: TotalLabel, Printed: Figure(0), OtherPrinted: p, Computed: 1, OtherComputed: 2})
			}
		}
	}
	for _, f := range fs {
		zh, en := f.Message(finding.Chinese), f.Message(language.English)
		if strings.Contains(zh+en, "%!") || zh == en {
			t.Errorf("%+v reads %q and %q", f, zh, en)
		}
		chineseClean(t, "Chinese", zh)
		if han.MatchString(years.ReplaceAllString(en, "")) {
			t.Errorf("Chinese in the English %q", en)
		}
		m := f.Mirror().Mirror()
		if m.Detail != f.detail(finding.Chinese) {
			t.Errorf("Mirror().Mirror() of %+v: Detail %q", f, m.Detail)
		}
		if m.Detail = ""; m != f {
			t.Errorf("Mirror().Mirror() of %+v = %+v", f, m)
		}
	}
	if got, want := fs[0].String(), "錯誤：民國前3年：依季別列合計載為2,963、各格加總為1；依類別列合計載為0、各格加總為2，兩表不符"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
}

func FuzzCompareTables(f *testing.F) {
	q, c := deckByQuarterCSV, deckByCategoryCSV
	f.Add(q, c)
	f.Add(q, strings.Replace(c, "105年,8,", "105年,9,", 1))
	f.Add(strings.Replace(q, "105年,3,8,2,10,23", "105年,3,9,2,10,24", 1), c)
	f.Add(q, strings.Replace(c, "110年,0,1,0,1,0,2\n", "", 1))
	f.Add("年度,第1季,第2季\n105年,1,2\n106年,3,4", "年度,甲,乙,丙\n105年,3,0,0\n106年,6,2,-")
	f.Add("年度,a,合計\n111年,-,-", "年度,b,合計\n111年,2,2")
	f.Add("年度,a,合計\n111年,-,-\n110年,1,1", "年度,b,合計\n111年,-,-\n110年,1,1")
	f.Add("年度,a,合計\n105年,1,1\n106年,2,2\n合計,14,14", "年度,b,合計\n105年,1,1\n合計,12,12")
	f.Add("年度,AA,合計\n民國前3年,1,1\n合計,x,1", "年別BB,b\n105年,1 (BB)\n105年,2")
	f.Fuzz(func(t *testing.T, s1, s2 string) {
		read := func(s string) Table {
			var recs [][]string
			for line := range strings.SplitSeq(s, "\n") {
				recs = append(recs, strings.Split(line, ","))
			}
			tab, _ := ImportTable(recs) // every good row
			return tab
		}
		a, b := read(s1), read(s2)
		got := CompareTables(a, b)
		years := map[int]bool{}
		for _, r := range append(slices.Clone(a.Rows), b.Rows...) {
			years[r.Year] = true
		}
		if got.Checked() != 2*len(years)+2 {
			t.Fatalf("%d checks for %d years", got.Checked(), len(years))
		}
		// The Chinese holds no English word the input does not.
		zh := got.String()
		for _, w := range englishWord.FindAllString(zh, -1) {
			if !strings.Contains(s1+"\n"+s2, w) {
				t.Fatalf("the English %q in the Chinese %q", w, zh)
			}
		}
		checkCompare(t, a, b, got)
	})
}

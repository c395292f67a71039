package requests

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/ogdtw/governance/datasets"
	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/internal/sheet"
	"github.com/ogdtw/governance/rocdate"
)

var dateCmp = cmp.AllowUnexported(rocdate.Date{})

// splitRows reads test input: records on lines, cells split on '|'.
func splitRows(s string) [][]string {
	var recs [][]string
	for _, line := range strings.Split(s, "\n") {
		recs = append(recs, strings.Split(line, "|"))
	}
	return recs
}

// importRequestsInput is the table test's input, also a fuzz seed.
const importRequestsInput = `議題性質|回應日期| 回應 |內容|資料集識別碼|需求類別|收件日期（民國年月日）|序號|備註
|111年1月10日|已更新連結|連結失效|矯正署臺中戒治所法定預算(87010)|下載連結問題|111年1月3日|A|x
資訊系統||||87010|連結失效|111.03.20|B|
跨部會|||||建議新增資料集|1110401|C|

||||||||
無|111年1月1日||||其他|111年1月3日|D|
|||||抱怨|111年13月1日|A|
|111年2月1日||||其他|111年1月3日|E|
|||||其他|111年1月3日||
|||||其他||F|
|x|||abc|其他|111年1月3日|G|
奇怪|||||其他|111年1月3日|H|`

func TestImportRequests(t *testing.T) {
	got, err := ImportRequests(splitRows(importRequestsInput))
	checkChinese(t, err)
	want := []Request{
		{ID: "A", Received: d("111年1月3日"), Category: DownloadLink, Dataset: 87010, Summary: "連結失效", Reply: "已更新連結", Replied: d("111年1月10日"), Row: 2},
		{ID: "B", Received: d("111年3月20日"), Category: DownloadLink, Dataset: 87010, Concern: ProcessOrSystem, Row: 3},
		{ID: "C", Received: d("111年4月1日"), Category: NewDataset, Concern: CrossMinistry, Row: 4},
		// D's reply is before its receipt, G's reply date and dataset are
		// bad, H's concern is unknown: optional cells, so the rows are
		// kept with those values zero.
		{ID: "D", Received: d("111年1月3日"), Category: Other, Row: 7},
		{ID: "E", Received: d("111年1月3日"), Category: Other, Replied: d("111年2月1日"), Row: 9},
		{ID: "G", Received: d("111年1月3日"), Category: Other, Row: 12},
		{ID: "H", Received: d("111年1月3日"), Category: Other, Row: 13},
	}
	if diff := cmp.Diff(want, got, dateCmp); diff != "" {
		t.Errorf("ImportRequests: good rows (-want +got):\n%s", diff)
	}
	type prob struct {
		Row      int
		Column   string
		Err      error
		Severity finding.Severity
	}
	E, W := finding.Error, finding.Warning
	wantProbs := []prob{
		{7, "回應日期", ErrRange, W},
		{8, "序號", ErrDuplicate, E},
		{8, "收件日期（民國年月日）", rocdate.ErrRange, E},
		{8, "需求類別", ErrSyntax, E},
		{10, "序號", ErrMissing, E},
		{11, "收件日期（民國年月日）", ErrMissing, E},
		{12, "資料集識別碼", ErrSyntax, W},
		{12, "回應日期", rocdate.ErrSyntax, W},
		{13, "議題性質", ErrSyntax, W},
	}
	var ie *ImportError
	if !errors.As(err, &ie) {
		t.Fatalf("ImportRequests error = %v, want *ImportError", err)
	}
	var gotProbs []prob
	for _, p := range ie.Problems {
		gotProbs = append(gotProbs, prob{p.Row, p.Column, p.Err, p.Severity})
	}
	if diff := cmp.Diff(wantProbs, gotProbs, cmp.Comparer(func(a, b error) bool { return errors.Is(a, b) || errors.Is(b, a) })); diff != "" {
		t.Errorf("ImportRequests problems (-want +got):\n%s\n%v", diff, err)
	}
	if !errors.Is(err, ErrDuplicate) || !errors.Is(err, rocdate.ErrSyntax) {
		t.Error("errors.Is does not see the problems' causes")
	}
	// A bad date inside a request is both rocdate's and this package's
	// range error, with rocdate's detail.
	date := ie.Problems[2]
	if !errors.Is(date, rocdate.ErrRange) || !errors.Is(date, ErrRange) || date.Code() != "requests.range" {
		t.Errorf("bad date: %v (code %q) is not both rocdate.ErrRange and ErrRange", date, date.Code())
	}
	if pe, ok := date.Err.(*ParseError); !ok || pe.DetailCode() != "rocdate.range.month" || pe.Err != rocdate.ErrRange {
		t.Errorf("bad date: cause %#v, want a *ParseError with rocdate's detail and sentinel", date.Err)
	}
	if got := ie.Problems[1].Error(); got != `requests: row 8, column 序號: parsing "A": 編號 given twice; the first is row 2` {
		t.Errorf("duplicate ID message: %s", got)
	}
	if got := err.Error(); got != `requests: 9 problems in the rows; first: row 7, column 回應日期: parsing "111年1月1日": reply before the receipt date 111年1月3日` {
		t.Errorf("error text: %s", got)
	}
}

func TestImportRequestsHeader(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string // problem columns
	}{
		{"empty", "", []string{"編號", "收件日期", "類別"}},
		{"blank", "|\n |", []string{"編號", "收件日期", "類別"}},
		{"title row above", "民間需求回應說明\n編號|收件日期", []string{"類別"}},
		{"missing required", "內容|回應", []string{"編號", "收件日期", "類別"}},
		{"duplicate", "編號|序號|收件日期|類別", []string{"序號"}},
		{"byte-order mark before 編號", "\ufeff編號|收件日期", []string{"類別"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ImportRequests(splitRows(tt.in))
			checkChinese(t, err)
			var ie *ImportError
			if got != nil || !errors.As(err, &ie) {
				t.Fatalf("ImportRequests(%q) = %v, %v, want a header error", tt.in, got, err)
			}
			var cols []string
			for _, p := range ie.Problems {
				cols = append(cols, p.Column)
				want := ErrNoHeader
				if tt.name == "duplicate" {
					want = ErrDuplicate
				}
				if !errors.Is(p, want) || p.Severity != finding.Error || errors.Is(p, ErrMissing) {
					t.Errorf("%v: code %s, severity %v, want %v, an error", p, p.Code(), p.Severity, want)
				}
			}
			if diff := cmp.Diff(tt.want, cols); diff != "" {
				t.Errorf("ImportRequests(%q) problem columns (-want +got):\n%s", tt.in, diff)
			}
		})
	}
	// A column absent from the header reads apart from an empty cell.
	_, err := ImportRequests(splitRows("編號|類別\nA|其他"))
	var ie *ImportError
	if !errors.As(err, &ie) || len(ie.Problems) != 1 || ie.Problems[0].Code() != "requests.no-header" ||
		ie.Problems[0].Message(finding.Chinese) != "第1列「收件日期」欄：表頭未列此欄" {
		t.Errorf("no 收件日期 column: %v", err)
	}
	if err := (&ImportError{Problems: []*RowError{{Row: 3, Err: ErrMissing}}}).Error(); err != "requests: 1 problem in the rows: row 3: missing value" {
		t.Errorf("one problem reads %q", err)
	}
}

func TestRequestRecordsRoundTrip(t *testing.T) {
	reqs := deckRequests(t)
	reqs[0].Dataset = 87010
	reqs[1].Concern = OwnRegulation
	reqs[2].Summary = "請更新連結"
	for i := range reqs {
		reqs[i].Row = i + 2 // below the header
	}
	back, err := ImportRequests(RequestRecords(reqs))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(reqs, back, dateCmp); diff != "" {
		t.Errorf("RequestRecords round trip (-want +got):\n%s", diff)
	}
}

func TestParseDatasetCell(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    datasets.ID
		wantErr error
	}{
		{"id", "87010", 87010, nil},
		{"full-width", "８７０１０", 87010, nil},
		{"title", "矯正署臺中戒治所法定預算(87010)", 87010, nil},
		{"title full-width brackets", "矯正署臺中戒治所預算案（86997）", 86997, nil},
		{"title without id", "矯正署臺中戒治所法定預算", 0, ErrSyntax},
		{"zero", "0", 0, ErrRange},
		{"too large", "1234567890", 0, ErrRange},
		{"empty brackets", "x()", 0, ErrSyntax},
		{"empty", "", 0, ErrSyntax},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseDatasetCell(tt.in)
			if !errors.Is(err, tt.wantErr) || got != tt.want {
				t.Errorf("parseDatasetCell(%q) = %v, %v, want %v, %v", tt.in, got, err, tt.want, tt.wantErr)
			}
			var pe *ParseError
			if err != nil && (!errors.As(err, &pe) || pe.Input != tt.in) {
				t.Errorf("parseDatasetCell(%q) error %#v is not a *ParseError with the input", tt.in, err)
			}
		})
	}
}

// dataRows returns the rows below the header that are not blank, and the
// header's row; 0 rows when the header is incomplete.
func dataRows(spec *sheet.Spec, rows [][]string) (n, header int) {
	h, _ := spec.Locate(rows)
	if !h.Complete() {
		return 0, max(h.Row, 1) // header problems are at row 1 when no row names a column
	}
	for range h.Rows(rows) {
		n++
	}
	return n, h.Row
}

// problemRows returns the distinct rows of err's problems of severity
// finding.Error (a required cell bad, the row left out) but the header's;
// a row with warnings only is a good row. Every problem has a severity.
func problemRows(t *testing.T, err error, header, nrows int) int {
	t.Helper()
	if err == nil {
		return 0
	}
	var ie *ImportError
	if !errors.As(err, &ie) || len(ie.Problems) == 0 {
		t.Fatalf("error %v is not an *ImportError with problems", err)
	}
	rows := make(map[int]bool)
	for _, p := range ie.Problems {
		if p.Row < 1 || p.Row > max(nrows, 1) || p.Err == nil || p.Code() == "" {
			t.Fatalf("problem %#v: row out of range, or no cause or code", p)
		}
		if p.Severity != finding.Error && p.Severity != finding.Warning {
			t.Fatalf("problem %v: severity %v", p, p.Severity)
		}
		if p.Row != header && p.Severity == finding.Error {
			rows[p.Row] = true
		}
	}
	return len(rows)
}

func FuzzImportRequests(f *testing.F) {
	f.Add(importRequestsInput)
	f.Add("議題性質|回應日期|回應|內容|資料集|類別|收件日期|編號\n|111年1月10日|已更新|連結失效|(87010)|下載連結問題|111年1月3日|A\n資訊系統||||87010|連結失效|111.03.20|B")
	f.Add("編號|收件日期|類別\nA|111年13月1日|抱怨\nA|111年1月1日|其他\nA|111年1月1日|其他")
	f.Add("編號|收件日期|類別|回應日期\nA|111年2月1日|其他|111年1月1日")
	f.Add("編號|序號|收件日期|類別\nA|111年2月1日|其他")
	f.Add("民間需求\n\ufeff編號|收件日期|類別\n\nA|111年2月1日|未分類")
	f.Add("內容|回應")
	f.Fuzz(func(t *testing.T, s string) {
		recs := splitRows(s)
		got, err := ImportRequests(recs)
		checkChinese(t, err, s)
		n, header := dataRows(&requestSpec, recs)
		if bad := problemRows(t, err, header, len(recs)); len(got)+bad != n {
			t.Fatalf("ImportRequests(%q): %d good rows + %d rows with problems != %d data rows\n%v", s, len(got), bad, n, err)
		}
		for _, r := range got {
			if err := r.Validate(); err != nil {
				t.Fatalf("ImportRequests(%q) kept an invalid request: %v", s, err)
			}
			if r.Row <= header || r.Row > len(recs) {
				t.Fatalf("ImportRequests(%q): request %q at row %d", s, r.ID, r.Row)
			}
		}
		back, err := ImportRequests(RequestRecords(got))
		if err != nil {
			t.Fatalf("ImportRequests(%q): its good rows do not read back: %v", s, err)
		}
		if diff := cmp.Diff(got, back, dateCmp, cmpopts.IgnoreFields(Request{}, "Row")); len(got) > 0 && diff != "" {
			t.Fatalf("ImportRequests(%q) round trip (-first +second):\n%s", s, diff)
		}
	})
}

func FuzzParseDatasetCell(f *testing.F) {
	for _, s := range []string{"87010", "８７０１０", "矯正署臺中戒治所法定預算(87010)", "x（86997）", "0", "1234567890", "x()", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := parseDatasetCell(s)
		if err != nil {
			if !errors.Is(err, ErrSyntax) && !errors.Is(err, ErrRange) {
				t.Fatalf("parseDatasetCell(%q) error %v wraps no sentinel", s, err)
			}
			return
		}
		if back, err := parseDatasetCell(n.String()); err != nil || back != n || n <= 0 {
			t.Fatalf("parseDatasetCell(%q) = %d; it reads back as %d, %v", s, n, back, err)
		}
	})
}

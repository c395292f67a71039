package sheet

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var (
	errMissing   = errors.New("missing")
	errNoHeader  = errors.New("no header")
	errDuplicate = errors.New("duplicate")
)

const (
	colSerial = iota
	colName
	colClass
	colGrounds
)

var spec = Spec{
	Columns: []Column{
		colSerial:  {Name: "序號", Aliases: []string{"項次"}, Required: true},
		colName:    {Name: "系統、資料庫名稱", Aliases: []string{"系統名稱"}, Required: true},
		colClass:   {Name: "資料分類", Prefix: true},
		colGrounds: {Name: "法令依據", Aliases: []string{"法源依據"}},
	},
	NoHeader:  errNoHeader,
	Missing:   errMissing,
	Duplicate: errDuplicate,
}

type rowOut struct {
	Num                 int
	Serial, Name, Class string
	Grounds             string
}

func read(h Header, rows [][]string) []rowOut {
	var out []rowOut
	for r := range h.Rows(rows) {
		out = append(out, rowOut{r.Num, r.Cell(colSerial), r.Cell(colName), r.Cell(colClass), r.Cell(colGrounds)})
	}
	return out
}

func TestLocate(t *testing.T) {
	tests := []struct {
		name     string
		rows     [][]string
		row      int
		complete bool
		problems []Problem
		out      []rowOut
	}{
		{
			name:     "plain",
			rows:     [][]string{{"序號", "系統、資料庫名稱"}, {"1", "甲系統"}},
			row:      1,
			complete: true,
			out:      []rowOut{{Num: 2, Serial: "1", Name: "甲系統"}},
		},
		{
			name: "title rows, BOM, folded headers, any order, blank and short rows",
			rows: [][]string{
				{"\ufeff本部資料盤點表"},
				{"", ""},
				{"資料分類 甲類:開放資料 乙類:有限度利用資料", "系統/資料庫\n名稱", " 項次 "},
				{"丙類", " 乙系統 ", "86"},
				{"　", ""},
				{"甲類"},
			},
			row:      3,
			complete: true,
			out: []rowOut{
				{Num: 4, Serial: "86", Name: "乙系統", Class: "丙類"},
				{Num: 6, Class: "甲類"},
			},
		},
		{
			name:     "BOM on the header cell",
			rows:     [][]string{{"\ufeff序號", "系統名稱"}, {"1", "x"}},
			row:      1,
			complete: true,
			out:      []rowOut{{Num: 2, Serial: "1", Name: "x"}},
		},
		{
			name:     "full-width header",
			rows:     [][]string{{"序號", "系統，資料庫名稱", "法令依據"}, {"１", "x", "《檔案法》第18條"}},
			row:      1,
			complete: true,
			out:      []rowOut{{Num: 2, Serial: "１", Name: "x", Grounds: "《檔案法》第18條"}},
		},
		{
			name:     "a column given twice is reported and the first is read",
			rows:     [][]string{{"序號", "系統名稱", "法令依據", "法源依據"}, {"1", "x", "a", "b"}},
			row:      1,
			complete: true,
			problems: []Problem{{Row: 1, Column: "法源依據", Input: "法源依據", Err: errDuplicate}},
			out:      []rowOut{{Num: 2, Serial: "1", Name: "x", Grounds: "a"}},
		},
		{
			name:     "a required column absent is reported at the best row",
			rows:     [][]string{{"title"}, {"序號", "說明"}, {"1", "x"}},
			row:      2,
			problems: []Problem{{Row: 2, Column: "系統、資料庫名稱", Err: errNoHeader}},
		},
		{
			name: "no header at all is reported at row 1",
			rows: [][]string{{"a", "b"}, {"1", "2"}},
			problems: []Problem{
				{Row: 1, Column: "序號", Err: errNoHeader},
				{Row: 1, Column: "系統、資料庫名稱", Err: errNoHeader},
			},
		},
		{
			name: "no rows",
			problems: []Problem{
				{Row: 1, Column: "序號", Err: errNoHeader},
				{Row: 1, Column: "系統、資料庫名稱", Err: errNoHeader},
			},
		},
		{
			name:     "a prefix does not match a column without Prefix",
			rows:     [][]string{{"序號", "系統名稱", "法令依據說明"}, {"1", "x", "y"}},
			row:      1,
			complete: true,
			out:      []rowOut{{Num: 2, Serial: "1", Name: "x"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h, problems := spec.Locate(tt.rows)
			if h.Row != tt.row || h.Complete() != tt.complete {
				t.Errorf("Locate: header at row %d (complete %v), want %d (%v)", h.Row, h.Complete(), tt.row, tt.complete)
			}
			if diff := cmp.Diff(tt.problems, problems, cmp.Comparer(func(a, b error) bool { return a == b })); diff != "" {
				t.Errorf("Locate problems (-want +got):\n%s", diff)
			}
			if !tt.complete {
				return
			}
			if diff := cmp.Diff(tt.out, read(h, tt.rows)); diff != "" {
				t.Errorf("rows (-want +got):\n%s", diff)
			}
		})
	}
}

func TestHeaderNames(t *testing.T) {
	rows := [][]string{{" 項次 ", "系統名稱", "資料分類\n甲類:開放資料\r\n乙類"}}
	h, _ := spec.Locate(rows)
	want := []string{"項次", "系統名稱", "資料分類", "法令依據"}
	for c, w := range want {
		if got := h.Name(c); got != w {
			t.Errorf("Name(%d) = %q, want %q", c, got, w)
		}
	}
	if !h.Has(colClass) || h.Has(colGrounds) || h.Has(99) {
		t.Errorf("Has: class %v grounds %v 99 %v", h.Has(colClass), h.Has(colGrounds), h.Has(99))
	}
	h, _ = spec.Locate([][]string{{"x"}})
	if got := h.Name(colSerial); got != "序號" {
		t.Errorf("Name of an absent column = %q, want its Name", got)
	}
}

func TestRowsStop(t *testing.T) {
	rows := [][]string{{"序號", "系統名稱"}, {"1", "a"}, {"2", "b"}, {"3", "c"}}
	h, _ := spec.Locate(rows)
	n := 0
	for r := range h.Rows(rows) {
		n++
		if r.Raw(colSerial) != "1" || r.Raw(colGrounds) != "" || len(r.Cells()) != 2 || r.Cells()[1] != "a" {
			t.Errorf("Raw = %q, %q", r.Raw(colSerial), r.Raw(colGrounds))
		}
		break
	}
	if n != 1 {
		t.Errorf("the loop ran %d times after break", n)
	}
	short := [][]string{{"序號", "系統名稱"}, {"1"}}
	h, _ = spec.Locate(short)
	for r := range h.Rows(short) {
		if r.Cell(colName) != "" || r.Raw(colName) != "" {
			t.Errorf("a short row's missing cell = %q", r.Cell(colName))
		}
	}
}

func TestFoldTrimBlank(t *testing.T) {
	if got := Fold("\ufeff系統、資料庫\n名稱（ＡＢ）"); got != "系統資料庫名稱AB" {
		t.Errorf("Fold = %q", got)
	}
	if got := Trim("\ufeff 　x　\n"); got != "x" {
		t.Errorf("Trim = %q", got)
	}
	if !Blank([]string{"", " 　", "\n"}) || Blank([]string{"", "x"}) || !Blank(nil) {
		t.Error("Blank is wrong")
	}
}

func BenchmarkRows(b *testing.B) {
	rows := [][]string{{"序號", "系統名稱", "資料分類", "法令依據"}}
	for i := 0; i < 1000; i++ {
		rows = append(rows, []string{"1", "系統", "甲類", ""})
	}
	b.ReportAllocs()
	for b.Loop() {
		h, _ := spec.Locate(rows)
		n := 0
		for r := range h.Rows(rows) {
			n += len(r.Cell(colName))
		}
		if n == 0 {
			b.Fatal("no rows")
		}
	}
}

func TestRequiredGivenTwice(t *testing.T) {
	// 序號 named twice must not stand in for the missing 系統名稱.
	h, problems := spec.Locate([][]string{{"序號", "項次"}, {"1", "2"}})
	if h.Complete() {
		t.Error("a header with 序號 twice and no 系統名稱 is complete")
	}
	want := []Problem{
		{Row: 1, Column: "項次", Input: "項次", Err: errDuplicate},
		{Row: 1, Column: "系統、資料庫名稱", Err: errNoHeader},
	}
	if diff := cmp.Diff(want, problems, cmp.Comparer(func(a, b error) bool { return a == b })); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
}

func TestNoRequiredColumns(t *testing.T) {
	optional := Spec{Columns: []Column{{Name: "備註"}, {Name: "說明"}}, Missing: errMissing, Duplicate: errDuplicate}
	rows := [][]string{{"title"}, {"x", "說明"}, {"a", "b"}}
	h, problems := optional.Locate(rows)
	if h.Row != 2 || !h.Complete() || len(problems) != 0 {
		t.Errorf("Locate = row %d, complete %v, %v; want row 2, complete, none", h.Row, h.Complete(), problems)
	}
	if h.Has(0) || !h.Has(1) {
		t.Errorf("Has(備註) = %v, Has(說明) = %v", h.Has(0), h.Has(1))
	}
	if h, _ := optional.Locate([][]string{{"說明"}}); h.Row != 1 {
		t.Errorf("a lone optional column in the first cell: header at row %d, want 1", h.Row)
	}
	h, _ = optional.Locate([][]string{{"x"}, {"y"}})
	if h.Row != 0 {
		t.Errorf("with no column named, the header is at row %d, want none", h.Row)
	}
}

func TestHasBounds(t *testing.T) {
	h, _ := spec.Locate([][]string{{"序號", "系統名稱"}})
	if !h.Has(colSerial) || !h.Has(colName) || h.Has(len(spec.Columns)) || h.Has(colGrounds) {
		t.Errorf("Has: serial %v, name %v, past the end %v, grounds %v", h.Has(colSerial), h.Has(colName), h.Has(len(spec.Columns)), h.Has(colGrounds))
	}
}

func TestNoHeaderFallsBackToMissing(t *testing.T) {
	// A Spec without NoHeader reports an absent column as Missing.
	old := Spec{Columns: spec.Columns, Missing: errMissing, Duplicate: errDuplicate}
	_, problems := old.Locate([][]string{{"序號"}, {"1"}})
	want := []Problem{{Row: 1, Column: "系統、資料庫名稱", Err: errMissing}}
	if diff := cmp.Diff(want, problems, cmp.Comparer(func(a, b error) bool { return a == b })); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
}

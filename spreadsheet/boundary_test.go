package spreadsheet_test

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/ogdtw/governance/spreadsheet"
)

// The tests of this file read at the limits and bounds: exactly the
// limit read, one past it refused; the first and last of a range.

// where is the error's sentinel and position, for comparison.
type where struct {
	Err               error
	Line, Row, Column int
}

func whereOf(t *testing.T, err error) where {
	t.Helper()
	var pe *spreadsheet.ParseError
	if !errors.As(err, &pe) {
		t.Fatalf("err = %v (%T), want a *ParseError", err, err)
	}
	for _, s := range []error{spreadsheet.ErrSyntax, spreadsheet.ErrRange, spreadsheet.ErrTooLarge, spreadsheet.ErrEncoding} {
		if errors.Is(err, s) {
			return where{s, pe.Line, pe.Row, pe.Column}
		}
	}
	t.Fatalf("err = %v: no sentinel of the package", err)
	return where{}
}

// boundCase is a read and what it must give: rows, or an error there.
type boundCase struct {
	name string
	read func() ([][]string, error)
	want [][]string
	err  where
}

func checkBounds(t *testing.T, cases []boundCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rows, err := c.read()
			if c.err.Err != nil {
				if err == nil {
					t.Fatalf("rows = %q, want %v", rows, c.err.Err)
				}
				if got := whereOf(t, err); got != c.err {
					t.Fatalf("err = %v: %+v, want %+v", err, got, c.err)
				}
				if rows != nil {
					t.Errorf("rows = %q with an error, want none", rows)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(c.want, rows); diff != "" {
				t.Errorf("rows (-want +got):\n%s", diff)
			}
		})
	}
}

func csvRead(in string, opt *spreadsheet.Options) func() ([][]string, error) {
	return func() ([][]string, error) {
		rows, _, err := spreadsheet.ReadCSV(strings.NewReader(in), opt)
		return rows, err
	}
}

func odsRead(t *testing.T, table string, opt *spreadsheet.Options) func() ([][]string, error) {
	return func() ([][]string, error) {
		rows, _, err := readODS(odsOf(t, `<table:table table:name="s">`+table+`</table:table>`), opt)
		return rows, err
	}
}

func xlsxRead(t *testing.T, shared, styles, sheet string, opt *spreadsheet.Options) func() ([][]string, error) {
	return func() ([][]string, error) {
		rows, _, err := readXLSX(xlsxOf(t, "", shared, styles, sheet, ""), opt)
		return rows, err
	}
}

func maxC(n int) *spreadsheet.Options { return &spreadsheet.Options{MaxCells: n} }

var (
	tooLarge = where{Err: spreadsheet.ErrTooLarge}
	rangeErr = where{Err: spreadsheet.ErrRange}
)

func TestCSVBounds(t *testing.T) {
	long := strings.Repeat(",", 9000)
	wantLong := [][]string{make([]string, 9001)}
	checkBounds(t, []boundCase{
		// The first byte past ASCII is no delimiter; the last ASCII one is.
		{"delimiter U+0080", csvRead("a,b", &spreadsheet.Options{Comma: 0x80}), nil, where{spreadsheet.ErrRange, 0, 0, 0}},
		{"delimiter DEL", csvRead("a\x7fb", &spreadsheet.Options{Comma: 0x7f}), [][]string{{"a", "b"}}, where{}},
		// Bytes neither UTF-8 nor Big5 at the very first byte: line 1.
		{"Big5 bad first byte", csvRead("\x80a,b\n", nil), nil, where{spreadsheet.ErrEncoding, 1, 0, 0}},
		{"BOM then a bad first byte", csvRead("\xEF\xBB\xBF\xFFa\n", nil), nil, where{spreadsheet.ErrEncoding, 1, 0, 0}},
		// A \r alone on the last line is text; \r\n first is a blank row.
		{"lone \\r at the end", csvRead("a\n\r", nil), [][]string{{"a"}, {"\r"}}, where{}},
		{"\\r\\n first", csvRead("\r\na", nil), [][]string{{}, {"a"}}, where{}},
		{"\\r at the end of the file", csvRead("a,b\r", nil), [][]string{{"a", "b\r"}}, where{}},
		{"quoted cell ends the file", csvRead(`"a"`, nil), [][]string{{"a"}}, where{}},
		// A quote never closed, after a blank line: line and row 2.
		{"open quote after a blank line", csvRead("\n\"abc", nil), nil, where{spreadsheet.ErrSyntax, 2, 2, 1}},
		// After a quoted cell of two lines, the next line is line 3.
		{"open quote after a two-line cell", csvRead("\"a\nb\"\nx,\"c", nil), nil, where{spreadsheet.ErrSyntax, 3, 2, 2}},
		// Blank rows count one cell each, the trailing ones too.
		{"blank row at the limit", csvRead("a\n\n", maxC(2)), [][]string{{"a"}}, where{}},
		{"blank row past the limit", csvRead("a\n\n", maxC(1)), nil, tooLarge},
		{"cells at the limit", csvRead("a,b\nc", maxC(3)), [][]string{{"a", "b"}, {"c"}}, where{}},
		{"cells past the limit", csvRead("a,b\nc,d", maxC(3)), nil, tooLarge},
		// A row longer than two arenas.
		{"row of 9001 cells", csvRead(long, nil), wantLong, where{}},
	})
}

// A reader that tells its length is read to one byte past MaxBytes, not
// to its end.
func TestCSVReadsNoFurther(t *testing.T) {
	r := bytes.NewReader([]byte("0123456789"))
	_, _, err := spreadsheet.ReadCSV(r, &spreadsheet.Options{MaxBytes: 4})
	if !errors.Is(err, spreadsheet.ErrTooLarge) {
		t.Fatalf("err = %v, want ErrTooLarge", err)
	}
	if r.Len() != 5 {
		t.Errorf("%d bytes left unread, want 5", r.Len())
	}
	r = bytes.NewReader([]byte("0123"))
	rows, _, err := spreadsheet.ReadCSV(r, &spreadsheet.Options{MaxBytes: 4})
	if err != nil || len(rows) != 1 || rows[0][0] != "0123" {
		t.Errorf("rows, err = %q, %v; want the 4 bytes read", rows, err)
	}
}

func odsCell(s, attrs string) string {
	return `<table:table-cell office:value-type="string"` + attrs + `><text:p>` + s + `</text:p></table:table-cell>`
}

func odsRow(cells string, attrs string) string {
	return `<table:table-row` + attrs + `>` + cells + `</table:table-row>`
}

func TestGridBounds(t *testing.T) {
	empty := func(n int) string {
		return `<table:table-cell table:number-columns-repeated="` + strconv.Itoa(n) + `"/>`
	}
	x, a, b := odsCell("x", ""), odsCell("a", ""), odsCell("b", "")
	rep := func(s string, n int) string {
		return odsCell(s, ` table:number-columns-repeated="`+strconv.Itoa(n)+`"`)
	}
	rowsRep := func(n int) string { return ` table:number-rows-repeated="` + strconv.Itoa(n) + `"` }
	blank := odsRow(empty(3), "")
	checkBounds(t, []boundCase{
		// Empty cells before text count: 9 and a text is 10 cells.
		{"9 empty and a text", odsRead(t, odsRow(empty(9)+x, ""), maxC(10)), [][]string{{"", "", "", "", "", "", "", "", "", "x"}}, where{}},
		{"10 empty and a text", odsRead(t, odsRow(empty(10)+x, ""), maxC(10)), nil, tooLarge},
		{"text repeated MaxCells times", odsRead(t, odsRow(rep("x", 5), ""), maxC(5)), [][]string{{"x", "x", "x", "x", "x"}}, where{}},
		{"text repeated MaxCells+1 times", odsRead(t, odsRow(rep("x", 6), ""), maxC(5)), nil, tooLarge},
		// Cells stored, of the row, empty and repeated: 2+1+1+2 = 6.
		{"a cell at the limit", odsRead(t, odsRow(a+b, "")+odsRow(a+empty(1)+rep("x", 2), ""), maxC(6)),
			[][]string{{"a", "b"}, {"a", "", "x", "x"}}, where{}},
		{"a cell past the limit", odsRead(t, odsRow(a+b, "")+odsRow(a+empty(1)+rep("x", 3), ""), maxC(6)), nil, tooLarge},
		// Blank rows before text count one each.
		{"9 blank rows and a row", odsRead(t, odsRow(empty(2), rowsRep(9))+odsRow(x, ""), maxC(10)),
			[][]string{{}, {}, {}, {}, {}, {}, {}, {}, {}, {"x"}}, where{}},
		{"10 blank rows and a row", odsRead(t, odsRow(empty(2), rowsRep(10))+odsRow(x, ""), maxC(10)), nil, tooLarge},
		// A row repeated: 1 + 2 blank + 3 = 6; a row of 2 repeated 3 times.
		{"rows at the limit", odsRead(t, odsRow(a, "")+blank+blank+odsRow(x, rowsRep(3)), maxC(6)),
			[][]string{{"a"}, {}, {}, {"x"}, {"x"}, {"x"}}, where{}},
		{"rows past the limit", odsRead(t, odsRow(a, "")+blank+blank+odsRow(x, rowsRep(4)), maxC(6)), nil, tooLarge},
		{"a row of 2 thrice", odsRead(t, odsRow(a+b, rowsRep(3)), maxC(6)), [][]string{{"a", "b"}, {"a", "b"}, {"a", "b"}}, where{}},
		{"a row of 2 four times", odsRead(t, odsRow(a+b, rowsRep(4)), maxC(7)), nil, tooLarge},
		// Blank rows stored count: 2 + 1 + 1.
		{"blank rows stored, at the limit", odsRead(t, odsRow(empty(1), rowsRep(2))+odsRow(a, "")+odsRow(b, ""), maxC(4)),
			[][]string{{}, {}, {"a"}, {"b"}}, where{}},
		{"blank rows stored, past the limit", odsRead(t, odsRow(empty(1), rowsRep(2))+odsRow(a, "")+odsRow(b, ""), maxC(3)), nil, tooLarge},
		// Exactly MaxCells cells of text: no span, no merge to count.
		{"MaxCells texts", odsRead(t, odsRow(a+b, ""), maxC(2)), [][]string{{"a", "b"}}, where{}},
		// A span of the most rows or columns a sheet has.
		{"span of 1048576 rows", odsRead(t, odsRow(odsCell("x", ` table:number-rows-spanned="1048576"`), ""), nil), [][]string{{"x"}}, where{}},
		{"span of 1048577 rows", odsRead(t, odsRow(odsCell("x", ` table:number-rows-spanned="1048577"`), ""), nil), nil, tooLarge},
		{"span of 1048577 columns", odsRead(t, odsRow(odsCell("x", ` table:number-columns-spanned="1048577"`), ""), nil), nil, tooLarge},
	})
}

func TestGridSpanOfAllColumns(t *testing.T) {
	rows, err := odsRead(t, odsRow(odsCell("x", ` table:number-columns-spanned="1048576"`), ""), nil)()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1 || len(rows[0]) != 1<<20 || rows[0][0] != "x" || rows[0][1<<20-1] != "x" {
		t.Errorf("got %d rows, the first of %d cells; want 1 of 1048576 x", len(rows), len(rows[0]))
	}
}

func TestMergeBounds(t *testing.T) {
	sheet := func(rows, merges string) string {
		return `<sheetData>` + rows + `</sheetData><mergeCells>` + merges + `</mergeCells>`
	}
	mc := func(ref string) string { return `<mergeCell ref="` + ref + `"/>` }
	a := `<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c></row>`
	x2 := `<row r="2"><c r="A2" t="inlineStr"><is><t>x</t></is></c></row>`
	bx2 := `<row r="2"><c r="B2" t="inlineStr"><is><t>x</t></is></c></row>`
	y2 := `<row r="2"><c r="A2" t="inlineStr"><is><t>y</t></is></c></row>`
	checkBounds(t, []boundCase{
		// A range from the row after the last, or past the last row.
		{"merge below the rows", xlsxRead(t, "", "", sheet(a, mc("A2:B3")), nil), [][]string{{"a"}}, where{}},
		{"merge past the last row", xlsxRead(t, "", "", sheet(a+x2, mc("A1:B5")), nil), [][]string{{"a", "a"}, {"a", "a"}}, where{}},
		// 2 cells stored, a range of 2 from row 2: 4 at most.
		{"merge at the limit", xlsxRead(t, "", "", sheet(a+x2, mc("A2:B3")), maxC(4)), [][]string{{"a"}, {"x", "x"}}, where{}},
		{"merge past the limit", xlsxRead(t, "", "", sheet(a+x2, mc("A2:B3")), maxC(3)), nil, tooLarge},
		// From column B: 3 stored, a range of 2.
		{"merge from B at the limit", xlsxRead(t, "", "", sheet(a+bx2, mc("B2:C3")), maxC(5)), [][]string{{"a"}, {"", "x", "x"}}, where{}},
		{"merge from B past the limit", xlsxRead(t, "", "", sheet(a+bx2, mc("B2:C3")), maxC(4)), nil, tooLarge},
		// Two ranges of the same cells: work 4 of 4.
		{"work at the limit", xlsxRead(t, "", "", sheet(a, mc("A1:B1")+mc("A1:B1")), maxC(4)), [][]string{{"a", "a"}}, where{}},
		// The cells a range adds count against the next.
		{"cells added count", xlsxRead(t, "", "", sheet(a+y2, mc("A1:C1")+mc("A2:B2")), maxC(6)), [][]string{{"a", "a", "a"}, {"y", "y"}}, where{}},
		{"cells added count, past", xlsxRead(t, "", "", sheet(a+y2, mc("A1:C1")+mc("A2:B2")), maxC(5)), nil, tooLarge},
	})
}

func TestODSTextBounds(t *testing.T) {
	c := func(inner string) string {
		return odsRow(`<table:table-cell office:value-type="string">`+inner+`</table:table-cell>`, "")
	}
	checkBounds(t, []boundCase{
		{"heading then paragraph", odsRead(t, c(`<text:h>標題</text:h><text:p>內文</text:p>`), nil), [][]string{{"標題\n內文"}}, where{}},
		{"text:s outside a paragraph", odsRead(t, c(`<text:s text:c="3"/><text:p>x</text:p>`), nil), [][]string{{"x"}}, where{}},
		{"text:c of 0", odsRead(t, c(`<text:p>a<text:s text:c="0"/>b</text:p>`), nil), [][]string{{"ab"}}, where{}},
		{"text between paragraphs", odsRead(t, c("\n  <text:p>x</text:p>\n  <text:p>y</text:p>\n"), nil), [][]string{{"x\ny"}}, where{}},
		// Every space of the budget, MaxBytes, may be written; not one more.
		{"spaces at MaxBytes", odsRead(t, c(`<text:p>a<text:s text:c="4000"/></text:p>`), &spreadsheet.Options{MaxBytes: 4000}),
			[][]string{{"a" + strings.Repeat(" ", 4000)}}, where{}},
		{"spaces past MaxBytes", odsRead(t, c(`<text:p>a<text:s text:c="4001"/></text:p>`), &spreadsheet.Options{MaxBytes: 4000}), nil, tooLarge},
	})
}

func TestXLSXBounds(t *testing.T) {
	inl := func(ref, s string) string {
		return `<c r="` + ref + `" t="inlineStr"><is><t>` + s + `</t></is></c>`
	}
	row := func(cells string) string { return `<sheetData><row r="1">` + cells + `</row></sheetData>` }
	si := func(s ...string) string { return "<si><t>" + strings.Join(s, "</t></si><si><t>") + "</t></si>" }
	checkBounds(t, []boundCase{
		// Column letters: A..Z, lower case too, XFD the last; a ref of
		// letters alone is a column.
		{"columns Z and z", xlsxRead(t, "", "", row(inl("Y1", "y")+inl("Z1", "z")), nil), [][]string{append(make([]string, 24), "y", "z")}, where{}},
		{"column a1 lower case", xlsxRead(t, "", "", row(inl("a1", "a")+inl("b1", "b")), nil), [][]string{{"a", "b"}}, where{}},
		{"column z1 lower case", xlsxRead(t, "", "", row(inl("z1", "z")), nil), [][]string{append(make([]string, 25), "z")}, where{}},
		{"a reference of letters", xlsxRead(t, "", "", row(inl("B", "b")), nil), [][]string{{"", "b"}}, where{}},
		{"column XFE", xlsxRead(t, "", "", row(inl("XFE1", "x")), nil), nil, rangeErr},
		// The same row twice: refused at the row after the last read.
		{"row r twice", xlsxRead(t, "", "", `<sheetData><row r="1">`+inl("A1", "a")+`</row><row r="2">`+inl("A2", "b")+`</row><row r="2">`+inl("A2", "c")+`</row></sheetData>`, nil),
			nil, where{spreadsheet.ErrRange, 0, 3, 0}},
		// Shared strings: index len is out; MaxCells of them read, not one more.
		{"shared index 2 of 2", xlsxRead(t, si("a", "b"), "", `<sheetData><row r="1"><c r="B1" t="s"><v>2</v></c></row></sheetData>`, nil), nil, where{spreadsheet.ErrRange, 0, 1, 2}},
		{"shared index 1 of 2", xlsxRead(t, si("a", "b"), "", `<sheetData><row r="1"><c r="B1" t="s"><v>1</v></c></row></sheetData>`, nil), [][]string{{"", "b"}}, where{}},
		{"MaxCells shared strings", xlsxRead(t, si("a", "b"), "", `<sheetData><row r="1"><c t="s"><v>1</v></c></row></sheetData>`, maxC(2)), [][]string{{"b"}}, where{}},
		{"MaxCells+1 shared strings", xlsxRead(t, si("a", "b", "c"), "", `<sheetData><row r="1"><c t="s"><v>1</v></c></row></sheetData>`, maxC(2)), nil, tooLarge},
		// Phonetic runs before the text, text between runs.
		{"rPh first", xlsxRead(t, `<si><rPh><t>ふ</t></rPh><t>漢字</t></si>`, "", `<sheetData><row r="1"><c t="s"><v>0</v></c></row></sheetData>`, nil), [][]string{{"漢字"}}, where{}},
		{"text between runs", xlsxRead(t, `<si><r><t>a</t> </r><r><t>b</t></r></si>`, "", `<sheetData><row r="1"><c t="s"><v>0</v></c></row></sheetData>`, nil), [][]string{{"ab"}}, where{}},
		// _xHHHH_ at the start, at the very end, cut short.
		{"_x escapes at the bounds", xlsxRead(t, si("_x0041_bc", "a_x0042_", "ab_x00", "_x004"), "", row(`<c t="s"><v>0</v></c><c t="s"><v>1</v></c><c t="s"><v>2</v></c><c t="s"><v>3</v></c>`), nil),
			[][]string{{"Abc", "aB", "ab_x00", "_x004"}}, where{}},
	})
}

func TestXLSXNumberBounds(t *testing.T) {
	// Style 0 a date; 1 a custom format that starts with an empty quote;
	// 2 a quoted text then a date; 3 [h]:mm; 4 General; 5 a date and time.
	styles := `<numFmts><numFmt numFmtId="164" formatCode="&quot;&quot;yyyy/m/d"/><numFmt numFmtId="165" formatCode="&quot;年&quot;yyyy"/><numFmt numFmtId="166" formatCode="[h]:mm"/></numFmts><cellXfs><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="0"/><xf numFmtId="22"/></cellXfs>`
	v := func(s int, n string) string { return `<c s="` + strconv.Itoa(s) + `"><v>` + n + `</v></c>` }
	checkBounds(t, []boundCase{
		{"styles", xlsxRead(t, "", styles, `<sheetData><row r="1">`+v(0, "44700")+v(1, "44700")+v(2, "44700")+v(3, "0.4375")+`</row></sheetData>`, nil),
			[][]string{{"2022-05-19", "2022-05-19", "2022-05-19", "10:30:00"}}, where{}},
		// General: an exponent from 1e21 and below 1e-9.
		{"General at its bounds", xlsxRead(t, "", styles, `<sheetData><row r="1">`+v(4, "1E21")+v(4, "9.99999999999999E20")+v(4, "1E-9")+v(4, "9E-10")+v(4, "-1E21")+v(4, "0")+v(4, "1.5E21")+v(4, "1.25E-10")+`</row></sheetData>`, nil),
			[][]string{{"1e+21", "999999999999999000000", "0.000000001", "9e-10", "-1e+21", "0", "1.5e+21", "1.25e-10"}}, where{}},
		// Serial dates: the last day, one past it; a time that rounds to
		// the next day.
		{"serial dates at the bounds", xlsxRead(t, "", styles, `<sheetData><row r="1">`+v(0, "2958465.5")+v(0, "2958466")+v(5, "44700.999999999")+v(0, "44700.999999999")+v(5, "0.999999999")+`</row></sheetData>`, nil),
			[][]string{{"9999-12-31", "2958466", "2022-05-20 00:00:00", "2022-05-20", "1900-01-01 00:00:00"}}, where{}},
	})
}

func TestEncodingBounds(t *testing.T) {
	if s := spreadsheet.NoEncoding.String(); s != "" {
		t.Errorf("NoEncoding.String() = %q, want \"\"", s)
	}
	if s := spreadsheet.Big5.String(); s != "Big5" {
		t.Errorf("Big5.String() = %q", s)
	}
	if s := spreadsheet.Encoding(6).String(); s != "Encoding(6)" {
		t.Errorf("Encoding(6).String() = %q", s)
	}
	if spreadsheet.Encoding(6).IsValid() || !spreadsheet.Big5.IsValid() || !spreadsheet.NoEncoding.IsValid() || spreadsheet.Encoding(-1).IsValid() {
		t.Error("IsValid wrong at the bounds")
	}
}

func TestParseErrorWithoutDetail(t *testing.T) {
	e := &spreadsheet.ParseError{Func: "ReadCSV", Line: 2, Err: spreadsheet.ErrSyntax}
	want := `spreadsheet: ReadCSV(""): line 2: invalid syntax`
	if got := e.Error(); got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
}

// A repeat of text past the limit is refused before it is allocated:
// each cell's repeat counts the cells of its row and the empty ones
// before it.
func TestRepeatRefusedBeforeAllocation(t *testing.T) {
	const m = 100_000
	rep := func(s string, n int) string {
		return odsCell(s, ` table:number-columns-repeated="`+strconv.Itoa(n)+`"`)
	}
	for _, c := range []struct {
		name  string
		cells string
		bytes uint64 // at most
	}{
		// None of the row is made: 2m cells would be 32m bytes.
		{"empty then text", `<table:table-cell table:number-columns-repeated="` + strconv.Itoa(m) + `"/>` + rep("x", m), 16 * m},
		// m/2 cells made, 8m bytes, twice as its slice grows; the 10
		// repeats after are 7.5m cells.
		// (About 44m bytes are allocated; the bound leaves room for a
		// runtime that grows slices otherwise, half the 180m bytes a row
		// made before the check allocates.)
		{"text then text", rep("x", m/2) + strings.Repeat(rep("x", m*3/4), 10), 96 * m},
	} {
		t.Run(c.name, func(t *testing.T) {
			b := odsOf(t, `<table:table table:name="s">`+odsRow(c.cells, "")+`</table:table>`)
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			_, _, err := readODS(b, maxC(m))
			runtime.ReadMemStats(&after)
			if !errors.Is(err, spreadsheet.ErrTooLarge) {
				t.Fatalf("err = %v, want ErrTooLarge", err)
			}
			if n := after.TotalAlloc - before.TotalAlloc; n > c.bytes {
				t.Errorf("%d bytes allocated, want at most %d", n, c.bytes)
			} else {
				t.Logf("%d bytes allocated", n)
			}
		})
	}
}

func TestRowRepeatBounds(t *testing.T) {
	a, b := odsCell("a", ""), odsCell("b", "")
	checkBounds(t, []boundCase{
		// 1 stored and a row of 2 thrice: 7 of 6.
		{"a row of 2 thrice after a row", odsRead(t, odsRow(a, "")+odsRow(a+b, ` table:number-rows-repeated="3"`), maxC(6)), nil, tooLarge},
		{"a row of 2 thrice after a row, at the limit", odsRead(t, odsRow(a, "")+odsRow(a+b, ` table:number-rows-repeated="3"`), maxC(7)),
			[][]string{{"a"}, {"a", "b"}, {"a", "b"}, {"a", "b"}}, where{}},
	})
}

// statReader is a reader that tells a size, as a file does.
type statReader struct {
	io.Reader
	size int64
	err  error
}

func (s statReader) Stat() (fs.FileInfo, error) {
	if s.err != nil {
		return nil, s.err
	}
	return fakeInfo(s.size), nil
}

type fakeInfo int64

func (f fakeInfo) Name() string       { return "f.csv" }
func (f fakeInfo) Size() int64        { return int64(f) }
func (f fakeInfo) Mode() fs.FileMode  { return 0 }
func (f fakeInfo) ModTime() time.Time { return time.Time{} }
func (f fakeInfo) IsDir() bool        { return false }
func (f fakeInfo) Sys() any           { return nil }

// A file's size is a hint: a Stat that fails, or a size past MaxBytes,
// still reads what the reader gives, to one byte past the limit.
func TestCSVFileSize(t *testing.T) {
	for _, r := range []statReader{
		{strings.NewReader("a,b\n"), 0, errors.New("stat failed")},
		{strings.NewReader("a,b\n"), 1 << 62, nil},
		{strings.NewReader("a,b\n"), 4, nil},
		{strings.NewReader("a,b\n"), 1, nil},
	} {
		rows, _, err := spreadsheet.ReadCSV(r, &spreadsheet.Options{MaxBytes: 4})
		if err != nil || !cmp.Equal(rows, [][]string{{"a", "b"}}) {
			t.Errorf("size %d, stat error %v: rows, err = %q, %v", r.size, r.err, rows, err)
		}
	}
	_, _, err := spreadsheet.ReadCSV(statReader{strings.NewReader("a,b\nc"), 4, nil}, &spreadsheet.Options{MaxBytes: 4})
	if !errors.Is(err, spreadsheet.ErrTooLarge) {
		t.Errorf("err = %v, want ErrTooLarge", err)
	}
}

// MaxBytes bounds the archive and each part read, uncompressed: exactly
// MaxBytes is read.
func TestArchiveBytesBounds(t *testing.T) {
	table := `<table:table table:name="s">` + odsRow(odsCell("x", ""), "") + `</table:table>`
	// content.xml of many bytes in a small archive.
	b := odsOf(t, table+strings.Repeat("<!-- padding -->", 1000))
	z, err := zipReader(b)
	if err != nil {
		t.Fatal(err)
	}
	var content int64
	for _, f := range z.File {
		if f.Name == "content.xml" {
			content = int64(f.UncompressedSize64)
		}
	}
	if content <= int64(len(b)) {
		t.Fatalf("content.xml of %d bytes in an archive of %d", content, len(b))
	}
	// An archive of many bytes whose parts read are small: a stored part
	// of bytes that do not compress, never read.
	noise := make([]byte, 4000)
	for i := range noise {
		noise[i] = byte(i*7919 + i*i*31 + i>>3)
	}
	big := zipOf(t, "mimetype", "application/vnd.oasis.opendocument.spreadsheet", "content.xml", odsHead+table+odsTail, "noise.bin", string(noise))
	checkBounds(t, []boundCase{
		{"part of MaxBytes", func() ([][]string, error) {
			rows, _, err := readODS(b, &spreadsheet.Options{MaxBytes: content})
			return rows, err
		}, [][]string{{"x"}}, where{}},
		{"part of MaxBytes+1", func() ([][]string, error) {
			rows, _, err := readODS(b, &spreadsheet.Options{MaxBytes: content - 1})
			return rows, err
		}, nil, tooLarge},
		{"archive of MaxBytes", func() ([][]string, error) {
			rows, _, err := readODS(big, &spreadsheet.Options{MaxBytes: int64(len(big))})
			return rows, err
		}, [][]string{{"x"}}, where{}},
		{"archive of MaxBytes+1", func() ([][]string, error) {
			rows, _, err := readODS(big, &spreadsheet.Options{MaxBytes: int64(len(big)) - 1})
			return rows, err
		}, nil, tooLarge},
	})
}

// A row repeated so often that its cells would overflow an int is
// refused, whatever MaxCells: 4096 cells 2⁵¹ times are 2⁶³.
func TestRowRepeatOverflow(t *testing.T) {
	table := odsRow(odsCell("x", ` table:number-columns-repeated="4096"`), ` table:number-rows-repeated="`+strconv.Itoa(1<<51)+`"`)
	_, err := odsRead(t, table, maxC(1<<40))()
	if got := whereOf(t, err); got != tooLarge {
		t.Errorf("err = %v, want ErrTooLarge", err)
	}
}

package spreadsheet_test

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"

	"github.com/ogdtw/governance/internal/i18n"
	"github.com/ogdtw/governance/spreadsheet"
)

func big5(t testing.TB, s string) string {
	b, err := traditionalchinese.Big5.NewEncoder().String(s)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func utf16(t testing.TB, s string, e unicode.Endianness) string {
	b, err := unicode.UTF16(e, unicode.UseBOM).NewEncoder().String(s)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestReadCSV(t *testing.T) {
	bom := "\ufeff"
	for _, c := range []struct {
		name string
		in   string
		opt  *spreadsheet.Options
		want [][]string
		info spreadsheet.Info
	}{
		{"plain", "序號,資料名稱\n1,偵查案件\n", nil, [][]string{{"序號", "資料名稱"}, {"1", "偵查案件"}}, spreadsheet.Info{Encoding: spreadsheet.UTF8, Delimiter: ','}},
		{"bom and CRLF", bom + "資料集識別碼,資料集名稱\r\n87010,法定預算\r\n", nil, [][]string{{"資料集識別碼", "資料集名稱"}, {"87010", "法定預算"}}, spreadsheet.Info{Encoding: spreadsheet.UTF8BOM, Delimiter: ','}},
		{"no final newline", "a,b\nc,d", nil, [][]string{{"a", "b"}, {"c", "d"}}, spreadsheet.Info{Encoding: spreadsheet.UTF8, Delimiter: ','}},
		// A title row of one cell above the header: ragged rows.
		{"title row, ragged", "法務部政府資料開放盤點表\n序號,資料名稱,資料分級\n1,偵查案件\n", nil, [][]string{{"法務部政府資料開放盤點表"}, {"序號", "資料名稱", "資料分級"}, {"1", "偵查案件"}}, spreadsheet.Info{Encoding: spreadsheet.UTF8, Delimiter: ','}},
		// Blank rows stay where they are: 1 is row 3, 2 is row 5.
		{"blank rows kept", "序號\n\n1\r\n\r\n2\n\n\n", nil, [][]string{{"序號"}, {}, {"1"}, {}, {"2"}}, spreadsheet.Info{Encoding: spreadsheet.UTF8, Delimiter: ','}},
		{"leading blank row", "\n序號\n", nil, [][]string{{}, {"序號"}}, spreadsheet.Info{Encoding: spreadsheet.UTF8, Delimiter: ','}},
		{"quoted multi-line", "法令依據,備註\n\"個人資料保護法第6條\r\n檔案法第18條\",\"他說\"\"不予同意\"\"\"\n", nil,
			[][]string{{"法令依據", "備註"}, {"個人資料保護法第6條\n檔案法第18條", `他說"不予同意"`}}, spreadsheet.Info{Encoding: spreadsheet.UTF8, Delimiter: ','}},
		{"empty cells", ",,\n\"\"\n", nil, [][]string{{"", "", ""}, {""}}, spreadsheet.Info{Encoding: spreadsheet.UTF8, Delimiter: ','}},
		{"bare quote kept", "5\"硬碟,a\n", nil, [][]string{{`5"硬碟`, "a"}}, spreadsheet.Info{Encoding: spreadsheet.UTF8, Delimiter: ','}},
		{"text after a closing quote", "\"a\"b,c\n", nil, [][]string{{"ab", "c"}}, spreadsheet.Info{Encoding: spreadsheet.UTF8, Delimiter: ','}},
		{"tab detected", "序號\t資料名稱,別名\t備註\n1\t偵查\n", nil, [][]string{{"序號", "資料名稱,別名", "備註"}, {"1", "偵查"}}, spreadsheet.Info{Encoding: spreadsheet.UTF8, Delimiter: '\t'}},
		{"comma on a tie", "a\tb,c\n", nil, [][]string{{"a\tb", "c"}}, spreadsheet.Info{Encoding: spreadsheet.UTF8, Delimiter: ','}},
		{"semicolon detected", "a;b;c\n1;2;3\n", nil, [][]string{{"a", "b", "c"}, {"1", "2", "3"}}, spreadsheet.Info{Encoding: spreadsheet.UTF8, Delimiter: ';'}},
		{"delimiter of the first line with text", "\n\"x,y\";b;c\n", nil, [][]string{{}, {"x,y", "b", "c"}}, spreadsheet.Info{Encoding: spreadsheet.UTF8, Delimiter: ';'}},
		{"delimiter given", "a;b,c\n", &spreadsheet.Options{Comma: ','}, [][]string{{"a;b", "c"}}, spreadsheet.Info{Encoding: spreadsheet.UTF8, Delimiter: ','}},
		{"big5", big5(t, "序號,資料名稱,提供機關\n1,矯正署臺中戒治所法定預算,法務部矯正署\n"), nil,
			[][]string{{"序號", "資料名稱", "提供機關"}, {"1", "矯正署臺中戒治所法定預算", "法務部矯正署"}}, spreadsheet.Info{Encoding: spreadsheet.Big5, Delimiter: ','}},
		{"utf-16le tab (Excel Unicode text)", utf16(t, "序號\t資料名稱\r\n\r\n1\t檢察統計\r\n", unicode.LittleEndian), nil,
			[][]string{{"序號", "資料名稱"}, {}, {"1", "檢察統計"}}, spreadsheet.Info{Encoding: spreadsheet.UTF16LE, Delimiter: '\t'}},
		{"utf-16be", utf16(t, "a,b\n", unicode.BigEndian), nil, [][]string{{"a", "b"}}, spreadsheet.Info{Encoding: spreadsheet.UTF16BE, Delimiter: ','}},
		{"empty", "", nil, [][]string{}, spreadsheet.Info{Encoding: spreadsheet.UTF8, Delimiter: ','}},
	} {
		t.Run(c.name, func(t *testing.T) {
			rows, info, err := spreadsheet.ReadCSV(strings.NewReader(c.in), c.opt)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(c.want, rows); diff != "" {
				t.Errorf("rows (-want +got):\n%s", diff)
			}
			if info != c.info {
				t.Errorf("info = %+v, want %+v", info, c.info)
			}
		})
	}
}

func TestReadCSVErrors(t *testing.T) {
	for _, c := range []struct {
		name string
		in   string
		opt  *spreadsheet.Options
		want error
	}{
		{"unclosed quote", "a,\"b\nc\n", nil, spreadsheet.ErrSyntax},
		{"neither utf-8 nor big5", "a,\xff\xff\n", nil, spreadsheet.ErrEncoding},
		{"bad utf-8 after bom", "\ufeffa,\xff\n", nil, spreadsheet.ErrEncoding},
		{"odd utf-16", "\xff\xfea\x00b", nil, spreadsheet.ErrEncoding},
		{"too many bytes", strings.Repeat("a,", 100), &spreadsheet.Options{MaxBytes: 100}, spreadsheet.ErrTooLarge},
		{"too many cells", strings.Repeat("a,b\n", 10), &spreadsheet.Options{MaxCells: 19}, spreadsheet.ErrTooLarge},
		{"too many blank rows", strings.Repeat("\n", 10) + "a", &spreadsheet.Options{MaxCells: 5}, spreadsheet.ErrTooLarge},
		{"bad delimiter", "a", &spreadsheet.Options{Comma: '"'}, spreadsheet.ErrRange},
	} {
		t.Run(c.name, func(t *testing.T) {
			rows, _, err := spreadsheet.ReadCSV(strings.NewReader(c.in), c.opt)
			if !errors.Is(err, c.want) {
				t.Fatalf("err = %v, want %v", err, c.want)
			}
			var pe *spreadsheet.ParseError
			if !errors.As(err, &pe) || rows != nil {
				t.Errorf("err = %T, rows = %q: want a *ParseError and no rows", err, rows)
			}
		})
	}
	// At the limit exactly, the cells are read.
	if _, _, err := spreadsheet.ReadCSV(strings.NewReader(strings.Repeat("a,b\n", 10)), &spreadsheet.Options{MaxCells: 20}); err != nil {
		t.Errorf("20 cells within MaxCells 20: %v", err)
	}
	// A reader whose Len says less than it holds is still bounded.
	if _, _, err := spreadsheet.ReadCSV(shortLen{strings.NewReader(strings.Repeat("a,", 100))}, &spreadsheet.Options{MaxBytes: 100}); !errors.Is(err, spreadsheet.ErrTooLarge) {
		t.Errorf("a reader of 200 bytes saying 1: %v", err)
	}
	// Files and readers of a known size read whole.
	for _, r := range []io.Reader{bytes.NewReader([]byte("a,b\n")), bytes.NewBufferString("a,b\n"), strings.NewReader("a,b\n"), shortLen{strings.NewReader("a,b\n")}} {
		if rows, _, err := spreadsheet.ReadCSV(r, &spreadsheet.Options{MaxBytes: 4}); err != nil || len(rows) != 1 || len(rows[0]) != 2 {
			t.Errorf("%T: %q, %v", r, rows, err)
		}
	}
	// A reader's own error is wrapped, without a code of the package.
	boom := errors.New("boom")
	_, _, err := spreadsheet.ReadCSV(errReader{boom}, nil)
	if !errors.Is(err, boom) {
		t.Errorf("err = %v, want boom wrapped", err)
	}
}

// shortLen says it holds one byte, whatever it holds.
type shortLen struct{ r io.Reader }

func (s shortLen) Read(p []byte) (int, error) { return s.r.Read(p) }
func (shortLen) Len() int                     { return 1 }

type errReader struct{ err error }

func (r errReader) Read([]byte) (int, error) { return 0, r.err }

// A blank line between rows keeps the row numbers of the spreadsheet:
// the n-th line of the file is row n-1 of the result.
func TestReadCSVRowNumbers(t *testing.T) {
	in := "序號,資料名稱\n1,甲\n\n2,乙\n\n\n3,丙\n"
	rows, _, err := spreadsheet.ReadCSV(strings.NewReader(in), nil)
	if err != nil {
		t.Fatal(err)
	}
	for i, line := range strings.Split(strings.TrimSuffix(in, "\n"), "\n") {
		if got := strings.Join(rows[i], ","); got != line {
			t.Errorf("line %d = %q, row %d = %q", i+1, line, i, got)
		}
	}
}

// A ParseError says where the problem is: the line of the text, the
// sheet's row and column, in the log's English and the officials'
// Chinese.
func TestParseErrorWhere(t *testing.T) {
	for _, c := range []struct {
		name              string
		read              func() error
		line, row, column int
		msg, zh           string
	}{
		// Row 2 takes lines 2 and 3; row 3 starts on line 4, and its
		// second cell opens a quote it never closes.
		{"unclosed quote", func() error {
			_, _, err := spreadsheet.ReadCSV(strings.NewReader("序號,備註\n1,\"甲\n乙\"\n2,\"丙\n"), nil)
			return err
		}, 4, 3, 2, `spreadsheet: ReadCSV(""): line 4, row 3, column 2: a quoted cell is never closed`, "第3列第2欄：引號未閉合"},
		{"not big5 on line 3", func() error {
			_, _, err := spreadsheet.ReadCSV(strings.NewReader("a\nb\nc\xff\xff\n"), nil)
			return err
		}, 3, 0, 0, `spreadsheet: ReadCSV(""): line 3: bytes neither UTF-8 nor Big5`, "第3行：內容既非UTF-8亦非Big5"},
		{"not utf-8 after a bom", func() error {
			_, _, err := spreadsheet.ReadCSV(strings.NewReader("\ufeffa\n\xff"), nil)
			return err
		}, 2, 0, 0, `spreadsheet: ReadCSV(""): line 2: invalid UTF-8 after a UTF-8 byte-order mark`, "第2行：檔首標示為UTF-8，內容卻非UTF-8"},
		{"ods: a bad repeat at row 2, column 3", func() error {
			_, _, err := readODS(odsOf(t, `<table:table table:name="s"><table:table-row>`+cell("a")+`</table:table-row><table:table-row>`+cell("b")+cell("c")+`<table:table-cell table:number-columns-repeated="x"/></table:table-row></table:table>`), nil)
			return err
		}, 0, 2, 3, `spreadsheet: ReadODS("x"): row 2, column 3: table:number-columns-repeated is not a positive integer`, "第2列第3欄：table:number-columns-repeated非正整數"},
		// B2 after C2: the cell out of order is B2, column 2.
		{"xlsx: a cell out of order", func() error {
			_, _, err := readXLSX(xlsxOf(t, "", "", "", `<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="C2"><v>1</v></c><c r="B2"><v>2</v></c></row></sheetData>`, ""), nil)
			return err
		}, 0, 2, 2, `spreadsheet: ReadXLSX("B2"): row 2, column 2: a cell out of order`, "第2列第2欄：儲存格順序顛倒"},
		{"xlsx: a shared string not in the table", func() error {
			_, _, err := readXLSX(xlsxOf(t, "", "", "", `<sheetData><row r="3"><c r="B3" t="s"><v>9</v></c></row></sheetData>`, ""), nil)
			return err
		}, 0, 3, 2, `spreadsheet: ReadXLSX("9"): row 3, column 2: a shared string that is not in the table`, "第3列第2欄：共用字串不在字串表內"},
		{"too many cells", func() error {
			_, _, err := spreadsheet.ReadCSV(strings.NewReader("a,b,c\n"), &spreadsheet.Options{MaxCells: 2})
			return err
		}, 0, 0, 0, `spreadsheet: ReadCSV(""): more than 2 cells`, "逾2格之上限"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var pe *spreadsheet.ParseError
			if err := c.read(); !errors.As(err, &pe) {
				t.Fatalf("err = %v, want a *ParseError", err)
			}
			if pe.Line != c.line || pe.Row != c.row || pe.Column != c.column {
				t.Errorf("line, row, column = %d, %d, %d; want %d, %d, %d", pe.Line, pe.Row, pe.Column, c.line, c.row, c.column)
			}
			if pe.Error() != c.msg {
				t.Errorf("Error() = %q, want %q", pe.Error(), c.msg)
			}
			if m := pe.Message(i18n.Chinese); m != c.zh {
				t.Errorf("Message = %q, want %q", m, c.zh)
			}
		})
	}
}

// Real errors carry the code of what is wrong, and say it in each
// language from the catalog: a limit past 999 is grouped in messages and
// written plainly in the Detail, for logs.
func TestParseErrorDetail(t *testing.T) {
	for _, c := range []struct {
		name          string
		read          func() error
		code, en, zh  string
		detail, error string
	}{
		{"too many cells", func() error {
			_, _, err := spreadsheet.ReadCSV(strings.NewReader(strings.Repeat("a,", 1000)+"a\n"), &spreadsheet.Options{MaxCells: 1000})
			return err
		}, "spreadsheet.too-large.cells", "more than 1,000 cells", "逾1,000格之上限",
			"more than 1000 cells", `spreadsheet: ReadCSV(""): more than 1000 cells`},
		{"unclosed quote", func() error {
			_, _, err := spreadsheet.ReadCSV(strings.NewReader("a,\"b\n"), nil)
			return err
		}, "spreadsheet.syntax.quote", "row 1, column 2: a quoted cell is never closed", "第1列第2欄：引號未閉合",
			"a quoted cell is never closed", `spreadsheet: ReadCSV(""): line 1, row 1, column 2: a quoted cell is never closed`},
		{"ods: a bad repeat", func() error {
			_, _, err := readODS(odsOf(t, `<table:table table:name="s"><table:table-row table:number-rows-repeated="0">`+cell("a")+`</table:table-row></table:table>`), nil)
			return err
		}, "spreadsheet.range.repeat", "row 1, column 1: table:number-rows-repeated is not a positive integer", "第1列第1欄：table:number-rows-repeated非正整數",
			"table:number-rows-repeated is not a positive integer", `spreadsheet: ReadODS("0"): row 1, column 1: table:number-rows-repeated is not a positive integer`},
		{"not a zip", func() error {
			_, _, err := readXLSX([]byte("not a zip"), nil)
			return err
		}, "spreadsheet.syntax.zip", "not a zip archive", "非zip壓縮檔",
			"not a zip archive", `spreadsheet: ReadXLSX(""): not a zip archive`},
	} {
		t.Run(c.name, func(t *testing.T) {
			var pe *spreadsheet.ParseError
			if err := c.read(); !errors.As(err, &pe) {
				t.Fatalf("err = %v, want a *ParseError", err)
			}
			if pe.DetailCode() != c.code {
				t.Errorf("DetailCode = %q, want %q", pe.DetailCode(), c.code)
			}
			if m := pe.Message(i18n.English); m != c.en {
				t.Errorf("English = %q, want %q", m, c.en)
			}
			if m := pe.Message(i18n.Chinese); m != c.zh {
				t.Errorf("Chinese = %q, want %q", m, c.zh)
			}
			if pe.Detail != c.detail || pe.Error() != c.error {
				t.Errorf("Detail %q, Error() %q; want %q, %q", pe.Detail, pe.Error(), c.detail, c.error)
			}
		})
	}
}

package spreadsheet_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/ogdtw/governance/spreadsheet"
)

func readODS(b []byte, opt *spreadsheet.Options) ([][]string, spreadsheet.Info, error) {
	return spreadsheet.ReadODS(bytes.NewReader(b), int64(len(b)), opt)
}

func readXLSX(b []byte, opt *spreadsheet.Options) ([][]string, spreadsheet.Info, error) {
	return spreadsheet.ReadXLSX(bytes.NewReader(b), int64(len(b)), opt)
}

func cell(s string) string {
	return `<table:table-cell office:value-type="string"><text:p>` + s + `</text:p></table:table-cell>`
}

func TestReadODS(t *testing.T) {
	for _, c := range []struct {
		name   string
		tables string
		opt    *spreadsheet.Options
		want   [][]string
		sheet  string
	}{
		{"first sheet", `<table:table table:name="盤點表"><table:table-row>` + cell("序號") + cell("資料名稱") + `</table:table-row></table:table><table:table table:name="需求"><table:table-row>` + cell("案號") + `</table:table-row></table:table>`,
			nil, [][]string{{"序號", "資料名稱"}}, "盤點表"},
		{"named sheet", `<table:table table:name="盤點表"><table:table-row>` + cell("序號") + `</table:table-row></table:table><table:table table:name="需求"><table:table-row>` + cell("案號") + `</table:table-row></table:table>`,
			&spreadsheet.Options{Sheet: "需求"}, [][]string{{"案號"}}, "需求"},
		// LibreOffice ends every row with a repeat of empty columns and the
		// sheet with a repeat of empty rows: both dropped, no allocation.
		{"repeats expanded, trailing dropped", `<table:table table:name="s"><table:table-row>` + cell("序號") + `<table:table-cell table:number-columns-repeated="2"/>` + `<table:table-cell office:value-type="float" office:value="0" table:number-columns-repeated="3"><text:p>0</text:p></table:table-cell><table:table-cell table:number-columns-repeated="16378"/></table:table-row>` +
			`<table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>` +
			`<table:table-row table:number-rows-repeated="2">` + cell("同") + `</table:table-row>` +
			`<table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="16384"/></table:table-row></table:table>`,
			nil, [][]string{{"序號", "", "", "0", "0", "0"}, {}, {}, {"同"}, {"同"}}, "s"},
		{"text:s, line breaks, paragraphs, spans, annotation", `<table:table table:name="s"><table:table-row><table:table-cell office:value-type="string"><office:annotation><text:p>備註不列入</text:p></office:annotation><text:p>依<text:s text:c="3"/>檔案法<text:span>第18條</text:span><text:line-break/>規定</text:p><text:p>第二段<text:s/>止<text:tab/>尾</text:p></table:table-cell></table:table-row></table:table>`,
			nil, [][]string{{"依   檔案法第18條\n規定\n第二段 止\t尾"}}, "s"},
		{"date and datetime", `<table:table table:name="s"><table:table-row><table:table-cell office:value-type="date" office:date-value="2022-05-19"><text:p>111/05/19</text:p></table:table-cell><table:table-cell office:value-type="date" office:date-value="2022-05-19T10:30:00"><text:p>5/19/22 10:30</text:p></table:table-cell><table:table-cell office:value-type="date" office:date-value="2017-09-12T00:00:00"><text:p>x</text:p></table:table-cell><table:table-cell office:value-type="float" office:value="2963"><text:p>2,963</text:p></table:table-cell></table:table-row></table:table>`,
			nil, [][]string{{"2022-05-19", "2022-05-19 10:30:00", "2017-09-12", "2,963"}}, "s"},
		// A merged range of 2×2: its value copied into the covered cells.
		{"merged cells", `<table:table table:name="s"><table:table-row><table:table-cell office:value-type="string" table:number-columns-spanned="2" table:number-rows-spanned="2"><text:p>法務部</text:p></table:table-cell><table:covered-table-cell/>` + cell("甲") + `</table:table-row><table:table-row><table:covered-table-cell table:number-columns-repeated="2"/>` + cell("乙") + `</table:table-row><table:table-row>` + cell("丙") + `</table:table-row></table:table>`,
			nil, [][]string{{"法務部", "法務部", "甲"}, {"法務部", "法務部", "乙"}, {"丙"}}, "s"},
		{"empty sheet", `<table:table table:name="空白"><table:table-row table:number-rows-repeated="1048576"><table:table-cell table:number-columns-repeated="16384"/></table:table-row></table:table>`,
			nil, [][]string{}, "空白"},
	} {
		t.Run(c.name, func(t *testing.T) {
			rows, info, err := readODS(odsOf(t, c.tables), c.opt)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(c.want, rows); diff != "" {
				t.Errorf("rows (-want +got):\n%s", diff)
			}
			if info.Sheet != c.sheet || info.Encoding != spreadsheet.UTF8 {
				t.Errorf("info = %+v, want sheet %q", info, c.sheet)
			}
		})
	}
}

const shared = `<si><t>序號</t></si><si><t>資料名稱</t></si><si><r><t>依個人資料</t></r><r><rPr><b/></rPr><t>保護法</t></r><rPh><t>ふりがな</t></rPh></si><si><t>行一_x000D_
行二</t></si>`

// Styles: 0 General, 1 built-in 14 (a date), 2 custom yyyy/m/d, 3 custom
// [h]:mm:ss, 4 custom "年"0 (quoted text, not a date), 5 built-in 22, 6
// custom #,##0.
const styles = `<numFmts><numFmt numFmtId="164" formatCode="yyyy/m/d"/><numFmt numFmtId="165" formatCode="[h]:mm:ss"/><numFmt numFmtId="166" formatCode="&quot;day&quot;0"/><numFmt numFmtId="167" formatCode="#,##0"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="22"/><xf numFmtId="167"/></cellXfs>`

func TestReadXLSX(t *testing.T) {
	for _, c := range []struct {
		name   string
		pr     string
		sheet1 string
		opt    *spreadsheet.Options
		want   [][]string
		sheet  string
	}{
		{"shared, inline, rich text", "", `<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="inlineStr"><is><t>行內字串</t></is></c><c r="C2" t="s"><v>3</v></c><c r="D2" t="str"><f>A1</f><v>公式值</v></c></row></sheetData>`,
			nil, [][]string{{"序號", "資料名稱"}, {"依個人資料保護法", "行內字串", "行一\r\n行二", "公式值"}}, "盤點表"},
		// Rows and columns the sheet skips are blank: row 3 stays row 3.
		{"skipped rows and columns", "", `<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="3"><c r="C3"><v>7</v></c></row><row r="4" spans="1:3"/><row r="6"><c><v>1</v></c><c><v>2</v></c></row></sheetData>`,
			nil, [][]string{{"序號"}, {}, {"", "", "7"}, {}, {}, {"1", "2"}}, "盤點表"},
		{"dates (1900)", "", `<sheetData><row r="1"><c s="1"><v>44700</v></c><c s="2"><v>44700.4375</v></c><c s="3"><v>0.4375</v></c><c s="4"><v>44700</v></c><c s="5"><v>44700.4375</v></c><c s="1"><v>60</v></c><c s="1"><v>59</v></c><c s="1"><v>61</v></c><c s="1"><v>1</v></c><c s="1"><v>-1</v></c><c s="6"><v>2963</v></c></row></sheetData>`,
			nil, [][]string{{"2022-05-19", "2022-05-19", "10:30:00", "44700", "2022-05-19 10:30:00", "1900-02-29", "1900-02-28", "1900-03-01", "1900-01-01", "-1", "2963"}}, "盤點表"},
		{"dates (1904)", `<workbookPr date1904="1"/>`, `<sheetData><row r="1"><c s="1"><v>43238</v></c><c s="1"><v>0</v></c></row></sheetData>`,
			nil, [][]string{{"2022-05-19", "1904-01-01"}}, "盤點表"},
		{"numbers, booleans, errors, dates as text", "", `<sheetData><row r="1"><c><v>0.30000000000000004</v></c><c><v>1.5E+3</v></c><c t="b"><v>1</v></c><c t="b"><v>0</v></c><c t="e"><v>#N/A</v></c><c t="d"><v>2022-05-19T00:00:00</v></c><c><v>123456789012345678</v></c></row></sheetData>`,
			nil, [][]string{{"0.3", "1500", "TRUE", "FALSE", "#N/A", "2022-05-19", "123456789012346000"}}, "盤點表"},
		{"merged cells", "", `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>法務部</t></is></c><c r="C1"><v>1</v></c></row><row r="2"><c r="C2"><v>2</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells>`,
			nil, [][]string{{"法務部", "法務部", "1"}, {"法務部", "法務部", "2"}}, "盤點表"},
		{"named sheet", "", `<sheetData/>`, &spreadsheet.Options{Sheet: "需求"}, [][]string{{"案號"}}, "需求"},
	} {
		t.Run(c.name, func(t *testing.T) {
			b := xlsxOf(t, c.pr, shared, styles, c.sheet1, `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>案號</t></is></c></row></sheetData>`)
			rows, info, err := readXLSX(b, c.opt)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(c.want, rows); diff != "" {
				t.Errorf("rows (-want +got):\n%s", diff)
			}
			if info.Sheet != c.sheet || info.Encoding != spreadsheet.UTF8 {
				t.Errorf("info = %+v, want sheet %q", info, c.sheet)
			}
		})
	}
}

func TestWorkbookErrors(t *testing.T) {
	row := func(int) string {
		return `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row></sheetData>`
	}
	ok := xlsxOf(t, "", "", "", row(1), row(1))
	bomb := strings.Repeat("<!-- padding -->", 1<<16)
	for _, c := range []struct {
		name string
		read func() error
		want error
	}{
		{"ods: not a zip", func() error { _, _, err := readODS([]byte("序號,資料名稱"), nil); return err }, spreadsheet.ErrSyntax},
		{"ods: no content.xml", func() error { _, _, err := readODS(zipOf(t, "mimetype", "x"), nil); return err }, spreadsheet.ErrSyntax},
		{"ods: broken xml", func() error {
			_, _, err := readODS(zipOf(t, "content.xml", odsHead+`<table:table table:name="s"><table:table-row>`), nil)
			return err
		}, spreadsheet.ErrSyntax},
		{"ods: no such sheet", func() error {
			_, _, err := readODS(odsOf(t, `<table:table table:name="s"/>`), &spreadsheet.Options{Sheet: "需求"})
			return err
		}, spreadsheet.ErrNoSheet},
		{"ods: no sheet at all", func() error { _, _, err := readODS(odsOf(t, ``), nil); return err }, spreadsheet.ErrNoSheet},
		{"ods: bad repeat", func() error {
			_, _, err := readODS(odsOf(t, `<table:table table:name="s"><table:table-row table:number-rows-repeated="-3"></table:table-row></table:table>`), nil)
			return err
		}, spreadsheet.ErrRange},
		// A million repeats of a cell with text, or of a row with text.
		{"ods: column repeat of text", func() error {
			_, _, err := readODS(odsOf(t, `<table:table table:name="s"><table:table-row><table:table-cell office:value-type="string" table:number-columns-repeated="1000000"><text:p>x</text:p></table:table-cell></table:table-row></table:table>`), &spreadsheet.Options{MaxCells: 100000})
			return err
		}, spreadsheet.ErrTooLarge},
		{"ods: row repeat of text", func() error {
			_, _, err := readODS(odsOf(t, `<table:table table:name="s"><table:table-row table:number-rows-repeated="1000000">`+cell("x")+`</table:table-row></table:table>`), &spreadsheet.Options{MaxCells: 100000})
			return err
		}, spreadsheet.ErrTooLarge},
		{"ods: merge past the limit", func() error {
			_, _, err := readODS(odsOf(t, `<table:table table:name="s"><table:table-row><table:table-cell office:value-type="string" table:number-columns-spanned="16384" table:number-rows-spanned="1000000"><text:p>x</text:p></table:table-cell></table:table-row>`+strings.Repeat(`<table:table-row>`+cell("y")+`</table:table-row>`, 3)+`</table:table>`), &spreadsheet.Options{MaxCells: 10000})
			return err
		}, spreadsheet.ErrTooLarge},
		{"ods: text:s of a billion spaces", func() error {
			_, _, err := readODS(odsOf(t, `<table:table table:name="s"><table:table-row><table:table-cell><text:p><text:s text:c="1000000000"/></text:p></table:table-cell></table:table-row></table:table>`), &spreadsheet.Options{MaxBytes: 1 << 20})
			return err
		}, spreadsheet.ErrTooLarge},
		// Spaces of many cells add up: 200 cells of a million each.
		{"ods: text:s in many cells", func() error {
			c := `<table:table-cell><text:p><text:s text:c="999999"/></text:p></table:table-cell>`
			_, _, err := readODS(odsOf(t, `<table:table table:name="s"><table:table-row>`+strings.Repeat(c, 200)+`</table:table-row></table:table>`), &spreadsheet.Options{MaxBytes: 16 << 20})
			return err
		}, spreadsheet.ErrTooLarge},
		// Ranges over the same cells, each within the limit, are work.
		{"xlsx: many merges of the same cells", func() error {
			_, _, err := readXLSX(xlsxOf(t, "", "", "", `<sheetData><row r="1"><c><v>1</v></c></row><row r="100"><c r="CV100"><v>1</v></c></row></sheetData><mergeCells>`+strings.Repeat(`<mergeCell ref="A1:CV100"/>`, 20)+`</mergeCells>`, ""), &spreadsheet.Options{MaxCells: 100_000})
			return err
		}, spreadsheet.ErrTooLarge},
		// A part that inflates past MaxBytes: a zip bomb in small.
		{"ods: zip bomb", func() error {
			_, _, err := readODS(odsOf(t, bomb), &spreadsheet.Options{MaxBytes: 64 << 10})
			return err
		}, spreadsheet.ErrTooLarge},
		{"xlsx: zip bomb", func() error {
			_, _, err := readXLSX(xlsxOf(t, "", bomb, "", row(1), row(1)), &spreadsheet.Options{MaxBytes: 64 << 10})
			return err
		}, spreadsheet.ErrTooLarge},
		{"archive past MaxBytes", func() error { _, _, err := readXLSX(ok, &spreadsheet.Options{MaxBytes: 100}); return err }, spreadsheet.ErrTooLarge},
		{"xlsx: not a zip", func() error { _, _, err := readXLSX([]byte("PK"), nil); return err }, spreadsheet.ErrSyntax},
		{"xlsx: no workbook", func() error { _, _, err := readXLSX(zipOf(t, "content.xml", "x"), nil); return err }, spreadsheet.ErrSyntax},
		{"xlsx: no such sheet", func() error { _, _, err := readXLSX(ok, &spreadsheet.Options{Sheet: "統計"}); return err }, spreadsheet.ErrNoSheet},
		{"xlsx: column past XFD", func() error {
			_, _, err := readXLSX(xlsxOf(t, "", "", "", `<sheetData><row r="1"><c r="XFE1"><v>1</v></c></row></sheetData>`, ""), nil)
			return err
		}, spreadsheet.ErrRange},
		{"xlsx: row past 1048576", func() error {
			_, _, err := readXLSX(xlsxOf(t, "", "", "", `<sheetData><row r="1048577"><c><v>1</v></c></row></sheetData>`, ""), nil)
			return err
		}, spreadsheet.ErrRange},
		{"xlsx: shared string not in the table", func() error {
			_, _, err := readXLSX(xlsxOf(t, "", "", "", `<sheetData><row r="1"><c t="s"><v>9</v></c></row></sheetData>`, ""), nil)
			return err
		}, spreadsheet.ErrRange},
		{"xlsx: merge of the whole sheet", func() error {
			_, _, err := readXLSX(xlsxOf(t, "", "", "", `<sheetData><row r="1"><c><v>1</v></c></row><row r="1048576"><c><v>1</v></c></row></sheetData><mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells>`, ""), nil)
			return err
		}, spreadsheet.ErrTooLarge},
		{"xlsx: a row of blank rows past MaxCells", func() error {
			_, _, err := readXLSX(xlsxOf(t, "", "", "", `<sheetData><row r="1000000"><c><v>1</v></c></row></sheetData>`, ""), &spreadsheet.Options{MaxCells: 1000})
			return err
		}, spreadsheet.ErrTooLarge},
		{"xlsx: broken sheet", func() error {
			_, _, err := readXLSX(xlsxOf(t, "", "", "", `<sheetData><row>`, ""), nil)
			return err
		}, spreadsheet.ErrSyntax},
	} {
		t.Run(c.name, func(t *testing.T) {
			err := c.read()
			if !errors.Is(err, c.want) {
				t.Fatalf("err = %v, want %v", err, c.want)
			}
			var pe *spreadsheet.ParseError
			if !errors.As(err, &pe) {
				t.Errorf("err = %T, want a *ParseError", err)
			}
		})
	}
}

package spreadsheet_test

import (
	"bytes"
	"encoding/csv"
	"encoding/xml"
	"strconv"
	"strings"
	"testing"
)

// genCatalog returns n rows of a catalog in the shape of the data.gov.tw
// export (header first): 22 columns, every cell filled as the platform
// fills it, a description of two lines in every tenth row and a quote in
// every seventh, so that the CSV has quoted cells.
func genCatalog(n int) [][]string {
	rows := make([][]string, 0, n+1)
	rows = append(rows, append([]string(nil), exportHeader...))
	quality := []string{"金標章", "銀標章", "銅標章", "白金標章", ""}
	agencies := []string{"法務部矯正署臺中戒治所", "法務部行政執行署", "法務部調查局", "最高檢察署", "法務部司法官學院"}
	for i := range n {
		id := strconv.Itoa(1000 + i)
		pub := agencies[i%len(agencies)]
		desc := pub + "每年彙整之統計資料，含各項目之數量與金額。"
		switch {
		case i%10 == 0:
			desc = "依預算法第62條之1規定\n公開之法定預算"
		case i%7 == 0:
			desc = `各分署 "新收" 及終結件數`
		}
		rows = append(rows, []string{
			id, pub + "統計資料第" + id + "號", "原始資料", "公共資訊", quality[i%len(quality)], "CSV;JSON;XML",
			"https://data.example.gov.tw/" + id + ".csv;https://data.example.gov.tw/" + id + ".json",
			"UTF-8;UTF-8;UTF-8", "系統介接程式上架", desc, "年度、項目、數量、金額",
			pub, "每1年", "政府資料開放授權條款-第1版", "https://www.example.gov.tw/", "免費", "王小明", "02-2191-0189#" + strconv.Itoa(i%1000),
			"2017-09-12 15:49:25", "2022-05-01 10:02:03", "", "1000",
		})
	}
	return rows
}

// csvOf writes rows as encoding/csv does, with a byte-order mark when
// bom is true.
func csvOf(t testing.TB, rows [][]string, bom bool) []byte {
	var b bytes.Buffer
	if bom {
		b.WriteString("\ufeff")
	}
	w := csv.NewWriter(&b)
	if err := w.WriteAll(rows); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func esc(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}

// odsRows returns an ODS of rows as LibreOffice writes one: every cell a
// string of one paragraph per line, each row ending with a repeat of
// empty cells to column AMJ and the sheet with a repeat of empty rows.
func odsRows(t testing.TB, rows [][]string) []byte {
	var b strings.Builder
	b.WriteString(`<table:table table:name="catalog">`)
	for _, r := range rows {
		b.WriteString(`<table:table-row>`)
		for _, c := range r {
			if c == "" {
				b.WriteString(`<table:table-cell/>`)
				continue
			}
			b.WriteString(`<table:table-cell office:value-type="string" calcext:value-type="string">`)
			for _, p := range strings.Split(c, "\n") {
				b.WriteString(`<text:p>` + esc(p) + `</text:p>`)
			}
			b.WriteString(`</table:table-cell>`)
		}
		b.WriteString(`<table:table-cell table:number-columns-repeated="` + strconv.Itoa(1024-len(r)) + `"/></table:table-row>`)
	}
	b.WriteString(`<table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="1024"/></table:table-row></table:table>`)
	return odsOf(t, b.String())
}

// xlsxRows returns an XLSX of rows as LibreOffice writes one: every cell
// a shared string with its reference, each row with its number.
func xlsxRows(t testing.TB, rows [][]string) []byte {
	index := map[string]int{}
	var shared, sheet strings.Builder
	sheet.WriteString(`<sheetData>`)
	for i, r := range rows {
		n := strconv.Itoa(i + 1)
		sheet.WriteString(`<row r="` + n + `">`)
		for j, c := range r {
			if c == "" {
				continue
			}
			k, ok := index[c]
			if !ok {
				k = len(index)
				index[c] = k
				shared.WriteString(`<si><t xml:space="preserve">` + esc(c) + `</t></si>`)
			}
			sheet.WriteString(`<c r="` + colName(j) + n + `" s="0" t="s"><v>` + strconv.Itoa(k) + `</v></c>`)
		}
		sheet.WriteString(`</row>`)
	}
	sheet.WriteString(`</sheetData>`)
	return xlsxOf(t, "", shared.String(), "", sheet.String(), `<sheetData/>`)
}

// colName returns the letters of 0-based column j: A, …, Z, AA, ….
func colName(j int) string {
	s := ""
	for j++; j > 0; j = (j - 1) / 26 {
		s = string(rune('A'+(j-1)%26)) + s
	}
	return s
}

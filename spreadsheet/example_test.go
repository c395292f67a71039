package spreadsheet_test

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"golang.org/x/text/encoding/traditionalchinese"

	"github.com/ogdtw/governance/datasets"
	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/spreadsheet"
)

// A 盤點表 saved by zh-TW Excel as 「CSV（逗號分隔）」 is Big5: ReadCSV
// detects it. The title row and the blank row are kept, so each row is
// where the spreadsheet shows it.
func ExampleReadCSV() {
	text := "法務部政府資料開放盤點表\n序號,資料名稱,提供機關\n1,偵查案件統計,最高檢察署\n\n2,矯正統計,法務部矯正署\n"
	big5, _ := traditionalchinese.Big5.NewEncoder().String(text)
	rows, info, err := spreadsheet.ReadCSV(strings.NewReader(big5), nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(info.Encoding, string(info.Delimiter))
	for i, r := range rows {
		fmt.Printf("第%d列 %q\n", i+1, r)
	}
	// Output:
	// Big5 ,
	// 第1列 ["法務部政府資料開放盤點表"]
	// 第2列 ["序號" "資料名稱" "提供機關"]
	// 第3列 ["1" "偵查案件統計" "最高檢察署"]
	// 第4列 []
	// 第5列 ["2" "矯正統計" "法務部矯正署"]
}

// The data.gov.tw catalog export (a byte-order mark, the doubled 資 of
// its header) read and handed to an importer, as any importer of the
// library takes rows. The file is sample data.
func ExampleReadCSV_export() {
	f, err := os.Open("testdata/export_sample.csv")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer f.Close()
	rows, info, err := spreadsheet.ReadCSV(f, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(info.Encoding, len(rows), "rows;", rows[0][8])
	catalog, err := datasets.ImportCatalog(rows)
	fmt.Println(catalog.Len(), "datasets;", err)
	ds, _ := catalog.Lookup(87010)
	fmt.Println(ds.Title(), ds.Details().Frequency)
	// Output:
	// UTF-8 BOM 4 rows; 資資料集上架方式
	// 3 datasets; <nil>
	// 矯正署臺中戒治所法定預算 每1年
}

// A sheet LibreOffice saved as XLSX: the title merged over four columns
// is in each, the agency merged over two rows in both, and a date cell
// of format YYYY/M/D reads 2022-05-19.
func ExampleReadXLSX() {
	f, err := os.Open("testdata/inventory_sample.xlsx")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer f.Close()
	st, _ := f.Stat()
	rows, info, err := spreadsheet.ReadXLSX(f, st.Size(), nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(info.Sheet)
	for i, r := range rows {
		fmt.Printf("%d %q\n", i+1, r)
	}
	// Output:
	// Sheet1
	// 1 ["法務部政府資料開放盤點表（樣本）" "法務部政府資料開放盤點表（樣本）" "法務部政府資料開放盤點表（樣本）" "法務部政府資料開放盤點表（樣本）"]
	// 2 ["序號" "資料名稱" "提供機關" "更新日期"]
	// 3 ["1" "矯正署臺中戒治所法定預算" "矯正署臺中戒治所" "2022-05-19"]
	// 4 ["2" "矯正署臺中戒治所預算案" "矯正署臺中戒治所" "2021-12-31"]
	// 5 []
	// 6 ["3" "法務部行政執行署各分署執行案件統計" "法務部行政執行署" "2017-09-12"]
}

// The same sheet as ODS, the government's document format, read by name.
func ExampleReadODS() {
	f, err := os.Open("testdata/inventory_sample.ods")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer f.Close()
	st, _ := f.Stat()
	rows, _, err := spreadsheet.ReadODS(f, st.Size(), &spreadsheet.Options{Sheet: "Sheet1"})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(len(rows), "rows;", rows[3][2], rows[3][3])
	_, _, err = spreadsheet.ReadODS(f, st.Size(), &spreadsheet.Options{Sheet: "需求"})
	fmt.Println(errors.Is(err, spreadsheet.ErrNoSheet))
	// Output:
	// 6 rows; 矯正署臺中戒治所 2021-12-31
	// true
}

// A ParseError says where the problem is, in English for the log and in
// Chinese for the official who keeps the file.
func ExampleParseError() {
	_, _, err := spreadsheet.ReadCSV(strings.NewReader("序號,備註\n1,\"未閉合\n"), nil)
	var pe *spreadsheet.ParseError
	if errors.As(err, &pe) {
		fmt.Println(pe.Line, pe.Row, pe.Column, pe.Code())
		fmt.Println(pe.Error())
		fmt.Println(pe.Message(finding.Chinese))
	}
	// Output:
	// 2 2 2 spreadsheet.syntax
	// spreadsheet: ReadCSV(""): line 2, row 2, column 2: a quoted cell is never closed
	// 第2列第2欄：引號未閉合
}

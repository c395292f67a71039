package spreadsheet_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/ogdtw/governance/spreadsheet"
)

// catalogRows are the rows of testdata/catalog.csv: row 5 of the sheet
// is blank, and stays row 5.
var catalogRows = [][]string{
	{"資料集識別碼", "資料集名稱", "提供機關", "資料集描述", "詮釋資料更新時間", "筆數", "檔案格式"},
	{"87010", "矯正署臺中戒治所法定預算", "矯正署臺中戒治所", "法定預算書", "2022-05-19", "12", "PDF"},
	{"23261", "矯正署臺中戒治所法定預算(按年)", "矯正署臺中戒治所", "依預算法第62條之1規定\n公開之法定預算", "2021-12-31", "2963", "CSV"},
	{},
	{"139460", "法務部行政執行署各分署執行案件統計", "法務部行政執行署", "各分署 \"新收\" 及終結件數", "2017-09-12", "0.5", "XML"},
}

// readAny reads a test file by its extension.
func readAny(t *testing.T, name string) ([][]string, spreadsheet.Info) {
	t.Helper()
	b := readFile(t, name)
	var rows [][]string
	var info spreadsheet.Info
	var err error
	switch filepath.Ext(name) {
	case ".ods":
		rows, info, err = spreadsheet.ReadODS(bytes.NewReader(b), int64(len(b)), nil)
	case ".xlsx":
		rows, info, err = spreadsheet.ReadXLSX(bytes.NewReader(b), int64(len(b)), nil)
	default:
		rows, info, err = spreadsheet.ReadCSV(bytes.NewReader(b), nil)
	}
	if err != nil {
		t.Fatal(err)
	}
	return rows, info
}

func readFile(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestTestdata reads each file make.sh wrote to the same rows, with the
// spreadsheet's row numbers, and reports what it detected.
func TestTestdata(t *testing.T) {
	for _, c := range []struct {
		file string
		info spreadsheet.Info
	}{
		{"catalog.csv", spreadsheet.Info{Encoding: spreadsheet.UTF8BOM, Delimiter: ','}},
		{"catalog_big5.csv", spreadsheet.Info{Encoding: spreadsheet.Big5, Delimiter: ','}},
		{"catalog_utf16.txt", spreadsheet.Info{Encoding: spreadsheet.UTF16LE, Delimiter: '\t'}},
		{"catalog.ods", spreadsheet.Info{Encoding: spreadsheet.UTF8, Sheet: "catalog"}},
		{"catalog.xlsx", spreadsheet.Info{Encoding: spreadsheet.UTF8, Sheet: "catalog"}},
	} {
		t.Run(c.file, func(t *testing.T) {
			rows, info := readAny(t, c.file)
			if diff := cmp.Diff(catalogRows, rows); diff != "" {
				t.Errorf("rows (-want +got):\n%s", diff)
			}
			if info != c.info {
				t.Errorf("info = %+v, want %+v", info, c.info)
			}
		})
	}
}

// exportHeader is the header of the data.gov.tw catalog export as the
// platform writes it, the doubled 資 of 資資料集上架方式 included.
var exportHeader = []string{"資料集識別碼", "資料集名稱", "資料提供屬性", "服務分類", "品質檢測", "檔案格式", "資料下載網址", "編碼格式", "資資料集上架方式", "資料集描述", "主要欄位說明", "提供機關", "更新頻率", "授權方式", "相關網址", "計費方式", "提供機關聯絡人姓名", "提供機關聯絡人電話", "上架日期", "詮釋資料更新時間", "備註", "資料量"}

// TestExportSample reads the sample in the export's real format, and
// the workbooks LibreOffice made of it: the same header (its byte-order
// mark dropped, its doubled 資 kept), each dataset on the row of the
// spreadsheet, the dates and times as the CSV writes them. A workbook
// drops the empty cells that end a row.
func TestExportSample(t *testing.T) {
	for _, c := range []struct {
		file string
		info spreadsheet.Info
	}{
		{"export_sample.csv", spreadsheet.Info{Encoding: spreadsheet.UTF8BOM, Delimiter: ','}},
		{"export_sample.ods", spreadsheet.Info{Encoding: spreadsheet.UTF8, Sheet: "export_sample"}},
		{"export_sample.xlsx", spreadsheet.Info{Encoding: spreadsheet.UTF8, Sheet: "export_sample"}},
	} {
		t.Run(c.file, func(t *testing.T) {
			rows, info := readAny(t, c.file)
			if info != c.info {
				t.Errorf("info = %+v, want %+v", info, c.info)
			}
			if len(rows) != 4 {
				t.Fatalf("%d rows, want the header and 3 datasets", len(rows))
			}
			if diff := cmp.Diff(exportHeader, rows[0]); diff != "" {
				t.Errorf("header (-want +got):\n%s", diff)
			}
			col := map[string]int{}
			for i, h := range rows[0] {
				col[h] = i
			}
			cellOf := func(row int, name string) string {
				if k := col[name]; k < len(rows[row-1]) {
					return rows[row-1][k]
				}
				return ""
			}
			for _, w := range []struct {
				row        int
				name, want string
			}{
				{2, "資料集識別碼", "87010"},
				{2, "上架日期", "2019-01-02 09:00:00"},
				{2, "詮釋資料更新時間", "2022-05-19 10:30:00"},
				{2, "提供機關聯絡人電話", "04-2000-0000#100"},
				{3, "資料集描述", "依預算法第62條之1規定\n公開之法定預算"},
				{3, "檔案格式", "CSV;JSON"},
				{4, "資料集識別碼", "139460"},
				{4, "資料集描述", `各分署 "新收" 及終結件數`},
				{4, "備註", "樣本資料"},
				{4, "資料量", ""},
			} {
				if got := cellOf(w.row, w.name); got != w.want {
					t.Errorf("row %d %s = %q, want %q", w.row, w.name, got, w.want)
				}
			}
		})
	}
}

// TestInventorySample reads a 盤點表 LibreOffice wrote from an HTML
// table: the title merged over four columns and the agency over two rows
// are in every cell they cover, the blank row 5 stays row 5, and the
// dates of format YYYY/M/D read 2022-05-19.
func TestInventorySample(t *testing.T) {
	want := [][]string{
		{"法務部政府資料開放盤點表（樣本）", "法務部政府資料開放盤點表（樣本）", "法務部政府資料開放盤點表（樣本）", "法務部政府資料開放盤點表（樣本）"},
		{"序號", "資料名稱", "提供機關", "更新日期"},
		{"1", "矯正署臺中戒治所法定預算", "矯正署臺中戒治所", "2022-05-19"},
		{"2", "矯正署臺中戒治所預算案", "矯正署臺中戒治所", "2021-12-31"},
		{},
		{"3", "法務部行政執行署各分署執行案件統計", "法務部行政執行署", "2017-09-12"},
	}
	for _, file := range []string{"inventory_sample.ods", "inventory_sample.xlsx"} {
		t.Run(file, func(t *testing.T) {
			rows, info := readAny(t, file)
			if diff := cmp.Diff(want, rows); diff != "" {
				t.Errorf("rows (-want +got):\n%s", diff)
			}
			if info.Sheet != "Sheet1" {
				t.Errorf("sheet %q, want Sheet1 (LibreOffice's name)", info.Sheet)
			}
		})
	}
}

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
			b := readFile(t, c.file)
			var rows [][]string
			var info spreadsheet.Info
			var err error
			switch filepath.Ext(c.file) {
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
			if diff := cmp.Diff(catalogRows, rows); diff != "" {
				t.Errorf("rows (-want +got):\n%s", diff)
			}
			if info != c.info {
				t.Errorf("info = %+v, want %+v", info, c.info)
			}
		})
	}
}

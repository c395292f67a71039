package inventory_test

import (
	"bytes"
	"encoding/csv"
	"fmt"

	"github.com/ogdtw/governance/inventory"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/transform"
)

// A 盤點表 saved by an older spreadsheet comes in Big5 (CP950). The caller
// decodes it with x/text's traditionalchinese.Big5, reads it with
// encoding/csv and imports the rows; the library itself takes only UTF-8
// rows and does no I/O.
func ExampleImportRecords_big5() {
	// What the file holds: the deck's record 86, encoded in Big5.
	utf8CSV := "序號,系統、資料庫名稱,資料分類,管理單位\n86,廉政業務管理系統,丙類,廉政署\n"
	big5, _, err := transform.Bytes(traditionalchinese.Big5.NewEncoder(), []byte(utf8CSV))
	if err != nil {
		fmt.Println(err)
		return
	}

	// What the caller does with it.
	r := csv.NewReader(transform.NewReader(bytes.NewReader(big5), traditionalchinese.Big5.NewDecoder()))
	rows, err := r.ReadAll()
	if err != nil {
		fmt.Println(err)
		return
	}
	recs, err := inventory.ImportRecords(rows)
	fmt.Println(err)
	for _, rec := range recs {
		fmt.Println(rec.Row, rec.Serial, rec.Name, rec.Class, rec.Unit)
	}
	// Output:
	// <nil>
	// 2 86 廉政業務管理系統 丙類 廉政署
}

package spreadsheet

import "github.com/ogdtw/governance/internal/i18n"

// codes are every code the package can produce: its errors' codes and
// the word of NoEncoding.
var codes = []string{
	"spreadsheet.syntax", "spreadsheet.encoding", "spreadsheet.no-sheet",
	"spreadsheet.too-large", "spreadsheet.range", "spreadsheet.encoding.none",
}

var _ = i18n.Register(
	i18n.Message{Code: "spreadsheet.syntax", Chinese: "檔案格式有誤，無法讀取", English: "the file is malformed and cannot be read"},
	i18n.Message{Code: "spreadsheet.encoding", Chinese: "檔案文字編碼無法辨識（應為UTF-8、UTF-16或Big5）", English: "the file's text encoding is not recognised (UTF-8, UTF-16 or Big5 expected)"},
	i18n.Message{Code: "spreadsheet.no-sheet", Chinese: "活頁簿未含所指工作表", English: "the workbook has no such sheet"},
	i18n.Message{Code: "spreadsheet.too-large", Chinese: "檔案逾讀取上限，未予讀取", English: "the file exceeds the reading limit and was not read"},
	i18n.Message{Code: "spreadsheet.range", Chinese: "數值逾越範圍", English: "a value is out of range"},
	i18n.Message{Code: "spreadsheet.encoding.none", Chinese: "未指定編碼", English: "no encoding"},
)

package spreadsheet

import "github.com/ogdtw/governance/internal/i18n"

// The messages of the package's sentinels, of where a problem is, and
// of NoEncoding.
var _ = i18n.Register(
	i18n.Message{Code: "spreadsheet.syntax", Chinese: "檔案格式有誤，無法讀取", English: "the file is malformed and cannot be read"},
	i18n.Message{Code: "spreadsheet.encoding", Chinese: "檔案文字編碼無法辨識（應為UTF-8、UTF-16或Big5）", English: "the file's text encoding is not recognised (UTF-8, UTF-16 or Big5 expected)"},
	i18n.Message{Code: "spreadsheet.no-sheet", Chinese: "活頁簿未含所指工作表", English: "the workbook has no such sheet"},
	i18n.Message{Code: "spreadsheet.too-large", Chinese: "檔案逾讀取上限，未予讀取", English: "the file exceeds the reading limit and was not read"},
	i18n.Message{Code: "spreadsheet.range", Chinese: "數值逾越範圍", English: "a value is out of range"},
	i18n.Message{Code: "spreadsheet.encoding.none", Chinese: "未指定編碼", English: "no encoding"},
	i18n.Message{Code: "spreadsheet.at.cell", Chinese: "第%d列第%d欄：%s", English: "row %d, column %d: %s"},
	i18n.Message{Code: "spreadsheet.at.row", Chinese: "第%d列：%s", English: "row %d: %s"},
	i18n.Message{Code: "spreadsheet.at.line", Chinese: "第%d行：%s", English: "line %d: %s"},
)

// A detailForm is a Detail the package writes: its code, its English
// text (the Detail itself) and its Chinese.
type detailForm struct{ code, en, zh string }

// detailForms are every Detail the package writes. An English text puts
// no two verbs side by side.
var detailForms = []detailForm{
	{"spreadsheet.reader", "reading the input", "讀取檔案時發生錯誤"},
	{"spreadsheet.too-large.bytes", "more than %d bytes", "逾%d位元組之上限"},
	{"spreadsheet.too-large.uncompressed", "more than %d bytes uncompressed", "解壓縮後逾%d位元組之上限"},
	{"spreadsheet.too-large.cells", "more than %d cells", "逾%d格之上限"},
	{"spreadsheet.too-large.cell", "more than %d bytes in a cell", "單一儲存格逾%d位元組"},
	{"spreadsheet.encoding.bom", "invalid UTF-8 after a UTF-8 byte-order mark", "檔首標示為UTF-8，內容卻非UTF-8"},
	{"spreadsheet.encoding.utf16-odd", "an odd number of bytes in UTF-16", "UTF-16檔案之位元組數為奇數"},
	{"spreadsheet.encoding.utf16", "invalid UTF-16", "UTF-16內容有誤"},
	{"spreadsheet.encoding.unknown", "bytes neither UTF-8 nor Big5", "內容既非UTF-8亦非Big5"},
	{"spreadsheet.range.delimiter", "the delimiter must be one ASCII character other than a quote or a line break", "分隔字元應為引號及換行以外之單一ASCII字元"},
	{"spreadsheet.syntax.quote", "a quoted cell is never closed", "引號未閉合"},
	{"spreadsheet.syntax.zip", "not a zip archive", "非zip壓縮檔"},
	{"spreadsheet.syntax.open", "cannot open the part", "無法開啟檔案內之部件"},
	{"spreadsheet.syntax.xml", "malformed XML", "XML格式有誤"},
	{"spreadsheet.syntax.ods", "no content.xml: not an OpenDocument file", "未含content.xml，非OpenDocument檔案"},
	{"spreadsheet.range.repeat", "table:%s is not a positive integer", "table:%s非正整數"},
	{"spreadsheet.range.spaces", "text:c is not a count", "text:c非數量"},
	{"spreadsheet.syntax.sheet-part", "the workbook names no part for the sheet", "活頁簿未指明工作表所在之部件"},
	{"spreadsheet.syntax.part", "the part is missing", "缺少所需部件"},
	{"spreadsheet.range.row-order", "a row number out of order or past 1048576", "列號順序顛倒或逾1048576"},
	{"spreadsheet.range.cell-order", "a cell out of order", "儲存格順序顛倒"},
	{"spreadsheet.range.column", "a column past XFD", "欄位逾XFD欄"},
	{"spreadsheet.syntax.ref", "not a cell reference", "非儲存格位址"},
	{"spreadsheet.range.row", "a row past 1048576", "列號逾1048576"},
	{"spreadsheet.range.style", "a style that is not an index", "樣式非索引值"},
	{"spreadsheet.range.shared", "a shared string that is not in the table", "共用字串不在字串表內"},
}

var _ = registerDetails()

func registerDetails() bool {
	for _, f := range detailForms {
		i18n.Register(i18n.Message{Code: f.code, Chinese: f.zh, English: f.en})
	}
	return true
}

// detailCode returns the code of a Detail this package writes and the
// values at its verbs, or "" for another.
func detailCode(detail string) (string, []any) {
	if detail == "" {
		return "", nil
	}
	for _, f := range detailForms {
		if args, ok := i18n.MatchForm(f.en, detail); ok {
			return f.code, args
		}
	}
	return "", nil
}

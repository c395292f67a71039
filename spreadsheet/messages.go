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

// detailForms are every Detail the package writes: its code, its
// English text (the Detail itself) and its Chinese. An English text puts
// no two verbs side by side.
var detailForms = []i18n.Form{
	{Code: "spreadsheet.reader", English: "reading the input", Chinese: "讀取檔案時發生錯誤"},
	{Code: "spreadsheet.too-large.bytes", English: "more than %d bytes", Chinese: "逾%d位元組之上限"},
	{Code: "spreadsheet.too-large.uncompressed", English: "more than %d bytes uncompressed", Chinese: "解壓縮後逾%d位元組之上限"},
	{Code: "spreadsheet.too-large.cells", English: "more than %d cells", Chinese: "逾%d格之上限"},
	{Code: "spreadsheet.too-large.spaces", English: "more than %d bytes of spaces (text:s)", Chinese: "空白（text:s）逾%d位元組之上限"},
	{Code: "spreadsheet.encoding.bom", English: "invalid UTF-8 after a UTF-8 byte-order mark", Chinese: "檔首標示為UTF-8，內容卻非UTF-8"},
	{Code: "spreadsheet.encoding.utf16-odd", English: "an odd number of bytes in UTF-16", Chinese: "UTF-16檔案之位元組數為奇數"},
	{Code: "spreadsheet.encoding.utf16", English: "invalid UTF-16", Chinese: "UTF-16內容有誤"},
	{Code: "spreadsheet.encoding.unknown", English: "bytes neither UTF-8 nor Big5", Chinese: "內容既非UTF-8亦非Big5"},
	{Code: "spreadsheet.range.delimiter", English: "the delimiter must be one ASCII character other than a quote or a line break", Chinese: "分隔字元應為引號及換行以外之單一ASCII字元"},
	{Code: "spreadsheet.syntax.quote", English: "a quoted cell is never closed", Chinese: "引號未閉合"},
	{Code: "spreadsheet.syntax.zip", English: "not a zip archive", Chinese: "非zip壓縮檔"},
	{Code: "spreadsheet.syntax.open", English: "cannot open the part", Chinese: "無法開啟檔案內之部件"},
	{Code: "spreadsheet.syntax.xml", English: "malformed XML", Chinese: "XML格式有誤"},
	{Code: "spreadsheet.syntax.ods", English: "no content.xml: not an OpenDocument file", Chinese: "未含content.xml，非OpenDocument檔案"},
	{Code: "spreadsheet.range.repeat", English: "table:%s is not a positive integer", Chinese: "table:%s非正整數"},
	{Code: "spreadsheet.range.spaces", English: "text:c is not a count", Chinese: "text:c非數量"},
	{Code: "spreadsheet.syntax.sheet-part", English: "the workbook names no part for the sheet", Chinese: "活頁簿未指明工作表所在之部件"},
	{Code: "spreadsheet.syntax.part", English: "the part is missing", Chinese: "缺少所需部件"},
	{Code: "spreadsheet.range.row-order", English: "a row number out of order or past 1048576", Chinese: "列號順序顛倒或逾1048576"},
	{Code: "spreadsheet.range.cell-order", English: "a cell out of order", Chinese: "儲存格順序顛倒"},
	{Code: "spreadsheet.range.column", English: "a column past XFD", Chinese: "欄位逾XFD欄"},
	{Code: "spreadsheet.syntax.ref", English: "not a cell reference", Chinese: "非儲存格位址"},
	{Code: "spreadsheet.range.row", English: "a row past 1048576", Chinese: "列號逾1048576"},
	{Code: "spreadsheet.range.style", English: "a style that is not an index", Chinese: "樣式非索引值"},
	{Code: "spreadsheet.range.shared", English: "a shared string that is not in the table", Chinese: "共用字串不在字串表內"},
}

var _ = i18n.RegisterForms("spreadsheet", detailForms...)

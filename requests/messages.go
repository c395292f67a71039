package requests

import (
	"github.com/ogdtw/governance/internal/i18n"
	"golang.org/x/text/language"
)

// The messages of the package, in Traditional Chinese (公文 wording) and
// English, keyed by the findings' codes and by the enums' label keys
// (requests.category.download-link): see [Finding.Message] and the
// Message method of each enum.
var _ = i18n.Register(
	// Findings: requests.<kind>, arguments typed (counts as int).
	i18n.Message{Code: "requests.row-total",
		Chinese: "%s列合計載為%d，各欄加總為%d，合計%s",
		English: "row %s: the total is printed as %d, its cells add up to %d: the total is %s"},
	i18n.Message{Code: "requests.column-total",
		Chinese: "%s欄合計載為%d，各列加總為%d，合計%s",
		English: "column %s: the total is printed as %d, its rows add up to %d: the total is %s"},
	i18n.Message{Code: "requests.grand-total",
		Chinese: "總計載為%d，各格加總為%d，總計%s",
		English: "the grand total is printed as %d, the cells add up to %d: the grand total is %s"},
	i18n.Message{Code: "requests.missing-row",
		Chinese: "各欄合計超出各列加總%s共%d，與總計超出之數相同，合計疑含表未列年度之件數",
		English: "the column totals exceed their rows%s by %d in all, as much as the grand total exceeds its cells: the totals seem to include a year the table does not list"},
	i18n.Message{Code: "requests.missing-row.cells", Chinese: "（%s）", English: " (%s)"},
	i18n.Message{Code: "requests.missing-row.cell", Chinese: "%s%d", English: "%s %d"},
	i18n.Message{Code: "requests.missing-row.sep", Chinese: "、", English: ", "},
	i18n.Message{Code: "requests.other-total",
		Chinese: "%s載為%d，計算為%d",
		English: "%s is printed as %d and computed as %d"},
	// How much a printed figure is over or under what it is checked
	// against: 多2, 少1 (2 more, 1 fewer), as a difference is said.
	i18n.Message{Code: "requests.diff.more", Chinese: "多%d", English: "%d more"},
	i18n.Message{Code: "requests.diff.less", Chinese: "少%d", English: "%d fewer"},
	// CellCheck: a printed cell against the requests counted.
	i18n.Message{Code: "requests.cell-count",
		Chinese: "%s%s欄載為%d，需求清單計%d件，相符",
		English: "%s, column %s: printed as %d, %d requests counted: they agree"},
	i18n.Message{Code: "requests.cell-count.differs",
		Chinese: "%s%s欄載為%d，需求清單計%d件，表列%s",
		English: "%s, column %s: printed as %d, %d requests counted: the table has %s"},
	i18n.Message{Code: "requests.cell-count.counted-not-reached",
		Chinese: "%s%s欄載為「-」，需求清單計%d件",
		English: "%s, column %s: printed as \"-\", %d requests counted"},
	i18n.Message{Code: "requests.cell-count.not-reached",
		Chinese: "%s%s欄載為「-」，需求清單未載該期之需求，無從判斷該期是否已屆",
		English: "%s, column %s: printed as \"-\", no request counted: whether the period was reached is not known"},
	i18n.Message{Code: "requests.cell-count.unprinted",
		Chinese: "%s%s欄未載，需求清單計%d件",
		English: "%s, column %s: not printed, %d requests counted"},
	i18n.Message{Code: "requests.cell-count.pending",
		Chinese: "%s%s欄載為%d，需求清單計%d件，另%d件未載收件日期或類別，無從判斷",
		English: "%s, column %s: printed as %d, %d requests counted, and %d without a receipt date or category that may belong to it"},
	i18n.Message{Code: "requests.cell-count.no-axis",
		Chinese: "%s%s欄：本表之欄位非季別或類別，無從依需求清單計數",
		English: "%s, column %s: the table's columns are neither quarters nor categories, so the requests cannot be counted by them"},
	// A finding: its severity, then what is wrong.

	// Report lines.
	i18n.Message{Code: "requests.reconciliation",
		Chinese: "核對所載合計%d項：符合%d項，不符%d項，無法查核%d項",
		English: "%d printed totals checked: %d agree, %d do not, %d not printed"},

	i18n.Message{Code: "requests.reply-report",
		Chinese: "%v止：%d件，已回應%d件，未回應%d件，逾%d日%d件",
		English: "as of %[1]v: %[2]d requests, %[3]d answered, %[4]d unanswered, %[6]d past the %[5]d-day deadline"},
	i18n.Message{Code: "requests.reply.id", Chinese: "編號", English: "No."},
	i18n.Message{Code: "requests.reply.received", Chinese: "收件日期", English: "received"},
	i18n.Message{Code: "requests.reply.replied", Chinese: "回應日期", English: "replied"},
	i18n.Message{Code: "requests.reply.days", Chinese: "天數", English: "days"},
	i18n.Message{Code: "requests.reply.state", Chinese: "狀態", English: "state"},
	i18n.Message{Code: "requests.reply.late", Chinese: "逾期回應", English: "answered late"},
	i18n.Message{Code: "requests.reply.overdue", Chinese: "逾期未回應", English: "unanswered, overdue"},
	i18n.Message{Code: "requests.reply.open", Chinese: "未回應", English: "unanswered"},
	i18n.Message{Code: "requests.reply.date", Chinese: "%v", English: "%v"},

	// Category.
	i18n.Message{Code: "requests.category.none", Chinese: "未分類", English: "not classified"},
	i18n.Message{Code: "requests.category.download-link", Chinese: "下載連結問題", English: "download link problem"},
	i18n.Message{Code: "requests.category.content-error", Chinese: "內容有誤", English: "content error"},
	i18n.Message{Code: "requests.category.quality-improvement", Chinese: "品質改善", English: "quality improvement"},
	i18n.Message{Code: "requests.category.other", Chinese: "其他", English: "other"},
	i18n.Message{Code: "requests.category.new-dataset", Chinese: "建議新增資料集", English: "new dataset suggested"},

	// Concern.
	i18n.Message{Code: "requests.concern.none", Chinese: "無", English: "none"},
	i18n.Message{Code: "requests.concern.own-regulation", Chinese: "主管法規疑義", English: "doubt about the ministry's own regulations"},
	i18n.Message{Code: "requests.concern.process-or-system", Chinese: "業務流程或資訊系統問題", English: "business process or information system problem"},
	i18n.Message{Code: "requests.concern.cross-ministry", Chinese: "跨部會法規疑義", English: "doubt about regulations of several ministries"},

	// Route: the label, and the clause of 第10點 (Wording).
	i18n.Message{Code: "requests.route.quarterly-review", Chinese: "按季檢視", English: "quarterly review"},
	i18n.Message{Code: "requests.route.legal-review", Chinese: "會同法制單位檢討修正", English: "review and amendment with the legal unit"},
	i18n.Message{Code: "requests.route.improvement-schedule", Chinese: "排定改善期程，定期追蹤列管", English: "improvement schedule, tracked at each meeting"},
	i18n.Message{Code: "requests.route.refer-to-executive-yuan", Chinese: "提報行政院諮詢小組", English: "referral to the Executive Yuan's advisory group"},
	i18n.Message{Code: "requests.route-wording.quarterly-review",
		Chinese: "應按季檢視民間需求之回應說明",
		English: "the replies to the public shall be reviewed every quarter"},
	i18n.Message{Code: "requests.route-wording.legal-review",
		Chinese: "涉機關主管法規疑義者，應會同機關法制單位檢討修正，並確認回應說明之適切性",
		English: "a doubt about the ministry's own regulations shall be reviewed and amended with its legal unit, and the reply checked for appropriateness"},
	i18n.Message{Code: "requests.route-wording.improvement-schedule",
		Chinese: "涉機關業務流程或資訊系統問題者，應排定改善期程，定期追蹤列管",
		English: "a business process or information system problem shall be given an improvement schedule and tracked regularly"},
	i18n.Message{Code: "requests.route-wording.refer-to-executive-yuan",
		Chinese: "涉跨部會法規疑義者，應提報行政院諮詢小組",
		English: "a doubt about regulations of several ministries shall be referred to the Executive Yuan's advisory group"},

	// Axis.
	i18n.Message{Code: "requests.axis.by-quarter", Chinese: "依季別", English: "by quarter"},
	i18n.Message{Code: "requests.axis.by-category", Chinese: "依類別", English: "by category"},

	// FindingKind.
	i18n.Message{Code: "requests.kind.row-total", Chinese: "列合計", English: "row total"},
	i18n.Message{Code: "requests.kind.column-total", Chinese: "欄合計", English: "column total"},
	i18n.Message{Code: "requests.kind.grand-total", Chinese: "總計", English: "grand total"},
	i18n.Message{Code: "requests.kind.missing-row", Chinese: "漏列", English: "missing row"},
)

// label returns the message of an enum's label key, or fallback when the
// value has none (an invalid value, or a zero value printing "").
func label(t language.Tag, prefix, name, fallback string) string {
	if name == "" {
		return fallback
	}
	return i18n.Sprintf(t, prefix+name)
}

// detailForms are every Detail the package writes in a [ParseError]: its
// stable code, the English text as Detail and Error carry it (%d a
// number, %s a text) and its Chinese. The table is the one place the
// details are listed; a Detail copied from datasets or rocdate is read
// with theirs. An English text puts no two verbs side by side.
var detailForms = []i18n.Form{
	{Code: "requests.syntax.category", English: "not a category", Chinese: "非有效之申請類別"},
	{Code: "requests.syntax.concern", English: "not a concern", Chinese: "非有效之關切事項"},
	{Code: "requests.syntax.finding-kind", English: "not a finding kind", Chinese: "非有效之核對結果類別"},
	{Code: "requests.syntax.route", English: "not a route", Chinese: "非有效之處理方式"},
	{Code: "requests.syntax.axis", English: "not an axis", Chinese: "非有效之統計方式"},
	{Code: "requests.missing.cell", English: "empty cell", Chinese: "儲存格空白"},
	{Code: "requests.syntax.note", English: "bad note in brackets", Chinese: "括號內註記無法辨識"},
	{Code: "requests.range.count", English: "count above %d", Chinese: "數量逾%d"},
	{Code: "requests.syntax.count", English: "not a count or \"-\"", Chinese: "非數量或「-」"},
	{Code: "requests.duplicate.id", English: "編號 given twice; the first is row %d", Chinese: "編號重複，首見於第%d列"},
	{Code: "requests.range.replied", English: "reply before the receipt date %s", Chinese: "回復日期早於收件日期%s"},
	{Code: "requests.missing.columns", English: "no column besides the rows' labels and 合計", Chinese: "除列標題及合計外，未載其他欄"},
	{Code: "requests.duplicate.totals", English: "a second totals row; the first, row %d, is kept", Chinese: "合計列重複，以第%d列為準"},
	{Code: "requests.duplicate.year", English: "year given twice", Chinese: "年度重複"},
	{Code: "requests.syntax.headless", English: "a cell under no header", Chinese: "儲存格無對應之欄標題"},
	{Code: "requests.missing.as-of", English: "no asOf date", Chinese: "未載基準日"},
	{Code: "requests.range.deadline", English: "negative deadline", Chinese: "期限為負數"},
	{Code: "requests.missing.quarter", English: "no quarter", Chinese: "未載季別"},
	{Code: "requests.missing.meeting", English: "no meeting date", Chinese: "未載會議日期"},
	{Code: "requests.syntax.year", English: "not an ROC year", Chinese: "非民國年度"},
	{Code: "requests.range.year", English: "year out of range", Chinese: "年度超出範圍"},
	{Code: "requests.range.axis", English: "counts without an axis", Chinese: "有數量而未載統計方式"},
	{Code: "requests.range.rows", English: "one row of counts per year needed", Chinese: "每一年度應有一列數量"},
	{Code: "requests.range.years", English: "years not consecutive", Chinese: "年度不相連"},
	{Code: "requests.range.cells", English: "wrong number of counts in a row", Chinese: "一列之數量個數不符"},
	{Code: "requests.range.negative", English: "negative count", Chinese: "數量為負數"},
	{Code: "requests.syntax.dataset", English: "not a dataset ID", Chinese: "非資料集識別碼"},
}

var _ = i18n.RegisterForms("requests", detailForms...)

// The messages of [CompareTables]: its findings (a side of a table is
// what one table prints of a year or of the grand total), the default
// names of the tables and the summary line.
var _ = i18n.Register(
	i18n.Message{Code: "requests.cross-year-total",
		Chinese: "%s：%s；%s，兩表不符",
		English: "%s: %s; %s: the two tables disagree"},
	i18n.Message{Code: "requests.cross-grand-total",
		Chinese: "%s；%s，兩表不符",
		English: "%s; %s: the two tables disagree"},
	i18n.Message{Code: "requests.cross-side",
		Chinese: "%s%s載為%d、各格加總為%d",
		English: "%s, %s printed as %d, cells adding up to %d"},
	i18n.Message{Code: "requests.cross-side.not-reached",
		Chinese: "%s%s載為「-」、各格加總為%d",
		English: "%s, %s printed as \"-\", cells adding up to %d"},
	i18n.Message{Code: "requests.cross-side.unprinted",
		Chinese: "%s%s未載、各格加總為%d",
		English: "%s, %s not printed, cells adding up to %d"},
	i18n.Message{Code: "requests.cross-notation",
		Chinese: "%s：同一年度一表載「-」、一表載「0」（%s列合計載為「-」，%s載為「0」）",
		English: "%s: one table prints \"-\" and the other \"0\" for the same year (%s prints the row total as \"-\", %s as \"0\")"},
	i18n.Message{Code: "requests.cross-missing-year",
		Chinese: "%s僅見於%s，%s未列該年度",
		English: "%s is printed only in %s; %s has no row for it"},
	i18n.Message{Code: "requests.cross-residual",
		Chinese: "兩表總計均載為%d，各格加總均為%d，均多%d，疑均含表未列年度之件數",
		English: "both tables print the grand total as %d while their cells add up to %d, %d more: both seem to include a year they do not list"},
	i18n.Message{Code: "requests.cross-residual.each",
		Chinese: "%s總計載為%d、各格加總為%d，%s總計載為%d、各格加總為%d，均多%d，疑均含表未列年度之件數",
		English: "%s prints the grand total as %d, its cells add up to %d; %s prints it as %d, its cells add up to %d; each %d more: both seem to include a year they do not list"},
	i18n.Message{Code: "requests.cross-other",
		Chinese: "%s：%s與%s對照有異",
		English: "%s: %s and %s differ"},
	i18n.Message{Code: "requests.cross-table.by-quarter", Chinese: "依季別", English: "the table by quarter"},
	i18n.Message{Code: "requests.cross-table.by-category", Chinese: "依類別", English: "the table by category"},
	i18n.Message{Code: "requests.cross-table.first", Chinese: "甲表", English: "table A"},
	i18n.Message{Code: "requests.cross-table.second", Chinese: "乙表", English: "table B"},
	i18n.Message{Code: "requests.comparison",
		Chinese: "%s與%s對照核對%d項：相符%d項，不符%d項，無法查核%d項",
		English: "%s against %s: %d comparisons, %d agree, %d disagree, %d could not be made"},
)

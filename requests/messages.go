package requests

import (
	"sync"

	"github.com/ogdtw/governance/finding"
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
		Chinese: "%s列合計印為%d，各欄加總為%d，相差%+d",
		English: "row %s: the total is printed as %d, its cells add up to %d, a difference of %+d"},
	i18n.Message{Code: "requests.column-total",
		Chinese: "%s欄合計印為%d，各列加總為%d，相差%+d",
		English: "column %s: the total is printed as %d, its rows add up to %d, a difference of %+d"},
	i18n.Message{Code: "requests.grand-total",
		Chinese: "總計印為%d，各格加總為%d，相差%+d",
		English: "the grand total is printed as %d, the cells add up to %d, a difference of %+d"},
	i18n.Message{Code: "requests.missing-row",
		Chinese: "各欄合計之差%s合計%d，等於總計之差，疑有一列漏列",
		English: "the column totals exceed their cells%s by %d in all, as much as the grand total does: a row seems left out of the print"},
	i18n.Message{Code: "requests.missing-row.cells", Chinese: "（%s）", English: " (%s)"},
	i18n.Message{Code: "requests.missing-row.cell", Chinese: "%s%d", English: "%s %d"},
	i18n.Message{Code: "requests.missing-row.sep", Chinese: "、", English: ", "},
	i18n.Message{Code: "requests.other-total",
		Chinese: "%s印為%d，計算為%d",
		English: "%s is printed as %d and computed as %d"},
	// A finding: its severity, then what is wrong.
	i18n.Message{Code: "requests.finding", Chinese: "%s：%s", English: "%s: %s"},

	// Report lines.
	i18n.Message{Code: "requests.reconciliation",
		Chinese: "核對印製合計%d項，相符%d項，不符%d項",
		English: "%d printed totals checked: %d agree, %d do not"},

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

// severityCodes are the message codes of the severities, by value: the
// words package finding registers.
var severityCodes = [...]string{"", "finding.severity.error", "finding.severity.warning", "finding.severity.notice"}

// prefixes holds, per language (Chinese, English) and severity, the
// severity's word and the separator before the detail (錯誤：, error: ),
// read from the catalog once: a finding's Message formats one message,
// not three.
var prefixes struct {
	once sync.Once
	text [2][len(severityCodes)]string
}

// prefix returns the severity's word and the separator in the language
// nearest to t; an invalid or zero severity is its String.
func prefix(s finding.Severity, t language.Tag) string {
	prefixes.once.Do(func() {
		for i, tag := range [2]language.Tag{finding.Chinese, finding.English} {
			for v, code := range severityCodes {
				word := finding.Severity(v).String()
				if code != "" {
					word = i18n.Sprintf(tag, code)
				}
				prefixes.text[i][v] = i18n.Sprintf(tag, "requests.finding", word, "")
			}
		}
	})
	i := 0
	if i18n.Match(t) == finding.English {
		i = 1
	}
	if int(s) < len(severityCodes) {
		return prefixes.text[i][s]
	}
	return i18n.Sprintf(t, "requests.finding", s.String(), "")
}

// label returns the message of an enum's label key, or fallback when the
// value has none (an invalid value, or a zero value printing "").
func label(t language.Tag, prefix, name, fallback string) string {
	if name == "" {
		return fallback
	}
	return i18n.Sprintf(t, prefix+name)
}

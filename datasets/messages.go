package datasets

import (
	"strconv"
	"strings"
	"sync"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/internal/i18n"
	"github.com/ogdtw/governance/rocdate"
	"golang.org/x/text/language"
)

// The messages of the package, in Traditional Chinese (公文 wording) and
// English, keyed by the findings' codes (datasets.change) and by the
// enums' label keys (datasets.status.listed). Counts are passed as
// i18n.Number (grouped: 2,963); dataset IDs and row numbers as text, since
// they are names, not quantities.
var _ = i18n.Register(
	// A finding: severity, where, what.
	i18n.Message{Code: "datasets.finding", Chinese: "%s：", English: "%s: "},
	i18n.Message{Code: "datasets.row", Chinese: "（第%s列）", English: " (row %s)"},
	i18n.Message{Code: "datasets.located", Chinese: "%s%s%s", English: "%s%s: %s"},
	i18n.Message{Code: "datasets.date", Chinese: "%v", English: "%v"},
	i18n.Message{Code: "datasets.quarter", Chinese: "%s年第%s季", English: "Q%[2]s %[1]s"},

	// SeriesFinding.
	i18n.Message{Code: "datasets.increase",
		Chinese: "增加數量印為%d筆，依開放數量%d筆與前次（%v）%d筆計算應為%d筆",
		English: "the increase is printed as %d, while the open count %d and the previous one (%v), %d, give %d"},

	// TableFinding: the line, then what is wrong.
	i18n.Message{Code: "datasets.line.subtotal-of", Chinese: "%s小計", English: "subtotal of %s"},
	i18n.Message{Code: "datasets.line.total-line", Chinese: "合計", English: "total"},
	i18n.Message{Code: "datasets.change",
		Chinese: "增減印為%d，依%s（%d）與%s（%d）計算應為%d",
		English: "the change is printed as %d, while %s (%d) and %s (%d) give %d"},
	i18n.Message{Code: "datasets.since-year-start",
		Chinese: "%s印為%d，前期為上年第4季，應為兩期之差%d",
		English: "%s is printed as %d; the earlier period is the last quarter of the year before, so it should be the change, %d"},
	i18n.Message{Code: "datasets.subtotal",
		Chinese: "%s印為%d，%s各列加總為%d",
		English: "%s is printed as %d, the rows of %s add up to %d"},
	i18n.Message{Code: "datasets.total",
		Chinese: "%s印為%d，各列加總為%d",
		English: "%s is printed as %d, the rows add up to %d"},
	i18n.Message{Code: "datasets.series-mismatch",
		Chinese: "%s各列合計%d，與%v開放數量%d不符",
		English: "the rows of %s add up to %d, which does not match the open count of %v, %d"},
	i18n.Message{Code: "datasets.not-in-series",
		Chinese: "開放數量統計無%s之數字，%s合計%d未能核對",
		English: "the open-count series has no figure for %s, so the total of %s, %d, could not be checked"},
	i18n.Message{Code: "datasets.overflow",
		Chinese: "%s超出可計算之數值範圍，無法核對",
		English: "%s is beyond the range of numbers that can be computed, so it could not be checked"},
	i18n.Message{Code: "datasets.overflow.change", Chinese: "%[2]s減%[1]s", English: "%[2]s minus %[1]s"},
	i18n.Message{Code: "datasets.overflow.subtotal", Chinese: "%s各列加總", English: "the sum of the rows of %s"},
	i18n.Message{Code: "datasets.overflow.total", Chinese: "各列加總", English: "the sum of the rows"},

	// DelistingFinding: the request, then what is wrong.
	i18n.Message{Code: "datasets.request.item", Chinese: "項次%s", English: "item %s"},
	i18n.Message{Code: "datasets.request.nth", Chinese: "第%s筆申請", English: "request %s"},
	i18n.Message{Code: "datasets.request.located", Chinese: "%s%s資料集%s：%s", English: "%s%s, dataset %s: %s"},
	i18n.Message{Code: "datasets.unknown-dataset", Chinese: "資料集%s不在資料集目錄中", English: "dataset %s is not in the catalog"},
	i18n.Message{Code: "datasets.already-delisted", Chinese: "資料集%s已下架", English: "dataset %s is delisted already"},
	i18n.Message{Code: "datasets.repeated", Chinese: "同一批次重複申請下架資料集%s，已見於%s", English: "the batch asks to delist dataset %s again: it is already asked in %s"},
	i18n.Message{Code: "datasets.wrong-publisher", Chinese: "申請機關為%s，惟資料集%s之提供機關為%s", English: "%s asks, but dataset %s is published by %s"},
	i18n.Message{Code: "datasets.title-mismatch", Chinese: "申請所列名稱「%s」與目錄名稱「%s」不同", English: "the title given, “%s”, differs from the catalog's, “%s”"},
	i18n.Message{Code: "datasets.title-mismatch.kept", Chinese: "所列保留資料集名稱「%s」與目錄名稱「%s」不同", English: "the title given for the dataset kept, “%s”, differs from the catalog's, “%s”"},
	i18n.Message{Code: "datasets.no-reason", Chinese: "未敘明下架原因", English: "no reason for delisting is given"},
	i18n.Message{Code: "datasets.no-kept", Chinese: "下架原因為%s，惟未指明保留之資料集", English: "the reason is %s, but the dataset kept is not named"},
	i18n.Message{Code: "datasets.kept-self", Chinese: "保留之資料集即為申請下架之資料集%s", English: "the dataset kept is dataset %s itself, the one to delist"},
	i18n.Message{Code: "datasets.kept-unknown", Chinese: "保留之資料集%s不在資料集目錄中", English: "the dataset kept, %s, is not in the catalog"},
	i18n.Message{Code: "datasets.kept-delisted", Chinese: "保留之資料集%s已下架", English: "the dataset kept, %s, is delisted already"},
	i18n.Message{Code: "datasets.kept-in-batch", Chinese: "保留之資料集%s亦於本批申請下架", English: "the dataset kept, %s, is delisted by the same batch"},
	i18n.Message{Code: "datasets.cycle",
		Chinese: "保留之資料集%s亦於本批申請下架，且輾轉保留回資料集%s，形成循環，資料將全數下架",
		English: "the dataset kept, %s, is delisted by the same batch, and the datasets kept lead back to dataset %s: a cycle, so none of the data would stay listed"},
	i18n.Message{Code: "datasets.kept-other-publisher", Chinese: "保留之資料集%s屬%s，與%s不同", English: "the dataset kept, %s, belongs to %s, not to %s"},
	i18n.Message{Code: "datasets.title-unlike",
		Chinese: "下架之「%s」與保留之「%s」名稱不相近，請確認為同一資料",
		English: "the title delisted, “%s”, does not resemble the one kept, “%s”: please confirm they hold the same data"},

	// Status, Kind, Group, Reason, Duty, Line.
	i18n.Message{Code: "datasets.status.listed", Chinese: "上架", English: "listed"},
	i18n.Message{Code: "datasets.status.delisted", Chinese: "下架", English: "delisted"},
	i18n.Message{Code: "datasets.kind.unit", Chinese: "本部單位", English: "unit of the ministry"},
	i18n.Message{Code: "datasets.kind.agency", Chinese: "所屬機關", English: "agency"},
	i18n.Message{Code: "datasets.kind.sub-agency", Chinese: "下級機關", English: "subordinate agency"},
	i18n.Message{Code: "datasets.group.units", Chinese: "本部單位", English: "units of the ministry"},
	i18n.Message{Code: "datasets.group.agencies", Chinese: "所屬機關", English: "agencies"},
	i18n.Message{Code: "datasets.reason.duplicate", Chinese: "重複", English: "duplicate"},
	i18n.Message{Code: "datasets.reason.merged", Chinese: "合併", English: "merged"},
	i18n.Message{Code: "datasets.reason.obsolete", Chinese: "停止更新", English: "no longer updated"},
	i18n.Message{Code: "datasets.reason.legal-restriction", Chinese: "法規限制", English: "legal restriction"},
	i18n.Message{Code: "datasets.reason.other", Chinese: "其他", English: "other"},
	i18n.Message{Code: "datasets.duty.report-results", Chinese: "提報推動成果", English: "report the results"},
	i18n.Message{Code: "datasets.duty.publish-review", Chinese: "公開審查結果", English: "publish the review's results"},
	i18n.Message{Code: "datasets.duty.update-planned", Chinese: "更新預計開放清單", English: "update the list of datasets planned"},
	i18n.Message{Code: "datasets.duty-wording.report-results",
		Chinese: "應按季提報該機關與所屬機關資料開放推動成果送行政院諮詢小組備查",
		English: "the open-data results of the ministry and its agencies shall be reported every quarter to the Executive Yuan's advisory group for its records"},
	i18n.Message{Code: "datasets.duty-wording.publish-review",
		Chinese: "按季於政府資料開放平臺（data.gov.tw）公開審查結果及說明未能開放之依據",
		English: "the review's results, and the grounds for what cannot be opened, shall be published every quarter on the government open-data platform (data.gov.tw)"},
	i18n.Message{Code: "datasets.duty-wording.update-planned",
		Chinese: "更新預計開放資料集清單",
		English: "the list of datasets planned to be opened shall be updated"},
	i18n.Message{Code: "datasets.line.publisher", Chinese: "機關列", English: "publisher's row"},
	i18n.Message{Code: "datasets.line.subtotal", Chinese: "小計", English: "subtotal"},
	i18n.Message{Code: "datasets.line.total", Chinese: "合計", English: "total"},
)

// severityCodes are the message codes of the severities, by value: the
// words package finding registers.
var severityCodes = [...]string{"", "finding.severity.error", "finding.severity.warning", "finding.severity.notice"}

// prefixes holds, per language (Chinese, English) and severity, the
// severity's word and its separator (錯誤：, error: ), read from the
// catalog once.
var prefixes struct {
	once sync.Once
	text [2][len(severityCodes)]string
}

// english reports whether the language nearest to t is English.
func english(t language.Tag) bool { return i18n.Match(t) == finding.English }

// prefix returns the severity's word and separator in the language
// nearest to t; an invalid severity is its String.
func prefix(s finding.Severity, t language.Tag) string {
	prefixes.once.Do(func() {
		for i, tag := range [2]language.Tag{finding.Chinese, finding.English} {
			for v, code := range severityCodes {
				word := finding.Severity(v).String()
				if code != "" {
					word = i18n.Sprintf(tag, code)
				}
				prefixes.text[i][v] = i18n.Sprintf(tag, "datasets.finding", word)
			}
		}
	})
	i := 0
	if english(t) {
		i = 1
	}
	if int(s) < len(severityCodes) {
		return prefixes.text[i][s]
	}
	return i18n.Sprintf(t, "datasets.finding", s.String())
}

// frames holds, per language, the pieces of the messages that only
// frame others (datasets.row, datasets.located): read from the catalog
// once, by formatting them with a marker for each argument, so that a
// finding's Message formats one message (its detail) rather than three.
var frames struct {
	once                  sync.Once
	row, located, request [2][]string
}

// frame returns the pieces of code in language tag, between its
// arguments (n of them, taken in order).
func frame(tag language.Tag, code string, n int) []string {
	args := make([]any, n)
	for i := range args {
		args[i] = "\x00"
	}
	return strings.Split(i18n.Sprintf(tag, code, args...), "\x00")
}

// framesOf returns the frames in the language nearest to t: of the row,
// and of a finding (datasets.request.located for a request of a batch).
func framesOf(t language.Tag, request bool) (row, located []string) {
	frames.once.Do(func() {
		for i, tag := range [2]language.Tag{finding.Chinese, finding.English} {
			frames.row[i] = frame(tag, "datasets.row", 1)
			frames.located[i] = frame(tag, "datasets.located", 3)
			frames.request[i] = frame(tag, "datasets.request.located", 4)
		}
	})
	i := 0
	if english(t) {
		i = 1
	}
	if request {
		return frames.row[i], frames.request[i]
	}
	return frames.row[i], frames.located[i]
}

// located writes a finding in the language nearest to t: its severity,
// where it is (a date, a line), its source row when known, and what is
// wrong: 錯誤：統計處（第2列）增減印為5，…. For a request of a batch
// (dataset not ""), where is the request and the dataset follows the row:
// 錯誤：項次1（第2列）資料集87010：….
func located(t language.Tag, sev finding.Severity, where string, row int, dataset, detail string) string {
	rowFrame, frame := framesOf(t, dataset != "")
	var rowText string
	if row > 0 {
		var d [20]byte
		rowText = rowFrame[0] + string(strconv.AppendInt(d[:0], int64(row), 10)) + rowFrame[1]
	}
	if where == "" && rowText == "" && dataset == "" {
		return prefix(sev, t) + detail
	}
	args := [4]string{where, rowText, detail}
	if dataset != "" {
		args = [4]string{where, rowText, dataset, detail}
	}
	var b strings.Builder
	b.Grow(len(where) + len(detail) + 64)
	b.WriteString(prefix(sev, t))
	for i, piece := range frame {
		b.WriteString(piece)
		if i < len(frame)-1 {
			b.WriteString(args[i])
		}
	}
	return b.String()
}

// quarterText returns a quarter as 111年第2季, or Q2 2022 in English.
func quarterText(t language.Tag, q rocdate.Quarter) string {
	y := q.Year()
	if english(t) {
		y += 1911
	}
	return i18n.Sprintf(t, "datasets.quarter", itoa(y), itoa(q.Number()))
}

// message returns the label of v in the language nearest to t: the word
// of the zero value ("") for it, String for an invalid value.
func (e *enumText) message(t language.Tag, v uint8) string {
	if !e.valid(v) || e.ids[v] == "" {
		return e.str(v)
	}
	return i18n.Sprintf(t, e.key+e.ids[v])
}

// itoa writes n in decimal, ungrouped: for row numbers and years.
func itoa(n int) string { return strconv.Itoa(n) }

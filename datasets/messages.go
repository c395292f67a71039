package datasets

import (
	"errors"
	"strconv"
	"strings"
	"sync"

	"github.com/ogdtw/governance/internal/errs"

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
	i18n.Message{Code: "datasets.year-start-unknown",
		Chinese: "「%[1]s」欄%[2]d列無法核對：前期%[3]s之數量統計至%[4]v，非年初（%[5]v）之數量，年初數量未載",
		English: "%[1]s could not be checked in %[2]d rows: the earlier period, %[3]s, is counted on %[4]v, not at the year's start (%[5]v), whose count is not given"},
	i18n.Message{Code: "datasets.year-start-unknown.undated",
		Chinese: "「%[1]s」欄%[2]d列無法核對：前期%[3]s之數量未載統計日期，年初（%[4]v）之數量未載",
		English: "%[1]s could not be checked in %[2]d rows: the earlier period, %[3]s, gives no date of count, and the count at the year's start (%[4]v) is not given"},
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
	i18n.Message{Code: "datasets.publisher-unknown", Chinese: "申請未載機關，資料集%s之提供機關為%s，申請機關無法查核", English: "the request names no agency; dataset %s is published by %s, so the requester could not be checked"},
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

	// RankFinding, RankClaim and RankCheck.
	i18n.Message{Code: "datasets.printed-rank",
		Chinese: "排名印為第%d名，依資料集數量%d筆計算應為第%d名",
		English: "the rank is printed as %d, while the count, %d, gives rank %d"},
	i18n.Message{Code: "datasets.rank-claim.exact", Chinese: "資料開放數量名列各部會第%s", English: "open datasets rank %s among the ministries"},
	i18n.Message{Code: "datasets.rank-claim.at-most", Chinese: "資料開放數量名列各部會前%s", English: "open datasets rank among the top %s of the ministries"},
	i18n.Message{Code: "datasets.rank-claim.named", Chinese: "%s%s", English: "%[2]s (%[1]s)"},
	i18n.Message{Code: "datasets.rank-claim", Chinese: "%s：%s", English: "%s: %s"},
	i18n.Message{Code: "datasets.rank-claim.found", Chinese: "依排名表，%s資料集%d筆，%s，%s", English: "by the ranking, %s has %d datasets and %s; %s"},
	i18n.Message{Code: "datasets.rank-claim.place", Chinese: "名列第%s", English: "ranks %s"},
	i18n.Message{Code: "datasets.rank-claim.place-tied", Chinese: "並列第%s", English: "ranks %s, tied"},
	i18n.Message{Code: "datasets.rank-claim.agrees", Chinese: "相符", English: "as claimed"},
	i18n.Message{Code: "datasets.rank-claim.differs", Chinese: "不符", English: "not as claimed"},
	i18n.Message{Code: "datasets.rank-claim.within", Chinese: "在前%s名內，相符", English: "within the top %s, as claimed"},
	i18n.Message{Code: "datasets.rank-claim.outside", Chinese: "未在前%s名內，不符", English: "not within the top %s claimed"},
	i18n.Message{Code: "datasets.rank-claim.no-table", Chinese: "未提供排名表，無法查核", English: "no ranking is given, so it cannot be checked"},
	i18n.Message{Code: "datasets.rank-claim.no-rank", Chinese: "未載名次，無法查核", English: "the claim gives no rank, so it cannot be checked"},
	i18n.Message{Code: "datasets.rank-claim.no-name", Chinese: "未指明機關，無法查核", English: "no agency is named, so it cannot be checked"},
	i18n.Message{Code: "datasets.rank-claim.not-listed", Chinese: "排名表未列%s，無法查核", English: "the ranking does not list %s, so it cannot be checked"},

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

// A detailForm is one Detail the package writes in a [ParseError]: its
// stable code, the English text as Detail and Error carry it (%d a
// number, %s a text) and its Chinese. The table is the one place the
// details are listed; a Detail copied from rocdate is read by
// [rocdate.DetailMessage].
type detailForm struct {
	code, en, zh string
}

// detailForms are every Detail the package writes, the specific before
// the general ("not a %s" is last). An English text puts no two verbs
// side by side; a Go type's or an English label's text is left out of the
// Chinese (%.0s).
var detailForms = []detailForm{
	{"datasets.range.id", "ID outside 1 to 999999999", "識別碼應介於1至999999999"},
	{"datasets.missing.publisher", "no publisher", "未載提供機關"},
	{"datasets.missing.title", "no title", "未載資料集名稱"},
	{"datasets.range.status", "status %s is neither listed nor delisted", "狀態非上架或下架%.0s"},
	{"datasets.duplicate.id", "ID given twice", "識別碼重複"},
	{"datasets.syntax.figure", "not a figure", "非數字"},
	{"datasets.range.figure", "figure too large", "數字過大"},
	{"datasets.syntax.no-number", "no number", "未載數字"},
	{"datasets.range.number", "number too large", "數字過大"},
	{"datasets.syntax.number", "not a number", "非數字"},
	{"datasets.syntax.ref-id", "no ID in brackets at the end", "末尾括號內未載識別碼"},
	{"datasets.syntax.ref-bracket", "no opening bracket before the ID", "識別碼前未載左括號"},
	{"datasets.syntax.ref-title", "no title before the ID", "識別碼前未載名稱"},
	{"datasets.missing.agency", "no agency", "未載機關"},
	{"datasets.hierarchy-cycle.self", "an agency above itself", "機關為其自身之上級機關"},
	{"datasets.duplicate.agency", "agency given twice", "機關重複"},
	{"datasets.hierarchy-cycle.loop", "上級機關 lead back to the agency", "上級機關循環回到本機關"},
	{"datasets.syntax.class", "not 甲類, 乙類 or 丙類", "非甲類、乙類或丙類"},
	{"datasets.missing.catalog", "dataset not in the catalog", "資料集未列於資料目錄"},
	{"datasets.duplicate.row-id", "ID given on an earlier row", "識別碼與前列重複"},
	{"datasets.syntax.time", "time of day is not hh:mm or hh:mm:ss", "時間應為時:分或時:分:秒"},
	{"datasets.range.item", "項次 too large", "項次過大"},
	{"datasets.syntax.item", "項次 is not a number", "項次非數字"},
	{"datasets.duplicate.date", "date given on an earlier row", "日期與前列重複"},
	{"datasets.duplicate.total", "合計 given on row %d already", "合計已見於第%d列"},
	{"datasets.missing.group", "小計 without a group", "小計未載所屬類別"},
	{"datasets.duplicate.subtotal", "小計 of %s given twice", "「%s」小計重複"},
	{"datasets.duplicate.publisher", "publisher given on an earlier row", "機關與前列重複"},
	{"datasets.duplicate.third-period", "a third period column", "期間欄逾二欄"},
	{"datasets.duplicate.since", "a second 迄今 column", "迄今欄重複"},
	{"datasets.missing.periods", "two period columns (110年第4季, 111年第2季) are needed", "應有二期間欄（如110年第4季、111年第2季）"},
	{"datasets.duplicate.period", "one period given twice", "期間重複"},
	{"datasets.too-large.name", "name longer than %d bytes", "名稱逾%d位元組"},
	{"datasets.syntax.name", "control character or invalid UTF-8 in a name", "名稱含控制字元或無效編碼"},
	{"datasets.missing.name", "no name", "未載名稱"},
	{"datasets.missing.reason", "no reason", "未載理由"},
	{"datasets.range.kept", "the kept dataset's ID is out of range", "保留資料集之識別碼超出範圍"},
	{"datasets.range.undated", "point without a date", "資料點未載日期"},
	{"datasets.range.negative", "negative count", "數量為負數"},
	{"datasets.duplicate.series-date", "date given twice", "日期重複"},
	{"datasets.not-in-series.date", "no point on the date", "該日無資料點"},
	{"datasets.range.growth", "a growth needs a positive base and 0 to 30 places", "成長率之基數應為正數，小數位數應為0至30"},
	{"datasets.range.sum", "sum past the int range", "加總超出可計算之範圍"},
	{"datasets.too-large.claim", "claim longer than %d bytes", "名次敘述逾%d位元組"},
	{"datasets.syntax.claim-rank", "no rank (第二, 前三, 之冠) at the end", "末尾未載名次（如第二、前三、之冠）"},
	{"datasets.syntax.claim-name", "text before the claim is not an agency's name", "名次敘述前之文字非機關名稱"},
	{"datasets.syntax.claim-range", "a range of ranks is no claim of one", "名次區間非單一名次之敘述"},
	{"datasets.range.rank", "rank too large", "名次過大"},
	{"datasets.range.rank-zero", "a rank is at least 1", "名次應至少為1"},
	{"datasets.syntax.rank", "not a rank", "非有效之名次"},
	{"datasets.missing.no-ground", "「無」 or N/A is no ground", "「無」或不適用等字樣非未能開放之依據"},
	{"datasets.negated.bottom", "a rank counted from the bottom (倒數) is not a place from the top", "所述為倒數之名次，非由前計算之名次"},
	{"datasets.negated.not", "a negated claim (未, 不, 並非) claims no rank", "所述為否定之敘述，未主張名次"},
	{"datasets.syntax.total", "a total is no agency", "合計列非機關"},
	{"datasets.duplicate.agency-row", "agency given on row %d already", "機關已見於第%d列"},
	{"datasets.id", "ID: %s", "識別碼：%s"},
	{"datasets.syntax.status", "not a status", "非有效之狀態"},
	{"datasets.syntax.duty", "not a duty", "非有效之辦理事項"},
	{"datasets.syntax.kind", "not a kind", "非有效之機關類型"},
	{"datasets.syntax.group", "not a group", "非有效之群組"},
	{"datasets.syntax.reason", "not a reason", "非有效之下架原因"},
	{"datasets.range.enum", "not a %s", "非有效之值%.0s"},
}

// The messages of the errors: a parse error, the sentinels (read when a
// Detail has no code), a row's problem, an import's and a refusal's.
var _ = i18n.Register(
	i18n.Message{Code: "datasets.parse-error", Chinese: "「%s」無法解析：%s", English: "cannot read \"%s\": %s"},
	i18n.Message{Code: "datasets.error.syntax", Chinese: "格式不符", English: "invalid syntax"},
	i18n.Message{Code: "datasets.error.range", Chinese: "數值超出範圍", English: "value out of range"},
	i18n.Message{Code: "datasets.error.missing", Chinese: "未填", English: "missing value"},
	i18n.Message{Code: "datasets.error.no-header", Chinese: "表頭未列此欄", English: "column absent from the header"},
	i18n.Message{Code: "datasets.error.duplicate", Chinese: "重複", English: "given twice"},
	i18n.Message{Code: "datasets.error.too-large", Chinese: "內容過長", English: "input too large"},
	i18n.Message{Code: "datasets.error.hierarchy-cycle", Chinese: "機關為其自身之上級機關", English: "agency is its own superior"},
	i18n.Message{Code: "datasets.error.unknown-publisher", Chinese: "非已知之提供機關", English: "unknown publisher"},
	i18n.Message{Code: "datasets.error.wrong-group", Chinese: "提供機關不屬該列之類別", English: "publisher not in the row's group"},
	i18n.Message{Code: "datasets.error.negated", Chinese: "所述為否定或倒數之名次，非名次之主張", English: "negated claim"},
	i18n.Message{Code: "datasets.error.not-in-series", Chinese: "該日無資料點", English: "no series point on the date"},
	i18n.Message{Code: "datasets.error.refused", Chinese: "下架申請不予同意", English: "delisting refused"},
	i18n.Message{Code: "datasets.row-error", Chinese: "第%s列「%s」欄：%s", English: "row %s, column %s: %s"},
	i18n.Message{Code: "datasets.row-error.row", Chinese: "第%s列：%s", English: "row %s: %s"},
	i18n.Message{Code: "datasets.import-error", Chinese: "共%d項問題，首項為%s", English: "%d problems in the rows; the first: %s"},
	i18n.Message{Code: "datasets.import-error.one", Chinese: "共%d項問題：%s", English: "%d problem in the rows: %s"},
	i18n.Message{Code: "datasets.refused-error", Chinese: "共%d件下架申請不予同意，首件為%s（資料集%s）", English: "%d delisting requests refused; the first: %s (dataset %s)"},
	i18n.Message{Code: "datasets.refused-error.one", Chinese: "共%d件下架申請不予同意：%s（資料集%s）", English: "%d delisting request refused: %s (dataset %s)"},
	i18n.Message{Code: "datasets.refused-error.why", Chinese: "%s：%s", English: "%s: %s"},
) && registerDetails()

// registerDetails registers the message of every detail form.
func registerDetails() bool {
	for _, f := range detailForms {
		i18n.Register(i18n.Message{Code: f.code, Chinese: f.zh, English: f.en})
	}
	return true
}

// DetailCode returns the stable code of a Detail this package writes
// (datasets.range.id for "ID outside 1 to 999999999"), or "" for a text it
// does not write. Another package that copies a datasets Detail into its
// own error finds the code of what it holds with it.
func DetailCode(detail string) string {
	code, _ := detailCode(detail)
	return code
}

// DetailMessage returns a Detail this package or rocdate writes in the
// language nearest to t: 識別碼應介於1至999999999 for "ID outside 1 to
// 999999999". A text neither writes is returned as it is in English and
// as "" in Chinese, so that no English reaches a Chinese text.
func DetailMessage(detail string, t language.Tag) string {
	if code, args := detailCode(detail); code != "" {
		if code == "datasets.id" { // ID: and a detail of ParseID
			if inner := DetailMessage(args[0].(string), t); inner != "" {
				return i18n.Sprintf(t, code, inner)
			}
			return ""
		}
		return i18n.Sprintf(t, code, args...)
	}
	if rocdate.DetailCode(detail) != "" {
		return rocdate.DetailMessage(detail, t)
	}
	if english(t) {
		return detail
	}
	return ""
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

// sentinelText returns the message of the sentinel err stands for, as
// its code in this package names it (格式不符 for ErrSyntax and for
// rocdate.ErrSyntax), in the language nearest to t.
func sentinelText(err error, t language.Tag) string {
	code := "datasets.error." + strings.TrimPrefix(errs.Own("datasets", err), "datasets.")
	if !i18n.Has(code) {
		code = "datasets.error.syntax"
	}
	return i18n.Sprintf(t, code)
}

// DetailMessage returns what is wrong in the language nearest to t,
// without the input: the Detail where this package or rocdate wrote it
// (識別碼重複; 111年2月無29日), else, in Chinese, the sentinel's message
// (格式不符, 數值超出範圍, 未填, 重複, …) and, in English, the Detail as it
// is.
func (e *ParseError) DetailMessage(t language.Tag) string {
	if d := DetailMessage(e.Detail, t); d != "" {
		return d
	}
	return sentinelText(e.Err, t)
}

// Message returns the error in the language nearest to t, for an official
// to read: 「0」無法解析：識別碼應介於1至999999999 in Chinese, cannot read
// "0": ID outside 1 to 999999999 in English; an error without an input
// gives what is wrong alone. Error stays English, for logs.
func (e *ParseError) Message(t language.Tag) string {
	if e.Input == "" {
		return e.DetailMessage(t)
	}
	return i18n.Sprintf(t, "datasets.parse-error", i18n.Clip(e.Input, errs.MaxQuoted), e.DetailMessage(t))
}

// Message returns the problem of the cell in the language nearest to t:
// 第3列「統計日期」欄：「111年2月29日」無法解析：111年2月無29日.
func (e *RowError) Message(t language.Tag) string {
	var what string
	var pe *ParseError
	if errors.As(e.Err, &pe) {
		what = pe.Message(t)
	} else {
		what = sentinelText(e.Err, t)
	}
	if e.Column == "" {
		return i18n.Sprintf(t, "datasets.row-error.row", itoa(e.Row), what)
	}
	return i18n.Sprintf(t, "datasets.row-error", itoa(e.Row), e.Column, what)
}

// Message returns the count of problems and the first of them in the
// language nearest to t: 共2項問題，首項為第3列「統計日期」欄：….
func (e *ImportError) Message(t language.Tag) string {
	first := ""
	if len(e.Problems) > 0 && e.Problems[0] != nil {
		first = e.Problems[0].Message(t)
	}
	if len(e.Problems) == 1 {
		return i18n.Sprintf(t, "datasets.import-error.one", 1, first)
	}
	return i18n.Sprintf(t, "datasets.import-error", len(e.Problems), first)
}

// Message returns the count of refused requests and the first of them,
// with what is wrong with it, in the language nearest to t:
// 共2件下架申請不予同意，首件為項次3（資料集87010）：….
func (e *RefusedError) Message(t language.Tag) string {
	if len(e.Refused) == 0 {
		return i18n.Sprintf(t, "datasets.error.refused")
	}
	r := e.Refused[0]
	code := "datasets.refused-error"
	if len(e.Refused) == 1 {
		code += ".one"
	}
	s := i18n.Sprintf(t, code, len(e.Refused), requestName(t, r.Index, r.Delisting.Item), r.Delisting.Dataset.ID.String())
	if len(r.Findings) > 0 {
		s = i18n.Sprintf(t, "datasets.refused-error.why", s, r.Findings[0].detail(t))
	}
	return s
}

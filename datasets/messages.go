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
	i18n.Message{Code: "datasets.row", Chinese: "（第%s列）", English: " (row %s)"},
	i18n.Message{Code: "datasets.located", Chinese: "%s%s%s", English: "%s%s: %s"},
	i18n.Message{Code: "datasets.date", Chinese: "%v", English: "%v"},
	i18n.Message{Code: "datasets.quarter", Chinese: "%s年第%s季", English: "Q%[2]s %[1]s"},

	// SeriesFinding.
	i18n.Message{Code: "datasets.increase",
		Chinese: "增加數量載為%d筆，依開放數量%d筆與前次（%v）%d筆計算應為%d筆",
		English: "the increase is printed as %d, while the open count %d and the previous one (%v), %d, give %d"},

	// TableFinding: the line, then what is wrong.
	i18n.Message{Code: "datasets.line.subtotal-of", Chinese: "%s小計", English: "subtotal of %s"},
	i18n.Message{Code: "datasets.line.total-line", Chinese: "合計", English: "total"},
	i18n.Message{Code: "datasets.change",
		Chinese: "增減載為%d，依%s（%d）與%s（%d）計算應為%d",
		English: "the change is printed as %d, while %s (%d) and %s (%d) give %d"},
	i18n.Message{Code: "datasets.since-year-start",
		Chinese: "%s載為%d，前期為上年第4季，應為兩期之差%d",
		English: "%s is printed as %d; the earlier period is the last quarter of the year before, so it should be the change, %d"},
	i18n.Message{Code: "datasets.year-start-unknown",
		Chinese: "「%[1]s」欄%[2]d列無法核對：前期%[3]s之數量統計至%[4]v，非年初（%[5]v）之數量，年初數量未載",
		English: "%[1]s could not be checked in %[2]d rows: the earlier period, %[3]s, is counted on %[4]v, not at the year's start (%[5]v), whose count is not given"},
	i18n.Message{Code: "datasets.year-start-unknown.undated",
		Chinese: "「%[1]s」欄%[2]d列無法核對：前期%[3]s之數量未載統計日期，年初（%[4]v）之數量未載",
		English: "%[1]s could not be checked in %[2]d rows: the earlier period, %[3]s, gives no date of count, and the count at the year's start (%[4]v) is not given"},
	i18n.Message{Code: "datasets.subtotal",
		Chinese: "%s載為%d，%s各列加總為%d",
		English: "%s is printed as %d, the rows of %s add up to %d"},
	i18n.Message{Code: "datasets.total",
		Chinese: "%s載為%d，各列加總為%d",
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
	i18n.Message{Code: "datasets.request.located", Chinese: "%s%s（資料集%s）：%s", English: "%s%s, dataset %s: %s"},
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
		Chinese: "排名載為第%d名，依資料集數量%d筆計算應為第%d名",
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

// english reports whether the language nearest to t is English.
func english(t language.Tag) bool { return i18n.Match(t) == finding.English }

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
// where it is (a date, a line), and what is wrong: 錯誤：統計處增減載為5，….
// The source row is written only when nothing else says where
// (錯誤：（第2列）…): officials read the publisher, the date or the 項次,
// and the row stays in the finding's Row for tools. For a request of a
// batch (dataset not ""), where is the request and the dataset follows:
// 錯誤：項次1（資料集87010）：….
func located(t language.Tag, sev finding.Severity, where string, row int, dataset, detail string) string {
	rowFrame, frame := framesOf(t, dataset != "")
	var rowText string
	if row > 0 && where == "" {
		var d [20]byte
		rowText = rowFrame[0] + string(strconv.AppendInt(d[:0], int64(row), 10)) + rowFrame[1]
	}
	if where == "" && rowText == "" && dataset == "" {
		return sev.Lead(t) + detail
	}
	args := [4]string{where, rowText, detail}
	if dataset != "" {
		args = [4]string{where, rowText, dataset, detail}
	}
	var b strings.Builder
	b.Grow(len(where) + len(detail) + 64)
	b.WriteString(sev.Lead(t))
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

// detailForms are every Detail the package writes in a [ParseError], the
// specific before the general ("not a %s" is last): its stable code, the
// English text as Detail and Error carry it (%d a number, %s a text) and
// its Chinese. The table is the one place the details are listed; a
// Detail copied from rocdate is read with rocdate's forms. An English text puts no two verbs
// side by side; a Go type's or an English label's text is left out of the
// Chinese (%.0s).
var detailForms = []i18n.Form{
	{Code: "datasets.range.id", English: "ID outside 1 to 999999999", Chinese: "識別碼應介於1至999999999"},
	{Code: "datasets.missing.publisher", English: "no publisher", Chinese: "未載提供機關"},
	{Code: "datasets.missing.title", English: "no title", Chinese: "未載資料集名稱"},
	{Code: "datasets.range.status", English: "status %s is neither listed nor delisted", Chinese: "狀態非上架或下架%.0s"},
	{Code: "datasets.duplicate.id", English: "ID given twice", Chinese: "識別碼重複"},
	{Code: "datasets.syntax.figure", English: "not a figure", Chinese: "非數字"},
	{Code: "datasets.range.figure", English: "figure too large", Chinese: "數字過大"},
	{Code: "datasets.syntax.no-number", English: "no number", Chinese: "未載數字"},
	{Code: "datasets.range.number", English: "number too large", Chinese: "數字過大"},
	{Code: "datasets.syntax.number", English: "not a number", Chinese: "非數字"},
	{Code: "datasets.syntax.ref-id", English: "no ID in brackets at the end", Chinese: "末尾括號內未載識別碼"},
	{Code: "datasets.syntax.ref-bracket", English: "no opening bracket before the ID", Chinese: "識別碼前未載左括號"},
	{Code: "datasets.syntax.ref-title", English: "no title before the ID", Chinese: "識別碼前未載名稱"},
	{Code: "datasets.missing.agency", English: "no agency", Chinese: "未載機關"},
	{Code: "datasets.hierarchy-cycle.self", English: "an agency above itself", Chinese: "機關為其自身之上級機關"},
	{Code: "datasets.duplicate.agency", English: "agency given twice", Chinese: "機關重複"},
	{Code: "datasets.hierarchy-cycle.loop", English: "上級機關 lead back to the agency", Chinese: "上級機關循環回到本機關"},
	{Code: "datasets.syntax.class", English: "not 甲類, 乙類 or 丙類", Chinese: "非甲類、乙類或丙類"},
	{Code: "datasets.missing.catalog", English: "dataset not in the catalog", Chinese: "資料集未列於資料目錄"},
	{Code: "datasets.duplicate.row-id", English: "ID given on an earlier row", Chinese: "識別碼與前列重複"},
	{Code: "datasets.syntax.time", English: "time of day is not hh:mm or hh:mm:ss", Chinese: "時間應為時:分或時:分:秒"},
	{Code: "datasets.range.item", English: "項次 too large", Chinese: "項次過大"},
	{Code: "datasets.syntax.item", English: "項次 is not a number", Chinese: "項次非數字"},
	{Code: "datasets.duplicate.date", English: "date given on an earlier row", Chinese: "日期與前列重複"},
	{Code: "datasets.duplicate.total", English: "合計 given on row %d already", Chinese: "合計已見於第%d列"},
	{Code: "datasets.missing.group", English: "小計 without a group", Chinese: "小計未載所屬類別"},
	{Code: "datasets.duplicate.subtotal", English: "小計 of %s given twice", Chinese: "「%s」小計重複"},
	{Code: "datasets.duplicate.publisher", English: "publisher given on an earlier row", Chinese: "機關與前列重複"},
	{Code: "datasets.duplicate.third-period", English: "a third period column", Chinese: "期間欄逾二欄"},
	{Code: "datasets.duplicate.since", English: "a second 迄今 column", Chinese: "迄今欄重複"},
	{Code: "datasets.missing.periods", English: "two period columns (110年第4季, 111年第2季) are needed", Chinese: "應有二期間欄（如110年第4季、111年第2季）"},
	{Code: "datasets.duplicate.period", English: "one period given twice", Chinese: "期間重複"},
	{Code: "datasets.too-large.name", English: "name longer than %d bytes", Chinese: "名稱逾%d位元組"},
	{Code: "datasets.syntax.name", English: "control character or invalid UTF-8 in a name", Chinese: "名稱含控制字元或無效編碼"},
	{Code: "datasets.missing.name", English: "no name", Chinese: "未載名稱"},
	{Code: "datasets.missing.reason", English: "no reason", Chinese: "未載理由"},
	{Code: "datasets.range.kept", English: "the kept dataset's ID is out of range", Chinese: "保留資料集之識別碼超出範圍"},
	{Code: "datasets.range.undated", English: "point without a date", Chinese: "資料點未載日期"},
	{Code: "datasets.range.negative", English: "negative count", Chinese: "數量為負數"},
	{Code: "datasets.duplicate.series-date", English: "date given twice", Chinese: "日期重複"},
	{Code: "datasets.not-in-series.date", English: "no point on the date", Chinese: "該日無資料點"},
	{Code: "datasets.range.growth", English: "a growth needs a positive base and 0 to 30 places", Chinese: "成長率之基數應為正數，小數位數應為0至30"},
	{Code: "datasets.range.sum", English: "sum past the int range", Chinese: "加總超出可計算之範圍"},
	{Code: "datasets.too-large.claim", English: "claim longer than %d bytes", Chinese: "名次敘述逾%d位元組"},
	{Code: "datasets.syntax.claim-rank", English: "no rank (第二, 前三, 之冠) at the end", Chinese: "末尾未載名次（如第二、前三、之冠）"},
	{Code: "datasets.syntax.claim-name", English: "text before the claim is not an agency's name", Chinese: "名次敘述前之文字非機關名稱"},
	{Code: "datasets.syntax.claim-range", English: "a range of ranks is no claim of one", Chinese: "名次區間非單一名次之敘述"},
	{Code: "datasets.range.rank", English: "rank too large", Chinese: "名次過大"},
	{Code: "datasets.range.rank-zero", English: "a rank is at least 1", Chinese: "名次應至少為1"},
	{Code: "datasets.syntax.rank", English: "not a rank", Chinese: "非有效之名次"},
	{Code: "datasets.missing.no-ground", English: "「無」 or N/A is no ground", Chinese: "「無」或不適用等字樣非未能開放之依據"},
	{Code: "datasets.negated.bottom", English: "a rank counted from the bottom (倒數) is not a place from the top", Chinese: "所述為倒數之名次，非由前計算之名次"},
	{Code: "datasets.negated.not", English: "a negated claim (未, 不, 並非) claims no rank", Chinese: "所述為否定之敘述，未主張名次"},
	{Code: "datasets.syntax.total", English: "a total is no agency", Chinese: "合計列非機關"},
	{Code: "datasets.duplicate.agency-row", English: "agency given on row %d already", Chinese: "機關已見於第%d列"},
	{Code: "datasets.id", English: "ID: %s", Chinese: "識別碼：%s", Nested: true},
	{Code: "datasets.syntax.status", English: "not a status", Chinese: "非有效之狀態"},
	{Code: "datasets.syntax.duty", English: "not a duty", Chinese: "非有效之辦理事項"},
	{Code: "datasets.syntax.kind", English: "not a kind", Chinese: "非有效之機關類型"},
	{Code: "datasets.syntax.group", English: "not a group", Chinese: "非有效之群組"},
	{Code: "datasets.syntax.reason", English: "not a reason", Chinese: "非有效之下架原因"},
	{Code: "datasets.duplicate.code", English: "code given on an earlier row", Chinese: "機關代碼與前列重複"},
	{Code: "datasets.range.level", English: "a level is a digit from 1 to 9", Chinese: "機關層級應為1至9之數字"},
	{Code: "datasets.syntax.register-date", English: "a date is written YYYYMMDD", Chinese: "日期應以西元年月日8位數字書寫"},
	{Code: "datasets.range.register-year", English: "year before ROC 1", Chinese: "年份早於民國元年"},
	{Code: "datasets.unknown.agency", English: "no agency of that name or code in the register on the day", Chinese: "機關名冊於該日無此名稱或代碼之機關"},
	{Code: "datasets.range.enum", English: "not a %s", Chinese: "非有效之值%.0s"},
}

// The messages of the errors: the sentinels of this package alone (read
// when a Detail has no code; internal/errtype has those every package
// shares) and a refusal's.
var _ = i18n.Register(
	i18n.Message{Code: "datasets.hierarchy-cycle.error", Chinese: "機關為其自身之上級機關", English: "agency is its own superior"},
	i18n.Message{Code: "datasets.unknown-publisher.error", Chinese: "非已知之提供機關", English: "unknown publisher"},
	i18n.Message{Code: "datasets.wrong-group.error", Chinese: "提供機關不屬該列之類別", English: "publisher not in the row's group"},
	i18n.Message{Code: "datasets.negated.error", Chinese: "所述為否定或倒數之名次，非名次之主張", English: "negated claim"},
	i18n.Message{Code: "datasets.not-in-series.error", Chinese: "該日無資料點", English: "no series point on the date"},
	i18n.Message{Code: "datasets.refused.error", Chinese: "下架申請不予同意", English: "delisting refused"},
	i18n.Message{Code: "datasets.refused-error", Chinese: "共%d件下架申請不予同意，首件為%s（資料集%s）", English: "%d delisting requests refused; the first: %s (dataset %s)"},
	i18n.Message{Code: "datasets.refused-error.one", Chinese: "共%d件下架申請不予同意：%s（資料集%s）", English: "%d delisting request refused: %s (dataset %s)"},
	i18n.Message{Code: "datasets.refused-error.why", Chinese: "%s：%s", English: "%s: %s"},
) && i18n.RegisterForms("datasets", detailForms...)

// Message returns the count of refused requests and the first of them,
// with what is wrong with it, in the language nearest to t:
// 共2件下架申請不予同意，首件為項次3（資料集87010）：….
func (e *RefusedError) Message(t language.Tag) string {
	if len(e.Refused) == 0 {
		return i18n.Sprintf(t, "datasets.refused.error")
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

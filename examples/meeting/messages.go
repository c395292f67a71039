package main

import (
	"fmt"
	"strconv"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/message/catalog"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/rocdate"
)

// The report's own sentences, by stable key, in Traditional Chinese
// (zh-Hant-TW, the default, in 公文 wording) and English. Findings, enums
// and dates come from the library in the language asked; these are the
// words the report adds around them: section captions, column headers,
// chart labels, the lines of checks that hold and the problems of rows
// that cannot be read. Both formats of a key take the same verbs in the
// same order (a test checks it).
var messages = []struct{ key, zh, en string }{
	// The report's frame.
	{"report.title", "法務部政府資料開放諮詢小組", "Ministry of Justice Open Government Data Advisory Group"},
	{"report.title.meeting", "%s %s", "%s, %s"},
	{"report.unit", "報告單位：%s", "Reported by: %s"},
	{"report.unit.en", "報告單位：%s（%s）", "Reported by: %s (%s)"},
	{"report.date", "會議日期：%s（%s）", "Meeting date: %s (%s)"},
	{"report.as-of", "查核日期：%s（所載數據及法規依會議日查核，其後之異動另列）", "Checked on: %s (the figures and citations are checked for the meeting date; later developments are listed apart)"},
	{"report.outline", "大綱", "Outline"},
	{"report.unreadable", "；無法讀取%d列", "; %d unreadable rows"},
	{"report.sample", "；另依範例資料%s（不計入上開查核）", "; besides, on sample data, %s (not counted above)"},
	{"section.meeting", "會議", "Meeting"},
	{"part.一", "一、上次會議決議事項辦理情形", "1. Decisions of the last meeting: progress"},
	{"part.二", "二、報告事項", "2. Reports"},
	{"part.二(一)", "二、報告事項 (一)「本部及所屬機關資料盤點表」及「民間需求回應說明」", "2. Reports (1) The data inventory of the Ministry and its agencies, and the replies to requests from the public"},
	{"part.二(二)", "二、報告事項 (二)「本部及所屬機關於政府資料開放平臺之資料開放推動成果」", "2. Reports (2) Open data of the Ministry and its agencies on data.gov.tw"},
	{"part.二(三)", "二、報告事項 (三)修訂「法務部及所屬機關政府資料開放行動方案」", "2. Reports (3) Revision of the Ministry's open government data action plan"},
	{"part.二(四)", "二、報告事項 (四)「本部及所屬機關資料集申請下架情形」", "2. Reports (4) Requests to delist datasets"},
	{"part.三", "三、臨時動議", "3. Extempore motions"},

	// Problems: files and rows that cannot be read.
	{"problem.no-file", "%s：檔案不存在", "%s: file does not exist"},
	{"problem.file", "%s：無法讀取檔案", "%s: cannot read the file"},
	{"problem.read", "%s：%s", "%s: %s"},
	{"problem.same-name", "讀取%s；同名之%s未予讀取", "read %s; %s of the same name not read"},
	{"problem.no-column", "%s 第1列：未有「%s」欄", "%s row 1: no column %s"},
	{"problem.one-row", "%s：應有標題列及資料一列（會議,日期）", "%s: want a header and one row (會議,日期)"},
	{"problem.import", "%s %s", "%s %s"},
	{"problem.row", "%s 第%d列：%s", "%s row %d: %s"},
	{"problem.unreadable", "「%s」無法解析", "\"%s\" cannot be read"},
	{"problem.syntax", "「%s」格式不符", "\"%s\": invalid syntax"},
	{"problem.range", "「%s」數值超出範圍", "\"%s\": value out of range"},
	{"problem.missing", "「%s」未填", "\"%s\": missing value"},
	{"problem.duplicate", "「%s」重複", "\"%s\": duplicate value"},
	{"problem.no-case", "%s 第%d列：議程無「%s」", "%s row %d: no case %s on the agenda"},
	{"problem.cell", "%s 第%d列「%s」欄：%s", "%s row %d, column %s: %s"},

	// 一、上次會議決議事項辦理情形.
	{"report.label", "%s：", "%s: "},
	{"items.regulation", "法規內容", "The regulation, as the law database shows it"},
	{"regulation.name", "法規名稱", "Name"},
	{"regulation.promulgated", "公發布日", "Promulgated"},
	{"regulation.number", "發文字號", "Document number"},
	{"regulation.system", "法規體系", "Issued by"},
	{"regulation.reasons", "立法理由", "Explanatory notes"},
	{"regulation.attachments", "圖表附件", "Attachments"},
	{"regulation.text", "法規內容", "Text"},
	{"items.col.minutes", "會議紀錄", "Minutes"},
	{"items.col.ruling", "主席裁示", "Chair's ruling"},
	{"items.col.progress", "辦理情形", "Progress"},
	{"items.col.recommend", "列管建議", "Recommendation"},
	{"label.reading", "（本報告解讀）", " (this report's reading)"},
	{"label.computed", "（計算值，簡報未載）", " (computed; not in the deck)"},
	{"label.sample", "（依範例資料查核）", " (checked on sample data)"},
	{"items.cited", "主席裁示所引%[1]s：經核%[3]s施行之%[2]s，確有該條規定", "the ruling cites %[1]s: the text in force on %[3]s, %[2]s, has it"},
	{"clause.with", "%s會同%s", "%s with %s"},
	{"clause.assignment", "  交辦（%s）：%s", "  Assigned to %s: %s"},
	{"clause.caution", "  提醒（%s）：應注意%s", "  Caution to %s: mind %s"},
	{"clause.caution-text", "  提醒（%s）：%s", "  Caution to %s: %s"},
	{"clause.other-laws", "%s或其他法律規範", "%s or other laws"},
	{"clause.standing", "  通案原則（%s）：%s，%s", "  Standing rule for %s: %s: %s"},
	{"clause.approval", "  核定：%s", "  Approved: %s"},
	{"clause.approval-delisting", "  核定下架：%s", "  Delisting approved: %s"},
	{"items.decision", "決定：%s", "Decision: %s"},
	{"items.pending", "決定：（俟會議決定）", "Decision: (to be decided by the meeting)"},
	{"items.finding", "%s：%s", "%s: %s"},

	// 二、報告事項 (一) 資料盤點表.
	{"inventory.caption", "本部及所屬機關資料盤點表（%s）", "Data inventory of the Ministry and its agencies (%s)"},
	{"inventory.total-wrong", "資料分級：%s", "Classes: %s"},
	{"inventory.total", "合計%d = 甲類%d + 乙類%d + 丙類%d", "total %d = Class A %d + Class B %d + Class C %d"},
	{"inventory.citations-parse", "丙類備註引用法規%d則（%d部法規），均可解析", "%d citations of %d laws in the remarks of Class C parse"},
	{"inventory.records", "修正之盤點項目", "Inventory records changed"},
	{"inventory.col.serial", "序號", "No."},
	{"inventory.col.name", "系統、資料庫名稱", "System or database"},
	{"inventory.col.description", "系統、資料庫描述", "Description"},
	{"inventory.col.items", "蒐集資料項目", "Data items collected"},
	{"inventory.col.grade", "資料分級", "Class"},
	{"inventory.col.count", "數量", "Records"},
	{"inventory.col.remark", "備註", "Remarks"},
	{"inventory.col.class", "資料分類", "Class"},
	{"inventory.col.unit", "管理單位", "Unit in charge"},
	{"inventory.col.note", "修正說明", "What changed"},
	{"inventory.rules", "盤點項目依分級規則查核%d項，符合%d項", "%d checks of the records against the classification rules, %d passed"},
	{"inventory.no-previous", "序號%d「%s」之修正說明：未附前一版盤點表，無從比對，無法查核", "serial %d %s: the previous edition is not given, so its note (修正說明) cannot be checked"},
	{"inventory.later", "報告日後之法規異動：%s", "amended after the report date: %s"},
	{"citations.caption", "引用法規查核（法規資料更新至%s）", "Citations checked against the statutes (registry updated %s)"},
	{"citations.in-force", "%[1]s：經核%[3]s施行之%[2]s，所引條、項、款均有規定", "%[1]s: the text in force on %[3]s, %[2]s, has every provision cited"},
	{"citations.in-force-some", "%[1]s：經核%[3]s施行之%[2]s，所引%[4]d處中%[5]d處確有規定", "%[1]s: in the text in force on %[3]s, %[2]s, of the %[4]d provisions cited %[5]d are found"},
	{"citations.later", "報告日後之法規異動（%s會議後至%s，非簡報之誤）", "Amendments after the meeting (from %s to %s; not faults of the deck)"},
	{"citations.misnamed", "警告：%s：%s，應以正式名稱引用", "warning: %s: %s; a law is cited by its official name"},
	{"citations.later-none", "所引法規於此期間未有修正", "none of the laws cited was amended in this time"},

	// 二、報告事項 (一) 民間需求回應說明.
	{"requests.by-quarter", "依季別", "by quarter"},
	{"requests.by-category", "依類別", "by category"},
	{"requests.caption", "「民間需求回應說明」辦理情形（%s）", "Replies to requests from the public (%s)"},
	{"requests.col.year", "年度", "Year"},
	{"delistings.col.item", "項次", "Item"},
	{"delistings.col.publisher", "機關/單位", "Agency or unit"},
	{"delistings.col.dataset", "資料集名稱", "Dataset"},
	{"delistings.col.grounds", "下架原因", "Grounds for delisting"},
	{"requests.col.year-category", "年度 \\ 類別", "Year \\ category"},
	{"requests.col.total", "合計", "Total"},
	{"requests.note.to-month", "截至%s", "to %s"},
	{"requests.agreed", "%s：表列合計與計算符合%d項（共%d項）", "%s: %d of %d printed totals agree with their figures"},
	{"requests.finding", "%s：%s", "%s: %s"},
	{"requests.unprinted", "%s：%s%s未載數字，無從核對，無法查核", "%s: %s, %s: not printed as a number, so it cannot be checked"},
	{"requests.period", "%s：%d年列「%s」，與報告期間%s相符", "%s: the year %d is noted \"%s\", as the period reported, %s, ends"},
	{"requests.period-differs", "%s：%d年列「%s」，與報告期間%s不符", "%s: the year %d is noted \"%s\", but the period reported is %s"},
	{"requests.period-unknown", "%s：表未註明截至月份，與報告期間%s是否相符無法查核", "%s: the table does not say up to which month it counts, so it cannot be checked against the period reported, %s"},
	{"requests.cross", "兩表交叉查核（依季別、依類別）", "The two tables checked against each other (by quarter, by category)"},
	{"requests.cross-years", "兩表各年度表列合計相符%d項（共%d項）", "%d of %d years: the printed totals of the two tables agree"},
	{"requests.cross-year-sums", "兩表各年度各格加總相符%d項（共%d項）", "%d of %d years: the sums of the two tables' cells agree"},
	{"requests.cross-grand", "兩表表列總計均為%s，相符", "both tables print the grand total %s"},
	{"requests.cross-grand-sums", "兩表各格總和均為%d，相符", "the cells of both tables add up to %d"},
	{"requests.chart", "民間需求件數 (依季別)", "Requests from the public (by quarter)"},
	{"unit.requests", "件", " requests"},

	// 二、報告事項 (二) 資料開放推動成果, (三) 行動方案.
	{"series.caption", "本部資料開放情形統計", "Open datasets of the Ministry over time"},
	{"series.chart", "本部資料開放數量", "Open datasets of the Ministry"},
	{"series.chart.series", "開放數量", "open datasets"},
	{"series.increases", "表列增加數量與開放數量之差符合%d筆（共%d筆）", "%d of %d printed increases equal the difference of the counts"},
	{"series.period", "統計至%s，在報告期間%s內", "the series runs to %s, within the period reported, %s"},
	{"series.period-differs", "統計至%s，不在報告期間%s內", "the series runs to %s, outside the period reported, %s"},
	{"ranking.caption", "各部會資料開放數量排名", "Ranking of the ministries by open datasets"},
	{"ranking.table", "各部會資料集數量排名", "The ministries ranked by open datasets"},
	{"ranking.claim", "%s：%s", "%s: %s"},
	{"ranking.national", "各部會資料集數量排名（依全國資料集目錄及機關名冊計算，統計至%s）", "The ministries ranked by open datasets (counted from the national catalog and the register of agencies, as of %s)"},
	{"ranking.sample", "各部會資料集數量排名（依範例全國資料集目錄及範例機關名冊計算，統計至%s，非簡報所載）", "The ministries ranked by open datasets (counted from a sample national catalog and a sample register of agencies, as of %s; not part of the deck)"},
	{"ranking.col.rank", "排名", "Rank"},
	{"ranking.col.agency", "機關", "Agency"},
	{"ranking.col.count", "資料集數量", "Datasets"},
	{"ranking.unplaced", "%s：%s，資料集%d筆未計入排名", "%s: %s; its %d datasets are not ranked"},
	{"ranking.out-of-scope", "非屬行政院各部會（其他各院、地方政府等）之資料集%d筆，未計入排名", "%d datasets of agencies outside the ministries of the Executive Yuan (other Yuans, local governments) are not ranked"},
	{"ranking.no-national", "未提供排名表，亦未提供全國資料集目錄及機關名冊，無從計算各部會排名", "no ranking table is given, nor the national catalog and the register of agencies: the ministries cannot be ranked"},
	{"series.growth", "%s至%s成長%s%%", "growth from %s to %s: %s%%"},
	{"unit.datasets", "筆", " datasets"},
	{"publishers.caption", "本部各機關(單位)資料開放情形", "Open datasets by unit and agency"},
	{"publishers.chart", "本部各機關(單位)開放數量增減", "Change in open datasets by unit and agency"},
	{"chart.axis", "（%s）", "(%s)"},
	{"publishers.rows", "增減與兩期數量之差符合%d列（共%d列）", "%d of %d rows: the change is the difference of the two periods' counts"},
	{"publishers.subtotal", "%s小計%s → %s（%s）等於各列加總", "%s subtotal %s → %s (%s) is the sum of its rows"},
	{"publishers.total", "%s各列加總與%s之開放數量符合：%s", "the rows of %s add up to the series at %s: %s"},
	{"actionplan.caption", "擬修正之資料集數", "Dataset counts to be revised"},
	{"publishers.chart.change", "增減（%s至%s）", "Change (%s to %s)"},
	{"publishers.col.group", "群組", "Group"},
	{"publishers.col.name", "機關(單位)", "Agency or unit"},
	{"publishers.col.change", "增減", "Change"},
	{"publishers.col.since", "%s迄今", "Since %s"},
	{"publishers.units", "單位", "Units"},
	{"publishers.agencies", "機關", "Agencies"},
	{"publishers.subtotal-row", "小計", "Subtotal"},
	{"publishers.total-row", "合計", "Total"},
	{"actionplan.part", "%s：", "%s:"},
	{"actionplan.inconsistent", "%s稱「%s」開放%s，%s稱「%s」開放%s，所述範圍或單位不一致，宜統一", "%s speaks of %s with %s, %s of %s with %s: the scope or the measure word differs"},
	{"actionplan.consistent", "%s與%s所述資料集數一致：%s開放%s", "%s and %s tell the same count: %s, %s"},
	{"actionplan.no-figure", "%s：%s筆（統計至%s），惟統計表於%s未有數量，無法查核", "%s: %s datasets as of %s, but the series has no figure in %s: cannot be checked"},
	{"actionplan.differs", "%s：所載%s，與本部資料開放情形統計%s筆（%s）不符", "%s: %s printed, but the series gives %s datasets at %s"},
	{"actionplan.equals", "%s：所載%s，與%s之開放數量符合", "%s: %s printed equals the series at %s"},

	// 二、報告事項 (四) 資料集申請下架情形.
	{"delistings.caption", "申請下架資料集", "Datasets asked to be delisted"},
	{"delistings.count", "%s所載申請下架%d筆，與表列%d列相符", "%s: the %d requests stated equal the %d rows of the table"},
	{"delistings.count-differs", "%s所載申請下架%d筆，惟表列%d列，不符", "%s: %d requests stated, but the table has %d rows"},
	{"delistings.review", "審查（依範例資料集目錄，非簡報所載）", "Review (against a sample catalog, not part of the deck)"},
	{"delistings.no-catalog", "未提供資料集目錄，申請下架%d筆之審查無法查核", "no catalog is given: the %d requests cannot be reviewed"},
	{"delistings.refused", "項次%d %s：不予下架", "item %d %s: refused"},
	{"delistings.approved", "項次%d %s：%s；保留之資料集%s列於同一機關，得予下架", "item %d %s: %s; the kept dataset %s is listed under the same publisher: may be delisted"},
}

// cat holds messages in an x/text catalog, Chinese the fallback.
var cat = func() *catalog.Builder {
	b := catalog.NewBuilder(catalog.Fallback(finding.Chinese))
	for _, m := range messages {
		// SetString fails only on a malformed tag; the two are fixed.
		_ = b.SetString(finding.Chinese, m.key, m.zh)
		_ = b.SetString(finding.English, m.key, m.en)
	}
	return b
}()

// formats are the catalog's messages read back once per language, by key:
// formatting a line then costs what fmt.Sprintf does, where a
// message.Printer costs six to twelve times it (BenchmarkMessage). The
// test checks that tr writes what message.Printer writes.
var formats = func() (zh, en map[string]string) {
	read := func(t language.Tag) map[string]string {
		out := make(map[string]string, len(messages))
		for _, m := range messages {
			c := &capture{}
			if err := cat.Context(t, c).Execute(m.key); err != nil {
				panic("meeting: message " + m.key + ": " + err.Error()) // it was just set
			}
			out[m.key] = c.text
		}
		return out
	}
	return read(finding.Chinese), read(finding.English)
}

var zhFormats, enFormats = formats()

// capture is a catalog renderer that keeps the message it is given.
type capture struct{ text string }

func (c *capture) Render(s string) { c.text += s }
func (c *capture) Arg(int) any     { return nil }

// languages are the report's languages, Chinese first: the default.
var languages = language.NewMatcher([]language.Tag{finding.Chinese, finding.English})

// match returns the report language nearest to t, and whether t is near
// enough to one of them to be understood.
func match(t language.Tag) (language.Tag, bool) {
	_, i, c := languages.Match(t)
	if i == 1 {
		return finding.English, c != language.No
	}
	return finding.Chinese, c != language.No
}

// A lang formats the report's sentences in one of its languages. The
// zero lang is Chinese.
type lang struct {
	tag     language.Tag // finding.Chinese or finding.English
	formats map[string]string
}

func newLang(t language.Tag) lang {
	t, _ = match(t)
	if t == finding.English {
		return lang{tag: t, formats: enFormats}
	}
	return lang{tag: t, formats: zhFormats}
}

// tr formats the message of key with args, integers grouped (2,963), as
// message.Printer does. A key without a message (a test forbids it)
// prints as the key and its arguments, so that nothing is lost.
func (l lang) tr(key string, args ...any) string {
	if l.formats == nil {
		l = newLang(finding.Chinese)
	}
	f, ok := l.formats[key]
	if !ok {
		return strings.TrimSuffix(fmt.Sprintln(append([]any{key}, args...)...), "\n")
	}
	var buf [8]any
	local := append(buf[:0], args...) // never write to the caller's slice
	for i, a := range local {
		if n, ok := a.(int); ok && (n >= 1000 || n <= -1000) {
			local[i] = grouped(n) // smaller numbers print alike, without the cost
		}
	}
	return fmt.Sprintf(f, local...)
}

// grouped is an integer that prints grouped by thousands under %d, with
// its sign under %+d.
type grouped int

// Format writes n grouped, honouring the + flag.
func (n grouped) Format(f fmt.State, _ rune) {
	var b [32]byte
	out := b[:0]
	u := uint64(n)
	switch {
	case n < 0:
		out = append(out, '-')
		u = -u
	case f.Flag('+') && n > 0:
		out = append(out, '+')
	}
	var d [24]byte
	digits := strconv.AppendUint(d[:0], u, 10)
	for i, c := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, c)
	}
	f.Write(out)
}

// en reports whether the language is English.
func (l lang) en() bool { return l.tag == finding.English }

// list joins items as a sentence of the report's language lists them:
// 法制司、檢察司 in Chinese, 法制司, 檢察司 in English.
func (l lang) list(items []string) string {
	if l.en() {
		return strings.Join(items, ", ")
	}
	return strings.Join(items, "、")
}

// date writes d as the report's lines date it: 111年5月19日, 2022-05-19.
func (l lang) date(d rocdate.Date) string { return d.Message(l.tag) }

// short writes d as tables and charts date it: 111/05/19 (the deck's
// form) in Chinese, 2022-05-19 in English.
func (l lang) short(d rocdate.Date) string {
	if l.en() {
		return d.Message(l.tag)
	}
	return d.Format(rocdate.Slashed)
}

// period writes p as headings name it: 111年1月至5月 in Chinese (the
// deck's words), its days in English.
func (l lang) period(p rocdate.Period) string {
	if l.en() {
		return p.Message(l.tag)
	}
	return p.String()
}

// messager is a library value that tells itself in a language: a
// finding, an enum, an error.
type messager interface{ Message(language.Tag) string }

// text returns v's text in the language: its Message when it has one,
// else its String (Chinese: inventory's findings have no Message yet) or
// its Error.
func (l lang) text(v any) string {
	switch x := v.(type) {
	case messager:
		return x.Message(l.tag)
	case interface{ String() string }:
		return x.String()
	case error:
		return x.Error()
	}
	return ""
}

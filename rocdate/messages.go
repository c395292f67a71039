package rocdate

import (
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/ogdtw/governance/internal/i18n"
	"golang.org/x/text/language"
)

// detailForms are every Detail the package writes in a [ParseError],
// syntax first: its stable code, the English text as Detail and Error
// carry it (the verbs mark what varies: %d a number, %s a text, %v a date
// written as [Standard]) and its Chinese. The table is the one place the
// details are listed; [ParseError.DetailCode] reads a Detail back through
// it, and so do the packages that copy a rocdate Detail into their own
// errors. An English text must not put two verbs side by side, so that a
// Detail reads back unambiguously.
var detailForms = []i18n.Form{
	{Code: "rocdate.syntax.empty", English: "empty date", Chinese: "未載日期"},
	{Code: "rocdate.syntax.trailing", English: "unexpected text after the date", Chinese: "日期後有多餘文字"},
	{Code: "rocdate.syntax.year", English: "missing year", Chinese: "未載年份"},
	{Code: "rocdate.syntax.nian", English: "missing 年 after the year", Chinese: "年份後未載「年」字"},
	{Code: "rocdate.syntax.numerals", English: "numerals with %s", Chinese: "中文數字不得以「%s」分隔"},
	{Code: "rocdate.syntax.compact", English: "a compact date has 7 digits (ROC) or 8 (Gregorian), not %d", Chinese: "連寫日期應為7位數（民國）或8位數（西元），而非%d位數"},
	{Code: "rocdate.syntax.weekday", English: "bad day of the week", Chinese: "星期無法辨識"},
	{Code: "rocdate.syntax.month", English: "missing month", Chinese: "未載月份"},
	{Code: "rocdate.syntax.yue", English: "missing 月 after the month", Chinese: "月份後未載「月」字"},
	{Code: "rocdate.syntax.year-month", English: "missing day: a year and month are not a date", Chinese: "未載日：僅有年月，不成日期"},
	{Code: "rocdate.syntax.day", English: "missing day", Chinese: "未載日"},
	{Code: "rocdate.syntax.ri", English: "missing 日 after the day", Chinese: "日後未載「日」字"},
	{Code: "rocdate.syntax.separators", English: "mixed separators", Chinese: "分隔符號不一致"},
	{Code: "rocdate.syntax.style", English: "not a style", Chinese: "非日期格式名稱"},
	{Code: "rocdate.syntax.scan", English: "cannot scan a value of this type into a Date", Chinese: "此型別之值不能讀為日期"},
	{Code: "rocdate.syntax.empty-period", English: "empty period", Chinese: "未載期間"},
	{Code: "rocdate.syntax.trailing-period", English: "unexpected text after the period", Chinese: "期間後有多餘文字"},
	{Code: "rocdate.syntax.quarter", English: "missing quarter number", Chinese: "未載季次"},
	{Code: "rocdate.syntax.ji", English: "missing 季", Chinese: "未載「季」字"},
	{Code: "rocdate.syntax.empty-quarter", English: "empty quarter", Chinese: "未載季別"},
	{Code: "rocdate.syntax.quarter-after-q", English: "missing quarter number after Q", Chinese: "Q後未載季次"},
	{Code: "rocdate.syntax.di", English: "missing 第 before the quarter", Chinese: "季次前未載「第」字"},
	{Code: "rocdate.syntax.ji-after-number", English: "missing 季 after the quarter number", Chinese: "季次後未載「季」字"},
	{Code: "rocdate.syntax.trailing-quarter", English: "unexpected text after the quarter", Chinese: "季別後有多餘文字"},
	{Code: "rocdate.range.year-zero", English: "year 0 does not exist: 民國前1年 is followed by 民國1年", Chinese: "無民國0年：民國前1年之次年為民國1年"},
	{Code: "rocdate.range.year", English: "year %d out of range [%d, %d]", Chinese: "年份%d超出範圍（%d至%d）"},
	{Code: "rocdate.range.gregorian-year", English: "year %s out of range", Chinese: "西元%s年超出範圍"},
	{Code: "rocdate.range.scan-year", English: "year out of range", Chinese: "年份超出範圍"},
	{Code: "rocdate.range.month", English: "month %d out of range", Chinese: "無%d月"},
	{Code: "rocdate.range.gregorian-day", English: "day %d out of range for %s-%d", Chinese: "西元%[2]s年%[3]d月無%[1]d日"},
	{Code: "rocdate.range.day", English: "day %d out of range for %s", Chinese: "%[2]s無%[1]d日"},
	{Code: "rocdate.range.weekday", English: "weekday %s is not that of the date, %s", Chinese: "所載星期%s與日期不符，應為星期%s"},
	{Code: "rocdate.range.end-before-start", English: "the end is before the start", Chinese: "迄日早於起日"},
	{Code: "rocdate.range.reference", English: "the reference day %v is before the start", Chinese: "基準日%v早於起日", Value: detailDate},
	{Code: "rocdate.range.quarters", English: "quarters %d and %d are not consecutive", Chinese: "第%d季與第%d季不相連"},
	{Code: "rocdate.range.descending", English: "descending quarters", Chinese: "季次由大而小"},
	{Code: "rocdate.range.quarter", English: "quarter %d out of range 1–4", Chinese: "無第%d季（應為第1季至第4季）"},
	// Last: "missing %s" would take every "missing …" above.
	{Code: "rocdate.syntax.closer", English: "missing %s", Chinese: "未載「%s」"},
}

// The messages of the package besides the details: what a ParseError
// concerns, how its message is put together, the sentinels, weekdays and
// durations.
var _ = i18n.Register(
	i18n.Message{Code: "rocdate.error", Chinese: "%s「%s」有誤：%s", English: "%s \"%s\": %s"},
	i18n.Message{Code: "rocdate.syntax", Chinese: "格式不符", English: "invalid syntax"},
	i18n.Message{Code: "rocdate.range", Chinese: "數值超出範圍", English: "value out of range"},
	i18n.Message{Code: "rocdate.object.date", Chinese: "日期", English: "date"},
	i18n.Message{Code: "rocdate.object.quarter", Chinese: "季別", English: "quarter"},
	i18n.Message{Code: "rocdate.object.period", Chinese: "期間", English: "period"},
	i18n.Message{Code: "rocdate.object.style", Chinese: "日期格式", English: "date style"},
	i18n.Message{Code: "rocdate.date", Chinese: "%v", English: "%v"},
	i18n.Message{Code: "rocdate.days", Chinese: "%d日", English: "%d days"},
	i18n.Message{Code: "rocdate.days.one", Chinese: "%d日", English: "%d day"},
	i18n.Message{Code: "rocdate.weekday.sunday", Chinese: "星期日", English: "Sunday"},
	i18n.Message{Code: "rocdate.weekday.monday", Chinese: "星期一", English: "Monday"},
	i18n.Message{Code: "rocdate.weekday.tuesday", Chinese: "星期二", English: "Tuesday"},
	i18n.Message{Code: "rocdate.weekday.wednesday", Chinese: "星期三", English: "Wednesday"},
	i18n.Message{Code: "rocdate.weekday.thursday", Chinese: "星期四", English: "Thursday"},
	i18n.Message{Code: "rocdate.weekday.friday", Chinese: "星期五", English: "Friday"},
	i18n.Message{Code: "rocdate.weekday.saturday", Chinese: "星期六", English: "Saturday"},
	i18n.Message{Code: "rocdate.style.standard", Chinese: "民國年月日", English: "standard"},
	i18n.Message{Code: "rocdate.style.official", Chinese: "中華民國年月日", English: "official"},
	i18n.Message{Code: "rocdate.style.numerals", Chinese: "中文數字", English: "numerals"},
	i18n.Message{Code: "rocdate.style.dotted", Chinese: "點分隔", English: "dotted"},
	i18n.Message{Code: "rocdate.style.slashed", Chinese: "斜線分隔", English: "slashed"},
	i18n.Message{Code: "rocdate.style.compact", Chinese: "七位數連寫", English: "compact"},
	i18n.Message{Code: "rocdate.style.gregorian", Chinese: "西元", English: "Gregorian"},
) && i18n.RegisterForms("rocdate", detailForms...)

var weekdayCodes = [7]string{"rocdate.weekday.sunday", "rocdate.weekday.monday", "rocdate.weekday.tuesday",
	"rocdate.weekday.wednesday", "rocdate.weekday.thursday", "rocdate.weekday.friday", "rocdate.weekday.saturday"}

// WeekdayName returns the name of w in the language nearest to t: 星期四 in
// Chinese, Thursday in English; "" for a value outside Sunday–Saturday.
func WeekdayName(w time.Weekday, t language.Tag) string {
	if w < time.Sunday || w > time.Saturday {
		return ""
	}
	return i18n.Sprintf(t, weekdayCodes[w])
}

// Days returns a duration of n days in the language nearest to t: 90日 in
// Chinese, 90 days (1 day) in English, the number grouped (1,000日).
func Days(n int, t language.Tag) string {
	if n == 1 || n == -1 {
		return i18n.Sprintf(t, "rocdate.days.one", n)
	}
	return i18n.Sprintf(t, "rocdate.days", n)
}

// Message returns d in the language nearest to t: 111年5月19日 (as
// [Standard]) in Chinese, 2022-05-19 in English; "" for the zero Date.
func (d Date) Message(t language.Tag) string {
	if i18n.Match(t) == i18n.English {
		return d.Format(Gregorian)
	}
	return d.Format(Standard)
}

var styleCodes = [...]string{"", "rocdate.style.standard", "rocdate.style.official", "rocdate.style.numerals",
	"rocdate.style.dotted", "rocdate.style.slashed", "rocdate.style.compact", "rocdate.style.gregorian"}

// Message returns the style's label in the language nearest to t:
// 點分隔 or dotted for Dotted; "" for NoStyle and an invalid style.
func (s Style) Message(t language.Tag) string {
	if !s.IsValid() || s == NoStyle {
		return ""
	}
	return i18n.Sprintf(t, styleCodes[s])
}

// detailDate reads the day a Detail holds at a %v.
func detailDate(s string) (any, bool) {
	d, err := Parse(s)
	return d, err == nil
}

// DetailCode returns the stable code of what is wrong, when the Detail is
// one this package writes: rocdate.range.day for "day 29 out of range for
// 111年2月"; "" for another. Callers may switch on it where the
// sentinel's code (rocdate.range) is too coarse.
func (e *ParseError) DetailCode() string { return i18n.DetailCode(e.Detail, "rocdate") }

// object is the code of the label of what fn parses or makes.
func object(fn string) string {
	switch {
	case strings.Contains(fn, "Quarter"):
		return "rocdate.object.quarter"
	case strings.Contains(fn, "Period"):
		return "rocdate.object.period"
	case strings.Contains(fn, "Style"):
		return "rocdate.object.style"
	}
	return "rocdate.object.date"
}

// maxQuoted is how many characters of the input Message quotes, as Error
// does.
const maxQuoted = 64

// Message returns the error in the language nearest to t, for an official
// to read: 日期「111年2月29日」有誤：111年2月無29日 in Chinese,
// date "111年2月29日": day 29 out of range for 111年2月 in English. A Detail
// the package does not write gives, in Chinese, the sentinel's message
// (格式不符, 數值超出範圍) instead. Error stays English, for logs.
func (e *ParseError) Message(t language.Tag) string {
	detail := i18n.DetailMessage(t, e.Detail, "", "rocdate")
	if detail == "" {
		code := "rocdate.syntax"
		if e.Err == ErrRange {
			code = "rocdate.range"
		}
		detail = i18n.Sprintf(t, code)
	}
	in := e.Input
	if utf8.RuneCountInString(in) > maxQuoted {
		n := 0
		for i := range in {
			if n == maxQuoted {
				in = in[:i] + "…"
				break
			}
			n++
		}
	}
	return i18n.Sprintf(t, "rocdate.error", i18n.Sprintf(t, object(e.Func)), in, detail)
}

var _ = i18n.Register(
	i18n.Message{Code: "rocdate.quarter", Chinese: "%[2]s年第%[1]d季", English: "Q%[1]d %[2]s"},
	i18n.Message{Code: "rocdate.period", Chinese: "%v至%v", English: "%v to %v"},
	i18n.Message{Code: "rocdate.period.open", Chinese: "%v迄今", English: "since %v"},
)

// Message returns q in the language nearest to t: 111年第1季 (民國前1年第4季)
// in Chinese, Q1 2022 in English; "" for the zero Quarter.
func (q Quarter) Message(t language.Tag) string {
	if q.IsZero() {
		return ""
	}
	if i18n.Match(t) != i18n.English {
		return q.String()
	}
	return i18n.Sprintf(t, "rocdate.quarter", q.Number(), strconv.Itoa(toGregorian(q.Year())))
}

// Message returns p in the language nearest to t, by its days: 111年1月1日至
// 111年5月19日 or 111年1月1日迄今 in Chinese, 2022-01-01 to 2022-05-19 or
// since 2022-01-01 in English; "" for the zero Period. (String writes the
// shorter forms of the documents, 111年1月至5月.)
func (p Period) Message(t language.Tag) string {
	switch {
	case p.IsZero():
		return ""
	case p.IsOpen():
		return i18n.Sprintf(t, "rocdate.period.open", p.start)
	}
	return i18n.Sprintf(t, "rocdate.period", p.start, p.end)
}

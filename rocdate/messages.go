package rocdate

import (
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/ogdtw/governance/internal/i18n"
	"golang.org/x/text/language"
)

// A detailForm is one Detail the package writes in a [ParseError]: its
// stable code, the English text as Detail and Error carry it (the verbs
// mark what varies: %d a number, %s a text, %v a date written as
// [Standard]) and its Chinese. The table is the one place the details are
// listed; [DetailCode] reads a Detail back through it.
type detailForm struct {
	code, en, zh string
}

// detailForms are every Detail the package writes, syntax first. An
// English text must not put two verbs side by side, so that a Detail reads
// back unambiguously.
var detailForms = []detailForm{
	{"rocdate.syntax.empty", "empty date", "未載日期"},
	{"rocdate.syntax.trailing", "unexpected text after the date", "日期後有多餘文字"},
	{"rocdate.syntax.year", "missing year", "未載年份"},
	{"rocdate.syntax.nian", "missing 年 after the year", "年份後未載「年」字"},
	{"rocdate.syntax.numerals", "numerals with %s", "中文數字不得以「%s」分隔"},
	{"rocdate.syntax.compact", "a compact date has 7 digits (ROC) or 8 (Gregorian), not %d", "連寫日期應為7位數（民國）或8位數（西元），而非%d位數"},
	{"rocdate.syntax.weekday", "bad day of the week", "星期無法辨識"},
	{"rocdate.syntax.month", "missing month", "未載月份"},
	{"rocdate.syntax.yue", "missing 月 after the month", "月份後未載「月」字"},
	{"rocdate.syntax.year-month", "missing day: a year and month are not a date", "未載日：僅有年月，不成日期"},
	{"rocdate.syntax.day", "missing day", "未載日"},
	{"rocdate.syntax.ri", "missing 日 after the day", "日後未載「日」字"},
	{"rocdate.syntax.separators", "mixed separators", "分隔符號不一致"},
	{"rocdate.syntax.style", "not a style", "非日期格式名稱"},
	{"rocdate.syntax.scan", "cannot scan a value of this type into a Date", "此型別之值不能讀為日期"},
	{"rocdate.syntax.empty-period", "empty period", "未載期間"},
	{"rocdate.syntax.trailing-period", "unexpected text after the period", "期間後有多餘文字"},
	{"rocdate.syntax.quarter", "missing quarter number", "未載季次"},
	{"rocdate.syntax.ji", "missing 季", "未載「季」字"},
	{"rocdate.syntax.empty-quarter", "empty quarter", "未載季別"},
	{"rocdate.syntax.quarter-after-q", "missing quarter number after Q", "Q後未載季次"},
	{"rocdate.syntax.di", "missing 第 before the quarter", "季次前未載「第」字"},
	{"rocdate.syntax.ji-after-number", "missing 季 after the quarter number", "季次後未載「季」字"},
	{"rocdate.syntax.trailing-quarter", "unexpected text after the quarter", "季別後有多餘文字"},
	{"rocdate.range.year-zero", "year 0 does not exist: 民國前1年 is followed by 民國1年", "無民國0年：民國前1年之次年為民國1年"},
	{"rocdate.range.year", "year %d out of range [%d, %d]", "年份%d超出範圍（%d至%d）"},
	{"rocdate.range.gregorian-year", "year %s out of range", "西元%s年超出範圍"},
	{"rocdate.range.scan-year", "year out of range", "年份超出範圍"},
	{"rocdate.range.month", "month %d out of range", "無%d月"},
	{"rocdate.range.gregorian-day", "day %d out of range for %s-%d", "西元%[2]s年%[3]d月無%[1]d日"},
	{"rocdate.range.day", "day %d out of range for %s", "%[2]s無%[1]d日"},
	{"rocdate.range.weekday", "weekday %s is not that of the date, %s", "所載星期%s與日期不符，應為星期%s"},
	{"rocdate.range.end-before-start", "the end is before the start", "迄日早於起日"},
	{"rocdate.range.reference", "the reference day %v is before the start", "基準日%v早於起日"},
	{"rocdate.range.quarters", "quarters %d and %d are not consecutive", "第%d季與第%d季不相連"},
	{"rocdate.range.descending", "descending quarters", "季次由大而小"},
	{"rocdate.range.quarter", "quarter %d out of range 1–4", "無第%d季（應為第1季至第4季）"},
	// Last: "missing %s" would take every "missing …" above.
	{"rocdate.syntax.closer", "missing %s", "未載「%s」"},
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
) && registerDetails()

func registerDetails() bool {
	for _, f := range detailForms {
		i18n.Register(i18n.Message{Code: f.code, Chinese: f.zh, English: f.en})
	}
	return true
}

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

// DetailCode returns the stable code of a Detail this package writes
// (rocdate.range.day for "day 29 out of range for 111年2月"), or "" for a
// text it does not write. Another package that copies a rocdate Detail
// into its own error finds the code of what it holds with it.
func DetailCode(detail string) string {
	code, _ := readDetail(detail)
	return code
}

// DetailMessage returns a Detail this package writes in the language
// nearest to t: 111年2月無29日 for "day 29 out of range for 111年2月". A
// text the package does not write is returned as it is in English and as
// "" in Chinese, so that no English reaches a Chinese text.
func DetailMessage(detail string, t language.Tag) string {
	code, args := readDetail(detail)
	if code == "" {
		if i18n.Match(t) == i18n.English {
			return detail
		}
		return ""
	}
	return i18n.Sprintf(t, code, args...)
}

// readDetail matches detail against detailForms and returns the form's
// code and the values at its verbs, typed: an int for %d, a Date for %v,
// a string for %s.
func readDetail(detail string) (string, []any) {
	if detail == "" {
		return "", nil
	}
	for _, f := range detailForms {
		if args, ok := match(f.en, detail); ok {
			return f.code, args
		}
	}
	return "", nil
}

// match reads s as format, whose verbs are %d, %s and %v, none side by
// side.
func match(format, s string) ([]any, bool) {
	var args []any
	for {
		i := strings.IndexByte(format, '%')
		if i < 0 {
			return args, format == s
		}
		if !strings.HasPrefix(s, format[:i]) || i+1 >= len(format) {
			return nil, false
		}
		s, format = s[len(format[:i]):], format[i+1:]
		verb := format[0]
		format = format[1:]
		next := format
		if j := strings.IndexByte(next, '%'); j >= 0 {
			next = next[:j]
		}
		var val string
		if next == "" {
			val, s = s, ""
		} else {
			j := strings.Index(s, next)
			if j < 0 {
				return nil, false
			}
			val, s = s[:j], s[j:]
		}
		switch verb {
		case 'd':
			n, err := strconv.Atoi(val)
			if err != nil {
				return nil, false
			}
			args = append(args, n)
		case 'v':
			d, err := Parse(val)
			if err != nil {
				return nil, false
			}
			args = append(args, d)
		default:
			if val == "" {
				return nil, false
			}
			args = append(args, val)
		}
	}
}

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
	detail := DetailMessage(e.Detail, t)
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

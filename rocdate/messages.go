package rocdate

import (
	_ "embed"
	"strconv"
	"time"

	"github.com/ogdtw/governance/internal/i18n"
	"golang.org/x/text/language"
)

//go:embed messages.txt
var catalog string

// The package's messages, and the reader of the day a detail holds at a
// %v, for reading a ParseError from JSON.
var _ = i18n.Load(catalog) && i18n.RegisterValue("rocdate.range.reference", detailDate)

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

package rocdate

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/ogdtw/governance/internal/i18n"
	"golang.org/x/text/language"
)

var (
	zh = language.MustParse("zh-Hant-TW")
	en = language.English
)

// detailTests make every Detail the package writes, each with its code
// and its Chinese message.
var detailTests = []struct {
	make func() error
	code string
	zh   string
}{
	{func() error { _, err := Parse(""); return err }, "rocdate.syntax.empty", "未載日期"},
	{func() error { _, err := Parse("111年5月19日 上午"); return err }, "rocdate.syntax.trailing", "日期後有多餘文字"},
	{func() error { _, err := Parse("年5月19日"); return err }, "rocdate.syntax.year", "未載年份"},
	{func() error { _, err := Parse("111 5月19日"); return err }, "rocdate.syntax.nian", "年份後未載「年」字"},
	{func() error { _, err := Parse("一百十一.5.19"); return err }, "rocdate.syntax.numerals", "中文數字不得以「.」分隔"},
	{func() error { _, err := Parse("11105190"); return err }, "rocdate.range.month", "無51月"},
	{func() error { _, err := Parse("111051"); return err }, "rocdate.syntax.compact", "連寫日期應為7位數（民國）或8位數（西元），而非6位數"},
	{func() error { _, err := Parse("111年5月19日（星期X）"); return err }, "rocdate.syntax.weekday", "星期無法辨識"},
	{func() error { _, err := Parse("111年月19日"); return err }, "rocdate.syntax.month", "未載月份"},
	{func() error { _, err := Parse("111年5 19日"); return err }, "rocdate.syntax.yue", "月份後未載「月」字"},
	{func() error { _, err := Parse("111年5月"); return err }, "rocdate.syntax.year-month", "未載日：僅有年月，不成日期"},
	{func() error { _, err := Parse("111年5月日"); return err }, "rocdate.syntax.day", "未載日"},
	{func() error { _, err := Parse("111年5月19"); return err }, "rocdate.syntax.ri", "日後未載「日」字"},
	{func() error { _, err := Parse("111.5/19"); return err }, "rocdate.syntax.separators", "分隔符號不一致"},
	{func() error { _, err := ParseStyle("fancy"); return err }, "rocdate.syntax.style", "非日期格式名稱"},
	{func() error { var d Date; return d.Scan(3.5) }, "rocdate.syntax.scan", "此型別之值不能讀為日期"},
	{func() error { _, err := ParsePeriod("", Date{}); return err }, "rocdate.syntax.empty-period", "未載期間"},
	{func() error { _, err := ParsePeriod("（111年", Date{}); return err }, "rocdate.syntax.closer", "未載「）」"},
	{func() error { _, err := ParsePeriod("111年 上午", Date{}); return err }, "rocdate.syntax.trailing-period", "期間後有多餘文字"},
	{func() error { _, err := ParsePeriod("111年第季", Date{}); return err }, "rocdate.syntax.quarter", "未載季次"},
	{func() error { _, err := ParsePeriod("111年第1", Date{}); return err }, "rocdate.syntax.ji", "未載「季」字"},
	{func() error { _, err := ParseQuarter(""); return err }, "rocdate.syntax.empty-quarter", "未載季別"},
	{func() error { _, err := ParseQuarter("111Q"); return err }, "rocdate.syntax.quarter-after-q", "Q後未載季次"},
	{func() error { _, err := ParseQuarter("111年1季"); return err }, "rocdate.syntax.di", "季次前未載「第」字"},
	{func() error { _, err := ParseQuarter("111年第1"); return err }, "rocdate.syntax.ji-after-number", "季次後未載「季」字"},
	{func() error { _, err := ParseQuarter("111年第1季 上午"); return err }, "rocdate.syntax.trailing-quarter", "季別後有多餘文字"},
	{func() error { _, err := New(0, 1, 1); return err }, "rocdate.range.year-zero", "無民國0年：民國前1年之次年為民國1年"},
	{func() error { _, err := New(1000, 1, 1); return err }, "rocdate.range.year", "年份1,000超出範圍（-999至999）"},
	{func() error { _, err := Parse("2911-01-01"); return err }, "rocdate.range.gregorian-year", "西元2911年超出範圍"},
	{func() error { var d Date; return d.Scan(time.Date(3000, 1, 1, 0, 0, 0, 0, time.UTC)) }, "rocdate.range.scan-year", "年份超出範圍"},
	{func() error { _, err := New(111, 13, 1); return err }, "rocdate.range.month", "無13月"},
	{func() error { _, err := Parse("111年2月29日"); return err }, "rocdate.range.day", "111年2月無29日"},
	{func() error { _, err := New(-1, 2, 30); return err }, "rocdate.range.day", "民國前1年2月無30日"},
	{func() error { _, err := Parse("2022-02-29"); return err }, "rocdate.range.gregorian-day", "西元2022年2月無29日"},
	{func() error { _, err := Parse("111年5月19日（星期二）"); return err }, "rocdate.range.weekday", "所載星期二與日期不符，應為星期四"},
	{func() error { _, err := ParsePeriod("111年5月至110年1月", Date{}); return err }, "rocdate.range.end-before-start", "迄日早於起日"},
	{func() error { _, err := ParsePeriod("111年5月19日迄今", MustParse("111年1月1日")); return err }, "rocdate.range.reference", "基準日111年1月1日早於起日"},
	{func() error { _, err := ParsePeriod("111年第1、3季", Date{}); return err }, "rocdate.range.quarters", "第1季與第3季不相連"},
	{func() error { _, err := ParsePeriod("111年第3至第1季", Date{}); return err }, "rocdate.range.descending", "季次由大而小"},
	{func() error { _, err := NewQuarter(111, 5); return err }, "rocdate.range.quarter", "無第5季（應為第1季至第4季）"},
}

// asciiWord finds English in a Chinese text: two Latin letters together.
var asciiWord = regexp.MustCompile(`[A-Za-z]{2,}`)

// detailCodes returns the codes of the details a ParseError carries:
// rocdate.syntax.… and rocdate.range.….
func detailCodes() []string {
	return append(i18n.Codes("rocdate.syntax."), i18n.Codes("rocdate.range.")...)
}

func TestDetailMessages(t *testing.T) {
	seen := map[string]bool{}
	for i, tt := range detailTests {
		var pe *ParseError
		if err := tt.make(); !errors.As(err, &pe) {
			t.Errorf("%d: %v is not a *ParseError", i, err)
			continue
		}
		code := pe.DetailCode()
		seen[code] = true
		if code != tt.code {
			t.Errorf("%d: DetailCode(%q) = %q, want %q", i, pe.Detail, code, tt.code)
		}
		if got := pe.DetailMessage(zh); got != tt.zh {
			t.Errorf("%d: DetailMessage(%q, zh) = %q, want %q", i, pe.Detail, got, tt.zh)
		}
		for _, tag := range []language.Tag{zh, en} {
			if m := pe.Message(tag); strings.Contains(m, "%!") {
				t.Errorf("%d: Message(%v) = %q: the arguments do not fit", i, tag, m)
			}
		}
		if m := pe.Message(zh); asciiWord.MatchString(strings.ReplaceAll(m, pe.Input, "")) {
			t.Errorf("%d: Message(zh) = %q has English in it", i, m)
		}
	}
	// Every detail is made by some function: a detail no code writes is
	// stale.
	for _, c := range detailCodes() {
		if !seen[c] {
			t.Errorf("no test makes the detail %s", c)
		}
	}
}

// TestCatalogComplete lists every code the package formats and fails when
// one lacks a message in either language.
func TestCatalogComplete(t *testing.T) {
	codes := []string{"rocdate.quarter", "rocdate.period", "rocdate.period.open", "rocdate.syntax", "rocdate.range", "rocdate.date", "rocdate.days", "rocdate.days.one",
		"rocdate.object.date", "rocdate.object.quarter", "rocdate.object.period", "rocdate.object.style"}
	codes = append(codes, weekdayCodes[:]...)
	codes = append(codes, styleCodes[1:]...)
	codes = append(codes, detailCodes()...)
	for _, c := range codes {
		if !i18n.Has(c) {
			t.Errorf("code %s has no message", c)
		}
	}
	for _, c := range i18n.Codes("rocdate.") {
		for _, tag := range []language.Tag{zh, en} {
			if m := i18n.Sprintf(tag, c); m == "" || strings.HasPrefix(m, c) {
				t.Errorf("%s in %v: %q", c, tag, m)
			}
		}
	}
}

func TestParseErrorMessage(t *testing.T) {
	_, err := Parse("111年2月29日")
	var pe *ParseError
	if !errors.As(err, &pe) {
		t.Fatal(err)
	}
	tests := []struct {
		tag  language.Tag
		want string
	}{
		{zh, "日期「111年2月29日」有誤：111年2月無29日"},
		{language.MustParse("zh-TW"), "日期「111年2月29日」有誤：111年2月無29日"},
		{en, `date "111年2月29日": day 29 out of range for 111年2月`},
	}
	for _, tt := range tests {
		if got := pe.Message(tt.tag); got != tt.want {
			t.Errorf("Message(%v) = %q, want %q", tt.tag, got, tt.want)
		}
	}
	if got := pe.Error(); got != `rocdate: parsing "111年2月29日": day 29 out of range for 111年2月` {
		t.Errorf("Error() changed: %q", got)
	}
	foreign := &ParseError{Func: "ParseQuarter", Input: strings.Repeat("季", 70), Detail: "something else", Err: ErrSyntax}
	if got, want := foreign.Message(zh), "季別「"+strings.Repeat("季", 64)+"…」有誤：格式不符"; got != want {
		t.Errorf("Message(zh) = %q, want %q", got, want)
	}
	if got := foreign.Message(en); !strings.HasSuffix(got, ": something else") {
		t.Errorf("Message(en) = %q", got)
	}
	_, ref := ParsePeriod("111年5月19日迄今", MustParse("111年1月1日"))
	if got := ref.(*ParseError).Message(en); got != `period "111年5月19日迄今": the reference day 2022-01-01 is before the start` {
		t.Errorf("Message(en) = %q", got)
	}
}

func TestWeekdayDays(t *testing.T) {
	if got := WeekdayName(time.Thursday, zh); got != "星期四" {
		t.Errorf("WeekdayName(Thursday, zh) = %q", got)
	}
	if got := WeekdayName(time.Sunday, en); got != "Sunday" {
		t.Errorf("WeekdayName(Sunday, en) = %q", got)
	}
	if got := WeekdayName(7, zh); got != "" {
		t.Errorf("WeekdayName(7) = %q", got)
	}
	for _, tt := range []struct {
		n    int
		tag  language.Tag
		want string
	}{{90, zh, "90日"}, {90, en, "90 days"}, {1, en, "1 day"}, {1, zh, "1日"}, {1200, zh, "1,200日"}, {0, en, "0 days"}} {
		if got := Days(tt.n, tt.tag); got != tt.want {
			t.Errorf("Days(%d, %v) = %q, want %q", tt.n, tt.tag, got, tt.want)
		}
	}
	d := MustParse("111年5月19日")
	if d.Message(zh) != "111年5月19日" || d.Message(en) != "2022-05-19" || (Date{}).Message(en) != "" {
		t.Errorf("Date.Message: %q %q", d.Message(zh), d.Message(en))
	}
	q := MustParse("111年5月19日").Quarter()
	if q.Message(zh) != "111年第2季" || q.Message(en) != "Q2 2022" || (Quarter{}).Message(en) != "" {
		t.Errorf("Quarter.Message: %q %q", q.Message(zh), q.Message(en))
	}
	p, _ := ParsePeriod("111年1月至5月", Date{})
	o, _ := ParsePeriod("111.01.01迄今", Date{})
	if p.Message(zh) != "111年1月1日至111年5月31日" || p.Message(en) != "2022-01-01 to 2022-05-31" ||
		o.Message(zh) != "111年1月1日迄今" || o.Message(en) != "since 2022-01-01" || (Period{}).Message(zh) != "" {
		t.Errorf("Period.Message: %q %q %q %q", p.Message(zh), p.Message(en), o.Message(zh), o.Message(en))
	}
	if Dotted.Message(zh) != "點分隔" || Dotted.Message(en) != "dotted" || NoStyle.Message(zh) != "" || Style(99).Message(en) != "" {
		t.Error("Style.Message is wrong")
	}
}

func BenchmarkParseErrorMessage(b *testing.B) {
	_, err := Parse("111年2月29日")
	var pe *ParseError
	errors.As(err, &pe)
	_ = pe.Message(zh)
	b.Run("Message", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_ = pe.Message(zh)
		}
	})
	b.Run("fmt-peer", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_ = fmt.Sprintf("%s「%s」有誤：%s", "日期", pe.Input, fmt.Sprintf("%s無%d日", "111年2月", 29))
		}
	})
}

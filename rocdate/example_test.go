package rocdate_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/rocdate"
)

func ExampleParse() {
	for _, s := range []string{
		"111年5月19日",
		"民國 108 年 09 月 23 日",
		"110/12/10",
		"1110519",
		"中華民國一百十一年五月十九日",
		"民前1年12月31日",
	} {
		d, err := rocdate.Parse(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(d, d.Format(rocdate.Gregorian))
	}
	// Output:
	// 111年5月19日 2022-05-19
	// 108年9月23日 2019-09-23
	// 110年12月10日 2021-12-10
	// 111年5月19日 2022-05-19
	// 111年5月19日 2022-05-19
	// 民國前1年12月31日 1911-12-31
}

// A day that does not exist is an error, never the next month's day.
func ExampleParse_error() {
	_, err := rocdate.Parse("111年2月29日")
	fmt.Println(err)
	fmt.Println(errors.Is(err, rocdate.ErrRange))

	var e *rocdate.ParseError
	_, err = rocdate.Parse("111年5月")
	if errors.As(err, &e) {
		fmt.Printf("input %q: %s\n", e.Input, e.Detail)
	}
	// Output:
	// rocdate: parsing "111年2月29日": day 29 out of range for 111年2月
	// true
	// input "111年5月": missing day: a year and month are not a date
}

func ExampleDate_Format() {
	d := rocdate.MustParse("111.5.19")
	for _, s := range []rocdate.Style{
		rocdate.Standard, rocdate.Official, rocdate.Numerals,
		rocdate.Dotted, rocdate.Slashed, rocdate.Compact, rocdate.Gregorian,
	} {
		fmt.Printf("%-9v %s\n", s, d.Format(s))
	}
	// Output:
	// Standard  111年5月19日
	// Official  中華民國111年5月19日
	// Numerals  中華民國一百十一年五月十九日
	// Dotted    111.05.19
	// Slashed   111/05/19
	// Compact   1110519
	// Gregorian 2022-05-19
}

func ExampleDate_Quarter() {
	meeting := rocdate.MustParse("111年5月19日")
	q := meeting.Quarter()
	fmt.Println(q, q.First(), q.Last())
	fmt.Println("under review:", q.Prev())
	// Output:
	// 111年第2季 111年4月1日 111年6月30日
	// under review: 111年第1季
}

func ExampleParseQuarter() {
	for _, s := range []string{"110 第4季", "111年第一季", "111Q2"} {
		q, err := rocdate.ParseQuarter(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(q, q.First(), "to", q.Last())
	}
	// Output:
	// 110年第4季 110年10月1日 to 110年12月31日
	// 111年第1季 111年1月1日 to 111年3月31日
	// 111年第2季 111年4月1日 to 111年6月30日
}

func ExampleParsePeriod() {
	ref := rocdate.MustParse("111年5月19日") // the day the deck was presented
	for _, s := range []string{"111年1月至5月", "111.01.01 迄今", "(截至5月)", "112年第3、4季"} {
		p, err := rocdate.ParsePeriod(s, ref)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%s: %v to %v, %d days\n", s, p.Start(), p.End(), p.Days())
	}
	// Output:
	// 111年1月至5月: 111年1月1日 to 111年5月31日, 151 days
	// 111.01.01 迄今: 111年1月1日 to 111年5月19日, 139 days
	// (截至5月): 111年1月1日 to 111年5月31日, 151 days
	// 112年第3、4季: 112年7月1日 to 112年12月31日, 184 days
}

func ExampleDate_DaysSince() {
	letter := rocdate.MustParse("110年12月22日")
	meeting := rocdate.MustParse("111年5月19日")
	fmt.Println(meeting.DaysSince(letter), letter.AddDays(148))
	// Output:
	// 148 111年5月19日
}

// A Period marshals as the text its String gives, which reads back
// without a reference day; an open-ended period is written 迄今 after its
// first day.
func ExamplePeriod_MarshalText() {
	ref := rocdate.MustParse("111年5月19日")
	for _, s := range []string{"111年1月至5月", "(截至5月)", "111.01.01 迄今"} {
		p, _ := rocdate.ParsePeriod(s, rocdate.Date{})
		if s == "(截至5月)" {
			p, _ = rocdate.ParsePeriod(s, ref)
		}
		b, _ := json.Marshal(p)
		var back rocdate.Period
		err := json.Unmarshal(b, &back)
		fmt.Println(string(b), back == p, err)
	}
	// Output:
	// "111年1月至5月" true <nil>
	// "111年1月至5月" true <nil>
	// "111年1月1日迄今" true <nil>
}

// A ParseError tells an official what is wrong in Chinese, and a foreign
// auditor in English; Error stays English, for logs.
func ExampleParseError_Message() {
	_, err := rocdate.Parse("111年2月29日")
	var pe *rocdate.ParseError
	if errors.As(err, &pe) {
		fmt.Println(pe.Message(finding.Chinese))
		fmt.Println(pe.Message(finding.English))
		fmt.Println(pe.DetailCode())
	}
	// Output:
	// 日期「111年2月29日」有誤：111年2月無29日
	// date "111年2月29日": day 29 out of range for 111年2月
	// rocdate.range.day
}

// Reports name the day of the week and count days in the reader's
// language.
func ExampleWeekdayName() {
	d := rocdate.MustParse("111年5月19日")
	fmt.Println(d.Message(finding.Chinese), rocdate.WeekdayName(d.Weekday(), finding.Chinese), rocdate.Days(90, finding.Chinese))
	fmt.Println(d.Message(finding.English), rocdate.WeekdayName(d.Weekday(), finding.English), rocdate.Days(90, finding.English))
	// Output:
	// 111年5月19日 星期四 90日
	// 2022-05-19 Thursday 90 days
}

// Command quarterly prints what 政府資料開放諮詢小組設置要點第10點 and 第11點
// ask of the ministry at a meeting: the period it reports, from the
// quarter after the previous meeting's to the meeting day, the quarters
// that period covers, what goes to the Executive Yuan and to data.gov.tw
// for each, and how a few sample requests are routed. The clauses come from the library;
// the lines around them from this program's own message catalog, in
// Traditional Chinese (the default) or English.
//
//	go run ./examples/quarterly               # for the deck's day, 111年5月19日
//	go run ./examples/quarterly -date 112.8.17 -prev 112.3.9
//	go run ./examples/quarterly -date 112.8.17 -last 112年第1季
//
// The deck's meeting of 111年5月19日 reports 111年1月至5月: 111年第1季
// whole and 111年第2季 up to the meeting day; its table compares
// 110年第4季 with 111年第2季, so 110年第4季 was the last quarter reported.
// The deck does not give the previous meeting's day: -prev gives it when
// known, and without it the program says the quarter is the table's.
// The requests routed are samples, R1 to R4, and printed as such.
//
//	go run ./examples/quarterly -lang en
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/ogdtw/governance/datasets"
	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/requests"
	"github.com/ogdtw/governance/rocdate"
	"golang.org/x/text/language"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// samples are requests as the public sends them, one per concern.
var samples = []requests.Request{
	{ID: "R1", Category: requests.DownloadLink, Dataset: 87010, Summary: "下載連結失效", Concern: requests.ProcessOrSystem},
	{ID: "R2", Category: requests.ContentError, Summary: "統計口徑與本部函釋不一致", Concern: requests.OwnRegulation},
	{ID: "R3", Category: requests.NewDataset, Summary: "請開放跨部會之通報資料", Concern: requests.CrossMinistry},
	{ID: "R4", Category: requests.QualityImprovement, Summary: "欄位名稱請加註單位"},
}

func run(args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("quarterly", flag.ContinueOnError)
	flags.SetOutput(stderr)
	dateFlag := flags.String("date", "111.5.19", "the `day` of the meeting, in any form rocdate reads")
	prevFlag := flags.String("prev", "", "the `day` of the previous meeting, whose quarter was the last reported (the deck does not give it)")
	lastFlag := flags.String("last", "110年第4季", "the last `quarter` reported, when -prev is not given: the deck's table compares 110年第4季 with 111年第2季")
	langFlag := flags.String("lang", "zh-Hant-TW", "the `language` to print: zh-Hant-TW or en")
	if err := flags.Parse(args); err != nil {
		return 2
	}
	day, err := rocdate.Parse(*dateFlag)
	if err != nil {
		fmt.Fprintf(stderr, "quarterly: -date: %v\n", err)
		return 2
	}
	var prev rocdate.Date
	if *prevFlag != "" {
		if prev, err = rocdate.Parse(*prevFlag); err != nil {
			fmt.Fprintf(stderr, "quarterly: -prev: %v\n", err)
			return 2
		}
		if !prev.Before(day) {
			fmt.Fprintf(stderr, "quarterly: -prev %s is not before -date %s\n", prev, day)
			return 2
		}
	}
	last, err := rocdate.ParseQuarter(*lastFlag)
	if err != nil {
		fmt.Fprintf(stderr, "quarterly: -last: %v\n", err)
		return 2
	}
	if !prev.IsZero() {
		last = prev.Quarter()
	}
	tag, err := language.Parse(*langFlag)
	if err != nil {
		fmt.Fprintf(stderr, "quarterly: -lang: %v\n", err)
		return 2
	}
	p := newPrinter(tag)
	// The meeting reports from the quarter after the one the previous
	// meeting reported to the meeting day: the period in months as
	// headings name it (111年1月至5月), and in days.
	first := last.Next()
	if first.First().After(day) {
		fmt.Fprintf(stderr, "quarterly: nothing to report: the previous meeting's quarter %s is the meeting's\n", last)
		return 2
	}
	period, _ := rocdate.NewPeriod(first.First(), day)
	endOfMonth := day.AddDays(32 - day.Day())
	endOfMonth = endOfMonth.AddDays(-endOfMonth.Day())
	months, _ := rocdate.NewPeriod(first.First(), endOfMonth)

	title := day.Format(rocdate.Official)
	if p.english {
		title = day.Message(finding.English)
	}
	p.line(stdout, "day", title, rocdate.WeekdayName(day.Weekday(), tag))
	if prev.IsZero() {
		// The deck names no previous meeting's day: the quarter is the
		// one its table compares with, and is said to be so.
		p.line(stdout, "previous-table", last.Message(tag))
	} else {
		p.line(stdout, "previous", last.Message(tag), prev.Message(tag))
	}
	monthsText := months.String()
	if p.english {
		monthsText = months.Start().In(time.UTC).Format("2006-01") + " to " + months.End().In(time.UTC).Format("2006-01")
	}
	p.line(stdout, "review", monthsText, period.Message(tag), rocdate.Days(period.Days(), tag))
	var quarters []rocdate.Quarter
	for q := first; q.Compare(day.Quarter()) <= 0; q = q.Next() {
		quarters = append(quarters, q)
		if q.Last().After(day) {
			p.line(stdout, "quarter-part", q.Message(tag), day.Message(tag))
		} else {
			p.line(stdout, "quarter-whole", q.Message(tag))
		}
	}
	fmt.Fprintln(stdout)

	p.line(stdout, "provision", p.sprintf("point10"))
	if p.english {
		p.line(stdout, "point10-review")
	} else {
		fmt.Fprintf(stdout, "  %s\n", requests.Review)
	}
	p.line(stdout, "samples")
	for _, q := range samples {
		route := q.Route()
		p.line(stdout, "request", q.ID, q.Summary, q.Category.Message(tag), route.WordingMessage(tag))
		if route.Tracked() {
			if route.NeedsSchedule() {
				p.line(stdout, "tracked-schedule")
			} else {
				p.line(stdout, "tracked")
			}
		}
		if route.Escalated() {
			p.line(stdout, "to", p.sprintf("actor:"+route.Actor()))
		}
	}

	fmt.Fprintln(stdout)
	p.line(stdout, "provision", p.sprintf("point11"))
	for _, d := range datasets.Duties() {
		fmt.Fprintf(stdout, "  %s\n", d.WordingMessage(tag))
		for _, q := range quarters {
			p.line(stdout, "duty-to", p.sprintf("actor:"+d.Recipient()), q.Message(tag))
		}
	}
	return 0
}

// Command quarterly prints what 政府資料開放諮詢小組設置要點第10點 and 第11點
// ask of the ministry on a given day: the quarter under review, what the
// review covers, what goes to the Executive Yuan and to data.gov.tw, and
// how a few sample requests are routed. The clauses come from the library;
// the lines around them from this program's own message catalog, in
// Traditional Chinese (the default) or English.
//
//	go run ./examples/quarterly               # for the deck's day, 111年5月19日
//	go run ./examples/quarterly -date 112.8.17
//	go run ./examples/quarterly -lang en
package main

import (
	"flag"
	"fmt"
	"io"
	"os"

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
	langFlag := flags.String("lang", "zh-Hant-TW", "the `language` to print: zh-Hant-TW or en")
	if err := flags.Parse(args); err != nil {
		return 2
	}
	day, err := rocdate.Parse(*dateFlag)
	if err != nil {
		fmt.Fprintf(stderr, "quarterly: -date: %v\n", err)
		return 2
	}
	tag, err := language.Parse(*langFlag)
	if err != nil {
		fmt.Fprintf(stderr, "quarterly: -lang: %v\n", err)
		return 2
	}
	p := newPrinter(tag)
	review := day.Quarter().Prev()
	period, _ := rocdate.NewPeriod(review.First(), review.Last())

	title := day.Format(rocdate.Official)
	if p.english {
		title = day.Message(finding.English)
	}
	p.line(stdout, "day", title, rocdate.WeekdayName(day.Weekday(), tag))
	p.line(stdout, "review", review.Message(tag), period.Message(tag), rocdate.Days(period.Days(), tag))
	fmt.Fprintln(stdout)

	p.line(stdout, "provision", p.sprintf("point10"))
	if p.english {
		p.line(stdout, "point10-review")
	} else {
		fmt.Fprintf(stdout, "  %s\n", requests.Review)
	}
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
		p.line(stdout, "duty-to", p.sprintf("actor:"+d.Recipient()), review.Message(tag))
	}
	return 0
}

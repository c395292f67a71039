// Command quarterly prints what 政府資料開放諮詢小組設置要點第10點 and 第11點
// ask of the ministry on a given day: the quarter under review, what the
// review covers, what goes to the Executive Yuan and to data.gov.tw, and
// how a few sample requests are routed. Every sentence it prints comes
// from the library.
//
//	go run ./examples/quarterly               # for the deck's day, 111年5月19日
//	go run ./examples/quarterly -date 112.8.17
package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/ogdtw/governance/datasets"
	"github.com/ogdtw/governance/requests"
	"github.com/ogdtw/governance/rocdate"
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
	if err := flags.Parse(args); err != nil {
		return 2
	}
	day, err := rocdate.Parse(*dateFlag)
	if err != nil {
		fmt.Fprintf(stderr, "quarterly: -date: %v\n", err)
		return 2
	}
	review := day.Quarter().Prev()
	period, _ := rocdate.NewPeriod(review.First(), review.Last())

	fmt.Fprintf(stdout, "%s (%s)\n", day.Format(rocdate.Official), day.Weekday())
	fmt.Fprintf(stdout, "審查季別: %s, %s, %d days\n\n", review, period, period.Days())

	fmt.Fprintf(stdout, "%s\n  %s\n", requests.Provision, requests.Review)
	for _, q := range samples {
		route := q.Route()
		fmt.Fprintf(stdout, "  %s %s (%s): %s\n", q.ID, q.Summary, q.Category, route.Wording())
		if route.Tracked() {
			fmt.Fprintf(stdout, "     → 列管 until done; an improvement schedule is needed: %v\n", route.NeedsSchedule())
		}
		if route.Escalated() {
			fmt.Fprintf(stdout, "     → %s\n", route.Actor())
		}
	}

	fmt.Fprintf(stdout, "\n%s\n", datasets.ResultsProvision)
	for _, d := range datasets.Duties() {
		fmt.Fprintf(stdout, "  %s\n     → %s, for %s\n", d.Wording(), d.Recipient(), review)
	}
	return 0
}

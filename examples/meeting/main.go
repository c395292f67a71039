// Command meeting rebuilds the 法務部政府資料開放諮詢小組 111年度第1次會議
// deck from its tables, runs every rule of the library over them, and
// prints the report the secretariat brings to the meeting: the deck's
// tables in the deck's order, what checks, and what does not add up.
//
// The deck's tables are embedded as CSV files (see data/). Run it on your
// own quarter with the same files in a folder, each a CSV (UTF-8, Big5 or
// UTF-16) or a workbook of the same name (items.ods, items.xlsx; its first
// sheet), as package spreadsheet reads them:
//
//	go run ./examples/meeting                       # the embedded deck
//	go run ./examples/meeting -as-of 115.12.1       # asked later: amendments since listed apart
//	go run ./examples/meeting -data DIR             # your own meeting's files
//	go run ./examples/meeting -html report.html     # also one HTML page
//	go run ./examples/meeting -lang en              # the same report in English
//
// The report is in Traditional Chinese (zh-Hant-TW) by default, every
// sentence of its own from its message catalog (messages.go) and every
// finding in the library's words; -lang en writes it in English. The
// deck's own texts (its tables, names and grounds) stay as printed.
//
// The files hold what the deck says and nothing more: meeting.csv (this
// meeting, its 報告單位 and the period it reports, 111年1月至5月),
// outline.csv (大綱: the headings the report prints, with 三、臨時動議 and
// no motion under it), passages.csv (the deck's paragraphs under each
// heading, 設置要點第10點 and 第11點 as it quotes them), claims.csv (what
// the deck states that the data may check: 名列各部會第二, 申請下架2筆),
// items.csv (上次會議決議事項辦理情形), inventory_summary.csv (資料分級),
// inventory_records.csv (records 82 and 86 as printed, without a
// 法令依據 column: their grounds are unknown, not missing; the deck
// prints no previous edition, so their 修正說明 are not checkable unless
// -data gives an inventory_records_previous.csv), requests_by_quarter.csv and
// requests_by_category.csv (民間需求回應說明), series.csv (本部資料開放情形統計),
// publishers.csv (本部各機關(單位)資料開放情形, long layout),
// action_plan.csv (壹、前言 and 伍、結語 of the action plan, whose dataset
// count the revision changes, quoted whole), delistings.csv.
//
// Where a check needs more than the deck gives, the data says so: the
// deck's ranking of the ministries is a picture, so without a ranking
// table (ranking.csv), or the national catalog export and the agency
// register to compute one (national_catalog.csv and agencies.csv), its
// claim is printed as one the data cannot check (無法查核). The delisting
// review needs a catalog and the ranking slide a national export:
// sample_catalog.csv, sample_national_catalog.csv and sample_agencies.csv
// are sample data, named as such, whose checks the report labels
// （依範例資料查核） and counts apart from the deck's. The deck does
// not name the meeting that opened the carried items: items.csv names
// 110年度第2次會議 of 110年12月10日, the series date before this
// meeting's, for the tracking model; the report does not print it as the
// deck's.
//
// The deck is checked for the meeting's day, 111年5月19日; -as-of is the
// day the report is asked, and what happened between the two (a law
// amended) is listed apart, never as a fault of the deck. Nothing is
// decided before the meeting decides: each item shows its 列管建議 and
// 決定：（俟會議決定）. The summary counts checks, not lines (a line that sums up
// eight checks counts eight): 查核N項：符合a項，不符b項，無法查核c項, with
// a + b + c = N, then the rows that cannot be read (!), then the checks
// made on sample data, counted apart.
//
// The report date defaults to the deck's, never the clock, so the output
// is the same on every run. The exit status is 0 whenever the report
// completes, whatever it finds; bad rows are reported with their file and
// row, and the rest of the report still prints.
package main

import (
	"embed"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"

	"golang.org/x/text/language"

	"github.com/ogdtw/governance/rocdate"
)

//go:embed data/*.csv
var embedded embed.FS

// deckDate is the day the deck was presented, the default report date.
const deckDate = "111.5.19"

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("meeting", flag.ContinueOnError)
	flags.SetOutput(stderr)
	dataDir := flags.String("data", "", "read the data files (.csv, .ods or .xlsx) from `DIR` instead of the embedded deck")
	asOf := flags.String("as-of", deckDate, "the `date` the report is asked, in any form rocdate reads (the deck is checked for its meeting's day)")
	htmlFile := flags.String("html", "", "also write the report as one self-contained HTML page to `FILE`")
	langFlag := flags.String("lang", "zh-Hant-TW", "the report's `language`: zh-Hant-TW or en")
	if err := flags.Parse(args); err != nil {
		return 2
	}
	if flags.NArg() > 0 {
		fmt.Fprintf(stderr, "meeting: unexpected arguments %q\n", flags.Args())
		return 2
	}
	date, err := rocdate.Parse(*asOf)
	if err != nil {
		fmt.Fprintf(stderr, "meeting: -as-of: %v\n", err)
		return 2
	}
	tag, err := language.Parse(*langFlag)
	if err == nil {
		if _, ok := match(tag); !ok {
			err = fmt.Errorf("%s is not a language of the report (zh-Hant-TW, en)", *langFlag)
		}
	}
	if err != nil {
		fmt.Fprintf(stderr, "meeting: -lang: %v\n", err)
		return 2
	}
	fsys, err := subData()
	if *dataDir != "" {
		fsys = os.DirFS(*dataDir)
	} else if err != nil {
		fmt.Fprintf(stderr, "meeting: %v\n", err)
		return 1
	}
	report := Build(fsys, date, tag)
	if _, err := io.WriteString(stdout, report.Text()); err != nil {
		fmt.Fprintf(stderr, "meeting: %v\n", err)
		return 1
	}
	if *htmlFile != "" {
		page, err := report.HTML()
		if err == nil {
			err = os.WriteFile(*htmlFile, page, 0o644)
		}
		if err != nil {
			fmt.Fprintf(stderr, "meeting: -html: %v\n", err)
			return 1
		}
	}
	return 0
}

// subData returns the embedded deck's files.
func subData() (fs.FS, error) { return fs.Sub(embedded, "data") }

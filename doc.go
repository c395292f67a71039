// Package governance models how a Taiwanese ministry governs its open
// government data, after the Ministry of Justice's open data advisory group
// (法務部政府資料開放諮詢小組). The package itself holds only this overview;
// the work is done by the packages below it, which ministry engineers
// import into their services and reporting tools.
//
// # Packages
//
//   - [github.com/ogdtw/governance/rocdate]: ROC (民國) dates in every form
//     documents use, quarters and periods.
//   - [github.com/ogdtw/governance/inventory]: the 資料盤點表: classes
//     甲/乙/丙, records, classification rules, summary and diff.
//   - [github.com/ogdtw/governance/inventory/law]: legal citations as real
//     texts write them, and the registry of statutes they cite, embedded or
//     decoded from the national law database's open data.
//   - [github.com/ogdtw/governance/requests]: 民間需求回應說明: categories,
//     routing under 設置要點第10點, tallies and their reconciliation.
//   - [github.com/ogdtw/governance/datasets]: the data.gov.tw catalog,
//     publishers, open-count series, rankings and delisting (下架).
//   - [github.com/ogdtw/governance/actions]: 列管事項: meetings, rulings,
//     official letters and the tracking lifecycle.
//   - [github.com/ogdtw/governance/finding]: the severity every finding
//     carries (錯誤, 警告, 注意).
//
// # Principles
//
// Every package is pure: no files, network, clock or environment. Where
// "today" matters the caller passes a [rocdate.Date]; importers take rows
// as [encoding/csv] gives them. Values are immutable and safe for
// concurrent use. Every package keeps the same conventions: importers are
// ImportX(rows [][]string) (X, error), reading columns by their Chinese
// headers and returning every good row beside an *ImportError that lists
// each bad cell by row and column; a failed parse is a *ParseError that
// wraps an exported sentinel and quotes its input; every error and every
// finding has a stable Code; findings are values with a
// [finding.Severity], not errors; every exported type round-trips
// through encoding/json.
//
// # A first step
//
// Dates come in many forms; rocdate reads them all and says which quarter
// a meeting reviews:
//
//	meeting := rocdate.MustParse("中華民國111年5月19日")
//	fmt.Println(meeting.Format(rocdate.Dotted), meeting.Quarter().Prev())
//	// 111.05.19 111年第1季
package governance

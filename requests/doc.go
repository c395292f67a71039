// Package requests models the public's requests about the ministry's open
// data (民間需求回應說明) and what the advisory group must do with them.
//
// # Requests and routing
//
// A [Request] is one request or comment from the public: when it was
// received, its [Category] (下載連結問題, 內容有誤, 品質改善, 其他,
// 建議新增資料集), the dataset it is about, the reply and its date, and its
// [Concern] under 政府資料開放諮詢小組設置要點第10點. [Concern.Route] gives the
// action that point requires: a doubt about the ministry's own regulations
// is reviewed with its legal unit (會同機關法制單位檢討修正), a business-process
// or information-system problem gets an improvement schedule and is tracked
// (排定改善期程，定期追蹤列管), and a cross-ministry regulatory doubt goes to
// the Executive Yuan group (提報行政院諮詢小組).
//
// # Tallies and printed tables
//
// [CountByQuarter] and [CountByCategory] tally requests by ROC year and
// quarter or category, with row, column and grand totals. A [Table] is a
// tally as a deck printed it, cells and totals included, where a cell may be
// "-" (a period not yet reached, never a zero) or carry a note such as
// "0 (截至5月)"; [Table.Records] gives its cells as printed.
// [Table.Reconcile] checks the printed totals against the table's own
// arithmetic: [Reconciliation.Checks] lists every total compared, each
// with its finding.Verdict (無法查核 for a total left "-" or empty),
// [Reconciliation.Tally] counts them, and [Reconciliation.Findings] every wrong row, column and grand
// total with the figure Printed and the figure Computed, and, when the
// printed column totals exceed their figures by amounts that add up to the
// grand total's excess, a finding that names that residual as one row
// missing from the print. The deck of 111年5月19日 prints 13, 28 and 71
// where its rows give 11, 19 and 60: a residual row (2, 9, 0, 0).
//
// # Printed cells against the requests
//
// When the caller has the requests themselves, [Table.CheckCells]
// compares each printed cell with their count, each cell one
// [CellCheck] with its finding.Verdict: errors that cancel out in the
// totals (108年 內容有誤 printed 4 for 5 and 其他 3 for 2), which
// Reconcile and CompareTables cannot see, are 不符 there. A "-" where no
// request came in, an empty cell, or a figure that requests without a
// date might explain is 無法查核, with the reason.
//
// # Two tables of the same requests
//
// [CompareTables] checks two printed tables of the same requests against
// each other (the deck's 依季別 and 依類別 tables), rows matched by ROC
// year: each year's printed totals and the sums of its cells, then the
// grand totals and the sums of all cells. [Comparison.Checks] lists every
// comparison with its finding.Verdict (符合, 不符, or 無法查核 where a total
// is not printed, a year is in one table only, or a "-" stands against a
// 0), and [Comparison.Findings] what disagrees (requests.cross-year-total,
// requests.cross-grand-total, requests.cross-missing-year) and two
// remarks: a year printed "-" in one table and 0 in the other
// (requests.cross-notation), and both grand totals over their cells by
// the same amount (requests.cross-residual). The deck's two tables agree
// on every year, and both print 71 where their cells add up to 60.
//
// # Importers, errors and findings
//
// [ImportTable] reads such a table from spreadsheet rows and
// [ImportRequests] reads requests, both finding their columns by their
// Chinese headers (internal/sheet). Each returns every good row, each
// keeping its source Row, and an [*ImportError] listing every bad cell as
// a [RowError]. A failed parse is a [*ParseError] whose Err is a sentinel
// ([ErrSyntax], [ErrRange], [ErrMissing], [ErrDuplicate]); a bad date in a
// request holds rocdate's sentinel and detail, and errors.Is matches both
// rocdate.ErrRange and [ErrRange]. Every error has a Code
// (requests.range). A [Finding] is not an error: it has a
// finding.Severity, a Code (requests.column-total, …), and a Detail in
// Traditional Chinese.
//
// Enums ([Category], [Concern], [Route], [Axis], [FindingKind]) print and
// marshal as the Chinese word documents use (下載連結問題), and parse that
// word, its variants and an English id (download-link).
//
// The package imports github.com/ogdtw/governance/datasets for one
// concept only: a request's dataset is a datasets.ID. The actions package
// uses this package's [Concern].
//
// # Replies
//
// [ReplyTimes] measures, as of a date the caller gives, how long each
// request waited for its reply and which are past a deadline the caller
// gives; [OpenAtReview] lists the requests of a quarter still unanswered on
// the day of the meeting that reviews it.
//
// Nothing here does I/O or reads the clock: the caller passes the dates.
package requests

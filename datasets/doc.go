// Package datasets models the Ministry of Justice's open datasets on
// data.gov.tw as its open data advisory group (政府資料開放諮詢小組)
// reviews them: the catalog, the publishers, the open-count series, the
// per-publisher table, the ranking among ministries, and delisting.
//
// # Catalog and publishers
//
// A [Dataset] has a numeric [ID] (資料集識別碼, such as 87010), a title, a
// [Publisher] and a [Status] (listed or delisted). A [Catalog] holds the
// datasets at one moment and never changes: [Catalog.Delist] and
// [Catalog.With] return a new catalog. Titles that carry their ID,
// 矯正署臺中戒治所法定預算(87010), parse with [ParseRef]. [Status], [Kind],
// [Group], [Reason], [Line] and [Duty] are enums whose text is the word
// documents print.
//
// Publishers are the ministry's units (本部單位, such as 統計處) and
// agencies (所屬機關, such as 矯正署), with the sub-agency
// 矯正署臺中戒治所 under 矯正署. [LookupPublisher] resolves full and short
// names (金門高分檢 is 福建高等檢察署金門檢察分署); [SortPublishers] sorts
// in stroke order as official lists do.
//
// # Counts
//
// A [Series] is the open count at successive statistics dates with the
// increase printed beside each; [Series.Check] verifies every increase
// and [GrowthRate] gives a growth as a decimal rounded half-up. A [Table]
// is the per-publisher table for two quarters; [Table.Check] verifies
// every printed change, subtotal and total, and that the total equals
// the series at the same date, and says which rows agree. [BuildTable]
// computes the table from two catalogs. [Rank] gives competition ranks
// (1, 2, 2, 4). [Series.Records] and [Table.Records] give the cells as the
// deck prints them.
//
// # Delisting
//
// A [Delisting] names the dataset, its publisher and its [Grounds]: a
// [Reason] and, for a duplicate or a merge, the dataset kept. CKAN
// deletes without asking why and data.gov.tw lists what is to be delisted
// without checking the reason; [Catalog.ReviewDelistings] checks a batch
// against the catalog and says which requests may be approved, which are
// refused and why, and how approving changes each publisher's count.
// [Catalog.Delist] applies an approved batch.
//
// # Findings and errors
//
// What a check finds is a value, not an error: a [SeriesFinding],
// [TableFinding] or [DelistingFinding], each with a finding.Severity, a
// stable Code (datasets.increase, datasets.cycle, …), what it concerns
// with its source Row, the figures as Printed and Computed, and a Detail
// in Traditional Chinese. Errors are for input that cannot be read or
// arguments refused: a [*ParseError] wrapping a sentinel ([ErrSyntax],
// [ErrRange], [ErrMissing], [ErrDuplicate], …), each with a Code.
//
// # Importers
//
// [ImportCatalog], [ImportDelistings], [ImportSeries] and [ImportTable]
// read [][]string rows (from CSV or a spreadsheet) by their Chinese
// headers, in any column order and below any title rows, and keep every
// good row with its source Row. The error is nil when every row was read,
// else an [*ImportError] whose [*RowError] values name each bad cell. The
// package does no I/O.
//
// The package imports rocdate for statistics dates and quarters, and
// finding for the severity of its findings.
package datasets

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
// 矯正署臺中戒治所法定預算(87010), parse with [ParseRef].
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
// the series at the same date. [BuildTable] computes the table from two
// catalogs. [Rank] gives competition ranks (1, 2, 2, 4).
//
// # Delisting
//
// A delisting [Request] names the dataset, its publisher and its
// [Grounds]: a [Reason] and, for a duplicate or a merge, the dataset
// kept. CKAN deletes without asking why and data.gov.tw lists what is to
// be delisted without checking the reason; [Catalog.CheckDelistings]
// checks a batch against the catalog and returns every problem, each a
// [DelistingError] wrapping the rule it breaks.
//
// # Importers
//
// [ImportCatalog], [ImportDelistings], [ImportSeries] and [ImportTable]
// read [][]string rows (from CSV or a spreadsheet) by their Chinese
// headers in any column order, report each bad row as a [RowError], and
// keep every good row. The package does no I/O.
//
// The package imports rocdate for statistics dates and quarters.
package datasets

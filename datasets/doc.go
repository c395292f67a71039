// Package datasets models open datasets on data.gov.tw as a ministry's
// open data advisory group (政府資料開放諮詢小組) reviews them: the
// catalog, the publishers and the ministries they belong to, the
// open-count series, the per-publisher table, the ranking among
// ministries, delisting, and the lists 設置要點第11點 has a ministry
// publish every quarter. The Ministry of Justice's units and agencies are
// built in; any other agency is accepted.
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
// A publisher is any agency ([ParsePublisher]: 經濟部水利署). The
// Ministry of Justice's own are the embedded default: its units (本部單位,
// such as 統計處) and agencies (所屬機關, such as 矯正署), with the
// sub-agency 矯正署臺中戒治所 under 矯正署, their short names, kinds and
// groups; [LookupPublisher] resolves only those (金門高分檢 is
// 福建高等檢察署金門檢察分署), and [SortPublishers] sorts in stroke order as
// official lists do. A [Hierarchy] says which agency is under which, and
// so the ministry (部會) each rolls up to: the embedded default is the
// deck's (the Ministry of Justice's publishers and the names of the
// ministries under 行政院); a caller adds others with [ImportHierarchy]
// (機關, 上級機關, 簡稱).
//
// # The government's agencies, as of a day
//
// Everything national comes from the caller's register of agencies, as
// 行政院人事行政總處 publishes it (機關代碼 open data): [ImportAgencies]
// reads it into a [Register] of [RegisteredAgency] (not Agency: that is
// the [Kind] of an agency under the ministry, and [Agencies] its table
// group). [Register.Resolve] finds the agency a name means on a day (full
// name, name without its ministry's, 台/臺 and full width folded; an
// abolished agency's successor after its abolition; an ambiguous name
// reported, never guessed), and says how with a [Resolution];
// [Register.Ministry] and [Register.Place] go up the chain of 主管機關 to
// the 三級機關, the 部會, the 院 or the local government.
// [Register.RollUp] counts a national catalog per agency, per 三級機關 and
// per 部會; [Register.RankMinistries] ranks the heads of a [Scope] (the
// 部會 of 行政院 by default, the five 院, local governments apart) and
// reports the publishers it could not place, and
// [MinistryRanking.CheckClaim] leaves a claim 無法查核 while any is.
// [Register.BuildTable] builds any ministry's table grouped by the
// register's levels, with the caller's 簡稱.
//
// [ImportCatalog] reads the platform's catalog export as published (its
// header with the doubled 資 and a byte-order mark), keeping ID, title,
// publisher and the [Details] a governance tool needs: formats, license,
// update frequency, quality mark and the two dates.
//
// # Counts
//
// A [Series] is the open count at successive statistics dates with the
// increase printed beside each; [Series.Check] verifies every increase
// and [GrowthRate] gives a growth as a decimal rounded half-up. A [Table]
// is the per-publisher table for two quarters; [Table.Check] verifies
// every printed change, subtotal and total, and that the total equals
// the series at the same date, and says which rows agree. [BuildTable]
// counts the table from two catalog snapshots, of one ministry out of a
// national snapshot when asked. [Rank] gives competition ranks (1, 2, 2,
// 4); [RankMinistries] ranks the ministries of one snapshot, and
// [ImportRanking] reads a ranking table as the platform or a deck prints
// it, whose printed 排名 [CheckPrintedRanks] checks. [ParseRankClaim]
// reads a claim such as 資料開放數量名列各部會第二 or 名列前三, and
// [CheckRankClaim] checks it against a ranking: 符合, 不符, or 無法查核
// when no ranking is given or it does not list the agency. [Series.Records] and
// [Table.Records] give the cells as the deck prints them. Sums and
// differences of figures never wrap: past the int range they are an
// error or a datasets.overflow finding.
//
// # 設置要點第11點
//
// Every quarter a ministry publishes on data.gov.tw the review's result
// and the grounds of what cannot be opened, and updates the list of
// datasets planned for opening. From the inventory's records, given as
// [Holding] values that the caller fills from inventory.Record (the
// package does not import inventory), [Review] gives the result table,
// [UnopenableList] the 丙類 records with their grounds and [PlannedList]
// the 甲類 and 乙類 records not open yet; each has rows to upload.
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
// [TableFinding], [DelistingFinding] or [RankFinding], each with a finding.Severity, a
// stable Code (datasets.increase, datasets.cycle, …), what it concerns
// with its source Row, the figures as Printed and Computed, and a Detail
// in Traditional Chinese. Every finding, and every check taken together
// ([TableCheck], [PrintedRankCheck], [RankCheck], [DelistingReview] and
// each [Refusal], and the [MinistryRanking] it checks claims against),
// is a finding.Result: a Head with its code, severity and verdict (符合
// only when every rule was applied to data present and known; a ranking,
// a figure computed, has none, or 無法查核 while publishers are not
// placed), a Message in Chinese and English, and JSON led by code,
// severity, verdict and message, so that a service renders any of them
// with finding.Text or finding.JSON. Errors are for input that cannot be read or
// arguments refused: a [*ParseError] wrapping a sentinel ([ErrSyntax],
// [ErrRange], [ErrMissing], [ErrDuplicate], …), each with a Code.
//
// # Importers
//
// [ImportCatalog], [ImportDelistings], [ImportSeries], [ImportTable],
// [ImportRanking], [ImportHierarchy] and [ImportAgencies] read [][]string rows (from CSV or a spreadsheet) by their Chinese
// headers, in any column order and below any title rows, and keep every
// good row with its source Row. The error is nil when every row was read,
// else an [*ImportError] whose [*RowError] values name each bad cell. The
// package does no I/O.
//
// The package imports rocdate for statistics dates and quarters, and
// finding for the severity, verdict and result of its findings.
package datasets

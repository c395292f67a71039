// Package inventory models the 資料盤點表, the inventory in which a ministry
// classifies every system and database it runs, and the legal citations
// that keep data closed.
//
// # Classes and records
//
// Each [Record] is classified by a [Class]: [Open] 甲類 (開放資料), [Limited]
// 乙類 (有限度利用資料) or [Closed] 丙類 (不開放資料). An [Inventory] is the
// records of one edition and its date. [Inventory.Validate] applies the
// classification rules and returns every [Problem] at once, each naming the
// record (its source Row, 序號 and system name), the [Rule], a
// finding.Severity and a stable Code (inventory.closed-needs-grounds): 丙類
// needs a legal ground, 乙類 needs grounds and conditions of use, 甲類
// carries no restricting grounds, name and 管理單位 are required, 序號 are
// unique, every ground parses, and the cited provisions exist in the law in
// force on the edition's date.
//
// Data that is absent is unknown, not missing. A table without a 法令依據
// column (the deck's record excerpt) gives records whose grounds are
// unknown: [Record.Unknown] holds the optional columns the table lacks,
// no rule that reads them is applied, and [Inventory.Unchecked] lists
// each rule that could not be checked for a record ([Unchecked], verdict
// finding.Unchecked, 無法查核). [Checker.Check] returns the problems, the
// unchecked rules and the number of checks passed and failed, so that a
// report counts 符合, 不符 and 無法查核 without knowing the rules
// ([Result.Tally]). A check is 符合 only when its rule was applied to data
// present and known: a statute check of a law the registry does not hold,
// of a day not given, or of a version the registry lacks is 無法查核, with
// the registry's reason (inventory.statute-unchecked), never 符合. Words
// for none (無, N/A, 不適用, -, 免: [NoneWord]) in 法令依據 are no ground,
// and in 利用條件 no conditions. [Diff]
// tells no change of an unknown field, and [CheckNotes] cannot check a
// 修正說明 the edition has no column for. A printed 資料分級 table without a
// 備註 column lists laws that are unknown ([Summary.Unknown]), and
// [CheckSummary] checks its counts but no law.
//
// A [Checker] names the statute registry (a *law.Registry; nil is
// law.Default()) and the day checked against (zero is the edition's date).
// Checks answer for their day: an amendment after it is no fault of the
// edition, and [Checker.Later] lists it apart (報告日後之法規異動); a day
// after the registry's data date draws one law.data-date Notice. Laws are
// compared by their identity in the registry, so 個資法 and 個人資料保護法
// are one law in [Checker.Summarize] and [Checker.CheckSummary].
//
// # Tables
//
// [ImportRecords] reads the records from spreadsheet rows by their Chinese
// headers, and [ImportSummary] a printed 資料分級 table; both report every
// bad cell in an *[ImportError] and keep every good row: a bad required
// cell leaves its row out (RowError.Severity finding.Error), a bad
// optional one keeps it with the value zero (finding.Warning), and a
// column the header lacks is [ErrNoHeader], not an empty cell. [Summarize]
// computes the 資料分級 table (甲26 乙0 丙65 合計91 in the 111年度第1次會議
// deck), [Summary.Records] gives its cells as the deck prints them, and
// [CheckSummary] and [Summary.CheckTotal] name each figure a printed table
// gets wrong as a [Mismatch] (Printed and Computed). [Diff] lists what
// changed between two editions, in words like those of the 修正說明 column,
// and [CheckNotes] reads each change against the 修正說明 the new edition
// prints.
//
// # Findings and errors
//
// Problems, mismatches and note checks are findings: values with a
// finding.Severity, a Code and a Traditional Chinese Detail, not errors.
// Errors are for input that cannot be read: a *[ParseError] (citations,
// classes, enums' text), a *[RowError] per bad cell, an *[ImportError]
// gathering them; each has a Code, and errors.Is matches the sentinels
// [ErrSyntax], [ErrRange], [ErrOrder], [ErrMissing], [ErrNoHeader] and
// [ErrDuplicate]. Every finding and check result (Problem, Unchecked,
// Mismatch, NoteCheck, Result) is a finding.Result, with its verdict in
// its Head.
//
// # Language
//
// What people read comes from the message catalog (internal/i18n), keyed
// by Code, in Chinese (the default, 公文 wording) and in English: every
// finding ([Problem.Message], [Mismatch.Message], [NoteCheck.Message]),
// change ([Change.Message], [Change.NoteMessage], [Changes.Message]),
// error ([ParseError.Message], [RowError.Message], [ImportError.Message])
// and enum takes a language tag. A finding's String is its Chinese
// message; an enum's String stays the documents' word (甲類); Error stays
// English, for logs. Names and citations stay as the inventory writes
// them; numbers are grouped (2,963) and dates follow the language.
//
// # Legal citations
//
// Citations, provisions and statutes are package
// github.com/ogdtw/governance/inventory/law. A record's grounds are
// [Ground] values: each ground's text and its law.Citation values, parsed
// once, when the record is imported ([ImportRecords]) or the ground made
// ([NewGround], [ParseGrounds]); no check parses them again.
package inventory

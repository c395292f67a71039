// Package actions models the items a ministry's open-data advisory group
// tracks from meeting to meeting (列管事項): the meetings, the minutes
// sections and rulings that open items, the progress reports and the
// official letters they cite, the meetings' decisions, and the table
// 上次會議決議事項辦理情形 that carries open items to the next meeting.
//
// # Meetings, sections, letters
//
// A [Meeting] is numbered within its ROC year (111年度第1次會議) and held on
// a [rocdate.Date]. A [Section] is a reference into the minutes,
// 六、報告事項、(二)本部及所屬機關於政府資料開放平臺資料開放推動成果, read into a
// numbering path and a title. A [DocNumber] is an official document
// number (法資字第11011514270號, （84）華總（一）義字第8198號) and a [Letter] is
// a dated, numbered document of a [LetterKind] (函, 令, 書函, 公告);
// [FindLetters] finds every letter a progress report cites.
//
// # Lifecycle
//
// An [Item] changes only by [Apply], which takes an [Event] and returns a
// new Item or an [*EventError] naming the rule broken; [Replay] builds a
// [Register] from a log of events and keeps every good event. An item is
// opened at a meeting, reported on by the unit in charge, and decided by
// a later meeting: released (解除列管), kept (繼續列管), left to the unit
// (自行列管), withdrawn (撤銷列管) or merged into another item (併案列管).
// A unit may only recommend; only a meeting decides.
//
// # The concern of an item
//
// 設置要點第10點 routes a problem by what it concerns, and requires a
// business-process or information-system problem to get an improvement
// schedule (改善期程) and be tracked. An item's concern is a
// [requests.Concern], the one type of the concept in the library: the
// requests package declares it for the public requests the point routes
// first, and this package uses it for the items those requests become.
//
// # Rulings, progress, delistings, the outline
//
// A chair's ruling (主席裁示) and a progress report (辦理情形) are free text;
// [ReadRuling] and [ReadProgress] read them without failing, keeping what
// they do not recognise as text. A [Ruling] is its [Clause]s, split at 。
// and ；, each of a [ClauseKind] (說明, 交辦, 提醒, 通案原則, 核定) with the
// matter it concerns, the units it addresses (the leading one first),
// their task, a standing rule's condition, the laws it cites as
// [law.Citation]s (read by inventory/law's Finder) and whether its caution
// is open-ended (或其他法律規範). A [Progress] is its numbered points, the
// letters it cites and the delistings it gives as done.
//
// A delisting is a [DelistingBatch] of the datasets package's concepts: a
// [datasets.Publisher] (any agency) and a [datasets.Reason] (重複, 合併, …),
// the one type of each in the library, with the count the text gives.
// [CheckDelistings] links a ruling's approved batches to the report: each
// is 符合, 不符 (a warning, actions.delisting-not-done) or 無法查核 when there
// is no report, as a [finding.Verdict].
//
// The meeting's own [Outline] (大綱: 一、上次會議決議事項辦理情形,
// 二、報告事項 with its (一)…, 三、臨時動議) is read by [ImportOutline]; its
// Meeting and reporting unit (報告單位) are the caller's.
//
// # Errors and findings
//
// A text that cannot be read is a [*ParseError]{Func, Input, Detail, Err}
// whose Err is a sentinel with a code (actions.syntax, actions.range, …;
// a bad date inside keeps rocdate's). [ImportItems] reports an
// [*ImportError] of [*RowError]s. An event the lifecycle refuses is an
// [*EventError] whose code is the rule broken (actions.terminal, …). A
// check about a letter, [Letter.Check], or a delisting,
// [CheckDelistings], gives its [finding.Verdict] (符合, 不符, or 無法查核
// when the letter has no date or the report is blank) and, when it
// failed, a [Finding]: a value with a severity, a code and a Chinese
// detail, not an error. Every result and error of the package is a
// [finding.Result] (Head and Message), so [finding.Text] and
// [finding.JSON] render any of them.
//
// Every finding, error, enum and report line has Message(language.Tag):
// its text in Traditional Chinese (公文 wording, the default) or English,
// from the catalog in messages.go keyed by its code. A Finding's String is
// its Chinese message; an enum's String stays the word documents print;
// Error stays English, for logs.
//
// # JSON
//
// Every type round-trips through encoding/json. Values with a text form
// marshal as text (a Meeting with its date in brackets, an ID as
// 110年度第2次會議案由1, a Letter, a Section, the enums as the Chinese
// words documents print); an [Item] as its state and the events that
// built it ([Item.History]); a [Register] as its items. A log of events
// written to JSON and read back replays to the same register.
//
// # Queries
//
// Queries take the caller's date, never the clock: [Register.Overdue],
// [Register.AwaitingDecision], [Register.Open], and [Register.Agenda], the table
// 上次會議決議事項辦理情形 of the next meeting, each row with its ruling and
// progress read, and the meeting's decision once the register holds it
// (待會議決議 until then). [ImportItems] reads the
// carried items from spreadsheet rows.
package actions

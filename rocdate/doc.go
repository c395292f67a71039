// Package rocdate reads, writes and computes with dates of the ROC (民國)
// calendar, the calendar of Taiwanese government documents.
//
// # Years
//
// 民國1年 is 1912. The years before it are written 民國前N年 and are held
// here as year -N, so 民國前1年 (1911) is year -1. There is no year 0.
// Months and days are those of the Gregorian calendar. A [Date] holds a
// year from 民國前999年 to 民國999年, the years every [Style] can write.
//
// # Forms
//
// [Parse] reads the forms documents use: 111年5月19日, 中華民國111年5月19日,
// 民國 108 年 09 月 23 日, 民國前1年12月31日, 民前4年6月9日, 111.5.19,
// 110/12/10, 111-05-19, the seven-digit 1110519, full-width digits
// (１１１年５月１９日) and Chinese numerals (一百十一年五月十九日, 一一一年,
// 元年, 元月, 廿, 卅). Spaces may stand between any two characters, as
// judgments write 中　　華　　民　　國　　112　年, and a Chinese numeral may be
// broken by a line break (一百零\r\n  二年), but digits may not (1 11年 is
// an error). A byte-order mark counts as a space. A day of the week may
// follow, （星期二）, (週二), （二） or 星期二; it is checked against the date.
// A year of four digits is Gregorian, in every form an ROC year takes:
// 2026年12月1日, 2026/12/01, 2026.12.1, 2026-12-01 and the eight-digit
// 20261201 (an ROC year has at most three digits, so the two never meet).
// It is strict: 111年2月29日 is an error, never 3月1日.
// [Date.Format] writes each [Style].
//
// # Quarters and periods
//
// A [Quarter] is a calendar quarter (111年第1季); a [Period] is a closed range
// of days such as 111年1月至5月 or 111.01.01 迄今, as report headings give
// them. The ROC fiscal year (年度) is the calendar year.
//
// # Errors
//
// Every error is a [*ParseError] that wraps [ErrSyntax] or [ErrRange]
// (codes rocdate.syntax and rocdate.range), quotes at most 64 characters of
// the input and says what was wrong. Error is English, for logs;
// [ParseError.Message] tells an official in Chinese (日期「111年2月29日」有誤：
// 111年2月無29日) or an auditor in English, every Detail keyed by a stable
// code ([ParseError.DetailCode]: rocdate.range.day).
//
// # Language
//
// Reports print days, weekdays and durations in the reader's language:
// [Date.Message] (111年5月19日, 2022-05-19), [WeekdayName] (星期四,
// Thursday), [Days] (90日, 90 days), [Quarter.Message], [Period.Message].
// The texts come from the catalog of internal/i18n; pass finding.Chinese,
// finding.English or any tag.
//
// # Encodings
//
// [Date], [Quarter], [Period] and [Style] marshal as text, the form their
// String gives, and implement encoding.TextAppender: 111年5月19日,
// 111年第1季, 111年1月至5月, Dotted. A Period's text is the one form
// [ParsePeriod] reads back without a reference day, so an open-ended
// period is 111年1月1日迄今, never 截至5月. A ParseError marshals as JSON
// with its code and message.
package rocdate

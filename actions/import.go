package actions

import (
	"errors"
	"slices"
	"strconv"
	"strings"

	"github.com/ogdtw/governance/internal/numeral"
	"github.com/ogdtw/governance/rocdate"
)

// Column headers of the rows [ImportItems] reads, one row per item.
const (
	ColCase        = "案由"     // required: 案由1, or 1
	ColMeeting     = "列管會議"   // required: the meeting that opened the item, 110年度第2次會議
	ColMeetingDate = "列管會議日期" // required: its date, 110年12月10日
	ColSection     = "會議紀錄"   // required: the minutes section, 六、報告事項、(二)…
	ColRuling      = "主席裁示"   // required: the chair's ruling
	ColProgress    = "辦理情形"   // optional: progress report; letters in it are found
	ColReportDate  = "辦理日期"   // required with 辦理情形: the report's date
	ColRecommend   = "列管建議"   // optional: 建請解除列管 or 建請繼續列管
	ColConcern     = "疑義類型"   // optional: concern under 設置要點第10點
	ColDue         = "預定完成日期" // optional: the item's due date
	ColSchedule    = "改善期程"   // optional: improvement schedule date
)

// canonicalColumn maps other headers to the columns above.
func canonicalColumn(h string) string {
	switch h {
	case "案由編號":
		return ColCase
	case "開會", "會議":
		return ColMeeting
	case "開會日期", "會議日期":
		return ColMeetingDate
	case "章節":
		return ColSection
	case "決議":
		return ColRuling
	case "報告日期":
		return ColReportDate
	case "建議":
		return ColRecommend
	}
	return h
}

// RowError reports a problem with one cell of an imported table. Rows
// are numbered from 1, the header being row 1, as a spreadsheet shows.
type RowError struct {
	Row    int    // 1 is the header
	Column string // the column's header
	Input  string // the cell's text; empty when missing
	Err    error  // what was wrong: ErrMissing, a *ParseError, an *EventError ...
}

// Error returns the message: "actions: row <n>, column <header> <quoted cell>: <problem>".
func (e *RowError) Error() string {
	s := "actions: row " + strconv.Itoa(e.Row) + ", column " + strconv.Quote(e.Column)
	if e.Input != "" {
		s += " " + strconv.Quote(e.Input)
	}
	return s + ": " + strings.TrimPrefix(e.Err.Error(), "actions: ")
}

// Unwrap returns the underlying error, so errors.Is(err, ErrMissing) and
// errors.As(err, &parseErr) work.
func (e *RowError) Unwrap() error { return e.Err }

// ImportItems reads items carried to a meeting from table rows, the first
// being the header, one row per item, columns in any order, with these
// headers (aliases in parentheses):
//
//	案由 (案由編號)            required  案由1 or 1
//	列管會議 (開會, 會議)        required  110年度第2次會議: the meeting that opened the item
//	列管會議日期 (開會日期, 會議日期) required 110年12月10日
//	會議紀錄 (章節)            required  六、報告事項、(二)…
//	主席裁示 (決議)            required  the chair's ruling
//	辦理情形                  optional  the progress report; letters cited in it are found,
//	                                    and one whose number's year does not fit its date is a problem
//	辦理日期 (報告日期)          with 辦理情形  the report's date
//	列管建議 (建議)            optional  建請解除列管 or 建請繼續列管
//	疑義類型                  optional  業務流程或資訊系統問題, ... (see ParseConcern)
//	預定完成日期               optional  the due date
//	改善期程                  optional  the improvement schedule's date
//
// Dates take any form [rocdate.Parse] reads. HTML tags in a cell, as in
// text pasted from a slide (<p>…</p>), are dropped, and runs of spaces
// become one. Blank rows are skipped.
//
// It returns, for every good row, an [Opened] event and, if the row has
// progress, a [Reported] event with the letters [FindLetters] finds in
// it, all sorted by date so that [Replay] takes them as they are. A bad
// row gives one [*RowError] per bad cell and no events; the good rows are
// all kept. A missing required header fails the whole table.
func ImportItems(rows [][]string) ([]Event, error) {
	if len(rows) == 0 {
		return nil, &RowError{Row: 1, Column: ColCase, Err: ErrMissing}
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		h = strings.TrimSpace(strings.TrimPrefix(h, "\ufeff"))
		h = canonicalColumn(h)
		if _, dup := col[h]; !dup && h != "" {
			col[h] = i
		}
	}
	var errs []error
	for _, h := range []string{ColCase, ColMeeting, ColMeetingDate, ColSection, ColRuling} {
		if _, ok := col[h]; !ok {
			errs = append(errs, &RowError{Row: 1, Column: h, Err: ErrMissing})
		}
	}
	if errs != nil {
		return nil, errors.Join(errs...)
	}
	var events []Event
	seen := map[ID]int{}
	for n, row := range rows[1:] {
		rowNum := n + 2
		cell := func(h string) string {
			i, ok := col[h]
			if !ok || i >= len(row) {
				return ""
			}
			return cleanCell(row[i])
		}
		if blank(row) {
			continue
		}
		var rowErrs []error
		bad := func(h string, err error) {
			rowErrs = append(rowErrs, &RowError{Row: rowNum, Column: h, Input: cell(h), Err: err})
		}
		required := func(h string) string {
			v := cell(h)
			if v == "" {
				bad(h, ErrMissing)
			}
			return v
		}
		date := func(h string, must bool) rocdate.Date {
			v := cell(h)
			if v == "" {
				if must {
					bad(h, ErrMissing)
				}
				return rocdate.Date{}
			}
			d, err := rocdate.Parse(v)
			if err != nil {
				bad(h, err)
			}
			return d
		}
		open := Event{Kind: Opened}
		caseNo := 0
		if v := required(ColCase); v != "" {
			c, err := parseCase(v)
			if err != nil {
				bad(ColCase, err)
			}
			caseNo = c
		}
		var m Meeting
		if v := required(ColMeeting); v != "" {
			var err error
			if m, err = ParseMeeting(v); err != nil {
				bad(ColMeeting, err)
			}
		}
		if d := date(ColMeetingDate, true); !d.IsZero() && !m.IsZero() {
			var err error
			if m, err = m.On(d); err != nil {
				bad(ColMeetingDate, err)
			}
		}
		open.Meeting, open.Item = m, m.Case(caseNo)
		if v := required(ColSection); v != "" {
			var err error
			if open.Section, err = ParseSection(v); err != nil {
				bad(ColSection, err)
			}
		}
		open.Ruling = required(ColRuling)
		if v := cell(ColConcern); v != "" {
			var err error
			if open.Concern, err = ParseConcern(v); err != nil {
				bad(ColConcern, err)
			}
		}
		open.Due = date(ColDue, false)
		open.Schedule = date(ColSchedule, false)
		progress := cell(ColProgress)
		letters, skipped := findLetters(progress)
		for _, err := range skipped {
			bad(ColProgress, err)
		}
		rep := Event{Kind: Reported, Item: open.Item, Text: progress, Letters: letters}
		rep.Date = date(ColReportDate, progress != "")
		if v := cell(ColRecommend); v != "" {
			var err error
			if rep.Recommend, err = ParseRecommendation(v); err != nil {
				bad(ColRecommend, err)
			} else if progress == "" {
				bad(ColProgress, ErrMissing)
			}
		}
		if len(rowErrs) == 0 {
			if prev, dup := seen[open.Item]; dup {
				bad(ColCase, &EventError{Index: -1, Kind: Opened, Item: open.Item, Status: Tracking,
					Detail: "also on row " + strconv.Itoa(prev), Err: ErrAlreadyOpened})
			}
		}
		if len(rowErrs) == 0 {
			it, err := Apply(Item{}, open)
			if err != nil {
				bad(ColCase, err)
			} else if progress != "" {
				if _, err := Apply(it, rep); err != nil {
					bad(ColProgress, err)
				}
			}
		}
		if len(rowErrs) > 0 {
			errs = append(errs, rowErrs...)
			continue
		}
		seen[open.Item] = rowNum
		events = append(events, open)
		if progress != "" {
			events = append(events, rep)
		}
	}
	slices.SortStableFunc(events, func(a, b Event) int { return a.When().Compare(b.When()) })
	return events, errors.Join(errs...)
}

// parseCase reads 案由1, 案由一 or 1.
func parseCase(s string) (int, error) {
	t := strings.TrimPrefix(stripSpace(s), "案由")
	n, err := numeral.Parse(t)
	if err != nil {
		return 0, syntaxError("case", s, "not 案由 and a number")
	}
	if n < 1 {
		return 0, rangeError("case", s, "case numbers start at 1")
	}
	return n, nil
}

// cleanCell drops HTML tags and folds runs of white space into one space.
func cleanCell(s string) string {
	if strings.ContainsRune(s, '<') {
		var b strings.Builder
		for {
			i := strings.IndexByte(s, '<')
			if i < 0 {
				break
			}
			j := strings.IndexByte(s[i:], '>')
			if j < 0 {
				break
			}
			b.WriteString(s[:i])
			b.WriteByte(' ')
			s = s[i+j+1:]
		}
		b.WriteString(s)
		s = b.String()
	}
	return strings.Join(strings.Fields(s), " ")
}

func blank(row []string) bool {
	for _, c := range row {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

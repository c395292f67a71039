package actions

import (
	"slices"
	"strings"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/internal/errtype"
	"github.com/ogdtw/governance/internal/i18n"
	"github.com/ogdtw/governance/internal/numeral"
	"github.com/ogdtw/governance/internal/sheet"
	"github.com/ogdtw/governance/requests"
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

// The columns ImportItems reads, in the order of itemSpec.
const (
	colCase = iota
	colMeeting
	colMeetingDate
	colSection
	colRuling
	colProgress
	colReportDate
	colRecommend
	colConcern
	colDue
	colSchedule
)

// itemSpec is how ImportItems finds its columns.
var itemSpec = sheet.Spec{
	Columns: []sheet.Column{
		colCase:        {Name: ColCase, Aliases: []string{"案由編號", "案號"}, Required: true},
		colMeeting:     {Name: ColMeeting, Aliases: []string{"開會", "會議", "會議名稱"}, Required: true},
		colMeetingDate: {Name: ColMeetingDate, Aliases: []string{"開會日期", "會議日期"}, Required: true},
		colSection:     {Name: ColSection, Aliases: []string{"章節"}, Required: true},
		colRuling:      {Name: ColRuling, Aliases: []string{"決議", "主席裁示事項"}, Required: true},
		colProgress:    {Name: ColProgress},
		colReportDate:  {Name: ColReportDate, Aliases: []string{"報告日期"}},
		colRecommend:   {Name: ColRecommend, Aliases: []string{"建議"}},
		colConcern:     {Name: ColConcern, Aliases: []string{"議題性質", "問題性質"}},
		colDue:         {Name: ColDue, Aliases: []string{"完成期限"}},
		colSchedule:    {Name: ColSchedule},
	},
	NoHeader:  ErrNoHeader,
	Missing:   ErrMissing,
	Duplicate: ErrDuplicate,
}

// ImportItems reads items carried to a meeting from table rows, one row
// per item. Columns are found by header, in any order, with these headers
// (aliases in parentheses); title rows above the header are skipped, a
// byte-order mark is dropped, and headers are compared without blanks,
// punctuation or width:
//
//	案由 (案由編號, 案號)              required  案由1 or 1
//	列管會議 (開會, 會議, 會議名稱)     required  110年度第2次會議: the meeting that opened the item
//	列管會議日期 (開會日期, 會議日期)    required  110年12月10日
//	會議紀錄 (章節)                  required  六、報告事項、(二)…
//	主席裁示 (決議, 主席裁示事項)        required  the chair's ruling
//	辦理情形                        optional  the progress report; letters cited in it are found,
//	                                          and one whose number's year does not fit its date is a problem
//	辦理日期 (報告日期)               with 辦理情形  the report's date
//	列管建議 (建議)                  optional  建請解除列管 or 建請繼續列管
//	疑義類型 (議題性質, 問題性質)        optional  業務流程或資訊系統問題, … (see requests.ParseConcern)
//	預定完成日期 (完成期限)            optional  the due date
//	改善期程                        optional  the improvement schedule's date
//
// Dates take any form [rocdate.Parse] reads. HTML tags in a cell, as in
// text pasted from a slide (<p>…</p>), are dropped, and runs of spaces
// become one. Blank rows are skipped.
//
// It returns, for every good row, an [Opened] event and, if the row has
// progress, a [Reported] event with the letters [FindLetters] finds in
// it, each event carrying the row's 1-based number (Event.Row), all
// sorted by date so that [Replay] takes them as they are.
//
// The error is nil exactly when every row was read. Otherwise it is an
// [*ImportError] listing one [*RowError] per bad cell, in row order, and
// the events of every good row are still returned. A row is left out
// (Severity finding.Error) when a required cell is empty or bad: 案由,
// 列管會議, 列管會議日期, 會議紀錄, 主席裁示, and 辦理日期 when 辦理情形
// is given; or when the lifecycle refuses its events ([Apply]: a letter
// dated after the report); or when it repeats an item (ErrDuplicate at
// the second). A bad optional cell keeps the row, without that value
// (Severity finding.Warning): a 列管建議, 疑義類型, 預定完成日期 or
// 改善期程 that does not parse, a 列管建議 with no 辦理情形, a letter in
// 辦理情形 whose number's year does not fit its date (ErrLetterYear: the
// report is kept without it). A header problem is reported at the
// header's row: a required column absent is ErrNoHeader (never ErrMissing,
// the code of an empty cell), a column named twice ErrDuplicate. A cell
// over [MaxCell] bytes is an ErrTooLarge (its Input the cell's first 64
// runes): the row is left out when the column is required, kept with the
// cell empty when it is optional.
//
// ImportItems is linear in the size of rows: letters are found by
// [FindLetters], which is linear in the text of a cell.
func ImportItems(rows [][]string) ([]Event, error) {
	const fn = "ImportItems"
	h, headerProblems := itemSpec.Locate(rows)
	var problems []*RowError
	for _, p := range headerProblems {
		problems = append(problems, &RowError{Row: p.Row, Column: p.Column, Input: p.Input, Err: p.Err, Severity: finding.Error})
	}
	var events []Event
	seen := map[ID]int{}
	for row := range h.Rows(rows) {
		var rowProblems []*RowError
		var oversized [colSchedule + 1]bool
		failed := false
		for c := range colSchedule + 1 {
			if v := row.Cell(c); len(v) > MaxCell {
				sev := finding.Warning
				if itemSpec.Columns[c].Required {
					sev, failed = finding.Error, true
				}
				oversized[c] = true
				rowProblems = append(rowProblems, &RowError{Row: row.Num, Column: h.Name(c), Input: clip(v), Severity: sev,
					Err: tooLarge(fn, clip(v), "actions.too-large.cell", len(v), MaxCell)})
			}
		}
		if failed {
			problems = append(problems, rowProblems...)
			continue
		}
		cell := func(c int) string {
			if oversized[c] {
				return "" // an optional cell too large to read: left empty
			}
			return cleanCell(row.Cell(c))
		}
		bad := func(c int, err error) {
			failed = true
			rowProblems = append(rowProblems, &RowError{Row: row.Num, Column: h.Name(c), Input: cell(c), Err: err, Severity: finding.Error})
		}
		// warn reports a bad optional value: the row is kept without it.
		warn := func(c int, err error) {
			rowProblems = append(rowProblems, &RowError{Row: row.Num, Column: h.Name(c), Input: cell(c), Err: err, Severity: finding.Warning})
		}
		required := func(c int) string {
			v := cell(c)
			if v == "" {
				bad(c, ErrMissing)
			}
			return v
		}
		date := func(c int, must bool) rocdate.Date {
			v := cell(c)
			if v == "" {
				if must {
					bad(c, ErrMissing)
				}
				return rocdate.Date{}
			}
			d, err := rocdate.Parse(v)
			if err != nil {
				if must {
					bad(c, errtype.Wrap[pkg](fn, v, err, ErrSyntax))
				} else {
					warn(c, errtype.Wrap[pkg](fn, v, err, ErrSyntax))
				}
			}
			return d
		}
		open := Event{Kind: Opened, Row: row.Num}
		caseNo := 0
		if v := required(colCase); v != "" {
			c, err := parseCase(v)
			if err != nil {
				bad(colCase, err)
			}
			caseNo = c
		}
		var m Meeting
		if v := required(colMeeting); v != "" {
			var err error
			if m, err = ParseMeeting(v); err != nil {
				bad(colMeeting, errtype.Wrap[pkg](fn, v, err, ErrSyntax))
			}
		}
		if d := date(colMeetingDate, true); !d.IsZero() && !m.IsZero() {
			var err error
			if m, err = m.On(d); err != nil {
				bad(colMeetingDate, errtype.Wrap[pkg](fn, cell(colMeetingDate), err, ErrRange))
			}
		}
		open.Meeting, open.Item = m, m.Case(caseNo)
		if v := required(colSection); v != "" {
			var err error
			if open.Section, err = ParseSection(v); err != nil {
				bad(colSection, errtype.Wrap[pkg](fn, v, err, ErrSyntax))
			}
		}
		open.Ruling = required(colRuling)
		if v := cell(colConcern); v != "" {
			var err error
			if open.Concern, err = requests.ParseConcern(v); err != nil {
				sentinel := errtype.Wrap[pkg](fn, v, err, ErrSyntax).Err // requests' own
				warn(colConcern, errtype.New[pkg](fn, v, sentinel, "actions.syntax.concern"))
			}
		}
		open.Due = date(colDue, false)
		open.Schedule = date(colSchedule, false)
		progress := cell(colProgress)
		letters, skipped := findLetters(progress)
		for _, err := range skipped {
			warn(colProgress, err) // the report is kept without that letter
		}
		rep := Event{Kind: Reported, Item: open.Item, Text: progress, Letters: letters, Row: row.Num}
		rep.Date = date(colReportDate, progress != "")
		if v := cell(colRecommend); v != "" {
			var err error
			if rep.Recommend, err = ParseRecommendation(v); err != nil {
				warn(colRecommend, errtype.Wrap[pkg](fn, v, err, ErrSyntax))
			} else if progress == "" {
				warn(colProgress, ErrMissing) // a recommendation with no report to carry it
			}
		}
		if !failed {
			if prev, dup := seen[open.Item]; dup {
				bad(colCase, errtype.New[pkg](fn, cell(colCase), ErrDuplicate, "actions.duplicate.case", open.Item.String(), itoa(prev)))
			}
		}
		if !failed {
			it, err := Apply(Item{}, open)
			if err != nil {
				bad(colCase, refused(fn, cell(colCase), err))
			} else if progress != "" {
				if _, err := Apply(it, rep); err != nil {
					bad(colProgress, refused(fn, progress, err))
				}
			}
		}
		problems = append(problems, rowProblems...)
		if failed {
			continue
		}
		seen[open.Item] = row.Num
		events = append(events, open)
		if progress != "" {
			events = append(events, rep)
		}
	}
	slices.SortStableFunc(events, func(a, b Event) int { return a.When().Compare(b.When()) })
	if len(problems) > 0 {
		return events, &ImportError{Problems: problems}
	}
	return events, nil
}

// MaxCell is the largest cell, in bytes, [ImportItems] reads; a longer
// one is a problem of its row (ErrTooLarge), and the row is not read.
const MaxCell = 1 << 20

// clip returns the first 64 runes of an oversized cell, for its report.
func clip(s string) string {
	n := 0
	for i := range s {
		if n == 64 {
			return s[:i] + "…"
		}
		n++
	}
	return s
}

// refused turns the lifecycle's refusal of an imported row's event into
// a *ParseError of fn holding the rule's sentinel: what was wrong is the
// rule (its error text in English) and the refusal's detail.
func refused(fn, input string, err error) *ParseError {
	ee, ok := err.(*EventError)
	if !ok || ee.why.IsZero() {
		return errtype.Wrap[pkg](fn, input, err, ErrInvalidEvent)
	}
	rule := i18n.NewDetail(ee.Code() + ".rule")
	return errtype.New[pkg](fn, input, ee.Err, "actions.refused", rule, ee.why)
}

// parseCase reads 案由1, 案由一 or 1.
func parseCase(s string) (int, error) {
	t := strings.TrimPrefix(stripSpace(s), "案由")
	n, err := numeral.Parse(t)
	if err != nil {
		return 0, syntaxError("ImportItems", s, "actions.syntax.case")
	}
	if n < 1 {
		return 0, rangeError("ImportItems", s, "actions.range.case")
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

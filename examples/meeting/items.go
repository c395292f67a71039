package main

import (
	"io/fs"
	"strings"

	"github.com/ogdtw/governance/actions"
	"github.com/ogdtw/governance/rocdate"
)

// readMeeting reads the meeting the report is for from meeting.csv (會議,
// 日期). Without it the report still builds, for an unnamed meeting.
func readMeeting(fsys fs.FS, add func(LineKind, string, ...any)) actions.Meeting {
	const file = "meeting.csv"
	records := readCSV(fsys, file, add)
	col, ok := byHeader(records, file, add, "會議", "日期")
	if !ok {
		return actions.Meeting{}
	}
	if len(records) != 2 {
		add(Problem, "%s: want a header and one row: 會議,日期", file)
		return actions.Meeting{}
	}
	m, err := actions.ParseMeeting(cellAt(records[1], col[0]))
	if err != nil {
		add(Problem, "%s", rowProblem(file, 2, "會議", err))
		return actions.Meeting{}
	}
	d, err := rocdate.Parse(cellAt(records[1], col[1]))
	if err == nil {
		m, err = m.On(d)
	}
	if err != nil {
		add(Problem, "%s", rowProblem(file, 2, "日期", err))
		return actions.Meeting{}
	}
	return m
}

// buildItems reports 上次會議決議事項辦理情形: the items carried from the
// last meeting, the letters they cite, and the decisions the meeting may
// take if it follows the recommendations.
func buildItems(r *Report, fsys fs.FS, asOf rocdate.Date, meeting actions.Meeting) {
	s := r.section("一、上次會議決議事項辦理情形")
	say := s.lines("")
	const file = "items.csv"
	records := readCSV(fsys, file, say)
	if records == nil {
		return
	}
	events, err := actions.ImportItems(records)
	importProblems(say, file, err)
	reg, err := actions.Replay(events)
	if err != nil {
		say(Finding, "%v", err)
		return
	}
	if meeting.IsZero() {
		return
	}
	agenda := reg.Agenda(meeting)
	t := &Table{Header: []string{"案由", "會議紀錄", "列管建議", "所引公文"}}
	for _, row := range agenda.Rows() {
		var letters []string
		for _, l := range row.Letters {
			letters = append(letters, l.String())
		}
		t.Rows = append(t.Rows, []string{row.Item.CaseLabel(), row.Section.String(), row.Recommend.String(), strings.Join(letters, "、")})
	}
	s.table(meeting.String()+" 上次會議決議事項辦理情形", t)

	check := s.lines("")
	for _, row := range agenda.Rows() {
		for _, l := range row.Letters {
			if f, bad := l.CheckYear(); bad {
				check(lineKind(f.Severity), "%s: %s", row.Item.CaseLabel(), f)
			} else {
				check(Pass, "%s: %s: the number's year %d fits the letter's date", row.Item.CaseLabel(), l.Number(), l.Number().Year())
			}
		}
	}
	for _, it := range reg.Overdue(asOf) {
		check(Finding, "%s: overdue since %s", it.ID(), it.Due())
	}

	decide := s.lines("決議 (依列管建議)")
	decisions := agenda.AsRecommended()
	after, err := actions.Replay(append(append([]actions.Event(nil), events...), decisions...))
	if err != nil {
		decide(Finding, "the recommended decisions break a rule: %v", err)
		return
	}
	for _, d := range decisions {
		it, _ := after.Item(d.Item)
		decide(Pass, "%s: %s at %s; status %s", d.Item.CaseLabel(), d.Decision, meeting, it.Status())
	}
	decide(Note, "items still tracked after %s: %d", meeting, len(after.Open()))
}

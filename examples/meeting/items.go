package main

import (
	"io/fs"
	"strings"

	"github.com/ogdtw/governance/actions"
	"github.com/ogdtw/governance/rocdate"
)

// readMeeting reads the meeting the report is for from meeting.csv (會議,
// 日期). Without it the report still builds, for an unnamed meeting.
func readMeeting(fsys fs.FS, add adder) actions.Meeting {
	const file = "meeting.csv"
	records := readCSV(fsys, file, add)
	col, ok := byHeader(records, file, add, "會議", "日期")
	if !ok {
		return actions.Meeting{}
	}
	if len(records) != 2 {
		add.say(Problem, "problem.one-row", file)
		return actions.Meeting{}
	}
	m, err := actions.ParseMeeting(cellAt(records[1], col[0]))
	if err != nil {
		rowProblem(add, file, 2, "會議", err)
		return actions.Meeting{}
	}
	d, err := rocdate.Parse(cellAt(records[1], col[1]))
	if err == nil {
		m, err = m.On(d)
	}
	if err != nil {
		rowProblem(add, file, 2, "日期", err)
		return actions.Meeting{}
	}
	return m
}

// buildItems reports 上次會議決議事項辦理情形: the items carried from the
// last meeting, the letters they cite, and the decisions the meeting may
// take if it follows the recommendations.
func buildItems(r *Report, fsys fs.FS, asOf rocdate.Date, meeting actions.Meeting) {
	s := r.section("section.items")
	l := r.l
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
		say.text(Finding, l.errText(err))
		return
	}
	if meeting.IsZero() {
		return
	}
	agenda := reg.Agenda(meeting)
	t := &Table{Header: []string{l.tr("items.col.case"), l.tr("items.col.minutes"), l.tr("items.col.recommend"), l.tr("items.col.letters")}}
	for _, row := range agenda.Rows() {
		var letters []string
		for _, l := range row.Letters {
			letters = append(letters, l.String())
		}
		t.Rows = append(t.Rows, []string{row.Item.CaseMessage(l.tag), row.Section.String(), row.Recommend.Message(l.tag), strings.Join(letters, "、")})
	}
	s.table(l.tr("items.caption", meeting.Message(l.tag)), t)

	check := s.lines("")
	for _, row := range agenda.Rows() {
		for _, lt := range row.Letters {
			if f, bad := lt.CheckYear(); bad {
				check.say(lineKind(f.Severity), "items.finding", row.Item.CaseMessage(l.tag), f.Message(l.tag))
			} else {
				check.say(Pass, "items.letter-year", row.Item.CaseMessage(l.tag), lt.Number().String(), lt.Number().Year())
			}
		}
	}
	for _, it := range reg.Overdue(asOf) {
		check.text(Finding, it.OverdueMessage(asOf, l.tag))
	}

	decide := s.lines(l.tr("items.decisions"))
	decisions := agenda.AsRecommended()
	after, err := actions.Replay(append(append([]actions.Event(nil), events...), decisions...))
	if err != nil {
		decide.say(Finding, "items.decisions-break", l.errText(err))
		return
	}
	for _, d := range decisions {
		it, _ := after.Item(d.Item)
		decide.say(Pass, "items.decided", d.Item.CaseMessage(l.tag), decisionText(d, l), it.Status().Message(l.tag))
	}
	decide.say(Note, "items.still-tracked", meeting.Message(l.tag), len(after.Open()))
}

// decisionText writes a Decided event as the library words a decision:
// 111年度第1次會議決議解除列管.
func decisionText(e actions.Event, l lang) string {
	d := actions.Decision{Meeting: e.Meeting, Kind: e.Decision, Reason: e.Reason, Due: e.Due, Into: e.Into}
	return d.Message(l.tag)
}

package main

import (
	"io/fs"

	"github.com/ogdtw/governance/actions"
)

// buildItems reports 上次會議決議事項辦理情形: each item carried from the
// last meeting as the deck prints it (會議紀錄, 主席裁示, 辦理情形, 列管建議),
// what the meeting decided when the data holds a decision (待會議決議
// before it), and the letters the reports cite.
func buildItems(r *Report, fsys fs.FS, meeting actions.Meeting) {
	s := r.part("一")
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
	for _, row := range agenda.Rows() {
		c := s.lines(row.Item.CaseMessage(l.tag))
		c.say(Note, "items.minutes", row.Section.String())
		c.say(Note, "items.ruling", row.Ruling)
		c.say(Note, "items.progress", row.Progress)
		c.say(Note, "items.recommend", row.Recommend.Message(l.tag))
		decided := false
		if it, ok := reg.Item(row.Item); ok {
			for _, d := range it.Decisions() {
				if d.Meeting.Same(meeting) {
					c.say(Note, "items.decision", d.Message(l.tag))
					decided = true
				}
			}
		}
		if !decided {
			c.say(Note, "items.pending")
		}
		for _, lt := range row.Letters {
			if f, bad := lt.CheckYear(); bad {
				c.say(lineKind(f.Severity), "items.finding", row.Item.CaseMessage(l.tag), f.Message(l.tag))
			} else {
				c.say(Pass, "items.letter-year", row.Item.CaseMessage(l.tag), lt.Number().String(), lt.Number().Year())
			}
		}
	}
	check := s.lines("")
	for _, it := range reg.Overdue(r.AsOf) {
		check.text(Finding, it.OverdueMessage(r.AsOf, l.tag))
	}
}

package main

import (
	"io/fs"
	"slices"
	"strings"

	"github.com/ogdtw/governance/actions"
	"github.com/ogdtw/governance/inventory"
	"github.com/ogdtw/governance/inventory/law"
)

// buildItems reports 上次會議決議事項辦理情形: each item carried from the
// last meeting as the deck prints it (會議紀錄, 主席裁示, 辦理情形, 列管建議),
// the ruling read into what it assigns, cautions, sets as a standing rule
// or approves, the progress report point by point, and what the meeting
// decided when the data holds a decision (決定：（俟會議決定） before it). It checks
// the letters the reports cite, the laws a caution cites (in force on the
// meeting's day) and that a delisting the ruling approved is reported done.
func buildItems(r *Report, fsys fs.FS, meeting actions.Meeting) {
	s := r.part("一")
	l := r.l
	say := s.lines("")
	records, file := readTable(fsys, "items.csv", say)
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
	reg = readDecisions(fsys, say, events, reg, meeting)
	laws := law.Default()
	k := inventory.Checker{Registry: laws, Day: r.Day}
	printed := printedCases(records)
	pages := regulationPages(fsys, say)
	for _, row := range reg.Agenda(meeting).Rows() {
		c := s.lines(row.Item.CaseMessage(l.tag))
		s.Blocks[len(s.Blocks)-1].Case = &Case{
			Heads: []string{l.tr("items.col.minutes"), l.tr("items.col.ruling"), l.tr("items.col.progress"), l.tr("items.col.recommend")},
			Cells: printed[row.Item.CaseLabel()],
		}
		// The page of a regulation the deck shows beside the case, as it
		// shows it.
		if page, ok := pages[row.Item.CaseLabel()]; ok {
			s.lines(l.tr("items.regulation"))
			for i, h := range page.Heads {
				page.Heads[i] = regulationHead(l, h)
			}
			s.Blocks[len(s.Blocks)-1].Case = page
		}
		ruling := actions.ReadRuling(row.Ruling.Text, laws)
		for _, cl := range ruling.Clauses {
			if line := clauseLine(cl, l); line != "" {
				c.text(Reading, line)
			}
		}
		if row.Decision.Kind != actions.NoDecision {
			c.say(Note, "items.decision", row.Decision.Message(l.tag))
		} else {
			c.say(Note, "items.pending")
		}
		for _, lt := range row.Progress.Letters {
			ck := lt.Check() // an undated letter is 無法查核, never 相符
			c.say(verdictKind(ck.Verdict, ck.Head().Severity), "items.finding", row.Item.CaseMessage(l.tag), ck.Message(l.tag))
		}
		for _, cl := range ruling.Clauses {
			for _, cite := range cl.Citations {
				checkCitation(c, laws, k, cite, r.Day, "items.cited")
			}
		}
		for _, d := range actions.CheckDelistings(ruling, row.Progress) {
			c.say(verdictKind(d.Verdict, d.Finding.Severity), "items.finding", row.Item.CaseMessage(l.tag), d.Message(l.tag))
		}
	}
	check := s.lines("")
	for _, it := range reg.Overdue(r.AsOf) {
		check.text(Finding, it.OverdueMessage(r.AsOf, l.tag))
	}
}

// readDecisions reads what the meeting decided, when the data holds it:
// decisions.csv (案由, 決議, and 理由 when given), one row an item of the
// agenda. Without the file nothing is decided, and the report shows
// 決定：（俟會議決定）. A decision the lifecycle refuses (a release against a keep
// recommendation without a reason) is a finding, and the register stays
// as it was.
func readDecisions(fsys fs.FS, say adder, events []actions.Event, reg actions.Register, meeting actions.Meeting) actions.Register {
	records, file := readOptional(fsys, "decisions.csv", say)
	if records == nil {
		return reg
	}
	col, ok := byHeader(records, file, say, "案由", "決議")
	if !ok {
		return reg
	}
	reasonCol := column(records, "理由")
	rows := reg.Agenda(meeting).Rows()
	decided := slices.Clone(events)
	for i, rec := range records[1:] {
		if blankRow(rec) {
			continue
		}
		label := cellAt(rec, col[0])
		if !strings.HasPrefix(label, "案由") {
			label = "案由" + label
		}
		k := slices.IndexFunc(rows, func(row actions.AgendaRow) bool { return row.Item.CaseLabel() == label })
		if k < 0 {
			say.say(Problem, "problem.no-case", file, i+2, cellAt(rec, col[0]))
			continue
		}
		kind, err := actions.ParseDecisionKind(cellAt(rec, col[1]))
		if err != nil {
			rowProblem(say, file, i+2, "決議", err)
			continue
		}
		decided = append(decided, actions.Event{Kind: actions.Decided, Item: rows[k].Item, Meeting: meeting, Decision: kind, Reason: cellAt(rec, reasonCol), Row: i + 2})
	}
	after, err := actions.Replay(decided)
	if err != nil {
		say.text(Finding, say.l.errText(err))
	}
	return after
}

// clauseLine writes what a clause of a ruling does, as a line under the
// ruling: 交辦（資訊處會同有關單位）：審慎研議. A statement, which directs
// nobody, writes nothing: the ruling above it is printed whole.
func clauseLine(c actions.Clause, l lang) string {
	who := ""
	if len(c.Units) > 0 {
		who = c.Units[0]
		if len(c.Units) > 1 {
			who = l.tr("clause.with", who, l.list(c.Units[1:]))
		}
	}
	switch c.Kind {
	case actions.Assignment:
		return l.tr("clause.assignment", who, c.Task)
	case actions.Caution:
		var cited []string
		for _, x := range c.Citations {
			cited = append(cited, x.String())
		}
		what := l.list(cited)
		if c.OtherLaws {
			what = l.tr("clause.other-laws", what)
		}
		if what == "" {
			return l.tr("clause.caution-text", who, c.Text)
		}
		return l.tr("clause.caution", who, what)
	case actions.StandingRule:
		return l.tr("clause.standing", who, c.Condition, c.Task)
	case actions.Approval:
		var batches []string
		for _, b := range c.Delistings {
			batches = append(batches, b.Message(l.tag))
		}
		if len(batches) == 0 {
			return l.tr("clause.approval", c.Text)
		}
		return l.tr("clause.approval-delisting", l.list(batches))
	}
	return ""
}

// regulationPages reads regulation.csv (案由, 欄位, 內容): the page of the
// national law database the deck shows beside a case (法規名稱, 公發布日,
// 發文字號, 法規體系, 立法理由, 圖表附件, 法規內容), by the case's label,
// its fields in order and their text as the deck shows it.
func regulationPages(fsys fs.FS, say adder) map[string]*Case {
	records, file := readOptional(fsys, "regulation.csv", say)
	if records == nil {
		return nil
	}
	col, ok := byHeader(records, file, say, "案由", "欄位", "內容")
	if !ok {
		return nil
	}
	out := map[string]*Case{}
	for _, rec := range records[1:] {
		if blankRow(rec) {
			continue
		}
		key := cellAt(rec, col[0])
		if !strings.HasPrefix(key, "案由") {
			key = "案由" + key
		}
		c := out[key]
		if c == nil {
			c = &Case{}
			out[key] = c
		}
		c.Heads = append(c.Heads, cellAt(rec, col[1]))
		c.Cells = append(c.Cells, cellAt(rec, col[2]))
	}
	return out
}

// regulationHead returns a field of the law database's page in the
// report's language: 法規名稱, or Name in English; a field it does not
// know, as written.
func regulationHead(l lang, field string) string {
	key := map[string]string{
		"法規名稱": "regulation.name", "公發布日": "regulation.promulgated", "發文字號": "regulation.number",
		"法規體系": "regulation.system", "立法理由": "regulation.reasons", "圖表附件": "regulation.attachments", "法規內容": "regulation.text",
	}[field]
	if key == "" {
		return field
	}
	return l.tr(key)
}

// printedCases returns the four columns the deck prints of each case
// (會議紀錄, 主席裁示, 辦理情形, 列管建議), by its label (案由1), as
// items.csv holds them: the deck's words, spacing and line breaks kept.
func printedCases(records [][]string) map[string][]string {
	label := column(records, "案由")
	var cols [4]int
	for i, name := range [4]string{"會議紀錄", "主席裁示", "辦理情形", "列管建議"} {
		cols[i] = column(records, name)
	}
	out := map[string][]string{}
	for _, rec := range records[min(1, len(records)):] {
		cells := make([]string, len(cols))
		for i, k := range cols {
			if k >= 0 && k < len(rec) {
				cells[i] = strings.Trim(rec[k], " \t\r\n")
			}
		}
		key := cellAt(rec, label)
		if !strings.HasPrefix(key, "案由") {
			key = "案由" + key
		}
		out[key] = cells
	}
	return out
}

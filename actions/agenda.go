package actions

import (
	"slices"
	"strings"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/internal/i18n"
	"github.com/ogdtw/governance/internal/textwidth"
	"golang.org/x/text/language"
)

// AgendaRow is one row of 上次會議決議事項辦理情形: an open item as the
// next meeting sees it.
//
// The Ruling is read by [ReadRuling] with a nil registry: law names are
// told by their form alone (the zero law.Finder). A caller holding a
// registry may read Ruling.Text again with it.
type AgendaRow struct {
	Item      ID             `json:"item"`               // the item; its case number is the row's 案由
	Section   Section        `json:"section"`            // 會議紀錄: the minutes section it came from
	Ruling    Ruling         `json:"ruling"`             // 主席裁示, read into clauses
	Progress  Progress       `json:"progress,omitzero"`  // 辦理情形: the reports since the last meeting, joined
	Recommend Recommendation `json:"recommend,omitzero"` // 列管建議: the latest report's recommendation
	Decision  Decision       `json:"decision,omitzero"`  // 決議: the agenda meeting's decision; zero = 待會議決議
}

// CheckDelistings checks the delistings the row's ruling approves against
// its progress, as [CheckDelistings] does; each finding names the row's
// item.
func (r AgendaRow) CheckDelistings() []DelistingCheck {
	out := CheckDelistings(r.Ruling, r.Progress)
	for i := range out {
		if out[i].Finding.Code != "" {
			out[i].Finding.Item = r.Item
		}
	}
	return out
}

// Agenda is the table 上次會議決議事項辦理情形 that opens a meeting: every
// item still tracked, by case number. Make one with [Register.Agenda].
// The zero Agenda has no meeting and no rows.
type Agenda struct {
	meeting Meeting
	rows    []AgendaRow
}

// Agenda returns the table 上次會議決議事項辦理情形 for meeting next: the
// items open when it starts, ordered by case number (opening meeting,
// then case), each with its ruling read by [ReadRuling] (nil registry),
// the progress reported since the meeting that last opened or decided it
// (the reports' texts joined by a blank, their points in order, the
// letters they recorded and the delistings they give as done), and the
// decision of next on the item when the register holds one. It sees the
// events dated up to next's date (all events, when next has no date) but
// no decision of next or a later meeting, so its rows are the same before
// and after next decides, save the Decision column: the zero Decision
// (待會議決議) before, next's decision after.
func (r Register) Agenda(next Meeting) Agenda {
	items := r.collect(func(it Item) (Item, bool) {
		x, ok := it.before(next)
		return x, ok && x.status.Open()
	})
	a := Agenda{meeting: next, rows: make([]AgendaRow, 0, len(items))}
	for _, it := range items {
		row := AgendaRow{Item: it.id, Section: it.Section(), Ruling: ReadRuling(it.Ruling(), nil)}
		var texts []string
		for _, rep := range it.Pending() {
			if rep.Text != "" {
				texts = append(texts, rep.Text)
				p := ReadProgress(rep.Text)
				row.Progress.Points = append(row.Progress.Points, p.Points...)
				row.Progress.Done = append(row.Progress.Done, p.Done...)
			}
			row.Progress.Letters = append(row.Progress.Letters, rep.Letters...)
			if rep.Recommend != NoRecommendation {
				row.Recommend = rep.Recommend
			}
		}
		row.Progress.Text = strings.Join(texts, " ")
		if full, ok := r.Item(it.id); ok {
			for n := full.decisions; n != nil; n = n.prev {
				if n.d.Meeting.Same(next) {
					row.Decision = n.d
					break
				}
			}
		}
		a.rows = append(a.rows, row)
	}
	return a
}

// Meeting returns the meeting the agenda is for.
func (a Agenda) Meeting() Meeting { return a.meeting }

// Rows returns the rows in order, as a new copy.
func (a Agenda) Rows() []AgendaRow {
	out := slices.Clone(a.rows)
	for i := range out {
		out[i].Ruling = out[i].Ruling.clone()
		out[i].Progress = out[i].Progress.clone()
	}
	return out
}

// Len returns the number of rows.
func (a Agenda) Len() int { return len(a.rows) }

// String returns the agenda as an aligned plain-text table with the
// deck's headers and the decision: 案由, 會議紀錄, 主席裁示, 辦理情形,
// 列管建議, 決議 (待會議決議 while the meeting has not decided). It is
// Message in Chinese.
func (a Agenda) String() string { return a.Message(finding.Chinese) }

// Message returns the agenda as an aligned table in the language nearest
// to t: the headers (案由 or Case, …, 決議 or Decision), the case labels,
// the recommendations and the decisions (待會議決議, "pending the
// meeting's decision", while there is none) are in that language;
// sections, rulings and progress are quoted as the minutes and reports
// wrote them.
func (a Agenda) Message(t language.Tag) string {
	head := make([]string, 0, 6)
	for _, c := range []string{"actions.agenda.case", "actions.agenda.section", "actions.agenda.ruling",
		"actions.agenda.progress", "actions.agenda.recommend", "actions.agenda.decision"} {
		head = append(head, i18n.Sprintf(t, c))
	}
	rows := [][]string{head}
	for _, r := range a.rows {
		rows = append(rows, []string{r.Item.CaseMessage(t), r.Section.String(), r.Ruling.Text, r.Progress.Text,
			r.Recommend.Message(t), r.Decision.column(t)})
	}
	return textwidth.Table(rows, nil)
}

// column returns the decision as the agenda's 決議 column writes it: the
// decision with its due date, item merged into and reason, or 待會議決議
// for the zero Decision.
func (d Decision) column(t language.Tag) string {
	if d.Kind == NoDecision {
		return i18n.Sprintf(t, "actions.agenda.pending")
	}
	s := d.Kind.Message(t)
	if !d.Due.IsZero() {
		s += i18n.Sprintf(t, "actions.decision.due", d.Due)
	}
	if !d.Into.IsZero() {
		s += sprintf(t, "actions.decision.into", d.Into)
	}
	if d.Reason != "" {
		s += i18n.Sprintf(t, "actions.decision.reason", d.Reason)
	}
	return s
}

// clone returns r with its own clauses.
func (r Ruling) clone() Ruling {
	r.Clauses = slices.Clone(r.Clauses)
	for i := range r.Clauses {
		c := &r.Clauses[i]
		c.Units, c.Citations, c.Delistings = slices.Clone(c.Units), slices.Clone(c.Citations), slices.Clone(c.Delistings)
	}
	return r
}

// clone returns p with its own slices.
func (p Progress) clone() Progress {
	p.Points, p.Letters, p.Done = slices.Clone(p.Points), slices.Clone(p.Letters), slices.Clone(p.Done)
	return p
}

// AsRecommended returns the decisions of the agenda's meeting if it
// follows every recommendation: Release for a row recommending release
// (建請解除列管), Keep for one recommending keeping (建請繼續列管), nothing
// for a row with no recommendation. Replaying them after the events that
// built the agenda records the meeting's decisions; a Keep of a process or
// system item without an improvement schedule is still rejected.
func (a Agenda) AsRecommended() []Event {
	var out []Event
	for _, r := range a.rows {
		e := Event{Kind: Decided, Item: r.Item, Meeting: a.meeting}
		switch r.Recommend {
		case RecommendRelease:
			e.Decision = Release
		case RecommendKeep:
			e.Decision = Keep
		default:
			continue
		}
		out = append(out, e)
	}
	return out
}

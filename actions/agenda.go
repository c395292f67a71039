package actions

import (
	"slices"
	"strings"

	"github.com/ogdtw/governance/internal/i18n"
	"github.com/ogdtw/governance/internal/textwidth"
	"golang.org/x/text/language"
)

// AgendaRow is one row of 上次會議決議事項辦理情形: an open item as the
// next meeting sees it.
type AgendaRow struct {
	Item      ID             `json:"item"`               // the item; its case number is the row's 案由
	Section   Section        `json:"section"`            // 會議紀錄: the minutes section it came from
	Ruling    string         `json:"ruling"`             // 主席裁示
	Progress  string         `json:"progress,omitempty"` // 辦理情形: the reports since the last meeting, joined
	Letters   []Letter       `json:"letters,omitempty"`  // the letters those reports cite
	Recommend Recommendation `json:"recommend,omitzero"` // 列管建議: the latest report's recommendation
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
// then case), each with the progress reported since the meeting that last
// opened or decided it. It sees the events dated up to next's date (all
// events, when next has no date) but no decision of next or a later
// meeting, so it is the same before and after next decides.
func (r Register) Agenda(next Meeting) Agenda {
	items := r.collect(func(it Item) (Item, bool) {
		x, ok := it.before(next)
		return x, ok && x.status.Open()
	})
	a := Agenda{meeting: next, rows: make([]AgendaRow, 0, len(items))}
	for _, it := range items {
		row := AgendaRow{Item: it.id, Section: it.Section(), Ruling: it.Ruling()}
		var texts []string
		for _, rep := range it.Pending() {
			if rep.Text != "" {
				texts = append(texts, rep.Text)
			}
			row.Letters = append(row.Letters, rep.Letters...)
			if rep.Recommend != NoRecommendation {
				row.Recommend = rep.Recommend
			}
		}
		row.Progress = strings.Join(texts, " ")
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
		out[i].Letters = slices.Clone(out[i].Letters)
	}
	return out
}

// Len returns the number of rows.
func (a Agenda) Len() int { return len(a.rows) }

// String returns the agenda as an aligned plain-text table with the
// deck's headers: 案由, 會議紀錄, 主席裁示, 辦理情形, 列管建議.
func (a Agenda) String() string {
	rows := [][]string{{"案由", "會議紀錄", "主席裁示", "辦理情形", "列管建議"}}
	for _, r := range a.rows {
		rows = append(rows, []string{r.Item.CaseLabel(), r.Section.String(), r.Ruling, r.Progress, r.Recommend.String()})
	}
	return textwidth.Table(rows, nil)
}

// Message returns the agenda as String does, in the language nearest to
// t: the headers (案由 or Case, …), the case labels and the
// recommendations are in that language; sections, rulings and progress
// are quoted as the minutes and reports wrote them.
func (a Agenda) Message(t language.Tag) string {
	head := make([]string, 0, 5)
	for _, c := range []string{"actions.agenda.case", "actions.agenda.section", "actions.agenda.ruling",
		"actions.agenda.progress", "actions.agenda.recommend"} {
		head = append(head, i18n.Sprintf(t, c))
	}
	rows := [][]string{head}
	for _, r := range a.rows {
		rows = append(rows, []string{r.Item.CaseMessage(t), r.Section.String(), r.Ruling, r.Progress, r.Recommend.Message(t)})
	}
	return textwidth.Table(rows, nil)
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

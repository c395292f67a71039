package actions

import (
	"slices"

	"github.com/ogdtw/governance/requests"
	"github.com/ogdtw/governance/rocdate"
)

// Report is one progress report (辦理情形) on an item: its date, text, the
// letters it cites, and what it recommends to the next meeting.
type Report struct {
	Date      rocdate.Date   `json:"date"`
	Text      string         `json:"text,omitempty"`
	Letters   []Letter       `json:"letters,omitempty"`
	Recommend Recommendation `json:"recommend,omitzero"`
	Schedule  rocdate.Date   `json:"schedule,omitzero"` // improvement schedule (改善期程) set by the report, if any
	Row       int            `json:"row,omitzero"`      // 1-based row of the imported table it came from; 0 if none
}

// Decision is what one meeting decided about an item.
type Decision struct {
	Meeting Meeting      `json:"meeting"`
	Kind    DecisionKind `json:"kind"`
	Reason  string       `json:"reason,omitempty"` // why, required to release against a keep recommendation
	Due     rocdate.Date `json:"due,omitzero"`     // Keep: the new due date, if any
	Into    ID           `json:"into,omitzero"`    // Merge: the item merged into
}

// itemHead is what an item's opening fixes; items share it.
type itemHead struct {
	opened    Meeting
	section   Section
	ruling    string
	concern   requests.Concern
	row       int
	openDue   rocdate.Date
	openSched rocdate.Date
}

// reportNode is a report in an item's persistent list of reports: new
// states link to old ones, never changing them.
type reportNode struct {
	r    Report
	seq  int // position among the item's events
	prev *reportNode
	one  [1]Letter // storage for a report citing one letter
}

// decisionNode is a decision in an item's persistent list of decisions.
type decisionNode struct {
	d    Decision
	seq  int // position among the item's events
	prev *decisionNode
}

// Item is a tracked item (列管事項): opened at a meeting from the chair's
// ruling on a section of its minutes, then reported on and decided by
// later meetings. Items change only through [Apply], which returns a new
// Item and leaves the old one as it was, so every earlier state stays
// valid and shareable.
//
// The zero Item is an item not yet opened: [Apply] with an [Opened] event
// is the only way to start one.
type Item struct {
	id        ID
	status    Status
	head      *itemHead
	schedule  rocdate.Date
	due       rocdate.Date
	last      rocdate.Date // date of the last event
	lastMeet  Meeting      // the meeting that last opened or decided the item
	events    int          // number of events applied; the next event's seq
	nreports  int
	reports   *reportNode // the latest report
	decisions *decisionNode
}

// ID returns the item's identity: opening meeting and case number.
func (it Item) ID() ID { return it.id }

// Status returns where the item stands.
func (it Item) Status() Status { return it.status }

// Opened returns the meeting that opened the item, with its date.
func (it Item) Opened() Meeting {
	if it.head == nil {
		return Meeting{}
	}
	return it.head.opened
}

// Section returns the minutes section the item came from.
func (it Item) Section() Section {
	if it.head == nil {
		return Section{}
	}
	return it.head.section
}

// Ruling returns the chair's ruling (主席裁示) that opened the item.
func (it Item) Ruling() string {
	if it.head == nil {
		return ""
	}
	return it.head.ruling
}

// Concern returns what the item is about under 設置要點第10點.
func (it Item) Concern() requests.Concern {
	if it.head == nil {
		return requests.NoConcern
	}
	return it.head.concern
}

// Row returns the 1-based row of the imported table the item was opened
// from, or 0 when its opening came from no table.
func (it Item) Row() int {
	if it.head == nil {
		return 0
	}
	return it.head.row
}

// Schedule returns the improvement schedule (改善期程), the date by
// which a process or system problem is to be fixed; zero if none.
func (it Item) Schedule() rocdate.Date { return it.schedule }

// Due returns the date by which the item is to be done; zero if none.
func (it Item) Due() rocdate.Date { return it.due }

// LastDate returns the date of the last event applied to the item.
func (it Item) LastDate() rocdate.Date { return it.last }

// Reports returns the progress reports in order, as a new copy.
func (it Item) Reports() []Report {
	out := make([]Report, it.nreports)
	i := len(out)
	for n := it.reports; n != nil; n = n.prev {
		i--
		out[i] = n.r
		out[i].Letters = slices.Clone(n.r.Letters)
	}
	return out
}

// LastReport returns the latest progress report, and false if there is
// none.
func (it Item) LastReport() (Report, bool) {
	if it.reports == nil {
		return Report{}, false
	}
	r := it.reports.r
	r.Letters = slices.Clone(r.Letters)
	return r, true
}

// Decisions returns the meetings' decisions in order, as a new copy.
func (it Item) Decisions() []Decision {
	var out []Decision
	for n := it.decisions; n != nil; n = n.prev {
		out = append(out, n.d)
	}
	slices.Reverse(out)
	return out
}

// MergedInto returns the item this one was merged into, and false if it
// was not merged.
func (it Item) MergedInto() (ID, bool) {
	if it.status != Merged {
		return ID{}, false
	}
	return it.decisions.d.Into, true
}

// Pending returns the reports made since the meeting that last opened or
// decided the item: what the next meeting has to decide on. The slice is
// a new copy.
func (it Item) Pending() []Report {
	after := -1
	if it.decisions != nil {
		after = it.decisions.seq
	}
	var out []Report
	for n := it.reports; n != nil && n.seq > after; n = n.prev {
		r := n.r
		r.Letters = slices.Clone(r.Letters)
		out = append(out, r)
	}
	slices.Reverse(out)
	return out
}

// AwaitingDecision reports whether the item is open and a report since
// the last meeting recommends release or keeping: a meeting has to
// decide.
func (it Item) AwaitingDecision() bool {
	if !it.status.Open() {
		return false
	}
	after := -1
	if it.decisions != nil {
		after = it.decisions.seq
	}
	for n := it.reports; n != nil && n.seq > after; n = n.prev {
		if n.r.Recommend != NoRecommendation {
			return true
		}
	}
	return false
}

// Overdue reports whether the item is still open after its due date, as
// of the given day.
func (it Item) Overdue(asOf rocdate.Date) bool {
	return it.status.Open() && !it.due.IsZero() && it.due.Before(asOf)
}

// until returns the item as it stood after the reports keepReport keeps
// and the decisions keepDecision keeps, and false when it was not yet
// opened. Both must keep a prefix of their list, as date order ensures
// for the cuts AsOf and before make, so the lists are shared, not copied.
func (it Item) until(open bool, keepReport func(Report) bool, keepDecision func(Decision) bool) (Item, bool) {
	if !open || it.head == nil {
		return Item{}, false
	}
	v := it
	for v.reports != nil && !keepReport(v.reports.r) {
		v.reports = v.reports.prev
		v.nreports--
	}
	for v.decisions != nil && !keepDecision(v.decisions.d) {
		v.decisions = v.decisions.prev
	}
	v.status, v.last, v.lastMeet = Tracking, it.head.opened.Date(), it.head.opened
	v.due, v.schedule = it.head.openDue, it.head.openSched
	for n := v.decisions; n != nil; n = n.prev {
		if n.d.Kind == Keep && !n.d.Due.IsZero() {
			v.due = n.d.Due
			break
		}
	}
	for n := v.reports; n != nil; n = n.prev {
		if !n.r.Schedule.IsZero() {
			v.schedule = n.r.Schedule
			break
		}
	}
	r, d := v.reports, v.decisions
	switch {
	case d != nil && (r == nil || d.seq > r.seq):
		if r != nil {
			v.last = r.r.Date
		}
		v.applyDecision(d.d)
	case r != nil:
		if d != nil {
			v.lastMeet = d.d.Meeting
		}
		v.applyReport(r.r)
	}
	return v, true
}

// AsOf returns the item as it stood at the end of day d, from the events
// dated on or before d, and false if it was not yet opened then.
func (it Item) AsOf(d rocdate.Date) (Item, bool) {
	return it.until(!it.Opened().Date().After(d),
		func(r Report) bool { return !r.Date.After(d) },
		func(x Decision) bool { return !x.Meeting.Date().After(d) })
}

// before returns the item as it stood when meeting m opened: events dated
// up to m's date (all, if m has none), but no decision of m or later.
func (it Item) before(m Meeting) (Item, bool) {
	cut := m.Date()
	upTo := func(d rocdate.Date) bool { return cut.IsZero() || !d.After(cut) }
	opened := it.Opened()
	return it.until(opened.Compare(m) < 0 && upTo(opened.Date()),
		func(r Report) bool { return upTo(r.Date) },
		func(x Decision) bool { return x.Meeting.Compare(m) < 0 && upTo(x.Meeting.Date()) })
}

func (it *Item) applyReport(r Report) {
	if !r.Schedule.IsZero() {
		it.schedule = r.Schedule
	}
	it.last = r.Date
	if r.Recommend == RecommendRelease {
		it.status = ReleaseProposed
	} else {
		it.status = Tracking
	}
}

func (it *Item) applyDecision(d Decision) {
	it.last, it.lastMeet = d.Meeting.Date(), d.Meeting
	switch d.Kind {
	case Release:
		it.status = Released
	case Keep:
		it.status = Tracking
		if !d.Due.IsZero() {
			it.due = d.Due
		}
	case SelfTrack:
		it.status = SelfTracked
	case Withdraw:
		it.status = Withdrawn
	case Merge:
		it.status = Merged
	}
}

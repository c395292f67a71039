package actions

import (
	"slices"

	"github.com/ogdtw/governance/rocdate"
)

// Report is one progress report (辦理情形) on an item: its date, text, the
// letters it cites, and what it recommends to the next meeting.
type Report struct {
	Date      rocdate.Date
	Text      string
	Letters   []Letter
	Recommend Recommendation
	Schedule  rocdate.Date // improvement schedule (改善期程) set by the report, if any
	seq       int          // position among the item's events
}

// Decision is what one meeting decided about an item.
type Decision struct {
	Meeting Meeting
	Kind    DecisionKind
	Reason  string       // why, required to release against a keep recommendation
	Due     rocdate.Date // Keep: the new due date, if any
	Into    ID           // Merge: the item merged into
	seq     int          // position among the item's events
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
	opened    Meeting
	section   Section
	ruling    string
	concern   Concern
	schedule  rocdate.Date
	due       rocdate.Date
	openDue   rocdate.Date
	openSched rocdate.Date
	last      rocdate.Date // date of the last event
	lastMeet  Meeting      // the meeting that last opened or decided the item
	events    int          // number of events applied
	reports   []Report
	decisions []Decision
}

// ID returns the item's identity: opening meeting and case number.
func (it Item) ID() ID { return it.id }

// Status returns where the item stands.
func (it Item) Status() Status { return it.status }

// Opened returns the meeting that opened the item, with its date.
func (it Item) Opened() Meeting { return it.opened }

// Section returns the minutes section the item came from.
func (it Item) Section() Section { return it.section }

// Ruling returns the chair's ruling (主席裁示) that opened the item.
func (it Item) Ruling() string { return it.ruling }

// Concern returns what the item is about under 設置要點第10點.
func (it Item) Concern() Concern { return it.concern }

// Schedule returns the improvement schedule (改善期程), the date by
// which a process or system problem is to be fixed; zero if none.
func (it Item) Schedule() rocdate.Date { return it.schedule }

// Due returns the date by which the item is to be done; zero if none.
func (it Item) Due() rocdate.Date { return it.due }

// LastDate returns the date of the last event applied to the item.
func (it Item) LastDate() rocdate.Date { return it.last }

// Reports returns the progress reports in order, as a new copy.
func (it Item) Reports() []Report {
	out := make([]Report, len(it.reports))
	for i, r := range it.reports {
		r.Letters = slices.Clone(r.Letters)
		out[i] = r
	}
	return out
}

// LastReport returns the latest progress report, and false if there is
// none.
func (it Item) LastReport() (Report, bool) {
	if len(it.reports) == 0 {
		return Report{}, false
	}
	r := it.reports[len(it.reports)-1]
	r.Letters = slices.Clone(r.Letters)
	return r, true
}

// Decisions returns the meetings' decisions in order, as a new copy.
func (it Item) Decisions() []Decision { return slices.Clone(it.decisions) }

// MergedInto returns the item this one was merged into, and false if it
// was not merged.
func (it Item) MergedInto() (ID, bool) {
	if it.status != Merged {
		return ID{}, false
	}
	return it.decisions[len(it.decisions)-1].Into, true
}

// Pending returns the reports made since the meeting that last opened or
// decided the item: what the next meeting has to decide on. The slice is
// a new copy.
func (it Item) Pending() []Report {
	after := -1
	if n := len(it.decisions); n > 0 {
		after = it.decisions[n-1].seq
	}
	var out []Report
	for _, r := range it.reports {
		if r.seq > after {
			r.Letters = slices.Clone(r.Letters)
			out = append(out, r)
		}
	}
	return out
}

// AwaitingDecision reports whether the item is open and a report since
// the last meeting recommends release or keeping: a meeting has to
// decide.
func (it Item) AwaitingDecision() bool {
	if !it.status.Open() {
		return false
	}
	for _, r := range it.Pending() {
		if r.Recommend != NoRecommendation {
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

// until returns the item as it stood when keep says so for each report
// and decision, and false when it was not yet opened.
func (it Item) until(open bool, keepReport func(Report) bool, keepDecision func(Decision) bool) (Item, bool) {
	if !open {
		return Item{}, false
	}
	v := it
	v.reports, v.decisions = nil, nil
	for _, r := range it.reports {
		if keepReport(r) {
			v.reports = append(v.reports, r)
		}
	}
	for _, d := range it.decisions {
		if keepDecision(d) {
			v.decisions = append(v.decisions, d)
		}
	}
	v.status, v.due, v.schedule = Tracking, it.openDue, it.openSched
	v.last, v.lastMeet, v.events = it.opened.Date(), it.opened, 1
	i, j := 0, 0
	for i < len(v.reports) || j < len(v.decisions) {
		if j == len(v.decisions) || i < len(v.reports) && v.reports[i].seq < v.decisions[j].seq {
			r := v.reports[i]
			v.applyReport(r)
			i++
		} else {
			v.applyDecision(v.decisions[j])
			j++
		}
		v.events++
	}
	return v, true
}

// AsOf returns the item as it stood at the end of day d, from the events
// dated on or before d, and false if it was not yet opened then.
func (it Item) AsOf(d rocdate.Date) (Item, bool) {
	return it.until(!it.opened.Date().After(d),
		func(r Report) bool { return !r.Date.After(d) },
		func(x Decision) bool { return !x.Meeting.Date().After(d) })
}

// before returns the item as it stood when meeting m opened: events dated
// up to m's date (all, if m has none), but no decision of m or later.
func (it Item) before(m Meeting) (Item, bool) {
	cut := m.Date()
	upTo := func(d rocdate.Date) bool { return cut.IsZero() || !d.After(cut) }
	return it.until(it.opened.Compare(m) < 0 && upTo(it.opened.Date()),
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

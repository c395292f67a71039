package actions

import (
	"slices"

	"github.com/ogdtw/governance/requests"
	"github.com/ogdtw/governance/rocdate"
)

// EventKind is what an [Event] does to an item.
type EventKind uint8

// The kinds of event in an item's life.
const (
	// NoEvent is the zero EventKind: not given; an event of this kind is
	// invalid.
	NoEvent EventKind = iota
	// Opened (列管, opened) is a meeting opening an item from the chair's
	// ruling.
	Opened
	// Reported (辦理情形, reported) is a unit reporting progress.
	Reported
	// Decided (決議, decided) is a meeting deciding about the item.
	Decided
)

var eventEnum = enum{"EventKind",
	[]string{"", "列管", "辦理情形", "決議"},
	[]string{"", "opened", "reported", "decided"}}

// String returns the Chinese name: 列管, 辦理情形 or 決議; NoEvent gives "",
// an invalid value EventKind(N).
func (k EventKind) String() string { return eventEnum.str(int(k)) }

// IsValid reports whether k is NoEvent or a defined kind.
func (k EventKind) IsValid() bool { return eventEnum.valid(int(k)) }

// AppendText appends String to b; it fails with [ErrRange] for an
// invalid value.
func (k EventKind) AppendText(b []byte) ([]byte, error) { return eventEnum.appendText(b, int(k)) }

// MarshalText returns String; it fails with [ErrRange] for an invalid
// value.
func (k EventKind) MarshalText() ([]byte, error) { return k.AppendText(nil) }

// UnmarshalText reads text with [ParseEventKind].
func (k *EventKind) UnmarshalText(text []byte) error { return unmarshal(k, text, ParseEventKind) }

// ParseEventKind reads 列管, 辦理情形 or 決議, spaces anywhere, or the
// English ids opened, reported and decided; empty text is NoEvent.
func ParseEventKind(s string) (EventKind, error) {
	if v, ok := eventEnum.parse(s); ok {
		return EventKind(v), nil
	}
	return NoEvent, eventEnum.parseError(s)
}

// Event is one thing that happens to an item. Which fields count depends
// on Kind; the others are ignored, except that a Reported event carrying
// a Decision is rejected (only a meeting decides).
//
//   - Opened: Item (whose meeting is Meeting), Meeting (dated), Section,
//     Ruling, and optionally Concern, Due and Schedule.
//   - Reported: Item, Date, Text and/or Letters, optionally Recommend and
//     Schedule.
//   - Decided: Item, Meeting (dated), Decision, and per decision Reason
//     (Release against a keep recommendation), Due (Keep), Into (Merge).
//
// Opened and Decided events happen on the meeting's date: their Date is
// zero or that date.
//
// Row is the 1-based row of the imported table the event came from
// ([ImportItems]), 0 when it came from no table; the item and its reports
// keep it.
type Event struct {
	Kind      EventKind        `json:"kind"`
	Item      ID               `json:"item"`
	Date      rocdate.Date     `json:"date,omitzero"`
	Meeting   Meeting          `json:"meeting,omitzero"`
	Section   Section          `json:"section,omitzero"`
	Ruling    string           `json:"ruling,omitempty"`
	Concern   requests.Concern `json:"concern,omitzero"`
	Due       rocdate.Date     `json:"due,omitzero"`
	Schedule  rocdate.Date     `json:"schedule,omitzero"`
	Text      string           `json:"text,omitempty"`
	Letters   []Letter         `json:"letters,omitempty"`
	Recommend Recommendation   `json:"recommend,omitzero"`
	Decision  DecisionKind     `json:"decision,omitzero"`
	Reason    string           `json:"reason,omitempty"`
	Into      ID               `json:"into,omitzero"`
	Row       int              `json:"row,omitzero"`
}

// When returns the day the event happens: the meeting's date for Opened
// and Decided, Date for Reported.
func (e Event) When() rocdate.Date {
	if e.Kind == Reported {
		return e.Date
	}
	return e.Meeting.Date()
}

// Apply returns it after e, or an [*EventError] saying which rule e
// breaks; it is never changed. The rules:
//
//   - an item is opened once, by a dated meeting, from a ruling on a
//     section of that meeting's minutes, before any other event;
//   - events come in date order;
//   - released, self-tracked, withdrawn and merged items take no further
//     events;
//   - only a meeting's decision releases, keeps, withdraws or merges: a
//     report carrying a decision is rejected;
//   - the deciding meeting comes after the meeting that opened the item
//     and the one that last decided it, and not before the last report;
//   - releasing an item whose last report recommended keeping it needs a
//     stated Reason;
//   - an item whose concern is a business-process or information-system
//     problem needs an improvement schedule (改善期程) before it may be
//     kept tracking;
//   - a report cites letters dated no later than itself, each with a
//     number of its year or the one before;
//   - an item is not merged into itself. Merge targets must also exist,
//     be open and form no cycle: [Replay], which sees every item, checks
//     that.
func Apply(it Item, e Event) (Item, error) { return apply(it, &e) }

// apply is Apply with the event by reference, as Replay calls it.
func apply(it Item, e *Event) (Item, error) {
	fail := func(err error, code string, args ...any) (Item, error) {
		return it, refusal(-1, e.Kind, e.Item, it.status, err, code, args...)
	}
	if e.Kind == Opened {
		if it.status != NotOpened {
			return fail(ErrAlreadyOpened, "")
		}
		switch {
		case e.Item.Case() < 1:
			return fail(ErrInvalidEvent, "actions.event.no-case")
		case e.Meeting.IsZero() || e.Meeting.Date().IsZero():
			return fail(ErrInvalidEvent, "actions.event.no-meeting")
		case !e.Item.Meeting().Same(e.Meeting):
			return fail(ErrInvalidEvent, "actions.event.other-meeting")
		case !e.Date.IsZero() && e.Date != e.Meeting.Date():
			return fail(ErrInvalidEvent, "actions.event.date-not-meeting")
		case e.Section.IsZero():
			return fail(ErrInvalidEvent, "actions.event.no-section")
		case e.Ruling == "":
			return fail(ErrInvalidEvent, "actions.event.no-ruling")
		case e.Concern > requests.CrossMinistry:
			return fail(ErrInvalidEvent, "actions.event.unknown-concern")
		}
		head := &itemHead{opened: e.Meeting, section: e.Section, ruling: e.Ruling,
			concern: e.Concern, row: e.Row, openDue: e.Due, openSched: e.Schedule}
		return Item{id: e.Item, status: Tracking, head: head, schedule: e.Schedule, due: e.Due,
			last: e.Meeting.Date(), lastMeet: e.Meeting, events: 1}, nil
	}
	switch {
	case it.status == NotOpened:
		return fail(ErrNotOpened, "")
	case e.Item != it.id:
		return fail(ErrInvalidEvent, "actions.event.other-item", e.Item)
	case it.status.Terminal():
		return fail(ErrTerminal, "")
	}
	when := e.When()
	switch e.Kind {
	case Reported:
		switch {
		case e.Decision != NoDecision:
			return fail(ErrNoMeeting, "actions.event.report-decides", e.Decision)
		case when.IsZero():
			return fail(ErrInvalidEvent, "actions.event.report-undated")
		case when.Before(it.last):
			return fail(ErrOutOfOrder, "actions.event.out-of-order", when, it.last)
		case e.Text == "" && len(e.Letters) == 0:
			return fail(ErrInvalidEvent, "actions.event.report-empty")
		case e.Recommend > RecommendKeep:
			return fail(ErrInvalidEvent, "actions.event.unknown-recommendation")
		}
		for _, l := range e.Letters {
			if l.IsZero() {
				return fail(ErrInvalidEvent, "actions.event.empty-letter")
			}
			if l.Date().After(when) {
				return fail(ErrLetterDate, "actions.event.letter-after", l.String())
			}
			if _, bad := l.checkYear(); bad {
				return fail(ErrLetterDate, "actions.event.letter-year", l.String())
			}
		}
		node := &reportNode{r: Report{Date: when, Text: e.Text, Recommend: e.Recommend,
			Schedule: e.Schedule, Row: e.Row}, seq: it.events, prev: it.reports}
		switch len(e.Letters) {
		case 0:
		case 1:
			node.one[0] = e.Letters[0]
			node.r.Letters = node.one[:]
		default:
			node.r.Letters = slices.Clone(e.Letters)
		}
		next := it
		next.reports, next.nreports = node, it.nreports+1
		next.applyReport(node.r)
		next.events++
		return next, nil
	case Decided:
		switch {
		case e.Meeting.IsZero():
			return fail(ErrNoMeeting, "")
		case when.IsZero():
			return fail(ErrInvalidEvent, "actions.event.meeting-undated")
		case !e.Date.IsZero() && e.Date != when:
			return fail(ErrInvalidEvent, "actions.event.date-not-meeting")
		case e.Meeting.Compare(it.lastMeet) <= 0:
			return fail(ErrMeetingOrder, "actions.event.meeting-order", e.Meeting, it.lastMeet)
		}
		if it.reports != nil && when.Before(it.reports.r.Date) {
			return fail(ErrDecisionBeforeReport, "actions.event.before-report", when, it.reports.r.Date)
		}
		if when.Before(it.last) {
			return fail(ErrOutOfOrder, "actions.event.out-of-order", when, it.last)
		}
		d := Decision{Meeting: e.Meeting, Kind: e.Decision}
		switch e.Decision {
		case Release:
			if it.reports != nil && it.reports.r.Recommend == RecommendKeep && e.Reason == "" {
				return fail(ErrReasonRequired, "")
			}
			d.Reason = e.Reason
		case Keep:
			if it.head.concern == requests.ProcessOrSystem && it.schedule.IsZero() {
				return fail(ErrNoSchedule, "")
			}
			d.Reason, d.Due = e.Reason, e.Due
		case SelfTrack, Withdraw:
			d.Reason = e.Reason
		case Merge:
			switch {
			case e.Into.IsZero():
				return fail(ErrInvalidEvent, "actions.event.merge-nothing")
			case e.Into == it.id:
				return fail(ErrMergeSelf, "")
			}
			d.Reason, d.Into = e.Reason, e.Into
		default:
			return fail(ErrInvalidEvent, "actions.event.no-decision")
		}
		next := it
		next.decisions = &decisionNode{d: d, seq: it.events, prev: it.decisions}
		next.applyDecision(d)
		next.events++
		return next, nil
	}
	return fail(ErrInvalidEvent, "actions.event.unknown-kind")
}

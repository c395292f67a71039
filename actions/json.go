package actions

import (
	"encoding/json"
	"slices"

	"github.com/ogdtw/governance/rocdate"
)

// History returns the events that built the item, in the order they were
// applied: its opening, then its reports and decisions. [Apply] of them,
// in order, from the zero Item gives the item again; it is how an Item
// is written to JSON. The zero Item has none.
func (it Item) History() []Event {
	if it.head == nil {
		return nil
	}
	h := it.head
	out := []Event{{Kind: Opened, Item: it.id, Meeting: h.opened, Section: h.section, Ruling: h.ruling,
		Concern: h.concern, Due: h.openDue, Schedule: h.openSched, Row: h.row}}
	type step struct {
		seq int
		e   Event
	}
	var steps []step
	for n := it.reports; n != nil; n = n.prev {
		r := n.r
		steps = append(steps, step{n.seq, Event{Kind: Reported, Item: it.id, Date: r.Date, Text: r.Text,
			Letters: slices.Clone(r.Letters), Recommend: r.Recommend, Schedule: r.Schedule, Row: r.Row}})
	}
	for n := it.decisions; n != nil; n = n.prev {
		d := n.d
		steps = append(steps, step{n.seq, Event{Kind: Decided, Item: it.id, Meeting: d.Meeting,
			Decision: d.Kind, Reason: d.Reason, Due: d.Due, Into: d.Into}})
	}
	slices.SortFunc(steps, func(a, b step) int { return a.seq - b.seq })
	for _, s := range steps {
		out = append(out, s.e)
	}
	return out
}

// itemJSON is the JSON form of an Item: what it is now, for readers, and
// the events that built it, from which it is read back.
type itemJSON struct {
	ID       ID           `json:"id"`
	Status   Status       `json:"status"`
	Due      rocdate.Date `json:"due,omitzero"`
	Schedule rocdate.Date `json:"schedule,omitzero"`
	Events   []Event      `json:"events"`
}

// MarshalJSON writes the item as its identity, status, due date and
// improvement schedule, and the events that built it ([Item.History]):
// {"id":"110年度第2次會議案由1","status":"解除列管","events":[…]}.
func (it Item) MarshalJSON() ([]byte, error) {
	return json.Marshal(itemJSON{ID: it.id, Status: it.status, Due: it.due, Schedule: it.schedule, Events: it.History()})
}

// UnmarshalJSON reads what MarshalJSON wrote, applying the events in
// order. It fails with the [*EventError] of an event the lifecycle
// refuses, and with ErrInvalidEvent when the events give another item or
// status than the JSON states.
func (it *Item) UnmarshalJSON(b []byte) error {
	var j itemJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	var v Item
	for i := range j.Events {
		next, err := apply(v, &j.Events[i])
		if err != nil {
			if ee, ok := err.(*EventError); ok {
				ee.Index = i
			}
			return err
		}
		v = next
	}
	if v.id != j.ID || v.status != j.Status {
		return refusal(-1, NoEvent, j.ID, j.Status, ErrInvalidEvent, "actions.event.events-give", v.id, v.status)
	}
	*it = v
	return nil
}

// registerJSON is the JSON form of a Register.
type registerJSON struct {
	Items []Item `json:"items"`
}

// MarshalJSON writes the register as its items in the order they were
// opened, each as [Item.MarshalJSON] writes it: {"items":[…]}.
func (r Register) MarshalJSON() ([]byte, error) {
	items := r.items
	if items == nil {
		items = []Item{}
	}
	return json.Marshal(registerJSON{Items: items})
}

// UnmarshalJSON reads what MarshalJSON wrote. An item given twice is an
// error.
func (r *Register) UnmarshalJSON(b []byte) error {
	var j registerJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	v := Register{index: make(map[ID]int, len(j.Items)), items: make([]Item, 0, len(j.Items))}
	for _, it := range j.Items {
		if _, dup := v.index[it.id]; dup {
			return &EventError{Index: -1, Kind: Opened, Item: it.id, Status: it.status, Err: ErrAlreadyOpened}
		}
		v.index[it.id] = len(v.items)
		v.items = append(v.items, it)
	}
	*r = v
	return nil
}

// agendaJSON is the JSON form of an Agenda.
type agendaJSON struct {
	Meeting Meeting     `json:"meeting"`
	Rows    []AgendaRow `json:"rows"`
}

// MarshalJSON writes the agenda as its meeting and rows:
// {"meeting":"111年度第1次會議（111年5月19日）","rows":[…]}.
func (a Agenda) MarshalJSON() ([]byte, error) {
	rows := a.rows
	if rows == nil {
		rows = []AgendaRow{}
	}
	return json.Marshal(agendaJSON{Meeting: a.meeting, Rows: rows})
}

// UnmarshalJSON reads what MarshalJSON wrote.
func (a *Agenda) UnmarshalJSON(b []byte) error {
	var j agendaJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	a.meeting, a.rows = j.Meeting, j.Rows
	return nil
}

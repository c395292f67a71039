package actions

import (
	"errors"
	"slices"

	"github.com/ogdtw/governance/rocdate"
)

// Register is the set of items (列管事項) the meetings track, as built by
// [Replay] from a log of events. It is immutable: its methods return new
// values and copies, and it is safe for concurrent use. The zero Register
// is empty.
type Register struct {
	items map[ID]Item
}

// Replay applies events in order and returns the register they build.
// Each event goes to its item through [Apply]; Replay also checks what
// needs every item: events are in date order across the whole log, and a
// merge target exists, differs from the item, is open, and is not,
// through earlier merges, the item itself.
//
// An event that breaks a rule is skipped and the others still apply: the
// error joins one [*EventError] per rejected event, with its index in
// events, so no good event is lost.
func Replay(events []Event) (Register, error) {
	r := Register{items: make(map[ID]Item)}
	var errs []error
	var last rocdate.Date
	for i, e := range events {
		it := r.items[e.Item]
		fail := func(err error, detail string) {
			errs = append(errs, &EventError{Index: i, Kind: e.Kind, Item: e.Item, Status: it.status, Detail: detail, Err: err})
		}
		if w := e.When(); !w.IsZero() && w.Before(last) {
			fail(ErrOutOfOrder, "dated "+w.String()+", after an event of "+last.String())
			continue
		}
		if e.Kind == Decided && e.Decision == Merge && it.status.Open() && !e.Into.IsZero() && e.Into != e.Item {
			if err := r.checkMerge(e.Item, e.Into); err != nil {
				fail(err, "into "+e.Into.String())
				continue
			}
		}
		next, err := Apply(it, e)
		if err != nil {
			var ee *EventError
			if errors.As(err, &ee) {
				ee.Index = i
			}
			errs = append(errs, err)
			continue
		}
		r.items[e.Item] = next
		last = next.last
	}
	return r, errors.Join(errs...)
}

// checkMerge checks a merge of id into target against the register.
func (r Register) checkMerge(id, target ID) error {
	t, ok := r.items[target]
	if !ok {
		return ErrMergeUnknown
	}
	seen := 0
	for cur := t; ; {
		into, merged := cur.MergedInto()
		if !merged {
			break
		}
		if into == id {
			return ErrMergeCycle
		}
		if seen++; seen > len(r.items) {
			break
		}
		cur = r.items[into]
	}
	if !t.status.Open() {
		return ErrMergeClosed
	}
	return nil
}

// Len returns the number of items.
func (r Register) Len() int { return len(r.items) }

// Item returns the item with the given ID, and false if no meeting
// opened it.
func (r Register) Item(id ID) (Item, bool) {
	it, ok := r.items[id]
	return it, ok
}

// Items returns every item, ordered by ID (opening meeting, then case).
func (r Register) Items() []Item {
	return r.collect(func(it Item) (Item, bool) { return it, true })
}

// AsOf returns the register as it stood at the end of day d: the items
// opened by then, each from its events dated on or before d.
func (r Register) AsOf(d rocdate.Date) Register {
	v := Register{items: make(map[ID]Item, len(r.items))}
	for id, it := range r.items {
		if x, ok := it.AsOf(d); ok {
			v.items[id] = x
		}
	}
	return v
}

// Overdue returns the items still open after their due date, as of the
// end of day asOf, ordered by ID.
func (r Register) Overdue(asOf rocdate.Date) []Item {
	return r.collect(func(it Item) (Item, bool) {
		x, ok := it.AsOf(asOf)
		return x, ok && x.Overdue(asOf)
	})
}

// AwaitingDecision returns the open items that, as of the end of day
// asOf, have a report since their last meeting recommending release or
// keeping: what the next meeting must decide. They are ordered by ID.
func (r Register) AwaitingDecision(asOf rocdate.Date) []Item {
	return r.collect(func(it Item) (Item, bool) {
		x, ok := it.AsOf(asOf)
		return x, ok && x.AwaitingDecision()
	})
}

// collect returns the items f keeps, as f returns them, ordered by ID.
func (r Register) collect(f func(Item) (Item, bool)) []Item {
	var out []Item
	for _, it := range r.items {
		if x, ok := f(it); ok {
			out = append(out, x)
		}
	}
	slices.SortFunc(out, func(a, b Item) int { return a.id.Compare(b.id) })
	return out
}

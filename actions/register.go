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
	index map[ID]int // position in items
	items []Item     // in order of opening
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
//
// Replay is linear in the number of events, merges included: the item a
// chain of merges ends in is found through a forest with path
// compression, not by walking the chain. A log of more than [MaxEvents]
// events fails fast with a [*ParseError] wrapping [ErrTooLarge] and an
// empty Register.
func Replay(events []Event) (Register, error) { return replay(events, MaxEvents) }

// replay is Replay with the limit on the log's length as a parameter.
func replay(events []Event, limit int) (Register, error) {
	if len(events) > limit {
		return Register{}, tooLarge("Replay", itoa(len(events))+"件事件", "actions.too-large.events", limit)
	}
	opens := 0
	for i := range events {
		if events[i].Kind == Opened {
			opens++
		}
	}
	r := Register{index: make(map[ID]int, opens), items: make([]Item, 0, opens)}
	m := merges{}
	var errs []error
	var last rocdate.Date
	for i := range events {
		e := &events[i]
		pos, known := r.index[e.Item]
		var it Item
		if known {
			it = r.items[pos]
		}
		if w := e.When(); !w.IsZero() && w.Before(last) {
			errs = append(errs, refusal(i, e.Kind, e.Item, it.status, ErrOutOfOrder, "actions.event.out-of-order", w, last))
			continue
		}
		if e.Kind == Decided && e.Decision == Merge && it.status.Open() && !e.Into.IsZero() && e.Into != e.Item {
			if err := r.checkMerge(m, e.Item, e.Into); err != nil {
				errs = append(errs, refusal(i, e.Kind, e.Item, it.status, err, "actions.event.into", e.Into))
				continue
			}
		}
		next, err := apply(it, e)
		if err != nil {
			var ee *EventError
			if errors.As(err, &ee) {
				ee.Index = i
			}
			errs = append(errs, err)
			continue
		}
		if next.status == Merged && it.status != Merged {
			m[e.Item] = e.Into
		}
		if known {
			r.items[pos] = next
		} else {
			r.index[e.Item] = len(r.items)
			r.items = append(r.items, next)
		}
		last = next.last
	}
	return r, errors.Join(errs...)
}

// MaxEvents is the longest event log [Replay] takes.
const MaxEvents = 1 << 24

// merges maps a merged item to the item it was merged into: a forest
// whose roots are the items not merged.
type merges map[ID]ID

// root returns the item the chain of merges from id ends in, shortening
// the chain as it goes (path halving), so that a log's merges cost
// near-constant time each.
func (m merges) root(id ID) ID {
	for {
		p, ok := m[id]
		if !ok {
			return id
		}
		if g, ok := m[p]; ok {
			m[id] = g
		}
		id = p
	}
}

// checkMerge checks a merge of the open item id into target against the
// register. Only merged items have a parent in m, and id is open, so the
// merge forms a cycle exactly when the chain from target ends in id.
func (r Register) checkMerge(m merges, id, target ID) error {
	t, ok := r.Item(target)
	if !ok {
		return ErrMergeUnknown
	}
	if t.status == Merged && m.root(target) == id {
		return ErrMergeCycle
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
	pos, ok := r.index[id]
	if !ok {
		return Item{}, false
	}
	return r.items[pos], true
}

// Items returns every item, ordered by ID (opening meeting, then case).
func (r Register) Items() []Item {
	return r.collect(func(it Item) (Item, bool) { return it, true })
}

// Open returns the items still tracked by the meetings (status Tracking
// or ReleaseProposed, [Status.Open]), ordered by ID: what the next
// meeting's table 上次會議決議事項辦理情形 carries. For the count, take its
// length.
func (r Register) Open() []Item {
	return r.collect(func(it Item) (Item, bool) { return it, it.status.Open() })
}

// AsOf returns the register as it stood at the end of day d: the items
// opened by then, each from its events dated on or before d.
func (r Register) AsOf(d rocdate.Date) Register {
	v := Register{index: make(map[ID]int, len(r.items))}
	for _, it := range r.items {
		if x, ok := it.AsOf(d); ok {
			v.index[x.id] = len(v.items)
			v.items = append(v.items, x)
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

package datasets

import (
	"errors"
	"fmt"
	"strings"

	"golang.org/x/text/width"
)

// Request is one row of a delisting table (本部及所屬機關資料集申請下架情形):
// who asks, which dataset, and why.
type Request struct {
	Item      int       // 項次 as printed; 0 when unnumbered
	Publisher Publisher // 機關/單位 asking; the zero Publisher skips the publisher check
	Dataset   Ref       // 資料集名稱 with its ID; an empty Title skips the title check
	Grounds             // 下架原因: the reason and, for a duplicate or merge, the dataset kept
}

// DelistingError is one problem with one request of a batch. It wraps one
// of the delisting sentinels (ErrUnknownDataset, ErrKeptDelisted, ...).
// Problems wrapping [ErrTitleMismatch] or [ErrTitleUnlike] are warnings:
// the group may approve the request after a look.
type DelistingError struct {
	Index   int    // position of the request in the batch, from 0
	Item    int    // the request's 項次
	Dataset ID     // the dataset to delist
	Kept    ID     // the dataset kept, when the problem concerns it
	Detail  string // more about the problem, such as the two titles
	Err     error  // the rule broken
}

func (e *DelistingError) Error() string {
	var b strings.Builder
	b.WriteString("datasets: delisting ")
	if e.Item != 0 {
		fmt.Fprintf(&b, "item %d", e.Item)
	} else {
		fmt.Fprintf(&b, "request %d", e.Index+1)
	}
	fmt.Fprintf(&b, " (dataset %d", int(e.Dataset))
	if e.Kept != 0 {
		fmt.Fprintf(&b, ", kept %d", int(e.Kept))
	}
	b.WriteString("): ")
	if e.Warning() {
		b.WriteString("warning: ")
	}
	b.WriteString(e.Err.Error())
	if e.Detail != "" {
		b.WriteString(": " + e.Detail)
	}
	return b.String()
}

// Unwrap returns the rule broken.
func (e *DelistingError) Unwrap() error { return e.Err }

// Warning reports whether the problem is advisory only (a title that
// differs or does not resemble) rather than a reason to refuse.
func (e *DelistingError) Warning() bool {
	return e.Err == ErrTitleMismatch || e.Err == ErrTitleUnlike
}

// CheckDelistings checks a batch of requests against the catalog and
// returns every problem, in batch order, nil when there is none. The
// rules, each a sentinel error:
//
//   - the dataset is in the catalog ([ErrUnknownDataset]), still listed
//     ([ErrAlreadyDelisted]), requested once in the batch ([ErrRepeated]),
//     and published by the requester ([ErrWrongPublisher]);
//   - there is a reason ([ErrNoReason]), and a duplicate or merge names
//     the dataset kept ([ErrNoKept]);
//   - the dataset kept is in the catalog ([ErrKeptUnknown]), listed
//     ([ErrKeptDelisted]), not the dataset itself ([ErrKeptSelf]), not
//     delisted by the same batch ([ErrKeptInBatch], or [ErrCycle] when the
//     datasets kept lead back to the dataset), and of the same publisher
//     ([ErrKeptOtherPublisher]);
//   - warnings: a title differs from the catalog's ([ErrTitleMismatch]),
//     and the kept title does not resemble the delisted one
//     ([ErrTitleUnlike], see [Resembles]).
//
// The work is linear in the batch, with a binary search of the catalog
// per dataset named.
func (c Catalog) CheckDelistings(reqs []Request) []*DelistingError {
	var out []*DelistingError
	first := make(map[ID]int, len(reqs)) // dataset → index of its first request
	for i, r := range reqs {
		if _, ok := first[r.Dataset.ID]; !ok {
			first[r.Dataset.ID] = i
		}
	}
	cyclic := cycles(reqs, first)
	for i, r := range reqs {
		add := func(kept ID, err error, detail string) {
			out = append(out, &DelistingError{Index: i, Item: r.Item, Dataset: r.Dataset.ID, Kept: kept, Detail: detail, Err: err})
		}
		d, known := c.Lookup(r.Dataset.ID)
		switch {
		case !known:
			add(0, ErrUnknownDataset, "")
		case d.status != Listed:
			add(0, ErrAlreadyDelisted, "")
		}
		if first[r.Dataset.ID] != i {
			add(0, ErrRepeated, fmt.Sprintf("first requested as request %d", first[r.Dataset.ID]+1))
		}
		owner := r.Publisher
		if known {
			if !r.Publisher.IsZero() && r.Publisher != d.publisher {
				add(0, ErrWrongPublisher, fmt.Sprintf("%s asks, %s publishes", r.Publisher, d.publisher))
			}
			if r.Dataset.Title != "" && !sameTitle(r.Dataset.Title, d.title) {
				add(0, ErrTitleMismatch, fmt.Sprintf("「%s」 requested, 「%s」 in catalog", r.Dataset.Title, d.title))
			}
			owner = d.publisher
		}
		if r.Reason == NoReason {
			add(0, ErrNoReason, "")
		}
		kid := r.Kept.ID
		if kid == 0 {
			if r.Reason.NeedsKept() {
				add(0, ErrNoKept, "")
			}
			continue
		}
		if kid == r.Dataset.ID {
			add(kid, ErrKeptSelf, "")
			continue
		}
		k, ok := c.Lookup(kid)
		if !ok {
			add(kid, ErrKeptUnknown, "")
			continue
		}
		if k.status != Listed {
			add(kid, ErrKeptDelisted, "")
		}
		if _, inBatch := first[kid]; inBatch {
			if cyclic[i] {
				add(kid, ErrCycle, "")
			} else {
				add(kid, ErrKeptInBatch, "")
			}
		}
		if !owner.IsZero() && k.publisher != owner {
			add(kid, ErrKeptOtherPublisher, fmt.Sprintf("%s keeps a dataset of %s", owner, k.publisher))
		}
		if r.Kept.Title != "" && !sameTitle(r.Kept.Title, k.title) {
			add(kid, ErrTitleMismatch, fmt.Sprintf("「%s」 named as kept, 「%s」 in catalog", r.Kept.Title, k.title))
		}
		removed := r.Dataset.Title
		if known {
			removed = d.title
		}
		if removed != "" && !Resembles(removed, k.title) {
			add(kid, ErrTitleUnlike, fmt.Sprintf("「%s」 delisted, 「%s」 kept", removed, k.title))
		}
	}
	return out
}

// cycles reports, per request, whether following the datasets kept from
// its dataset (through the first request for each dataset) comes back to
// it. A repeated request (not the first for its dataset) is never on a
// cycle: it is refused as repeated already. Each dataset has at most one successor, so one walk per component
// settles every request: linear time.
func cycles(reqs []Request, first map[ID]int) []bool {
	const (
		unseen = iota
		onPath
		done
	)
	state := make([]uint8, len(reqs))
	onCycle := make([]bool, len(reqs))
	next := func(i int) int {
		k := reqs[i].Kept.ID
		if k == 0 || k == reqs[i].Dataset.ID {
			return -1
		}
		if j, ok := first[k]; ok {
			return j
		}
		return -1
	}
	var path []int
	for s := range reqs {
		if state[s] != unseen || first[reqs[s].Dataset.ID] != s {
			continue
		}
		path = path[:0]
		i := s
		for i >= 0 && state[i] == unseen {
			state[i] = onPath
			path = append(path, i)
			i = next(i)
		}
		if i >= 0 && state[i] == onPath {
			for j := len(path) - 1; j >= 0; j-- {
				onCycle[path[j]] = true
				if path[j] == i {
					break
				}
			}
		}
		for _, j := range path {
			state[j] = done
		}
	}
	return onCycle
}

// Resembles reports whether two dataset titles name the same data as far
// as a title can tell: after folding full-width forms and 台 to 臺 and
// dropping spaces and bracketed qualifiers such as (按年) or （月報）, one
// title equals or contains the other. The deck's pairs resemble:
// 矯正署臺中戒治所法定預算 and 矯正署臺中戒治所法定預算(按年). A 法定預算 and a
// 預算案 of the same agency do not.
func Resembles(a, b string) bool {
	x, y := titleKey(a), titleKey(b)
	if x == "" || y == "" {
		return false
	}
	return strings.Contains(x, y) || strings.Contains(y, x)
}

// sameTitle reports whether two titles are the same up to width, spaces
// and 台/臺.
func sameTitle(a, b string) bool {
	return a == b || foldTitle(a, false) == foldTitle(b, false)
}

func titleKey(s string) string { return foldTitle(s, true) }

func foldTitle(s string, dropBrackets bool) string {
	s = width.Fold.String(s)
	var b strings.Builder
	b.Grow(len(s))
	depth := 0
	for _, r := range s {
		switch {
		case dropBrackets && (r == '(' || r == '[' || r == '【'):
			depth++
		case dropBrackets && depth > 0 && (r == ')' || r == ']' || r == '】'):
			depth--
		case depth > 0, r == ' ', r == '\u3000', r == '\t', r == '\n', r == '\r':
		case r == '台':
			b.WriteRune('臺')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Change is how a delisting changes one publisher's open count.
type Change struct {
	Publisher     Publisher
	Before, After int // listed datasets before and after
}

// Delta returns After - Before.
func (c Change) Delta() int { return c.After - c.Before }

// Delist applies approved requests: it returns a new catalog in which
// their datasets are delisted, and the change in open count of each
// publisher concerned, in stroke order. If any request breaks a rule of
// [Catalog.CheckDelistings] (warnings aside), nothing is applied: the
// catalog comes back unchanged with an error joining every problem.
func (c Catalog) Delist(reqs []Request) (Catalog, []Change, error) {
	var errs []error
	for _, p := range c.CheckDelistings(reqs) {
		if !p.Warning() {
			errs = append(errs, p)
		}
	}
	if len(errs) > 0 {
		return c, nil, errors.Join(errs...)
	}
	ds := make([]Dataset, len(c.ds))
	copy(ds, c.ds)
	next := Catalog{ds: ds}
	delta := map[Publisher]int{}
	var order []Publisher
	for _, r := range reqs {
		i, _ := next.index(r.Dataset.ID)
		p := ds[i].publisher
		ds[i].status = Delisted
		if _, ok := delta[p]; !ok {
			order = append(order, p)
		}
		delta[p]++
	}
	SortPublishers(order)
	changes := make([]Change, len(order))
	for i, p := range order {
		before := c.Count(p, false)
		changes[i] = Change{Publisher: p, Before: before, After: before - delta[p]}
	}
	return next, changes, nil
}

package datasets

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/internal/i18n"
	"golang.org/x/text/language"
	"golang.org/x/text/width"
)

// Delisting is a request to delist a dataset, one row of a delisting
// table (本部及所屬機關資料集申請下架情形): who asks, which dataset, and
// why. The zero Delisting names no dataset and no reason, and is refused.
type Delisting struct {
	Row       int       `json:"row,omitzero"`       // the row [ImportDelistings] read it from, 1-based; 0 when not imported
	Item      int       `json:"item,omitzero"`      // 項次 as printed; 0 when unnumbered
	Publisher Publisher `json:"publisher,omitzero"` // 機關/單位 asking; the zero Publisher leaves the publisher check unchecked (datasets.publisher-unknown)
	Dataset   Ref       `json:"dataset,omitzero"`   // 資料集名稱 with its ID; an empty Title skips the title check
	Grounds             // 下架原因: the reason and, for a duplicate or merge, the dataset kept
}

// A DelistingFinding is what the review of a delisting batch says of one
// request: a rule it breaks (Severity finding.Error: the request is
// refused) or something to look at (finding.Warning: it may be approved).
// Its codes:
//
//   - datasets.unknown-dataset: the dataset is not in the catalog.
//   - datasets.already-delisted: the dataset is delisted already.
//   - datasets.repeated: the batch names the dataset more than once (the
//     later requests are refused).
//   - datasets.wrong-publisher: the requester does not publish the dataset.
//   - datasets.publisher-unknown (notice, Verdict finding.Unchecked): the
//     request names no publisher (a blank 機關/單位, a zero Publisher), so
//     whether the requester publishes the dataset could not be checked;
//     it never agrees with any agency. The request is not refused for it.
//   - datasets.no-reason: no reason is given.
//   - datasets.no-kept: a duplicate or merge does not name the dataset kept.
//   - datasets.kept-self: the dataset kept is the dataset delisted.
//   - datasets.kept-unknown: the dataset kept is not in the catalog.
//   - datasets.kept-delisted: the dataset kept is delisted itself.
//   - datasets.kept-in-batch: the dataset kept is delisted by the same batch.
//   - datasets.cycle: following the datasets kept leads back to the
//     dataset, so nothing of the data would stay listed.
//   - datasets.kept-other-publisher: the dataset kept belongs to another
//     publisher.
//   - datasets.title-mismatch (warning): a title the request gives differs
//     from the catalog's for that ID.
//   - datasets.title-unlike (warning): the kept dataset's title does not
//     resemble the delisted one's (see [Resembles]).
//
// Verdict is finding.Failed for a rule broken (an error or a warning) and
// finding.Unchecked for a rule that could not be applied
// (datasets.publisher-unknown). A rule that no finding names was applied
// and held.
type DelistingFinding struct {
	Severity  finding.Severity `json:"severity,omitzero"`  // finding.Error refuses the request; finding.Warning and finding.Notice do not
	Verdict   finding.Verdict  `json:"verdict,omitzero"`   // finding.Failed, or finding.Unchecked for datasets.publisher-unknown
	Code      string           `json:"code,omitzero"`      // see the list above
	Index     int              `json:"index,omitzero"`     // the request's position in the batch, from 0
	Row       int              `json:"row,omitzero"`       // the request's source row; 0 when not imported
	Item      int              `json:"item,omitzero"`      // the request's 項次; 0 when unnumbered
	Publisher Publisher        `json:"publisher,omitzero"` // the publisher the finding concerns: the requester's, else the dataset's
	Dataset   ID               `json:"dataset,omitzero"`   // the dataset to delist
	Kept      ID               `json:"kept,omitzero"`      // the dataset kept, when the finding concerns it
	// Other is the publisher set against Publisher: the dataset's, for
	// datasets.wrong-publisher; the kept dataset's, for
	// datasets.kept-other-publisher.
	Other Publisher `json:"other,omitzero"`
	// Title and OtherTitle are the titles compared: given and catalog's
	// for datasets.title-mismatch, delisted and kept for
	// datasets.title-unlike.
	Title      string `json:"title,omitzero"`
	OtherTitle string `json:"otherTitle,omitzero"`
	// First and FirstItem name, for datasets.repeated, the request that
	// named the dataset first: its position in the batch and its 項次 (0
	// when unnumbered).
	First     int    `json:"first,omitzero"`
	FirstItem int    `json:"firstItem,omitzero"`
	Reason    Reason `json:"reason,omitzero"` // the reason given, for datasets.no-kept
	Detail    string `json:"detail,omitzero"` // what is wrong, in Traditional Chinese: Message(finding.Chinese) without severity and request
}

var _ finding.Result = DelistingFinding{}

// Head returns the finding's code, severity, verdict and source row; its
// column is 機關/單位 for the publisher rules, else none.
func (f DelistingFinding) Head() finding.Head {
	h := finding.Head{Code: f.Code, Severity: f.Severity, Verdict: f.Verdict, Row: f.Row}
	if f.Code == "datasets.wrong-publisher" || f.Code == "datasets.publisher-unknown" {
		h.Column = "機關/單位"
	}
	return h
}

// Refuses reports whether the finding refuses its request: whether its
// severity is finding.Error.
func (f DelistingFinding) Refuses() bool { return f.Severity == finding.Error }

// String returns the finding as an official reads it, in Traditional
// Chinese: Message(finding.Chinese),
// 錯誤：項次1（資料集87010）：保留之資料集23261亦於本批申請下架.
func (f DelistingFinding) String() string { return f.Message(finding.Chinese) }

// Message returns the finding in the language nearest to t: its
// severity, the request (項次 or position, row) and the dataset, then
// what is wrong, built from the catalog by its Code. Dataset IDs are
// names and print ungrouped.
func (f DelistingFinding) Message(t language.Tag) string {
	return located(t, f.Severity, requestName(t, f.Index, f.Item), f.Row, f.Dataset.String(), f.detail(t))
}

// requestName names a request of a batch: 項次3, or 第2筆申請 when it is
// unnumbered.
func requestName(t language.Tag, index, item int) string {
	if item != 0 {
		return i18n.Sprintf(t, "datasets.request.item", itoa(item))
	}
	return i18n.Sprintf(t, "datasets.request.nth", itoa(index+1))
}

// detail writes what is wrong in the language nearest to t.
func (f DelistingFinding) detail(t language.Tag) string {
	id, kept := f.Dataset.String(), f.Kept.String()
	switch f.Code {
	case "datasets.unknown-dataset", "datasets.already-delisted", "datasets.kept-self":
		return i18n.Sprintf(t, f.Code, id)
	case "datasets.repeated":
		return i18n.Sprintf(t, f.Code, id, requestName(t, f.First, f.FirstItem))
	case "datasets.wrong-publisher":
		return i18n.Sprintf(t, f.Code, f.Publisher.Name(), id, f.Other.Name())
	case "datasets.publisher-unknown":
		return i18n.Sprintf(t, f.Code, id, f.Other.Name())
	case "datasets.title-mismatch":
		code := f.Code
		if f.Kept != 0 {
			code = "datasets.title-mismatch.kept"
		}
		return i18n.Sprintf(t, code, f.Title, f.OtherTitle)
	case "datasets.title-unlike":
		return i18n.Sprintf(t, f.Code, f.Title, f.OtherTitle)
	case "datasets.no-kept":
		return i18n.Sprintf(t, f.Code, f.Reason.Message(t))
	case "datasets.kept-unknown", "datasets.kept-delisted", "datasets.kept-in-batch":
		return i18n.Sprintf(t, f.Code, kept)
	case "datasets.cycle":
		return i18n.Sprintf(t, f.Code, kept, id)
	case "datasets.kept-other-publisher":
		return i18n.Sprintf(t, f.Code, kept, f.Other.Name(), f.Publisher.Name())
	}
	return i18n.Sprintf(t, "datasets.no-reason")
}

// A Refusal is a request of a batch that the rules refuse, with the
// findings that refuse it (each of Severity finding.Error).
type Refusal struct {
	Index     int                `json:"index,omitzero"` // the request's position in the batch, from 0
	Delisting Delisting          `json:"delisting,omitzero"`
	Findings  []DelistingFinding `json:"findings,omitzero"`
}

var _ finding.Result = Refusal{}

// Head returns the refusal as one result: code datasets.refusal, the
// gravest severity of its findings (finding.Error, which refuses), the
// verdict finding.Failed (a rule was applied and broken: that is what
// refuses a request), and the request's source row.
func (r Refusal) Head() finding.Head {
	sev := finding.Gravest(r.Findings)
	if sev == finding.NoSeverity {
		sev = finding.Error
	}
	return finding.Head{Code: "datasets.refusal", Severity: sev, Verdict: finding.Failed, Row: r.Delisting.Row}
}

// String returns the refusal in Traditional Chinese: Message(finding.Chinese).
func (r Refusal) String() string { return r.Message(finding.Chinese) }

// Message returns the refusal in one line, in the language nearest to
// t: the request, its dataset and what refuses it,
// 項次1（資料集87010）不予同意：下架原因為重複，惟未指明保留之資料集.
func (r Refusal) Message(t language.Tag) string {
	name, id := requestName(t, r.Index, r.Delisting.Item), r.Delisting.Dataset.ID.String()
	if len(r.Findings) == 0 {
		return i18n.Sprintf(t, "datasets.refusal.bare", name, id)
	}
	var why strings.Builder
	for i, f := range r.Findings {
		if i > 0 {
			why.WriteString(i18n.Text(t, "datasets.refusal.and"))
		}
		why.WriteString(f.detail(t))
	}
	return i18n.Sprintf(t, "datasets.refusal", name, id, why.String())
}

// A DelistingReview is the group's review of a delisting batch: which
// requests may be approved, which are refused and why, what to look at,
// and how approving changes the open counts.
type DelistingReview struct {
	Approved []Delisting        `json:"approved,omitzero"` // the requests no rule refuses, in batch order
	Refused  []Refusal          `json:"refused,omitzero"`  // the others, in batch order
	Findings []DelistingFinding `json:"findings,omitzero"` // every finding, refusals and warnings, in batch order
	Changes  []Change           `json:"changes,omitzero"`  // what delisting Approved changes, per publisher in stroke order
}

var _ finding.Result = DelistingReview{}

// Requests returns the number of requests reviewed: approved and
// refused.
func (r DelistingReview) Requests() int { return len(r.Approved) + len(r.Refused) }

// Tally counts the requests reviewed by the verdict of their rules
// taken together: Failed for a request a finding says breaks a rule
// (every refused one, and one approved with a warning: a title that
// differs from the catalog's, a kept title unlike the delisted one);
// else Unchecked for one a rule could not be applied to (no requester,
// datasets.publisher-unknown); else Passed, for a request of which no
// finding speaks: every rule was applied and held. A title not given is
// nothing to compare, as a rank not printed is.
//
// The findings are grouped by their Index, in whatever order they come.
// The work is linear in the findings.
func (r DelistingReview) Tally() finding.Tally {
	per := make(map[int]finding.Tally) // request index → its findings' verdicts
	for _, f := range r.Findings {
		per[f.Index] = per[f.Index].Add(f.Verdict)
	}
	var n finding.Tally
	for _, req := range per {
		v := req.Verdict()
		if v == finding.NoVerdict {
			v = finding.Passed // findings of no check: a notice only
		}
		n = n.Add(v)
	}
	if rest := r.Requests() - len(per); rest > 0 {
		n.Passed += rest
	}
	return n
}

// Head returns the review as one result: code datasets.delisting-review,
// the gravest severity of its findings, and the verdict of its requests
// taken together, Tally().Verdict(): 不符 when any request is refused
// or breaks a rule of warning, 無法查核 when a rule could not be applied
// to one, 符合 only when every rule was applied to every request and
// held; none for a batch without requests. It points at no row: its
// findings do.
func (r DelistingReview) Head() finding.Head {
	return finding.Head{Code: "datasets.delisting-review", Severity: finding.Gravest(r.Findings), Verdict: r.Tally().Verdict()}
}

// String returns the review in Traditional Chinese: Message(finding.Chinese).
func (r DelistingReview) String() string { return r.Message(finding.Chinese) }

// Message returns the review in one line, in the language nearest to t:
// the requests, how many may be approved and how many are refused, and
// their verdicts,
// 審查下架申請3件：得同意2件，不予同意1件；核對結果符合2件，不符1件，無法查核0件;
// 本批未列下架申請 for a batch without requests.
func (r DelistingReview) Message(t language.Tag) string {
	if r.Requests() == 0 {
		return i18n.Sprintf(t, "datasets.delisting-review.none")
	}
	n := r.Tally()
	return i18n.Sprintf(t, "datasets.delisting-review", i18n.Number(r.Requests()), i18n.Number(len(r.Approved)), i18n.Number(len(r.Refused)),
		i18n.Number(n.Passed), i18n.Number(n.Failed), i18n.Number(n.Unchecked))
}

// ReviewDelistings reviews a batch of requests against the catalog: it
// checks every request by the rules below (the findings, in batch order,
// are in Findings; see [DelistingFinding] for their codes), splits the
// batch into the requests that may be approved and those refused, and
// gives the change in each publisher's open count that delisting the
// approved ones makes. The approved requests pass every rule together, so
// [Catalog.Delist] applies them. The rules:
//
//   - the dataset is in the catalog, still listed, requested once in the
//     batch, and published by the requester;
//   - there is a reason, and a duplicate or merge names the dataset kept;
//   - the dataset kept is in the catalog, listed, not the dataset itself,
//     not delisted by the same batch (a cycle when the datasets kept lead
//     back to the dataset), and of the same publisher;
//   - warnings: a title differs from the catalog's, and the kept title
//     does not resemble the delisted one.
//
// The work is linear: one binary search of the catalog per dataset
// named, then constant work per rule, plus one zeroed index as long as
// the catalog and one count of its listed datasets per publisher. A
// batch of 10,000 against 50,000 datasets takes a few milliseconds.
func (c Catalog) ReviewDelistings(ds []Delisting) DelistingReview {
	var r DelistingReview
	r.Findings = c.checkDelistings(ds)
	k := 0
	for i, d := range ds {
		var refusing []DelistingFinding
		for ; k < len(r.Findings) && r.Findings[k].Index == i; k++ {
			if r.Findings[k].Refuses() {
				refusing = append(refusing, r.Findings[k])
			}
		}
		if refusing != nil {
			r.Refused = append(r.Refused, Refusal{Index: i, Delisting: d, Findings: refusing})
		} else {
			r.Approved = append(r.Approved, d)
		}
	}
	r.Changes = c.changes(r.Approved)
	return r
}

// checkDelistings checks a batch of requests against the catalog by the
// rules of [Catalog.ReviewDelistings] and returns every finding, in batch
// order, nil when there is none.
func (c Catalog) checkDelistings(ds []Delisting) []DelistingFinding {
	b := c.newBatch(ds)
	var out []DelistingFinding
	add := func(i int, f DelistingFinding) {
		r := &ds[i]
		f.Index, f.Row, f.Item, f.Dataset = i, r.Row, r.Item, r.Dataset.ID
		if f.Severity == finding.NoSeverity {
			f.Severity = finding.Error
		}
		if f.Verdict == finding.NoVerdict {
			f.Verdict = finding.Failed
		}
		f.Detail = f.detail(finding.Chinese)
		out = append(out, f)
	}
	for i := range ds {
		r := &ds[i]
		di := b.dataset[i]
		var d Dataset
		if di >= 0 {
			d = c.ds[di]
		}
		switch {
		case di < 0:
			add(i, DelistingFinding{Code: "datasets.unknown-dataset", Publisher: r.Publisher})
		case d.status != Listed:
			add(i, DelistingFinding{Code: "datasets.already-delisted", Publisher: d.publisher})
		}
		if f := b.firstOf(i); f != i {
			add(i, DelistingFinding{Code: "datasets.repeated", Publisher: r.Publisher, First: f, FirstItem: ds[f].Item})
		}
		owner := r.Publisher
		if di >= 0 {
			switch {
			case r.Publisher.IsZero():
				// No requester: the rule cannot be applied, and agrees
				// with no agency.
				add(i, DelistingFinding{Severity: finding.Notice, Verdict: finding.Unchecked, Code: "datasets.publisher-unknown", Other: d.publisher})
			case r.Publisher != d.publisher:
				add(i, DelistingFinding{Code: "datasets.wrong-publisher", Publisher: r.Publisher, Other: d.publisher})
			}
			if r.Dataset.Title != "" && !sameTitle(r.Dataset.Title, d.title) {
				add(i, DelistingFinding{Severity: finding.Warning, Code: "datasets.title-mismatch", Publisher: d.publisher,
					Title: r.Dataset.Title, OtherTitle: d.title})
			}
			owner = d.publisher
		}
		if r.Reason == NoReason {
			add(i, DelistingFinding{Code: "datasets.no-reason", Publisher: owner})
		}
		kid := r.Kept.ID
		if kid == 0 {
			if r.Reason.NeedsKept() {
				add(i, DelistingFinding{Code: "datasets.no-kept", Publisher: owner, Reason: r.Reason})
			}
			continue
		}
		if kid == r.Dataset.ID {
			add(i, DelistingFinding{Code: "datasets.kept-self", Publisher: owner, Kept: kid})
			continue
		}
		ki := b.kept[i]
		if ki < 0 {
			add(i, DelistingFinding{Code: "datasets.kept-unknown", Publisher: owner, Kept: kid})
			continue
		}
		k := c.ds[ki]
		if k.status != Listed {
			add(i, DelistingFinding{Code: "datasets.kept-delisted", Publisher: owner, Kept: kid})
		}
		if b.requested[ki] != 0 {
			code := "datasets.kept-in-batch"
			if b.onCycle[i] {
				code = "datasets.cycle"
			}
			add(i, DelistingFinding{Code: code, Publisher: owner, Kept: kid})
		}
		if !owner.IsZero() && k.publisher != owner {
			add(i, DelistingFinding{Code: "datasets.kept-other-publisher", Publisher: owner, Kept: kid, Other: k.publisher})
		}
		if r.Kept.Title != "" && !sameTitle(r.Kept.Title, k.title) {
			add(i, DelistingFinding{Severity: finding.Warning, Code: "datasets.title-mismatch", Publisher: owner, Kept: kid,
				Title: r.Kept.Title, OtherTitle: k.title})
		}
		removed := r.Dataset.Title
		if di >= 0 {
			removed = d.title
		}
		if removed != "" && !Resembles(removed, k.title) {
			add(i, DelistingFinding{Severity: finding.Warning, Code: "datasets.title-unlike", Publisher: owner, Kept: kid,
				Title: removed, OtherTitle: k.title})
		}
	}
	return out
}

// batch indexes a batch of requests against the catalog once, so that
// every rule is a slice access: the catalog position of each request's
// dataset and kept dataset (-1 when not in the catalog), and per catalog
// position the first request for it.
type batch struct {
	reqs          []Delisting
	dataset, kept []int // per request: catalog index, or -1
	requested     []int // per catalog index: 1 + first request for it, or 0
	unknownFirst  map[ID]int
	onCycle       []bool // per request
}

func (c Catalog) newBatch(reqs []Delisting) *batch {
	b := &batch{
		reqs:      reqs,
		dataset:   make([]int, len(reqs)),
		kept:      make([]int, len(reqs)),
		requested: make([]int, len(c.ds)),
	}
	for i, r := range reqs {
		b.dataset[i], b.kept[i] = -1, -1
		if j, ok := c.index(r.Dataset.ID); ok {
			b.dataset[i] = j
			if b.requested[j] == 0 {
				b.requested[j] = i + 1
			}
		} else if _, seen := b.unknownFirst[r.Dataset.ID]; !seen {
			if b.unknownFirst == nil {
				b.unknownFirst = map[ID]int{}
			}
			b.unknownFirst[r.Dataset.ID] = i
		}
		if r.Kept.ID != 0 && r.Kept.ID != r.Dataset.ID {
			if j, ok := c.index(r.Kept.ID); ok {
				b.kept[i] = j
			}
		}
	}
	b.onCycle = b.cycles()
	return b
}

// firstOf returns the first request of the batch for request i's dataset.
func (b *batch) firstOf(i int) int {
	if j := b.dataset[i]; j >= 0 {
		return b.requested[j] - 1
	}
	return b.unknownFirst[b.reqs[i].Dataset.ID]
}

// next returns the request that delists request i's kept dataset, or -1.
func (b *batch) next(i int) int {
	if k := b.kept[i]; k >= 0 {
		return b.requested[k] - 1
	}
	return -1
}

// cycles reports, per request, whether following the datasets kept from
// its dataset (through the first request for each dataset) comes back to
// it. A repeated request (not the first for its dataset) is never on a
// cycle: it is refused as repeated already. Each request has at most one
// successor, so one walk per component settles every request: linear
// time.
func (b *batch) cycles() []bool {
	const (
		unseen = iota
		onPath
		done
	)
	n := len(b.dataset)
	state := make([]uint8, n)
	onCycle := make([]bool, n)
	var path []int
	for s := range n {
		if state[s] != unseen || b.dataset[s] < 0 || b.requested[b.dataset[s]]-1 != s {
			continue
		}
		path = path[:0]
		i := s
		for i >= 0 && state[i] == unseen {
			state[i] = onPath
			path = append(path, i)
			i = b.next(i)
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
	if eq, empty := equalFolded(a, b, true); eq {
		return !empty
	}
	x, y := foldTitle(a, true), foldTitle(b, true)
	if x == "" || y == "" {
		return false
	}
	return strings.Contains(x, y) || strings.Contains(y, x)
}

// sameTitle reports whether two titles are the same up to width, spaces
// and 台/臺.
func sameTitle(a, b string) bool {
	if a == b {
		return true
	}
	eq, _ := equalFolded(a, b, false)
	return eq
}

// folder walks a title rune by rune as foldTitle writes it, without
// allocating.
type folder struct {
	s            string
	depth        int
	dropBrackets bool
}

// next returns the next folded rune, or -1 at the end.
func (f *folder) next() rune {
	for f.s != "" {
		r, n := utf8.DecodeRuneInString(f.s)
		f.s = f.s[n:]
		// CJK ideographs (U+3400–U+9FFF) have no narrow or wide variant.
		if r >= utf8.RuneSelf && (r < 0x3400 || r > 0x9fff) {
			if folded := width.LookupRune(r).Folded(); folded != 0 {
				r = folded
			}
		}
		switch {
		case f.dropBrackets && (r == '(' || r == '[' || r == '【'):
			f.depth++
		case f.dropBrackets && f.depth > 0 && (r == ')' || r == ']' || r == '】'):
			f.depth--
		case f.depth > 0, r == ' ', r == '\u3000', r == '\t', r == '\n', r == '\r':
		case r == '台':
			return '臺'
		default:
			return r
		}
	}
	return -1
}

// equalFolded reports whether a and b fold to the same text, and whether
// that text is empty.
func equalFolded(a, b string, dropBrackets bool) (equal, empty bool) {
	x, y := folder{s: a, dropBrackets: dropBrackets}, folder{s: b, dropBrackets: dropBrackets}
	for n := 0; ; n++ {
		r, q := x.next(), y.next()
		if r != q {
			return false, false
		}
		if r < 0 {
			return true, n == 0
		}
	}
}

func foldTitle(s string, dropBrackets bool) string {
	f := folder{s: s, dropBrackets: dropBrackets}
	var b strings.Builder
	b.Grow(len(s))
	for r := f.next(); r >= 0; r = f.next() {
		b.WriteRune(r)
	}
	return b.String()
}

// Change is how a delisting changes one publisher's open count.
type Change struct {
	Publisher Publisher `json:"publisher,omitzero"`
	Before    int       `json:"before,omitzero"`
	After     int       `json:"after,omitzero"` // listed datasets before and after
}

// Delta returns After - Before.
func (c Change) Delta() int { return c.After - c.Before }

// Delist applies approved requests: it returns a new catalog in which
// their datasets are delisted, and the change in open count of each
// publisher concerned, in stroke order. If the rules refuse any request
// (warnings aside, see [Catalog.ReviewDelistings]), nothing is applied:
// the catalog comes back unchanged with a *RefusedError listing every
// refused request.
func (c Catalog) Delist(ds []Delisting) (Catalog, []Change, error) {
	r := c.ReviewDelistings(ds)
	if len(r.Refused) > 0 {
		return c, nil, &RefusedError{Refused: r.Refused}
	}
	next, changes := c.apply(ds)
	return next, changes, nil
}

// apply delists the datasets of ds, which the rules accept, and returns
// the new catalog and the changes per publisher.
func (c Catalog) apply(ds []Delisting) (Catalog, []Change) {
	if len(ds) == 0 {
		return c, nil
	}
	out := make([]Dataset, len(c.ds))
	copy(out, c.ds)
	for _, r := range ds {
		i, _ := c.index(r.Dataset.ID)
		out[i].status = Delisted
	}
	return Catalog{ds: out}, c.changes(ds)
}

// changes returns how delisting the datasets of ds, which the rules
// accept, changes each publisher's open count, in stroke order.
func (c Catalog) changes(ds []Delisting) []Change {
	if len(ds) == 0 {
		return nil
	}
	delta := map[Publisher]int{}
	var order []Publisher
	for _, r := range ds {
		i, _ := c.index(r.Dataset.ID)
		p := c.ds[i].publisher
		if _, ok := delta[p]; !ok {
			order = append(order, p)
		}
		delta[p]++
	}
	SortPublishers(order)
	counts := c.Counts(false)
	changes := make([]Change, len(order))
	for i, p := range order {
		before := counts[p]
		changes[i] = Change{Publisher: p, Before: before, After: before - delta[p]}
	}
	return changes
}

// DelistingRecords returns requests as the deck prints them, rows that
// [ImportDelistings] reads back: a header 項次, 機關/單位, 資料集名稱,
// 下架原因, then one request per row, 資料集名稱 as 矯正署臺中戒治所法定預算(87010)
// and 下架原因 as [Grounds.String] writes it.
func DelistingRecords(ds []Delisting) [][]string {
	rows := make([][]string, 0, len(ds)+1)
	rows = append(rows, []string{"項次", "機關/單位", "資料集名稱", "下架原因"})
	for _, d := range ds {
		item := ""
		if d.Item != 0 {
			item = strconv.Itoa(d.Item)
		}
		rows = append(rows, []string{item, d.Publisher.Name(), d.Dataset.String(), d.Grounds.String()})
	}
	return rows
}

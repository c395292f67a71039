package datasets

import (
	"cmp"
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/internal/sheet"
)

// A HierarchyEntry is one line of an agency hierarchy: the agency, the
// agency above it (上級機關; zero for a top agency) and its short name
// (簡稱; "" when it has none).
type HierarchyEntry struct {
	Row    int       `json:"row,omitzero"`    // the row [ImportHierarchy] read it from, 1-based; 0 when not imported
	Agency Publisher `json:"agency,omitzero"` // 機關
	Parent Publisher `json:"parent,omitzero"` // 上級機關
	Short  string    `json:"short,omitzero"`  // 簡稱
}

// A Hierarchy says which agency is above which, and so which ministry
// (部會) every agency rolls up to. The Ministry of Justice's units and
// agencies are built in (the zero Hierarchy is that default: each under
// 法務部, 矯正署臺中戒治所 under 矯正署), with the names of the other
// ministries under 行政院 (經濟部, 衛生福利部, 行政院農業委員會, …); a
// caller adds the agencies of
// other ministries as a table, [ImportHierarchy], or as entries,
// [NewHierarchy]. It is immutable and safe to share.
//
// An agency's ministry is found by following 上級機關 up to the agency
// that has none, or whose 上級機關 is one of the five 院 or 總統府 (so
// 經濟部水利署 under 經濟部 under 行政院 rolls up to 經濟部, and 行政院
// itself counts as one, as the platform's ranking of 行政院及各部會 does).
// An agency the hierarchy does not list rolls up to the longest ministry
// whose name begins its own (經濟部水利署中區水資源分署 to 經濟部), else to
// the 院 or 總統府 whose name begins its own (行政院消費者保護處, an
// internal unit of 行政院, to 行政院; 司法院刑事廳 to 司法院), else to
// itself.
type Hierarchy struct {
	d *hierarchyData // nil: the default
}

type hierarchyData struct {
	entries    []HierarchyEntry     // in the order given, the default's after the caller's
	nodes      map[Publisher]int    // agency → index in entries
	ministry   []Publisher          // per entry: the ministry it rolls up to
	under      []Publisher          // per entry: the agency directly below the ministry it rolls up through
	shorts     map[string]Publisher // short name → agency
	ministries map[string]Publisher // name → ministry, for the prefix rule
}

// topLevel are the bodies above the ministries: an agency directly under
// one of them is a ministry.
var topLevel = map[string]bool{"總統府": true, "行政院": true, "立法院": true, "司法院": true, "考試院": true, "監察院": true}

// ministryOfJustice is the ministry of the package's own publishers.
var ministryOfJustice = Publisher{name: "法務部"}

// executiveMinistries are the ministries and councils (部會) under 行政院
// as data.gov.tw names them under 提供機關, before and after the 2023
// reorganization (行政院農業委員會 became 農業部, 科技部 became
// 國家科學及技術委員會, …): the default knows them, so that an agency the
// caller's hierarchy does not list rolls up by its name
// (經濟部水利署 to 經濟部).
var executiveMinistries = []string{
	"內政部", "外交部", "國防部", "財政部", "教育部", "經濟部", "交通部", "勞動部",
	"農業部", "衛生福利部", "環境部", "文化部", "數位發展部", "科技部",
	"國家發展委員會", "國家科學及技術委員會", "大陸委員會", "金融監督管理委員會",
	"海洋委員會", "僑務委員會", "國軍退除役官兵輔導委員會", "原住民族委員會",
	"客家委員會", "行政院公共工程委員會", "行政院農業委員會", "行政院環境保護署",
	"行政院主計總處", "行政院人事行政總處", "中央銀行", "國立故宮博物院",
	"中央選舉委員會", "公平交易委員會", "國家通訊傳播委員會", "核能安全委員會",
	"行政院原子能委員會", "運動部",
}

// defaultEntries lists the ministry's own publishers under 法務部, and
// the other ministries under 行政院.
func defaultEntries() []HierarchyEntry {
	out := make([]HierarchyEntry, 0, len(publisherTable)+len(executiveMinistries)+1)
	for _, m := range executiveMinistries {
		out = append(out, HierarchyEntry{Agency: Publisher{name: m}, Parent: Publisher{name: "行政院"}})
	}
	out = append(out, HierarchyEntry{Agency: ministryOfJustice, Parent: Publisher{name: "行政院"}})
	for i := range publisherTable {
		p := own(uint8(i + 1))
		parent := ministryOfJustice
		if q, ok := p.Parent(); ok {
			parent = q
		}
		out = append(out, HierarchyEntry{Agency: p, Parent: parent, Short: publisherTable[i].short})
	}
	return out
}

var defaultHierarchy = func() *hierarchyData {
	d, _ := buildHierarchy(defaultEntries(), nil)
	return d
}()

func (h Hierarchy) data() *hierarchyData {
	if h.d == nil {
		return defaultHierarchy
	}
	return h.d
}

// NewHierarchy returns the default hierarchy with entries added; an entry
// for an agency of the default replaces it. An entry without an agency, a
// second entry for one agency, an agency its own 上級機關, and entries
// whose 上級機關 lead back to themselves are errors: the error joins a
// *ParseError per entry refused, wrapping [ErrMissing], [ErrDuplicate] or
// [ErrCycle], and the hierarchy keeps every other entry. The work is
// linear in the entries.
func NewHierarchy(entries ...HierarchyEntry) (Hierarchy, error) {
	if len(entries) == 0 {
		return Hierarchy{}, nil
	}
	var problems []*RowError
	d, _ := buildHierarchy(entries, &problems)
	errs := make([]error, len(problems))
	for i, p := range problems {
		errs[i] = p.Err
	}
	return Hierarchy{d: d}, errors.Join(errs...)
}

// buildHierarchy builds the hierarchy of entries followed by the default
// ones not overridden, recording each entry refused in problems (when
// not nil) with its Row and the column at fault.
func buildHierarchy(entries []HierarchyEntry, problems *[]*RowError) (*hierarchyData, bool) {
	fail := func(e HierarchyEntry, column, input string, err error, code string) {
		if problems != nil {
			*problems = append(*problems, &RowError{Row: e.Row, Column: column, Input: input,
				Err: perr("NewHierarchy", input, err, code)})
		}
	}
	n := len(entries) + len(executiveMinistries) + len(publisherTable) + 1
	d := &hierarchyData{nodes: make(map[Publisher]int, n), entries: make([]HierarchyEntry, 0, n)}
	for _, e := range entries {
		switch {
		case e.Agency.IsZero():
			fail(e, "機關", "", ErrMissing, "datasets.missing.agency")
		case e.Agency == e.Parent:
			fail(e, "上級機關", e.Parent.name, ErrCycle, "datasets.hierarchy-cycle.self")
		default:
			if _, dup := d.nodes[e.Agency]; dup {
				fail(e, "機關", e.Agency.name, ErrDuplicate, "datasets.duplicate.agency")
				continue
			}
			d.nodes[e.Agency] = len(d.entries)
			d.entries = append(d.entries, e)
		}
	}
	if problems != nil { // the caller's entries: add the default beneath
		for _, e := range defaultEntries() {
			if _, ok := d.nodes[e.Agency]; !ok {
				d.nodes[e.Agency] = len(d.entries)
				d.entries = append(d.entries, e)
			}
		}
	}
	// Entries on a cycle are refused; one walk per chain finds them all.
	const (
		unseen = iota
		onPath
		done
	)
	parents := d.parents()
	state := make([]uint8, len(d.entries))
	var path []int
	cyclic := make([]bool, len(d.entries))
	for s := range d.entries {
		path = path[:0]
		i := s
		for i >= 0 && state[i] == unseen {
			state[i] = onPath
			path = append(path, i)
			i = parents[i]
		}
		if i >= 0 && state[i] == onPath {
			for j := len(path) - 1; j >= 0; j-- {
				cyclic[path[j]] = true
				if path[j] == i {
					break
				}
			}
		}
		for _, j := range path {
			state[j] = done
		}
	}
	if slices.Contains(cyclic, true) {
		kept := d.entries[:0:0]
		for i, e := range d.entries {
			if cyclic[i] {
				fail(e, "上級機關", e.Parent.name, ErrCycle, "datasets.hierarchy-cycle.loop")
				continue
			}
			kept = append(kept, e)
		}
		d.entries = kept
		clear(d.nodes)
		for i, e := range d.entries {
			d.nodes[e.Agency] = i
		}
		parents = d.parents()
	}
	// Each entry's ministry, memoized: linear in the entries.
	d.ministry = make([]Publisher, len(d.entries))
	d.under = make([]Publisher, len(d.entries))
	d.ministries = map[string]Publisher{}
	d.shorts = map[string]Publisher{}
	for s := range d.entries {
		path = path[:0]
		i := s
		for i >= 0 && d.ministry[i].IsZero() {
			path = append(path, i)
			i = parents[i]
		}
		for j := len(path) - 1; j >= 0; j-- {
			k := path[j]
			e := d.entries[k]
			parent := i // the entry of e's parent, computed already; -1 for none
			if j < len(path)-1 {
				parent = path[j+1]
			}
			switch {
			case e.Parent.IsZero() || topLevel[e.Parent.name] || topLevel[e.Agency.name]:
				d.ministry[k] = e.Agency
			case parent < 0: // the parent has no entry: it is a top agency
				d.ministry[k] = e.Parent
			default:
				d.ministry[k] = d.ministry[parent]
			}
			switch {
			case d.ministry[k] == e.Agency || d.ministry[k] == e.Parent || parent < 0:
				d.under[k] = e.Agency
			default:
				d.under[k] = d.under[parent]
			}
			d.ministries[d.ministry[k].name] = d.ministry[k]
		}
	}
	for _, e := range d.entries {
		if e.Short != "" {
			if _, taken := d.shorts[e.Short]; !taken {
				d.shorts[e.Short] = e.Agency
			}
		}
	}
	return d, true
}

// parents returns, per entry, the entry of its 上級機關, or -1.
func (d *hierarchyData) parents() []int {
	out := make([]int, len(d.entries))
	for i, e := range d.entries {
		out[i] = -1
		if j, ok := d.nodes[e.Parent]; ok && !e.Parent.IsZero() {
			out[i] = j
		}
	}
	return out
}

// Len returns the number of agencies the hierarchy lists, the default
// ones included.
func (h Hierarchy) Len() int { return len(h.data().entries) }

// Entries returns the hierarchy's entries: the caller's in the order
// given, then the default ones not replaced. The slice is new.
func (h Hierarchy) Entries() []HierarchyEntry { return slices.Clone(h.data().entries) }

// Parent returns the agency above p, and false when the hierarchy lists
// none.
func (h Hierarchy) Parent(p Publisher) (Publisher, bool) {
	d := h.data()
	if i, ok := d.nodes[p]; ok && !d.entries[i].Parent.IsZero() {
		return d.entries[i].Parent, true
	}
	return Publisher{}, false
}

// Short returns p's short name: the hierarchy's 簡稱, else [Publisher.Short].
func (h Hierarchy) Short(p Publisher) string {
	d := h.data()
	if i, ok := d.nodes[p]; ok && d.entries[i].Short != "" {
		return d.entries[i].Short
	}
	return p.Short()
}

// ParsePublisher reads a name as the package's [ParsePublisher] does (any
// agency is accepted, listed in the hierarchy or not), and a short name
// the hierarchy gives (水利署 when a row says so) as its agency.
func (h Hierarchy) ParsePublisher(name string) (Publisher, error) {
	if p, ok := h.data().shorts[sheet.Trim(name)]; ok {
		return p, nil
	}
	return ParsePublisher(name)
}

// Ministry returns the ministry (部會) p rolls up to, as the [Hierarchy]
// documentation says: 法務部 for 矯正署臺中戒治所, 經濟部 for 經濟部水利署
// when the hierarchy says so or when no row names it. The zero Publisher
// has no ministry.
func (h Hierarchy) Ministry(p Publisher) Publisher {
	if p.IsZero() {
		return p
	}
	d := h.data()
	if i, ok := d.nodes[p]; ok {
		return d.ministry[i]
	}
	name := p.name
	for i := len(name); i > 0; {
		if m, ok := d.ministries[name[:i]]; ok {
			return m
		}
		_, n := utf8.DecodeLastRuneInString(name[:i])
		i -= n
	}
	// An internal unit of a 院 (行政院消費者保護處, 司法院刑事廳) is no
	// ministry of its own: it counts as the 院.
	for body := range topLevel {
		if len(name) > len(body) && strings.HasPrefix(name, body) {
			return Publisher{name: body}
		}
	}
	return p
}

// MarshalJSON writes the hierarchy as the array of the caller's entries
// (the default ones are implied).
func (h Hierarchy) MarshalJSON() ([]byte, error) { return json.Marshal(h.own()) }

// own returns the entries the caller gave: those that are not the
// default's.
func (h Hierarchy) own() []HierarchyEntry {
	out := []HierarchyEntry{}
	def := defaultHierarchy
	for _, e := range h.data().entries {
		if i, ok := def.nodes[e.Agency]; ok && def.entries[i] == e {
			continue
		}
		out = append(out, e)
	}
	return out
}

// UnmarshalJSON reads an array of entries as [NewHierarchy] does, failing
// with its error when an entry is refused.
func (h *Hierarchy) UnmarshalJSON(b []byte) error {
	var es []HierarchyEntry
	if err := json.Unmarshal(b, &es); err != nil {
		return err
	}
	next, err := NewHierarchy(es...)
	if err != nil {
		return err
	}
	*h = next
	return nil
}

// The columns of a hierarchy table.
const (
	hierAgency = iota
	hierParent
	hierShort
)

var hierarchySpec = sheet.Spec{
	Columns: []sheet.Column{
		hierAgency: {Name: "機關", Aliases: []string{"機關名稱", "機關全銜", "提供機關"}, Required: true},
		hierParent: {Name: "上級機關", Aliases: []string{"上級機關名稱", "主管機關"}, Required: true},
		hierShort:  {Name: "簡稱", Aliases: []string{"機關簡稱"}},
	},
	NoHeader:  ErrNoHeader,
	Missing:   ErrMissing,
	Duplicate: ErrDuplicate,
}

// ImportHierarchy reads an agency hierarchy: a header naming 機關 and
// 上級機關, and perhaps 簡稱, in any order and below any title rows, then
// one agency per row:
//
//	機關,上級機關,簡稱
//	經濟部,行政院,
//	經濟部水利署,經濟部,水利署
//	經濟部水利署中區水資源分署,經濟部水利署,中水分署
//
// Names are read by [ParsePublisher] (法務部矯正署 is the ministry's
// 矯正署); a blank 上級機關 makes a top agency. The hierarchy holds the
// rows and the embedded default beneath them (see [NewHierarchy]).
//
// The error is nil when every row was read, else an *ImportError: each
// bad cell (a blank 機關, an agency given twice, an agency its own
// superior or on a cycle of 上級機關) is a *RowError of severity
// finding.Error and its row is left out (機關 and 上級機關 are required
// columns, 簡稱 optional and kept as written; a header without a required
// column is [ErrNoHeader]); every good row is kept. The work is linear in the rows.
// [Hierarchy.Records] writes what ImportHierarchy reads.
func ImportHierarchy(rows [][]string) (Hierarchy, error) {
	var rd reader
	h, ok := rd.header(&hierarchySpec, rows)
	if !ok {
		return Hierarchy{}, importError(rd.problems)
	}
	entries := make([]HierarchyEntry, 0, len(rows)-h.Row)
	for r := range h.Rows(rows) {
		n := rd.errors
		e := HierarchyEntry{Row: r.Num, Short: r.Cell(hierShort)}
		var err error
		if e.Agency, err = ParsePublisher(r.Cell(hierAgency)); err != nil {
			rd.fail(h, r, hierAgency, err)
		}
		if s := r.Cell(hierParent); s != "" {
			if e.Parent, err = ParsePublisher(s); err != nil {
				rd.fail(h, r, hierParent, err)
			}
		}
		if rd.errors == n {
			entries = append(entries, e)
		}
	}
	var problems []*RowError
	d, _ := buildHierarchy(entries, &problems)
	for _, p := range problems {
		switch p.Column {
		case "機關":
			p.Column = h.Name(hierAgency)
		case "上級機關":
			p.Column = h.Name(hierParent)
		}
		if pe, ok := p.Err.(*ParseError); ok {
			pe.Func = "ImportHierarchy"
		}
		if p.Severity == finding.NoSeverity {
			p.Severity = finding.Error
		}
	}
	rd.problems = append(rd.problems, problems...)
	slices.SortStableFunc(rd.problems, func(a, b *RowError) int { return cmp.Compare(a.Row, b.Row) })
	return Hierarchy{d: d}, importError(rd.problems)
}

// Records returns the caller's entries as rows that [ImportHierarchy]
// reads back: a header 機關, 上級機關, 簡稱, then one agency per row.
func (h Hierarchy) Records() [][]string {
	es := h.own()
	rows := make([][]string, 0, len(es)+1)
	rows = append(rows, []string{"機關", "上級機關", "簡稱"})
	for _, e := range es {
		rows = append(rows, []string{e.Agency.name, e.Parent.name, e.Short})
	}
	return rows
}

// top returns the publisher p counts under when sub-agencies are rolled
// up: for the ministry's own, the parent of a sub-agency (Publisher.top);
// for another agency, the agency above it that is directly below its
// ministry (p itself when it is the ministry or directly below it, or not
// listed).
func (h Hierarchy) top(p Publisher) Publisher {
	if p.Own() {
		return p.top()
	}
	d := h.data()
	if i, ok := d.nodes[p]; ok {
		return d.under[i]
	}
	return p
}

package law

import (
	"cmp"
	"slices"
	"strings"
	"sync"

	"github.com/ogdtw/governance/internal/lawdata"
	"github.com/ogdtw/governance/rocdate"
)

// A Registry is a set of statutes: for each law its identity (the PCode of
// the national law database), its names (official, short, former), whether
// it is abandoned (廢止), its 沿革 read as [Revision] values, and the
// versions whose texts the registry holds, each with the structure of its
// articles (paragraphs, subparagraphs, items) and a fingerprint of every
// provision's text.
//
// Registries come from [Default] (the embedded snapshot), [Decode] (the
// law database's open data) and [Registry.Merge]. A Registry is immutable
// and safe for concurrent use; the nil *Registry is empty.
type Registry struct {
	updated int // YYYYMMDD: the date of the data
	amended int // YYYYMMDD: the latest amendment the data hold
	laws    []lawEntry
	// The name, pcode and suffix indexes are built on the first lookup
	// (indexed), once: a registry that is decoded and then merged is
	// indexed once, not per file and again by Merge.
	once    sync.Once
	byName  map[string]nameRef
	byPCode map[string]int32
	// suffix maps every ending of at least minPartial bytes of an official
	// name to its law, or -1 when several names end so.
	suffix map[string]int32
}

// nameRef is a name of the index: its law and how it names it.
type nameRef struct {
	law  int32
	kind NameMatch
}

// lawEntry is one law of a registry.
type lawEntry struct {
	pcode     string
	name      string
	names     []altName // short and former names, in the order found
	level     string    // 憲法, 法律, 命令; "" when not known
	category  string    // LawCategory, levels joined by ＞
	abandoned bool
	modified  int        // LawModifiedDate, YYYYMMDD; 0 when not known
	updated   int        // the data date of the source the entry came from
	versions  []*version // oldest first
	history   *history   // the 沿革; nil when not given
}

// history is the 沿革 of a law, parsed when first asked for: few of a
// registry's laws are ever checked, and reading them all would double the
// time Decode takes.
type history struct {
	once sync.Once
	text string // the 沿革 as the source writes it, until parsed
	revs []Revision
}

// revisions returns the 沿革's acts, oldest first; nil for a nil history.
// It is safe for concurrent use.
func (e *lawEntry) revisions() []Revision {
	h := e.history
	if h == nil {
		return nil
	}
	h.once.Do(func() {
		h.revs = ParseHistory(h.text)
		h.text = ""
	})
	return h.revs
}

// altName is a name other than the official one.
type altName struct {
	name string
	kind NameMatch // MatchShort or MatchFormer
}

// version is one version of a law: its articles, sorted, and their nodes.
type version struct {
	date  int // YYYYMMDD
	arts  []article
	nodes []node
	// acts are the 沿革's acts of the version's day, for a version of the
	// embedded tables; nil for a decoded one, whose law's 沿革 gives them.
	acts *dayActs
}

// dayActs are the acts of a version's day kept by the embedded tables,
// parsed when first asked for (parsing them while Default is built would
// make its initialization depend on itself: a 沿革 names articles in
// citations, and reading a citation looks names up in Default).
type dayActs struct {
	once sync.Once
	from lawdata.Version
	revs []Revision
}

// revisions returns the acts, parsed once. It is safe for concurrent use.
func (d *dayActs) revisions() []Revision {
	d.once.Do(func() {
		d.revs = make([]Revision, 0, d.from.NumActs())
		for i := range d.from.NumActs() {
			entry, text := d.from.Act(i)
			d.revs = append(d.revs, parseAct(text, entry))
		}
	})
	return d.revs
}

// article is one article of a version.
type article struct {
	num, sub uint16
	repealed bool
	// src is the article's index in the embedded tables plus one, 0 for
	// a decoded article: the tables hold the shingle sets of its
	// provisions (internal/lawdata/shingle).
	src  uint16
	node int32 // its node in version.nodes
}

// node is one provision: its fingerprint, its number of children, and the
// rows it and its descendants take (its first child is the next row, its
// next sibling size rows down).
type node struct {
	fp   uint64
	kids uint16
	size uint32
}

// Default returns the embedded registry: the laws the deck's inventories
// cite (刑事訴訟法, 個人資料保護法, …) with their version histories from the
// national law database's snapshot of [Registry.Updated] (113年10月11日),
// whose latest amendment ([Registry.Amended]) is of 113年7月31日, each
// version with the acts of its day from the 沿革, and their short and
// former names. It is built once and shared; it is immutable.
func Default() *Registry { return defaultRegistry() }

var defaultRegistry = sync.OnceValue(func() *Registry {
	r := &Registry{updated: lawdata.Updated, amended: lawdata.Amended}
	for l := range lawdata.Laws() {
		e := lawEntry{pcode: l.PCode(), name: l.Name(), updated: lawdata.Updated}
		for n, k := range l.Names() {
			kind := MatchShort
			if k == lawdata.Former {
				kind = MatchFormer
			}
			e.names = append(e.names, altName{n, kind})
		}
		for i := range l.NumVersions() {
			e.versions = append(e.versions, versionOf(l.Version(i)))
		}
		e.modified = e.versions[len(e.versions)-1].date
		r.laws = append(r.laws, e)
	}
	r.indexed()
	return r
})

// versionOf copies a version of the embedded tables.
func versionOf(v lawdata.Version) *version {
	out := &version{date: v.Date(), arts: make([]article, v.NumArticles()), acts: &dayActs{from: v}}
	for i := range out.arts {
		a := v.ArticleAt(i)
		out.arts[i] = article{num: uint16(a.Num()), sub: uint16(a.Sub()), repealed: a.Repealed(), src: uint16(a.ID() + 1), node: int32(len(out.nodes))}
		out.nodes = copyNode(out.nodes, a.Node())
	}
	return out
}

// copyNode appends n and its descendants to nodes.
func copyNode(nodes []node, n lawdata.Node) []node {
	i := len(nodes)
	nodes = append(nodes, node{fp: n.Fingerprint(), kids: uint16(n.NumChildren())})
	for k := 1; k <= n.NumChildren(); k++ {
		c, _ := n.Child(k)
		nodes = copyNode(nodes, c)
	}
	nodes[i].size = uint32(len(nodes) - i)
	return nodes
}

// indexed builds the indexes of r if no lookup has yet, and returns r. It
// is safe for concurrent use, and does not allocate once they are built.
func (r *Registry) indexed() *Registry {
	r.once.Do(r.index)
	return r
}

// index builds the name, pcode and suffix indexes of r. An official name
// takes precedence over a short or former one, and a law in force over an
// abandoned one. It is called by indexed only.
func (r *Registry) index() {
	r.byName = make(map[string]nameRef, len(r.laws)*5/4)
	r.byPCode = make(map[string]int32, len(r.laws))
	r.suffix = make(map[string]int32, len(r.laws)*4)
	rank := func(ref nameRef) int {
		k := 3
		switch ref.kind {
		case MatchOfficial:
			k = 0
		case MatchShort:
			k = 2
		case MatchFormer:
			k = 4
		}
		if r.laws[ref.law].abandoned {
			k++
		}
		return k
	}
	put := func(name string, ref nameRef) {
		if old, ok := r.byName[name]; !ok || rank(ref) < rank(old) {
			r.byName[name] = ref
		}
	}
	for i := range r.laws {
		e := &r.laws[i]
		r.byPCode[e.pcode] = int32(i)
		put(e.name, nameRef{int32(i), MatchOfficial})
		for _, n := range e.names {
			put(n.name, nameRef{int32(i), n.kind})
		}
		for j := range e.name {
			if !isRuneStart(e.name[j]) || j == 0 || len(e.name)-j < minPartial {
				continue
			}
			s := e.name[j:]
			if old, ok := r.suffix[s]; ok && old != int32(i) {
				r.suffix[s] = -1
			} else {
				r.suffix[s] = int32(i)
			}
		}
	}
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

// Updated returns the date of the registry's data: the day of the law
// database's snapshot (the UpdateDate of ChLaw.json and ChOrder.json) it
// was read from, 113年10月11日 for the embedded one. Amendments after it
// are unknown to the registry: a check of a later day cannot tell what
// changed from the day after it. It is not the latest amendment the data
// hold ([Registry.Amended]). The nil registry gives the zero Date.
func (r *Registry) Updated() rocdate.Date {
	if r == nil || r.updated == 0 {
		return rocdate.Date{}
	}
	return dateOf(r.updated)
}

// Amended returns the date of the latest amendment the registry's data
// hold (the latest LawModifiedDate of a decoded registry, the latest
// version of the embedded one: 113年7月31日), on or before
// [Registry.Updated]. The nil registry, or one whose laws are all
// undated, gives the zero Date.
func (r *Registry) Amended() rocdate.Date {
	if r == nil || r.amended == 0 {
		return rocdate.Date{}
	}
	return dateOf(r.amended)
}

// Len returns the number of laws in r, abandoned ones included.
func (r *Registry) Len() int {
	if r == nil {
		return 0
	}
	return len(r.laws)
}

// Statutes returns every law of r in the registry's order, abandoned ones
// included, in a new slice.
func (r *Registry) Statutes() []Statute {
	out := make([]Statute, r.Len())
	for i := range out {
		out[i] = Statute{r, int32(i)}
	}
	return out
}

// ByPCode returns the law whose code in the national law database is
// pcode (C0010001 for 刑事訴訟法), and false when r holds none.
func (r *Registry) ByPCode(pcode string) (Statute, bool) {
	if r == nil {
		return Statute{}, false
	}
	i, ok := r.indexed().byPCode[strings.TrimSpace(pcode)]
	if !ok {
		return Statute{}, false
	}
	return Statute{r, i}, true
}

// Identity returns the identity of the law a citation names by name: its
// PCode when r knows the law by any of its names (個資法, 個人資料保護法 and
// 電腦處理個人資料保護法 all give I0050021), else the name itself with
// surrounding blanks and 《》 or 「」 removed. Everything that compares laws
// compares identities. A known name does not allocate.
func (r *Registry) Identity(name string) string {
	if s, m := r.Lookup(name); m != NoMatch {
		return s.PCode()
	}
	return trimName(name)
}

// trimName removes surrounding blanks and one pair of 《》 or 「」.
func trimName(name string) string {
	name = strings.TrimSpace(name)
	if t, ok := strings.CutPrefix(name, "《"); ok {
		name, _ = strings.CutSuffix(t, "》")
	} else if t, ok := strings.CutPrefix(name, "「"); ok {
		name, _ = strings.CutSuffix(t, "」")
	}
	return strings.TrimSpace(name)
}

// Merge returns a new registry holding the laws of r and of other: a law
// of both (by PCode) has the versions of both, by date (other's where both
// hold the same date), the names of both (an official name of the older
// source that differs from the newer one's becomes a former name), and
// its other facts (official name, abandonment, 沿革) from the source with
// the later data date. Neither r nor other is changed; either may be nil.
// The result's data date is the later of the two.
func (r *Registry) Merge(other *Registry) *Registry {
	out := &Registry{}
	if r != nil {
		out.updated, out.amended = r.updated, r.amended
		out.laws = slices.Clone(r.laws)
	}
	if other == nil {
		return out
	}
	out.updated = max(out.updated, other.updated)
	out.amended = max(out.amended, other.amended)
	at := make(map[string]int, len(out.laws))
	for i := range out.laws {
		at[out.laws[i].pcode] = i
	}
	for _, o := range other.laws {
		i, ok := at[o.pcode]
		if !ok {
			at[o.pcode] = len(out.laws)
			out.laws = append(out.laws, o)
			continue
		}
		out.laws[i] = mergeLaw(out.laws[i], o)
	}
	return out
}

// mergeLaw merges two entries of one law.
func mergeLaw(a, b lawEntry) lawEntry {
	older, newer := a, b
	if a.updated > b.updated {
		older, newer = b, a
	}
	out := newer
	out.names = nil
	seen := map[string]bool{newer.name: true}
	add := func(n altName) {
		if !seen[n.name] {
			seen[n.name] = true
			out.names = append(out.names, n)
		}
	}
	for _, n := range newer.names {
		add(n)
	}
	add(altName{older.name, MatchFormer})
	for _, n := range older.names {
		add(n)
	}
	if out.history == nil {
		out.history = older.history
	}
	if out.level == "" {
		out.level = older.level
	}
	if out.category == "" {
		out.category = older.category
	}
	byDate := make(map[int]*version, len(a.versions)+len(b.versions))
	for _, v := range a.versions {
		byDate[v.date] = v
	}
	for _, v := range b.versions {
		byDate[v.date] = v
	}
	out.versions = make([]*version, 0, len(byDate))
	for _, v := range byDate {
		out.versions = append(out.versions, v)
	}
	slices.SortFunc(out.versions, func(x, y *version) int { return cmp.Compare(x.date, y.date) })
	return out
}

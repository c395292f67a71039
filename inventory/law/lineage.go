package law

import (
	"slices"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/internal/lawdata"
	"github.com/ogdtw/governance/internal/lawdata/shingle"
	"github.com/ogdtw/governance/internal/resultjson"
	"github.com/ogdtw/governance/rocdate"
	"golang.org/x/text/language"
)

// LineageKind says where a provision stands in a later version of its
// law. The zero value, NoLineage, is not given.
type LineageKind uint8

const (
	// NoLineage: not given.
	NoLineage LineageKind = iota
	// LineageUnchanged: at the same number, the same text.
	LineageUnchanged
	// LineageReworded: at the same number, its text amended.
	LineageReworded
	// LineageMoved: renumbered, its text unchanged (刑事訴訟法第245條第3項
	// became 第5項 in 113年).
	LineageMoved
	// LineageMovedReworded: renumbered and its text amended (洗錢防制法
	// 第13條第1項 became 第18條第1項 in the 113年 rewrite).
	LineageMovedReworded
	// LineageSplit: its text divided between several provisions.
	LineageSplit
	// LineageMerged: its text made part of a larger provision.
	LineageMerged
	// LineageDeleted: its article repealed, or no provision of the later
	// version reads like it.
	LineageDeleted
	// LineageUnknown: the registry does not hold what telling it needs (a
	// text of either side, the provision on the earlier day): 無法查核.
	LineageUnknown
)

var lineageKindText = enumText{
	Type:  "LineageKind",
	Names: []string{"", "未修正", "文字修正", "移列", "移列並修正文字", "分列", "併入", "刪除", "無法查核"},
	IDs:   []string{"", "unchanged", "reworded", "moved", "moved-reworded", "split", "merged", "deleted", "unknown"},
}

// String returns the kind in Chinese: 未修正, 文字修正, 移列, 移列並修正文字,
// 分列, 併入, 刪除, 無法查核; "" for NoLineage.
func (k LineageKind) String() string { return lineageKindText.Word(uint8(k)) }

// IsValid reports whether k is NoLineage or one of the defined kinds.
func (k LineageKind) IsValid() bool { return lineageKindText.Valid(uint8(k)) }

// AppendText appends the kind as String gives it to b. It fails with
// ErrRange for an invalid kind.
func (k LineageKind) AppendText(b []byte) ([]byte, error) {
	return lineageKindText.AppendText(b, uint8(k))
}

// MarshalText returns the kind as String gives it.
func (k LineageKind) MarshalText() ([]byte, error) { return k.AppendText(nil) }

// UnmarshalText sets k as ParseLineageKind reads b.
func (k *LineageKind) UnmarshalText(b []byte) error {
	v, err := ParseLineageKind(string(b))
	if err == nil {
		*k = v
	}
	return err
}

// ParseLineageKind reads a kind from its Chinese name (未修正, 移列, …) or
// its English id (unchanged, moved, moved-reworded, …); "" is NoLineage.
func ParseLineageKind(s string) (LineageKind, error) {
	v, err := lineageKindText.Parse("ParseLineageKind", s)
	return LineageKind(v), err
}

// Message returns the kind in the language nearest to t: 移列 in Chinese,
// moved in English; "" for NoLineage.
func (k LineageKind) Message(t language.Tag) string { return lineageKindText.Message(uint8(k), t) }

// The codes of a [Lineage].
const (
	// CodeLineage: where the provision stands on the later day is known.
	CodeLineage = "law.lineage"
	// CodeLineageUnknown: it is not (LineageUnknown), 無法查核.
	CodeLineageUnknown = "law.lineage.unknown"
)

// Threshold is the Dice coefficient of the bigram sets of two texts
// (internal/lawdata/shingle: normalised, cross-references masked) from
// which [Statute.Lineage] takes a provision of a later version for the
// same provision as an earlier one: 0.6. Over the 25 laws of the
// embedded registry a reworded provision keeps more than 0.6 of its
// bigrams with few exceptions, and two different provisions of one law
// share less; the corpus test reports the counts. For a split, each
// part draws at least Threshold of its bigrams from the old text and
// the parts together cover Threshold of it; for a merger, the old text
// keeps Threshold of its bigrams in the larger new one.
const Threshold = 0.6

// A LineageStep is one amendment that changed where or how a provision
// stands.
type LineageStep struct {
	Date rocdate.Date `json:"date,omitzero"` // the amending version's date
	Act  Act          `json:"act,omitzero"`  // what the version's day did: 修正公布, 全文修正
	Kind LineageKind  `json:"kind,omitzero"`
	// From is the provision as it stood before the amendment; To where it
	// stands after it (none when deleted or unknown).
	From Provision   `json:"from,omitzero"`
	To   []Provision `json:"to,omitzero"`
	// Similarity is the Dice coefficient of the old text and the new one
	// it was matched with (1 for a text unchanged), 0 when none was.
	Similarity float64 `json:"similarity,omitzero"`
}

// A Lineage says where a provision of a statute in force on one day
// stands in the version in force on a later day, and which amendments
// put it there. It is a result ([finding.Result]): code law.lineage, or
// law.lineage.unknown when the registry cannot tell (verdict Unchecked,
// 無法查核, with the reason); a known lineage concludes no check.
type Lineage struct {
	Kind LineageKind `json:"kind,omitzero"`
	// Law and PCode name the statute; Provision is the provision asked
	// about, as in force on From.
	Law       string       `json:"law,omitzero"`
	PCode     string       `json:"pcode,omitzero"`
	Provision Provision    `json:"provision,omitzero"`
	From      rocdate.Date `json:"from,omitzero"`
	To        rocdate.Date `json:"to,omitzero"`
	// Targets are where the provision stands on To: itself when
	// unchanged or reworded, none when deleted or unknown.
	Targets []Provision `json:"targets,omitzero"`
	// Steps are the amendments between From and To that changed it,
	// oldest first; for LineageUnknown the last says at which one the
	// registry could not tell (zero Date when the text in force on From
	// is missing).
	Steps []LineageStep `json:"steps,omitzero"`
	// Reason is why the lineage is unknown: "texts" (the texts on both
	// sides of an amendment are not held), "before" (no text in force on
	// From), "missing" (the provision does not exist on From),
	// "provision" (no statute, no article, or To before From); "" when
	// known.
	Reason string `json:"reason,omitzero"`
	// Updated is the registry's data date when To is after it: where the
	// provision stands from the day after it cannot be known.
	Updated rocdate.Date `json:"updated,omitzero"`
}

var _ finding.Result = Lineage{}

// Head returns the lineage's code, a Notice; verdict Unchecked when the
// lineage is unknown or To is after the registry's data date.
func (l Lineage) Head() finding.Head {
	h := finding.Head{Code: CodeLineage, Severity: finding.Notice}
	if l.Kind == LineageUnknown {
		h.Code = CodeLineageUnknown
	}
	if l.Kind == LineageUnknown || !l.Updated.IsZero() {
		h.Verdict = finding.Unchecked
	}
	return h
}

// String returns the lineage in Chinese, as Message(finding.Chinese).
func (l Lineage) String() string { return l.Message(finding.Chinese) }

// MarshalJSON writes the lineage with its code, severity, verdict and
// message.
func (l Lineage) MarshalJSON() ([]byte, error) {
	type fields Lineage
	return resultjson.Marshal(l, fields(l))
}

// Lineage returns where the provision p of the version in force on from
// stands in the version in force on to, following it amendment by
// amendment through the versions the registry holds between them.
//
// At each amendment the provision is matched with the later version by
// its text: the same text at the same number is LineageUnchanged, the
// same text elsewhere LineageMoved; otherwise the provisions of the same
// level in the later version are compared with it by the Dice coefficient
// of their bigram sets (normalised, cross-references masked; see
// [Threshold]), the best at or above Threshold being the provision
// reworded (LineageReworded at the same number, LineageMovedReworded
// elsewhere); failing that, parts drawn from it (LineageSplit) or a
// larger provision holding it (LineageMerged); failing those,
// LineageDeleted. A full rewrite (全文修正) is matched the same way, so
// that 洗錢防制法第13條第1項 of 107年 is found as 第18條第1項 of 113年.
//
// It is LineageUnknown (無法查核) when the registry holds no text in force
// on from (and its 沿革 does not show the article untouched up to the
// first text it holds), when p does not exist then, and at an amendment
// whose texts on both sides the registry does not hold: a registry
// decoded from one snapshot has the current text only, so a provision
// changed since is not matched by text. When to is after the registry's
// data date, the lineage holds up to that date and Updated says so.
//
// The cost is linear in the texts of the versions compared; a provision
// found unchanged costs no comparison of texts.
func (s Statute) Lineage(p Provision, from, to rocdate.Date) Lineage {
	l := Lineage{Law: s.Name(), PCode: s.PCode(), Provision: p, From: from, To: to}
	unknown := func(reason string) Lineage {
		l.Kind, l.Reason, l.Targets = LineageUnknown, reason, nil
		return l
	}
	if s.IsZero() || p.Article <= 0 || from.IsZero() || to.IsZero() || to.Before(from) {
		return unknown("provision")
	}
	if u := s.r.updated; u != 0 && ymd(to) > u {
		l.Updated = dateOf(u)
	}
	vs := s.entry().versions
	first, ok := s.VersionOn(from)
	if !ok {
		hist := s.entry().revisions()
		if len(vs) == 0 || len(hist) == 0 || touchedBetween(hist, p, ymd(from), vs[0].date) {
			return unknown("before")
		}
		first = StatuteVersion{s, 0}
	}
	last, _ := s.VersionOn(to)
	if last.i < first.i {
		last = first // to before the first text held, from bridged to it
	}
	pa := pathOf(p)
	depth := depthOf(p)
	n0, ok := vs[first.i].find(pa)
	if !ok {
		return unknown("missing")
	}
	if pa.para == 0 && depth >= 2 {
		// A 款 cited under its article: the path of its paragraph.
		vs[first.i].walk(depth, func(q path, n int32, _ article) bool {
			if n == n0 {
				pa = q
			}
			return n != n0
		})
	}
	// cur and next are where the provision stands before and after an
	// amendment, kept in two buffers that do not escape for the common
	// case of one provision.
	var bufA, bufB [2]path
	cur, next := append(bufA[:0], pa), bufB[:0]
	reworded, merged := false, false
	for i := first.i + 1; i <= last.i; i++ {
		x, y := vs[i-1], vs[i]
		next = next[:0]
		var act Act
		for _, q := range cur {
			kind, to, sim := lineageStep(x, y, q, depth)
			if kind == LineageUnchanged {
				if !slices.Contains(next, q) {
					next = append(next, q)
				}
				continue
			}
			if act == NoAct {
				act = StatuteVersion{s, i}.Act()
			}
			st := LineageStep{Date: dateOf(y.date), Act: act, Kind: kind, From: provisionOf(q, p.Part), Similarity: sim}
			for _, t := range to {
				st.To = append(st.To, provisionOf(t, p.Part))
			}
			l.Steps = append(l.Steps, st)
			switch kind {
			case LineageUnknown:
				return unknown("texts")
			case LineageReworded, LineageMovedReworded, LineageSplit:
				reworded = true
			case LineageMerged:
				merged = true
			}
			for _, t := range to {
				if !slices.Contains(next, t) {
					next = append(next, t)
				}
			}
		}
		cur, next = next, cur
		if len(cur) == 0 {
			break
		}
	}
	for _, q := range cur {
		if q == pa {
			l.Targets = append(l.Targets, p)
		} else {
			l.Targets = append(l.Targets, provisionOf(q, p.Part))
		}
	}
	switch {
	case len(cur) == 0:
		l.Kind = LineageDeleted
	case len(cur) > 1:
		l.Kind = LineageSplit
	case merged:
		l.Kind = LineageMerged
	case cur[0] != pa && reworded:
		l.Kind = LineageMovedReworded
	case cur[0] != pa:
		l.Kind = LineageMoved
	case reworded:
		l.Kind = LineageReworded
	default:
		l.Kind = LineageUnchanged
	}
	return l
}

// lineageStep tells where the provision q of x (of the depth, 0 article
// to 3 目) stands in y, the next version: the kind, the paths it went to
// (none for LineageUnchanged, which stays at q), and the similarity of
// the match.
func lineageStep(x, y *version, q path, depth int) (LineageKind, []path, float64) {
	nx, _ := x.find(q)
	fp := x.nodes[nx].fp
	if ny, ok := y.find(q); ok && y.nodes[ny].fp == fp {
		return LineageUnchanged, nil, 1 // at q: the caller keeps it
	}
	// The same text elsewhere, in the same article first.
	var moved path
	found := false
	y.walk(depth, func(p path, n int32, _ article) bool {
		if y.nodes[n].fp != fp {
			return true
		}
		if !found || p.article == q.article && p.sub == q.sub {
			moved, found = p, true
		}
		return !(p.article == q.article && p.sub == q.sub)
	})
	if found {
		return LineageMoved, []path{moved}, 1
	}
	ax, _ := x.article(q.article, q.sub)
	a, ok := x.set(ax, nx)
	if !ok || a.Len() == 0 {
		return LineageUnknown, nil, 0
	}
	var (
		best              path
		bestDice          float64
		bestSame          bool
		parts             []candidate
		holder            path
		holderSet         shingle.Set
		holderShare       float64
		missing, compared bool
	)
	y.walk(depth, func(p path, n int32, art article) bool {
		b, ok := y.set(art, n)
		if !ok {
			if art.src == 0 {
				missing = true // a decoded text: nothing to compare
			}
			return true
		}
		compared = true
		inter := shingle.Intersection(a, b)
		if inter == 0 {
			return true
		}
		d := 2 * float64(inter) / float64(a.Len()+b.Len())
		same := p == q
		if d > bestDice || d == bestDice && same && !bestSame {
			best, bestDice, bestSame = p, d, same
		}
		if b.Len() >= minPart && float64(inter) >= Threshold*float64(b.Len()) && float64(inter) >= partShare*float64(a.Len()) {
			parts = append(parts, candidate{p, b, inter})
		}
		if share := float64(inter) / float64(a.Len()); share > holderShare {
			holder, holderSet, holderShare = p, b, share
		}
		return true
	})
	switch {
	case bestDice >= Threshold && best == q:
		return LineageReworded, []path{best}, bestDice
	case bestDice >= Threshold:
		return LineageMovedReworded, []path{best}, bestDice
	}
	// A split: parts each drawn from this text more than from any other
	// of x, together covering Threshold of it.
	var split []path
	covered := 0
	for _, c := range parts {
		if !x.drawsMore(c.set, c.inter, q, depth) {
			split = append(split, c.path)
			covered += c.inter
		}
	}
	if len(split) >= 2 && float64(covered) >= Threshold*float64(a.Len()) {
		return LineageSplit, split, bestDice
	}
	if holderShare >= Threshold {
		// A larger provision holds the text: merged when it holds another
		// provision of x as well, else the text was reworded by additions.
		if x.holdsOther(holderSet, q, depth) {
			return LineageMerged, []path{holder}, holderShare
		}
		if holder == q {
			return LineageReworded, []path{holder}, holderShare
		}
		return LineageMovedReworded, []path{holder}, holderShare
	}
	if missing && !compared {
		return LineageUnknown, nil, 0
	}
	return LineageDeleted, nil, bestDice
}

// minPart is the fewest bigrams a provision must have to count as a part
// of a split, and partShare the least part of the old text's bigrams it
// must hold: a short text (五、商標法第九十五條之罪。, its references
// masked) shares most of its few bigrams with many.
const (
	minPart   = 6
	partShare = 0.25
)

// candidate is a provision of the later version compared with the old
// text: its path, its set, and the bigrams they share.
type candidate struct {
	path  path
	set   shingle.Set
	inter int
}

// drawsMore reports whether a provision of v at the depth other than q
// shares more than inter bigrams with b.
func (v *version) drawsMore(b shingle.Set, inter int, q path, depth int) bool {
	more := false
	v.walk(depth, func(p path, n int32, art article) bool {
		if p == q {
			return true
		}
		if a, ok := v.set(art, n); ok && shingle.Intersection(a, b) > inter {
			more = true
		}
		return !more
	})
	return more
}

// holdsOther reports whether b holds Threshold of the bigrams of a
// provision of v at the depth other than q.
func (v *version) holdsOther(b shingle.Set, q path, depth int) bool {
	held := false
	v.walk(depth, func(p path, n int32, art article) bool {
		if p == q {
			return true
		}
		if a, ok := v.set(art, n); ok && a.Len() >= minPart && float64(shingle.Intersection(a, b)) >= Threshold*float64(a.Len()) {
			held = true
		}
		return !held
	})
	return held
}

// set returns the shingle set of node n of the article a of v, from the
// embedded tables; false for a decoded article, or a provision the
// tables hold no set of (its article reads the same in every version).
func (v *version) set(a article, n int32) (shingle.Set, bool) {
	if a.src == 0 {
		return "", false
	}
	return lawdata.ArticleByID(int(a.src) - 1).Node().NodeAt(int(n - a.node)).Shingles()
}

// walk calls f with the path, node and article of every provision of v
// at the depth (0 article, 1 項, 2 款, 3 目), in order, repealed articles
// left out, until f returns false.
func (v *version) walk(depth int, f func(p path, n int32, a article) bool) {
	for _, a := range v.arts {
		if a.repealed {
			continue
		}
		if !v.walkIn(a, a.node, path{article: int(a.num), sub: int(a.sub)}, 0, depth, f) {
			return
		}
	}
}

func (v *version) walkIn(a article, n int32, p path, d, depth int, f func(path, int32, article) bool) bool {
	if d == depth {
		return f(p, n, a)
	}
	for k := 1; k <= int(v.nodes[n].kids); k++ {
		c, _ := v.child(n, k)
		q := p
		switch d {
		case 0:
			q.para = k
		case 1:
			q.subpara = k
		case 2:
			q.item = k
		}
		if !v.walkIn(a, c, q, d+1, depth, f) {
			return false
		}
	}
	return true
}

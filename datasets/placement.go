package datasets

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/internal/errtype"
	"github.com/ogdtw/governance/internal/i18n"
	"github.com/ogdtw/governance/rocdate"
	"golang.org/x/text/language"
)

// A Scope says which heads [Register.RankMinistries] ranks. The zero
// Scope, Executive, is the default when none is given: the 二級機關 of
// 行政院, as the platform's ranking of 行政院及各部會 counts them.
type Scope uint8

const (
	// Executive is the zero Scope and the default: every 二級機關 under
	// 行政院 (部、會、署 and 行政院's own 總處), and 行政院 itself for what
	// it publishes under its own name. The other 院 and their agencies,
	// 總統府, and local governments are outside it.
	Executive Scope = iota
	// Yuans ranks the five 院 (行政院、立法院、司法院、考試院、監察院),
	// each counting every agency under it; local governments and 總統府
	// are outside it.
	Yuans
	// Local ranks the local governments apart: each 直轄市政府 or
	// 縣（市）政府 (a head whose name ends 市政府 or 縣政府) counting the
	// agencies under it (高雄市政府都市發展局 under 高雄市政府). Central
	// agencies are outside it.
	Local
	// All ranks every head [Register.Ministry] finds, central and local
	// together: a 二級機關 under any 院, a 院 or 總統府 for what it
	// publishes itself, a local government.
	All
)

var scopeText = enumText{
	Enum: errtype.Enum[pkg]{
		Type:  "Scope",
		Names: []string{"行政院各部會", "五院", "地方政府", "全部機關"},
		IDs:   []string{"executive", "yuans", "local", "all"},
	},
	variants: [][]string{{"", "部會", "各部會", "行政院所屬二級機關", "二級機關"}, {"各院"}, {"直轄市及縣市政府", "縣市政府"}, {"全部", "所有機關"}},
	unknown:  i18n.NewDetail("datasets.range.enum", "scope"),
}

// String returns the scope's words (行政院各部會, 五院, 地方政府,
// 全部機關), and Scope(N) for an invalid value.
func (s Scope) String() string { return scopeText.Word(uint8(s)) }

// Message returns the words of s in the language nearest to t:
// 行政院各部會, or the ministries of the Executive Yuan in English;
// String for an invalid value.
func (s Scope) Message(t language.Tag) string { return scopeText.Message(uint8(s), t) }

// IsValid reports whether s is a defined scope.
func (s Scope) IsValid() bool { return scopeText.Valid(uint8(s)) }

// AppendText appends the scope's String to b. It fails with [ErrRange]
// for an invalid scope.
func (s Scope) AppendText(b []byte) ([]byte, error) { return scopeText.AppendText(b, uint8(s)) }

// MarshalText returns the scope's String.
func (s Scope) MarshalText() ([]byte, error) { return s.AppendText(nil) }

// UnmarshalText reads a scope as [ParseScope] does.
func (s *Scope) UnmarshalText(b []byte) error {
	v, err := ParseScope(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// ParseScope reads 行政院各部會 (or 各部會, 部會, 二級機關, and "", the
// default), 五院, 地方政府 (or 縣市政府), 全部機關 (or 全部), and the
// English ids executive, yuans, local and all. Anything else is
// [ErrSyntax].
func ParseScope(s string) (Scope, error) {
	v, err := scopeText.Parse("ParseScope", s)
	return Scope(v), err
}

// yuanNames are the five 院.
var yuanNames = [...]string{"行政院", "立法院", "司法院", "考試院", "監察院"}

// isYuan reports whether the folded name is one of the five 院.
func isYuan(key string) bool { return slices.Contains(yuanNames[:], key) }

// isLocalGovernment reports whether the folded name is a local
// government's: 高雄市政府, 宜蘭縣政府.
func isLocalGovernment(key string) bool {
	return strings.HasSuffix(key, "市政府") || strings.HasSuffix(key, "縣政府")
}

// A Placement is where [Register.Place] puts a publisher's name in the
// register on a day: the agency, the 三級機關 it is or belongs to, the
// 二級機關 (部會) above it and the 院 or local government above that.
type Placement struct {
	Name       string           `json:"name,omitzero"`       // the name placed, as given
	Resolution Resolution       `json:"resolution,omitzero"` // Resolved when placed; else why not
	Agency     RegisteredAgency `json:"agency,omitzero"`     // the agency the name means; zero unless Resolved or Unrooted
	// Third is the 三級機關 the agency is or belongs to: the agency right
	// below its ministry on its chain of 主管機關 (法務部矯正署 for
	// 法務部矯正署臺北監獄); zero when the agency is the ministry or above it.
	Third    RegisteredAgency `json:"third,omitzero"`
	Ministry RegisteredAgency `json:"ministry,omitzero"` // the 二級機關 (or 院, 直轄市/縣市政府) above, as [Register.Ministry] finds it; zero unless Resolved
	// Yuan is the 院 above the ministry: 行政院 for a 二級機關 the register
	// puts under none (the register's way of writing 行政院), the ministry
	// itself when it is a 院; "" for a local agency and one under 總統府.
	Yuan string `json:"yuan,omitzero"`
	// Local is the 直轄市政府 or 縣（市）政府 above a local agency, or the
	// agency itself; zero for a central agency.
	Local RegisteredAgency `json:"local,omitzero"`
}

// Placed reports whether the name was placed under a ministry.
func (p Placement) Placed() bool { return p.Resolution == Resolved }

// CountedUnder returns the name of the head p is counted under in a
// ranking of scope s ([Register.RankMinistries]): its 部會 for
// [Executive], its 院 for [Yuans], its local government for [Local], either
// for [All]; and false when p is not placed or falls outside the scope.
func (p Placement) CountedUnder(s Scope) (string, bool) {
	if !p.Placed() {
		return "", false
	}
	local := p.Local.Code != ""
	head, in := "", false
	switch s {
	case Executive:
		head, in = p.Ministry.Name, !local && p.Yuan == "行政院"
	case Yuans:
		head, in = p.Yuan, !local && p.Yuan != ""
	case Local:
		head, in = p.Local.Name, local
	case All:
		head, in = p.Ministry.Name, true
		if local {
			head = p.Local.Name
		}
	}
	if !in {
		return "", false
	}
	return head, true
}

// maxChain is the longest chain of 主管機關 or successors followed.
const maxChain = 16

// chain returns the indexes of the agency at i and those above it on day
// on, successors taken for abolished ones, into buf; and false when the
// register cuts it (a parent or successor it lacks, or a chain longer
// than maxChain).
func (a Register) chain(i int, on rocdate.Date, buf *[maxChain]int) ([]int, bool) {
	out := buf[:0]
	for steps := 0; steps < 2*maxChain; steps++ {
		g := a.list[i]
		if !g.inEffect(on) && g.Successor != "" && !g.Abolished.IsZero() && on.Compare(g.Abolished) >= 0 {
			j, ok := a.byCode[g.Successor]
			if !ok {
				return out, false
			}
			i = j
			continue
		}
		if len(out) == maxChain {
			return out, false
		}
		out = append(out, i)
		if g.Parent == "" {
			return out, true
		}
		j, ok := a.byCode[g.Parent]
		if !ok {
			return out, false
		}
		i = j
	}
	return out, false
}

// head returns the chain of the agency at i on day on ([Register.chain])
// and the index in it of the agency's ministry: the first of 機關層級 2 or
// less, else the top of a whole chain when its level is given; -1 when
// there is none.
func (a Register) head(i int, on rocdate.Date, buf *[maxChain]int) ([]int, int) {
	path, whole := a.chain(i, on, buf)
	for k, j := range path {
		if l := a.list[j].Level; l != 0 && l <= 2 {
			return path, k
		}
	}
	if whole && len(path) > 0 && a.list[path[len(path)-1]].Level != 0 {
		return path, len(path) - 1
	}
	return path, -1
}

// Place puts a publisher's name in the register on day on: the agency
// [Register.Resolve] finds, then up its chain of 主管機關 the 三級機關,
// the ministry (the first agency of 機關層級 2 or less, or the top of the
// chain when its level is given, as [Register.Ministry] finds it), the
// 院 and the local government. A name Resolve does not answer Resolved
// keeps Resolve's answer (NotRegistered, Ambiguous, NoResolution) and is
// not placed; one whose chain the register cuts before a ministry is
// Unrooted. Nothing is guessed: a name the register does not hold is
// never its own ministry. Placing a name that needs no folding does not
// allocate.
func (a Register) Place(name string, on rocdate.Date) Placement {
	g, res := a.Resolve(name, on)
	p := Placement{Name: name, Resolution: res}
	if res != Resolved {
		return p
	}
	p.Agency = g
	var buf [maxChain]int
	path, m := a.head(a.byCode[g.Code], on, &buf)
	if m < 0 {
		p.Resolution = Unrooted
		return p
	}
	p.Ministry = a.list[path[m]]
	if m > 0 {
		p.Third = a.list[path[m-1]]
	}
	for k := len(path) - 1; k >= 0; k-- {
		if g := a.list[path[k]]; isLocalGovernment(agencyKey(g.Name)) {
			p.Local = g
			break
		}
	}
	if p.Local.Code != "" {
		return p
	}
	for _, i := range path[m:] {
		if k := agencyKey(a.list[i].Name); isYuan(k) {
			p.Yuan = k
			break
		}
	}
	if p.Yuan == "" && p.Ministry.Parent == "" && p.Ministry.Level == 2 {
		p.Yuan = "行政院" // a 二級機關 under none: the register's 行政院
	}
	return p
}

// placePublisher places a catalog's publisher: the Ministry of Justice's
// own by the name the ministry writes (法務部統計處), then as the
// platform wrote it.
func (a Register) placePublisher(p Publisher, on rocdate.Date) Placement {
	if p.Own() {
		if q := a.Place("法務部"+p.Name(), on); q.Resolution != NotRegistered {
			q.Name = p.Name()
			return q
		}
	}
	return a.Place(p.Name(), on)
}

// An AgencyCount is the number of listed datasets counted under one
// agency of the register.
type AgencyCount struct {
	Agency   RegisteredAgency `json:"agency"`
	Datasets int              `json:"datasets,omitzero"`
}

// An Unplaced is a publisher of a catalog that [Register.Place] could not
// place on the day, with its listed datasets: they are counted under no
// agency.
type Unplaced struct {
	Name       string     `json:"name"`                // the publisher, as the catalog names it
	Resolution Resolution `json:"resolution,omitzero"` // why: NotRegistered, Ambiguous or Unrooted
	Datasets   int        `json:"datasets,omitzero"`   // its listed datasets
}

// A RollUp is a catalog's listed datasets counted by the register on a
// day, as [Register.RollUp] counts them. Every list is in descending
// count: agencies' ties in the register's order, publishers' not placed
// in stroke order of their names.
type RollUp struct {
	On               rocdate.Date  `json:"on,omitzero"`
	Listed           int           `json:"listed,omitzero"`           // listed datasets in the catalog
	Agencies         []AgencyCount `json:"agencies"`                  // per agency that publishes, its own datasets
	Thirds           []AgencyCount `json:"thirds"`                    // per 三級機關, with the agencies below it; a ministry's own datasets are in no 三級機關
	Ministries       []AgencyCount `json:"ministries"`                // per 二級機關 (or 院, 直轄市/縣市政府), with every agency below it
	Unplaced         []Unplaced    `json:"unplaced"`                  // publishers not placed
	UnplacedDatasets int           `json:"unplacedDatasets,omitzero"` // listed datasets of the publishers not placed
}

// RollUp counts the listed datasets of c by the register on day on: per
// agency that publishes, per 三級機關 and per 二級機關 (部會), each
// publisher placed by [Register.Place] (the Ministry of Justice's own
// publishers by their names after 法務部 first). A publisher the register
// does not place is listed in Unplaced with its datasets, never counted
// as an agency of its own. Listed = the datasets counted per ministry +
// UnplacedDatasets. The work is linear in the catalog, plus a sort of the agencies.
func (a Register) RollUp(c Catalog, on rocdate.Date) RollUp {
	out := RollUp{On: on, Listed: c.Listed()}
	per, third, ministry := map[int]int{}, map[int]int{}, map[int]int{}
	out.Unplaced, out.UnplacedDatasets = a.placeAll(c, on, func(p Placement, n int) {
		per[a.byCode[p.Agency.Code]] += n
		ministry[a.byCode[p.Ministry.Code]] += n
		if p.Third.Code != "" {
			third[a.byCode[p.Third.Code]] += n
		}
	})
	out.Agencies, out.Thirds, out.Ministries = a.counts(per), a.counts(third), a.counts(ministry)
	return out
}

// placeAll places every publisher of c with listed datasets on day on,
// calling each with the placement and the publisher's listed datasets
// for those placed, and returns those not placed and their datasets.
func (a Register) placeAll(c Catalog, on rocdate.Date, each func(Placement, int)) ([]Unplaced, int) {
	unplaced := []Unplaced{}
	missing := 0
	at := map[string]int{} // name → index in unplaced
	for pub, n := range c.Counts(false) {
		p := a.placePublisher(pub, on)
		if p.Placed() {
			each(p, n)
			continue
		}
		missing += n
		if i, ok := at[pub.Name()]; ok {
			unplaced[i].Datasets += n
			continue
		}
		at[pub.Name()] = len(unplaced)
		unplaced = append(unplaced, Unplaced{Name: pub.Name(), Resolution: p.Resolution, Datasets: n})
	}
	sortByCount(unplaced, func(u Unplaced) (string, int) { return u.Name, u.Datasets })
	return unplaced, missing
}

// counts returns the counts of m (register index → datasets) as a list,
// by descending count, ties in the register's order.
func (a Register) counts(m map[int]int) []AgencyCount {
	idx := make([]int, 0, len(m))
	for i := range m {
		idx = append(idx, i)
	}
	slices.SortFunc(idx, func(i, j int) int {
		if c := cmp.Compare(m[j], m[i]); c != 0 {
			return c
		}
		return cmp.Compare(i, j)
	})
	out := make([]AgencyCount, len(idx))
	for k, i := range idx {
		out[k] = AgencyCount{Agency: a.list[i], Datasets: m[i]}
	}
	return out
}

// sortByCount sorts s by descending count, ties in stroke order of the
// names key gives (unique per element). Each key is taken once.
func sortByCount[T any](s []T, key func(T) (string, int)) {
	type item struct {
		name  string
		count int
		rank  int // place of name in stroke order
		v     T
	}
	items := make([]item, len(s))
	names := make([]string, len(s))
	for i, v := range s {
		items[i].name, items[i].count = key(v)
		items[i].v = v
		names[i] = items[i].name
	}
	sortNames(names)
	order := make(map[string]int, len(names))
	for i, n := range names {
		order[n] = i
	}
	for i := range items {
		items[i].rank = order[items[i].name]
	}
	slices.SortFunc(items, func(x, y item) int {
		if c := cmp.Compare(y.count, x.count); c != 0 {
			return c
		}
		return cmp.Compare(x.rank, y.rank)
	})
	for i := range items {
		s[i] = items[i].v
	}
}

// A MinistryRanking is the heads of one scope ranked by the listed
// datasets of the agencies below them, as [Register.RankMinistries]
// ranks them, with the publishers it could not place.
type MinistryRanking struct {
	On               rocdate.Date `json:"on,omitzero"`
	Scope            Scope        `json:"scope,omitzero"`
	Ranked           []Ranked     `json:"ranked"`                    // the heads, as [Rank] ranks them
	Unplaced         []Unplaced   `json:"unplaced"`                  // publishers the register does not place on the day
	UnplacedDatasets int          `json:"unplacedDatasets,omitzero"` // their listed datasets
	OutOfScope       int          `json:"outOfScope,omitzero"`       // listed datasets placed outside the scope (a city's, among the 部會)
}

// Complete reports whether every publisher was placed: only then does
// the ranking rank every dataset.
func (r MinistryRanking) Complete() bool { return len(r.Unplaced) == 0 }

var _ finding.Result = MinistryRanking{}

// Head returns the ranking as one result: code datasets.ministry-ranking.
// A ranking is a figure computed, not a check of anything printed, so a
// complete one has no verdict and no severity: it is never 符合, which
// only a check of a document can be ([MinistryRanking.CheckClaim] checks
// one). An incomplete one (publishers the register does not place) is
// finding.Unchecked with severity finding.Notice: their datasets could
// change any rank, so the ranking is not known, and the message says
// how many publishers and datasets are missing. It points at no row.
func (r MinistryRanking) Head() finding.Head {
	h := finding.Head{Code: "datasets.ministry-ranking"}
	if !r.Complete() {
		h.Severity, h.Verdict = finding.Notice, finding.Unchecked
	}
	return h
}

// Datasets returns the listed datasets the ranking ranks: the sum of
// its heads' counts (saturating at the int range, never wrapped).
func (r MinistryRanking) Datasets() int {
	n := 0
	for _, h := range r.Ranked {
		var ok bool
		if n, ok = add(n, h.Count); !ok {
			if h.Count > 0 {
				return math.MaxInt
			}
			return math.MinInt
		}
	}
	return n
}

// String returns the ranking's summary in Traditional Chinese:
// Message(finding.Chinese).
func (r MinistryRanking) String() string { return r.Message(finding.Chinese) }

// Message returns the ranking in one line, in the language nearest to t:
// its scope and day, the heads ranked and the datasets they count,
// 行政院各部會資料集數量排名（111年5月19日）：計2個機關，資料集5筆; for an
// incomplete ranking, then the publishers not placed and their datasets,
// and that the ranking is not known.
func (r MinistryRanking) Message(t language.Tag) string {
	on := ""
	if !r.On.IsZero() {
		on = i18n.Sprintf(t, "datasets.ministry-ranking.on", r.On)
	}
	s := i18n.Sprintf(t, "datasets.ministry-ranking", r.Scope.Message(t), on, i18n.Number(len(r.Ranked)), i18n.Number(r.Datasets()))
	if r.Complete() {
		return s
	}
	return i18n.Sprintf(t, "datasets.ministry-ranking.unplaced", s, i18n.Number(len(r.Unplaced)), i18n.Number(r.UnplacedDatasets))
}

// RankMinistries ranks the heads of scope s (the 部會 of 行政院 for the
// zero Scope) by the listed datasets of c that the register places under
// them on day on ([Register.Place], [Placement.CountedUnder]), as [Rank] ranks:
// competition ranks, ties in stroke order. Publishers the register does
// not place are reported in Unplaced, with their datasets in UnplacedDatasets,
// and ranked nowhere: a ranking with any is incomplete, and
// [MinistryRanking.CheckClaim] does not check a claim against it.
// Datasets placed outside the scope (a local government's, in the
// ranking of 部會) are counted in OutOfScope. This is the national
// ranking; the package-level [RankMinistries] ranks by the embedded
// hierarchy of the deck's publishers. The work is linear in the catalog.
func (a Register) RankMinistries(c Catalog, on rocdate.Date, s Scope) MinistryRanking {
	out := MinistryRanking{On: on, Scope: s}
	heads := map[string]int{}
	out.Unplaced, out.UnplacedDatasets = a.placeAll(c, on, func(p Placement, n int) {
		if h, ok := p.CountedUnder(s); ok {
			heads[h] += n
		} else {
			out.OutOfScope += n
		}
	})
	names := make([]string, 0, len(heads))
	for h := range heads {
		names = append(names, h)
	}
	sortNames(names)
	entries := make([]Entry, len(names))
	for i, h := range names {
		entries[i] = Entry{Name: h, Count: heads[h]}
	}
	out.Ranked = Rank(entries)
	return out
}

// CheckClaim checks a claim such as 資料開放數量名列各部會第二 against the
// ranking, as [CheckRankClaim] does, for the agency c names or name. When
// any publisher was not placed, the claim is not checked: finding.Unchecked
// (Why datasets.rank-claim.unplaced), with the number of publishers and of
// their datasets in Unplaced and UnplacedDatasets, since those datasets could
// change any rank.
func (r MinistryRanking) CheckClaim(name string, c RankClaim) RankCheck {
	if len(r.Unplaced) == 0 {
		return CheckRankClaim(r.Ranked, name, c)
	}
	k := RankCheck{Code: "datasets.rank-claim", Claim: c, Name: c.Name, Printed: c.Rank,
		Why: "datasets.rank-claim.unplaced", Unplaced: len(r.Unplaced), UnplacedDatasets: r.UnplacedDatasets}
	if k.Name == "" {
		k.Name = name
	}
	k.Verdict, k.Severity = finding.Unchecked, finding.Notice
	k.Detail = k.detail(finding.Chinese)
	return k
}

package law

import (
	"strings"
	"time"

	"github.com/ogdtw/governance/internal/errtype"
	"github.com/ogdtw/governance/internal/i18n"
	"github.com/ogdtw/governance/rocdate"
)

// NameMatch says how the name a citation gives matched a statute of the
// registry. The zero value, NoMatch, is no statute: no match given.
type NameMatch uint8

const (
	// NoMatch: no statute of the registry bears the name.
	NoMatch NameMatch = iota
	// MatchOfficial: the statute's official name (刑事訴訟法).
	MatchOfficial
	// MatchShort: a short name in common use (刑訴法, 通保法, 個資法).
	MatchShort
	// MatchFormer: a name the statute bore before (電腦處理個人資料保護法
	// for 個人資料保護法).
	MatchFormer
	// MatchPartial: the official name without its first words, as the deck
	// cites 國家安全或重大利益公務人員特殊查核辦法 for
	// 涉及國家安全或重大利益公務人員特殊查核辦法. The citation should be
	// corrected to the official name.
	MatchPartial
)

var nameMatchText = enumText{
	Type:  "NameMatch",
	Names: []string{"查無", "正式名稱", "簡稱", "舊名", "名稱不全"},
	IDs:   []string{"none", "official", "short", "former", "partial"},
}

// String returns the match in Chinese: 查無, 正式名稱, 簡稱, 舊名, 名稱不全.
func (m NameMatch) String() string { return nameMatchText.Word(uint8(m)) }

// IsValid reports whether m is NoMatch or one of the defined matches.
func (m NameMatch) IsValid() bool { return nameMatchText.Valid(uint8(m)) }

// AppendText appends the match as String gives it to b. It fails with
// ErrRange for an invalid match.
func (m NameMatch) AppendText(b []byte) ([]byte, error) {
	return nameMatchText.AppendText(b, uint8(m))
}

// MarshalText returns the match as String gives it.
func (m NameMatch) MarshalText() ([]byte, error) { return m.AppendText(nil) }

// UnmarshalText sets m as ParseNameMatch reads b.
func (m *NameMatch) UnmarshalText(b []byte) error {
	v, err := ParseNameMatch(string(b))
	if err == nil {
		*m = v
	}
	return err
}

// ParseNameMatch reads a match from its Chinese name (查無, 正式名稱, 簡稱,
// 舊名, 名稱不全) or its English id (none, official, short, former,
// partial); "" is NoMatch.
func ParseNameMatch(s string) (NameMatch, error) {
	if strings.TrimSpace(s) == "" {
		return NoMatch, nil
	}
	v, err := nameMatchText.Parse("ParseNameMatch", s)
	return NameMatch(v), err
}

// A Statute is a law of a [Registry], as [Registry.Lookup] or
// [Registry.ByPCode] find it. Statute is comparable; two Statutes of
// different registries are the same law when their PCodes are equal
// ([Statute.Is]). The zero Statute is no statute.
type Statute struct {
	r *Registry
	i int32
}

// minPartial is the shortest partial name accepted, in bytes (four
// Chinese characters), and partialShare the part of the official name, in
// thirds, it must keep: a name that leaves out a word or two, not one that
// merely ends alike (保護法).
const (
	minPartial   = 12
	partialShare = 2
)

// Lookup returns the statute of r named name, which may be its official
// name, a short name, a former name, or the official name without its first
// words (as long as it keeps two thirds of it and no other statute's name
// ends the same), and how the name matched. Surrounding spaces and 《》 or
// 「」 are ignored. Where two laws bear a name, a law in force comes before
// an abandoned one and an official name before a short or former one. It
// returns the zero Statute and NoMatch when r has no such statute. A
// lookup that finds one does not allocate; its cost does not grow with the
// number of laws. The first lookup of a registry (by name or PCode) builds
// its index, once: about 40 ms for the whole law database.
func (r *Registry) Lookup(name string) (Statute, NameMatch) {
	if r == nil {
		return Statute{}, NoMatch
	}
	r.indexed()
	if ref, ok := r.byName[name]; ok {
		return Statute{r, ref.law}, ref.kind // the common case: a name as Citation.Law gives it
	}
	name = trimName(name)
	if ref, ok := r.byName[name]; ok {
		return Statute{r, ref.law}, ref.kind
	}
	if len(name) < minPartial {
		return Statute{}, NoMatch
	}
	if i, ok := r.suffix[name]; ok && i >= 0 && 3*len(name) >= partialShare*len(r.laws[i].name) {
		return Statute{r, i}, MatchPartial
	}
	return Statute{}, NoMatch
}

// entry returns the law's entry; s must not be zero.
func (s Statute) entry() *lawEntry { return &s.r.laws[s.i] }

// IsZero reports whether s is the zero Statute.
func (s Statute) IsZero() bool { return s.r == nil }

// Is reports whether s and t are the same law: both known and of the same
// PCode, whatever registry they come from and whatever name found them.
func (s Statute) Is(t Statute) bool {
	return !s.IsZero() && !t.IsZero() && s.PCode() == t.PCode()
}

// Equal reports whether s and t are the same Statute of the same
// registry, as == does; use [Statute.Is] to compare laws across
// registries.
func (s Statute) Equal(t Statute) bool { return s == t }

// Registry returns the registry s belongs to, nil for the zero Statute.
func (s Statute) Registry() *Registry { return s.r }

// Name returns the statute's official name, "" for the zero Statute.
func (s Statute) Name() string {
	if s.IsZero() {
		return ""
	}
	return s.entry().name
}

// String returns the statute's official name.
func (s Statute) String() string { return s.Name() }

// AppendText appends the statute's PCode and official name to b,
// I0050021 個人資料保護法, nothing for the zero Statute.
func (s Statute) AppendText(b []byte) ([]byte, error) {
	if s.IsZero() {
		return b, nil
	}
	return append(append(append(b, s.PCode()...), ' '), s.Name()...), nil
}

// MarshalText returns the statute as AppendText writes it: a Statute is
// written in JSON as its PCode and name, I0050021 個人資料保護法.
func (s Statute) MarshalText() ([]byte, error) { return s.AppendText(nil) }

// UnmarshalText sets s to the statute of the [Default] registry that b
// names, by its PCode (what MarshalText writes) or by a name Lookup finds;
// "" is the zero Statute. A law Default does not hold is a *ParseError
// wrapping ErrUnknown.
func (s *Statute) UnmarshalText(b []byte) error {
	const fn = "Statute.UnmarshalText"
	if len(b) == 0 {
		*s = Statute{}
		return nil
	}
	t := string(b)
	pcode, _, _ := strings.Cut(t, " ")
	if v, ok := Default().ByPCode(pcode); ok {
		*s = v
		return nil
	}
	v, m := Default().Lookup(t)
	if m == NoMatch {
		return parseError(fn, t, ErrUnknown, "law.unknown.name")
	}
	*s = v
	return nil
}

// PCode returns the statute's code in the national law database
// (C0010001 for 刑事訴訟法), its identity; "" for the zero Statute.
func (s Statute) PCode() string {
	if s.IsZero() {
		return ""
	}
	return s.entry().pcode
}

// Abandoned reports whether the statute is abandoned (廢止): the law
// database keeps it with 廢 as its LawAbandonNote.
func (s Statute) Abandoned() bool { return !s.IsZero() && s.entry().abandoned }

// Level returns the statute's level as the law database writes it: 憲法,
// 法律 or 命令; "" when the registry does not say (the embedded one).
func (s Statute) Level() string {
	if s.IsZero() {
		return ""
	}
	return s.entry().level
}

// Category returns the statute's category in the law database, its
// levels joined by ＞ (行政＞法務部＞法制目); "" when not known.
func (s Statute) Category() string {
	if s.IsZero() {
		return ""
	}
	return s.entry().category
}

// Modified returns the date of the statute's latest amendment as the law
// database records it (LawModifiedDate), the zero Date when not known.
func (s Statute) Modified() rocdate.Date {
	if s.IsZero() || s.entry().modified == 0 {
		return rocdate.Date{}
	}
	return dateOf(s.entry().modified)
}

// ShortNames returns the statute's short names (刑訴法), a new slice.
func (s Statute) ShortNames() []string { return s.names(MatchShort) }

// FormerNames returns the names the statute bore before, a new slice.
func (s Statute) FormerNames() []string { return s.names(MatchFormer) }

func (s Statute) names(kind NameMatch) []string {
	if s.IsZero() {
		return nil
	}
	var out []string
	for _, n := range s.entry().names {
		if n.kind == kind {
			out = append(out, n.name)
		}
	}
	return out
}

// Versions returns the statute's versions whose texts the registry holds,
// oldest first, in a new slice. A decoded registry holds one, the text of
// the snapshot's day; the embedded one holds the versions since the texts
// the deck's inventories cite.
func (s Statute) Versions() []StatuteVersion {
	if s.IsZero() {
		return nil
	}
	out := make([]StatuteVersion, len(s.entry().versions))
	for i := range out {
		out[i] = StatuteVersion{s, int32(i)}
	}
	return out
}

// VersionOn returns the version of the statute in force on d: the latest
// version dated (by its 最新異動日期, the day of promulgation as the law
// database records it) on or before d. It reports false for the zero
// Statute, and when d precedes every version the registry holds, which
// then cannot say what the statute read.
func (s Statute) VersionOn(d rocdate.Date) (StatuteVersion, bool) {
	if s.IsZero() || d.IsZero() {
		return StatuteVersion{}, false
	}
	day := ymd(d)
	vs := s.entry().versions
	for i := len(vs) - 1; i >= 0; i-- {
		if vs[i].date <= day {
			return StatuteVersion{s, int32(i)}, true
		}
	}
	return StatuteVersion{}, false
}

// A StatuteVersion is one version of a statute: its text as amended on a
// date. It is comparable; the zero StatuteVersion is no version.
type StatuteVersion struct {
	s Statute
	i int32
}

// v returns the version's data; v must not be zero.
func (v StatuteVersion) v() *version { return v.s.entry().versions[v.i] }

// IsZero reports whether v is the zero StatuteVersion.
func (v StatuteVersion) IsZero() bool { return v.s.IsZero() }

// Equal reports whether v and w are the same version of the same
// registry, as == does.
func (v StatuteVersion) Equal(w StatuteVersion) bool { return v == w }

// Statute returns the statute v is a version of.
func (v StatuteVersion) Statute() Statute { return v.s }

// Date returns the version's date (最新異動日期), the zero Date for the zero
// StatuteVersion.
func (v StatuteVersion) Date() rocdate.Date {
	if v.IsZero() {
		return rocdate.Date{}
	}
	return dateOf(v.v().date)
}

// String returns the statute and the version's date and act, as
// Message(finding.Chinese): 刑事訴訟法（113年7月31日修正公布）,
// 政府資訊公開法（94年12月28日制定公布）. The zero StatuteVersion is "".
func (v StatuteVersion) String() string {
	if v.IsZero() {
		return ""
	}
	return v.s.Name() + "（" + v.Date().String() + v.actWords() + "）"
}

// actWords returns the words of the version's act, 異動 when not known.
func (v StatuteVersion) actWords() string {
	if a := v.Act(); a != NoAct {
		return a.String()
	}
	return "異動"
}

// AppendText appends the version as String gives it to b, nothing for
// the zero StatuteVersion.
func (v StatuteVersion) AppendText(b []byte) ([]byte, error) { return append(b, v.String()...), nil }

// MarshalText returns the version as String gives it:
// 刑事訴訟法（113年7月31日修正公布）.
func (v StatuteVersion) MarshalText() ([]byte, error) { return v.AppendText(nil) }

// UnmarshalText reads what MarshalText writes, against the [Default]
// registry: the statute's name and the version's date and act,
// 刑事訴訟法（113年7月31日修正公布）; the words after the date may also be
// 修正 or 異動, as older texts wrote every version; "" is the zero
// StatuteVersion. A statute or a version the registry does not hold is a
// *ParseError wrapping ErrUnknown; other text wraps ErrSyntax.
func (v *StatuteVersion) UnmarshalText(b []byte) error {
	const fn = "StatuteVersion.UnmarshalText"
	t := string(b)
	if t == "" {
		*v = StatuteVersion{}
		return nil
	}
	i := strings.LastIndex(t, "（")
	rest, ok := strings.CutSuffix(t[max(i, 0):], "）")
	day := strings.LastIndex(rest, "日")
	if i <= 0 || !ok || day < 0 || !versionWord(rest[day+len("日"):]) {
		return parseError(fn, t, ErrSyntax, "law.syntax.version")
	}
	d, err := rocdate.Parse(strings.TrimPrefix(rest[:day+len("日")], "（"))
	if err != nil {
		why, _ := errtype.Why(err) // rocdate's
		return errtype.With[pkg](fn, t, ErrSyntax, i18n.NewDetail("law.syntax.date", why))
	}
	s, m := Default().Lookup(t[:i])
	if m == NoMatch {
		return parseError(fn, t, ErrUnknown, "law.unknown.name")
	}
	for _, w := range s.Versions() {
		if w.Date() == d {
			*v = w
			return nil
		}
	}
	return parseError(fn, t, ErrUnknown, "law.unknown.version")
}

// versionWord reports whether w is a word a version is described by: an
// act's, 修正 or 異動.
func versionWord(w string) bool {
	if w == "修正" || w == "異動" {
		return true
	}
	a, err := ParseAct(w)
	return err == nil && a != NoAct && w == a.String()
}

// Has reports whether the provision p exists in the version: its article
// (with its 之N) is there and not repealed, and so are the paragraph,
// subparagraph and item it names. A 款 cited directly under an article
// (檔案法第18條第2款) is one of the article's only paragraph with 款. The
// Part of p is not checked. A p without an article (第二項第一款) does not
// exist on its own.
func (v StatuteVersion) Has(p Provision) bool {
	_, ok := v.find(p)
	return ok
}

// Repealed reports whether the article of p is in the version as repealed
// (（刪除）).
func (v StatuteVersion) Repealed(p Provision) bool {
	if v.IsZero() {
		return false
	}
	a, ok := v.v().article(p.Article, p.ArticleSub)
	return ok && a.repealed
}

// Children returns how many provisions p has one level down in the
// version: the paragraphs (項) of an article, the subparagraphs (款) of a
// paragraph, the items (目) of a subparagraph. It reports false when p does
// not exist in the version.
func (v StatuteVersion) Children(p Provision) (int, bool) {
	n, ok := v.find(p)
	if !ok {
		return 0, false
	}
	return int(v.v().nodes[n].kids), true
}

// find returns the node of p in the version.
func (v StatuteVersion) find(p Provision) (int32, bool) {
	if v.IsZero() || p.Article <= 0 {
		return 0, false
	}
	return v.v().find(pathOf(p))
}

// ymd returns d as the YYYYMMDD integer the law database writes.
func ymd(d rocdate.Date) int {
	return d.GregorianYear()*10000 + int(d.Month())*100 + d.Day()
}

// dateOf returns the Date of a YYYYMMDD integer of the registry, which are
// all valid days after 1912 (Decode checks them); the zero Date otherwise.
func dateOf(n int) rocdate.Date {
	d, err := rocdate.New(n/10000-1911, time.Month(n/100%100), n%100)
	if err != nil {
		return rocdate.Date{}
	}
	return d
}

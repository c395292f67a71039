package inventory

import (
	"strconv"
	"strings"
	"time"

	"github.com/ogdtw/governance/internal/lawdata"
	"github.com/ogdtw/governance/rocdate"
)

// StatutesUpdated returns the date of the latest amendment the statute
// registry holds: the state of the national law database it was generated
// from. Amendments after it are unknown to the library.
func StatutesUpdated() rocdate.Date { return dateOf(lawdata.Updated) }

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
	typ:   "NameMatch",
	names: []string{"查無", "正式名稱", "簡稱", "舊名", "名稱不全"},
	ids:   []string{"none", "official", "short", "former", "partial"},
}

// String returns the match in Chinese: 查無, 正式名稱, 簡稱, 舊名, 名稱不全.
func (m NameMatch) String() string { return nameMatchText.str(uint8(m)) }

// IsValid reports whether m is NoMatch or one of the defined matches.
func (m NameMatch) IsValid() bool { return nameMatchText.valid(uint8(m)) }

// AppendText appends the match as String gives it to b. It fails with
// ErrRange for an invalid match.
func (m NameMatch) AppendText(b []byte) ([]byte, error) {
	return nameMatchText.appendText(b, uint8(m))
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
	v, err := nameMatchText.parse("ParseNameMatch", s)
	return NameMatch(v), err
}

// A Statute is a law of the statute registry: the laws that inventories
// cite, with their versions from the national law database. Statutes come
// from [LookupStatute]. Statute is comparable; the zero Statute is no
// statute.
type Statute struct {
	law   lawdata.Law
	known bool
}

// minPartial is the shortest partial name accepted, in bytes (four
// Chinese characters), and partialShare the part of the official name, in
// thirds, it must keep: a name that leaves out a word or two, not one that
// merely ends alike (保護法).
const (
	minPartial   = 12
	partialShare = 2
)

// LookupStatute returns the statute named name, which may be its official
// name, a short name, a former name, or the official name without its first
// words (as long as it keeps two thirds of it and no other statute's name
// ends the same), and how the name matched. Surrounding spaces and 《》 or
// 「」 are ignored. It returns the zero Statute and NoMatch when the
// registry has no such statute. A lookup that finds one does not allocate.
func LookupStatute(name string) (Statute, NameMatch) {
	if s, m := lookupExact(name); m != NoMatch {
		return s, m // the common case: a name as Citation.Law gives it
	}
	name = strings.TrimSpace(name)
	if t, ok := strings.CutPrefix(name, "《"); ok {
		name, _ = strings.CutSuffix(t, "》")
	} else if t, ok := strings.CutPrefix(name, "「"); ok {
		name, _ = strings.CutSuffix(t, "」")
	}
	if s, m := lookupExact(name); m != NoMatch {
		return s, m
	}
	if l, ok := lawdata.LookupSuffix(name, minPartial); ok && 3*len(name) >= partialShare*len(l.Name()) {
		return Statute{l, true}, MatchPartial
	}
	return Statute{}, NoMatch
}

// lookupExact looks name up as it is among the registry's names.
func lookupExact(name string) (Statute, NameMatch) {
	l, kind, ok := lawdata.Lookup(name)
	switch {
	case !ok:
		return Statute{}, NoMatch
	case kind == lawdata.Short:
		return Statute{l, true}, MatchShort
	case kind == lawdata.Former:
		return Statute{l, true}, MatchFormer
	}
	return Statute{l, true}, MatchOfficial
}

// IsZero reports whether s is the zero Statute.
func (s Statute) IsZero() bool { return !s.known }

// Name returns the statute's official name, "" for the zero Statute.
func (s Statute) Name() string {
	if !s.known {
		return ""
	}
	return s.law.Name()
}

// String returns the statute's official name.
func (s Statute) String() string { return s.Name() }

// AppendText appends the statute's official name to b, nothing for the
// zero Statute.
func (s Statute) AppendText(b []byte) ([]byte, error) { return append(b, s.Name()...), nil }

// MarshalText returns the statute's official name: a Statute is written
// in JSON as its name.
func (s Statute) MarshalText() ([]byte, error) { return s.AppendText(nil) }

// UnmarshalText sets s to the statute LookupStatute finds by the name b;
// "" is the zero Statute. A name the registry does not know is a
// *ParseError wrapping ErrRange.
func (s *Statute) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*s = Statute{}
		return nil
	}
	v, m := LookupStatute(string(b))
	if m == NoMatch {
		return parseError("Statute.UnmarshalText", string(b), "no statute of the registry bears the name", ErrRange)
	}
	*s = v
	return nil
}

// PCode returns the statute's code in the national law database
// (C0010001 for 刑事訴訟法), "" for the zero Statute.
func (s Statute) PCode() string {
	if !s.known {
		return ""
	}
	return s.law.PCode()
}

// ShortNames returns the statute's short names (刑訴法), a new slice.
func (s Statute) ShortNames() []string { return s.names(lawdata.Short) }

// FormerNames returns the names the statute bore before, a new slice.
func (s Statute) FormerNames() []string { return s.names(lawdata.Former) }

func (s Statute) names(kind lawdata.NameKind) []string {
	if !s.known {
		return nil
	}
	var out []string
	for n, k := range s.law.Names() {
		if k == kind {
			out = append(out, n)
		}
	}
	return out
}

// Versions returns the statute's versions the registry holds, oldest
// first, in a new slice.
func (s Statute) Versions() []StatuteVersion {
	if !s.known {
		return nil
	}
	out := make([]StatuteVersion, s.law.NumVersions())
	for i := range out {
		out[i] = StatuteVersion{s.law.Version(i), true}
	}
	return out
}

// VersionOn returns the version of the statute in force on d: the latest
// version dated (by its 最新異動日期, the day of promulgation as the law
// database records it) on or before d. It reports false for the zero
// Statute, and when d precedes every version the registry holds, which
// then cannot say what the statute read.
func (s Statute) VersionOn(d rocdate.Date) (StatuteVersion, bool) {
	if !s.known || d.IsZero() {
		return StatuteVersion{}, false
	}
	v, ok := s.law.VersionOn(ymd(d))
	return StatuteVersion{v, ok}, ok
}

// A StatuteVersion is one version of a statute: its text as amended on a
// date. It is comparable; the zero StatuteVersion is no version.
type StatuteVersion struct {
	v     lawdata.Version
	known bool
}

// IsZero reports whether v is the zero StatuteVersion.
func (v StatuteVersion) IsZero() bool { return !v.known }

// Statute returns the statute v is a version of.
func (v StatuteVersion) Statute() Statute {
	if !v.known {
		return Statute{}
	}
	return Statute{v.v.Law(), true}
}

// Date returns the version's date (最新異動日期), the zero Date for the zero
// StatuteVersion.
func (v StatuteVersion) Date() rocdate.Date {
	if !v.known {
		return rocdate.Date{}
	}
	return dateOf(v.v.Date())
}

// String returns the statute and the version's date:
// 刑事訴訟法（113年7月31日修正）. The zero StatuteVersion is "".
func (v StatuteVersion) String() string {
	if !v.known {
		return ""
	}
	return v.v.Law().Name() + "（" + v.Date().String() + "修正）"
}

// AppendText appends the version as String gives it to b, nothing for
// the zero StatuteVersion.
func (v StatuteVersion) AppendText(b []byte) ([]byte, error) { return append(b, v.String()...), nil }

// MarshalText returns the version as String gives it:
// 刑事訴訟法（113年7月31日修正）.
func (v StatuteVersion) MarshalText() ([]byte, error) { return v.AppendText(nil) }

// UnmarshalText reads what MarshalText writes: the statute's name and the
// version's date, 刑事訴訟法（113年7月31日修正）; "" is the zero
// StatuteVersion. A statute or a version the registry does not hold is a
// *ParseError wrapping ErrRange; other text wraps ErrSyntax.
func (v *StatuteVersion) UnmarshalText(b []byte) error {
	const fn = "StatuteVersion.UnmarshalText"
	t := string(b)
	if t == "" {
		*v = StatuteVersion{}
		return nil
	}
	i := strings.LastIndex(t, "（")
	rest, ok := strings.CutSuffix(t[max(i, 0):], "修正）")
	if i <= 0 || !ok {
		return parseError(fn, t, "not a statute and the date of its version", ErrSyntax)
	}
	d, err := rocdate.Parse(strings.TrimPrefix(rest, "（"))
	if err != nil {
		return parseError(fn, t, "not a date: "+err.Error(), ErrSyntax)
	}
	s, m := LookupStatute(t[:i])
	if m == NoMatch {
		return parseError(fn, t, "no statute of the registry bears the name", ErrRange)
	}
	for _, w := range s.Versions() {
		if w.Date() == d {
			*v = w
			return nil
		}
	}
	return parseError(fn, t, "no version of the statute on that date", ErrRange)
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
	if !v.known {
		return false
	}
	a, ok := v.v.Article(p.Article, p.ArticleSub)
	return ok && a.Repealed()
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
	return n.NumChildren(), true
}

func (v StatuteVersion) find(p Provision) (lawdata.Node, bool) {
	if !v.known || p.Article <= 0 {
		return lawdata.Node{}, false
	}
	return v.v.Find(pathOf(p))
}

func pathOf(p Provision) lawdata.Path {
	return lawdata.Path{Article: p.Article, Sub: p.ArticleSub, Para: p.Paragraph, Subpara: p.Subparagraph, Item: p.Item}
}

// ymd returns d as the YYYYMMDD integer the law database writes.
func ymd(d rocdate.Date) int {
	return d.GregorianYear()*10000 + int(d.Month())*100 + d.Day()
}

// dateOf returns the Date of a YYYYMMDD integer of the law tables, which
// are all valid days after 1912.
func dateOf(n int) rocdate.Date {
	d, err := rocdate.New(n/10000-1911, time.Month(n/100%100), n%100)
	if err != nil {
		panic("inventory: invalid date in the statute tables: " + strconv.Itoa(n))
	}
	return d
}

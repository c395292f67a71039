package datasets

import (
	"slices"
	"strconv"
	"strings"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
	"golang.org/x/text/width"
)

// Kind is what a publisher is within the ministry. The zero Kind,
// NoKind, means not given; it is the kind of the zero Publisher.
type Kind uint8

const (
	// NoKind is the zero Kind: not given.
	NoKind Kind = iota
	// Unit is a unit of the ministry itself (本部單位), such as 統計處.
	Unit
	// Agency is an agency under the ministry (所屬機關), such as 矯正署.
	Agency
	// SubAgency is an agency under an agency (下級機關), such as
	// 矯正署臺中戒治所 under 矯正署.
	SubAgency
)

var kindText = enumText{
	typ:      "Kind",
	names:    []string{"", "本部單位", "所屬機關", "下級機關"},
	ids:      []string{"", "unit", "agency", "sub-agency"},
	variants: [][]string{nil, {"單位", "本部"}, {"機關"}, {"下級單位", "所屬下級機關"}},
}

// String returns the kind's Chinese label (本部單位, 所屬機關, 下級機關), ""
// for NoKind, and Kind(N) for an invalid value.
func (k Kind) String() string { return kindText.str(uint8(k)) }

// IsValid reports whether k is NoKind or a defined kind.
func (k Kind) IsValid() bool { return kindText.valid(uint8(k)) }

// AppendText appends the kind's String to b. It fails with [ErrRange] for
// an invalid kind.
func (k Kind) AppendText(b []byte) ([]byte, error) { return kindText.appendText(b, uint8(k)) }

// MarshalText returns the kind's String.
func (k Kind) MarshalText() ([]byte, error) { return k.AppendText(nil) }

// UnmarshalText reads a kind as [ParseKind] does.
func (k *Kind) UnmarshalText(b []byte) error {
	v, err := ParseKind(string(b))
	if err != nil {
		return err
	}
	*k = v
	return nil
}

// ParseKind reads 本部單位 (or 單位), 所屬機關 (or 機關) and 下級機關, the
// English ids unit, agency and sub-agency, and "" as NoKind.
func ParseKind(s string) (Kind, error) {
	v, err := kindText.parse("ParseKind", s)
	return Kind(v), err
}

// Group is a column group of the per-publisher table: the deck prints the
// ministry's units on the left and its agencies on the right. The zero
// Group, NoGroup, means not given; it is the group of the zero Publisher.
type Group uint8

const (
	// NoGroup is the zero Group: not given.
	NoGroup Group = iota
	// Units is 本部單位, the ministry's own units.
	Units
	// Agencies is 所屬機關, the agencies with their sub-agencies.
	Agencies
)

var groupText = enumText{
	typ:      "Group",
	names:    []string{"", "本部單位", "所屬機關"},
	ids:      []string{"", "units", "agencies"},
	variants: [][]string{nil, {"單位", "本部", "本部各單位"}, {"機關", "所屬各機關"}},
}

// String returns the group's Chinese label, 本部單位 or 所屬機關, "" for
// NoGroup, and Group(N) for an invalid value.
func (g Group) String() string { return groupText.str(uint8(g)) }

// IsValid reports whether g is NoGroup or a defined group.
func (g Group) IsValid() bool { return groupText.valid(uint8(g)) }

// AppendText appends the group's String to b. It fails with [ErrRange]
// for an invalid group.
func (g Group) AppendText(b []byte) ([]byte, error) { return groupText.appendText(b, uint8(g)) }

// MarshalText returns the group's String.
func (g Group) MarshalText() ([]byte, error) { return g.AppendText(nil) }

// UnmarshalText reads a group as [ParseGroup] does.
func (g *Group) UnmarshalText(b []byte) error {
	v, err := ParseGroup(string(b))
	if err != nil {
		return err
	}
	*g = v
	return nil
}

// ParseGroup reads 本部單位 (or 單位, 本部) and 所屬機關 (or 機關), the
// English ids units and agencies, and "" as NoGroup.
func ParseGroup(s string) (Group, error) {
	v, err := groupText.parse("ParseGroup", s)
	return Group(v), err
}

// Publisher is a unit or agency of the Ministry of Justice that publishes
// datasets on data.gov.tw. It is a small comparable value; the zero
// Publisher is no publisher. Publishers come from [LookupPublisher] and
// [Publishers]; the set is fixed, as the 111年度第1次會議 deck names it.
type Publisher struct {
	i uint8 // 1-based index into publisherTable; 0 is none
}

type publisherInfo struct {
	name   string
	short  string // "" when the deck uses the full name
	kind   Kind
	parent uint8 // 1-based index of the parent, for sub-agencies
}

// publisherTable lists the publishers in the deck's order (units, then
// agencies, each by descending count at 110 第4季), then those the deck
// names elsewhere. It is read only.
var publisherTable = [...]publisherInfo{
	{name: "統計處", kind: Unit},
	{name: "保護司", kind: Unit},
	{name: "法律事務司", kind: Unit},
	{name: "檢察司", kind: Unit},
	{name: "資訊處", kind: Unit},
	{name: "法制司", kind: Unit},
	{name: "國際及兩岸法律司", short: "國兩司", kind: Unit},
	{name: "秘書處", kind: Unit},
	{name: "人事處", kind: Unit},
	{name: "會計處", kind: Unit},
	{name: "政風小組", kind: Unit},
	{name: "綜合規劃司", kind: Unit},
	{name: "矯正署", kind: Agency},
	{name: "臺灣高等檢察署", short: "臺高檢", kind: Agency},
	{name: "行政執行署", kind: Agency},
	{name: "廉政署", kind: Agency},
	{name: "調查局", kind: Agency},
	{name: "司法官學院", kind: Agency},
	{name: "最高檢察署", kind: Agency},
	{name: "法醫研究所", kind: Agency},
	{name: "福建金門地方檢察署", short: "金門地檢", kind: Agency},
	{name: "福建高等檢察署金門檢察分署", short: "金門高分檢", kind: Agency},
	{name: "福建連江地方檢察署", short: "連江地檢", kind: Agency},
	{name: "臺灣橋頭地方檢察署", short: "橋頭地檢", kind: Agency},
	{name: "矯正署臺中戒治所", short: "臺中戒治所", kind: SubAgency, parent: 13},
}

func (p Publisher) info() *publisherInfo {
	if p.i == 0 || int(p.i) > len(publisherTable) {
		return &publisherInfo{}
	}
	return &publisherTable[p.i-1]
}

// IsZero reports whether p is the zero Publisher.
func (p Publisher) IsZero() bool { return p.i == 0 }

// Name returns the full name as the ministry writes it after 法務部, such
// as 國際及兩岸法律司 or 臺灣高等檢察署; "" for the zero Publisher.
func (p Publisher) Name() string { return p.info().name }

// Short returns the short name the deck prints, such as 國兩司 or 臺高檢;
// it is the full name when there is no shorter one.
func (p Publisher) Short() string {
	if in := p.info(); in.short != "" {
		return in.short
	}
	return p.Name()
}

// String returns the full name, see [Publisher.Name].
func (p Publisher) String() string { return p.Name() }

// Kind returns whether p is a unit, an agency or a sub-agency.
func (p Publisher) Kind() Kind { return p.info().kind }

// Group returns the table group p is counted in: [Units] for units,
// [Agencies] for agencies and sub-agencies.
func (p Publisher) Group() Group {
	switch p.Kind() {
	case Unit:
		return Units
	case Agency, SubAgency:
		return Agencies
	}
	return NoGroup
}

// Parent returns the agency a sub-agency belongs to, and false for any
// other publisher.
func (p Publisher) Parent() (Publisher, bool) {
	if in := p.info(); in.parent != 0 {
		return Publisher{in.parent}, true
	}
	return Publisher{}, false
}

// Top returns the parent of a sub-agency and p itself otherwise: the
// publisher p is counted under when sub-agencies are rolled up.
func (p Publisher) Top() Publisher {
	if q, ok := p.Parent(); ok {
		return q
	}
	return p
}

// AppendText appends the full name to b; the zero Publisher is "". It
// fails with [ErrRange] for a value no [LookupPublisher] gives.
func (p Publisher) AppendText(b []byte) ([]byte, error) {
	if int(p.i) > len(publisherTable) {
		return b, parseError("Publisher.AppendText", strconv.Itoa(int(p.i)), "not a publisher", ErrRange)
	}
	return append(b, p.Name()...), nil
}

// MarshalText writes the full name; the zero Publisher is "".
func (p Publisher) MarshalText() ([]byte, error) { return p.AppendText(nil) }

// UnmarshalText reads any name [LookupPublisher] accepts, and "" as the
// zero Publisher.
func (p *Publisher) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*p = Publisher{}
		return nil
	}
	q, err := LookupPublisher(string(b))
	if err != nil {
		return err
	}
	*p = q
	return nil
}

// Publishers returns every known publisher: units first, then agencies
// with their sub-agencies, each group in stroke order (see
// [SortPublishers]). The slice is new on each call.
func Publishers() []Publisher {
	ps := make([]Publisher, len(publisherTable))
	for i := range ps {
		ps[i] = Publisher{uint8(i + 1)}
	}
	SortPublishers(ps)
	return ps
}

// LookupPublisher resolves a full or short name, such as 國際及兩岸法律司,
// 國兩司, 福建高等檢察署金門檢察分署 or 金門高分檢. It ignores spaces, folds
// full-width forms and 台 to 臺, and drops a leading 法務部 or 本部, so
// 法務部矯正署 and 本部統計處 resolve too. An unknown name gives a
// *ParseError wrapping [ErrUnknownPublisher].
func LookupPublisher(name string) (Publisher, error) {
	// The names as tables write them, without allocating.
	for i := range publisherTable {
		if in := &publisherTable[i]; name == in.name || (in.short != "" && name == in.short) {
			return Publisher{uint8(i + 1)}, nil
		}
	}
	key := publisherKey(name)
	if key != "" {
		for i := range publisherTable {
			in := &publisherTable[i]
			if key == in.name || (in.short != "" && key == in.short) {
				return Publisher{uint8(i + 1)}, nil
			}
		}
	}
	return Publisher{}, parseError("LookupPublisher", name, "", ErrUnknownPublisher)
}

// MustLookupPublisher is like [LookupPublisher] but panics on an unknown
// name. It is intended for tests and tables with hard-coded names.
func MustLookupPublisher(name string) Publisher {
	p, err := LookupPublisher(name)
	if err != nil {
		panic(err)
	}
	return p
}

func publisherKey(name string) string {
	name = width.Fold.String(name)
	name = strings.Join(strings.Fields(name), "")
	name = strings.ReplaceAll(name, "台", "臺")
	for _, prefix := range []string{"法務部", "本部"} {
		if rest, ok := strings.CutPrefix(name, prefix); ok && rest != "" {
			name = rest
			break
		}
	}
	return name
}

// SortPublishers sorts ps as official lists do: units (本部單位) before
// agencies (所屬機關), and within each group by the stroke order of the
// full name (golang.org/x/text/collate, zh-Hant), so 人事處 (2 strokes)
// comes before 統計處 (12). A sub-agency sorts with the agencies; its name
// starts with its parent's, so it follows the parent.
//
// The deck's own table does not use this order: it lists each group by
// descending count at 110 第4季 (統計處 321 first, 綜合規劃司 18 last;
// 矯正署 958 first, 連江地檢 12 last).
func SortPublishers(ps []Publisher) {
	c := collate.New(language.TraditionalChinese)
	var buf collate.Buffer
	keys := make(map[Publisher][]byte, len(ps))
	for _, p := range ps {
		if _, ok := keys[p]; !ok {
			keys[p] = slices.Clone(c.KeyFromString(&buf, p.Name()))
			buf.Reset()
		}
	}
	slices.SortStableFunc(ps, func(a, b Publisher) int {
		if a.Group() != b.Group() {
			return int(a.Group()) - int(b.Group())
		}
		return strings.Compare(string(keys[a]), string(keys[b]))
	})
}

// SortNames sorts names in stroke order (zh-Hant collation), as official
// lists of agencies are sorted.
func SortNames(names []string) {
	collate.New(language.TraditionalChinese).SortStrings(names)
}

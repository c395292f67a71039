package datasets

import (
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
	"golang.org/x/text/width"

	"github.com/ogdtw/governance/internal/errtype"
	"github.com/ogdtw/governance/internal/i18n"
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
	Enum: errtype.Enum[pkg]{
		Type:  "Kind",
		Names: []string{"", "本部單位", "所屬機關", "下級機關"},
		IDs:   []string{"", "unit", "agency", "sub-agency"},
	},
	variants: [][]string{nil, {"單位", "本部"}, {"機關"}, {"下級單位", "所屬下級機關"}},
	unknown:  i18n.NewDetail("datasets.syntax.kind"),
}

// String returns the kind's Chinese label (本部單位, 所屬機關, 下級機關), ""
// for NoKind, and Kind(N) for an invalid value.
func (k Kind) String() string { return kindText.Word(uint8(k)) }

// Message returns the label of k in the language nearest to t:
// 所屬機關, or agency in English; "" for the zero value, and
// String for an invalid value.
func (k Kind) Message(t language.Tag) string { return kindText.Message(uint8(k), t) }

// IsValid reports whether k is NoKind or a defined kind.
func (k Kind) IsValid() bool { return kindText.Valid(uint8(k)) }

// AppendText appends the kind's String to b. It fails with [ErrRange] for
// an invalid kind.
func (k Kind) AppendText(b []byte) ([]byte, error) { return kindText.AppendText(b, uint8(k)) }

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
	v, err := kindText.Parse("ParseKind", s)
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
	Enum: errtype.Enum[pkg]{
		Type:  "Group",
		Names: []string{"", "本部單位", "所屬機關"},
		IDs:   []string{"", "units", "agencies"},
	},
	variants: [][]string{nil, {"單位", "本部", "本部各單位"}, {"機關", "所屬各機關"}},
	unknown:  i18n.NewDetail("datasets.syntax.group"),
}

// String returns the group's Chinese label, 本部單位 or 所屬機關, "" for
// NoGroup, and Group(N) for an invalid value.
func (g Group) String() string { return groupText.Word(uint8(g)) }

// Message returns the label of g in the language nearest to t:
// 所屬機關, or agencies in English; "" for the zero value, and
// String for an invalid value.
func (g Group) Message(t language.Tag) string { return groupText.Message(uint8(g), t) }

// IsValid reports whether g is NoGroup or a defined group.
func (g Group) IsValid() bool { return groupText.Valid(uint8(g)) }

// AppendText appends the group's String to b. It fails with [ErrRange]
// for an invalid group.
func (g Group) AppendText(b []byte) ([]byte, error) { return groupText.AppendText(b, uint8(g)) }

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
	v, err := groupText.Parse("ParseGroup", s)
	return Group(v), err
}

// Publisher is an agency or unit that publishes datasets on data.gov.tw:
// any agency, named by its full name as the platform writes it
// (經濟部水利署), and the Ministry of Justice's own units and agencies,
// which the package knows with their short names, kinds and groups (the
// embedded default, as the 111年度第1次會議 deck names them: 統計處, 矯正署,
// 臺高檢, …). It is a small comparable value; the zero Publisher is no
// publisher. Publishers come from [ParsePublisher] (any agency),
// [LookupPublisher] (the ministry's own) and [Publishers]; a [Hierarchy]
// says which ministry (部會) each belongs to.
type Publisher struct {
	name string // the full name; "" for the zero Publisher
	i    uint8  // 1-based index into publisherTable for the ministry's own; 0 for others
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

// own returns the ministry's publisher of table index i (1-based).
func own(i uint8) Publisher { return Publisher{name: publisherTable[i-1].name, i: i} }

// publisherIndex maps the full and short names of the ministry's own
// publishers to their 1-based index in publisherTable.
var publisherIndex = func() map[string]uint8 {
	m := make(map[string]uint8, 2*len(publisherTable))
	for i, in := range publisherTable {
		m[in.name] = uint8(i + 1)
		if in.short != "" {
			m[in.short] = uint8(i + 1)
		}
	}
	return m
}()

var noInfo publisherInfo

func (p Publisher) info() *publisherInfo {
	if p.i == 0 || int(p.i) > len(publisherTable) {
		return &noInfo
	}
	return &publisherTable[p.i-1]
}

// IsZero reports whether p is the zero Publisher.
func (p Publisher) IsZero() bool { return p.name == "" }

// Name returns the full name: for the ministry's own as the ministry
// writes it after 法務部, such as 國際及兩岸法律司 or 臺灣高等檢察署; for
// another agency as [ParsePublisher] read it, such as 經濟部水利署; "" for
// the zero Publisher.
func (p Publisher) Name() string { return p.name }

// Own reports whether p is one of the Ministry of Justice's units or
// agencies that the package knows (see [Publishers]).
func (p Publisher) Own() bool { return p.i != 0 }

// Short returns the short name the deck prints, such as 國兩司 or 臺高檢;
// it is the full name when there is no shorter one, and for an agency
// not the ministry's own (a [Hierarchy] knows their short names).
func (p Publisher) Short() string {
	if in := p.info(); in.short != "" {
		return in.short
	}
	return p.Name()
}

// String returns the full name, see [Publisher.Name].
func (p Publisher) String() string { return p.Name() }

// Kind returns whether p is a unit, an agency or a sub-agency of the
// Ministry of Justice; NoKind for another agency.
func (p Publisher) Kind() Kind { return p.info().kind }

// Group returns the table group p is counted in: [Units] for units,
// [Agencies] for agencies and sub-agencies, NoGroup for an agency not
// the ministry's own.
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
		return own(in.parent), true
	}
	return Publisher{}, false
}

// top returns the parent of a sub-agency and p itself otherwise: the
// publisher p is counted under when sub-agencies are rolled up.
func (p Publisher) top() Publisher {
	if q, ok := p.Parent(); ok {
		return q
	}
	return p
}

// AppendText appends the full name to b; the zero Publisher is "".
func (p Publisher) AppendText(b []byte) ([]byte, error) {
	return append(b, p.name...), nil
}

// MarshalText writes the full name; the zero Publisher is "".
func (p Publisher) MarshalText() ([]byte, error) { return p.AppendText(nil) }

// UnmarshalText reads any name [ParsePublisher] accepts, and "" as the
// zero Publisher.
func (p *Publisher) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*p = Publisher{}
		return nil
	}
	q, err := ParsePublisher(string(b))
	if err != nil {
		return err
	}
	*p = q
	return nil
}

// Publishers returns the Ministry of Justice's own publishers, the
// embedded default: units first, then agencies with their sub-agencies,
// each group in stroke order (see [SortPublishers]). The slice is new on
// each call.
func Publishers() []Publisher {
	ps := make([]Publisher, len(publisherTable))
	for i := range ps {
		ps[i] = own(uint8(i + 1))
	}
	SortPublishers(ps)
	return ps
}

// LookupPublisher resolves a full or short name of one of the Ministry of
// Justice's own publishers, such as 國際及兩岸法律司, 國兩司,
// 福建高等檢察署金門檢察分署 or 金門高分檢. It ignores spaces, folds
// full-width forms and 台 to 臺, and drops a leading 法務部 or 本部, so
// 法務部矯正署 and 本部統計處 resolve too. The short forms officials write
// resolve as well: 橋頭地檢 and 橋頭地檢署 (臺灣橋頭地方檢察署), 連江地檢署,
// 高檢署 (臺灣高等檢察署), 金門高分檢署, 矯正署臺中戒治所 and
// 臺中戒治所, and XX監 for 矯正署XX監獄. Any other name, a prosecutors'
// office or prison the ministry's list does not hold (士林地檢署)
// included, gives a *ParseError wrapping [ErrUnknownPublisher], never
// another publisher; [ParsePublisher] accepts any agency.
func LookupPublisher(name string) (Publisher, error) {
	if p, ok := lookupOwn(name); ok {
		return p, nil
	}
	return Publisher{}, &ParseError{Func: "LookupPublisher", Input: name, Err: ErrUnknownPublisher}
}

// lookupOwn resolves a name of the ministry's own publishers, without
// allocating for names as tables write them.
func lookupOwn(name string) (Publisher, bool) {
	if i, ok := publisherIndex[name]; ok {
		return own(i), true
	}
	if rest, ok := strings.CutPrefix(name, "法務部"); ok {
		if i, ok := publisherIndex[rest]; ok {
			return own(i), true
		}
		if i, ok := expandShort(rest); ok {
			return own(i), true
		}
	}
	if i, ok := expandShort(name); ok {
		return own(i), true
	}
	if isPlainName(name) {
		return Publisher{}, false
	}
	if key := publisherKey(name); key != "" {
		if i, ok := publisherIndex[key]; ok {
			return own(i), true
		}
		if i, ok := expandShort(key); ok {
			return own(i), true
		}
	}
	return Publisher{}, false
}

// expandShort resolves the short forms officials write of the ministry's
// prosecutors' offices and correctional agencies, name being folded and
// without 法務部: XX地檢 and XX地檢署 (臺灣XX地方檢察署 or
// 福建XX地方檢察署), XX地方檢察署 without 臺灣 or 福建, 高檢署 and
// 臺高檢署, XX高分檢署, 矯正署XX (XX the agency's own short name) and XX監
// for XX監獄. Only names of the ministry's own publishers resolve; it
// allocates only for a name of one of those forms.
func expandShort(name string) (uint8, bool) {
	try := func(n string) (uint8, bool) {
		i, ok := publisherIndex[n]
		return i, ok
	}
	switch {
	case name == "高檢署" || name == "臺高檢署" || name == "高檢":
		return try("臺灣高等檢察署")
	case name == "最高檢":
		return try("最高檢察署")
	case strings.HasSuffix(name, "分檢署"):
		return try(strings.TrimSuffix(name, "署"))
	case strings.HasSuffix(name, "地檢署") || strings.HasSuffix(name, "地檢"):
		x := strings.TrimSuffix(strings.TrimSuffix(name, "署"), "地檢")
		x = strings.TrimPrefix(strings.TrimPrefix(x, "臺灣"), "福建")
		if x == "" {
			return 0, false
		}
		if i, ok := try("臺灣" + x + "地方檢察署"); ok {
			return i, true
		}
		return try("福建" + x + "地方檢察署")
	case strings.HasSuffix(name, "地方檢察署") && !strings.HasPrefix(name, "臺灣") && !strings.HasPrefix(name, "福建"):
		if i, ok := try("臺灣" + name); ok {
			return i, true
		}
		return try("福建" + name)
	case strings.HasPrefix(name, "矯正署") && len(name) > len("矯正署"):
		x := strings.TrimPrefix(name, "矯正署")
		if strings.HasSuffix(x, "監") {
			x += "獄"
		}
		if i, ok := try(x); ok {
			return i, true
		}
		return try("矯正署" + x)
	case strings.HasSuffix(name, "監"):
		return try("矯正署" + name + "獄")
	}
	return 0, false
}

// isPlainName reports whether folding could not change name: no blanks,
// no full-width forms, no 台 and no leading 本部.
func isPlainName(name string) bool {
	if strings.HasPrefix(name, "本部") {
		return false
	}
	for _, r := range name {
		if r <= ' ' || r == '\u3000' || r == '台' || (r >= 0xff00 && r <= 0xffef) || r == utf8.RuneError {
			return false
		}
	}
	return true
}

// MustParsePublisher is like [ParsePublisher] but panics on an error. It
// is intended for tests and tables with hard-coded names.
func MustParsePublisher(name string) Publisher {
	p, err := ParsePublisher(name)
	if err != nil {
		panic(err)
	}
	return p
}

// MaxPublisherName is the longest publisher name, in bytes, that
// [ParsePublisher] accepts: 100 Chinese characters and more, far past any
// agency's name.
const MaxPublisherName = 300

// ParsePublisher reads the name of any agency as data.gov.tw writes it
// under 提供機關: a name of the Ministry of Justice's own publishers
// resolves as [LookupPublisher] does (法務部矯正署 is 矯正署, with its
// kind and group); any other name is a publisher of that name, with
// surrounding and inner blanks dropped and full-width letters and digits
// folded (經濟部水利署, 臺北市政府). A blank name is [ErrMissing]; a name
// with control characters or invalid UTF-8 is [ErrSyntax]; a name longer
// than [MaxPublisherName] bytes is [ErrTooLarge].
func ParsePublisher(name string) (Publisher, error) {
	if p, ok := lookupOwn(name); ok {
		return p, nil
	}
	if len(name) > MaxPublisherName {
		return Publisher{}, perr("ParsePublisher", name, ErrTooLarge, "datasets.too-large.name", MaxPublisherName)
	}
	clean := true
	for _, r := range name {
		switch {
		case r == utf8.RuneError || r < ' ' && r != '\t' && r != '\n' && r != '\r' || r == 0x7f:
			return Publisher{}, perr("ParsePublisher", name, ErrSyntax, "datasets.syntax.name")
		case r <= ' ' || r == '\u3000' || r == '\ufeff' || (r >= 0xff00 && r <= 0xffef):
			clean = false
		}
	}
	if !clean {
		name = strings.Join(strings.Fields(strings.ReplaceAll(width.Fold.String(name), "\ufeff", "")), "")
	}
	if name == "" {
		return Publisher{}, perr("ParsePublisher", name, ErrMissing, "datasets.missing.name")
	}
	return Publisher{name: name}, nil
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

// sortNames sorts names in stroke order (zh-Hant collation), as official
// lists of agencies are sorted.
func sortNames(names []string) {
	collate.New(language.TraditionalChinese).SortStrings(names)
}

package datasets

import (
	"encoding/json"
	"slices"
	"strings"
	"time"

	"golang.org/x/text/language"
	"golang.org/x/text/width"

	"github.com/ogdtw/governance/internal/errtype"
	"github.com/ogdtw/governance/internal/i18n"
	"github.com/ogdtw/governance/internal/sheet"
	"github.com/ogdtw/governance/rocdate"
)

// A RegisteredAgency is one row of the government's register of agencies, as
// 行政院人事行政總處 publishes it (機關代碼 open data).
type RegisteredAgency struct {
	Row       int          `json:"row,omitzero"`       // the 1-based row of the register it was read from
	Code      string       `json:"code"`               // 機關代碼
	Name      string       `json:"name"`               // 機關名稱
	English   string       `json:"english,omitzero"`   // 機關英文名稱
	Parent    string       `json:"parent,omitzero"`    // 主管機關代碼; empty under 行政院
	Level     int          `json:"level,omitzero"`     // 機關層級; zero when not given
	Effective rocdate.Date `json:"effective,omitzero"` // 機關生效日期; zero when none
	Abolished rocdate.Date `json:"abolished,omitzero"` // 機關裁撤日期; zero when none
	Successor string       `json:"successor,omitzero"` // 新機關代碼
	Short     string       `json:"short,omitzero"`     // 機關簡稱, where the register gives one (高檢署)
}

// A Register is the government's register of agencies, as
// [ImportAgencies] reads it, in the order of its rows.
type Register struct {
	list   []RegisteredAgency
	byCode map[string]int   // code → index in list
	byName map[string][]int // folded name, and name without its parent's name → indexes
}

// index builds the register's lookup tables.
func (a *Register) index() {
	a.byCode = make(map[string]int, len(a.list))
	a.byName = make(map[string][]int, 2*len(a.list))
	for i, g := range a.list {
		a.byCode[g.Code] = i
	}
	for i, g := range a.list {
		k := agencyKey(g.Name)
		a.byName[k] = append(a.byName[k], i)
		if s := agencyKey(g.Short); s != "" && s != k {
			a.byName[s] = append(a.byName[s], i)
		}
		// The name without the name of any agency above it.
		code := g.Parent
		for step := 0; step < 16 && code != ""; step++ {
			p, ok := a.byCode[code]
			if !ok {
				break
			}
			if rest, cut := strings.CutPrefix(k, agencyKey(a.list[p].Name)); cut && rest != "" {
				a.byName[rest] = append(a.byName[rest], i)
			}
			code = a.list[p].Parent
		}
	}
}

// agencyKey returns name as names are compared: full-width forms made
// narrow, blanks dropped, 台 read as 臺. A name folding cannot change is
// returned as it is, without allocating.
func agencyKey(name string) string {
	plain := true
	for _, r := range name {
		if r <= ' ' || r == '\u3000' || r == '台' || (r >= 0xff00 && r <= 0xffef) {
			plain = false
			break
		}
	}
	if plain {
		return name
	}
	name = width.Fold.String(name)
	name = strings.Join(strings.Fields(name), "")
	return strings.ReplaceAll(name, "台", "臺")
}

// A Resolution is how [Register.Resolve] or [Register.Place] answered
// for a name. Its String is the word a report prints (已對應, 未列名冊);
// the zero value, NoResolution, means not given: no name was asked.
type Resolution uint8

const (
	// NoResolution is the zero Resolution: not given (no name was asked,
	// or the zero Placement).
	NoResolution Resolution = iota
	// NotRegistered: the register holds no agency of that name in effect
	// on the day, nor an abolished one with a successor in effect.
	NotRegistered
	// Resolved: one agency, or the successor of an abolished one.
	Resolved
	// Ambiguous: several agencies in effect on the day have the name
	// (a 地政司 under two parents); none is chosen.
	Ambiguous
	// Unrooted: the name is one agency's, but the register cuts its chain
	// of 主管機關 before a 二級機關 (a parent it lacks, or a level it leaves
	// blank at the top), so no ministry can be named. Only
	// [Register.Place] answers it.
	Unrooted
)

var resolutionText = enumText{
	Enum: errtype.Enum[pkg]{
		Type:  "Resolution",
		Names: []string{"", "未列名冊", "已對應", "名稱重複", "無從歸屬部會"},
		IDs:   []string{"", "not-registered", "resolved", "ambiguous", "unrooted"},
	},
	variants: [][]string{nil, {"未登記", "查無機關"}, {"已登記", "對應"}, {"同名機關", "多機關同名"}, {"未能歸屬部會", "無法歸屬"}},
	unknown:  i18n.NewDetail("datasets.range.enum", "resolution"),
}

// String returns the resolution's word (未列名冊, 已對應, 名稱重複,
// 無從歸屬部會), "" for NoResolution, and Resolution(N) for an invalid
// value.
func (r Resolution) String() string { return resolutionText.Word(uint8(r)) }

// Message returns the word of r in the language nearest to t: 已對應, or
// resolved in English; "" for the zero value, and String for an invalid
// value.
func (r Resolution) Message(t language.Tag) string { return resolutionText.Message(uint8(r), t) }

// IsValid reports whether r is NoResolution or a defined resolution.
func (r Resolution) IsValid() bool { return resolutionText.Valid(uint8(r)) }

// AppendText appends the resolution's String to b. It fails with
// [ErrRange] for an invalid resolution.
func (r Resolution) AppendText(b []byte) ([]byte, error) {
	return resolutionText.AppendText(b, uint8(r))
}

// MarshalText returns the resolution's String.
func (r Resolution) MarshalText() ([]byte, error) { return r.AppendText(nil) }

// UnmarshalText reads a resolution as [ParseResolution] does.
func (r *Resolution) UnmarshalText(b []byte) error {
	v, err := ParseResolution(string(b))
	if err != nil {
		return err
	}
	*r = v
	return nil
}

// ParseResolution reads 未列名冊 (or 未登記), 已對應, 名稱重複 (or 同名機關),
// 無從歸屬部會, the English ids not-registered, resolved, ambiguous and
// unrooted, and "" as NoResolution. Anything else is [ErrSyntax].
func ParseResolution(s string) (Resolution, error) {
	v, err := resolutionText.Parse("ParseResolution", s)
	return Resolution(v), err
}

// inEffect reports whether g exists on day on: effective (or no date
// given) and not yet abolished.
func (g RegisteredAgency) inEffect(on rocdate.Date) bool {
	if !g.Effective.IsZero() && on.Compare(g.Effective) < 0 {
		return false
	}
	return g.Abolished.IsZero() || on.Compare(g.Abolished) < 0
}

// Resolve finds the agency a publisher name means on day on: by full
// name, by the name without that of any agency above it (矯正署臺北監獄 for
// 法務部矯正署臺北監獄) or by its 簡稱 where the register gives one
// (高檢署), folding 台/臺, blanks and full-width forms. An
// agency abolished on or before the day resolves to its successor (the
// chain followed, at most 16 steps). When several agencies in effect have
// the name, the answer is Ambiguous and the agency zero: never a guess;
// a name no agency has is NotRegistered, and "" is NoResolution. A hit
// on an unfolded name does not allocate.
func (a Register) Resolve(name string, on rocdate.Date) (RegisteredAgency, Resolution) {
	if name == "" {
		return RegisteredAgency{}, NoResolution
	}
	found := -1
	for _, i := range a.byName[agencyKey(name)] {
		g := a.list[i]
		if !g.inEffect(on) {
			continue
		}
		if found >= 0 && found != i {
			return RegisteredAgency{}, Ambiguous
		}
		found = i
	}
	if found >= 0 {
		return a.list[found], Resolved
	}
	// None in effect: an abolished agency of that name points to its successor.
	for _, i := range a.byName[agencyKey(name)] {
		g := a.list[i]
		if g.Abolished.IsZero() || on.Compare(g.Abolished) < 0 {
			continue
		}
		for step := 0; step < 16 && g.Successor != ""; step++ {
			j, ok := a.byCode[g.Successor]
			if !ok {
				break
			}
			g = a.list[j]
			if g.inEffect(on) {
				if found >= 0 && found != j {
					return RegisteredAgency{}, Ambiguous
				}
				found = j
				break
			}
		}
	}
	if found >= 0 {
		return a.list[found], Resolved
	}
	return RegisteredAgency{}, NotRegistered
}

// Agencies returns the register's agencies in the order of its rows, in
// a new slice.
func (a Register) Agencies() []RegisteredAgency { return slices.Clone(a.list) }

// Len returns the number of agencies in the register.
func (a Register) Len() int { return len(a.list) }

// MarshalJSON writes the register as the list of its agencies.
func (a Register) MarshalJSON() ([]byte, error) {
	if a.list == nil {
		return []byte("[]"), nil
	}
	return json.Marshal(a.list)
}

// UnmarshalJSON reads what MarshalJSON writes.
func (a *Register) UnmarshalJSON(b []byte) error {
	var l []RegisteredAgency
	if err := json.Unmarshal(b, &l); err != nil {
		return err
	}
	a.list = l
	a.index()
	return nil
}

// The columns of the agency register.
const (
	agCode = iota
	agName
	agEnglish
	agParent
	agEffective
	agAbolished
	agLevel
	agSuccessor
	agShort
)

var agencySpec = sheet.Spec{
	Columns: []sheet.Column{
		agCode:      {Name: "機關代碼", Required: true},
		agName:      {Name: "機關名稱", Required: true},
		agEnglish:   {Name: "機關英文名稱"},
		agParent:    {Name: "主管機關代碼"},
		agEffective: {Name: "機關生效日期"},
		agAbolished: {Name: "機關裁撤日期"},
		agLevel:     {Name: "機關層級"},
		agSuccessor: {Name: "新機關代碼"},
		agShort:     {Name: "機關簡稱"},
	},
	NoHeader:  ErrNoHeader,
	Missing:   ErrMissing,
	Duplicate: ErrDuplicate,
}

// ImportAgencies reads the register of agencies as 行政院人事行政總處
// publishes it, header
//
//	機關代碼,機關名稱,機關英文名稱,郵遞區號,機關地址,機關電話,主管機關代碼,主管機關名稱,傳真,機關生效日期,機關裁撤日期,機關層級,裁撤註記,新機關代碼,新機關名稱
//
// in any order and below any title rows. The required columns are 機關代碼
// and 機關名稱; 機關英文名稱, 主管機關代碼, 機關生效日期, 機關裁撤日期
// (Gregorian YYYYMMDD), 機關層級 and 新機關代碼 are optional, and so is a
// column 機關簡稱 a ministry may add (the register has none), whose 簡稱
// [Register.Resolve] reads too; the address,
// telephone, fax, 裁撤註記 and the names beside codes are not read.
//
// The error is nil when every row was read, else an *ImportError. A blank
// code or name, or a code seen on an earlier row, is a *RowError of
// severity finding.Error and the row is left out; a bad date or level is
// a *RowError of severity finding.Warning and the row is kept with that
// value zero. A header without a required column is [ErrNoHeader] and the
// register is empty. The work is linear in the rows.
func ImportAgencies(rows [][]string) (Register, error) {
	var rd reader
	h, ok := rd.header(&agencySpec, rows)
	if !ok {
		return Register{}, importError(rd.problems)
	}
	n := len(rows) - h.Row
	if n < 0 {
		n = 0
	}
	list := make([]RegisteredAgency, 0, n)
	seen := make(map[string]struct{}, n)
	for r := range h.Rows(rows) {
		e := rd.errors
		a := RegisteredAgency{Row: r.Num, Code: r.Cell(agCode), Name: r.Cell(agName), English: r.Cell(agEnglish),
			Parent: r.Cell(agParent), Successor: r.Cell(agSuccessor), Short: r.Cell(agShort)}
		if a.Code == "" {
			rd.fail(h, r, agCode, ErrMissing)
		} else if _, dup := seen[a.Code]; dup {
			rd.fail(h, r, agCode, perr("ImportAgencies", a.Code, ErrDuplicate, "datasets.duplicate.code"))
		}
		if a.Name == "" {
			rd.fail(h, r, agName, ErrMissing)
		}
		if rd.errors > e {
			continue
		}
		var err error
		if a.Effective, err = registerDate(r.Cell(agEffective)); err != nil {
			rd.warn(h, r, agEffective, err)
		}
		if a.Abolished, err = registerDate(r.Cell(agAbolished)); err != nil {
			rd.warn(h, r, agAbolished, err)
		}
		if s := r.Cell(agLevel); s != "" {
			if l, ok := digits(s); ok && l > 0 && l <= 9 {
				a.Level = l
			} else {
				rd.warn(h, r, agLevel, perr("ImportAgencies", s, ErrRange, "datasets.range.level"))
			}
		}
		seen[a.Code] = struct{}{}
		list = append(list, a)
	}
	reg := Register{list: list}
	reg.index()
	return reg, importError(rd.problems)
}

// registerDate reads a Gregorian YYYYMMDD date of the register; blank is
// the zero Date.
func registerDate(s string) (rocdate.Date, error) {
	if s == "" {
		return rocdate.Date{}, nil
	}
	v, ok := digits(s)
	if !ok || len(s) != 8 {
		return rocdate.Date{}, perr("ImportAgencies", s, ErrSyntax, "datasets.syntax.register-date")
	}
	y, m, d := v/10000, v/100%100, v%100
	if y <= 1911 {
		return rocdate.Date{}, perr("ImportAgencies", s, ErrRange, "datasets.range.register-year")
	}
	t, err := rocdate.New(y-1911, time.Month(m), d)
	if err != nil {
		return rocdate.Date{}, errtype.Wrap[pkg]("ImportAgencies", s, err, ErrSyntax)
	}
	return t, nil
}

// Ministry returns the agency at the head of the one with code on day
// on: going up by 主管機關代碼, the first agency of 機關層級 2 or less, or
// the last one the register holds (an agency under 行政院 has no
// 主管機關代碼). An abolished agency counts through its successor. It
// reports false for a code the register does not hold or a chain the
// register cuts (a parent it lacks while the level is above 2, or more
// than 16 steps); a level the register leaves blank is not taken as 2.
func (a Register) Ministry(code string, on rocdate.Date) (RegisteredAgency, bool) {
	i, ok := a.byCode[code]
	if !ok {
		return RegisteredAgency{}, false
	}
	var buf [maxChain]int
	path, m := a.head(i, on, &buf)
	if m < 0 {
		return RegisteredAgency{}, false
	}
	return a.list[path[m]], true
}

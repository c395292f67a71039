package datasets

import (
	"cmp"
	"slices"
	"strings"

	"github.com/ogdtw/governance/internal/errtype"
	"github.com/ogdtw/governance/internal/i18n"
	"github.com/ogdtw/governance/internal/numeral"
	"github.com/ogdtw/governance/internal/textwidth"
	"github.com/ogdtw/governance/rocdate"
)

// AgencyTableOptions says how [Register.BuildTable] builds one ministry's
// table.
type AgencyTableOptions struct {
	// Ministry names the ministry (部會) whose table is built, by its name
	// (as [Register.Resolve] reads names) or its 機關代碼.
	Ministry string `json:"ministry,omitzero"`
	// On is the day the register is read for: both catalogs' publishers
	// are placed as the government stands on it. Defaults to CurDate,
	// then to the last day of Cur.
	On       rocdate.Date    `json:"on,omitzero"`
	Prev     rocdate.Quarter `json:"prev,omitzero"`
	Cur      rocdate.Quarter `json:"cur,omitzero"`
	PrevDate rocdate.Date    `json:"prevDate,omitzero"`
	CurDate  rocdate.Date    `json:"curDate,omitzero"`
	// YearStart is the catalog at the start of Cur's year, for the 迄今
	// column. Defaults to the previous catalog.
	YearStart *Catalog `json:"yearStart,omitzero"`
	// Depth is the deepest 機關層級 given rows of their own: with 3, a
	// 四級機關's datasets count in the row of the 三級機關 above it
	// (法務部矯正署臺北監獄 in 法務部矯正署). Zero gives every agency its
	// row.
	Depth int `json:"depth,omitzero"`
	// Shorts are the 簡稱 to print, by an agency's full name or code
	// (臺高檢 for 臺灣高等檢察署). An agency without one prints its name
	// without the ministry's (矯正署 for 法務部矯正署).
	Shorts map[string]string `json:"shorts,omitzero"`
}

// An AgencyRow is one agency's line of an [AgencyTable].
type AgencyRow struct {
	Agency  RegisteredAgency `json:"agency"`
	Level   int              `json:"level,omitzero"` // the agency's 機關層級; 0 when the register leaves it blank
	Short   string           `json:"short,omitzero"` // the name printed: the caller's 簡稱, else the name without the ministry's
	Figures `json:"figures"`
}

// A LevelSubtotal is the 小計 of the rows of one level.
type LevelSubtotal struct {
	Level   int `json:"level,omitzero"`
	Figures `json:"figures"`
}

// An AgencyTable is one ministry's per-agency table for two periods,
// built from a register by [Register.BuildTable]: its rows grouped by the
// register's levels (the ministry itself, then its 三級機關, 四級機關, …),
// a 小計 per level and the 合計. Publishers of the catalogs that the
// register does not place are listed apart: their datasets are in no
// row, and might be the ministry's.
type AgencyTable struct {
	Ministry  RegisteredAgency `json:"ministry"`
	On        rocdate.Date     `json:"on,omitzero"`
	Prev      rocdate.Quarter  `json:"prev,omitzero"`
	Cur       rocdate.Quarter  `json:"cur,omitzero"`
	PrevDate  rocdate.Date     `json:"prevDate,omitzero"`
	CurDate   rocdate.Date     `json:"curDate,omitzero"`
	Rows      []AgencyRow      `json:"rows"`      // by level (blank levels last), each by descending previous count, ties in stroke order
	Subtotals []LevelSubtotal  `json:"subtotals"` // one per level present, in the rows' order
	Total     Figures          `json:"total"`
	Unplaced  []Unplaced       `json:"unplaced"` // publishers of the catalogs not placed on On; Datasets counts the current catalog's listed ones
}

// BuildTable builds the table of the ministry opt names from the catalogs
// of two statistics dates: every agency the register places under it on
// opt.On ([Register.Place]) with a dataset listed in either catalog gets
// a row (or its datasets count in the row of the agency of level
// opt.Depth above it), grouped by level, with a 小計 per level and the
// 合計. The ministry's own datasets are the row of level 2 (本部). A
// ministry the register does not resolve on the day is a *ParseError
// wrapping [ErrUnknownPublisher] and the table is empty. The work is
// linear in the catalogs, plus a sort of the rows.
func (a Register) BuildTable(prev, cur Catalog, opt AgencyTableOptions) (AgencyTable, error) {
	on := opt.On
	switch {
	case !on.IsZero():
	case !opt.CurDate.IsZero():
		on = opt.CurDate
	case !opt.Cur.IsZero():
		on = opt.Cur.Last()
	}
	t := AgencyTable{On: on, Prev: opt.Prev, Cur: opt.Cur, PrevDate: opt.PrevDate, CurDate: opt.CurDate, Rows: []AgencyRow{}, Subtotals: []LevelSubtotal{}}
	m, res := a.Resolve(opt.Ministry, on)
	ok := res == Resolved
	if i, byCode := a.byCode[opt.Ministry]; byCode && a.list[i].inEffect(on) {
		m, ok = a.list[i], true
	}
	if !ok {
		t.Unplaced = []Unplaced{}
		return t, errtype.With[pkg]("Register.BuildTable", opt.Ministry, ErrUnknownPublisher, i18n.NewDetail("datasets.unknown.agency"))
	}
	t.Ministry = m
	start := prev
	if opt.YearStart != nil {
		start = *opt.YearStart
	}
	row := map[Publisher]int{} // publisher → register index of its row; -1 when not the ministry's, -2 when unplaced
	unplaced := map[string]*Unplaced{}
	var buf [maxChain]int
	rowOf := func(pub Publisher, n int) int {
		if r, ok := row[pub]; ok {
			if r == -2 {
				unplaced[pub.Name()].Datasets += n
			}
			return r
		}
		p := a.placePublisher(pub, on)
		r := -1
		switch {
		case !p.Placed():
			r = -2
			unplaced[pub.Name()] = &Unplaced{Name: pub.Name(), Resolution: p.Resolution}
			unplaced[pub.Name()].Datasets += n
		case p.Ministry.Code == m.Code:
			r = a.byCode[p.Agency.Code]
			if opt.Depth > 0 {
				path, _ := a.chain(r, on, &buf)
				for _, i := range path {
					if l := a.list[i].Level; l != 0 && l <= opt.Depth {
						r = i
						break
					}
				}
			}
		}
		row[pub] = r
		return r
	}
	// count counts c's listed datasets per row; tally adds those of the
	// publishers not placed to Unplaced (the current catalog's only).
	count := func(c Catalog, tally bool) map[int]int {
		out := map[int]int{}
		for pub, n := range c.Counts(false) {
			add := 0
			if tally {
				add = n
			}
			if r := rowOf(pub, add); r >= 0 {
				out[r] += n
			}
		}
		return out
	}
	pc, cc, sc := count(prev, false), count(cur, true), count(start, false)
	idx := make([]int, 0, len(pc)+len(cc))
	for i := range pc {
		idx = append(idx, i)
	}
	for i := range cc {
		if _, ok := pc[i]; !ok {
			idx = append(idx, i)
		}
	}
	for _, i := range idx {
		g := a.list[i]
		t.Rows = append(t.Rows, AgencyRow{Agency: g, Level: g.Level, Short: shortName(g, m, opt.Shorts),
			Figures: Figures{Prev: pc[i], Cur: cc[i], Change: cc[i] - pc[i], SinceYearStart: cc[i] - sc[i]}})
	}
	names := make([]string, len(t.Rows))
	for i, r := range t.Rows {
		names[i] = r.Short
	}
	sortNames(names)
	order := make(map[string]int, len(names))
	for i, n := range names {
		order[n] = i
	}
	slices.SortFunc(t.Rows, func(x, y AgencyRow) int {
		if c := cmp.Compare(levelOrder(x.Level), levelOrder(y.Level)); c != 0 {
			return c
		}
		if c := cmp.Compare(y.Prev, x.Prev); c != 0 {
			return c
		}
		if c := cmp.Compare(order[x.Short], order[y.Short]); c != 0 {
			return c
		}
		return cmp.Compare(x.Agency.Code, y.Agency.Code)
	})
	for _, r := range t.Rows {
		// Counts are at most the catalogs' lengths: no figure overflows.
		t.Total, _ = t.Total.plus(r.Figures)
		if k := len(t.Subtotals) - 1; k >= 0 && t.Subtotals[k].Level == r.Level {
			t.Subtotals[k].Figures, _ = t.Subtotals[k].plus(r.Figures)
			continue
		}
		t.Subtotals = append(t.Subtotals, LevelSubtotal{Level: r.Level, Figures: r.Figures})
	}
	t.Unplaced = make([]Unplaced, 0, len(unplaced))
	for _, u := range unplaced {
		t.Unplaced = append(t.Unplaced, *u)
	}
	sortByCount(t.Unplaced, func(u Unplaced) (string, int) { return u.Name, u.Datasets })
	return t, nil
}

// levelOrder orders levels as the table groups them: 1, 2, 3, …, and a
// level not given last.
func levelOrder(l int) int {
	if l == 0 {
		return 1 << 30
	}
	return l
}

// shortName returns the name a row prints for g in ministry m's table:
// the caller's 簡稱 by name or code, else the name without the
// ministry's, else the name.
func shortName(g, m RegisteredAgency, shorts map[string]string) string {
	if s := shorts[g.Name]; s != "" {
		return s
	}
	if s := shorts[g.Code]; s != "" {
		return s
	}
	if rest, ok := strings.CutPrefix(g.Name, m.Name); ok && rest != "" {
		return rest
	}
	return g.Name
}

// LevelName returns the words a table heads a level with: 本部 for the
// ministry's own level (2 or less), 三級機關, 四級機關, …; 層級未載 for a
// level the register leaves blank. It never panics: a level no register
// writes (-1, past what Chinese numerals write) is in digits.
// ministry is the ministry's own level.
func LevelName(level, ministry int) string {
	switch {
	case level == 0:
		return "層級未載"
	case level < 0:
		return itoa(level) + "級機關"
	case level <= ministry:
		return "本部"
	case level > numeral.Max:
		return itoa(level) + "級機關"
	}
	return numeral.Format(level) + "級機關"
}

// Records returns the table's cells: a header 層級, 機關, the two periods,
// 增減 and 年初迄今 (as [Table.Records] heads them); then per level its
// rows, the level's name on its first line only, and its 小計; and last
// the 合計. Counts are written 1,050, changes with their sign.
func (t AgencyTable) Records() [][]string {
	cols := Table{Prev: t.Prev, Cur: t.Cur}.columns()
	rows := [][]string{{"層級", "機關", cols[0], cols[1], cols[2], cols[3]}}
	line := func(label, name string, f Figures) {
		rows = append(rows, []string{label, name, FormatCount(f.Prev), FormatCount(f.Cur), signed(f.Change), signed(f.SinceYearStart)})
	}
	k := 0
	for i, r := range t.Rows {
		label := ""
		if i == 0 || t.Rows[i-1].Level != r.Level {
			label = LevelName(r.Level, t.Ministry.Level)
		}
		line(label, r.Short, r.Figures)
		if i == len(t.Rows)-1 || t.Rows[i+1].Level != r.Level {
			if k < len(t.Subtotals) {
				line("", "小計", t.Subtotals[k].Figures)
				k++
			}
		}
	}
	line("", "合計", t.Total)
	return rows
}

// String returns [AgencyTable.Records] as aligned text.
func (t AgencyTable) String() string {
	return textwidth.Table(t.Records(), []textwidth.Align{textwidth.Left, textwidth.Left, textwidth.Right, textwidth.Right, textwidth.Right, textwidth.Right})
}

package datasets

import (
	"cmp"
	"errors"
	"slices"
	"strings"
	"unicode"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/internal/i18n"
	"github.com/ogdtw/governance/internal/numeral"
	"github.com/ogdtw/governance/internal/sheet"
	"golang.org/x/text/language"
	"golang.org/x/text/width"
)

// Entry is one agency's open count, as a ranking table prints it
// ([ImportRanking]) or as [Rank] takes it.
type Entry struct {
	Name        string `json:"name,omitzero"`        // 部會 name, such as 法務部
	Count       int    `json:"count,omitzero"`       // open datasets
	PrintedRank int    `json:"printedRank,omitzero"` // 排名 as the table prints it; 0 when not printed, or not readable
	Row         int    `json:"row,omitzero"`         // the row [ImportRanking] read it from, 1-based; 0 when not imported
	// RankIllegible is true when the table prints a 排名 that cannot be
	// read ([ImportRanking] warns, and PrintedRank is 0): a rank printed
	// and not known, which [CheckPrintedRanks] counts 無法查核.
	RankIllegible bool `json:"rankIllegible,omitzero"`
}

// Ranked is an entry with its competition rank.
type Ranked struct {
	Rank        int    `json:"rank,omitzero"` // 1 for the largest count; ties share a rank
	Name        string `json:"name,omitzero"`
	Count       int    `json:"count,omitzero"`
	PrintedRank int    `json:"printedRank,omitzero"` // 排名 as the table prints it; 0 when not printed, or not readable
	Row         int    `json:"row,omitzero"`         // the entry's source row; 0 when not imported
	// RankIllegible is the entry's: a 排名 printed that cannot be read.
	RankIllegible bool `json:"rankIllegible,omitzero"`
}

// Rank orders entries by descending count and gives competition ranks
// (standard competition ranking, "1224"): ties share the better rank and
// the next rank skips, so counts 9, 7, 7, 5 rank 1, 2, 2, 4. Ties keep
// their order in entries, so the result is stable. Each entry's printed
// rank and source row are kept beside the rank computed, for
// [CheckPrintedRanks]. entries is not modified.
func Rank(entries []Entry) []Ranked {
	s := slices.Clone(entries)
	slices.SortStableFunc(s, func(a, b Entry) int { return cmp.Compare(b.Count, a.Count) })
	out := make([]Ranked, len(s))
	for i, e := range s {
		r := i + 1
		if i > 0 && e.Count == s[i-1].Count {
			r = out[i-1].Rank
		}
		out[i] = Ranked{Rank: r, Name: e.Name, Count: e.Count, PrintedRank: e.PrintedRank, Row: e.Row, RankIllegible: e.RankIllegible}
	}
	return out
}

// RankOf returns the rank of the entry named name in ranked, and false
// when it is not there. Names are compared as [CheckRankClaim] compares
// them: blanks and full-width forms aside, 台 as 臺, and a name of the
// ministry's own publishers as [LookupPublisher] resolves it (法務部矯正署
// is 矯正署).
func RankOf(ranked []Ranked, name string) (int, bool) {
	if i := indexOf(ranked, name); i >= 0 {
		return ranked[i].Rank, true
	}
	return 0, false
}

// indexOf returns the index of the entry named name in ranked, or -1.
func indexOf(ranked []Ranked, name string) int {
	key := ownKey(name)
	if key == "" {
		return -1
	}
	for i, r := range ranked {
		if r.Name == name || ownKey(r.Name) == key {
			return i
		}
	}
	return -1
}

// ownKey returns name as [RankOf] compares it: a name of the ministry's
// own publishers as [LookupPublisher] resolves it (法務部矯正署 and
// 矯正署 are one), then folded by rankKey.
func ownKey(name string) string {
	if p, ok := lookupOwn(name); ok {
		return p.Name()
	}
	return rankKey(name)
}

// rankKey returns name as ranking names are compared: without blanks or a
// byte-order mark, full-width forms made narrow, 台 written 臺.
func rankKey(name string) string {
	if !strings.ContainsFunc(name, func(r rune) bool {
		return r == '台' || r == '\ufeff' || r >= 0xff00 && r <= 0xffef || unicode.IsSpace(r)
	}) {
		return name // nothing to fold: no allocation
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\ufeff' || unicode.IsSpace(r):
			return -1
		case r == '台':
			return '臺'
		}
		return r
	}, width.Fold.String(name))
}

// ministryCounts returns the open count of every ministry (部會) with a
// listed dataset in c: each publisher's listed datasets counted under
// the ministry it rolls up to in h (see [Hierarchy]), in stroke order of
// the ministries' names. The work is linear in the catalog.
func ministryCounts(c Catalog, h Hierarchy) []Entry {
	per := map[Publisher]int{}
	for p, n := range c.Counts(false) {
		per[h.Ministry(p)] += n
	}
	names := make([]string, 0, len(per))
	byName := make(map[string]int, len(per))
	for m, n := range per {
		names = append(names, m.Name())
		byName[m.Name()] = n
	}
	sortNames(names)
	out := make([]Entry, len(names))
	for i, name := range names {
		out[i] = Entry{Name: name, Count: byName[name]}
	}
	return out
}

// RankMinistries ranks the ministries by their open count in one
// snapshot of the national catalog by hierarchy h (the embedded one is
// the deck's, which knows the deck's publishers only: a publisher it
// does not list ranks as its own ministry; [Register.RankMinistries]
// ranks by the government's register and reports what it cannot place),
// as [Rank] does: the check of a claim
// such as 資料開放數量名列各部會第二 is
//
//	r, _ := RankOf(RankMinistries(national, h), "法務部") // 2
//
// Ties in count are in stroke order of the names.
func RankMinistries(c Catalog, h Hierarchy) []Ranked { return Rank(ministryCounts(c, h)) }

// The columns of a ranking table.
const (
	rankName = iota
	rankCount
	rankPrinted
)

var rankingSpec = sheet.Spec{
	Columns: []sheet.Column{
		rankName:    {Name: "機關", Aliases: []string{"部會", "機關名稱", "部會名稱", "部會別", "機關別"}, Required: true},
		rankCount:   {Name: "資料集數量", Aliases: []string{"開放數量", "數量", "開放資料集數量", "資料集數", "開放資料集數"}, Required: true},
		rankPrinted: {Name: "排名", Aliases: []string{"名次", "排行"}},
	},
	NoHeader:  ErrNoHeader,
	Missing:   ErrMissing,
	Duplicate: ErrDuplicate,
}

// ImportRanking reads a ranking table as the platform or a deck prints
// it (行政院及各部會資料開放情形—資料集數量排名): a header naming 機關 (or
// 部會, 機關名稱), 資料集數量 (or 開放數量, 數量) and, when printed, 排名 (or
// 名次), in any order and below any title rows, then one agency per row:
//
//	排名,機關,資料集數量
//	1,經濟部,"3,120筆"
//	2,法務部,"2,963筆"
//
// 機關 is any agency's name ([ParsePublisher]: 法務部矯正署 is the
// ministry's 矯正署), kept as ParsePublisher names it. 資料集數量 takes what
// [ParseCount] reads (2,963, 2,963筆, ２，９６３). 排名 is kept as
// PrintedRank, for [CheckPrintedRanks]: 2, 第2名, 第二名, 並列第2 or 2（並列）; a
// blank 排名 is not printed (0). A table of the first few agencies only
// (前10名) ranks them right: every agency above a listed one is listed.
// Each entry keeps its source Row; the entries are in the table's order,
// and [Rank] ranks them.
//
// 機關 and 資料集數量 are required, 排名 optional. The error is nil when
// every row was read, else an *ImportError: each bad required cell (a
// blank or unreadable name, a bad count, a name given on an earlier row
// (compared as [RankOf] does), a 合計 or 總計 row, which is no agency) is
// a *RowError of severity finding.Error and its row is left out; a bad
// 排名 is a finding.Warning and the row is kept unranked (PrintedRank 0,
// RankIllegible true, so that its rank is 無法查核, never taken as not
// printed).
// Every good row is kept. A header without 機關 or 資料集數量 is
// [ErrNoHeader] at the header's row, and no entry is returned. The work is linear in the rows.
func ImportRanking(rows [][]string) ([]Entry, error) {
	var rd reader
	h, ok := rd.header(&rankingSpec, rows)
	if !ok {
		return nil, importError(rd.problems)
	}
	var out []Entry
	seen := map[string]int{}
	for r := range h.Rows(rows) {
		n := rd.errors
		name := r.Cell(rankName)
		key := rankKey(name)
		var p Publisher
		var err error
		switch key {
		case "合計", "總計", "小計":
			rd.fail(h, r, rankName, perr("ImportRanking", name, ErrSyntax, "datasets.syntax.total"))
		default:
			if p, err = ParsePublisher(name); err != nil {
				rd.fail(h, r, rankName, err)
				break
			}
			// Compared as ParsePublisher names it: 法務部矯正署 is 矯正署.
			key = rankKey(p.Name())
			if first, dup := seen[key]; dup {
				rd.fail(h, r, rankName, perr("ImportRanking", name, ErrDuplicate, "datasets.duplicate.agency-row", first))
			}
		}
		count, err := ParseCount(r.Cell(rankCount))
		if err != nil {
			rd.fail(h, r, rankCount, err)
		}
		printed, illegible := 0, false
		if s := r.Cell(rankPrinted); s != "" {
			if printed, err = ParseRank(s); err != nil {
				rd.warn(h, r, rankPrinted, err)
				printed, illegible = 0, true
			}
		}
		if rd.errors == n {
			seen[key] = r.Num
			out = append(out, Entry{Name: p.Name(), Count: count, PrintedRank: printed, Row: r.Num, RankIllegible: illegible})
		}
	}
	return out, importError(rd.problems)
}

// RankingRecords returns entries as a ranking table, rows that
// [ImportRanking] reads back: a header 排名, 機關, 資料集數量 (排名 only when
// an entry has a printed rank), then one entry per row in the order
// given, its count as 2,963筆.
func RankingRecords(entries []Entry) [][]string {
	printed := slices.ContainsFunc(entries, func(e Entry) bool { return e.PrintedRank != 0 })
	rows := make([][]string, 0, len(entries)+1)
	if printed {
		rows = append(rows, []string{"排名", "機關", "資料集數量"})
	} else {
		rows = append(rows, []string{"機關", "資料集數量"})
	}
	for _, e := range entries {
		count := string(append(appendCount(nil, e.Count), "筆"...))
		if !printed {
			rows = append(rows, []string{e.Name, count})
			continue
		}
		rank := ""
		if e.PrintedRank != 0 {
			rank = itoa(e.PrintedRank)
		}
		rows = append(rows, []string{rank, e.Name, count})
	}
	return rows
}

// ParseRank reads a rank as a ranking table prints it: 2, ２, 第2名,
// 第二名, 第十一名, 二, 並列第2, 2（並列）. The number is read by
// internal/numeral (ASCII, full-width or Chinese digits); a rank is at
// least 1. Anything else is [ErrSyntax]; a rank of 0 or past
// 999,999,999,999 is [ErrRange].
func ParseRank(s string) (int, error) {
	t := strings.Join(strings.Fields(s), "")
	for _, tie := range [...]string{"(並列)", "（並列）"} {
		t = strings.TrimSuffix(t, tie)
	}
	t = strings.TrimPrefix(t, "並列")
	t = strings.TrimPrefix(t, "第")
	t = strings.TrimSuffix(t, "名")
	n, err := numeral.Parse(t)
	switch {
	case errors.Is(err, numeral.ErrRange):
		return 0, perr("ParseRank", s, ErrRange, "datasets.range.rank")
	case err != nil:
		return 0, perr("ParseRank", s, ErrSyntax, "datasets.syntax.rank")
	case n < 1:
		return 0, perr("ParseRank", s, ErrRange, "datasets.range.rank-zero")
	}
	return n, nil
}

// CheckPrintedRanks checks the 排名 a ranking table prints against the
// rank its counts give ([Rank]): a [RankFinding] (code
// datasets.printed-rank) for every entry whose printed rank is not its
// computed one. The verdict is finding.Failed when a printed rank does
// not agree; else finding.Unchecked when a printed rank cannot be read
// (RankIllegible, counted in Illegible) or no entry has a printed rank
// (the table prints none: nothing to check); finding.Passed only when
// every rank printed was read and agrees. Entries without a printed rank
// are not counted in Checked. The work is linear in ranked.
func CheckPrintedRanks(ranked []Ranked) PrintedRankCheck {
	var c PrintedRankCheck
	for _, r := range ranked {
		if r.RankIllegible && r.PrintedRank == 0 {
			c.Illegible++
			continue
		}
		if r.PrintedRank == 0 {
			continue
		}
		c.Checked++
		if r.PrintedRank != r.Rank {
			f := RankFinding{Severity: finding.Error, Verdict: finding.Failed, Code: "datasets.printed-rank", Row: r.Row, Name: r.Name,
				Printed: r.PrintedRank, Computed: r.Rank, Count: r.Count}
			f.Detail = f.detail(finding.Chinese)
			c.Findings = append(c.Findings, f)
		}
	}
	return c
}

// A PrintedRankCheck is the check of a ranking table's printed 排名 by
// [CheckPrintedRanks].
type PrintedRankCheck struct {
	Checked  int           `json:"checked,omitzero"`  // entries with a printed rank read
	Findings []RankFinding `json:"findings,omitzero"` // one per entry whose printed rank is wrong, in the order of ranked
	// Illegible counts the entries whose printed 排名 could not be read
	// (Ranked.RankIllegible): ranks printed and not known, 無法查核.
	Illegible int `json:"illegible,omitzero"`
}

var _ finding.Result = PrintedRankCheck{}

// Tally counts the checks made, by verdict: each printed rank read,
// Failed when a finding says it is wrong, else Passed; each printed rank
// that could not be read, Unchecked; and, when the table prints no rank
// at all, one check of its ranks that could not be made (Unchecked): a
// table without 排名 is never 符合.
func (c PrintedRankCheck) Tally() finding.Tally {
	if c.Checked == 0 && c.Illegible == 0 {
		return finding.Tally{Unchecked: 1}
	}
	failed := min(len(c.Findings), c.Checked)
	return finding.Tally{Passed: c.Checked - failed, Failed: failed, Unchecked: c.Illegible}
}

// Head returns the check as one result: code datasets.printed-rank-check,
// the gravest severity of its findings (none when no rank is wrong), and
// the verdict of its checks taken together,
// Tally().Verdict(): 不符 when a printed rank is wrong, 無法查核 when
// none is printed, 符合 only when every printed rank is the one its count
// gives, every one read. It points at no row: its findings do.
func (c PrintedRankCheck) Head() finding.Head {
	return finding.Head{Code: "datasets.printed-rank-check", Severity: finding.Gravest(c.Findings), Verdict: c.Tally().Verdict()}
}

// String returns the check in Traditional Chinese: Message(finding.Chinese).
func (c PrintedRankCheck) String() string { return c.Message(finding.Chinese) }

// Message returns the check in one line, in the language nearest to t:
// 核對排名表所載排名12項：符合10項，不符1項，無法查核1項; 排名表未載排名，無法查核
// when the table prints none. The findings say which rank is wrong.
func (c PrintedRankCheck) Message(t language.Tag) string {
	if c.Checked == 0 && c.Illegible == 0 {
		return i18n.Sprintf(t, "datasets.printed-rank-check.none")
	}
	return tallyMessage(t, "datasets.printed-rank-check", c.Tally())
}

// A RankFinding is a printed rank of a ranking table that its counts do
// not give. Its codes:
//
//   - datasets.printed-rank: the 排名 printed (Printed) is not the
//     competition rank of the entry's count (Computed).
type RankFinding struct {
	Severity finding.Severity `json:"severity,omitzero"` // finding.Error
	Verdict  finding.Verdict  `json:"verdict,omitzero"`  // finding.Failed: the printed rank was checked and does not hold
	Code     string           `json:"code,omitzero"`     // datasets.printed-rank
	Row      int              `json:"row,omitzero"`      // the entry's source row; 0 when not imported
	Name     string           `json:"name,omitzero"`     // the agency, as the table names it
	Printed  int              `json:"printed,omitzero"`  // the rank printed
	Computed int              `json:"computed,omitzero"` // the rank the counts give
	Count    int              `json:"count,omitzero"`    // the entry's count
	Detail   string           `json:"detail,omitzero"`   // what is wrong, in Traditional Chinese: Message(finding.Chinese) without severity, name and row
}

var _ finding.Result = RankFinding{}

// Head returns the finding's code, severity, verdict and source row; its
// column is 排名.
func (f RankFinding) Head() finding.Head {
	return finding.Head{Code: f.Code, Severity: f.Severity, Verdict: f.Verdict, Row: f.Row, Column: "排名"}
}

// String returns the finding as an official reads it, in Traditional
// Chinese: Message(finding.Chinese),
// 錯誤：法務部排名載為第3名，依資料集數量2,963筆計算應為第2名.
func (f RankFinding) String() string { return f.Message(finding.Chinese) }

// Message returns the finding in the language nearest to t: its
// severity, the agency and its row, then what is wrong.
func (f RankFinding) Message(t language.Tag) string {
	return located(t, f.Severity, f.Name, f.Row, "", f.detail(t))
}

// detail writes what is wrong in the language nearest to t.
func (f RankFinding) detail(t language.Tag) string {
	return i18n.Sprintf(t, "datasets.printed-rank", i18n.Number(f.Printed), i18n.Number(f.Count), i18n.Number(f.Computed))
}

package datasets

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/rocdate"
	"golang.org/x/text/width"
)

// A Holding is what the lists of 設置要點第11點 need of one record of the
// ministry's data inventory (資料盤點表). The package does not import the
// inventory package (it sits below it): a caller fills a Holding from each
// inventory.Record, No from its 序號, Name from 系統、資料庫名稱, Unit from
// 管理單位, Class from its class's String (甲類, 乙類, 丙類), Grounds from
// the citations of a 丙類 record as written (《刑事訴訟法》第245條第1、3項),
// and Row from its source row; Datasets and Due come from the ministry's
// own records of what was opened and what is planned.
type Holding struct {
	Row      int             `json:"row,omitzero"`      // the record's source row in the inventory, for problems; 0 when none
	No       int             `json:"no,omitzero"`       // 序號
	Name     string          `json:"name,omitzero"`     // 系統、資料庫名稱
	Unit     string          `json:"unit,omitzero"`     // 管理單位
	Class    string          `json:"class,omitzero"`    // 資料分類 as written: 甲類, 乙類, 丙類 (甲, 甲類:開放資料 also do)
	Grounds  string          `json:"grounds,omitzero"`  // for 丙類, the grounds: citations, one per line or ;-separated
	Datasets []ID            `json:"datasets,omitzero"` // for 甲類 and 乙類, the datasets on data.gov.tw opened from the record
	Due      rocdate.Quarter `json:"due,omitzero"`      // for 甲類 and 乙類 not yet open, when it is planned to open; zero when not decided
}

// The classes of an inventory record, as 第11點's lists count them.
const (
	classNone = iota
	classOpen
	classLimited
	classClosed
)

// classWords are the words of the classes as the deck's 資料盤點表
// prints them, with the platform's name of each.
var classWords = [...]string{"", "甲類(開放資料)", "乙類(有限度利用資料)", "丙類(不開放資料)"}

// parseClassWord reads a class as an inventory writes it: 甲類, 乙,
// 丙類:不開放資料, 丙類（不開放資料）.
func parseClassWord(s string) int {
	s = strings.TrimSpace(s)
	r, n := utf8.DecodeRuneInString(s)
	rest := s[n:]
	if rest != "" && !strings.HasPrefix(rest, "類") {
		return classNone
	}
	switch r {
	case '甲':
		return classOpen
	case '乙':
		return classLimited
	case '丙':
		return classClosed
	}
	return classNone
}

// splitGrounds splits a 丙類 record's grounds into its citations: one per
// line, or separated by ; or ；, blanks trimmed, empty ones skipped, and
// the words that say there is none (無, 「無」, N/A, 不適用, -, 免, …;
// see [isNoGround]) skipped too: they are no ground to publish. It also
// reports whether such a word was skipped.
func splitGrounds(s string) (out []string, none bool) {
	for _, line := range strings.Split(s, "\n") {
		for _, g := range splitList(line) {
			if isNoGround(g) {
				none = true
				continue
			}
			out = append(out, g)
		}
	}
	return out, none
}

// noGroundWords are what inventories write for "no ground", folded
// (narrow, upper case, without quotes, brackets and blanks).
var noGroundWords = map[string]bool{
	"無": true, "N/A": true, "NA": true, "N.A.": true, "不適用": true, "-": true, "--": true,
	"—": true, "─": true, "免": true, "無規定": true, "尚無": true, "無依據": true, "NONE": true, "NIL": true,
}

// isNoGround reports whether g, one citation, says there is none: 無,
// 「無」, (無), N/A, NA, 不適用, -, －, 免 and their full-width forms.
func isNoGround(g string) bool {
	if len(g) > 32 {
		return false
	}
	f := strings.Map(func(r rune) rune {
		if strings.ContainsRune("「」『』\"'“”‘’()（）[]【】 \u3000", r) {
			return -1
		}
		return unicode.ToUpper(r)
	}, width.Fold.String(g))
	return noGroundWords[f]
}

// groundsProblem returns the problem of a 丙類 holding without grounds:
// ErrMissing, with a detail when a word such as 無 stood in for them.
func groundsProblem(h Holding, fn string, none bool, sev finding.Severity) *RowError {
	p := &RowError{Row: h.Row, Column: "未能開放之依據", Err: ErrMissing, Severity: sev}
	if none {
		p.Input = strings.TrimSpace(h.Grounds)
		p.Err = perr(fn, p.Input, ErrMissing, "datasets.missing.no-ground")
	}
	return p
}

// ReviewResult is the quarter's review result table that 第11點 has the
// ministry publish on data.gov.tw (公開審查結果), in the form of the
// deck's 本部及所屬機關資料盤點表: the number of records per class, and
// the grounds on which the 丙類 records are not opened.
type ReviewResult struct {
	Quarter rocdate.Quarter `json:"quarter,omitzero"` // the quarter reviewed
	Open    int             `json:"open,omitzero"`    // 甲類 (開放資料)
	Limited int             `json:"limited,omitzero"` // 乙類 (有限度利用資料)
	Closed  int             `json:"closed,omitzero"`  // 丙類 (不開放資料)
	Grounds []string        `json:"grounds,omitzero"` // the distinct grounds of the 丙類 records, in the order first cited
}

// Total returns the number of records counted, 合計.
func (r ReviewResult) Total() int { return r.Open + r.Limited + r.Closed }

// Records returns the table as a ministry uploads it: a header 資料分級,
// 數量, 備註, a row per class (甲類(開放資料), 乙類(有限度利用資料),
// 丙類(不開放資料), the last with its grounds one per line in 備註), and
// 合計.
func (r ReviewResult) Records() [][]string {
	return [][]string{
		{"資料分級", "數量", "備註"},
		{classWords[classOpen], strconv.Itoa(r.Open), ""},
		{classWords[classLimited], strconv.Itoa(r.Limited), ""},
		{classWords[classClosed], strconv.Itoa(r.Closed), strings.Join(r.Grounds, "\n")},
		{"合計", strconv.Itoa(r.Total()), ""},
	}
}

// Review counts the records of an inventory for the quarter's review
// result (第11點: 公開審查結果). A Holding whose Class is none of 甲類, 乙類
// and 丙類 is not counted and is reported ([ErrSyntax], column 資料分類);
// a 丙類 record without grounds is counted and reported ([ErrMissing],
// column 未能開放之依據, severity finding.Warning; 「無」, N/A, 不適用, -
// and 免 are no ground, never listed in Grounds): the platform asks for
// the grounds of what cannot be opened. The error is nil when every holding was read, else an
// *ImportError whose RowErrors carry each holding's Row. The work is
// linear in the holdings.
func Review(q rocdate.Quarter, hs []Holding) (ReviewResult, error) {
	r := ReviewResult{Quarter: q}
	var problems []*RowError
	seen := map[string]bool{}
	for _, h := range hs {
		switch parseClassWord(h.Class) {
		case classOpen:
			r.Open++
		case classLimited:
			r.Limited++
		case classClosed:
			r.Closed++
			gs, none := splitGrounds(h.Grounds)
			if len(gs) == 0 {
				// The record is counted: a warning.
				problems = append(problems, groundsProblem(h, "Review", none, finding.Warning))
			}
			for _, g := range gs {
				if !seen[g] {
					seen[g] = true
					r.Grounds = append(r.Grounds, g)
				}
			}
		default:
			problems = append(problems, holdingProblem(h, "資料分類", perr("Review", h.Class, ErrSyntax, "datasets.syntax.class")))
		}
	}
	return r, importError(problems)
}

// holdingProblem returns the RowError of a holding whose cell in column
// pe refuses.
func holdingProblem(h Holding, column string, pe *ParseError) *RowError {
	return &RowError{Row: h.Row, Column: column, Input: pe.Input, Err: pe, Severity: finding.Error}
}

// Unopenable is one line of the list of what cannot be opened, with its
// grounds (第11點: 說明未能開放之依據).
type Unopenable struct {
	Row     int      `json:"row,omitzero"`     // the record's source row in the inventory; 0 when none
	No      int      `json:"no,omitzero"`      // 序號
	Unit    string   `json:"unit,omitzero"`    // 管理單位
	Name    string   `json:"name,omitzero"`    // 系統、資料庫名稱
	Grounds []string `json:"grounds,omitzero"` // 未能開放之依據: the citations, in the record's order
}

// UnopenableList returns the 丙類 records of an inventory with their
// grounds, in the inventory's order: the list 第11點 has the ministry
// publish every quarter. A 丙類 record without grounds cannot be
// published as the rule asks: it is left out and reported ([ErrMissing],
// column 未能開放之依據, severity finding.Error). 「無」, 無, N/A, NA,
// 不適用, -, －, 免 and their full-width forms are no ground: they are
// never published as a 未能開放之依據, and a record whose grounds are only
// such words is a record without grounds; a holding whose Class is none of the three is
// reported too ([ErrSyntax]). The error is nil when every holding was
// read, else an *ImportError. The work is linear in the holdings.
func UnopenableList(hs []Holding) ([]Unopenable, error) {
	var out []Unopenable
	var problems []*RowError
	for _, h := range hs {
		switch parseClassWord(h.Class) {
		case classOpen, classLimited:
		case classClosed:
			gs, none := splitGrounds(h.Grounds)
			if len(gs) == 0 {
				problems = append(problems, groundsProblem(h, "UnopenableList", none, finding.Error))
				continue
			}
			out = append(out, Unopenable{Row: h.Row, No: h.No, Unit: strings.TrimSpace(h.Unit), Name: strings.TrimSpace(h.Name), Grounds: gs})
		default:
			problems = append(problems, holdingProblem(h, "資料分類", perr("UnopenableList", h.Class, ErrSyntax, "datasets.syntax.class")))
		}
	}
	return out, importError(problems)
}

// UnopenableRecords returns the list as rows a ministry uploads: a header
// 序號, 管理單位, 資料名稱, 資料分類, 未能開放之依據, then one record per
// row, 資料分類 as 丙類(不開放資料) and the grounds joined by ；.
func UnopenableRecords(us []Unopenable) [][]string {
	rows := make([][]string, 0, len(us)+1)
	rows = append(rows, []string{"序號", "管理單位", "資料名稱", "資料分類", "未能開放之依據"})
	for _, u := range us {
		rows = append(rows, []string{strconv.Itoa(u.No), u.Unit, u.Name, classWords[classClosed], strings.Join(u.Grounds, "；")})
	}
	return rows
}

// Planned is one line of the list of datasets planned for opening
// (第11點: 更新預計開放資料集清單).
type Planned struct {
	Row   int             `json:"row,omitzero"`   // the record's source row in the inventory; 0 when none
	No    int             `json:"no,omitzero"`    // 序號
	Unit  string          `json:"unit,omitzero"`  // 管理單位
	Name  string          `json:"name,omitzero"`  // 系統、資料庫名稱
	Class string          `json:"class,omitzero"` // 甲類(開放資料) or 乙類(有限度利用資料)
	Due   rocdate.Quarter `json:"due,omitzero"`   // 預計開放時間; zero when not decided
}

// PlannedList returns the records of an inventory that are to be opened
// and are not open yet, in the inventory's order: the 甲類 and 乙類
// records none of whose Datasets is listed in c. A dataset a holding
// names that c does not hold is reported ([ErrMissing], column 資料集) and
// the record stays on the list; a Class none of the three is reported
// ([ErrSyntax]). The error is nil when every holding was read, else an
// *ImportError. The work is linear in the holdings and their datasets.
func PlannedList(hs []Holding, c Catalog) ([]Planned, error) {
	var out []Planned
	var problems []*RowError
	for _, h := range hs {
		class := parseClassWord(h.Class)
		switch class {
		case classOpen, classLimited:
		case classClosed:
			continue
		default:
			problems = append(problems, holdingProblem(h, "資料分類", perr("PlannedList", h.Class, ErrSyntax, "datasets.syntax.class")))
			continue
		}
		open := false
		for _, id := range h.Datasets {
			d, ok := c.Lookup(id)
			if !ok {
				problems = append(problems, holdingProblem(h, "資料集", perr("PlannedList", id.String(), ErrMissing, "datasets.missing.catalog")))
				continue
			}
			open = open || d.Listed()
		}
		if !open {
			out = append(out, Planned{Row: h.Row, No: h.No, Unit: strings.TrimSpace(h.Unit), Name: strings.TrimSpace(h.Name), Class: classWords[class], Due: h.Due})
		}
	}
	return out, importError(problems)
}

// PlannedRecords returns the list as rows a ministry uploads: a header
// 序號, 管理單位, 資料名稱, 資料分類, 預計開放時間, then one record per row,
// the time as a quarter (111年第3季) or 未定.
func PlannedRecords(ps []Planned) [][]string {
	rows := make([][]string, 0, len(ps)+1)
	rows = append(rows, []string{"序號", "管理單位", "資料名稱", "資料分類", "預計開放時間"})
	for _, p := range ps {
		due := "未定"
		if !p.Due.IsZero() {
			due = p.Due.String()
		}
		rows = append(rows, []string{strconv.Itoa(p.No), p.Unit, p.Name, p.Class, due})
	}
	return rows
}

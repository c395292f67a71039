package inventory

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/ogdtw/governance/internal/textwidth"
)

// A Summary is the 資料分級 table of an edition: how many records each class
// has, the total, and the laws cited by 丙類 records. Summarize computes
// one; a Summary written from a printed table (the deck's 甲26 乙0 丙65
// 合計91) is what CheckSummary compares with it. The zero Summary is an
// empty table.
type Summary struct {
	Open         int // 甲類
	Limited      int // 乙類
	Closed       int // 丙類
	Unclassified int // records without a class
	Total        int // 合計
	// Laws are the distinct laws cited by 丙類 records, in the order first
	// cited (the 備註 of the 丙類 row).
	Laws []string
}

// Summarize counts the records of inv per class and in total, and lists
// the distinct laws cited by its 丙類 records in first-cited order. Grounds
// that do not parse name no law here; Validate reports them.
func Summarize(inv Inventory) Summary {
	var s Summary
	seen := map[string]bool{}
	for _, r := range inv.Records {
		switch r.Class {
		case Open:
			s.Open++
		case Limited:
			s.Limited++
		case Closed:
			s.Closed++
			cs, _ := r.Citations()
			for _, c := range cs {
				if c.Law != "" && !seen[c.Law] {
					seen[c.Law] = true
					s.Laws = append(s.Laws, c.Law)
				}
			}
		default:
			s.Unclassified++
		}
		s.Total++
	}
	return s
}

// Count returns the number of records of class c.
func (s Summary) Count(c Class) int {
	switch c {
	case Open:
		return s.Open
	case Limited:
		return s.Limited
	case Closed:
		return s.Closed
	}
	return s.Unclassified
}

// String prints the summary as the deck's table: 資料分級, 數量, 備註, with the
// laws of 丙類 in 《》 and a 合計 row. A row for unclassified records appears
// only when there are some.
func (s Summary) String() string {
	laws := make([]string, len(s.Laws))
	for i, l := range s.Laws {
		laws[i] = "《" + l + "》"
	}
	rows := [][]string{{"資料分級", "數量", "備註"}}
	for _, c := range [...]Class{Open, Limited, Closed} {
		note := ""
		if c == Closed {
			note = strings.Join(laws, "、")
		}
		rows = append(rows, []string{c.String() + " (" + c.Label() + ")", strconv.Itoa(s.Count(c)), note})
	}
	if s.Unclassified != 0 {
		rows = append(rows, []string{Unclassified.String(), strconv.Itoa(s.Unclassified), ""})
	}
	rows = append(rows, []string{"合計", strconv.Itoa(s.Total), ""})
	return textwidth.Table(rows, []textwidth.Align{textwidth.Left, textwidth.Right, textwidth.Left})
}

// Figure names one figure of a printed summary.
type Figure uint8

const (
	// FigureOpen is the count of 甲類.
	FigureOpen Figure = iota
	// FigureLimited is the count of 乙類.
	FigureLimited
	// FigureClosed is the count of 丙類.
	FigureClosed
	// FigureUnclassified is the count of records without a class.
	FigureUnclassified
	// FigureTotal is 合計.
	FigureTotal
	// FigureLaws is the number of laws cited by 丙類.
	FigureLaws
	// FigureLaw is one law: listed but not cited, or cited but not listed.
	FigureLaw
)

var figureNames = [...]string{"甲類", "乙類", "丙類", "未分類", "合計", "丙類引用法規數", "丙類引用法規"}

// String returns the figure's name as the table prints it: 甲類, 合計, ….
func (f Figure) String() string {
	if int(f) < len(figureNames) {
		return figureNames[f]
	}
	return "Figure(" + strconv.Itoa(int(f)) + ")"
}

// MarshalText returns the figure as String gives it.
func (f Figure) MarshalText() ([]byte, error) {
	if int(f) >= len(figureNames) {
		return nil, fmt.Errorf("inventory: invalid figure %d: %w", int(f), ErrRange)
	}
	return []byte(figureNames[f]), nil
}

// UnmarshalText sets f from the text String gives.
func (f *Figure) UnmarshalText(b []byte) error {
	if i := slices.Index(figureNames[:], string(b)); i >= 0 {
		*f = Figure(i)
		return nil
	}
	return fmt.Errorf("inventory: parsing figure %q: %w", b, ErrSyntax)
}

// A Mismatch is a figure of a printed summary that the records do not
// bear out: what was reported and what the records give. For FigureLaw,
// Law names the law and Reported and Computed are 1 where it is listed or
// cited and 0 where not.
type Mismatch struct {
	Figure   Figure
	Law      string
	Reported int
	Computed int
}

// String explains the mismatch: 合計: 表列91, 計算90, or for a law
// 丙類引用法規《檔案法》: 表列未列, 計算有引用.
func (m Mismatch) String() string {
	if m.Figure == FigureLaw {
		listed, cited := "未列", "未引用"
		if m.Reported != 0 {
			listed = "有列"
		}
		if m.Computed != 0 {
			cited = "有引用"
		}
		return fmt.Sprintf("%s《%s》: 表列%s, 計算%s", m.Figure, m.Law, listed, cited)
	}
	return fmt.Sprintf("%s: 表列%d, 計算%d", m.Figure, m.Reported, m.Computed)
}

// CheckSummary compares a summary as printed with the one computed from
// the records of inv, and returns a Mismatch for each wrong figure: each
// class count, the total, the number of laws, and each law listed but not
// cited by a 丙類 record or cited but not listed. The order in which laws
// are listed is not checked. It returns nil when the printed table is right.
func CheckSummary(reported Summary, inv Inventory) []Mismatch {
	computed := Summarize(inv)
	listed := make([]string, len(reported.Laws))
	for i, l := range reported.Laws {
		listed[i] = strings.Trim(l, "《》「」 \u3000")
	}
	var out []Mismatch
	for _, f := range [...]struct {
		fig  Figure
		r, c int
	}{
		{FigureOpen, reported.Open, computed.Open},
		{FigureLimited, reported.Limited, computed.Limited},
		{FigureClosed, reported.Closed, computed.Closed},
		{FigureUnclassified, reported.Unclassified, computed.Unclassified},
		{FigureTotal, reported.Total, computed.Total},
		{FigureLaws, len(reported.Laws), len(computed.Laws)},
	} {
		if f.r != f.c {
			out = append(out, Mismatch{Figure: f.fig, Reported: f.r, Computed: f.c})
		}
	}
	for _, l := range listed {
		if !slices.Contains(computed.Laws, l) {
			out = append(out, Mismatch{Figure: FigureLaw, Law: l, Reported: 1})
		}
	}
	for _, l := range computed.Laws {
		if !slices.Contains(listed, l) {
			out = append(out, Mismatch{Figure: FigureLaw, Law: l, Computed: 1})
		}
	}
	return out
}

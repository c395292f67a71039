package inventory

import (
	"math"
	"strconv"
	"strings"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/internal/textwidth"
	"github.com/ogdtw/governance/inventory/law"
)

// A Summary is the 資料分級 table of an edition: how many records each class
// has, the total, and the laws cited by 丙類 records. Summarize computes
// one; a Summary read from a printed table (the deck's 甲26 乙0 丙65
// 合計91) by ImportSummary is what CheckSummary compares with it. The zero
// Summary is an empty table.
type Summary struct {
	Open         int `json:"open,omitzero"`         // 甲類
	Limited      int `json:"limited,omitzero"`      // 乙類
	Closed       int `json:"closed,omitzero"`       // 丙類
	Unclassified int `json:"unclassified,omitzero"` // records without a class
	Total        int `json:"total,omitzero"`        // 合計
	// Laws are the distinct laws cited by 丙類 records, in the order first
	// cited, each by the name it is first cited by (the 備註 of the 丙類
	// row). Laws are distinct by identity: a law cited by its short or
	// former name is the same law.
	Laws []string `json:"laws,omitzero"`
	// Citations are the citations the 備註 of the 丙類 row lists, in order:
	// as printed, for a Summary from ImportSummary; each distinct citation
	// of the 丙類 records in first-cited order, for one from Summarize.
	Citations []law.Citation `json:"citations,omitzero"`
	// Unknown holds FieldGrounds when the printed table has no 備註
	// column: then the laws it lists are unknown, not none, and Laws and
	// Citations are empty for want of data. ImportSummary sets it; it is
	// empty for a table with a 備註 column, blank or not, and for a
	// Summary from Summarize.
	Unknown FieldSet `json:"unknown,omitzero"`
}

// Summarize is [Checker.Summarize] against law.Default().
func Summarize(inv Inventory) Summary { return Checker{}.Summarize(inv) }

// Summarize counts the records of inv per class and in total, and lists
// the distinct laws, and the distinct citations, of its 丙類 records in
// first-cited order. Laws are told apart by their identity in k's
// registry (個資法 and 個人資料保護法 are one law, listed by the name first
// cited). It reads the citations parsed at import; grounds that do not
// parse name no law here (Validate reports them).
//
// The grounds of a record whose source gave no 法令依據 ([Record.Unknown])
// are unknown and name no law: a summary of records all so read, as the
// deck's record excerpt is, has the counts but no Laws and no Citations,
// and its 丙類 備註 is empty ([Checker.CheckSummary] does not hold that
// against a printed table).
func (k Checker) Summarize(inv Inventory) Summary {
	reg := k.registry()
	var s Summary
	seenLaw := map[string]bool{}
	seenCite := map[string]bool{}
	for _, r := range inv.Records {
		switch r.Class {
		case Open:
			s.Open++
		case Limited:
			s.Limited++
		case Closed:
			s.Closed++
			if r.Unknown.Has(FieldGrounds) {
				break
			}
			for _, g := range r.Grounds {
				for _, c := range g.Citations {
					if c.Law != "" {
						if id := reg.Identity(c.Law); !seenLaw[id] {
							seenLaw[id] = true
							s.Laws = append(s.Laws, c.Law)
						}
					}
					if key := c.String(); !seenCite[key] {
						seenCite[key] = true
						s.Citations = append(s.Citations, c)
					}
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

// Records returns the cells of the table as the deck prints it, so that a
// report renders it without knowing its layout: a header row 資料分級,
// 數量, 備註; a row per class, 甲類 (開放資料), 乙類 (有限度利用資料) and
// 丙類 (不開放資料), with its count; the 備註 of 丙類 lists the citations,
// one a row (the first on the 丙類 row, the others on rows of their own
// with the first two cells empty), or the laws in 《》 when the summary has
// no citations; a row 未分類 only when there are unclassified records; and
// a 合計 row. ImportSummary reads these rows back to the same Summary.
func (s Summary) Records() [][]string {
	var notes []string
	if len(s.Citations) > 0 {
		for _, c := range s.Citations {
			notes = append(notes, c.String())
		}
	} else {
		for _, l := range s.Laws {
			notes = append(notes, "《"+l+"》")
		}
	}
	noNote := s.Unknown.Has(FieldGrounds)
	row := func(cells ...string) []string {
		if noNote {
			return cells[:2]
		}
		return cells
	}
	rows := [][]string{row("資料分級", "數量", "備註")}
	for _, c := range [...]Class{Open, Limited, Closed} {
		note := ""
		if c == Closed && len(notes) > 0 {
			note = notes[0]
		}
		rows = append(rows, row(c.String()+" ("+c.Label()+")", strconv.Itoa(s.Count(c)), note))
		if c == Closed && !noNote {
			for _, n := range notes[min(1, len(notes)):] {
				rows = append(rows, []string{"", "", n})
			}
		}
	}
	if s.Unclassified != 0 {
		rows = append(rows, row(Unclassified.String(), strconv.Itoa(s.Unclassified), ""))
	}
	return append(rows, row("合計", strconv.Itoa(s.Total), ""))
}

// String prints the summary as the deck's table, the cells of Records in
// aligned columns.
func (s Summary) String() string {
	return textwidth.Table(s.Records(), []textwidth.Align{textwidth.Left, textwidth.Right, textwidth.Left})
}

// Figure names one figure of a printed summary. The zero value, NoFigure,
// names none.
type Figure uint8

const (
	// NoFigure is the zero Figure: not given.
	NoFigure Figure = iota
	// FigureOpen is the count of 甲類.
	FigureOpen
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

var figureText = enumText{
	Type:  "Figure",
	Names: []string{"", "甲類", "乙類", "丙類", "未分類", "合計", "丙類引用法規數", "丙類引用法規"},
	IDs:   []string{"", "open", "limited", "closed", "unclassified", "total", "laws", "law"},
}

// String returns the figure's name as the table prints it: 甲類, 合計, …;
// "" for NoFigure.
func (f Figure) String() string { return figureText.Word(uint8(f)) }

// IsValid reports whether f is NoFigure or one of the defined figures.
func (f Figure) IsValid() bool { return figureText.Valid(uint8(f)) }

// AppendText appends the figure as String gives it to b. It fails with
// ErrRange for an invalid figure.
func (f Figure) AppendText(b []byte) ([]byte, error) { return figureText.AppendText(b, uint8(f)) }

// MarshalText returns the figure as String gives it.
func (f Figure) MarshalText() ([]byte, error) { return f.AppendText(nil) }

// UnmarshalText sets f as ParseFigure reads b.
func (f *Figure) UnmarshalText(b []byte) error {
	v, err := ParseFigure(string(b))
	if err == nil {
		*f = v
	}
	return err
}

// ParseFigure reads a figure from its name (甲類, 合計, 丙類引用法規) or its
// English id (open, limited, closed, unclassified, total, laws, law); ""
// is NoFigure.
func ParseFigure(s string) (Figure, error) {
	v, err := figureText.Parse("ParseFigure", s)
	return Figure(v), err
}

// A Mismatch is a figure of a printed summary that is wrong: what the
// table printed and what was computed, from the records (CheckSummary) or
// from the table's own rows (Summary.CheckTotal). For FigureLaw, Law names
// the law and Printed and Computed are 1 where it is listed or cited and 0
// where not. It is a finding, not an error.
//
// Codes: inventory.summary-count (a count, the total or the number of
// laws differs from the records), inventory.law-not-cited (a law listed
// that no 丙類 record cites), inventory.law-not-listed (a law a 丙類
// record cites that is not listed), inventory.summary-total (合計 is not
// the sum of the printed classes).
type Mismatch struct {
	Severity finding.Severity `json:"severity,omitzero"` // finding.Error
	Code     string           `json:"code,omitzero"`     // stable code: inventory.summary-count
	Figure   Figure           `json:"figure,omitzero"`   // the figure concerned
	Law      string           `json:"law,omitzero"`      // the law, for FigureLaw
	Printed  int              `json:"printed,omitzero"`  // what the table prints
	Computed int              `json:"computed,omitzero"` // what the records, or the table's rows, give
	Detail   string           `json:"detail,omitzero"`   // what is wrong, in Traditional Chinese: 表列26，計算25
}

// String explains the mismatch in Chinese, as Message(finding.Chinese): 錯誤：合計表列91，計算90, or for a law
// 錯誤：丙類引用法規《檔案法》表列未列，計算有引用.
func (m Mismatch) String() string { return m.Message(finding.Chinese) }

// mismatch returns the Mismatch of a count.
func mismatch(code string, f Figure, printed, computed int) Mismatch {
	return toldMismatch(Mismatch{Severity: finding.Error, Code: code, Figure: f, Printed: printed, Computed: computed})
}

// toldMismatch returns m with its Detail: its message in Chinese.
func toldMismatch(m Mismatch) Mismatch {
	m.Detail = m.DetailMessage(finding.Chinese)
	return m
}

// CheckSummary is [Checker.CheckSummary] against law.Default().
func CheckSummary(printed Summary, inv Inventory) []Mismatch {
	return Checker{}.CheckSummary(printed, inv)
}

// CheckSummary compares a summary as printed with the one computed from
// the records of inv, and returns a Mismatch for each wrong figure: each
// class count, the total, the number of laws, and each law listed but not
// cited by a 丙類 record or cited but not listed. Laws are compared by
// their identity in k's registry, so a table listing 個資法 matches records
// citing 個人資料保護法. The order in which laws are listed, and the
// citations, are not checked. It returns nil when the printed table is
// right.
//
// When a 丙類 record's grounds are unknown (its source had no 法令依據
// column: [Record.Unknown]), the laws it cites are unknown, so the
// records cannot show that a listed law is cited by none, nor how many
// laws there are: the number of laws and inventory.law-not-cited are not
// checked, and the printed 備註 is never called wrong for it. A law cited
// by a record whose grounds are known and not listed is still
// inventory.law-not-listed. Likewise, when the printed table has no 備註
// column (printed.Unknown holds FieldGrounds), the laws it lists are
// unknown: neither the number of laws nor any law listed or not is
// checked. The counts are checked as ever.
func (k Checker) CheckSummary(printed Summary, inv Inventory) []Mismatch {
	reg := k.registry()
	computed := k.Summarize(inv)
	lawsKnown := true // whether every 丙類 record's grounds are known
	for _, r := range inv.Records {
		if r.Class == Closed && r.Unknown.Has(FieldGrounds) {
			lawsKnown = false
			break
		}
	}
	listKnown := !printed.Unknown.Has(FieldGrounds) // whether the table has a 備註
	listed := make([]string, len(printed.Laws))
	isListed := make(map[string]bool, len(listed))
	for i, l := range printed.Laws {
		listed[i] = strings.Trim(l, "《》「」 \u3000")
		isListed[reg.Identity(listed[i])] = true
	}
	cited := make([]string, len(computed.Laws)) // identities
	isCited := make(map[string]bool, len(computed.Laws))
	for i, l := range computed.Laws {
		cited[i] = reg.Identity(l)
		isCited[cited[i]] = true
	}
	var out []Mismatch
	for _, f := range [...]struct {
		fig  Figure
		p, c int
	}{
		{FigureOpen, printed.Open, computed.Open},
		{FigureLimited, printed.Limited, computed.Limited},
		{FigureClosed, printed.Closed, computed.Closed},
		{FigureUnclassified, printed.Unclassified, computed.Unclassified},
		{FigureTotal, printed.Total, computed.Total},
		{FigureLaws, len(printed.Laws), len(computed.Laws)},
	} {
		if f.p != f.c && (lawsKnown && listKnown || f.fig != FigureLaws) {
			out = append(out, mismatch("inventory.summary-count", f.fig, f.p, f.c))
		}
	}
	for _, l := range listed {
		if lawsKnown && !isCited[reg.Identity(l)] {
			out = append(out, toldMismatch(Mismatch{Severity: finding.Error, Code: "inventory.law-not-cited", Figure: FigureLaw, Law: l, Printed: 1}))
		}
	}
	for i, l := range computed.Laws {
		if listKnown && !isListed[cited[i]] {
			out = append(out, toldMismatch(Mismatch{Severity: finding.Error, Code: "inventory.law-not-listed", Figure: FigureLaw, Law: l, Computed: 1}))
		}
	}
	return out
}

// CheckTotal checks a printed summary's own arithmetic: that its 合計 is
// the sum of its class counts. It returns the Mismatch of the total
// (inventory.summary-total), or nil when the table adds up. A sum past the
// range of int does not wrap: it is reported with Computed at
// math.MaxInt (math.MinInt below), which no 合計 matches.
func (s Summary) CheckTotal() []Mismatch {
	sum, exact := 0, true
	for _, n := range [...]int{s.Open, s.Limited, s.Closed, s.Unclassified} {
		var ok bool
		if sum, ok = addInt(sum, n); !ok {
			exact = false
		}
	}
	if !exact || sum != s.Total {
		return []Mismatch{mismatch("inventory.summary-total", FigureTotal, s.Total, sum)}
	}
	return nil
}

// addInt returns a+b and true, or the bound it passes (math.MaxInt or
// math.MinInt) and false.
func addInt(a, b int) (int, bool) {
	switch {
	case b > 0 && a > math.MaxInt-b:
		return math.MaxInt, false
	case b < 0 && a < math.MinInt-b:
		return math.MinInt, false
	}
	return a + b, true
}

package datasets

import (
	"cmp"
	"slices"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/internal/errtype"
	"github.com/ogdtw/governance/internal/i18n"
	"github.com/ogdtw/governance/internal/textwidth"
	"github.com/ogdtw/governance/rocdate"
	"golang.org/x/text/language"
)

// Figures are the four figures the per-publisher table prints on a row.
type Figures struct {
	Prev           int `json:"prev,omitzero"`           // open count in the previous period (110 第4季)
	Cur            int `json:"cur,omitzero"`            // open count in the current period (111 第2季)
	Change         int `json:"change,omitzero"`         // 增減: Cur − Prev
	SinceYearStart int `json:"sinceYearStart,omitzero"` // 111.01.01 迄今: Cur − the count at the year's start
}

// plus returns f + g, and false when a column passes the int range.
func (f Figures) plus(g Figures) (Figures, bool) {
	var ok [4]bool
	var out Figures
	out.Prev, ok[0] = add(f.Prev, g.Prev)
	out.Cur, ok[1] = add(f.Cur, g.Cur)
	out.Change, ok[2] = add(f.Change, g.Change)
	out.SinceYearStart, ok[3] = add(f.SinceYearStart, g.SinceYearStart)
	return out, ok == [4]bool{true, true, true, true}
}

// add returns a + b, and false when the sum passes the int range.
func add(a, b int) (int, bool) {
	c := a + b
	return c, (b >= 0) == (c >= a)
}

// sub returns a − b, and false when the difference passes the int range.
func sub(a, b int) (int, bool) {
	c := a - b
	return c, (b >= 0) == (c <= a)
}

// TableRow is one publisher's line of the per-publisher table.
type TableRow struct {
	Row       int       `json:"row,omitzero"` // the row [ImportTable] read it from, 1-based; 0 when not imported
	Publisher Publisher `json:"publisher,omitzero"`
	Figures
}

// Subtotal is a group's 小計 line.
type Subtotal struct {
	Row   int   `json:"row,omitzero"` // the row [ImportTable] read it from, 1-based; 0 when not imported
	Group Group `json:"group,omitzero"`
	Figures
}

// Table is the per-publisher table for two periods
// (本部各機關(單位)資料開放情形), as printed or as built by [BuildTable]: a
// row per publisher, a 小計 per group (本部單位, 所屬機關) and perhaps a 合計.
// It holds the figures as given, right or wrong; [Table.Check] finds the
// wrong ones. Its fields are plain data, as a report prints them; the zero
// Table has no periods and no rows.
type Table struct {
	Prev      rocdate.Quarter `json:"prev,omitzero"`
	Cur       rocdate.Quarter `json:"cur,omitzero"` // the two periods: 110年第4季, 111年第2季
	PrevDate  rocdate.Date    `json:"prevDate,omitzero"`
	CurDate   rocdate.Date    `json:"curDate,omitzero"`   // the statistics dates; zero when not known
	Rows      []TableRow      `json:"rows,omitzero"`      // in printed order
	Subtotals []Subtotal      `json:"subtotals,omitzero"` // as printed; a group may have none
	Total     *Figures        `json:"total,omitzero"`     // the 合計 as printed; nil when not printed
	TotalRow  int             `json:"totalRow,omitzero"`  // the row [ImportTable] read the 合計 from; 0 when not imported
}

// Sum returns the figures of the rows of group g added up; NoGroup adds
// up every row. A sum past the int range is never wrapped: Sum fails with
// a *ParseError wrapping [ErrRange] and zero Figures.
func (t Table) Sum(g Group) (Figures, error) {
	var f Figures
	for _, r := range t.Rows {
		if g == NoGroup || r.Publisher.Group() == g {
			var ok bool
			if f, ok = f.plus(r.Figures); !ok {
				return Figures{}, errtype.With[pkg]("Table.Sum", g.String(), ErrRange, i18n.NewDetail("datasets.range.sum"))
			}
		}
	}
	return f, nil
}

// sums returns the sums of t's rows per group (Units, Agencies) and in
// all (NoGroup), in one pass; ok[g] is false where a sum overflowed.
func (t Table) sums() (sum [3]Figures, ok [3]bool) {
	ok = [3]bool{true, true, true}
	acc := func(g Group, f Figures) {
		if ok[g] {
			sum[g], ok[g] = sum[g].plus(f)
		}
	}
	for _, r := range t.Rows {
		acc(NoGroup, r.Figures)
		if g := r.Publisher.Group(); g == Units || g == Agencies {
			acc(g, r.Figures)
		}
	}
	return sum, ok
}

// prevIsYearEnd reports whether Prev is the last quarter of the year
// before Cur: then the count at the year's start is the Prev count, and
// 迄今 must equal 增減, as in the deck.
func (t Table) prevIsYearEnd() bool {
	return !t.Prev.IsZero() && !t.Cur.IsZero() && t.Prev.Number() == 4 && t.Prev.Year()+1 == t.Cur.Year()
}

// A TableFinding is a printed figure of the per-publisher table that does
// not check, or a check that could not be made. It names its line
// structurally: a publisher's row by Index (in Table.Rows) and Publisher,
// a 小計 by Index (in Table.Subtotals) and Group, the 合計 by Index -1,
// each with its source Row. Its codes:
//
//   - datasets.change: a row's 增減 is not Cur − Prev.
//   - datasets.since-year-start: a row's 年初迄今 is not Cur − Prev when
//     Prev is the last quarter of the year before Cur, counted on its last
//     day (PrevDate 110年12月31日).
//   - datasets.year-start-unknown (a notice, Unchecked): Prev is the last
//     quarter of the year before, but not counted on its last day (the
//     series counts 110年第4季 on 110/12/10) or on a day not given, so the
//     count at the year's start, and with it every row's 迄今, is not
//     known; one finding for the column (Line NoLine, Printed the number
//     of rows), Date the day Prev was counted when known.
//   - datasets.year-start-not-given (a notice, Unchecked): Prev is not the
//     last quarter of the year before Cur (111年第1季 for 111年第2季), or a
//     period is not given, so the table holds no count at the year's
//     start and no row's 迄今 can be checked; one finding for the column
//     (Line NoLine, Printed the number of rows), Quarter the Prev period.
//   - datasets.subtotal: a 小計 is not the sum of its group's rows, in the
//     column named.
//   - datasets.total: the 合計 is not the sum of all rows, in the column
//     named.
//   - datasets.series-mismatch: the rows' total for a period (Printed)
//     differs from the series' count at Date (Computed).
//   - datasets.not-in-series (a notice): the series has no figure for a
//     period, so its total could not be compared.
//   - datasets.overflow: a difference or a sum passes the range of int,
//     so the line could not be checked (never a wrapped figure).
//
// Verdict is finding.Failed for a figure that does not check and
// finding.Unchecked for one that could not be checked
// (datasets.not-in-series, datasets.overflow).
type TableFinding struct {
	Severity  finding.Severity `json:"severity,omitzero"`  // finding.Error; finding.Notice for datasets.not-in-series
	Verdict   finding.Verdict  `json:"verdict,omitzero"`   // Failed, or Unchecked for datasets.not-in-series and datasets.overflow
	Code      string           `json:"code,omitzero"`      // see the list above
	Line      Line             `json:"line,omitzero"`      // the kind of line: a publisher's row, a 小計 or the 合計
	Index     int              `json:"index,omitzero"`     // index in Table.Rows or Table.Subtotals; -1 for the 合計
	Row       int              `json:"row,omitzero"`       // the line's source row; 0 when not imported
	Publisher Publisher        `json:"publisher,omitzero"` // the row's publisher; zero for a 小計 or the 合計
	Group     Group            `json:"group,omitzero"`     // the row's or 小計's group; NoGroup for the 合計
	Column    string           `json:"column,omitzero"`    // the column as printed: 110年第4季, 111年第2季, 增減, 111.01.01 迄今
	Date      rocdate.Date     `json:"date,omitzero"`      // the series' date, for datasets.series-mismatch
	Printed   int              `json:"printed,omitzero"`   // the figure printed (the rows' total, for the series)
	Computed  int              `json:"computed,omitzero"`  // the figure the other figures give (the series' count)
	Quarter   rocdate.Quarter  `json:"quarter,omitzero"`   // the period, for datasets.not-in-series and datasets.series-mismatch
	// Operands are, for datasets.change and a row's datasets.overflow, the
	// two periods' columns and figures, the earlier first.
	Operands [2]Operand `json:"operands,omitzero"`
	Detail   string     `json:"detail,omitzero"` // what is wrong, in Traditional Chinese: Message(finding.Chinese) without severity, line and row
}

// An Operand is a figure a computation used, with the column it is printed
// in: 110年第4季 2,806.
type Operand struct {
	Column string `json:"column,omitzero"`
	Count  int    `json:"count,omitzero"`
}

var _ finding.Result = TableFinding{}

// Head returns the finding's code, severity, verdict, source row and
// column.
func (f TableFinding) Head() finding.Head {
	return finding.Head{Code: f.Code, Severity: f.Severity, Verdict: f.Verdict, Row: f.Row, Column: f.Column}
}

// String returns the finding as an official reads it, in Traditional
// Chinese: Message(finding.Chinese), 錯誤：統計處增減載為5，依110年第4季（10）與111年第2季（14）計算應為4.
func (f TableFinding) String() string { return f.Message(finding.Chinese) }

// Message returns the finding in the language nearest to t: its
// severity, line and row, then what is wrong, built from the catalog by
// its Code with the figures as arguments.
func (f TableFinding) Message(t language.Tag) string {
	return located(t, f.Severity, f.lineName(t), f.Row, "", f.detail(t))
}

// detail writes what is wrong in the language nearest to t.
func (f TableFinding) detail(t language.Tag) string {
	p, c := i18n.Number(f.Printed), i18n.Number(f.Computed)
	switch f.Code {
	case "datasets.change":
		a, b := f.Operands[0], f.Operands[1]
		return i18n.Sprintf(t, f.Code, p, a.Column, i18n.Number(a.Count), b.Column, i18n.Number(b.Count), c)
	case "datasets.since-year-start", "datasets.total":
		return i18n.Sprintf(t, f.Code, f.Column, p, c)
	case "datasets.subtotal":
		return i18n.Sprintf(t, f.Code, f.Column, p, f.Group.Message(t), c)
	case "datasets.series-mismatch":
		return i18n.Sprintf(t, f.Code, f.Column, p, f.Date, c)
	case "datasets.year-start-unknown":
		start := f.Quarter.Last().AddDays(1)
		if f.Date.IsZero() {
			return i18n.Sprintf(t, f.Code+".undated", f.Column, f.Printed, quarterText(t, f.Quarter), start)
		}
		return i18n.Sprintf(t, f.Code, f.Column, f.Printed, quarterText(t, f.Quarter), f.Date, start)
	case "datasets.year-start-not-given":
		if f.Quarter.IsZero() {
			return i18n.Sprintf(t, f.Code+".no-period", f.Column, f.Printed)
		}
		return i18n.Sprintf(t, f.Code, f.Column, f.Printed, quarterText(t, f.Quarter))
	case "datasets.not-in-series":
		if f.Date.IsZero() && f.Quarter.IsZero() {
			return i18n.Sprintf(t, f.Code+".no-period", p)
		}
		when := i18n.Sprintf(t, "datasets.date", f.Date)
		if f.Date.IsZero() {
			when = quarterText(t, f.Quarter)
		}
		return i18n.Sprintf(t, f.Code, when, f.Column, p)
	case "datasets.overflow":
		var what string
		switch f.Line {
		case PublisherLine:
			what = i18n.Sprintf(t, "datasets.overflow.change", f.Operands[0].Column, f.Operands[1].Column)
		case SubtotalLine:
			what = i18n.Sprintf(t, "datasets.overflow.subtotal", f.Group.Message(t))
		default:
			what = i18n.Sprintf(t, "datasets.overflow.total")
		}
		return i18n.Sprintf(t, f.Code, what)
	}
	return i18n.Sprintf(t, "datasets.total", f.Column, p, c)
}

// lineName names the finding's line as the table prints it, in the
// language nearest to t: the publisher's short name, 所屬機關小計, 合計.
func (f TableFinding) lineName(t language.Tag) string {
	switch f.Line {
	case PublisherLine:
		return f.Publisher.Short()
	case SubtotalLine:
		return i18n.Sprintf(t, "datasets.line.subtotal-of", f.Group.Message(t))
	case NoLine:
		return "" // a finding of a whole column
	}
	return i18n.Sprintf(t, "datasets.line.total-line")
}

// Line is the kind of a line of the per-publisher table. The zero Line,
// NoLine, means not given.
type Line uint8

const (
	// NoLine is the zero Line: not given.
	NoLine Line = iota
	// PublisherLine (機關列) is a publisher's row.
	PublisherLine
	// SubtotalLine (小計) is a group's subtotal.
	SubtotalLine
	// TotalLine (合計) is the table's total.
	TotalLine
)

var lineText = enumText{
	Enum: errtype.Enum[pkg]{
		Type:  "Line",
		Names: []string{"", "機關列", "小計", "合計"},
		IDs:   []string{"", "publisher", "subtotal", "total"},
	},
	variants: [][]string{nil, {"單位", "機關", "機關(單位)"}, nil, {"總計"}},
	unknown:  i18n.NewDetail("datasets.range.enum", "line"),
}

// String returns 機關列, 小計 or 合計, "" for NoLine, and Line(N) for an
// invalid value.
func (l Line) String() string { return lineText.Word(uint8(l)) }

// Message returns the label of l in the language nearest to t:
// 小計, or subtotal in English; "" for the zero value, and
// String for an invalid value.
func (l Line) Message(t language.Tag) string { return lineText.Message(uint8(l), t) }

// IsValid reports whether l is NoLine or a defined line.
func (l Line) IsValid() bool { return lineText.Valid(uint8(l)) }

// AppendText appends the line's String to b. It fails with [ErrRange] for
// an invalid line.
func (l Line) AppendText(b []byte) ([]byte, error) { return lineText.AppendText(b, uint8(l)) }

// MarshalText returns the line's String.
func (l Line) MarshalText() ([]byte, error) { return l.AppendText(nil) }

// UnmarshalText reads a line as [ParseLine] does.
func (l *Line) UnmarshalText(b []byte) error {
	v, err := ParseLine(string(b))
	if err != nil {
		return err
	}
	*l = v
	return nil
}

// ParseLine reads 機關列, 小計 or 合計 (also 總計), the English ids
// publisher, subtotal and total, and "" as NoLine.
func ParseLine(s string) (Line, error) {
	v, err := lineText.Parse("ParseLine", s)
	return Line(v), err
}

// TableCheck is what [Table.Check] finds: every figure that does not
// check, and which lines do.
type TableCheck struct {
	Findings []TableFinding `json:"findings,omitzero"` // in table order: rows, 小計, 合計, then the series; nil when every figure checks
	// Agreeing holds the indexes in Table.Rows of the rows whose 增減 and
	// 年初迄今 check.
	Agreeing []int `json:"agreeing,omitzero"`
	// AgreeingSubtotals holds the indexes in Table.Subtotals of the 小計
	// that add up their group's rows in all four columns.
	AgreeingSubtotals []int `json:"agreeingSubtotals,omitzero"`
	// Matched holds, per period whose total equals the series, the
	// series point it equals: at most two, Prev's first.
	Matched []Point `json:"matched,omitzero"`
	// Tally counts the comparisons made, by verdict: per row its 增減
	// and its 迄今 (Unchecked unless Prev is the last quarter of the year
	// before, counted on the year's last day); per
	// printed 小計 and 合計 its four columns; per period the rows' total
	// against the series. A comparison whose figures pass the range of
	// int, or whose series point is absent (no series given, no point at
	// the date), is Unchecked, never Passed.
	Tally finding.Tally `json:"tally,omitzero"`
}

// OK reports whether every figure checks: no finding at all.
func (c TableCheck) OK() bool { return len(c.Findings) == 0 }

var _ finding.Result = TableCheck{}

// Head returns the check of the table as one result: code
// datasets.table-check, the gravest severity of its findings, and the
// verdict of its comparisons taken together (Tally.Verdict: 不符 when
// any figure is wrong, 無法查核 when any could not be compared, 符合
// only when every one was compared and holds; none when nothing was
// compared, as for the zero TableCheck). It points at no row.
func (c TableCheck) Head() finding.Head {
	return finding.Head{Code: "datasets.table-check", Severity: finding.Gravest(c.Findings), Verdict: c.Tally.Verdict()}
}

// String returns the check in Traditional Chinese: Message(finding.Chinese).
func (c TableCheck) String() string { return c.Message(finding.Chinese) }

// Message returns the check in one line, in the language nearest to t:
// the comparisons made and their verdicts,
// 核對各列增減、小計、合計及開放數量等73項：符合50項，不符0項，無法查核23項;
// 未核對任何數字 when none was made. The findings say what is wrong.
func (c TableCheck) Message(t language.Tag) string {
	return tallyMessage(t, "datasets.table-check", c.Tally)
}

// Check verifies every printed figure of t:
//
//   - each row's 增減 is Cur − Prev, and, when Prev is the last quarter of
//     the year before Cur (110 第4季 for 111 第2季) counted on its last day
//     (PrevDate), its 迄今 equals its 增減; counted earlier, or on a day
//     not given, the year's start is not known and each row's 迄今 is
//     Unchecked (datasets.year-start-unknown), never taken as 增減; when
//     Prev is not that quarter, or a period is not given, the table holds
//     no count at the year's start and each row's 迄今 is Unchecked
//     (datasets.year-start-not-given);
//   - each printed 小計 adds up its group's rows in all four columns, and a
//     printed 合計 adds up all rows;
//   - the total of all rows equals the series' count at the same date, for
//     both periods: at PrevDate and CurDate, or when a date is zero at the
//     last point of the series within the quarter (2,806 at 110/12/10,
//     2,963 at 111/05/19). A period the series has no point for (none,
//     for an empty series) is not compared: Unchecked, with a notice
//     datasets.not-in-series.
//
// The findings are [TableFinding] values; the check also lists the rows
// and 小計 that agree and the series points the totals equal.
func (t Table) Check(s Series) TableCheck {
	c := t.check(s)
	for i := range c.Findings {
		f := &c.Findings[i]
		switch f.Code {
		case "datasets.not-in-series", "datasets.overflow", "datasets.year-start-unknown", "datasets.year-start-not-given":
			f.Verdict = finding.Unchecked // the figure could not be compared
		default:
			f.Verdict = finding.Failed
		}
	}
	return c
}

// verdictOf is Passed when a comparison held, else Failed.
func verdictOf(held bool) finding.Verdict {
	if held {
		return finding.Passed
	}
	return finding.Failed
}

// uncheck counts n checks that could not be made.
func uncheck(t finding.Tally, n int) finding.Tally {
	for range n {
		t = t.Add(finding.Unchecked)
	}
	return t
}

// check is Check without the findings' verdicts.
func (t Table) check(s Series) TableCheck {
	var c TableCheck
	cols := t.columns()
	yearEnd := t.prevIsYearEnd()
	// The 迄今 column is Cur less the count at the year's start; Prev is
	// that count only when it was counted on the last day of the year
	// before. Counted earlier (2,806 at 110/12/10) or on a day not given,
	// the year's start is not known and no row's 迄今 can be checked.
	sinceKnown := yearEnd && t.PrevDate == t.Prev.Last()
	for i, r := range t.Rows {
		n := len(c.Findings)
		f := TableFinding{Severity: finding.Error, Line: PublisherLine, Index: i, Row: r.Row, Publisher: r.Publisher, Group: r.Publisher.Group()}
		got, ok := sub(r.Cur, r.Prev)
		if !ok {
			f.Code, f.Column, f.Printed = "datasets.overflow", cols[2], r.Change
			f.Operands = [2]Operand{{cols[0], r.Prev}, {cols[1], r.Cur}}
			f.Detail = f.detail(finding.Chinese)
			c.Findings = append(c.Findings, f)
			c.Tally = uncheck(c.Tally, 2) // 增減, and 迄今 with it
			continue
		}
		c.Tally = c.Tally.Add(verdictOf(got == r.Change))
		switch {
		case sinceKnown:
			c.Tally = c.Tally.Add(verdictOf(r.SinceYearStart == got))
		default:
			c.Tally = c.Tally.Add(finding.Unchecked) // the year's start is not known
		}
		if got != r.Change {
			f.Code, f.Column, f.Printed, f.Computed = "datasets.change", cols[2], r.Change, got
			f.Operands = [2]Operand{{cols[0], r.Prev}, {cols[1], r.Cur}}
			f.Detail = f.detail(finding.Chinese)
			c.Findings = append(c.Findings, f)
		}
		if sinceKnown && r.SinceYearStart != got {
			f.Code, f.Column, f.Printed, f.Computed = "datasets.since-year-start", cols[3], r.SinceYearStart, got
			f.Operands = [2]Operand{}
			f.Detail = f.detail(finding.Chinese)
			c.Findings = append(c.Findings, f)
		}
		if len(c.Findings) == n {
			c.Agreeing = append(c.Agreeing, i)
		}
	}
	if yearEnd && !sinceKnown && len(t.Rows) > 0 {
		f := TableFinding{Severity: finding.Notice, Code: "datasets.year-start-unknown", Column: cols[3],
			Quarter: t.Prev, Date: t.PrevDate, Printed: len(t.Rows)}
		if f.Date.IsZero() {
			if p, ok := s.LastIn(t.Prev); ok {
				f.Date = p.Date // the day the series counts the quarter on
			}
		}
		f.Detail = f.detail(finding.Chinese)
		c.Findings = append(c.Findings, f)
	}
	if !yearEnd && len(t.Rows) > 0 {
		f := TableFinding{Severity: finding.Notice, Code: "datasets.year-start-not-given", Column: cols[3], Quarter: t.Prev, Printed: len(t.Rows)}
		f.Detail = f.detail(finding.Chinese)
		c.Findings = append(c.Findings, f)
	}
	compare := func(base TableFinding, code string, printed, computed Figures) bool {
		p := [4]int{printed.Prev, printed.Cur, printed.Change, printed.SinceYearStart}
		q := [4]int{computed.Prev, computed.Cur, computed.Change, computed.SinceYearStart}
		ok := true
		for i := range p {
			c.Tally = c.Tally.Add(verdictOf(p[i] == q[i]))
			if p[i] != q[i] {
				f := base
				f.Code, f.Column, f.Printed, f.Computed = code, cols[i], p[i], q[i]
				f.Detail = f.detail(finding.Chinese)
				c.Findings = append(c.Findings, f)
				ok = false
			}
		}
		return ok
	}
	sums, sumOK := t.sums()
	overflow := func(base TableFinding) {
		f := base
		f.Code = "datasets.overflow"
		f.Detail = f.detail(finding.Chinese)
		c.Findings = append(c.Findings, f)
	}
	for i, st := range t.Subtotals {
		base := TableFinding{Severity: finding.Error, Line: SubtotalLine, Index: i, Row: st.Row, Group: st.Group}
		g := st.Group
		if !g.IsValid() {
			g = NoGroup
		}
		if !sumOK[g] {
			overflow(base)
			c.Tally = uncheck(c.Tally, 4)
			continue
		}
		if compare(base, "datasets.subtotal", st.Figures, sums[g]) {
			c.AgreeingSubtotals = append(c.AgreeingSubtotals, i)
		}
	}
	total := sums[NoGroup]
	totalBase := TableFinding{Severity: finding.Error, Line: TotalLine, Index: -1, Row: t.TotalRow}
	if !sumOK[NoGroup] {
		overflow(totalBase)
		if t.Total != nil {
			c.Tally = uncheck(c.Tally, 4)
		}
		c.Tally = uncheck(c.Tally, 2) // the series cannot be compared
		return c
	}
	if t.Total != nil {
		compare(totalBase, "datasets.total", *t.Total, total)
	}
	for _, side := range []struct {
		q     rocdate.Quarter
		d     rocdate.Date
		count int
		col   string
	}{{t.Prev, t.PrevDate, total.Prev, cols[0]}, {t.Cur, t.CurDate, total.Cur, cols[1]}} {
		var p Point
		var ok bool
		if side.d.IsZero() {
			p, ok = s.LastIn(side.q)
		} else {
			p, ok = s.At(side.d)
		}
		f := totalBase
		f.Column, f.Printed, f.Quarter = side.col, side.count, side.q
		switch {
		case !ok:
			f.Severity, f.Code, f.Date = finding.Notice, "datasets.not-in-series", side.d
			f.Detail = f.detail(finding.Chinese)
			c.Findings = append(c.Findings, f)
			c.Tally = c.Tally.Add(finding.Unchecked)
		case p.Count != side.count:
			f.Code, f.Date, f.Computed = "datasets.series-mismatch", p.Date, p.Count
			f.Detail = f.detail(finding.Chinese)
			c.Findings = append(c.Findings, f)
			c.Tally = c.Tally.Add(finding.Failed)
		default:
			c.Matched = append(c.Matched, p)
			c.Tally = c.Tally.Add(finding.Passed)
		}
	}
	return c
}

// columns returns the headers of the four figure columns as printed.
func (t Table) columns() [4]string {
	since := "迄今"
	if !t.Cur.IsZero() {
		since = yearStart(t.Cur).Format(rocdate.Dotted) + " 迄今"
	}
	return [4]string{t.Prev.String(), t.Cur.String(), "增減", since}
}

// yearStart returns 1 January of q's year.
func yearStart(q rocdate.Quarter) rocdate.Date {
	for q.Number() > 1 {
		q = q.Prev()
	}
	return q.First()
}

// Records returns the table's cells as the deck prints them, rows that
// [ImportTable] reads back: a header 群組, 機關(單位), the two periods
// (110年第4季, 111年第2季), 增減 and 年初迄今 (111.01.01 迄今); then per
// group (本部單位, then 所屬機關) its rows in the table's order with the
// group's name on its first line only, and its 小計 (as printed, or
// computed when not printed); and last the 合計 (as printed, or computed).
// Rows of publishers in no group (agencies not the ministry's own) come
// first, with a blank 群組. Counts are written 1,050, changes with their
// sign, +92, -3, 0; a computed sum past the int range is left blank.
func (t Table) Records() [][]string {
	cols := t.columns()
	rows := [][]string{{"群組", "機關(單位)", cols[0], cols[1], cols[2], cols[3]}}
	line := func(g, name string, f Figures, ok bool) {
		if !ok {
			rows = append(rows, []string{g, name, "", "", "", ""})
			return
		}
		rows = append(rows, []string{g, name, FormatCount(f.Prev), FormatCount(f.Cur), signed(f.Change), signed(f.SinceYearStart)})
	}
	sums, sumOK := t.sums()
	for _, r := range t.Rows {
		if r.Publisher.Group() == NoGroup {
			line("", r.Publisher.Short(), r.Figures, true)
		}
	}
	for _, g := range []Group{Units, Agencies} {
		label := g.String()
		for _, r := range t.Rows {
			if r.Publisher.Group() == g {
				line(label, r.Publisher.Short(), r.Figures, true)
				label = ""
			}
		}
		sub, ok, printed := sums[g], sumOK[g], false
		for _, st := range t.Subtotals {
			if st.Group == g {
				sub, ok, printed = st.Figures, true, true
			}
		}
		if label == "" || printed {
			line(label, "小計", sub, ok)
		}
	}
	total, ok := sums[NoGroup], sumOK[NoGroup]
	if t.Total != nil {
		total, ok = *t.Total, true
	}
	line("", "合計", total, ok)
	return rows
}

// signed writes a change with its sign: +4, -2, 0.
func signed(n int) string {
	if n > 0 {
		return "+" + FormatCount(n)
	}
	return FormatCount(n)
}

// String returns [Table.Records] as aligned text.
func (t Table) String() string {
	return textwidth.Table(t.Records(), []textwidth.Align{textwidth.Left, textwidth.Left, textwidth.Right, textwidth.Right, textwidth.Right, textwidth.Right})
}

// TableOptions says how [BuildTable] labels and counts.
type TableOptions struct {
	Prev     rocdate.Quarter `json:"prev,omitzero"`
	Cur      rocdate.Quarter `json:"cur,omitzero"` // the periods of the two catalogs
	PrevDate rocdate.Date    `json:"prevDate,omitzero"`
	CurDate  rocdate.Date    `json:"curDate,omitzero"` // their statistics dates; may be zero
	// YearStart is the catalog at the start of Cur's year, for the 迄今
	// column. Defaults to the previous catalog, as the deck does when the
	// previous period is the last quarter of the year before.
	YearStart *Catalog `json:"yearStart,omitzero"`
	// RollUp counts a sub-agency's datasets under the agency above it
	// (矯正署臺中戒治所 under 矯正署), as the deck's table does: for
	// another ministry's agencies, under the agency directly below the
	// ministry in Hierarchy. Defaults to false: the sub-agency gets a row
	// of its own.
	RollUp bool `json:"rollUp,omitzero"`
	// Ministry, when not zero, keeps only the publishers that roll up to
	// it in Hierarchy: 法務部 takes the ministry's table out of a national
	// snapshot. Zero keeps every publisher.
	Ministry Publisher `json:"ministry,omitzero"`
	// Hierarchy says which agency belongs to which ministry; the zero
	// Hierarchy is the default (the Ministry of Justice's own).
	Hierarchy Hierarchy `json:"hierarchy,omitzero"`
}

// BuildTable builds the per-publisher table from the catalogs of two
// statistics dates, counting listed datasets per publisher. Every
// publisher with a dataset listed in either catalog gets a row (of the
// ministry named in opt, when one is); rows come units first, then
// agencies, each by descending previous count with ties in stroke order
// (the deck's order); publishers in no group (another ministry's) come
// before them. Each group present gets its 小計, and the 合計 is set. The
// work is linear in the catalogs, plus a sort of the publishers.
func BuildTable(prev, cur Catalog, opt TableOptions) Table {
	start := prev
	if opt.YearStart != nil {
		start = *opt.YearStart
	}
	h := opt.Hierarchy
	row := map[Publisher]Publisher{} // publisher → the row it counts in; zero when filtered out
	rowOf := func(p Publisher) Publisher {
		if r, ok := row[p]; ok {
			return r
		}
		r := p
		if !opt.Ministry.IsZero() && h.Ministry(p) != opt.Ministry {
			r = Publisher{}
		} else if opt.RollUp {
			r = h.top(p)
		}
		row[p] = r
		return r
	}
	count := func(c Catalog) map[Publisher]int {
		out := map[Publisher]int{}
		for p, n := range c.Counts(false) {
			if r := rowOf(p); !r.IsZero() {
				out[r] += n
			}
		}
		return out
	}
	pc, cc, sc := count(prev), count(cur), count(start)
	var pubs []Publisher
	for p := range pc {
		pubs = append(pubs, p)
	}
	for p := range cc {
		if _, ok := pc[p]; !ok {
			pubs = append(pubs, p)
		}
	}
	SortPublishers(pubs)
	slices.SortStableFunc(pubs, func(a, b Publisher) int {
		if a.Group() != b.Group() {
			return cmp.Compare(a.Group(), b.Group())
		}
		return cmp.Compare(pc[b], pc[a])
	})
	t := Table{Prev: opt.Prev, Cur: opt.Cur, PrevDate: opt.PrevDate, CurDate: opt.CurDate}
	t.Rows = make([]TableRow, len(pubs))
	for i, p := range pubs {
		// Counts are at most the catalogs' lengths: no figure overflows.
		t.Rows[i] = TableRow{Publisher: p, Figures: Figures{Prev: pc[p], Cur: cc[p], Change: cc[p] - pc[p], SinceYearStart: cc[p] - sc[p]}}
	}
	sums, _ := t.sums()
	for _, g := range []Group{Units, Agencies} {
		if slices.ContainsFunc(pubs, func(p Publisher) bool { return p.Group() == g }) {
			t.Subtotals = append(t.Subtotals, Subtotal{Group: g, Figures: sums[g]})
		}
	}
	total := sums[NoGroup]
	t.Total = &total
	return t
}

package datasets

import (
	"cmp"
	"slices"
	"strconv"

	"github.com/ogdtw/governance/internal/textwidth"
	"github.com/ogdtw/governance/rocdate"
)

// Figures are the four figures the per-publisher table prints on a row.
type Figures struct {
	Prev           int // open count in the previous period (110 第4季)
	Cur            int // open count in the current period (111 第2季)
	Change         int // 增減: Cur − Prev
	SinceYearStart int // 111.01.01 迄今: Cur − the count at the year's start
}

func (f Figures) plus(g Figures) Figures {
	return Figures{f.Prev + g.Prev, f.Cur + g.Cur, f.Change + g.Change, f.SinceYearStart + g.SinceYearStart}
}

// Row is one publisher's line of the table.
type Row struct {
	Publisher Publisher
	Figures
}

// Subtotal is a group's 小計 line.
type Subtotal struct {
	Group Group
	Figures
}

// Table is the per-publisher table for two periods
// (本部各機關(單位)資料開放情形), as printed or as built by [BuildTable]: a
// row per publisher, a 小計 per group (本部單位, 所屬機關) and perhaps a 合計.
// It holds the figures as given, right or wrong; [Table.Check] finds the
// wrong ones. Its fields are plain data, as a report prints them; the zero
// Table has no periods and no rows.
type Table struct {
	Prev, Cur         rocdate.Quarter // the two periods: 110年第4季, 111年第2季
	PrevDate, CurDate rocdate.Date    // the statistics dates; zero when not known
	Rows              []Row           // in printed order
	Subtotals         []Subtotal      // as printed; a group may have none
	Total             *Figures        // the 合計 as printed; nil when not printed
}

// Sum returns the figures of the rows of group g added up; NoGroup adds
// up every row.
func (t Table) Sum(g Group) Figures {
	var f Figures
	for _, r := range t.Rows {
		if g == NoGroup || r.Publisher.Group() == g {
			f = f.plus(r.Figures)
		}
	}
	return f
}

// prevIsYearEnd reports whether Prev is the last quarter of the year
// before Cur: then the count at the year's start is the Prev count, and
// 迄今 must equal 增減, as in the deck.
func (t Table) prevIsYearEnd() bool {
	return !t.Prev.IsZero() && !t.Cur.IsZero() && t.Prev.Number() == 4 && t.Prev.Year()+1 == t.Cur.Year()
}

// Check returns every printed figure of t that does not check, nil when
// all do:
//
//   - each row's 增減 is Cur − Prev, and, when Prev is the last quarter of
//     the year before Cur (110 第4季 for 111 第2季), its 迄今 equals its 增減;
//   - each printed 小計 adds up its group's rows in all four columns, and a
//     printed 合計 adds up all rows;
//   - the total of all rows equals the series' count at the same date, for
//     both periods: at PrevDate and CurDate, or when a date is zero at the
//     last point of the series within the quarter (2,806 at 110/12/10,
//     2,963 at 111/05/19). An empty series skips this comparison.
//
// Problems are *FigureError values wrapping [ErrFigure],
// [ErrSeriesMismatch] or [ErrNotInSeries].
func (t Table) Check(s Series) []*FigureError {
	var out []*FigureError
	cols := t.columns()
	for _, r := range t.Rows {
		name := r.Publisher.Short()
		if got := r.Cur - r.Prev; got != r.Change {
			out = append(out, &FigureError{Row: name, Column: cols[2], Printed: r.Change, Computed: got, Err: ErrFigure})
		}
		if t.prevIsYearEnd() && r.SinceYearStart != r.Cur-r.Prev {
			out = append(out, &FigureError{Row: name, Column: cols[3], Printed: r.SinceYearStart, Computed: r.Cur - r.Prev, Err: ErrFigure})
		}
	}
	compare := func(row string, printed, computed Figures) {
		p := [4]int{printed.Prev, printed.Cur, printed.Change, printed.SinceYearStart}
		c := [4]int{computed.Prev, computed.Cur, computed.Change, computed.SinceYearStart}
		for i := range p {
			if p[i] != c[i] {
				out = append(out, &FigureError{Row: row, Column: cols[i], Printed: p[i], Computed: c[i], Err: ErrFigure})
			}
		}
	}
	for _, st := range t.Subtotals {
		compare(st.Group.String()+" 小計", st.Figures, t.Sum(st.Group))
	}
	total := t.Sum(NoGroup)
	if t.Total != nil {
		compare("合計", *t.Total, total)
	}
	if s.Len() == 0 {
		return out
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
		switch {
		case !ok:
			out = append(out, &FigureError{Row: "合計", Column: side.col, Printed: side.count, Err: ErrNotInSeries})
		case p.Count != side.count:
			out = append(out, &FigureError{Row: "合計", Column: side.col + " (series " + p.Date.String() + ")", Printed: p.Count, Computed: side.count, Err: ErrSeriesMismatch})
		}
	}
	return out
}

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

// String returns the table in the long layout [ImportTable] reads, as
// aligned text: 群組, 單位, the two periods, 增減, 迄今, with each group's
// 小計 after its rows (computed when not printed) and the 合計 last.
func (t Table) String() string {
	cols := t.columns()
	rows := [][]string{{"群組", "單位", cols[0], cols[1], cols[2], cols[3]}}
	line := func(g, name string, f Figures) {
		rows = append(rows, []string{g, name, FormatCount(f.Prev), FormatCount(f.Cur), strconv.Itoa(f.Change), strconv.Itoa(f.SinceYearStart)})
	}
	for _, g := range []Group{Units, Agencies} {
		n := 0
		for _, r := range t.Rows {
			if r.Publisher.Group() == g {
				line(g.String(), r.Publisher.Short(), r.Figures)
				n++
			}
		}
		sub, printed := t.Sum(g), false
		for _, st := range t.Subtotals {
			if st.Group == g {
				sub, printed = st.Figures, true
			}
		}
		if n > 0 || printed {
			line(g.String(), "小計", sub)
		}
	}
	total := t.Sum(NoGroup)
	if t.Total != nil {
		total = *t.Total
	}
	line("", "合計", total)
	return textwidth.Table(rows, []textwidth.Align{textwidth.Left, textwidth.Left, textwidth.Right, textwidth.Right, textwidth.Right, textwidth.Right})
}

// TableOptions says how [BuildTable] labels and counts.
type TableOptions struct {
	Prev, Cur         rocdate.Quarter // the periods of the two catalogs
	PrevDate, CurDate rocdate.Date    // their statistics dates; may be zero
	// YearStart is the catalog at the start of Cur's year, for the 迄今
	// column. Defaults to the previous catalog, as the deck does when the
	// previous period is the last quarter of the year before.
	YearStart *Catalog
	// RollUp counts a sub-agency's datasets under its parent
	// (矯正署臺中戒治所 under 矯正署), as the deck's table does. Defaults
	// to false: the sub-agency gets a row of its own.
	RollUp bool
}

// BuildTable builds the per-publisher table from the catalogs of two
// statistics dates, counting listed datasets per publisher. Every
// publisher with a dataset listed in either catalog gets a row; rows come
// units first, then agencies, each by descending previous count with ties
// in stroke order (the deck's order). Each group present gets its 小計,
// and the 合計 is set.
func BuildTable(prev, cur Catalog, opt TableOptions) Table {
	start := prev
	if opt.YearStart != nil {
		start = *opt.YearStart
	}
	pc, cc, sc := prev.Counts(opt.RollUp), cur.Counts(opt.RollUp), start.Counts(opt.RollUp)
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
	t.Rows = make([]Row, len(pubs))
	for i, p := range pubs {
		t.Rows[i] = Row{Publisher: p, Figures: Figures{Prev: pc[p], Cur: cc[p], Change: cc[p] - pc[p], SinceYearStart: cc[p] - sc[p]}}
	}
	for _, g := range []Group{Units, Agencies} {
		if slices.ContainsFunc(pubs, func(p Publisher) bool { return p.Group() == g }) {
			t.Subtotals = append(t.Subtotals, Subtotal{Group: g, Figures: t.Sum(g)})
		}
	}
	total := t.Sum(NoGroup)
	t.Total = &total
	return t
}

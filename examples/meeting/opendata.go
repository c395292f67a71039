package main

import (
	"io/fs"

	"github.com/ogdtw/governance/datasets"
	"github.com/ogdtw/governance/rocdate"
)

// buildOpenData reports 資料開放推動成果: the open-count series, the
// per-publisher table for two quarters, and the action plan's figure.
func buildOpenData(r *Report, fsys fs.FS, asOf rocdate.Date) {
	s := r.section("section.opendata")
	series := buildSeries(s, fsys)
	buildPublishers(s, fsys, series)
	r.section("section.actionplan")
	buildActionPlan(r.Sections[len(r.Sections)-1], fsys, series)
}

func buildSeries(s *Section, fsys fs.FS) datasets.Series {
	const file = "series.csv"
	say := s.lines("")
	records := readCSV(fsys, file, say)
	if records == nil {
		return datasets.Series{}
	}
	series, err := datasets.ImportSeries(records)
	importProblems(say, file, err)
	pts := series.Points()
	t := recordsTable(series.Records())
	l := s.l
	chart := &Chart{Kind: LineChart, Title: l.tr("series.chart"), Unit: l.tr("unit.datasets"), Series: []Series{{Name: l.tr("series.chart.series")}}}
	for _, p := range pts {
		chart.Labels = append(chart.Labels, l.short(p.Date))
		chart.X = append(chart.X, p.Date.DaysSince(pts[0].Date))
		chart.Series[0].Values = append(chart.Series[0].Values, p.Count)
	}
	s.table(l.tr("series.caption"), t)
	s.chart(chart)
	check := s.lines("")
	errs := series.Check()
	for _, f := range errs {
		check.text(lineKind(f.Severity), f.Message(l.tag))
	}
	// The first point's increase is taken on trust: the count before it
	// is not in the series.
	if n := len(pts) - 1 - len(errs); n > 0 {
		check.say(Pass, "series.increases", n, len(pts)-1)
	}
	if len(pts) >= 2 {
		first, last := pts[0], pts[len(pts)-1]
		if g, err := series.Growth(first.Date, last.Date, 4); err == nil {
			check.say(Note, "series.growth", l.date(first.Date), l.date(last.Date), g.Shift(2).StringFixed(2))
		}
		prev := pts[len(pts)-2]
		if g, err := series.Growth(prev.Date, last.Date, 4); err == nil {
			check.say(Note, "series.growth", l.date(prev.Date), l.date(last.Date), g.Shift(2).StringFixed(2))
		}
	}
	return series
}

func buildPublishers(s *Section, fsys fs.FS, series datasets.Series) {
	const file = "publishers.csv"
	say := s.lines("")
	records := readCSV(fsys, file, say)
	if records == nil {
		return
	}
	tab, err := datasets.ImportTable(records)
	importProblems(say, file, err)
	l := s.l
	chart := &Chart{Kind: BarChart, Title: l.tr("publishers.chart"), Unit: l.tr("unit.datasets"), Series: []Series{{Name: tab.Prev.Message(l.tag)}, {Name: tab.Cur.Message(l.tag)}}}
	for _, g := range []datasets.Group{datasets.Units, datasets.Agencies} {
		for _, rw := range tab.Rows {
			if rw.Publisher.Group() == g {
				chart.Labels = append(chart.Labels, rw.Publisher.Short())
				chart.Series[0].Values = append(chart.Series[0].Values, rw.Prev)
				chart.Series[1].Values = append(chart.Series[1].Values, rw.Cur)
			}
		}
	}
	s.table(l.tr("publishers.caption"), recordsTable(tab.Records()))
	s.chart(chart)

	check := s.lines("")
	chk := tab.Check(series)
	for _, f := range chk.Findings {
		check.text(lineKind(f.Severity), f.Message(l.tag))
	}
	if n := len(chk.Agreeing); n > 0 {
		check.say(Pass, "publishers.rows", n, len(tab.Rows))
	}
	for _, i := range chk.AgreeingSubtotals {
		st := tab.Subtotals[i]
		check.say(Pass, "publishers.subtotal", st.Group.Message(l.tag), datasets.FormatCount(st.Prev), datasets.FormatCount(st.Cur), signed(st.Change))
	}
	for _, p := range chk.Matched {
		check.say(Pass, "publishers.total", p.Date.Quarter().Message(l.tag), l.date(p.Date), datasets.FormatCount(p.Count))
	}
}

// buildActionPlan checks the open-data count the revised action plan
// quotes against the series.
func buildActionPlan(s *Section, fsys fs.FS, series datasets.Series) {
	const file = "action_plan.csv"
	l := s.l
	say := s.lines(l.tr("actionplan.caption"))
	records := readCSV(fsys, file, say)
	col, ok := byHeader(records, file, say, "段落", "統計至", "開放數量")
	if !ok {
		return
	}
	for i, rec := range records[1:] {
		part, asOf, count := cellAt(rec, col[0]), cellAt(rec, col[1]), cellAt(rec, col[2])
		period, err := rocdate.ParsePeriod(asOf, rocdate.Date{})
		if err != nil {
			rowProblem(say, file, i+2, "統計至", err)
			continue
		}
		n, err := datasets.ParseCount(count)
		if err != nil {
			rowProblem(say, file, i+2, "開放數量", err)
			continue
		}
		p, found := lastWithin(series, period)
		switch {
		case !found:
			say.say(Finding, "actionplan.no-figure", part, datasets.FormatCount(n), asOf, period.Message(l.tag))
		case p.Count != n:
			say.say(Finding, "actionplan.differs", part, datasets.FormatCount(n), datasets.FormatCount(p.Count), l.date(p.Date))
		default:
			say.say(Pass, "actionplan.equals", part, datasets.FormatCount(n), l.date(p.Date))
		}
	}
}

// lastWithin returns the series' last point inside the period.
func lastWithin(series datasets.Series, period rocdate.Period) (datasets.Point, bool) {
	var last datasets.Point
	found := false
	for _, p := range series.Points() {
		if period.Contains(p.Date) {
			last, found = p, true
		}
	}
	return last, found
}

// signed writes a change with its sign: +4, -2, 0.
func signed(n int) string {
	if n > 0 {
		return "+" + datasets.FormatCount(n)
	}
	return datasets.FormatCount(n)
}

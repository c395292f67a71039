package main

import (
	"io/fs"

	"github.com/ogdtw/governance/datasets"
	"github.com/ogdtw/governance/rocdate"
)

// buildOpenData reports 資料開放推動成果: the open-count series, the
// per-publisher table for two quarters, and the action plan's figure.
func buildOpenData(r *Report, fsys fs.FS, asOf rocdate.Date) {
	s := r.section("二、報告事項 (二) 本部及所屬機關於政府資料開放平臺之資料開放推動成果")
	series := buildSeries(s, fsys)
	buildPublishers(s, fsys, series)
	r.section("二、報告事項 (三) 修訂「法務部及所屬機關政府資料開放行動方案」")
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
	chart := &Chart{Kind: LineChart, Title: "本部資料開放數量", Unit: "筆", Series: []Series{{Name: "開放數量"}}}
	for _, p := range pts {
		chart.Labels = append(chart.Labels, p.Date.Format(rocdate.Slashed))
		chart.X = append(chart.X, p.Date.DaysSince(pts[0].Date))
		chart.Series[0].Values = append(chart.Series[0].Values, p.Count)
	}
	s.table("本部資料開放情形統計", t)
	s.chart(chart)
	check := s.lines("")
	errs := series.Check()
	for _, f := range errs {
		check(lineKind(f.Severity), "%s", f)
	}
	// The first point's increase is taken on trust: the count before it
	// is not in the series.
	if n := len(pts) - 1 - len(errs); n > 0 {
		check(Pass, "%d of %d printed increases equal the difference of the counts", n, len(pts)-1)
	}
	if len(pts) >= 2 {
		first, last := pts[0], pts[len(pts)-1]
		if g, err := series.Growth(first.Date, last.Date, 4); err == nil {
			check(Note, "growth from %s to %s: %s%%", first.Date.Format(rocdate.Slashed), last.Date.Format(rocdate.Slashed), g.Shift(2).StringFixed(2))
		}
		prev := pts[len(pts)-2]
		if g, err := series.Growth(prev.Date, last.Date, 4); err == nil {
			check(Note, "growth from %s to %s: %s%%", prev.Date.Format(rocdate.Slashed), last.Date.Format(rocdate.Slashed), g.Shift(2).StringFixed(2))
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
	chart := &Chart{Kind: BarChart, Title: "本部各機關(單位)開放數量", Unit: "筆", Series: []Series{{Name: tab.Prev.String()}, {Name: tab.Cur.String()}}}
	for _, g := range []datasets.Group{datasets.Units, datasets.Agencies} {
		for _, rw := range tab.Rows {
			if rw.Publisher.Group() == g {
				chart.Labels = append(chart.Labels, rw.Publisher.Short())
				chart.Series[0].Values = append(chart.Series[0].Values, rw.Prev)
				chart.Series[1].Values = append(chart.Series[1].Values, rw.Cur)
			}
		}
	}
	s.table("本部各機關(單位)資料開放情形", recordsTable(tab.Records()))
	s.chart(chart)

	check := s.lines("")
	chk := tab.Check(series)
	for _, f := range chk.Findings {
		check(lineKind(f.Severity), "%s", f)
	}
	if n := len(chk.Agreeing); n > 0 {
		check(Pass, "%d of %d rows: 增減 and 年初迄今 agree with the counts", n, len(tab.Rows))
	}
	for _, i := range chk.AgreeingSubtotals {
		st := tab.Subtotals[i]
		check(Pass, "%s 小計 %s → %s (%s) is the sum of its rows", st.Group, datasets.FormatCount(st.Prev), datasets.FormatCount(st.Cur), signed(st.Change))
	}
	for _, p := range chk.Matched {
		check(Pass, "合計 for %s equals the series at %s: %s", p.Date.Quarter(), p.Date.Format(rocdate.Slashed), datasets.FormatCount(p.Count))
	}
}

// buildActionPlan checks the open-data count the revised action plan
// quotes against the series.
func buildActionPlan(s *Section, fsys fs.FS, series datasets.Series) {
	const file = "action_plan.csv"
	say := s.lines("行動方案所引資料集數")
	records := readCSV(fsys, file, say)
	col, ok := byHeader(records, file, say, "段落", "統計至", "開放數量")
	if !ok {
		return
	}
	for i, rec := range records[1:] {
		part, asOf, count := cellAt(rec, col[0]), cellAt(rec, col[1]), cellAt(rec, col[2])
		period, err := rocdate.ParsePeriod(asOf, rocdate.Date{})
		if err != nil {
			say(Problem, "%s", rowProblem(file, i+2, "統計至", err))
			continue
		}
		n, err := datasets.ParseCount(count)
		if err != nil {
			say(Problem, "%s", rowProblem(file, i+2, "開放數量", err))
			continue
		}
		p, found := lastWithin(series, period)
		switch {
		case !found:
			say(Finding, "%s: %s筆 統計至%s, but the series has no figure in %s", part, datasets.FormatCount(n), asOf, period)
		case p.Count != n:
			say(Finding, "%s: %s筆, but the series gives %s筆 at %s", part, datasets.FormatCount(n), datasets.FormatCount(p.Count), p.Date.Format(rocdate.Slashed))
		default:
			say(Pass, "%s: %s筆 equals the series at %s", part, datasets.FormatCount(n), p.Date.Format(rocdate.Slashed))
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

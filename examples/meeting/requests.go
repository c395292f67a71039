package main

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"time"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/requests"
	"github.com/ogdtw/governance/rocdate"
)

// buildRequests reports 民間需求回應說明: the two printed tallies, the
// totals that do not add up, and whether their last year runs to the end
// of the period the deck reports.
func buildRequests(r *Report, s *Section, fsys fs.FS) {
	byQuarter := requestTable(s, fsys, "requests_by_quarter.csv", r.l.tr("requests.by-quarter"))
	if byQuarter != nil {
		s.chart(quarterChart(*byQuarter, r.l))
		checkPeriod(s, *byQuarter, r.l.tr("requests.by-quarter"), r.fr.period)
	}
	byCategory := requestTable(s, fsys, "requests_by_category.csv", r.l.tr("requests.by-category"))
	if byCategory != nil {
		checkPeriod(s, *byCategory, r.l.tr("requests.by-category"), r.fr.period)
	}
	if byQuarter != nil && byCategory != nil {
		crossCheck(s, *byQuarter, *byCategory)
	}
}

// crossCheck checks the two tallies against each other: they count the
// same requests, so each year's totals and the grand totals must agree.
// A comparison that cannot be made (a "-" against a 0) is told as not
// checkable, never as failed.
func crossCheck(s *Section, byQuarter, byCategory requests.Table) {
	l := s.l
	c := requests.CompareTablesNamed(byQuarter, byCategory, l.tr("requests.by-quarter"), l.tr("requests.by-category"))
	say := s.lines(l.tr("requests.cross"))
	// One line for the years' printed totals, one for their sums (a
	// comparison that cannot be made counts among them: the finding
	// below says why), and one for each grand total.
	var years, yearsAgreed, sums, sumsAgreed int
	var grand []Line
	for _, ch := range c.Checks() {
		switch {
		case ch.Kind == requests.GrandTotal && ch.Verdict == finding.Passed && ch.Sums:
			grand = append(grand, Line{Kind: Pass, Text: l.tr("requests.cross-grand-sums", ch.Computed), Checks: finding.Tally{Passed: 1}})
		case ch.Kind == requests.GrandTotal && ch.Verdict == finding.Passed:
			grand = append(grand, Line{Kind: Pass, Text: l.tr("requests.cross-grand", ch.Printed.String()), Checks: finding.Tally{Passed: 1}})
		case ch.Kind == requests.RowTotal && ch.Sums:
			sums++
			if ch.Verdict == finding.Passed {
				sumsAgreed++
			}
		case ch.Kind == requests.RowTotal:
			years++
			if ch.Verdict == finding.Passed {
				yearsAgreed++
			}
		}
	}
	if yearsAgreed > 0 {
		say.sayN(Pass, finding.Tally{Passed: yearsAgreed}, "requests.cross-years", yearsAgreed, years)
	}
	if sumsAgreed > 0 {
		say.sayN(Pass, finding.Tally{Passed: sumsAgreed}, "requests.cross-year-sums", sumsAgreed, sums)
	}
	for _, g := range grand {
		say.add(g)
	}
	for _, f := range c.Findings() {
		kind := lineKind(f.Severity)
		if f.Code == "requests.cross-notation" {
			kind = Unchecked // a "-" against a 0: the two cannot be compared
		}
		say.text(kind, f.Message(l.tag))
	}
}

// checkPeriod checks that a tally runs to the end of the period the deck
// reports: a row of the period's last year noted 截至N月 (or a cell so
// noted) must end in the period's last month.
func checkPeriod(s *Section, tab requests.Table, caption string, period rocdate.Period) {
	if period.IsZero() || period.IsOpen() {
		return
	}
	end := period.End()
	say := s.lines("")
	for _, row := range tab.Rows {
		if row.Year != end.Year() {
			continue
		}
		notes := []string{row.Note}
		for _, c := range row.Cells {
			notes = append(notes, c.Note())
		}
		for _, n := range notes {
			upTo, ok := strings.CutPrefix(n, "截至")
			if !ok {
				continue
			}
			// 截至5月 is the year's first months up to 5月.
			p, err := rocdate.ParsePeriod(fmt.Sprintf("%d年1月至%s", row.Year, upTo), end)
			if err != nil {
				continue
			}
			if p.End().Month() == end.Month() {
				say.say(Pass, "requests.period", caption, row.Year, n, s.l.period(period))
			} else {
				say.say(Finding, "requests.period-differs", caption, row.Year, n, s.l.period(period))
			}
			return
		}
	}
	say.say(Unchecked, "requests.period-unknown", caption, s.l.period(period))
}

// requestTable reads, prints and reconciles one printed tally.
func requestTable(s *Section, fsys fs.FS, name, caption string) *requests.Table {
	say := s.lines("")
	records, file := readTable(fsys, name, say)
	if records == nil {
		return nil
	}
	tab, err := requests.ImportTable(records)
	var ie *requests.ImportError
	if errors.As(err, &ie) {
		for _, p := range ie.Problems {
			rowProblem(say, file, p.Row, p.Column, cellError{p.Input, p.Err})
		}
	} else if err != nil {
		say.say(Problem, "problem.import", file, say.l.errText(err))
		return nil
	}
	s.table(s.l.tr("requests.caption", caption), recordsTable(requestRecords(s.l, tab)))
	rec := tab.Reconcile()
	check := s.lines("")
	if n := rec.Agreed(); n > 0 {
		check.sayN(Pass, finding.Tally{Passed: n}, "requests.agreed", caption, n, rec.Checked())
	}
	for _, f := range rec.Findings() {
		check.say(lineKind(f.Severity), "requests.finding", caption, f.Message(s.l.tag))
	}
	for _, c := range rec.Checks() {
		if c.Verdict == finding.Unchecked {
			check.say(Unchecked, "requests.unprinted", caption, checkLabel(s.l, tab, c), c.Kind.Message(s.l.tag))
		}
	}
	return &tab
}

// checkLabel returns the label of the row or column a check is about, as
// the table prints it; in English a year as its Gregorian year and a
// column's head translated.
func checkLabel(l lang, tab requests.Table, c requests.Check) string {
	if !l.en() {
		return c.Label
	}
	if c.Kind == requests.RowTotal && c.Index >= 0 && c.Index < len(tab.Rows) {
		return yearEN(l, tab.Rows[c.Index].Year, "")
	}
	return columnEN(l, c.Label)
}

// requestRecords returns the table's cells as the deck printed them; in
// English the heads are translated (年度 → Year, 第1季 → Q1, 下載連結問題 →
// download link, 合計 → Total), the years given as Gregorian years and a
// note 截至5月 as "to May". The figures are the deck's either way.
func requestRecords(l lang, tab requests.Table) [][]string {
	recs := tab.Records()
	if !l.en() || len(recs) == 0 {
		return recs
	}
	head := recs[0]
	head[0] = l.tr("requests.col.year")
	if tab.Axis() == requests.ByCategory {
		head[0] = l.tr("requests.col.year-category")
	}
	for j := 1; j < len(head); j++ {
		head[j] = columnEN(l, head[j])
	}
	for i, r := range tab.Rows {
		rec := recs[i+1]
		rec[0] = yearEN(l, r.Year, r.Note)
		for j := 1; j < len(rec); j++ {
			if n, note, ok := strings.Cut(rec[j], " ("); ok {
				rec[j] = n + " (" + noteEN(l, strings.TrimSuffix(note, ")")) + ")"
			}
		}
	}
	if last := recs[len(recs)-1]; len(recs) > len(tab.Rows)+1 && last[0] == requests.TotalLabel {
		last[0] = l.tr("requests.col.total")
	}
	return recs
}

// columnEN translates a column head of a requests table: 第1季 → Q1, a
// category by its English name, 合計 → Total; another head is kept.
func columnEN(l lang, col string) string {
	if col == requests.TotalLabel {
		return l.tr("requests.col.total")
	}
	if q, ok := strings.CutPrefix(col, "第"); ok {
		if n, ok := strings.CutSuffix(q, "季"); ok && len(n) == 1 && n[0] >= '1' && n[0] <= '4' {
			return "Q" + n
		}
	}
	if c, err := requests.ParseCategory(col); err == nil {
		return c.Message(l.tag)
	}
	return col
}

// yearEN writes an ROC year as its Gregorian year, with its note: 2022
// (to May) for 111年 (截至5月).
func yearEN(l lang, year int, note string) string {
	s := fmt.Sprint(year + 1911)
	if note != "" {
		s += " (" + noteEN(l, note) + ")"
	}
	return s
}

// noteEN translates a note 截至N月 as "to" and the month; another note is
// kept as written.
func noteEN(l lang, note string) string {
	if m, ok := strings.CutPrefix(note, "截至"); ok {
		if m, ok := strings.CutSuffix(m, "月"); ok {
			var n int
			if _, err := fmt.Sscan(m, &n); err == nil && n >= 1 && n <= 12 && fmt.Sprint(n) == m {
				return l.tr("requests.note.to-month", time.Month(n).String())
			}
		}
	}
	return note
}

// quarterChart draws requests per quarter, one group of bars a year.
func quarterChart(tab requests.Table, l lang) *Chart {
	c := &Chart{Kind: BarChart, Title: l.tr("requests.chart"), Unit: l.tr("unit.requests"), Axis: l.tr("chart.axis", strings.TrimSpace(l.tr("unit.requests")))}
	for _, row := range tab.Rows {
		c.Labels = append(c.Labels, row.Label())
	}
	for j, col := range tab.Columns {
		sr := Series{Name: col}
		for _, row := range tab.Rows {
			v := -1
			if j < len(row.Cells) {
				if n, ok := row.Cells[j].Value(); ok {
					v = n
				}
			}
			sr.Values = append(sr.Values, v)
		}
		c.Series = append(c.Series, sr)
	}
	return c
}

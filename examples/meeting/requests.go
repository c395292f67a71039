package main

import (
	"errors"
	"io/fs"

	"github.com/ogdtw/governance/requests"
	"github.com/ogdtw/governance/rocdate"
)

// buildRequests reports 民間需求回應說明: the routes 設置要點第10點 requires,
// and the two printed tallies with the totals that do not add up.
func buildRequests(r *Report, fsys fs.FS, asOf rocdate.Date) {
	s := r.section("section.requests")
	say := s.lines(r.l.tr("requests.routes", requests.Provision))
	for _, c := range []requests.Concern{requests.NoConcern, requests.OwnRegulation, requests.ProcessOrSystem, requests.CrossMinistry} {
		say.text(Note, c.Route().WordingMessage(r.l.tag))
	}
	byQuarter := requestTable(s, fsys, "requests_by_quarter.csv", r.l.tr("requests.by-quarter"))
	if byQuarter != nil {
		s.chart(quarterChart(*byQuarter, r.l))
	}
	requestTable(s, fsys, "requests_by_category.csv", r.l.tr("requests.by-category"))
}

// requestTable reads, prints and reconciles one printed tally.
func requestTable(s *Section, fsys fs.FS, file, caption string) *requests.Table {
	say := s.lines("")
	records := readCSV(fsys, file, say)
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
	s.table(s.l.tr("requests.caption", caption), recordsTable(tab.Records()))
	rec := tab.Reconcile()
	check := s.lines("")
	if n := rec.Agreed(); n > 0 {
		check.say(Pass, "requests.agreed", caption, n, rec.Checked())
	}
	for _, f := range rec.Findings() {
		check.say(lineKind(f.Severity), "requests.finding", caption, f.Message(s.l.tag))
	}
	return &tab
}

// quarterChart draws requests per quarter, one group of bars a year.
func quarterChart(tab requests.Table, l lang) *Chart {
	c := &Chart{Kind: BarChart, Title: l.tr("requests.chart"), Unit: l.tr("unit.requests")}
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

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
	s := r.section("二、報告事項 (一) 「民間需求回應說明」辦理情形")
	say := s.lines("依" + requests.Provision + "，民間需求依其性質處理:")
	for _, c := range []requests.Concern{requests.NoConcern, requests.OwnRegulation, requests.ProcessOrSystem, requests.CrossMinistry} {
		say(Note, "%s", c.Route().Wording())
	}
	byQuarter := requestTable(s, fsys, "requests_by_quarter.csv", "依季別")
	if byQuarter != nil {
		s.chart(quarterChart(*byQuarter))
	}
	requestTable(s, fsys, "requests_by_category.csv", "依類別")
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
			say(Problem, "%s", rowProblem(file, p.Row, p.Column, p.Err))
		}
	} else if err != nil {
		say(Problem, "%s: %v", file, err)
		return nil
	}
	s.table("「民間需求回應說明」辦理情形 ("+caption+")", recordsTable(tab.Records()))
	rec := tab.Reconcile()
	check := s.lines("")
	if n := rec.Agreed(); n > 0 {
		check(Pass, "%s: %d of %d printed totals agree with their figures", caption, n, rec.Checked())
	}
	for _, f := range rec.Findings() {
		check(lineKind(f.Severity), "%s: %s", caption, f)
	}
	return &tab
}

// quarterChart draws requests per quarter, one group of bars a year.
func quarterChart(tab requests.Table) *Chart {
	c := &Chart{Kind: BarChart, Title: "民間需求件數 (依季別)", Unit: "件"}
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

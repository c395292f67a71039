package main

import (
	"io/fs"
	"strconv"

	"github.com/ogdtw/governance/datasets"
	"github.com/ogdtw/governance/rocdate"
)

// buildDelistings reports 資料集申請下架情形: the requests, each checked
// against the catalog, and the counts that approving them changes.
func buildDelistings(r *Report, fsys fs.FS, _ rocdate.Date) {
	s := r.section("二、報告事項 (四) 本部及所屬機關資料集申請下架情形")
	say := s.lines("")
	var catalog datasets.Catalog
	if records := readCSV(fsys, "catalog.csv", say); records != nil {
		var problems []*datasets.RowError
		catalog, problems = datasets.ImportCatalog(records)
		importProblems(say, "catalog.csv", problems)
	}
	records := readCSV(fsys, "delistings.csv", say)
	if records == nil {
		return
	}
	reqs, problems := datasets.ImportDelistings(records)
	importProblems(say, "delistings.csv", problems)
	t := &Table{Header: []string{"項次", "機關/單位", "資料集名稱", "下架原因"}}
	for _, q := range reqs {
		t.Rows = append(t.Rows, []string{strconv.Itoa(q.Item), q.Publisher.Name(), q.Dataset.String(), q.Grounds.String()})
	}
	s.table("申請下架資料集", t)

	verdict := s.lines("審查")
	refused := map[int]bool{}
	for _, e := range catalog.CheckDelistings(reqs) {
		if e.Warning() {
			verdict(Finding, "%v", e)
			continue
		}
		refused[e.Index] = true
		verdict(Finding, "%v", e)
	}
	var approved []datasets.Request
	for i, q := range reqs {
		if refused[i] {
			verdict(Note, "項次%d %s: refused", q.Item, q.Dataset)
			continue
		}
		approved = append(approved, q)
		verdict(Pass, "項次%d %s: %s; the kept dataset %s is listed under the same publisher: may be delisted", q.Item, q.Dataset, q.Reason, q.Kept)
	}
	if len(approved) == 0 {
		return
	}
	_, changes, err := catalog.Delist(approved)
	if err != nil {
		verdict(Finding, "%v", err)
		return
	}
	for _, c := range changes {
		verdict(Note, "%s: listed datasets %d → %d (%s)", c.Publisher.Name(), c.Before, c.After, signed(c.Delta()))
	}
}

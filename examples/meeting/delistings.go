package main

import (
	"io/fs"

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
		var err error
		catalog, err = datasets.ImportCatalog(records)
		importProblems(say, "catalog.csv", err)
	}
	records := readCSV(fsys, "delistings.csv", say)
	if records == nil {
		return
	}
	reqs, err := datasets.ImportDelistings(records)
	importProblems(say, "delistings.csv", err)
	s.table("申請下架資料集", recordsTable(datasets.DelistingRecords(reqs)))

	verdict := s.lines("審查")
	review := catalog.ReviewDelistings(reqs)
	for _, f := range review.Findings {
		verdict(lineKind(f.Severity), "%s", f)
	}
	for _, r := range review.Refused {
		verdict(Note, "項次%d %s: refused", r.Delisting.Item, r.Delisting.Dataset)
	}
	for _, q := range review.Approved {
		verdict(Pass, "項次%d %s: %s; the kept dataset %s is listed under the same publisher: may be delisted", q.Item, q.Dataset, q.Reason, q.Kept)
	}
	for _, c := range review.Changes {
		verdict(Note, "%s: listed datasets %d → %d (%s)", c.Publisher.Name(), c.Before, c.After, signed(c.Delta()))
	}
}

package main

import (
	"io/fs"

	"github.com/ogdtw/governance/datasets"
	"github.com/ogdtw/governance/rocdate"
)

// buildDelistings reports 資料集申請下架情形: the requests, each checked
// against the catalog, and the counts that approving them changes.
func buildDelistings(r *Report, fsys fs.FS, _ rocdate.Date) {
	s := r.section("section.delistings")
	l := r.l
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
	s.table(l.tr("delistings.caption"), recordsTable(datasets.DelistingRecords(reqs)))

	verdict := s.lines(l.tr("delistings.review"))
	review := catalog.ReviewDelistings(reqs)
	for _, f := range review.Findings {
		verdict.text(lineKind(f.Severity), f.Message(l.tag))
	}
	for _, r := range review.Refused {
		verdict.say(Note, "delistings.refused", r.Delisting.Item, l.text(r.Delisting.Dataset))
	}
	for _, q := range review.Approved {
		verdict.say(Pass, "delistings.approved", q.Item, l.text(q.Dataset), q.Reason.Message(l.tag), l.text(q.Kept))
	}
	for _, c := range review.Changes {
		verdict.say(Note, "delistings.change", c.Publisher.Name(), c.Before, c.After, signed(c.Delta()))
	}
}

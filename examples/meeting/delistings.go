package main

import (
	"io/fs"

	"github.com/ogdtw/governance/datasets"
)

// buildDelistings reports 資料集申請下架情形: the requests as the deck
// prints them, the count the deck states checked against its rows, and
// each request reviewed against a catalog. The deck prints no catalog:
// the review reads sample_catalog.csv, sample data named as such, so
// that it can run; what it says of the catalog is no fact of the deck.
func buildDelistings(r *Report, fsys fs.FS) {
	s := r.part("二(四)")
	l := r.l
	say := s.lines("")
	records, file := readTable(fsys, "delistings.csv", say)
	if records == nil {
		return
	}
	reqs, err := datasets.ImportDelistings(records)
	importProblems(say, file, err)
	rows := datasets.DelistingRecords(reqs)
	if l.en() { // the deck's heads, translated; the cells are the deck's
		rows[0] = []string{l.tr("delistings.col.item"), l.tr("delistings.col.publisher"), l.tr("delistings.col.dataset"), l.tr("delistings.col.grounds")}
	}
	s.table(l.tr("delistings.caption"), recordsTable(rows))

	if c, ok := r.fr.claim("申請下架資料集筆數"); ok {
		check := s.lines("")
		rows := dataRows(records) // every data row, read or not
		switch n, err := datasets.ParseCount(c.text); {
		case err != nil:
			rowProblem(check, c.file, c.row, "聲明", err)
		case n == rows:
			check.say(Pass, "delistings.count", c.source, n, rows)
		default:
			check.say(Finding, "delistings.count-differs", c.source, n, rows)
		}
	}

	verdict := s.lines(l.tr("delistings.review"))
	catRecords, sample := readOptional(fsys, "sample_catalog.csv", verdict)
	if catRecords == nil {
		verdict.say(Unchecked, "delistings.no-catalog", len(reqs))
		return
	}
	// Every line below rests on the sample catalog, not on the deck.
	verdict = verdict.onSample()
	catalog, err := datasets.ImportCatalog(catRecords)
	importProblems(verdict, sample, err)
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
}

// dataRows counts the rows under the header that hold anything: the rows
// an importer reads or reports.
func dataRows(records [][]string) int {
	n := 0
	for _, rec := range records[min(1, len(records)):] {
		for _, c := range rec {
			if cellAt([]string{c}, 0) != "" {
				n++
				break
			}
		}
	}
	return n
}

package main

import (
	"io/fs"
	"strings"
	"time"

	"github.com/ogdtw/governance/datasets"
	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/rocdate"
)

// buildOpenData reports 資料開放推動成果: the ranking the deck claims,
// the open-count series and whether it runs to the period reported, and
// the per-publisher table for two quarters.
func buildOpenData(r *Report, fsys fs.FS) {
	s := r.part("二(二)")
	buildRanking(r, s, fsys)
	r.series = buildSeries(s, fsys)
	if pts := r.series.Points(); len(pts) > 0 && !r.fr.period.IsZero() {
		last := pts[len(pts)-1]
		say := s.lines("")
		if r.fr.period.Contains(last.Date) {
			say.say(Pass, "series.period", s.l.date(last.Date), s.l.period(r.fr.period))
		} else {
			say.say(Finding, "series.period-differs", s.l.date(last.Date), s.l.period(r.fr.period))
		}
	}
	buildPublishers(s, fsys, r.series)
}

// The files of the national ranking: the platform's export of every
// dataset and the register of agencies, the caller's own, or the sample
// ones the embedded data holds (labelled sample, counted apart).
const (
	nationalFile       = "national_catalog.csv"
	registerFile       = "agencies.csv"
	sampleNationalFile = "sample_national_catalog.csv"
	sampleRegisterFile = "sample_agencies.csv"
)

// buildRanking checks the deck's claim of the ministry's rank among the
// ministries (資料開放數量名列各部會第二) against a ranking: the one the
// 部會 get on the slide's day when the data gives a national export and
// a register of agencies (national_catalog.csv, agencies.csv), else a
// ranking table when it gives one (ranking.csv: 機關, 資料集數量, and 排名
// if printed). The deck shows its ranking only as a picture, so without
// them the claim is printed as one the data cannot check, and why. The
// sample export and register, when present, are ranked and the claim
// checked against them too, on lines labelled sample and counted apart.
func buildRanking(r *Report, s *Section, fsys fs.FS) {
	// The slide's own words: its heading and what its picture shows.
	caption := s.l.tr("ranking.caption")
	words := r.fr.slides["排名"]
	if len(words) > 0 {
		caption, words = words[0], words[1:]
	}
	say := s.lines(caption)
	day := r.fr.meeting.Date()
	for _, w := range words {
		say.quote(w)
		// 資料集數量排名—統計至111年5月19日: the day the slide counts.
		if _, after, ok := strings.Cut(w, "統計至"); ok {
			if d, err := rocdate.Parse(after); err == nil {
				day = d
			}
		}
	}
	c, ok := r.fr.claim("資料開放數量排名")
	if !ok {
		return
	}
	claim, err := datasets.ParseRankClaim(c.text)
	if err != nil {
		rowProblem(say, c.file, c.row, "聲明", err)
		return
	}
	var ranked []datasets.Ranked
	if records, file := readOptional(fsys, "ranking.csv", say); records != nil {
		entries, err := datasets.ImportRanking(records)
		importProblems(say, file, err)
		ranked = datasets.Rank(entries)
		s.table(s.l.tr("ranking.table"), recordsTable(datasets.RankingRecords(entries)))
		printed := datasets.CheckPrintedRanks(ranked)
		for _, f := range printed.Findings {
			say.text(lineKind(f.Severity), f.Message(s.l.tag))
		}
	}
	k := datasets.CheckRankClaim(ranked, r.fr.agency, claim)
	if m, after, ok := rankNational(s, fsys, nationalFile, registerFile, day, false); ok {
		k = m.CheckClaim(r.fr.agency, claim)
		after.say(verdictKind(k.Verdict, k.Severity), "ranking.claim", c.source, k.Message(s.l.tag))
		return
	}
	if ranked == nil {
		say.say(Note, "ranking.no-national")
	}
	say.say(verdictKind(k.Verdict, k.Severity), "ranking.claim", c.source, k.Message(s.l.tag))
	if m, after, ok := rankNational(s, fsys, sampleNationalFile, sampleRegisterFile, day, true); ok {
		k := m.CheckClaim(r.fr.agency, claim)
		after.say(verdictKind(k.Verdict, k.Severity), "ranking.claim", c.source, k.Message(s.l.tag))
	}
}

// rankNational ranks the 部會 on day by the export and register of the
// files named, when both are there: problems of their rows, the ranking
// table, then a line per publisher the register could not place and one
// for the datasets of agencies outside the 部會; it returns the ranking
// and what adds lines below the table, on sample data when sample. It
// reports false when either file is absent (and adds nothing) or cannot
// be read (and says why).
func rankNational(s *Section, fsys fs.FS, exportFile, regFile string, day rocdate.Date, sample bool) (datasets.MinistryRanking, adder, bool) {
	l := s.l
	onData := func(a adder) adder {
		if sample {
			return a.onSample()
		}
		return a
	}
	problems := onData(s.lines(""))
	exportRows, exportName := readOptional(fsys, exportFile, problems)
	regRows, regName := readOptional(fsys, regFile, problems)
	if exportRows == nil || regRows == nil {
		return datasets.MinistryRanking{}, adder{}, false
	}
	catalog, err := datasets.ImportCatalog(exportRows)
	importProblems(problems, exportName, err)
	reg, err := datasets.ImportAgencies(regRows)
	importProblems(problems, regName, err)
	m := reg.RankMinistries(catalog, day, datasets.Executive)
	entries := make([]datasets.Entry, len(m.Ranked))
	for i, e := range m.Ranked {
		entries[i] = datasets.Entry{Name: e.Name, Count: e.Count, PrintedRank: e.Rank}
	}
	rows := datasets.RankingRecords(entries)
	if l.en() {
		rows[0] = []string{l.tr("ranking.col.rank"), l.tr("ranking.col.agency"), l.tr("ranking.col.count")}
		for _, row := range rows[1:] {
			row[2] = strings.TrimSuffix(row[2], "筆")
		}
	}
	caption := "ranking.national"
	if sample {
		caption = "ranking.sample"
	}
	s.table(l.tr(caption, l.date(day)), recordsTable(rows))
	after := onData(s.lines(""))
	for _, u := range m.Unplaced {
		after.say(Note, "ranking.unplaced", u.Name, u.Resolution.Message(l.tag), u.Datasets)
	}
	if m.OutOfScope > 0 {
		after.say(Note, "ranking.out-of-scope", m.OutOfScope)
	}
	return m, after, true
}

// verdictKind is the kind of line a check's verdict makes: passed,
// not checkable, or, when failed, as its severity says.
func verdictKind(v finding.Verdict, s finding.Severity) LineKind {
	switch v {
	case finding.Passed:
		return Pass
	case finding.Unchecked:
		return Unchecked
	}
	return lineKind(s)
}

func buildSeries(s *Section, fsys fs.FS) datasets.Series {
	say := s.lines("")
	records, file := readTable(fsys, "series.csv", say)
	if records == nil {
		return datasets.Series{}
	}
	series, err := datasets.ImportSeries(records)
	importProblems(say, file, err)
	pts := series.Points()
	t := recordsTable(series.Records())
	l := s.l
	chart := &Chart{Kind: LineChart, Title: l.tr("series.chart"), Unit: l.tr("unit.datasets"), Axis: l.tr("chart.axis", strings.TrimSpace(l.tr("unit.datasets"))), Series: []Series{{Name: l.tr("series.chart.series")}}}
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
		check.sayN(Pass, finding.Tally{Passed: n}, "series.increases", n, len(pts)-1)
	}
	if len(pts) >= 2 {
		first, last := pts[0], pts[len(pts)-1]
		if g, err := series.Growth(first.Date, last.Date, 4); err == nil {
			check.say(Computed, "series.growth", l.date(first.Date), l.date(last.Date), g.Shift(2).StringFixed(2))
		}
		prev := pts[len(pts)-2]
		if g, err := series.Growth(prev.Date, last.Date, 4); err == nil {
			check.say(Computed, "series.growth", l.date(prev.Date), l.date(last.Date), g.Shift(2).StringFixed(2))
		}
	}
	return series
}

func buildPublishers(s *Section, fsys fs.FS, series datasets.Series) {
	say := s.lines("")
	records, file := readTable(fsys, "publishers.csv", say)
	if records == nil {
		return
	}
	tab, err := datasets.ImportTable(records)
	importProblems(say, file, err)
	l := s.l
	// The table is about what changed (+1, +2, +92): the chart draws the
	// 增減 of each publisher, on a scale where a change of 1 shows.
	chart := &Chart{Kind: BarChart, Title: l.tr("publishers.chart"), Unit: l.tr("unit.datasets"), Axis: l.tr("chart.axis", strings.TrimSpace(l.tr("unit.datasets"))), Signed: true, Series: []Series{{Name: l.tr("publishers.chart.change", tab.Prev.Message(l.tag), tab.Cur.Message(l.tag))}}}
	for _, g := range []datasets.Group{datasets.Units, datasets.Agencies} {
		for _, rw := range tab.Rows {
			if rw.Publisher.Group() == g {
				chart.Labels = append(chart.Labels, rw.Publisher.Short())
				chart.Series[0].Values = append(chart.Series[0].Values, rw.Change)
			}
		}
	}
	s.table(l.tr("publishers.caption"), recordsTable(publisherRows(l, tab)))
	s.chart(chart)

	check := s.lines("")
	chk := tab.Check(series)
	for _, f := range chk.Findings {
		if f.Code == "datasets.year-start-unknown" || f.Code == "datasets.year-start-not-given" {
			// One line for the column, counted as the checks it stands for:
			// one per row.
			check.textN(Unchecked, finding.Tally{Unchecked: f.Printed}, f.Message(l.tag))
			continue
		}
		check.text(verdictKind(f.Verdict, f.Severity), f.Message(l.tag))
	}
	if n := len(chk.Agreeing); n > 0 {
		check.sayN(Pass, finding.Tally{Passed: n}, "publishers.rows", n, len(tab.Rows))
	}
	for _, i := range chk.AgreeingSubtotals {
		st := tab.Subtotals[i]
		// One line for the four columns it adds up: four checks.
		check.sayN(Pass, finding.Tally{Passed: 4}, "publishers.subtotal", groupName(l, st.Group), datasets.FormatCount(st.Prev), datasets.FormatCount(st.Cur), signed(st.Change))
	}
	for _, p := range chk.Matched {
		check.say(Pass, "publishers.total", p.Date.Quarter().Message(l.tag), l.date(p.Date), datasets.FormatCount(p.Count))
	}
}

// buildActionPlan reports 修訂行動方案: the passages of the plan whose
// dataset count is to be revised (壹、前言 and 伍、結語, quoted whole from
// action_plan.csv: 段落, 原文, 範圍, 統計至, 數量), each count checked
// against the open-count series, and the passages checked against each
// other: one count should be told of one scope in one measure word.
func buildActionPlan(r *Report, fsys fs.FS) {
	s := r.part("二(三)")
	l := s.l
	say := s.lines(l.tr("actionplan.caption"))
	records, file := readTable(fsys, "action_plan.csv", say)
	col, ok := byHeader(records, file, say, "段落", "統計至", "數量")
	if !ok {
		return
	}
	textCol, scopeCol := column(records, "原文"), column(records, "範圍")
	type told struct{ part, scope, count string }
	var all []told
	for i, rec := range records[1:] {
		if blankRow(rec) {
			continue
		}
		part, asOf, count := cellAt(rec, col[0]), cellAt(rec, col[1]), cellAt(rec, col[2])
		if text := cellAt(rec, textCol); text != "" {
			say.say(Note, "actionplan.part", part)
			say.quote(text)
		}
		period, err := rocdate.ParsePeriod(asOf, rocdate.Date{})
		if err != nil {
			rowProblem(say, file, i+2, "統計至", err)
			continue
		}
		n, err := datasets.ParseCount(count)
		if err != nil {
			rowProblem(say, file, i+2, "數量", err)
			continue
		}
		all = append(all, told{part, cellAt(rec, scopeCol), count})
		p, found := lastWithin(r.series, period)
		switch {
		case !found:
			say.say(Unchecked, "actionplan.no-figure", part, datasets.FormatCount(n), asOf, l.text(period))
		case p.Count != n:
			say.say(Finding, "actionplan.differs", part, count, datasets.FormatCount(p.Count), l.date(p.Date))
		default:
			say.say(Pass, "actionplan.equals", part, count, l.date(p.Date))
		}
	}
	// The passages tell one count: its scope (本部, 本部及所屬機關) and
	// measure word (項, 筆) should agree.
	for i := 1; i < len(all); i++ {
		a, b := all[0], all[i]
		if a.scope == "" || b.scope == "" {
			continue
		}
		if a.scope != b.scope || measure(a.count) != measure(b.count) {
			say.say(Finding, "actionplan.inconsistent", a.part, a.scope, a.count, b.part, b.scope, b.count)
		} else {
			say.say(Pass, "actionplan.consistent", a.part, b.part, a.scope, a.count)
		}
	}
}

// measure returns the measure word a count ends with: 項 of 2,963項.
func measure(count string) string {
	return strings.TrimLeft(count, "0123456789,，０１２３４５６７８９ ")
}

// publisherRows returns the per-publisher table as the deck heads it
// (單位 and 機關, not the library's group names), in the report's
// language; a 合計 the deck did not print is labelled as computed.
func publisherRows(l lang, tab datasets.Table) [][]string {
	rows := tab.Records()
	if len(rows) == 0 {
		return rows
	}
	since := rows[0][5] // the deck's own head: 111.01.01 迄今
	if jan1, err := rocdate.New(tab.Cur.Year(), time.January, 1); err == nil && !tab.Cur.IsZero() && l.en() {
		since = l.tr("publishers.col.since", l.date(jan1))
	}
	rows[0] = []string{l.tr("publishers.col.group"), l.tr("publishers.col.name"), tab.Prev.Message(l.tag), tab.Cur.Message(l.tag), l.tr("publishers.col.change"), since}
	for _, row := range rows[1:] {
		for _, g := range []datasets.Group{datasets.Units, datasets.Agencies} {
			if row[0] == g.String() {
				row[0] = groupName(l, g)
			}
		}
		switch row[1] {
		case "小計":
			row[1] = l.tr("publishers.subtotal-row")
		case "合計":
			row[1] = l.tr("publishers.total-row")
			if tab.Total == nil {
				row[1] += l.tr("label.computed")
			}
		}
	}
	return rows
}

// groupName returns the deck's head of a group of publishers: 單位, 機關.
func groupName(l lang, g datasets.Group) string {
	switch g {
	case datasets.Units:
		return l.tr("publishers.units")
	case datasets.Agencies:
		return l.tr("publishers.agencies")
	}
	return g.Message(l.tag)
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

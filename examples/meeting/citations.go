package main

import (
	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/inventory"
	"github.com/ogdtw/governance/inventory/law"
	"github.com/ogdtw/governance/rocdate"
)

// checkCitations reads each law the 丙類 備註 cites against the statute
// registry as of the report date: does each cited provision exist in the
// version in force on that day, each version described by the act of its
// day (政府資訊公開法（94年12月28日制定公布）). An amendment before the day
// is no finding: the deck cites the version in force, as it should.
// Amendments after the day are no fault of the deck: those up to the day
// the report is asked are printed apart, as 報告日後之法規異動, with where
// each cited provision went (該項移列為第5項，文字未修正); from the day
// after the registry's data date on, nothing can be checked.
func checkCitations(s *Section, cites []law.Citation, asOf, asked rocdate.Date) {
	reg := law.Default()
	k := inventory.Checker{Registry: reg, Day: asOf}
	l := s.l
	say := s.lines(l.tr("citations.caption", l.date(reg.Updated())))
	var later []inventory.Problem
	for _, c := range cites {
		for _, p := range checkCitation(say, reg, k, c, asOf, "citations.in-force") {
			if !p.Statute.Date.After(asked) {
				later = append(later, p)
			}
		}
	}
	if asked.After(asOf) {
		dev := s.lines(l.tr("citations.later", l.date(asOf), l.date(asked)))
		for _, p := range later {
			dev.text(Note, l.text(p))
		}
		if len(later) == 0 {
			dev.say(Note, "citations.later-none")
		}
		if asked.After(reg.Updated()) {
			// What the statutes cannot tell: from the day after their data
			// date (the snapshot's, not its latest amendment) to the day
			// asked, in the registry's words.
			gap := law.Finding{Code: law.CodeDataDate, Date: reg.Updated(), Day: asked}
			dev.text(Unchecked, gap.DetailMessage(l.tag))
		}
	}
}

// checkCitation checks one citation for the day: its problems are told,
// and the provisions the version in force on the day holds (key words
// it, with the citation, the version and the day): every one when each
// was looked up and found, else how many of how many, so that a
// provision that could not be looked up is never counted as found. It
// returns the amendments after the day, for the caller to tell apart.
func checkCitation(say adder, reg *law.Registry, k inventory.Checker, c law.Citation, day rocdate.Date, key string) (later []inventory.Problem) {
	l := say.l
	// One verdict per provision cited (and one for an abandoned law);
	// the provisions that could not be looked up, by the reason.
	var checks finding.Tally
	unchecked := map[string]int{}
	for _, f := range reg.Check(c, day) {
		if f.Verdict != finding.NoVerdict {
			checks = checks.Add(f.Verdict)
		}
		if f.Verdict == finding.Unchecked {
			unchecked[f.Code]++
		}
	}
	problems, later := k.CheckCitation(c)
	for _, p := range problems {
		switch {
		case p.Code == law.CodeLawName:
			// A law cited by a name that is not its own is a fault of
			// the document, however the registry finds the law: the
			// committee is told the full name, as a finding it counts.
			say.say(Finding, "citations.misnamed", l.text(c), p.Statute.DetailMessage(l.tag))
		case p.Statute.Verdict == finding.Unchecked:
			// Told once for the citation, it stands for every provision
			// it kept from being looked up.
			say.textN(Unchecked, finding.Tally{Unchecked: max(unchecked[p.Code], 1)}, l.text(p))
			delete(unchecked, p.Code)
		default:
			say.text(lineKind(p.Severity), l.text(p))
		}
	}
	if checks.Passed == 0 {
		return later
	}
	st, _ := reg.Lookup(c.Law)
	v, _ := st.VersionOn(day)
	found := finding.Tally{Passed: checks.Passed}
	if checks.Passed == checks.Total() {
		say.sayN(Pass, found, key, l.text(c), l.text(v), l.date(day))
	} else {
		say.sayN(Pass, found, "citations.in-force-some", l.text(c), l.text(v), l.date(day), checks.Total(), checks.Passed)
	}
	return later
}

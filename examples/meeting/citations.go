package main

import (
	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/inventory"
	"github.com/ogdtw/governance/inventory/law"
	"github.com/ogdtw/governance/rocdate"
)

// checkCitations reads each law the 丙類 備註 cites against the statute
// registry as of the report date: does each cited provision exist in the
// version in force on that day. Amendments after the day are no fault of
// the deck: those up to the day the report is asked are printed apart,
// as 報告日後之法規異動, and those after it are not known on that day.
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
	// A ground may have been written against an older text: say which
	// cited provisions an earlier amendment changed, so the reader can
	// check that the ground still means what it meant.
	for _, c := range cites {
		st, m := reg.Lookup(c.Law)
		if m == law.NoMatch {
			continue
		}
		first := st.Versions()[0].Date()
		for _, p := range c.Provisions() {
			for _, a := range st.Amendments(p, first) {
				if !a.Version.Date().After(asOf) {
					say.say(Note, "citations.amended", l.text(a))
				}
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
			dev.say(Unchecked, "citations.after-data", l.date(reg.Updated()), l.date(asked))
		}
	}
}

// checkCitation checks one citation for the day: its problems are told,
// and when none is a fault, that the version in force on the day holds
// the cited provisions (key words it, with the citation, the version and
// the day). It returns the amendments after the day, for the caller to
// tell apart.
func checkCitation(say adder, reg *law.Registry, k inventory.Checker, c law.Citation, day rocdate.Date, key string) (later []inventory.Problem) {
	l := say.l
	problems, later := k.CheckCitation(c)
	clean := true
	for _, p := range problems {
		if p.Code == law.CodeLawName {
			// A law cited by a name that is not its own is a fault of
			// the document, however the registry finds the law: the
			// committee is told the full name, as a finding it counts.
			say.say(Finding, "citations.misnamed", l.text(c), p.Statute.DetailMessage(l.tag))
			continue
		}
		say.text(lineKind(p.Severity), l.text(p))
		if lineKind(p.Severity) == Finding {
			clean = false
		}
	}
	if !clean {
		return later
	}
	if st, m := reg.Lookup(c.Law); m != law.NoMatch {
		if v, ok := st.VersionOn(day); ok {
			say.sayN(Pass, finding.Tally{Passed: len(c.Provisions())}, key, l.text(c), l.text(v), l.date(day))
		}
	}
	return later
}

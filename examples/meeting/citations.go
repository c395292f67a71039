package main

import (
	"github.com/ogdtw/governance/inventory"
	"github.com/ogdtw/governance/rocdate"
)

// checkCitations reads each law the 丙類 備註 cites against the statute
// registry: does each cited provision exist in the version in force on
// the report date, and has it been amended since.
func checkCitations(s *Section, cites []inventory.Citation, asOf rocdate.Date) {
	say := s.lines("引用法規查核 (法規資料更新至 " + inventory.StatutesUpdated().String() + ")")
	for _, c := range cites {
		clean := true
		for _, p := range inventory.CheckCitation(c, asOf) {
			say(lineKind(p.Severity), "%s", p.String())
			if lineKind(p.Severity) == Finding {
				clean = false
			}
		}
		if !clean {
			continue
		}
		st, m := inventory.LookupStatute(c.Law)
		if m == inventory.NoMatch {
			continue
		}
		v, _ := st.VersionOn(asOf)
		say(Pass, "%s: every provision exists in %s and is unchanged since", c, v)
	}
	// A ground may have been written against an older text: say which
	// cited provisions an earlier amendment changed, so the reader can
	// check that the ground still means what it meant.
	for _, c := range cites {
		st, m := inventory.LookupStatute(c.Law)
		if m == inventory.NoMatch {
			continue
		}
		first := st.Versions()[0].Date()
		for _, p := range c.Provisions() {
			for _, a := range st.Amendments(p, first) {
				if !a.Version.Date().After(asOf) {
					say(Note, "%s before the report date: read the ground against the text in force", a)
				}
			}
		}
	}
}

package main

import (
	"github.com/ogdtw/governance/inventory"
	"github.com/ogdtw/governance/inventory/law"
	"github.com/ogdtw/governance/rocdate"
)

// checkCitations reads each law the 丙類 備註 cites against the statute
// registry as of the report date: does each cited provision exist in the
// version in force on that day. Amendments after the day are no fault of
// the deck: they are printed apart, as 報告日後之法規異動.
func checkCitations(s *Section, cites []law.Citation, asOf rocdate.Date) {
	reg := law.Default()
	k := inventory.Checker{Registry: reg, Day: asOf}
	say := s.lines("引用法規查核 (法規資料更新至 " + reg.Updated().String() + ")")
	var later []inventory.Problem
	for _, c := range cites {
		problems, l := k.CheckCitation(c)
		later = append(later, l...)
		clean := true
		for _, p := range problems {
			say(lineKind(p.Severity), "%s", p.String())
			if lineKind(p.Severity) == Finding {
				clean = false
			}
		}
		if !clean {
			continue
		}
		st, m := reg.Lookup(c.Law)
		if m == law.NoMatch {
			continue
		}
		if v, ok := st.VersionOn(asOf); ok {
			say(Pass, "%s: every provision exists in %s, the version in force on %s", c, v, asOf)
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
					say(Note, "%s before the report date: read the ground against the text in force", a)
				}
			}
		}
	}
	if len(later) > 0 {
		dev := s.lines("報告日後之法規異動 (not faults of the deck of " + asOf.String() + ")")
		for _, p := range later {
			dev(Note, "%s", p.String())
		}
	}
}

package inventory

import (
	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/rocdate"
)

// CheckStatutes reads every ground of every record against the statute
// registry as of the inventory's date and returns all it finds, ordered by
// record:
//
//   - finding.Error (RuleProvisionExists) for cited provisions that do not exist
//     in the version in force on that date;
//   - finding.Warning (RuleProvisionAmended) for cited provisions amended since,
//     one per amendment, naming the amending version and its date;
//   - finding.Notice (RuleLawKnown) for what cannot be checked, a law the registry
//     does not know, and for a law cited by an incomplete or a former name.
//
// The registry knows the amendments up to [StatutesUpdated].
// [Inventory.Validate] reports all of them among its own problems; tell
// them apart by Severity.
func (inv Inventory) CheckStatutes() []Problem { return checkStatutes(inv) }

// CheckCitation reads one citation against the statute registry as of
// the day on, as [Inventory.CheckStatutes] reads a record's grounds, and
// returns what it finds. The problems concern no record: their Index is
// -1 and their Ground is the citation's canonical form. A printed summary
// lists its laws this way, without records (the deck's 丙類 備註).
func CheckCitation(c Citation, on rocdate.Date) []Problem {
	var out []Problem
	checkCitation(on, c, func(rule Rule, sev finding.Severity, p Provision, detail string) {
		out = append(out, Problem{Severity: sev, Code: rule.Code(), Rule: rule, Index: -1, Ground: c.String(), Provision: p, Detail: detail})
	})
	return out
}

// checkStatutes reads every ground of every record against the statute
// registry, as of the inventory's date:
//
//   - a cited law the registry does not know, or a ground that names no
//     law, is a Notice (RuleLawKnown): it cannot be checked, which is not
//     to say it is wrong; so is a law cited by an incomplete name (the
//     deck's 國家安全或重大利益公務人員特殊查核辦法) or by a former one,
//     which is checked all the same;
//   - a provision that does not exist in the version in force on the
//     inventory's date (or whose article was repealed) is an Error
//     (RuleProvisionExists);
//   - a provision that an amendment after that date changed (its text, its
//     number of 項, 款 or 目, or its existence) is a Warning
//     (RuleProvisionAmended) per amendment, naming the amending version and
//     its date, and where the former text went when it was renumbered.
//
// An undated inventory, a law whose earliest version in the registry is
// later than the inventory's date, and a provision cited without its
// article are Notices too. Grounds that do not parse are left to
// checkGroundsParse; the citations of a ground that do parse are checked.
func checkStatutes(inv Inventory) []Problem {
	return forEachCitation(inv, func(i int, g string, c Citation) []Problem {
		var out []Problem
		add := func(rule Rule, sev finding.Severity, p Provision, detail string) {
			pr := problemFor(inv, i, rule, detail)
			pr.Severity = sev
			pr.Ground = g
			pr.Provision = p
			out = append(out, pr)
		}
		checkCitation(inv.Date, c, add)
		return out
	})
}

// checkCitation checks one citation as of the date on, reporting each
// problem to add with its rule, severity and the provision concerned (zero
// when the problem is about the law).
func checkCitation(on rocdate.Date, c Citation, add func(rule Rule, sev finding.Severity, p Provision, detail string)) {
	if c.Law == "" {
		add(RuleLawKnown, finding.Notice, Provision{}, "未指明法規名稱，未能查核條文")
		return
	}
	s, m := LookupStatute(c.Law)
	switch m {
	case NoMatch:
		add(RuleLawKnown, finding.Notice, Provision{}, "法規資料未收錄「"+c.Law+"」，未能查核條文")
		return
	case MatchPartial:
		add(RuleLawKnown, finding.Notice, Provision{}, "法規名稱「"+c.Law+"」不全，應為「"+s.Name()+"」")
	case MatchFormer:
		add(RuleLawKnown, finding.Notice, Provision{}, "「"+c.Law+"」為舊名，現名「"+s.Name()+"」")
	}
	if on.IsZero() {
		add(RuleProvisionExists, finding.Notice, Provision{}, "盤點表未載日期，未能判斷施行中之"+s.Name()+"版本")
		return
	}
	v, ok := s.VersionOn(on)
	if !ok {
		add(RuleLawKnown, finding.Notice, Provision{}, "法規資料所收"+s.Name()+"最早為"+s.Versions()[0].Date().String()+"修正之版本，未能查核"+on.String()+"施行之條文")
		return
	}
	for _, p := range c.Provisions() {
		switch {
		case p.Article <= 0:
			add(RuleProvisionExists, finding.Notice, p, p.String()+"未指明條次，未能查核")
			continue
		case v.Repealed(p):
			add(RuleProvisionExists, finding.Error, p, p.String()+"於"+v.String()+"已刪除")
			continue
		case !v.Has(p):
			add(RuleProvisionExists, finding.Error, p, v.String()+"無"+p.String())
			continue
		}
		for _, a := range s.Amendments(p, on) {
			add(RuleProvisionAmended, finding.Warning, p, a.String())
		}
	}
}

package inventory

import (
	"cmp"
	"slices"
	"strings"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/internal/i18n"
)

// A rule checks an inventory and returns the problems it finds, each
// naming its record. Rules see the whole inventory so that a rule across
// records (unique 序號) is written like one about a single record.
type rule func(inv Inventory) []Problem

// rules lists every rule of the 盤點表 Validate applies, in the order
// their problems are reported for one record; the statute checks
// (statutes.go) come after them.
//
// To add a rule, write an unexported func(inv Inventory) []Problem in the
// file of its concern, give it a Rule constant in problem.go, and add it
// to this list. Use forEachRecord for a rule about one record at a time,
// and problemFor to fill in the record's position, 序號 and name (then set
// Severity and Ground). Rules read the grounds as parsed at import
// (Ground.Citations, Ground.Err), never parse them again.
func rules() []rule {
	return []rule{
		checkSerial,
		checkUniqueSerial,
		checkName,
		checkUnit,
		checkClassified,
		checkClosedGrounds,
		checkLimited,
		checkOpenNoGrounds,
		checkGroundsParse,
	}
}

// Validate is [Checker.Validate] against the default registry
// (law.Default()) as of the inventory's date: every problem of inv, never
// only the first, ordered by record and then by rule. Amendments after
// that date are not among them; [Checker.Later] lists them.
func (inv Inventory) Validate() []Problem { return Checker{}.Validate(inv) }

// Validate applies every classification rule of the 盤點表 to inv, and
// reads every citation of its grounds against k's registry as of k's day
// (the inventory's date when k.Day is zero), and returns all the problems
// found, never only the first, ordered by record and then by rule. Each
// names its record by position, source Row, 序號 and name.
//
// The statute problems (RuleProvisionExists, RuleLawKnown) are mostly
// finding.Warning and finding.Notice, with the registry's finding in
// Problem.Statute; a valid inventory gives no finding.Error. A day after
// the registry's data date adds one Notice (law.data-date, Index -1,
// first). Amendments after the day are not faults of the inventory and
// are not returned: [Checker.Later] lists them.
func (k Checker) Validate(inv Inventory) []Problem {
	var out []Problem
	for _, r := range rules() {
		out = append(out, r(inv)...)
	}
	out = append(out, k.statutes(inv, false)...)
	slices.SortStableFunc(out, func(a, b Problem) int { return cmp.Compare(a.Index, b.Index) })
	return out
}

// problemFor starts an Error problem about record i of inv.
func problemFor(inv Inventory, i int, r Rule) Problem {
	rec := inv.Records[i]
	return Problem{Severity: finding.Error, Code: r.Code(), Rule: r, Index: i, Row: rec.Row, Serial: rec.Serial, Name: rec.Name}
}

// told returns p with its Detail: its message in Chinese.
func told(p Problem) Problem {
	p.Detail = p.DetailMessage(finding.Chinese)
	return p
}

// problem returns the Error problem of rule r about record i of inv,
// told.
func problem(inv Inventory, i int, r Rule) Problem { return told(problemFor(inv, i, r)) }

// forEachRecord builds a rule from a check of one record.
func forEachRecord(inv Inventory, check func(i int, r Record) []Problem) []Problem {
	var out []Problem
	for i, r := range inv.Records {
		out = append(out, check(i, r)...)
	}
	return out
}

func blank(s string) bool { return strings.TrimSpace(s) == "" }

// hasGrounds reports whether r lists a ground that is not blank.
func hasGrounds(r Record) bool {
	for _, g := range r.Grounds {
		if !g.Blank() {
			return true
		}
	}
	return false
}

func checkSerial(inv Inventory) []Problem {
	return forEachRecord(inv, func(i int, r Record) []Problem {
		if r.Serial > 0 {
			return nil
		}
		return []Problem{problem(inv, i, RuleSerial)}
	})
}

func checkUniqueSerial(inv Inventory) []Problem {
	first := make(map[int]int, len(inv.Records))
	return forEachRecord(inv, func(i int, r Record) []Problem {
		if r.Serial <= 0 {
			return nil
		}
		j, dup := first[r.Serial]
		if !dup {
			first[r.Serial] = i
			return nil
		}
		p := problemFor(inv, i, RuleUniqueSerial)
		p.FirstIndex, p.FirstRow, p.FirstName = j, inv.Records[j].Row, inv.Records[j].Name
		return []Problem{told(p)}
	})
}

func checkName(inv Inventory) []Problem {
	return forEachRecord(inv, func(i int, r Record) []Problem {
		if !blank(r.Name) {
			return nil
		}
		return []Problem{problem(inv, i, RuleName)}
	})
}

func checkUnit(inv Inventory) []Problem {
	return forEachRecord(inv, func(i int, r Record) []Problem {
		if !blank(r.Unit) {
			return nil
		}
		return []Problem{problem(inv, i, RuleUnit)}
	})
}

func checkClassified(inv Inventory) []Problem {
	return forEachRecord(inv, func(i int, r Record) []Problem {
		switch r.Class {
		case Open, Limited, Closed:
			return nil
		case Unclassified:
			return []Problem{problem(inv, i, RuleClassified)}
		}
		p := problemFor(inv, i, RuleClassified)
		p.Detail = i18n.Sprintf(finding.Chinese, p.Code+".invalid")
		return []Problem{p}
	})
}

func checkClosedGrounds(inv Inventory) []Problem {
	return forEachRecord(inv, func(i int, r Record) []Problem {
		if r.Class != Closed || hasGrounds(r) {
			return nil
		}
		return []Problem{problem(inv, i, RuleClosedGrounds)}
	})
}

func checkLimited(inv Inventory) []Problem {
	return forEachRecord(inv, func(i int, r Record) []Problem {
		if r.Class != Limited {
			return nil
		}
		var out []Problem
		if !hasGrounds(r) {
			out = append(out, problem(inv, i, RuleLimitedGrounds))
		}
		if blank(r.Conditions) {
			out = append(out, problem(inv, i, RuleLimitedConditions))
		}
		return out
	})
}

func checkOpenNoGrounds(inv Inventory) []Problem {
	return forEachRecord(inv, func(i int, r Record) []Problem {
		if r.Class != Open {
			return nil
		}
		var out []Problem
		for _, g := range r.Grounds {
			if g.Blank() {
				continue
			}
			p := problemFor(inv, i, RuleOpenNoGrounds)
			p.Ground = g.Text
			out = append(out, told(p))
		}
		return out
	})
}

func checkGroundsParse(inv Inventory) []Problem {
	return forEachRecord(inv, func(i int, r Record) []Problem {
		var out []Problem
		for _, g := range r.Grounds {
			if g.Err != nil && !g.Blank() {
				p := problemFor(inv, i, RuleGroundParses)
				p.Ground, p.Cause = g.Text, g.Err
				out = append(out, told(p))
			}
		}
		return out
	})
}

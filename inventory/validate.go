package inventory

import (
	"strings"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/internal/i18n"
)

// A rule is a rule of the 盤點表 about one record at a time: the Rule it
// checks, what it reads, which records it concerns, and its check.
type rule struct {
	rule Rule
	// reads are the fields the rule reads, the one it is about first:
	// when one is unknown for a record (Record.Unknown), the rule is not
	// applied to it, and Unchecked lists it with the first unknown.
	reads []Field
	// class is the only class the rule concerns; Unclassified for a rule
	// of every record. When a record's class is unknown, a rule of one
	// class is not applied to it (FieldClass is in its reads).
	class Class
	// perGround marks a rule that checks each ground the record lists:
	// with the grounds unknown or none listed there is nothing to check,
	// and it is neither applied nor listed as unchecked.
	perGround bool
	// check returns the problems of record i of inv.
	check func(inv Inventory, i int, r Record) []Problem
}

// rules lists every rule of the 盤點表 Validate applies, in the order
// their problems are reported for one record; the statute checks
// (statutes.go) come after them. Each call makes them anew: a rule across
// records (unique 序號) keeps its state in its check.
//
// To add a rule, write an unexported check func(inv Inventory, i int, r
// Record) []Problem in the file of its concern, give it a Rule constant
// in problem.go, and add it to this list with the fields it reads and the
// class it concerns. Use problemFor to fill in the record's position, 序號
// and name (then set Severity and Ground). Checks read the grounds as
// parsed at import (Ground.Citations, Ground.Err), never parse them
// again.
func rules() []rule {
	return []rule{
		{rule: RuleSerial, check: checkSerial},
		{rule: RuleUniqueSerial, check: checkUniqueSerial()},
		{rule: RuleName, reads: []Field{FieldName}, check: checkName},
		{rule: RuleUnit, reads: []Field{FieldUnit}, check: checkUnit},
		{rule: RuleClassified, reads: []Field{FieldClass}, check: checkClassified},
		{rule: RuleClosedGrounds, reads: []Field{FieldGrounds, FieldClass}, class: Closed, check: checkClosedGrounds},
		{rule: RuleLimitedGrounds, reads: []Field{FieldGrounds, FieldClass}, class: Limited, check: checkLimitedGrounds},
		{rule: RuleLimitedConditions, reads: []Field{FieldConditions, FieldClass}, class: Limited, check: checkLimitedConditions},
		{rule: RuleOpenNoGrounds, reads: []Field{FieldGrounds, FieldClass}, class: Open, check: checkOpenNoGrounds},
		{rule: RuleGroundParses, reads: []Field{FieldGrounds}, perGround: true, check: checkGroundsParse},
	}
}

// applies says whether rule u is applied to r: it returns the field that
// is unknown when the rule cannot be (NoField when it can), and whether
// the rule concerns r at all.
func (u *rule) applies(r Record) (unknown Field, concerns bool) {
	if u.class != Unclassified && !r.Unknown.Has(FieldClass) && r.Class != u.class {
		return NoField, false
	}
	if u.perGround && (r.Unknown.Has(FieldGrounds) || !hasGrounds(r)) {
		return NoField, false
	}
	for _, f := range u.reads {
		if r.Unknown.Has(f) {
			return f, true
		}
	}
	return NoField, true
}

// Validate is [Checker.Validate] against the default registry
// (law.Default()) as of the inventory's date: every problem of inv, never
// only the first, ordered by record and then by rule. Amendments after
// that date are not among them; [Checker.Later] lists them. Rules whose
// data is unknown are not applied; [Inventory.Unchecked] lists them.
func (inv Inventory) Validate() []Problem { return Checker{}.Validate(inv) }

// Validate applies every classification rule of the 盤點表 to inv, and
// reads every citation of its grounds against k's registry as of k's day
// (the inventory's date when k.Day is zero), and returns all the problems
// found, never only the first, ordered by record and then by rule. Each
// names its record by position, source Row, 序號 and name. It is
// [Checker.Check] without the verdicts.
//
// A rule that reads a field a record's source did not give
// ([Record.Unknown]) is not applied to that record: data that is absent
// is unknown, not missing, so a 丙類 record from a table without a 法令依據
// column draws no inventory.closed-needs-grounds, and its grounds, none
// known, no statute check. [Inventory.Unchecked] lists such rules.
//
// The statute problems (RuleProvisionExists, RuleLawKnown) are mostly
// finding.Warning and finding.Notice, with the registry's finding in
// Problem.Statute; a valid inventory gives no finding.Error. A day after
// the registry's data date adds one Notice (law.data-date, Index -1,
// first). Amendments after the day are not faults of the inventory and
// are not returned: [Checker.Later] lists them.
func (k Checker) Validate(inv Inventory) []Problem { return k.check(inv, false).Problems }

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

func checkSerial(inv Inventory, i int, r Record) []Problem {
	if r.Serial > 0 {
		return nil
	}
	return []Problem{problem(inv, i, RuleSerial)}
}

// checkUniqueSerial returns the check of unique 序號, which remembers the
// first record of each 序號 as the records are checked in order.
func checkUniqueSerial() func(inv Inventory, i int, r Record) []Problem {
	var first map[int]int
	return func(inv Inventory, i int, r Record) []Problem {
		if r.Serial <= 0 {
			return nil
		}
		if first == nil {
			first = make(map[int]int, len(inv.Records))
		}
		j, dup := first[r.Serial]
		if !dup {
			first[r.Serial] = i
			return nil
		}
		p := problemFor(inv, i, RuleUniqueSerial)
		p.FirstIndex, p.FirstRow, p.FirstName = j, inv.Records[j].Row, inv.Records[j].Name
		return []Problem{told(p)}
	}
}

func checkName(inv Inventory, i int, r Record) []Problem {
	if !blank(r.Name) {
		return nil
	}
	return []Problem{problem(inv, i, RuleName)}
}

func checkUnit(inv Inventory, i int, r Record) []Problem {
	if !blank(r.Unit) {
		return nil
	}
	return []Problem{problem(inv, i, RuleUnit)}
}

func checkClassified(inv Inventory, i int, r Record) []Problem {
	switch r.Class {
	case Open, Limited, Closed:
		return nil
	case Unclassified:
		return []Problem{problem(inv, i, RuleClassified)}
	}
	p := problemFor(inv, i, RuleClassified)
	p.Detail = i18n.Sprintf(finding.Chinese, p.Code+".invalid")
	return []Problem{p}
}

func checkClosedGrounds(inv Inventory, i int, r Record) []Problem {
	if hasGrounds(r) {
		return nil
	}
	return []Problem{problem(inv, i, RuleClosedGrounds)}
}

func checkLimitedGrounds(inv Inventory, i int, r Record) []Problem {
	if hasGrounds(r) {
		return nil
	}
	return []Problem{problem(inv, i, RuleLimitedGrounds)}
}

func checkLimitedConditions(inv Inventory, i int, r Record) []Problem {
	if !blank(r.Conditions) && !NoneWord(r.Conditions) {
		return nil
	}
	return []Problem{problem(inv, i, RuleLimitedConditions)}
}

func checkOpenNoGrounds(inv Inventory, i int, r Record) []Problem {
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
}

func checkGroundsParse(inv Inventory, i int, r Record) []Problem {
	var out []Problem
	for _, g := range r.Grounds {
		if g.Err != nil && !g.Blank() {
			p := problemFor(inv, i, RuleGroundParses)
			p.Ground, p.Cause = g.Text, g.Err
			out = append(out, told(p))
		}
	}
	return out
}

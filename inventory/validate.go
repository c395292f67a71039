package inventory

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
)

// A rule checks an inventory and returns the problems it finds, each
// naming its record. Rules see the whole inventory so that a rule across
// records (unique 序號) is written like one about a single record.
type rule func(inv Inventory) []Problem

// rules lists every rule Validate applies, in the order their problems are
// reported for one record.
//
// To add a rule, write an unexported func(inv Inventory) []Problem in the
// file of its concern (the statute checks live in statute*.go), give it a
// Rule constant in problem.go (RuleProvisionExists, RuleProvisionAmended and
// RuleLawKnown are there already), and add it to this list. Use
// forEachRecord for a rule about one record at a time, forEachCitation for
// one about each parsed citation, and problemFor to fill in the record's
// position, 序號 and name (then set Severity, Ground and Provision).
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
		checkStatutes,
	}
}

// Validate applies every classification rule to inv and returns all the
// problems found, never only the first, ordered by record and then by rule.
// A valid inventory gives none.
func (inv Inventory) Validate() []Problem {
	var out []Problem
	for _, r := range rules() {
		out = append(out, r(inv)...)
	}
	slices.SortStableFunc(out, func(a, b Problem) int { return cmp.Compare(a.Index, b.Index) })
	return out
}

// problemFor starts an Error problem about record i of inv.
func problemFor(inv Inventory, i int, r Rule, detail string) Problem {
	rec := inv.Records[i]
	return Problem{Index: i, Serial: rec.Serial, Name: rec.Name, Rule: r, Severity: Error, Detail: detail}
}

// forEachRecord builds a rule from a check of one record.
func forEachRecord(inv Inventory, check func(i int, r Record) []Problem) []Problem {
	var out []Problem
	for i, r := range inv.Records {
		out = append(out, check(i, r)...)
	}
	return out
}

// forEachCitation builds a rule from a check of one citation: it calls
// check for every citation that parses in every ground of every record,
// with the record's position and the ground as written. Grounds that do not
// parse are left to checkGroundsParse.
func forEachCitation(inv Inventory, check func(i int, ground string, c Citation) []Problem) []Problem {
	var out []Problem
	for i, r := range inv.Records {
		for _, g := range r.Grounds {
			cs, _ := ParseCitations(g)
			for _, c := range cs {
				out = append(out, check(i, g, c)...)
			}
		}
	}
	return out
}

func blank(s string) bool { return strings.TrimSpace(s) == "" }

// hasGrounds reports whether r lists a ground that is not blank.
func hasGrounds(r Record) bool {
	for _, g := range r.Grounds {
		if !blank(g) {
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
		return []Problem{problemFor(inv, i, RuleSerial, "序號為"+strconv.Itoa(r.Serial))}
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
		return []Problem{problemFor(inv, i, RuleUniqueSerial,
			"與第"+strconv.Itoa(j+1)+"筆「"+inv.Records[j].Name+"」重複")}
	})
}

func checkName(inv Inventory) []Problem {
	return forEachRecord(inv, func(i int, r Record) []Problem {
		if !blank(r.Name) {
			return nil
		}
		return []Problem{problemFor(inv, i, RuleName, "未填系統、資料庫名稱")}
	})
}

func checkUnit(inv Inventory) []Problem {
	return forEachRecord(inv, func(i int, r Record) []Problem {
		if !blank(r.Unit) {
			return nil
		}
		return []Problem{problemFor(inv, i, RuleUnit, "未填管理單位")}
	})
}

func checkClassified(inv Inventory) []Problem {
	return forEachRecord(inv, func(i int, r Record) []Problem {
		switch r.Class {
		case Open, Limited, Closed:
			return nil
		case Unclassified:
			return []Problem{problemFor(inv, i, RuleClassified, "未填資料分類")}
		}
		return []Problem{problemFor(inv, i, RuleClassified, "無效的資料分類"+strconv.Itoa(int(r.Class)))}
	})
}

func checkClosedGrounds(inv Inventory) []Problem {
	return forEachRecord(inv, func(i int, r Record) []Problem {
		if r.Class != Closed || hasGrounds(r) {
			return nil
		}
		return []Problem{problemFor(inv, i, RuleClosedGrounds, "丙類不開放資料未列法令依據")}
	})
}

func checkLimited(inv Inventory) []Problem {
	return forEachRecord(inv, func(i int, r Record) []Problem {
		if r.Class != Limited {
			return nil
		}
		var out []Problem
		if !hasGrounds(r) {
			out = append(out, problemFor(inv, i, RuleLimitedGrounds, "乙類有限度利用資料未列法令依據"))
		}
		if blank(r.Conditions) {
			out = append(out, problemFor(inv, i, RuleLimitedConditions, "未說明申請對象及方式"))
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
			if blank(g) {
				continue
			}
			p := problemFor(inv, i, RuleOpenNoGrounds, "甲類開放資料列有限制依據")
			p.Ground = g
			out = append(out, p)
		}
		return out
	})
}

func checkGroundsParse(inv Inventory) []Problem {
	return forEachRecord(inv, func(i int, r Record) []Problem {
		var out []Problem
		for _, g := range r.Grounds {
			if blank(g) {
				continue
			}
			if _, err := ParseCitations(g); err != nil {
				p := problemFor(inv, i, RuleGroundParses, err.Error())
				p.Ground = g
				out = append(out, p)
			}
		}
		return out
	})
}

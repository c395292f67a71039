package inventory

import (
	"cmp"
	"errors"
	"slices"
	"strconv"
	"strings"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/inventory/law"
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
func problemFor(inv Inventory, i int, r Rule, detail string) Problem {
	rec := inv.Records[i]
	return Problem{Severity: finding.Error, Code: r.Code(), Rule: r, Index: i, Row: rec.Row, Serial: rec.Serial, Name: rec.Name, Detail: detail}
}

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
		at := "第" + strconv.Itoa(j+1) + "筆"
		if row := inv.Records[j].Row; row > 0 {
			at = "第" + strconv.Itoa(row) + "列"
		}
		return []Problem{problemFor(inv, i, RuleUniqueSerial, "與"+at+"「"+inv.Records[j].Name+"」重複")}
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
			if g.Blank() {
				continue
			}
			p := problemFor(inv, i, RuleOpenNoGrounds, "甲類開放資料列有限制依據")
			p.Ground = g.Text
			out = append(out, p)
		}
		return out
	})
}

func checkGroundsParse(inv Inventory) []Problem {
	return forEachRecord(inv, func(i int, r Record) []Problem {
		var out []Problem
		for _, g := range r.Grounds {
			if g.Err != nil && !g.Blank() {
				p := problemFor(inv, i, RuleGroundParses, groundDetail(g.Text, g.Err))
				p.Ground = g.Text
				out = append(out, p)
			}
		}
		return out
	})
}

// groundDetail says in Chinese why a ground does not parse, with the
// parser's own words in parentheses: 法令依據「第0條」無法解析：數字不合理（number zero at byte 3）.
func groundDetail(g string, err *law.ParseError) string {
	why := "不合引用格式"
	switch {
	case errors.Is(err, law.ErrRange), errors.Is(err, law.ErrTooLarge):
		why = "數字不合理"
	case errors.Is(err, law.ErrOrder):
		why = "條、項、款、目次序錯誤"
	}
	d := "法令依據「" + g + "」無法解析：" + why
	if err.Detail != "" {
		d += "（" + err.Detail + "）"
	}
	return d
}

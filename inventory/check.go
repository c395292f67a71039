package inventory

import (
	"cmp"
	"slices"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/inventory/law"
)

// An Unchecked is a rule of the 盤點表 that could not be checked for a
// record because the data it reads is absent: the record's source did
// not give the field ([Record.Unknown]), as the deck's record excerpt
// gives no 法令依據 column. It is neither passed nor failed: its verdict
// is finding.Unchecked (無法查核). It is a value to report, not an error.
//
// A statute check (RuleProvisionExists, RuleLawKnown) that could not be
// made is one too, of code inventory.statute-unchecked: the registry does
// not hold the law cited, no day was given, the registry has no text of
// the version in force, or the citation names no law or no article. Its
// Statute holds the registry's finding that says why.
//
// Its Code is inventory.unchecked or inventory.statute-unchecked; its
// Severity finding.Notice, the
// severity of what is for information. A rule that does not concern the
// record's class is not listed (乙類應有利用條件 for a 丙類 record). A
// rule that forbids what it cannot see is listed: a 甲類 record must carry
// no restricting grounds, and with 法令依據 unknown that cannot be seen
// (甲類不得有限制依據 is unchecked). The rules that read each ground
// (法令依據應可解析 and the statute checks) have no ground to read and are
// not listed.
type Unchecked struct {
	Severity finding.Severity `json:"severity,omitzero"` // finding.Notice
	Code     string           `json:"code,omitzero"`     // stable code: inventory.unchecked
	Rule     Rule             `json:"rule,omitzero"`     // the rule not checked
	Index    int              `json:"index,omitzero"`    // position of the record in Inventory.Records
	Row      int              `json:"row,omitzero"`      // 1-based source row of the record, 0 when not imported
	Serial   int              `json:"serial,omitzero"`   // 序號 of the record
	Name     string           `json:"name,omitzero"`     // 系統、資料庫名稱 of the record
	Field    Field            `json:"field,omitzero"`    // the field absent: 法令依據; NoField for a statute check
	// Ground is the ground whose citation could not be checked, as
	// written, for a statute check; "" otherwise.
	Ground string `json:"ground,omitempty"`
	// Statute is the registry's finding that says why a statute check
	// could not be made (law.law-unknown, law.undated,
	// law.version-unknown, law.no-law, law.no-article); nil otherwise.
	Statute *law.Finding `json:"statute,omitempty"`
	// Detail says why, in Traditional Chinese: DetailMessage in Chinese,
	// kept for callers that read the field.
	Detail string `json:"detail,omitzero"`
}

// codeUnchecked is the code of an Unchecked of an absent field.
const codeUnchecked = "inventory.unchecked"

// codeStatuteUnchecked is the code of an Unchecked statute check.
const codeStatuteUnchecked = "inventory.statute-unchecked"

// Verdict returns finding.Unchecked: the rule could not be checked.
func (u Unchecked) Verdict() finding.Verdict { return finding.Unchecked }

// String returns the entry in one line in Chinese, as
// Message(finding.Chinese): the record (its 序號, name and row), the rule
// and why it could not be checked:
// 序號86「廉政業務管理系統」 丙類應有法令依據：所據盤點表未列「法令依據」欄，無法查核.
func (u Unchecked) String() string { return u.Message(finding.Chinese) }

// Unchecked lists each rule of the 盤點表 that could not be checked for a
// record of inv because a field it reads is unknown ([Record.Unknown]),
// ordered by record and then by rule as Validate orders problems; nil when
// every rule could be checked. It needs no registry: the statute checks
// read grounds, and with the grounds unknown there is none to read.
func (inv Inventory) Unchecked() []Unchecked {
	var out []Unchecked
	rs := rules()
	for i, r := range inv.Records {
		if r.Unknown == 0 {
			continue
		}
		for k := range rs {
			if f, concerns := rs[k].applies(r); concerns && f != NoField {
				out = append(out, unchecked(inv, i, rs[k].rule, f))
			}
		}
	}
	return out
}

// unchecked returns the Unchecked of rule u for record i of inv, whose
// field f is unknown.
func unchecked(inv Inventory, i int, u Rule, f Field) Unchecked {
	rec := inv.Records[i]
	c := Unchecked{Severity: finding.Notice, Code: codeUnchecked, Rule: u, Index: i, Row: rec.Row, Serial: rec.Serial, Name: rec.Name, Field: f}
	c.Detail = c.DetailMessage(finding.Chinese)
	return c
}

// A Result is what [Checker.Check] found of an inventory: the problems,
// as Validate returns them; the rules that could not be checked, as
// [Inventory.Unchecked] lists them; and how many checks passed and how
// many failed. A check is one rule applied to one record; a report counts
// 符合 (Passed), 不符 (Failed) and 無法查核 (len(Unchecked)) from it
// without knowing the rules. The zero Result is the result of an empty
// inventory.
type Result struct {
	Problems  []Problem   `json:"problems,omitzero"`
	Unchecked []Unchecked `json:"unchecked,omitzero"`
	// Passed counts the checks made that found no fault: no problem, or
	// only Notices (a law cited by a former name), which are for
	// information.
	Passed int `json:"passed,omitzero"`
	// Failed counts the checks that found a fault: a problem of
	// finding.Error or finding.Warning.
	Failed int `json:"failed,omitzero"`
}

// Tally returns the checks counted by verdict: Passed, Failed and
// len(Unchecked).
func (r Result) Tally() finding.Tally {
	return finding.Tally{Passed: r.Passed, Failed: r.Failed, Unchecked: len(r.Unchecked)}
}

// String returns the counts in one line in Chinese, as
// Message(finding.Chinese): 查核4項：符合2項，不符0項，無法查核2項.
func (r Result) String() string { return r.Message(finding.Chinese) }

// Check is [Checker.Check] against law.Default() as of the inventory's
// date.
func (inv Inventory) Check() Result { return Checker{}.Check(inv) }

// Check applies every rule of the 盤點表 and the statute checks to inv, as
// [Checker.Validate] does, and says of each check (one rule, one record)
// whether it passed, failed or could not be made. Problems are Validate's;
// Unchecked is [Inventory.Unchecked]. A rule that does not concern a
// record (乙類應有利用條件 for a 丙類 record; 法令依據應可解析 for a record
// without grounds) is no check of it. The statute checks count as two
// checks of each record whose known grounds cite something
// (RuleProvisionExists, RuleLawKnown): failed on an Error or a Warning of
// the rule, unchecked (an Unchecked of code inventory.statute-unchecked,
// with the registry's reason) when the registry does not hold a law
// cited, the check has no day (neither k.Day nor the inventory's date),
// the registry has no text of the version in force, or a citation names
// no law (or, for the provision check, no article); passed otherwise.
// The law.data-date notice concerns no record and is no check. Its cost is linear in the records and their
// citations.
func (k Checker) Check(inv Inventory) Result { return k.check(inv, true) }

// check applies the rules and the statute checks to inv; with verdicts,
// it also lists the unchecked rules and counts the checks.
func (k Checker) check(inv Inventory, verdicts bool) Result {
	var res Result
	rs := rules()
	checks := 0
	for i, r := range inv.Records {
		for j := range rs {
			f, concerns := rs[j].applies(r)
			switch {
			case !concerns:
			case f != NoField:
				if verdicts {
					res.Unchecked = append(res.Unchecked, unchecked(inv, i, rs[j].rule, f))
				}
			default:
				ps := rs[j].check(inv, i, r) // each an Error
				checks++
				if len(ps) > 0 {
					res.Failed++
				}
				res.Problems = append(res.Problems, ps...)
			}
		}
	}
	statutes := k.statutes(inv, false)
	if verdicts {
		made, failed := res.statuteVerdicts(inv, statutes)
		checks += made
		res.Failed += failed
		res.Passed = checks - res.Failed
	}
	res.Problems = append(res.Problems, statutes...)
	slices.SortStableFunc(res.Problems, func(a, b Problem) int { return cmp.Compare(a.Index, b.Index) })
	return res
}

// knownCitations reports whether r's grounds are known and cite
// something.
func knownCitations(r Record) bool {
	if r.Unknown.Has(FieldGrounds) {
		return false
	}
	for _, g := range r.Grounds {
		if len(g.Citations) > 0 {
			return true
		}
	}
	return false
}

// statuteVerdicts gives the two statute checks (RuleProvisionExists,
// RuleLawKnown) of each record of inv whose known grounds cite something
// their verdict from ps, the statute problems, ordered by record: Failed
// when a problem of the rule is an Error or a Warning; otherwise
// Unchecked, appended to r.Unchecked with the registry's reason, when
// something the check needs is unknown (a law the registry does not hold,
// no law named, no day, no text of the version in force, for the
// provision check also a provision without its article); Passed
// otherwise. It returns the number of checks made (Passed or Failed) and
// the number failed.
func (r *Result) statuteVerdicts(inv Inventory, ps []Problem) (made, failed int) {
	j := 0
	for i, rec := range inv.Records {
		start := j
		for j < len(ps) && ps[j].Index < i {
			start++
			j++
		}
		for j < len(ps) && ps[j].Index == i {
			j++
		}
		if !knownCitations(rec) {
			continue
		}
		mine := ps[start:j]
		for _, rule := range [2]Rule{RuleProvisionExists, RuleLawKnown} {
			var why *Problem
			fault := false
			for k := range mine {
				p := &mine[k]
				if p.Rule == rule && (p.Severity == finding.Error || p.Severity == finding.Warning) {
					fault = true
					break
				}
				if why == nil && unknowable(p.Code, rule) {
					why = p
				}
			}
			switch {
			case fault:
				failed++
				made++
			case why != nil:
				f := why.Statute
				u := unchecked(inv, i, rule, NoField)
				u.Code, u.Ground, u.Statute = codeStatuteUnchecked, why.Ground, &f
				u.Detail = u.DetailMessage(finding.Chinese)
				r.Unchecked = append(r.Unchecked, u)
			default:
				made++
			}
		}
	}
	return made, failed
}

// unknowable reports whether a law finding of code makes the statute
// check of rule impossible: what it needs is absent or unknown.
func unknowable(code string, rule Rule) bool {
	switch code {
	case law.CodeNoLaw, law.CodeLawUnknown, law.CodeUndated, law.CodeVersionUnknown:
		return true
	case law.CodeNoArticle:
		return rule == RuleProvisionExists
	}
	return false
}

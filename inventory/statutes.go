package inventory

import (
	"github.com/ogdtw/governance/inventory/law"
	"github.com/ogdtw/governance/rocdate"
)

// A Checker checks inventories, their printed summaries and citations
// against a statute registry as of a day. The zero Checker checks against
// law.Default() as of each inventory's own date.
//
// Everything that compares laws compares their identities
// (law.Registry.Identity): 個資法, 個人資料保護法 and 電腦處理個人資料保護法
// are one law in [Checker.Summarize] and [Checker.CheckSummary].
//
// Checks answer for their day: a cited provision must exist in the version
// in force on the day, and an amendment after the day is not a fault of a
// document of that day but a later development, which [Checker.Later]
// lists apart (報告日後之法規異動). A day after the registry's data date
// ([law.Registry.Updated]) draws the registry's law.data-date Notice.
type Checker struct {
	// Registry holds the statutes checked against; nil means law.Default().
	Registry *law.Registry `json:"registry,omitzero"`
	// Day is the day checked; the zero Date means the inventory's Date.
	Day rocdate.Date `json:"day,omitzero"`
}

// registry returns the registry of k.
func (k Checker) registry() *law.Registry {
	if k.Registry == nil {
		return law.Default()
	}
	return k.Registry
}

// day returns the day k checks inv as of.
func (k Checker) day(inv Inventory) rocdate.Date {
	if k.Day.IsZero() {
		return inv.Date
	}
	return k.Day
}

// Later returns the later developments of inv's citations: each amendment
// after the day checked (k.Day, or the inventory's date) that changed a
// cited provision, or abandoned a cited law, as a Notice of
// RuleLaterAmendment with code law.later-amendment, ordered by record.
// They are not faults of the inventory, which could not know them; a
// report prints them apart, as 報告日後之法規異動. Validate does not return
// them.
func (k Checker) Later(inv Inventory) []Problem { return k.statutes(inv, true) }

// CheckCitation reads one citation against k's registry as of k.Day, as
// [Checker.Validate] reads a record's grounds, and returns what it finds:
// the problems of a document of that day, and apart from them the later
// developments (amendments after the day). The problems concern no record:
// their Index is -1 and their Ground is the citation's canonical form. A
// printed summary lists its laws this way, without records (the deck's
// 丙類 備註). Its cost is linear in the provisions c expands to.
func (k Checker) CheckCitation(c law.Citation) (problems, later []Problem) {
	ground := c.String()
	for _, f := range k.registry().CheckCitation(c, k.Day) {
		p := statuteProblem(f)
		p.Index, p.Ground = -1, ground
		if f.Later() {
			later = append(later, p)
		} else {
			problems = append(problems, p)
		}
	}
	return problems, later
}

// statuteProblem returns the Problem of a law finding, about no record.
func statuteProblem(f law.Finding) Problem {
	return told(Problem{Severity: f.Severity, Code: f.Code, Rule: ruleOf(f.Code), Index: -1, Statute: f})
}

// statutes reads every citation of every ground of inv against the
// registry as of the day: the later developments when later is true, the
// other findings otherwise, each about its record and ground, ordered by
// record. The registry's law.data-date notice, which it gives for every
// citation, is reported once, first, about no record. The citations of a
// ground that parse are checked even when the rest of it does not parse
// (checkGroundsParse reports that). A record whose grounds are unknown
// (Record.Unknown) has none to read.
func (k Checker) statutes(inv Inventory, later bool) []Problem {
	reg, day := k.registry(), k.day(inv)
	var out []Problem
	dated := false
	for i, r := range inv.Records {
		if r.Unknown.Has(FieldGrounds) {
			continue // no ground is known, none to read
		}
		for _, g := range r.Grounds {
			for _, c := range g.Citations {
				for _, f := range reg.CheckCitation(c, day) {
					if f.Code == law.CodeDataDate {
						if !dated && !later {
							out = append(out, statuteProblem(f))
						}
						dated = true
						continue
					}
					if f.Later() != later {
						continue
					}
					p := problemFor(inv, i, ruleOf(f.Code))
					p.Severity, p.Code, p.Ground, p.Statute, p.Detail = f.Severity, f.Code, g.Text, f, f.Detail
					out = append(out, p)
				}
			}
		}
	}
	return out
}

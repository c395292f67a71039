package inventory

import (
	"fmt"
	"strconv"
	"strings"
)

// Severity says how much a Problem matters. Lower is more severe; the zero
// value is Error, so a problem nobody graded counts as one.
type Severity uint8

const (
	// Error is a rule broken: the record must be corrected.
	Error Severity = iota
	// Warning needs a look: the record may be right, but something changed
	// under it (a cited provision amended since the edition's date).
	Warning
	// Notice is for information: something could not be checked (a law the
	// library does not know).
	Notice
)

var severityNames = [...]string{"錯誤", "警告", "注意"}

// String returns 錯誤, 警告 or 注意.
func (s Severity) String() string {
	if int(s) < len(severityNames) {
		return severityNames[s]
	}
	return "Severity(" + strconv.Itoa(int(s)) + ")"
}

// MarshalText returns the severity as String gives it.
func (s Severity) MarshalText() ([]byte, error) {
	if int(s) >= len(severityNames) {
		return nil, fmt.Errorf("inventory: invalid severity %d: %w", int(s), ErrRange)
	}
	return []byte(severityNames[s]), nil
}

// UnmarshalText sets s from 錯誤, 警告 or 注意.
func (s *Severity) UnmarshalText(b []byte) error {
	for i, n := range severityNames {
		if string(b) == n {
			*s = Severity(i)
			return nil
		}
	}
	return fmt.Errorf("inventory: parsing severity %q: %w", b, ErrSyntax)
}

// Rule names a classification rule of the 資料盤點表, the rule a Problem
// breaks. The zero value, NoRule, names none.
type Rule uint8

const (
	// NoRule is the zero Rule.
	NoRule Rule = iota
	// RuleClassified: every record is classified 甲, 乙 or 丙.
	RuleClassified
	// RuleClosedGrounds: a 丙類 record names at least one legal ground.
	RuleClosedGrounds
	// RuleLimitedGrounds: a 乙類 record names its legal grounds.
	RuleLimitedGrounds
	// RuleLimitedConditions: a 乙類 record states its conditions of use,
	// who may apply and how.
	RuleLimitedConditions
	// RuleOpenNoGrounds: a 甲類 record carries no restricting grounds.
	RuleOpenNoGrounds
	// RuleName: the system or database name (系統、資料庫名稱) is given.
	RuleName
	// RuleUnit: the managing unit (管理單位) is given.
	RuleUnit
	// RuleSerial: 序號 is given and positive.
	RuleSerial
	// RuleUniqueSerial: no two records share a 序號.
	RuleUniqueSerial
	// RuleGroundParses: every ground is a citation that parses.
	RuleGroundParses
	// RuleProvisionExists: a cited provision exists in the version of its
	// law in force on the inventory's date (statute checks).
	RuleProvisionExists
	// RuleProvisionAmended: a cited provision's text has not changed since
	// the inventory's date (statute checks; a Warning).
	RuleProvisionAmended
	// RuleLawKnown: the cited law is one the statute registry knows
	// (statute checks; a Notice).
	RuleLawKnown
)

var ruleNames = [...]string{
	"",
	"應有資料分類",
	"丙類應有法令依據",
	"乙類應有法令依據",
	"乙類應有利用條件",
	"甲類不得有限制依據",
	"應有系統、資料庫名稱",
	"應有管理單位",
	"應有序號",
	"序號不得重複",
	"法令依據應可解析",
	"引用條文應存在",
	"引用條文已修正",
	"引用法規應可查知",
}

// String returns the rule as a short Chinese sentence, 丙類應有法令依據.
func (r Rule) String() string {
	if int(r) < len(ruleNames) {
		return ruleNames[r]
	}
	return "Rule(" + strconv.Itoa(int(r)) + ")"
}

// MarshalText returns the rule as String gives it.
func (r Rule) MarshalText() ([]byte, error) {
	if int(r) >= len(ruleNames) {
		return nil, fmt.Errorf("inventory: invalid rule %d: %w", int(r), ErrRange)
	}
	return []byte(ruleNames[r]), nil
}

// UnmarshalText sets r from the text String gives.
func (r *Rule) UnmarshalText(b []byte) error {
	for i, n := range ruleNames {
		if string(b) == n {
			*r = Rule(i)
			return nil
		}
	}
	return fmt.Errorf("inventory: parsing rule %q: %w", b, ErrSyntax)
}

// A Problem is one finding of Validate: which record (its position, 序號
// and name), which rule, how severe, and the details.
type Problem struct {
	Index    int      // position of the record in Inventory.Records
	Serial   int      // 序號 of the record
	Name     string   // 系統、資料庫名稱 of the record
	Rule     Rule     // the rule broken
	Severity Severity // Error, Warning or Notice
	Ground   string   // the ground concerned, as written, if any
	// Provision is the cited provision concerned, for the statute checks;
	// zero otherwise.
	Provision Provision
	Detail    string // what was found, in words
}

// String returns the problem in one line: severity, record, rule, detail:
// 錯誤 序號86「廉政業務管理系統」丙類應有法令依據: 未列法令依據. A problem
// that concerns no record (Index -1, from [CheckCitation]) names its
// citation instead of a record.
func (p Problem) String() string {
	var b strings.Builder
	b.WriteString(p.Severity.String())
	if p.Index < 0 {
		b.WriteString(" " + p.Ground)
	} else {
		b.WriteString(" 序號")
		b.WriteString(strconv.Itoa(p.Serial))
		if p.Name != "" {
			b.WriteString("「" + p.Name + "」")
		}
	}
	b.WriteString(" " + p.Rule.String())
	if p.Detail != "" {
		b.WriteString(": " + p.Detail)
	}
	return b.String()
}

// Error returns the problem as String gives it, prefixed with the package
// name, so a Problem can be returned as an error.
func (p Problem) Error() string { return "inventory: " + p.String() }

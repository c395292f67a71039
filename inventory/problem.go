package inventory

import (
	"strings"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/inventory/law"
)

// Rule names a classification rule of the 資料盤點表, the rule a Problem
// concerns. The zero value, NoRule, names none.
type Rule uint8

const (
	// NoRule is the zero Rule: not given.
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
	// law in force on the day checked (statute checks: law.provision-missing,
	// an Error; law.no-article, a Notice).
	RuleProvisionExists
	// RuleLaterAmendment: an amendment after the day checked changed a cited
	// provision (law.later-amendment). It is no fault of the inventory: a
	// later development, which [Checker.Later] lists apart from the
	// problems of [Checker.Validate].
	RuleLaterAmendment
	// RuleLawKnown: the cited law can be checked: the registry knows it by
	// the name cited, as of the day (statute checks: law.no-law,
	// law.law-unknown, law.law-name, law.undated, law.version-unknown,
	// law.data-date, Notices; law.law-abandoned, a Warning).
	RuleLawKnown
)

// ruleText holds each rule's short Chinese sentence and its English id,
// which is also the kind of the Code of a Problem about the rule.
var ruleText = enumText{
	Type: "Rule",
	Names: []string{
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
		"報告日後之法規異動",
		"引用法規應可查知",
	},
	IDs: []string{
		"",
		"needs-class",
		"closed-needs-grounds",
		"limited-needs-grounds",
		"limited-needs-conditions",
		"open-has-grounds",
		"needs-name",
		"needs-unit",
		"needs-serial",
		"duplicate-serial",
		"ground-syntax",
		"provision-missing",
		"later-amendment",
		"law-unknown",
	},
}

// String returns the rule as a short Chinese sentence, 丙類應有法令依據.
func (r Rule) String() string { return ruleText.Word(uint8(r)) }

// ID returns the rule's English id, closed-needs-grounds, which is the
// kind of the Code of a Problem about it; "" for NoRule.
func (r Rule) ID() string { return ruleText.ID(uint8(r)) }

// Code returns the code of a Problem about the rule:
// inventory.closed-needs-grounds; "" for NoRule or an invalid rule.
func (r Rule) Code() string {
	if id := r.ID(); id != "" {
		return "inventory." + id
	}
	return ""
}

// IsValid reports whether r is NoRule or one of the defined rules.
func (r Rule) IsValid() bool { return ruleText.Valid(uint8(r)) }

// AppendText appends the rule as String gives it to b. It fails with
// ErrRange for an invalid rule.
func (r Rule) AppendText(b []byte) ([]byte, error) { return ruleText.AppendText(b, uint8(r)) }

// MarshalText returns the rule as String gives it.
func (r Rule) MarshalText() ([]byte, error) { return r.AppendText(nil) }

// UnmarshalText sets r as ParseRule reads b.
func (r *Rule) UnmarshalText(b []byte) error {
	v, err := ParseRule(string(b))
	if err == nil {
		*r = v
	}
	return err
}

// ParseRule reads a rule from its Chinese sentence (丙類應有法令依據), its
// English id (closed-needs-grounds) or its code
// (inventory.closed-needs-grounds); "" is NoRule.
func ParseRule(s string) (Rule, error) {
	v, err := ruleText.Parse("ParseRule", strings.TrimPrefix(strings.TrimSpace(s), "inventory."))
	if err != nil {
		err.(*ParseError).Input = s
	}
	return Rule(v), err
}

// A Problem is one finding of Validate, Later or CheckCitation: which
// record it concerns (its position, source row, 序號 and name), which
// rule, how severe, and the details. It is a value to report, not an
// error.
//
// The Code of a problem of a rule of the 盤點表 is the rule's: "inventory."
// and the rule's id, one of inventory.needs-class,
// inventory.closed-needs-grounds, inventory.limited-needs-grounds,
// inventory.limited-needs-conditions, inventory.open-has-grounds,
// inventory.needs-name, inventory.needs-unit, inventory.needs-serial,
// inventory.duplicate-serial and inventory.ground-syntax.
//
// A problem of the statute checks keeps the registry's finding in Statute
// and takes its code (law.provision-missing, law.later-amendment, …, the
// codes of [law.Finding]); its Rule groups them: RuleProvisionExists
// (law.provision-missing, law.no-article), RuleLaterAmendment
// (law.later-amendment) and RuleLawKnown (every other law code).
type Problem struct {
	Severity finding.Severity `json:"severity,omitzero"` // finding.Error, finding.Warning or finding.Notice
	Code     string           `json:"code,omitzero"`     // stable code: inventory.closed-needs-grounds, law.provision-missing
	Rule     Rule             `json:"rule,omitzero"`     // the rule concerned
	// Index is the position of the record in Inventory.Records, -1 for a
	// problem that concerns no record (from [Checker.CheckCitation], and
	// the one law.data-date notice of a check).
	Index  int    `json:"index,omitzero"`
	Row    int    `json:"row,omitzero"`    // 1-based source row of the record, 0 when not imported
	Serial int    `json:"serial,omitzero"` // 序號 of the record
	Name   string `json:"name,omitzero"`   // 系統、資料庫名稱 of the record
	Ground string `json:"ground,omitzero"` // the ground concerned, as written, if any
	// Statute is the registry's finding, for the statute checks (its
	// provision, law, PCode, the date of a later amendment); zero
	// otherwise.
	Statute law.Finding `json:"statute,omitzero"`
	// Cause is the parser's error, for inventory.ground-syntax; nil
	// otherwise.
	Cause *law.ParseError `json:"cause,omitzero"`
	// FirstIndex, FirstRow and FirstName are the position, source row and
	// name of the record that first gave the 序號, for
	// inventory.duplicate-serial; zero otherwise.
	FirstIndex int    `json:"firstIndex,omitzero"`
	FirstRow   int    `json:"firstRow,omitzero"`
	FirstName  string `json:"firstName,omitzero"`
	// Detail is what was found, in Traditional Chinese: DetailMessage in
	// Chinese, kept for callers that read the field.
	Detail string `json:"detail,omitzero"`
}

// Later reports whether p is a later development (RuleLaterAmendment):
// something that happened after the day checked, which the inventory
// could not know and which is not its fault.
func (p Problem) Later() bool { return p.Rule == RuleLaterAmendment }

// ruleOf returns the rule that groups a law finding's code.
func ruleOf(code string) Rule {
	switch code {
	case law.CodeProvisionMissing, law.CodeNoArticle:
		return RuleProvisionExists
	case law.CodeLaterAmendment:
		return RuleLaterAmendment
	}
	return RuleLawKnown
}

// String returns the problem in one line in Chinese, as
// Message(finding.Chinese): severity, record (its 序號, name and row),
// rule, detail:
// 錯誤：序號86「廉政業務管理系統」 丙類應有法令依據：丙類不開放資料未列法令依據.
// A problem that concerns no record (Index -1) names its citation, if
// any, instead of a record.
func (p Problem) String() string { return p.Message(finding.Chinese) }

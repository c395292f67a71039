package inventory

import (
	_ "embed"
	"errors"
	"math"
	"strings"
	"sync"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/internal/i18n"
	"github.com/ogdtw/governance/inventory/law"
	"golang.org/x/text/language"
)

//go:embed messages.txt
var catalog string

// The messages of the package (messages.txt): the details of problems,
// mismatches, note checks and parse errors, the lines that tell them and
// the notes of changes; and the labels of the enums, built from their
// tables.
var _ = i18n.Load(catalog) && i18n.RegisterEnumsOf(enumLabels, enums, (*enumText).Label)

// fieldMessage returns f in a list of fields in the language nearest to
// t: 「法令依據」 (、「法令依據」 after another) in Chinese, legal grounds (,
// legal grounds) in English.
func fieldMessage(f Field, next bool, t language.Tag) string {
	if next {
		return i18n.Sprintf(t, "inventory.fields.next", f.Message(t))
	}
	return i18n.Sprintf(t, "inventory.fields.first", f.Message(t))
}

// enumLabels are the English labels of the enums' values, by code; the
// Chinese is the word documents print (String).
var enumLabels = map[string]string{
	"inventory.class.unclassified": "unclassified", "inventory.class.open": "Class A",
	"inventory.class.limited": "Class B", "inventory.class.closed": "Class C",

	"inventory.rule.needs-class":              "every record is classified",
	"inventory.rule.closed-needs-grounds":     "a Class C record names its legal grounds",
	"inventory.rule.limited-needs-grounds":    "a Class B record names its legal grounds",
	"inventory.rule.limited-needs-conditions": "a Class B record states its conditions of use",
	"inventory.rule.open-has-grounds":         "a Class A record names no restricting ground",
	"inventory.rule.needs-name":               "the system or database name is given",
	"inventory.rule.needs-unit":               "the managing unit is given",
	"inventory.rule.needs-serial":             "the serial number is given",
	"inventory.rule.duplicate-serial":         "no two records share a serial number",
	"inventory.rule.ground-syntax":            "every legal ground can be read",
	"inventory.rule.provision-missing":        "a cited provision exists",
	"inventory.rule.later-amendment":          "amendments after the report",
	"inventory.rule.law-unknown":              "a cited law can be checked",

	"inventory.change-kind.modified": "modified", "inventory.change-kind.added": "added",
	"inventory.change-kind.removed": "removed",

	"inventory.field.name": "system or database name", "inventory.field.description": "description",
	"inventory.field.items": "data items collected", "inventory.field.class": "class",
	"inventory.field.grounds": "legal grounds", "inventory.field.conditions": "conditions of use",
	"inventory.field.unit": "managing unit", "inventory.field.note": "note on the changes",

	"inventory.figure.open": "Class A", "inventory.figure.limited": "Class B", "inventory.figure.closed": "Class C",
	"inventory.figure.unclassified": "unclassified", "inventory.figure.total": "total",
	"inventory.figure.laws": "laws cited by Class C", "inventory.figure.law": "law cited by Class C",
}

// ruleEnum is the text of Rule under its message codes: the Problem codes
// are the rule's ids, its labels inventory.rule.<id>.
var ruleEnum = enumText{Type: "Rule", Names: ruleText.Names, IDs: ruleText.IDs}

// classText is the text of Class for its labels.
var classText = enumText{Type: "Class", Names: []string{"未分類", "甲類", "乙類", "丙類"}, IDs: classIDs[:]}

// enums are every enumerated type of the package.
var enums = []*enumText{&classText, &ruleEnum, &changeKindText, &fieldText, &figureText}

// Message returns the class in the language nearest to t: 甲類 in
// Chinese, Class A in English; 未分類 (unclassified) for Unclassified.
func (c Class) Message(t language.Tag) string {
	if !c.IsValid() {
		return c.String()
	}
	return classText.Message(uint8(c), t)
}

// Message returns the rule in the language nearest to t: 丙類應有法令依據
// in Chinese, a Class C record names its legal grounds in English; "" for
// NoRule.
func (r Rule) Message(t language.Tag) string { return ruleEnum.Message(uint8(r), t) }

// Message returns the kind in the language nearest to t: 修正 in
// Chinese, modified in English; "" for NoChangeKind.
func (k ChangeKind) Message(t language.Tag) string { return changeKindText.Message(uint8(k), t) }

// Message returns the field in the language nearest to t: 管理單位 in
// Chinese, managing unit in English; "" for NoField.
func (f Field) Message(t language.Tag) string { return fieldText.Message(uint8(f), t) }

// Message returns the figure in the language nearest to t: 合計 in
// Chinese, total in English; "" for NoFigure.
func (f Figure) Message(t language.Tag) string { return figureText.Message(uint8(f), t) }

// Message returns the problem in one line in the language nearest to t:
// severity, record (its 序號 and name), rule, detail:
// 錯誤：序號86「廉政業務管理系統」 丙類應有法令依據：丙類不開放資料未列法令依據
// in Chinese. A problem that concerns no record (Index -1) names its
// citation, if any, instead of a record. The record's row in the
// spreadsheet is not in the message, which officials read (the 序號
// names the record); it is the problem's Row, for tools.
func (p Problem) Message(t language.Tag) string {
	rule := p.Rule.Message(t)
	d := p.DetailMessage(t)
	if p.Index >= 0 && p.Name != "" && d != "" { // the usual line, in one step
		return i18n.Sprintf(t, "inventory.problem", p.Severity.Lead(t), p.Serial, p.Name, rule, d)
	}
	var b strings.Builder
	b.WriteString(p.Severity.Lead(t))
	if p.Index < 0 {
		if p.Ground != "" {
			b.WriteString(p.Ground + " ")
		}
	} else {
		b.WriteString(i18n.Sprintf(t, "inventory.problem.serial", p.Serial))
		if p.Name != "" {
			b.WriteString(i18n.Sprintf(t, "inventory.problem.name", p.Name))
		}
		b.WriteByte(' ')
	}
	if d != "" {
		rule = i18n.Sprintf(t, "inventory.problem.detail", rule, d)
	}
	b.WriteString(rule)
	return b.String()
}

// Message returns the entry in one line in the language nearest to t:
// 序號86「廉政業務管理系統」 丙類應有法令依據：所據盤點表未列「法令依據」欄，無法查核
// in Chinese; serial 86 廉政業務管理系統 [a Class C record names its
// legal grounds]: the inventory as given has no column for the legal
// grounds, so this cannot be checked in English.
func (u Unchecked) Message(t language.Tag) string {
	var b strings.Builder
	b.WriteString(i18n.Sprintf(t, "inventory.problem.serial", u.Serial))
	if u.Name != "" {
		b.WriteString(i18n.Sprintf(t, "inventory.problem.name", u.Name))
	}
	rule := u.Rule.Message(t)
	if d := u.DetailMessage(t); d != "" {
		rule = i18n.Sprintf(t, "inventory.problem.detail", rule, d)
	}
	b.WriteString(" " + rule)
	return b.String()
}

// DetailMessage returns why the rule could not be checked, in the
// language nearest to t: 所據盤點表未列「法令依據」欄，無法查核; an entry of
// another code gives its Detail.
func (u Unchecked) DetailMessage(t language.Tag) string {
	if u.Code == codeStatuteUnchecked && u.Statute != nil {
		return i18n.Sprintf(t, codeStatuteUnchecked, u.Statute.DetailMessage(t))
	}
	if u.Code != codeUnchecked {
		return u.Detail
	}
	if !u.Field.IsValid() {
		return i18n.Sprintf(t, u.Code, u.Field.Message(t))
	}
	en := 0
	if i18n.Match(t) == i18n.English {
		en = 1
	}
	return uncheckedDetails()[u.Field][en]
}

// uncheckedDetails are the details of an Unchecked of each field, Chinese
// then English, formatted once.
var uncheckedDetails = sync.OnceValue(func() (out [FieldNote + 1][2]string) {
	for f := range out {
		for k, t := range [2]language.Tag{i18n.Chinese, i18n.English} {
			out[f][k] = i18n.Sprintf(t, codeUnchecked, Field(f).Message(t))
		}
	}
	return out
})

// Message returns the counts in one line in the language nearest to t:
// 查核4項：符合2項，不符0項，無法查核2項 in Chinese, as finding.Tally
// words it.
func (r Result) Message(t language.Tag) string {
	return i18n.Sprintf(t, codeResult, r.Tally().Total(), r.Passed, r.Failed, len(r.Unchecked))
}

// DetailMessage returns what was found, without the record and the rule,
// in the language nearest to t: 丙類不開放資料未列法令依據. It is built from
// the problem's fields; a problem made by hand whose fields do not tell
// the details gives its Detail.
func (p Problem) DetailMessage(t language.Tag) string {
	if strings.HasPrefix(p.Code, "law.") {
		if p.Statute.Code == p.Code {
			return p.Statute.DetailMessage(t)
		}
		return p.Detail
	}
	switch p.Rule {
	case RuleClassified:
		if p.Detail == i18n.Sprintf(finding.Chinese, p.Code+".invalid") {
			return i18n.Sprintf(t, p.Code+".invalid")
		}
		return i18n.Sprintf(t, p.Code)
	case RuleClosedGrounds, RuleLimitedGrounds, RuleLimitedConditions, RuleOpenNoGrounds, RuleName, RuleUnit:
		return i18n.Text(t, p.Code)
	case RuleSerial:
		return i18n.Sprintf(t, p.Code, p.Serial)
	case RuleUniqueSerial:
		if p.FirstRow > 0 {
			return i18n.Sprintf(t, p.Code, p.FirstRow, p.FirstName)
		}
		return i18n.Sprintf(t, p.Code+".index", p.FirstIndex+1, p.FirstName)
	case RuleGroundParses:
		if p.Cause != nil {
			return i18n.Sprintf(t, p.Code, p.Ground, groundWhy(p.Cause, t))
		}
	}
	return p.Detail
}

// groundWhy says why a ground does not parse, in the language nearest to
// t: the parser's detail where the law package words it, with the
// character where it was found (款後接項，次序不符（第4字）); otherwise what
// kind of fault it is (條、項、款、目次序錯誤).
func groundWhy(err *law.ParseError, t language.Tag) string {
	if err.DetailCode() != "" {
		return err.DetailMessage(t)
	}
	code := "law.syntax"
	switch {
	case errors.Is(err, law.ErrRange), errors.Is(err, law.ErrTooLarge):
		code = "law.range"
	case errors.Is(err, law.ErrOrder):
		code = "law.order"
	}
	return i18n.Sprintf(t, code)
}

// Message returns the mismatch in one line in the language nearest to t:
// 錯誤：合計表列91，計算90 in Chinese, error: total: printed 91, the
// printed figures add up to 90 in English; for a law
// 錯誤：丙類引用法規《檔案法》表列未列，計算有引用.
func (m Mismatch) Message(t language.Tag) string {
	what := m.Figure.Message(t)
	if m.Figure == FigureLaw {
		what = i18n.Sprintf(t, "inventory.mismatch.law", what, m.Law)
	}
	return i18n.Sprintf(t, "inventory.mismatch", m.Severity.Lead(t), what, m.DetailMessage(t))
}

// DetailMessage returns what is wrong in the language nearest to t:
// 表列26，計算25; a mismatch of an unknown code gives its Detail.
func (m Mismatch) DetailMessage(t language.Tag) string {
	switch m.Code {
	case "inventory.summary-count":
		return i18n.Sprintf(t, m.Code, m.Printed, m.Computed)
	case "inventory.summary-total":
		if m.Computed == math.MaxInt || m.Computed == math.MinInt {
			return i18n.Sprintf(t, m.Code+".overflow", m.Printed)
		}
		return i18n.Sprintf(t, m.Code, m.Printed, m.Computed)
	case "inventory.law-not-cited", "inventory.law-not-listed":
		return i18n.Sprintf(t, m.Code)
	}
	return m.Detail
}

// Message returns the check in one line in the language nearest to t:
// the change and the outcome, after its severity when it did not pass
// (序號86「廉政業務管理系統」：將管理單位由本部資訊處改為廉政署。（修正說明相符）;
// 錯誤：序號86…（…）). Whether it passed is its verdict's to say (✓ in a
// report), not a word of the message.
func (n NoteCheck) Message(t language.Tag) string {
	s := i18n.Sprintf(t, "inventory.note-check", n.Change.Message(t), n.DetailMessage(t))
	if n.Passed() {
		return s
	}
	return n.Severity.Lead(t) + s
}

// DetailMessage returns the outcome in the language nearest to t:
// 修正說明相符; a check of an unknown code gives its Detail.
func (n NoteCheck) DetailMessage(t language.Tag) string {
	switch n.Code {
	case "inventory.note-matches", "inventory.note-missing", "inventory.note-removed", "inventory.note-unknown":
		return i18n.Sprintf(t, n.Code)
	case "inventory.note-differs":
		return i18n.Sprintf(t, n.Code, n.Printed)
	}
	return n.Detail
}

// Message explains the change in one line in the language nearest to t:
// 序號86「廉政業務管理系統」：將管理單位由本部資訊處改為廉政署。 in Chinese
// (String), serial 86, 廉政業務管理系統: Managing unit changed from 本部資訊處
// to 廉政署. in English.
func (c Change) Message(t language.Tag) string {
	name := c.New.Name
	if c.Kind == Removed {
		name = c.Old.Name
	}
	return i18n.Sprintf(t, "inventory.change", c.Serial, name, c.NoteMessage(t))
}

// Message lists the changes, one per line, as Message of each gives it.
func (cs Changes) Message(t language.Tag) string {
	var b strings.Builder
	for _, c := range cs {
		b.WriteString(c.Message(t))
		b.WriteByte('\n')
	}
	return b.String()
}

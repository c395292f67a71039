package law

import (
	_ "embed"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/internal/i18n"
	"github.com/ogdtw/governance/rocdate"
	"golang.org/x/text/language"
)

// catalog is the package's messages, read from messages.txt: the
// findings of a check, the parts of them, the lineages, the versions and
// the errors. Chinese is what officials read, in 公文 wording; English is
// complete beside it.
//
//go:embed messages.txt
var catalog string

// The catalog and the labels of the enums.
var _ = i18n.Load(catalog) && i18n.RegisterEnumsOf(enumLabels, enums, (*enumText).Label)

// enumLabels are the English labels of the enums' values, by code; the
// Chinese is the word documents print (String).
var enumLabels = map[string]string{
	"law.part.front": "first sentence", "law.part.middle": "middle sentence", "law.part.back": "last sentence",
	"law.part.proviso": "proviso", "law.part.body": "main clause",

	"law.name-match.none": "not found", "law.name-match.official": "official name", "law.name-match.short": "short name",
	"law.name-match.former": "former name", "law.name-match.partial": "incomplete name",

	"law.amendment-kind.none": "unchanged", "law.amendment-kind.reworded": "reworded",
	"law.amendment-kind.restructured": "restructured", "law.amendment-kind.inserted": "inserted",
	"law.amendment-kind.deleted": "deleted",

	"law.action.enact": "enacted", "law.action.amend": "amended", "law.action.add": "added",
	"law.action.delete": "deleted", "law.action.abandon": "abandoned", "law.action.enforce": "put in force",
	"law.action.amend-all": "amended in whole", "law.action.renumber": "renumbered",
	"law.action.transfer": "transferred", "law.action.correct": "corrected",
	"law.action.suspend": "suspended", "law.action.approve": "approved",

	"law.act.enacted": "enacted", "law.act.issued": "issued", "law.act.amended": "amended",
	"law.act.amended-order": "amended", "law.act.amended-all": "amended in whole",
	"law.act.added": "amended by added articles", "law.act.added-order": "amended by added articles",
	"law.act.deleted": "amended by repealed articles", "law.act.abandoned": "abandoned",
	"law.act.enforced": "put in force",

	"law.lineage-kind.unchanged": "unchanged", "law.lineage-kind.reworded": "reworded", "law.lineage-kind.moved": "moved",
	"law.lineage-kind.moved-reworded": "moved and reworded", "law.lineage-kind.split": "split", "law.lineage-kind.merged": "merged",
	"law.lineage-kind.deleted": "deleted", "law.lineage-kind.unknown": "cannot be checked",

	"law.resolution.unresolved": "unresolved", "law.resolution.named": "law named",
	"law.resolution.same-law": "同法 (the same law)", "law.resolution.this-law": "本法 (this law)",
	"law.resolution.implicit": "law implied", "law.resolution.previous-article": "前條 (the previous article)",
	"law.resolution.previous-paragraph": "前項 (the previous paragraph)", "law.resolution.same-article": "同條 (the same article)",
}

// enums are every enumerated type of the package.
var enums = []*enumText{&partText, &nameMatchText, &amendmentKindText, &actionText, &resolutionText, &actText, &lineageKindText}

// Message returns the label of p in the language nearest to t: 但書 in
// Chinese, proviso in English; "" for NoPart.
func (p Part) Message(t language.Tag) string { return partText.Message(uint8(p), t) }

// Message returns the label of m in the language nearest to t: 舊名 in
// Chinese, former name in English.
func (m NameMatch) Message(t language.Tag) string { return nameMatchText.Message(uint8(m), t) }

// Message returns the label of k in the language nearest to t: 文字修正 in
// Chinese, reworded in English.
func (k AmendmentKind) Message(t language.Tag) string { return amendmentKindText.Message(uint8(k), t) }

// Message returns the label of a in the language nearest to t: 廢止 in
// Chinese, abandoned in English; "" for NoAction.
func (a Action) Message(t language.Tag) string { return actionText.Message(uint8(a), t) }

// Message returns the label of r in the language nearest to t: 前條 in
// Chinese, 前條 (the previous article) in English.
func (r Resolution) Message(t language.Tag) string { return resolutionText.Message(uint8(r), t) }

// Message returns the version, described by its own act ([StatuteVersion.Act]),
// in the language nearest to t: 政府資訊公開法（94年12月28日制定公布） in
// Chinese, 政府資訊公開法 as enacted on 2005-12-28 in English;
// 刑事訴訟法（113年7月31日修正公布）; 洗錢防制法（113年7月31日全文修正). A
// version whose day the 沿革 held records nothing is 異動 (changed on).
// It is "" for the zero StatuteVersion.
func (v StatuteVersion) Message(t language.Tag) string {
	if v.IsZero() {
		return ""
	}
	return versionMessage(t, v.s.Name(), v.Date(), v.Act())
}

// versionMessage describes the version of the law name of the day on by
// its act.
func versionMessage(t language.Tag, name string, on rocdate.Date, a Act) string {
	return i18n.Sprintf(t, "law.version", name, on, actWords(t, a))
}

// Message describes the amendment in the language nearest to t:
// 刑事訴訟法第245條第3項於113年7月31日修正：文字修正，原條文移至第245條第5項 in
// Chinese (as String), 刑事訴訟法 第245條第3項 amended on 2024-07-31:
// reworded; the former text is now 第245條第5項 in English.
func (a Amendment) Message(t language.Tag) string {
	return amendmentMessage(t, a.Version.Statute().Name(), a.Provision, a.Version.Date(), a.Kind, a.Moved.String())
}

// amendmentMessage tells an amendment of the provision p of the law name
// by the version of the day on.
func amendmentMessage(t language.Tag, name string, p Provision, on rocdate.Date, k AmendmentKind, moved string) string {
	s := i18n.Sprintf(t, "law.amendment", name, p.String(), on, k.Message(t))
	if moved != "" {
		s = i18n.Sprintf(t, "law.amendment.moved", s, moved)
	}
	return s
}

// Message returns the finding in one line in the language nearest to t,
// its severity and what was found: 錯誤：檔案法（97年7月2日修正公布）無第18條第8款
// in Chinese, error: 第18條第8款 does not exist in 檔案法 as amended on
// 2008-07-02 in English.
//
// A finding without a severity (CodeProvisionPresent) is its detail
// alone: 檔案法（97年7月2日修正公布）定有第18條.
func (f Finding) Message(t language.Tag) string {
	if f.Severity == finding.NoSeverity {
		return f.DetailMessage(t)
	}
	return i18n.Sprintf(t, "law.finding", f.Severity.Lead(t), f.DetailMessage(t))
}

// DetailMessage returns what the finding found, without its severity, in
// the language nearest to t: 檔案法（97年7月2日修正公布）無第18條第8款. It is
// built from the finding's fields; a finding whose fields do not tell
// the details (one made by hand with Detail alone) gives its Detail.
func (f Finding) DetailMessage(t language.Tag) string {
	name := f.Official
	if name == "" {
		name = f.Law
	}
	switch f.Code {
	case CodeNoLaw:
		return i18n.Text(t, CodeNoLaw)
	case CodeLawUnknown:
		return i18n.Sprintf(t, CodeLawUnknown, f.Law)
	case CodeLawName:
		switch f.Match {
		case MatchPartial:
			return i18n.Sprintf(t, CodeLawName+".partial", f.Law, name)
		case MatchFormer:
			return i18n.Sprintf(t, CodeLawName+".former", f.Law, name)
		}
		return i18n.Sprintf(t, CodeLawName, f.Law)
	case CodeLawAbandoned:
		if f.Date.IsZero() {
			return i18n.Sprintf(t, CodeLawAbandoned+".undated", name)
		}
		return i18n.Sprintf(t, CodeLawAbandoned, name, f.Date)
	case CodeUndated:
		return i18n.Sprintf(t, CodeUndated, name)
	case CodeVersionUnknown:
		if f.Date.IsZero() {
			return i18n.Sprintf(t, CodeVersionUnknown+".none", name, f.Day)
		}
		return i18n.Sprintf(t, CodeVersionUnknown, name, f.Date, f.Day)
	case CodeDataDate:
		if !f.Day.IsZero() {
			return i18n.Sprintf(t, CodeDataDate, f.Date, f.Date.AddDays(1), f.Day)
		}
	case CodeNoArticle:
		return i18n.Sprintf(t, CodeNoArticle, f.Provision.String())
	case CodeProvisionPresent:
		if !f.Date.IsZero() {
			return i18n.Sprintf(t, CodeProvisionPresent, f.Provision.String(), name, f.Date, actWords(t, f.Act))
		}
	case CodeProvisionMissing:
		if f.Date.IsZero() {
			break
		}
		if f.Action == Delete {
			return i18n.Sprintf(t, CodeProvisionMissing+".repealed", f.Provision.String(), name, f.Date, actWords(t, f.Act))
		}
		return i18n.Sprintf(t, CodeProvisionMissing, f.Provision.String(), name, f.Date, actWords(t, f.Act))
	case CodeLaterAmendment:
		switch {
		case f.Lineage != NoLineage:
			return i18n.Sprintf(t, CodeLaterAmendment, stepMessage(t, name, f.Provision, f.Date, f.Act, f.Lineage, movedIn(t, f.Moved)))
		case f.Change != NoChange:
			return i18n.Sprintf(t, CodeLaterAmendment, amendmentMessage(t, name, f.Provision, f.Date, f.Change, f.Moved))
		case f.Action == Abandon && f.Provision.IsZero():
			return i18n.Sprintf(t, CodeLaterAmendment+".abandoned", name, f.Date)
		case f.Action != NoAction:
			return i18n.Sprintf(t, CodeLaterAmendment+".revision", name, f.Provision.String(), f.Date, f.Action.Message(t))
		}
	}
	return f.Detail
}

package law

import (
	"strings"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/internal/i18n"
	"github.com/ogdtw/governance/rocdate"
	"golang.org/x/text/language"
)

// The messages of lineages: one line per amendment that changed the
// provision, its subject (該項, or 原條文 after a full rewrite) and what
// became of it.
var _ = i18n.Register(
	i18n.Message{Code: CodeLineage, Chinese: "條文沿革", English: "where a provision went"},
	i18n.Message{Code: CodeLineageUnknown, Chinese: "條文沿革無法查核", English: "where a provision went cannot be checked"},
	i18n.Message{Code: "law.lineage.step", Chinese: "%s%s：%v%s，%s", English: "%s %s: %[4]s on %[3]v; %[5]s"},
	i18n.Message{Code: "law.lineage.reworded", Chinese: "%s文字修正", English: "%s reworded"},
	i18n.Message{Code: "law.lineage.moved", Chinese: "%s移列為%s，文字未修正", English: "%s moved to %s, its text unchanged"},
	i18n.Message{Code: "law.lineage.moved-reworded", Chinese: "%s移列為%s並修正文字", English: "%s moved to %s and reworded"},
	i18n.Message{Code: "law.lineage.split", Chinese: "%s分列為%s", English: "%s split into %s"},
	i18n.Message{Code: "law.lineage.merged", Chinese: "%s併入%s", English: "%s merged into %s"},
	i18n.Message{Code: "law.lineage.deleted", Chinese: "%s刪除，修正後條文無相近規定", English: "%s deleted: no provision of the new text reads like it"},
	i18n.Message{Code: "law.lineage.unknown.texts", Chinese: "法規資料未收錄修正前後條文，其移列情形無法查核",
		English: "the statute data do not hold the texts on both sides, so where it went cannot be checked"},
	i18n.Message{Code: "law.lineage.unchanged", Chinese: "%s%s：%v至%v未修正", English: "%s %s: unchanged from %v to %v"},
	i18n.Message{Code: "law.lineage.unknown.before", Chinese: "%s%s：法規資料未收錄%v施行之條文，其移列情形無法查核",
		English: "%s %s: the statute data hold no text in force on %v, so where it went cannot be checked"},
	i18n.Message{Code: "law.lineage.unknown.missing", Chinese: "%s%s：%v施行之條文無此規定，無從追溯其移列情形",
		English: "%s %s does not exist in the text in force on %v, so where it went cannot be told"},
	i18n.Message{Code: "law.lineage.unknown.provision", Chinese: "%s%s：未指明法規、條次或起迄日期，無從追溯其移列情形",
		English: "%s %s: no law, article or days to follow it by"},
	i18n.Message{Code: "law.lineage.after-data", Chinese: "%s；法規資料更新至%v，%v至%v之法規異動無法查核",
		English: "%s; the statute data are of %v; amendments from %v to %v cannot be checked"},
	i18n.Message{Code: "law.lineage.subject.article", Chinese: "該條", English: "the article"},
	i18n.Message{Code: "law.lineage.subject.paragraph", Chinese: "該項", English: "the paragraph"},
	i18n.Message{Code: "law.lineage.subject.subparagraph", Chinese: "該款", English: "the subparagraph"},
	i18n.Message{Code: "law.lineage.subject.item", Chinese: "該目", English: "the item"},
	i18n.Message{Code: "law.lineage.subject.whole", Chinese: "原條文", English: "the former text"},
	i18n.Message{Code: "law.lineage.and", Chinese: "及", English: " and "},
	i18n.Message{Code: "law.lineage.join", Chinese: "；", English: "; "},
)

// lineageSubjects are the subjects of a step by depth.
var lineageSubjects = [...]string{"law.lineage.subject.article", "law.lineage.subject.paragraph", "law.lineage.subject.subparagraph", "law.lineage.subject.item"}

// stepMessage tells one step of a lineage: the law name's provision p,
// amended on the day on by the act, became to (the targets, written as
// targetText writes them): 刑事訴訟法第245條第3項：113年7月31日修正公布，該項移列為第5項，文字未修正.
func stepMessage(t language.Tag, name string, p Provision, on rocdate.Date, act Act, k LineageKind, to string) string {
	subject := i18n.Text(t, lineageSubjects[depthOf(p)])
	if act == ActAmendedAll {
		subject = i18n.Text(t, "law.lineage.subject.whole")
	}
	var what string
	switch k {
	case LineageReworded:
		what = i18n.Sprintf(t, "law.lineage.reworded", subject)
	case LineageMoved, LineageMovedReworded, LineageSplit, LineageMerged:
		what = i18n.Sprintf(t, "law.lineage."+lineageKindText.ids[k], subject, to)
	case LineageDeleted:
		what = i18n.Sprintf(t, "law.lineage.deleted", subject)
	default:
		what = i18n.Text(t, "law.lineage.unknown.texts")
	}
	return i18n.Sprintf(t, "law.lineage.step", name, p.String(), on, actWords(t, act), what)
}

// targetText writes where a provision went: relative to its article
// when it stays in it and the amendment was not a full rewrite (第5項),
// in full otherwise (第18條第1項); several joined by 及 (and).
func targetText(t language.Tag, from Provision, act Act, to []Provision) string {
	parts := make([]string, len(to))
	for i, q := range to {
		if act != ActAmendedAll && q.Article == from.Article && q.ArticleSub == from.ArticleSub && q.Paragraph != 0 {
			q.Article, q.ArticleSub = 0, 0
		}
		parts[i] = q.String()
	}
	return strings.Join(parts, i18n.Text(t, "law.lineage.and"))
}

// Message returns the lineage in the language nearest to t: one line per
// amendment that changed the provision, joined by ；, as
// 刑事訴訟法第245條第3項：113年7月31日修正公布，該項移列為第5項，文字未修正 and
// 洗錢防制法第13條第1項：113年7月31日全文修正，原條文移列為第18條第1項並修正文字;
// 刑事訴訟法第245條第1項：111年5月19日至115年12月1日未修正 when none did; for
// a lineage that cannot be known, why. When To is after the registry's
// data date, what cannot be known from the day after it is said.
func (l Lineage) Message(t language.Tag) string {
	var s string
	switch {
	case l.Kind == LineageUnknown && l.Reason == "before":
		s = i18n.Sprintf(t, "law.lineage.unknown.before", l.Law, l.Provision.String(), l.From)
	case l.Kind == LineageUnknown && l.Reason == "missing":
		s = i18n.Sprintf(t, "law.lineage.unknown.missing", l.Law, l.Provision.String(), l.From)
	case l.Kind == LineageUnknown && l.Reason != "texts":
		s = i18n.Sprintf(t, "law.lineage.unknown.provision", l.Law, l.Provision.String())
	case len(l.Steps) == 0:
		s = i18n.Sprintf(t, "law.lineage.unchanged", l.Law, l.Provision.String(), l.From, l.To)
	default:
		lines := make([]string, len(l.Steps))
		for i, st := range l.Steps {
			lines[i] = stepMessage(t, l.Law, st.From, st.Date, st.Act, st.Kind, targetText(t, st.From, st.Act, st.To))
		}
		s = strings.Join(lines, i18n.Text(t, "law.lineage.join"))
	}
	if !l.Updated.IsZero() {
		s = i18n.Sprintf(t, "law.lineage.after-data", s, l.Updated, l.Updated.AddDays(1), l.To)
	}
	return s
}

// movedIn writes a Finding's Moved, in Chinese (第1項及第3項), in the
// language nearest to t.
func movedIn(t language.Tag, moved string) string {
	return strings.ReplaceAll(moved, i18n.Text(finding.Chinese, "law.lineage.and"), i18n.Text(t, "law.lineage.and"))
}

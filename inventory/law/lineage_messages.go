package law

import (
	"strings"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/internal/i18n"
	"github.com/ogdtw/governance/rocdate"
	"golang.org/x/text/language"
)

// lineageSubjects are the subjects of a step by depth; the messages of
// lineages are in messages.txt.
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
		what = i18n.Sprintf(t, "law.lineage."+lineageKindText.IDs[k], subject, to)
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

package law

import (
	"strings"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/rocdate"
)

// The codes of a [Finding], by kind. Each is "law." and the kind.
const (
	// CodeNoLaw: the citation names no law (第二項第一款); a Notice.
	CodeNoLaw = "law.no-law"
	// CodeLawUnknown: the registry does not hold the law; a Notice.
	CodeLawUnknown = "law.law-unknown"
	// CodeLawName: the law is cited by an incomplete or a former name; a
	// Notice. It is checked all the same.
	CodeLawName = "law.law-name"
	// CodeLawAbandoned: the law was abandoned (廢止) on or before the day;
	// a Warning.
	CodeLawAbandoned = "law.law-abandoned"
	// CodeUndated: the check has no day; a Notice.
	CodeUndated = "law.undated"
	// CodeVersionUnknown: the registry holds no text of the law in force on
	// the day, and its 沿革 does not show the cited article unchanged since;
	// a Notice.
	CodeVersionUnknown = "law.version-unknown"
	// CodeDataDate: the day is after the registry's data date, so
	// amendments between them are unknown; a Notice, once per check.
	CodeDataDate = "law.data-date"
	// CodeProvisionMissing: the provision does not exist in the version
	// in force on the day, or its article is repealed; an Error.
	CodeProvisionMissing = "law.provision-missing"
	// CodeNoArticle: the provision is cited without its article; a Notice.
	CodeNoArticle = "law.no-article"
	// CodeLaterAmendment: an amendment after the day changed the provision
	// (or, known only from the 沿革, its article, or abandoned the law); a
	// Notice, a later development and not a fault of a document of the
	// day.
	CodeLaterAmendment = "law.later-amendment"
)

// A Finding is one result of [Registry.CheckCitation]: what the check found
// about a citation as of a day. It is a value to report, not an error.
//
// Its Code is one of CodeNoLaw, CodeLawUnknown, CodeLawName,
// CodeLawAbandoned, CodeUndated, CodeVersionUnknown, CodeDataDate,
// CodeProvisionMissing, CodeNoArticle and CodeLaterAmendment.
type Finding struct {
	Severity finding.Severity // finding.Error, finding.Warning or finding.Notice
	Code     string           // stable code: law.provision-missing
	// Law is the law as the citation names it; PCode its identity when
	// the registry knows it.
	Law   string
	PCode string
	// Provision is the cited provision concerned; zero when the finding is
	// about the law.
	Provision Provision
	// Date is the day of the amendment a later development concerns, or
	// the registry's data date for CodeDataDate; zero otherwise.
	Date   rocdate.Date
	Detail string // what was found, in Traditional Chinese
}

// Later reports whether f is a later development: something that
// happened after the day checked, which a document of that day could not
// know.
func (f Finding) Later() bool { return f.Code == CodeLaterAmendment }

// String returns the finding in one line, its severity and its detail:
// 錯誤 檔案法（97年7月2日修正）無第18條第8款.
func (f Finding) String() string { return f.Severity.String() + " " + f.Detail }

// The texts of the findings, built here and nowhere else.
func detailNoLaw() string { return "未指明法規名稱，未能查核條文" }
func detailLawUnknown(law string) string {
	return "法規資料未收錄「" + law + "」，未能查核條文"
}
func detailPartial(law, official string) string {
	return "法規名稱「" + law + "」不全，應為「" + official + "」"
}
func detailFormer(law, official string) string {
	return "「" + law + "」為舊名，現名「" + official + "」"
}
func detailAbandoned(law string, on rocdate.Date) string {
	if on.IsZero() {
		return law + "已廢止"
	}
	return law + "已於" + on.String() + "廢止"
}
func detailUndated(law string) string {
	return "未載日期，未能判斷施行中之" + law + "版本"
}
func detailVersionUnknown(law string, first, on rocdate.Date) string {
	return "法規資料所收" + law + "最早為" + first.String() + "修正之版本，其間修正情形不明，未能查核" + on.String() + "施行之條文"
}
func detailDataDate(updated, on rocdate.Date) string {
	return "法規資料僅收錄至" + updated.String() + "，其後至" + on.String() + "間之修正未能查核"
}
func detailNoArticle(p Provision) string { return p.String() + "未指明條次，未能查核" }
func detailRepealed(p Provision, v StatuteVersion) string {
	return p.String() + "於" + v.String() + "已刪除"
}
func detailMissing(p Provision, v StatuteVersion) string { return v.String() + "無" + p.String() }
func detailLater(a Amendment) string                     { return "嗣後修正：" + a.String() }
func detailLaterRevision(law string, p Provision, r Revision) string {
	return "嗣後修正：" + law + p.String() + "於" + r.Date.String() + r.Action().String()
}
func detailLaterAbandoned(law string, d rocdate.Date) string {
	return "嗣後修正：" + law + "於" + d.String() + "廢止"
}

// CheckCitation reads a citation against r as of the day on and returns
// what it finds, in this order:
//
//   - a Notice (CodeDataDate) when on is after r's data date: the
//     statutes are known only up to [Registry.Updated];
//   - a Notice for what cannot be checked: no law named, a law r does not
//     hold, an undated check, no text of the law in force on the day;
//     and for a law cited by an incomplete or a former name, which is
//     checked all the same;
//   - a Warning when the law was abandoned on or before the day;
//   - an Error (CodeProvisionMissing) for each cited provision that does
//     not exist in the version in force on the day, or whose article was
//     repealed;
//   - a Notice (CodeLaterAmendment) for each amendment after the day that
//     changed a cited provision: provision by provision (moved, reworded,
//     restructured, removed) where r holds the versions on both sides,
//     from the 沿革 otherwise. A later amendment is never a fault of a
//     document of the day.
//
// Where r holds no text of the version in force on the day but its 沿革
// shows the cited article untouched between the day and the first text it
// holds, that text is the one in force and the provision is checked
// against it.
//
// The cost is linear in the number of provisions the citation expands to
// (at most [MaxProvisions]), and does not grow with the size of r.
func (r *Registry) CheckCitation(c Citation, on rocdate.Date) []Finding {
	var out []Finding
	r.checkCitation(c, on, func(f Finding) { out = append(out, f) })
	return out
}

// CheckCitation is [Registry.CheckCitation] against the [Default]
// registry.
func CheckCitation(c Citation, on rocdate.Date) []Finding { return Default().CheckCitation(c, on) }

// checkCitation checks one citation as of the day on, reporting each
// finding to add.
func (r *Registry) checkCitation(c Citation, on rocdate.Date, add func(Finding)) {
	if !on.IsZero() && r.updated != 0 && ymd(on) > r.updated {
		add(Finding{Severity: finding.Notice, Code: CodeDataDate, Law: c.Law, Date: r.Updated(), Detail: detailDataDate(r.Updated(), on)})
	}
	if c.Law == "" {
		add(Finding{Severity: finding.Notice, Code: CodeNoLaw, Detail: detailNoLaw()})
		return
	}
	s, m := r.Lookup(c.Law)
	f := Finding{Law: c.Law, PCode: s.PCode()}
	note := func(sev finding.Severity, code string, p Provision, date rocdate.Date, detail string) {
		g := f
		g.Severity, g.Code, g.Provision, g.Date, g.Detail = sev, code, p, date, detail
		add(g)
	}
	switch m {
	case NoMatch:
		note(finding.Notice, CodeLawUnknown, Provision{}, rocdate.Date{}, detailLawUnknown(c.Law))
		return
	case MatchPartial:
		note(finding.Notice, CodeLawName, Provision{}, rocdate.Date{}, detailPartial(c.Law, s.Name()))
	case MatchFormer:
		note(finding.Notice, CodeLawName, Provision{}, rocdate.Date{}, detailFormer(c.Law, s.Name()))
	}
	if on.IsZero() {
		note(finding.Notice, CodeUndated, Provision{}, rocdate.Date{}, detailUndated(s.Name()))
		return
	}
	day := ymd(on)
	abandoned, abandonedOn := s.abandonedOn()
	if abandoned && (abandonedOn.IsZero() || ymd(abandonedOn) <= day) {
		note(finding.Warning, CodeLawAbandoned, Provision{}, abandonedOn, detailAbandoned(s.Name(), abandonedOn))
	}
	v, ok := s.VersionOn(on)
	bridged := false
	if !ok {
		vs := s.entry().versions
		if len(vs) == 0 {
			note(finding.Notice, CodeVersionUnknown, Provision{}, rocdate.Date{}, detailVersionUnknown(s.Name(), rocdate.Date{}, on))
			return
		}
		v, bridged = StatuteVersion{s, 0}, true
	}
	spans := c.spans()
	hist := s.entry().revisions()
	for si := range spans {
		sp := spans[si]
		p, l := sp.base(), sp.vary()
		for n := sp.get(l); n <= sp.hi(); n++ {
			p.set(l, n)
			switch {
			case p.Article <= 0:
				note(finding.Notice, CodeNoArticle, p, rocdate.Date{}, detailNoArticle(p))
				continue
			case bridged && (len(hist) == 0 || touchedBetween(hist, p, day, v.v().date)):
				note(finding.Notice, CodeVersionUnknown, p, rocdate.Date{}, detailVersionUnknown(s.Name(), v.Date(), on))
				continue
			case v.Repealed(p):
				note(finding.Error, CodeProvisionMissing, p, rocdate.Date{}, detailRepealed(p, v))
				continue
			case !v.Has(p):
				note(finding.Error, CodeProvisionMissing, p, rocdate.Date{}, detailMissing(p, v))
				continue
			}
			for _, a := range s.Amendments(p, on) {
				note(finding.Notice, CodeLaterAmendment, p, a.Version.Date(), detailLater(a))
			}
			// Amendments after the last text held, known from the 沿革.
			last := s.entry().versions[len(s.entry().versions)-1].date
			from := max(day, last)
			for i := range hist {
				h := &hist[i]
				if d := ymd(h.Date); d > from && h.Touches(p) && h.Action() != Abandon {
					note(finding.Notice, CodeLaterAmendment, p, h.Date, detailLaterRevision(s.Name(), p, *h))
				}
			}
		}
	}
	if abandoned && !abandonedOn.IsZero() && ymd(abandonedOn) > day {
		note(finding.Notice, CodeLaterAmendment, Provision{}, abandonedOn, detailLaterAbandoned(s.Name(), abandonedOn))
	}
}

// touchedBetween reports whether a revision of hist dated after from and
// on or before to touched the article of p.
func touchedBetween(hist []Revision, p Provision, from, to int) bool {
	for i := range hist {
		if d := ymd(hist[i].Date); d > from && d <= to && hist[i].Touches(p) {
			return true
		}
	}
	return false
}

// abandonedOn reports whether s is abandoned and the day of its 廢止 as the
// 沿革 gives it (zero when not known).
func (s Statute) abandonedOn() (bool, rocdate.Date) {
	if s.IsZero() || !s.entry().abandoned {
		return false, rocdate.Date{}
	}
	h := s.entry().revisions()
	for i := len(h) - 1; i >= 0; i-- {
		if h[i].Action() == Abandon {
			return true, h[i].Date
		}
	}
	return true, rocdate.Date{}
}

var _ = strings.Cut

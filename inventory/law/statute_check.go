package law

import (
	"strings"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/internal/resultjson"
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
	// CodeProvisionPresent: the provision exists in the version of the law
	// in force on the day, as the registry holds it; no severity, verdict
	// Passed. Only [Registry.Check] gives it.
	CodeProvisionPresent = "law.provision-present"
)

// verdictOf returns the verdict a finding of code carries: Failed for a
// provision that does not exist or a law abandoned on the day, Unchecked
// for what could not be checked (no law, a law the registry lacks, no
// day, no text of the version in force, no article), Passed for a
// provision present, and NoVerdict for the notices that conclude no check
// (a name incomplete or former, the data date, a later amendment).
func verdictOf(code string) finding.Verdict {
	switch code {
	case CodeProvisionMissing, CodeLawAbandoned:
		return finding.Failed
	case CodeNoLaw, CodeLawUnknown, CodeUndated, CodeVersionUnknown, CodeNoArticle:
		return finding.Unchecked
	case CodeProvisionPresent:
		return finding.Passed
	}
	return finding.NoVerdict
}

// A Finding is one result of [Registry.CheckCitation]: what the check found
// about a citation as of a day. It is a value to report, not an error.
//
// Its Code is one of CodeNoLaw, CodeLawUnknown, CodeLawName,
// CodeLawAbandoned, CodeUndated, CodeVersionUnknown, CodeDataDate,
// CodeProvisionMissing, CodeNoArticle, CodeLaterAmendment and
// CodeProvisionPresent.
//
// Its Verdict says what the check concluded: Passed (符合) only for
// CodeProvisionPresent, a provision looked up in the text of the version
// in force on the day of a law the registry holds; Failed (不符) for
// CodeProvisionMissing and CodeLawAbandoned; Unchecked (無法查核) for
// CodeNoLaw, CodeLawUnknown, CodeUndated, CodeVersionUnknown and
// CodeNoArticle, the finding saying why; NoVerdict for the notices that
// conclude no check (CodeLawName, CodeDataDate, CodeLaterAmendment). A
// notice never stands in for a verdict.
type Finding struct {
	Severity finding.Severity `json:"severity,omitzero"` // finding.Error, finding.Warning or finding.Notice; none for CodeProvisionPresent
	Verdict  finding.Verdict  `json:"verdict,omitzero"`  // the check's verdict; NoVerdict for a notice that concludes no check
	// Match is how the citation names the law, for CodeLawName:
	// MatchPartial or MatchFormer.
	Match NameMatch `json:"match,omitzero"`
	// Change is what a later amendment did to the provision as
	// [Amendment] tells it; CheckCitation leaves it NoChange and sets
	// Lineage.
	Change AmendmentKind `json:"change,omitzero"`
	// Lineage is where a later amendment known from the versions put
	// the provision (CodeLaterAmendment): moved, reworded, …, or
	// LineageUnknown when the registry holds no texts to tell;
	// NoLineage otherwise.
	Lineage LineageKind `json:"lineage,omitzero"`
	// Action is what the act did: for CodeLaterAmendment known from the
	// 沿革, the revision's action (Abandon when the law was abandoned);
	// for CodeProvisionMissing, Delete when the article was repealed.
	Action Action `json:"action,omitzero"`
	// Act is what happened on the day of the version Date is of
	// (CodeProvisionPresent, CodeProvisionMissing, CodeLaterAmendment
	// known from the versions): 修正公布, 全文修正; NoAct otherwise.
	Act  Act    `json:"act,omitzero"`
	Code string `json:"code,omitzero"` // stable code: law.provision-missing
	// Law is the law as the citation names it; PCode its identity when
	// the registry knows it, and Official its name in the registry.
	Law      string `json:"law,omitzero"`
	PCode    string `json:"pCode,omitzero"`
	Official string `json:"official,omitzero"`
	// Provision is the cited provision concerned; zero when the finding is
	// about the law.
	Provision Provision `json:"provision,omitzero"`
	// Date is the day of the amendment a later development concerns or of
	// the law's 廢止 (CodeLawAbandoned), the registry's data date for
	// CodeDataDate, the date of the version in force on the day for
	// CodeProvisionMissing, of the earliest version the registry holds
	// for CodeVersionUnknown (zero when it holds none); zero otherwise.
	Date rocdate.Date `json:"date,omitzero"`
	// Day is the day checked, for CodeVersionUnknown and CodeDataDate.
	Day rocdate.Date `json:"day,omitzero"`
	// Moved is where a later amendment put the provision, as provisions
	// are written, relative to its article when it stays in it (第5項,
	// 第18條第1項, 第1項及第3項); "" otherwise.
	Moved string `json:"moved,omitzero"`
	// Detail is what was found, in Traditional Chinese: DetailMessage in
	// Chinese, kept for callers that read the field.
	Detail string `json:"detail,omitzero"`
}

// Later reports whether f is a later development: something that
// happened after the day checked, which a document of that day could not
// know.
func (f Finding) Later() bool { return f.Code == CodeLaterAmendment }

// String returns the finding in one line in Chinese, its severity and its
// detail, as Message(finding.Chinese):
// 錯誤：檔案法（97年7月2日修正公布）無第18條第8款.
func (f Finding) String() string { return f.Message(finding.Chinese) }

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
	r.checkCitation(c, on, func(f Finding) { out = append(out, f) }, false)
	return out
}

// CheckCitation is [Registry.CheckCitation] against the [Default]
// registry.
func CheckCitation(c Citation, on rocdate.Date) []Finding { return Default().CheckCitation(c, on) }

// Check reads a citation against r as of the day on, as
// [Registry.CheckCitation] does, and returns one verdict per provision
// cited beside the notices: each provision gives exactly one finding
// whose Verdict is set, CodeProvisionPresent (Passed) when it exists in
// the version in force on the day, CodeProvisionMissing (Failed) when it
// does not, or the reason it could not be checked (Unchecked:
// CodeNoLaw, CodeLawUnknown, CodeUndated, CodeVersionUnknown,
// CodeNoArticle), its Provision set. A law abandoned on or before the
// day adds one Failed check (CodeLawAbandoned). The notices
// (CodeDataDate, CodeLawName, CodeLaterAmendment) carry NoVerdict. So a
// caller counts the checks of a citation by adding each finding's
// Verdict to a [finding.Tally]; Tally.Total is c.Len(), plus one for an
// abandoned law.
//
// The cost is linear in the number of provisions the citation expands to.
func (r *Registry) Check(c Citation, on rocdate.Date) []Finding {
	var out []Finding
	r.checkCitation(c, on, func(f Finding) { out = append(out, f) }, true)
	return out
}

// checkCitation checks one citation as of the day on, reporting each
// finding to add, its verdict set. With all, each provision gives one
// finding with a verdict: a present provision its CodeProvisionPresent,
// and a reason that holds for the whole citation one finding per
// provision.
func (r *Registry) checkCitation(c Citation, on rocdate.Date, add0 func(Finding), all bool) {
	add := func(f Finding) {
		f.Verdict = verdictOf(f.Code)
		add0(f)
	}
	// whole reports f, a reason that holds for the whole citation: once,
	// or with all once per provision.
	whole := func(f Finding, set func(*Finding)) {
		ps := c.Provisions()
		if !all || len(ps) == 0 {
			set(&f)
			add(f)
			return
		}
		for _, p := range ps {
			g := f
			g.Provision = p
			set(&g)
			add(g)
		}
	}
	if !on.IsZero() && r.updated != 0 && ymd(on) > r.updated {
		f := Finding{Severity: finding.Notice, Code: CodeDataDate, Law: c.Law, Date: r.Updated(), Day: on}
		f.Detail = f.DetailMessage(finding.Chinese)
		add(f)
	}
	if c.Law == "" {
		whole(Finding{Severity: finding.Notice, Code: CodeNoLaw}, func(f *Finding) { f.Detail = f.DetailMessage(finding.Chinese) })
		return
	}
	s, m := r.Lookup(c.Law)
	// note adds g about the law cited, its detail in Chinese.
	note := func(g Finding) {
		g.Law, g.PCode, g.Official = c.Law, s.PCode(), s.Name()
		g.Detail = g.DetailMessage(finding.Chinese)
		add(g)
	}
	// noteAll adds g, a reason that holds for the whole citation.
	noteAll := func(g Finding) {
		whole(g, func(g *Finding) {
			g.Law, g.PCode, g.Official = c.Law, s.PCode(), s.Name()
			g.Detail = g.DetailMessage(finding.Chinese)
		})
	}
	switch m {
	case NoMatch:
		noteAll(Finding{Severity: finding.Notice, Code: CodeLawUnknown})
		return
	case MatchPartial:
		note(Finding{Severity: finding.Notice, Code: CodeLawName, Match: MatchPartial})
	case MatchFormer:
		note(Finding{Severity: finding.Notice, Code: CodeLawName, Match: MatchFormer})
	}
	if on.IsZero() {
		noteAll(Finding{Severity: finding.Notice, Code: CodeUndated})
		return
	}
	day := ymd(on)
	abandoned, abandonedOn := s.abandonedOn()
	if abandoned && (abandonedOn.IsZero() || ymd(abandonedOn) <= day) {
		note(Finding{Severity: finding.Warning, Code: CodeLawAbandoned, Date: abandonedOn})
	}
	v, ok := s.VersionOn(on)
	bridged := false
	if !ok {
		vs := s.entry().versions
		if len(vs) == 0 {
			noteAll(Finding{Severity: finding.Notice, Code: CodeVersionUnknown, Day: on})
			return
		}
		v, bridged = StatuteVersion{s, 0}, true
	}
	spans := c.spans()
	hist := s.entry().revisions()
	act := v.Act()
	for si := range spans {
		sp := spans[si]
		p, l := sp.base(), sp.vary()
		for n := sp.get(l); n <= sp.hi(); n++ {
			p.set(l, n)
			switch {
			case p.Article <= 0:
				note(Finding{Severity: finding.Notice, Code: CodeNoArticle, Provision: p})
				continue
			case bridged && (len(hist) == 0 || touchedBetween(hist, p, day, v.v().date)):
				note(Finding{Severity: finding.Notice, Code: CodeVersionUnknown, Provision: p, Date: v.Date(), Day: on})
				continue
			case v.Repealed(p):
				note(Finding{Severity: finding.Error, Code: CodeProvisionMissing, Provision: p, Date: v.Date(), Act: act, Action: Delete})
				continue
			case !v.Has(p):
				note(Finding{Severity: finding.Error, Code: CodeProvisionMissing, Provision: p, Date: v.Date(), Act: act})
				continue
			}
			if all {
				note(Finding{Code: CodeProvisionPresent, Provision: p, Date: v.Date(), Act: act})
			}
			// Amendments after the day, known from the versions: where
			// the provision went at each.
			last := s.entry().versions[len(s.entry().versions)-1].date
			if last > day {
				for _, st := range s.Lineage(p, on, dateOf(last)).Steps {
					moved := make([]string, len(st.To))
					for i, q := range st.To {
						moved[i] = q.String()
					}
					note(Finding{Severity: finding.Notice, Code: CodeLaterAmendment, Provision: st.From, Date: st.Date, Act: st.Act,
						Lineage: st.Kind, Moved: targetText(finding.Chinese, st.From, st.Act, st.To)})
				}
			}
			// Amendments after the last text held, known from the 沿革.
			from := max(day, last)
			for i := range hist {
				h := &hist[i]
				if d := ymd(h.Date); d > from && h.Touches(p) && h.Action() != Abandon {
					note(Finding{Severity: finding.Notice, Code: CodeLaterAmendment, Provision: p, Date: h.Date, Action: h.Action()})
				}
			}
		}
	}
	if abandoned && !abandonedOn.IsZero() && ymd(abandonedOn) > day {
		note(Finding{Severity: finding.Notice, Code: CodeLaterAmendment, Date: abandonedOn, Action: Abandon})
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

var _ finding.Result = Finding{}

// Head returns the finding's code, severity and verdict; a finding of
// the registry points at no spreadsheet row or column.
func (f Finding) Head() finding.Head {
	return finding.Head{Code: f.Code, Severity: f.Severity, Verdict: f.Verdict}
}

// MarshalJSON writes the finding as every result of the library writes
// itself: code, severity, verdict and message (Chinese) first, then its
// fields.
func (f Finding) MarshalJSON() ([]byte, error) {
	type fields Finding
	return resultjson.Marshal(f, fields(f))
}

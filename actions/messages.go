package actions

import (
	_ "embed"
	"strconv"

	"github.com/ogdtw/governance/internal/i18n"
	"github.com/ogdtw/governance/rocdate"
	"golang.org/x/text/language"
)

//go:embed messages.txt
var catalog string

// The messages of the package: findings, the lifecycle's rules, the
// register's report lines, the details of an EventError (messages.txt);
// the labels of the enums and the lists of their words, from their
// tables.
var _ = i18n.Load(catalog) && i18n.RegisterEnumsOf(enumLabels, enums, (*enum).label) && registerValues() &&
	registerEventValues() && i18n.RegisterValue("actions.range.meeting-date", detailDate)

// detailDate reads the date of a detail back from its JSON (2022-01-03).
func detailDate(s string) (any, bool) {
	d, err := rocdate.Parse(s)
	return d, err == nil
}

// registerValues registers the list of each enum's words
// ([enum.valuesMessage]).
func registerValues() bool {
	msgs := make([]i18n.Message, 0, len(enums))
	for _, e := range enums {
		msgs = append(msgs, e.valuesMessage())
	}
	return i18n.Register(msgs...)
}

// enumLabels are the English labels of the enums' values, by code; the
// Chinese is the word documents print (String).
var enumLabels = map[string]string{
	"actions.letter-kind.letter":          "letter",
	"actions.letter-kind.order":           "order",
	"actions.letter-kind.informal-letter": "informal letter",
	"actions.letter-kind.announcement":    "announcement",
	"actions.letter-kind.interpretation":  "interpretive letter",
	"actions.letter-kind.meeting-notice":  "meeting notice",
	"actions.event-kind.opened":           "opening",
	"actions.event-kind.reported":         "progress report",
	"actions.event-kind.decided":          "decision",
	"actions.recommendation.release":      "proposes release from tracking",
	"actions.recommendation.keep":         "proposes continued tracking",
	"actions.decision-kind.release":       "release from tracking",
	"actions.decision-kind.keep":          "continue tracking",
	"actions.decision-kind.self-track":    "leave to the unit to track",
	"actions.decision-kind.withdraw":      "withdraw from tracking",
	"actions.decision-kind.merge":         "merge into another item",
	"actions.status.not-opened":           "not tracked",
	"actions.status.tracking":             "tracked",
	"actions.status.release-proposed":     "release proposed",
	"actions.status.released":             "released",
	"actions.status.self-tracked":         "tracked by the unit",
	"actions.status.withdrawn":            "withdrawn",
	"actions.status.merged":               "merged",
	"actions.style.enumerated":            "enumerated (一、)",
	"actions.style.paren-enumerated":      "parenthesised enumerated ((一))",
	"actions.style.dotted":                "dotted (1.)",
	"actions.style.paren-dotted":          "parenthesised dotted ((1))",
	"actions.clause-kind.statement":       "statement",
	"actions.clause-kind.assignment":      "assignment",
	"actions.clause-kind.caution":         "caution",
	"actions.clause-kind.standing-rule":   "standing rule",
	"actions.clause-kind.approval":        "approval",
	"actions.clause-kind.refusal":         "refusal",
}

// enums are every enumerated type of the package.
var enums = []*enum{&kindEnum, &eventEnum, &recommendationEnum, &decisionEnum, &statusEnum, &styleEnum, &clauseEnum}

// label returns the enum's text for its labels.
func (e *enum) label() i18n.Enum {
	return i18n.Enum{Pkg: "actions", Type: e.typ, Names: e.names, IDs: e.ids}
}

// code returns the message code of v's label (actions.type-name.id), or ""
// for a value without a label.
func (e *enum) code(v int) string { return e.label().Code(v) }

// message returns the label of v in the language nearest to t; a value
// without a label gives String.
func (e *enum) message(v int, t language.Tag) string { return e.label().Label(t, v, e.str(v)) }

// Message returns the label of k in the language nearest to t: 函 in
// Chinese, letter in English; "" for NoLetterKind.
func (k LetterKind) Message(t language.Tag) string { return kindEnum.message(int(k), t) }

// Message returns the label of k in the language nearest to t: 決議 in
// Chinese, decision in English; "" for NoEvent.
func (k EventKind) Message(t language.Tag) string { return eventEnum.message(int(k), t) }

// Message returns the label of r in the language nearest to t:
// 建請解除列管 in Chinese, proposes release from tracking in English; ""
// for NoRecommendation.
func (r Recommendation) Message(t language.Tag) string {
	return recommendationEnum.message(int(r), t)
}

// Message returns the label of k in the language nearest to t: 繼續列管 in
// Chinese, continue tracking in English; "" for NoDecision.
func (k DecisionKind) Message(t language.Tag) string { return decisionEnum.message(int(k), t) }

// Message returns the label of s in the language nearest to t: 列管中 in
// Chinese, tracked in English.
func (s Status) Message(t language.Tag) string { return statusEnum.message(int(s), t) }

// Message returns the label of s in the language nearest to t: 一、 in
// Chinese, enumerated (一、) in English; "" for NoStyle.
func (s Style) Message(t language.Tag) string { return styleEnum.message(int(s), t) }

// messager is a value with a text in each language: an enum, an ID, a
// meeting.
type messager interface{ Message(language.Tag) string }

// sprintf is i18n.Sprintf with every messager among args replaced by its
// text in the language of t.
// The caller's slice is not changed.
func sprintf(t language.Tag, code string, args ...any) string {
	var buf [4]any
	local := append(buf[:0], args...)
	for i, a := range local {
		if m, ok := a.(messager); ok {
			if _, day := a.(rocdate.Date); !day {
				local[i] = m.Message(t)
			}
		}
	}
	return i18n.Sprintf(t, code, local...)
}

// Message returns the meeting's name in the language nearest to t:
// 110年度第2次會議 in Chinese, meeting 2 of 2021 in English; "" for the
// zero Meeting. The date is not part of it.
func (m Meeting) Message(t language.Tag) string {
	if m.year == 0 && m.seq == 0 {
		return ""
	}
	year := m.year
	if i18n.Match(t) == i18n.English {
		year += 1911
	}
	return i18n.Sprintf(t, "actions.meeting", m.seq, strconv.Itoa(year))
}

// Message returns the item's identity in the language nearest to t:
// 110年度第2次會議案由1 in Chinese, meeting 2 of 2021, case 1 in English;
// "" for the zero ID.
func (id ID) Message(t language.Tag) string {
	if id.IsZero() {
		return ""
	}
	if i18n.Match(t) != i18n.English {
		return id.String()
	}
	return i18n.Sprintf(t, "actions.item", id.Meeting().Message(t), id.CaseMessage(t))
}

// CaseMessage returns the case number in the language nearest to t, as
// the agenda prints it: 案由1 in Chinese, case 1 in English.
func (id ID) CaseMessage(t language.Tag) string { return i18n.Sprintf(t, "actions.case", id.n) }

// Message returns the finding in the language nearest to t: its
// severity, item and row when known, and what is wrong, from the message
// of its Code with its typed values (the letter's number and date, the two
// years). A finding whose Code has no message gives its Detail.
func (f Finding) Message(t language.Tag) string {
	sep := i18n.Sprintf(t, "actions.part", "") // ： or ": "
	var buf [256]byte
	b := buf[:0]
	if l := f.Severity.Message(t); l != "" {
		b = append(append(b, l...), sep...)
	}
	if !f.Item.IsZero() {
		b = append(append(b, f.Item.Message(t)...), sep...)
	}
	if f.Row > 0 {
		b = append(append(b, i18n.Sprintf(t, "actions.row", f.Row)...), sep...)
	}
	return string(append(b, f.detail(t)...))
}

// detail returns what the finding says is wrong, in the language nearest
// to t: the one place the text of each finding code is built.
func (f Finding) detail(t language.Tag) string {
	switch f.Code {
	case CodeLetterYear:
		return i18n.Sprintf(t, CodeLetterYear, f.Letter.number.String(), f.NumberYear, f.Letter.date, f.DateYear)
	case CodeDelistingNotDone:
		return i18n.Sprintf(t, CodeDelistingNotDone, f.Delisting.Message(t))
	}
	return f.Detail
}

// eventArgs are the values the details of an EventError hold, by code,
// for reading them back from JSON: d a date (written 2022-01-03), i an
// item, m a meeting, k a decision, t a status, each at a %v of its
// message and read back by the reader registerEventValues registers; s
// a text such as a letter, at a %s. A detail not listed holds none.
var eventArgs = map[string]string{
	"actions.event.other-item":     "i",
	"actions.event.report-decides": "k",
	"actions.event.out-of-order":   "dd",
	"actions.event.letter-after":   "s",
	"actions.event.letter-year":    "s",
	"actions.event.before-report":  "dd",
	"actions.event.into":           "i",
	"actions.event.meeting-order":  "mm",
	"actions.event.events-give":    "it",
}

// registerEventValues registers, for each detail of eventArgs, the reader
// of its values from JSON: the text of each value read as the first of
// the code's kinds it is (an item's text is no status, a status's no
// item), as [eventArgsFit] then checks position by position.
func registerEventValues() bool {
	for code, kinds := range eventArgs {
		i18n.RegisterValue(code, func(s string) (any, bool) {
			for _, k := range []byte(kinds) {
				if v, ok := typed(k, s); ok {
					return v, true
				}
			}
			return nil, false
		})
	}
	return true
}

// eventArgsFit reports whether the values of d are of the kinds eventArgs
// gives its code, as many as the message takes.
func eventArgsFit(d i18n.Detail) bool {
	kinds := eventArgs[d.Code]
	if n, ok := i18n.Arity(d.Code); !ok || n != len(d.Args) || len(kinds) != len(d.Args) {
		return false
	}
	for i, a := range d.Args {
		var ok bool
		switch kinds[i] {
		case 'd':
			_, ok = a.(rocdate.Date)
		case 'i':
			_, ok = a.(ID)
		case 'm':
			_, ok = a.(Meeting)
		case 'k':
			_, ok = a.(DecisionKind)
		case 't':
			_, ok = a.(Status)
		default:
			_, ok = a.(string)
		}
		if !ok {
			return false
		}
	}
	return true
}

// typed reads val as a value of kind k (see eventArgs); a text (s) is
// not read here. Empty text is the zero item, meeting or date, as
// ArgsJSON writes them.
func typed(k byte, val string) (any, bool) {
	var (
		v   any
		err error
	)
	if val == "" {
		switch k {
		case 'd':
			return rocdate.Date{}, true
		case 'i':
			return ID{}, true
		case 'm':
			return Meeting{}, true
		}
		return nil, false
	}
	switch k {
	case 'd':
		v, err = rocdate.Parse(val)
	case 'i':
		v, err = ParseID(val)
	case 'm':
		v, err = ParseMeeting(val)
	case 'k':
		v, err = ParseDecisionKind(val)
	case 't':
		v, err = ParseStatus(val)
	default:
		return nil, false
	}
	return v, err == nil
}

// Message returns the refusal in the language nearest to t, for an
// official to read: the event, its item and the item's status, the rule
// broken and what was wrong, as
// 第4筆事件決議「110年度第2次會議案由1」（解除列管）：案件已不再列管. A
// Detail the package does not write is left out of the Chinese. Error
// stays English, for logs.
func (e *EventError) Message(t language.Tag) string {
	head := e.Kind.Message(t)
	if e.Index >= 0 {
		head = i18n.Sprintf(t, "actions.event-error.index", e.Index+1) + head
	}
	status := ""
	if e.Status != NotOpened {
		status = i18n.Sprintf(t, "actions.event-error.status", e.Status.Message(t))
	}
	rule := "actions.event-refused"
	if c := e.Code(); i18n.Has(c) {
		rule = c
	}
	text := i18n.Sprintf(t, rule)
	if !e.why.IsZero() {
		text = i18n.Sprintf(t, "actions.event-error.detail", text, sprintf(t, e.why.Code, e.why.Args...))
	} else if e.Detail != "" && i18n.Match(t) == i18n.English {
		text = i18n.Sprintf(t, "actions.event-error.detail", text, e.Detail)
	}
	return i18n.Sprintf(t, "actions.event-error", head, e.Item.Message(t), status, text)
}

// Message returns the item's line in a report, in the language nearest
// to t: its identity, status and due date when it has one,
// 110年度第2次會議案由1：列管中，期限111年3月31日.
func (it Item) Message(t language.Tag) string {
	if it.due.IsZero() {
		return sprintf(t, "actions.item-status", it.id, it.status)
	}
	return sprintf(t, "actions.item-due", it.id, it.status, it.due)
}

// OverdueMessage returns the line a report of [Register.Overdue] prints
// for the item as of asOf, in the language nearest to t:
// 110年度第2次會議案由1逾期49日（期限111年3月31日）; "" when the item is not
// overdue then.
func (it Item) OverdueMessage(asOf rocdate.Date, t language.Tag) string {
	if !it.Overdue(asOf) {
		return ""
	}
	return sprintf(t, "actions.overdue", it.id, rocdate.Days(asOf.DaysSince(it.due), t), it.due)
}

// Message returns the decision as a report prints it, in the language
// nearest to t: the meeting, what it decided and, when given, the new due
// date, the item merged into and the reason:
// 111年度第1次會議決議繼續列管，期限111年12月31日.
func (d Decision) Message(t language.Tag) string {
	b := []byte(sprintf(t, "actions.decision", d.Meeting, d.Kind))
	if !d.Due.IsZero() {
		b = append(b, i18n.Sprintf(t, "actions.decision.due", d.Due)...)
	}
	if !d.Into.IsZero() {
		b = append(b, sprintf(t, "actions.decision.into", d.Into)...)
	}
	if d.Reason != "" {
		b = append(b, i18n.Sprintf(t, "actions.decision.reason", d.Reason)...)
	}
	return string(b)
}

// Message returns the row as one line, in the language nearest to t: its
// case, the chair's ruling, the progress reported, the recommendation and
// the decision (待會議決議 while there is none), 無 (none) for what is
// missing. The ruling and progress are quoted as the minutes and reports
// wrote them.
func (r AgendaRow) Message(t language.Tag) string {
	none := i18n.Sprintf(t, "actions.none")
	progress, rec := r.Progress.Text, r.Recommend.Message(t)
	if progress == "" {
		progress = none
	}
	if rec == "" {
		rec = none
	}
	ruling := r.Ruling.Text
	if ruling == "" {
		ruling = none
	}
	return i18n.Sprintf(t, "actions.agenda-row", r.Item.CaseMessage(t), ruling, progress, rec, r.Decision.column(t))
}

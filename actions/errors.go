package actions

import (
	"encoding/json"
	"errors"
	"strconv"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/internal/errs"
	"github.com/ogdtw/governance/internal/errtype"
	"github.com/ogdtw/governance/internal/i18n"
)

// Sentinel errors for parsing and importing. Callers branch on them with
// [errors.Is]; each has a stable code, given in brackets.
var (
	// ErrSyntax reports text that is not in any form the parser accepts
	// (actions.syntax).
	ErrSyntax = errs.New("actions.syntax", "invalid syntax")
	// ErrRange reports a number out of its range: meeting 0, year 0, a
	// section numbered 0 or nested too deep, an enum value with no name
	// (actions.range).
	ErrRange = errs.New("actions.range", "value out of range")
	// ErrMissing reports a value or a column required and absent
	// (actions.missing).
	ErrMissing = errs.New("actions.missing", "missing value")
	// ErrNoHeader reports a required column the header does not name: a
	// wrong or cut file, told apart from an empty cell (ErrMissing)
	// (actions.no-header).
	ErrNoHeader = errs.New("actions.no-header", "column absent from the header")
	// ErrDuplicate reports a column named twice in a header, or an item
	// given on two rows (actions.duplicate).
	ErrDuplicate = errs.New("actions.duplicate", "duplicate value")
	// ErrLetterYear reports a letter whose number's year is neither the
	// letter's year nor the one before (actions.letter-year).
	ErrLetterYear = errs.New("actions.letter-year", "number year does not match letter date")
	// ErrTooLarge reports input past a documented limit: a document number
	// over [MaxDocNumberLen] bytes, a letter over [MaxLetterLen], a cell
	// over [MaxCell], an event log over [MaxEvents] (actions.too-large).
	// The function fails fast and returns no partial answer.
	ErrTooLarge = errs.New("actions.too-large", "input too large")
)

// Sentinel errors for the lifecycle rules of an [Item]. Every rejected
// [Event] yields an [*EventError] wrapping exactly one of them; its code
// is the sentinel's, given in brackets.
var (
	// ErrInvalidEvent reports an event missing what its kind needs: a
	// kind, an item, a dated meeting, a ruling, a decision
	// (actions.invalid-event).
	ErrInvalidEvent = errs.New("actions.invalid-event", "invalid event")
	// ErrNotOpened reports an event for an item no meeting has opened
	// (actions.not-opened).
	ErrNotOpened = errs.New("actions.not-opened", "item not opened")
	// ErrAlreadyOpened reports a second opening of the same item
	// (actions.already-opened).
	ErrAlreadyOpened = errs.New("actions.already-opened", "item already opened")
	// ErrOutOfOrder reports an event dated before the one applied before
	// it (actions.out-of-order).
	ErrOutOfOrder = errs.New("actions.out-of-order", "event out of date order")
	// ErrNoMeeting reports a decision without a meeting: only a meeting's
	// decision releases, keeps, withdraws or merges an item
	// (actions.no-meeting).
	ErrNoMeeting = errs.New("actions.no-meeting", "only a meeting decides")
	// ErrMeetingOrder reports a decision by a meeting that is not after
	// the meeting that opened the item and the one that last decided it
	// (actions.meeting-order).
	ErrMeetingOrder = errs.New("actions.meeting-order", "deciding meeting not after the last one")
	// ErrDecisionBeforeReport reports a decision dated before the item's
	// last progress report (actions.decision-before-report).
	ErrDecisionBeforeReport = errs.New("actions.decision-before-report", "decision before the last report")
	// ErrTerminal reports an event for a released, self-tracked,
	// withdrawn or merged item: those take no further events
	// (actions.terminal).
	ErrTerminal = errs.New("actions.terminal", "item no longer tracked")
	// ErrReasonRequired reports a release against the last report's
	// recommendation to keep tracking, without a stated reason
	// (actions.reason-required).
	ErrReasonRequired = errs.New("actions.reason-required", "release against a keep recommendation needs a reason")
	// ErrNoSchedule reports keeping a business-process or
	// information-system item tracked before it has an improvement
	// schedule (改善期程), as 設置要點第10點 requires (actions.no-schedule).
	ErrNoSchedule = errs.New("actions.no-schedule", "process or system concern kept without an improvement schedule")
	// ErrLetterDate reports a report citing a letter dated after the
	// report, or a letter whose number's year does not fit its date
	// (actions.letter-date).
	ErrLetterDate = errs.New("actions.letter-date", "letter does not fit the report")
	// ErrMergeSelf reports an item merged into itself (actions.merge-self).
	ErrMergeSelf = errs.New("actions.merge-self", "item merged into itself")
	// ErrMergeUnknown reports a merge into an item that was never opened
	// (actions.merge-unknown).
	ErrMergeUnknown = errs.New("actions.merge-unknown", "merge target not opened")
	// ErrMergeClosed reports a merge into an item no longer tracked
	// (actions.merge-closed).
	ErrMergeClosed = errs.New("actions.merge-closed", "merge target no longer tracked")
	// ErrMergeCycle reports a merge whose target is, through earlier
	// merges, the item itself (actions.merge-cycle).
	ErrMergeCycle = errs.New("actions.merge-cycle", "merge forms a cycle")
)

// pkg names this package to the error bodies of internal/errtype.
type pkg struct{}

func (pkg) Name() string { return "actions" }

// A ParseError records text that could not be read, or arguments that
// make no value: Func (the failing function, "ParseLetter", "NewMeeting",
// "ImportItems", …), Input (the text parsed, or the arguments given),
// Detail (what was wrong, in English, for logs; may be empty) and Err, a sentinel:
// this package's ([ErrSyntax], [ErrRange], [ErrLetterYear], …) or, when a
// date inside failed, rocdate's, with rocdate's detail copied; errors.Is
// then matches both rocdate's sentinel and this package's of the same
// kind.
//
// Error is English, for logs (actions: parsing "法資字第x號": number is
// not digits); Message is for officials
// (「110年13月22日以法資字第11011514270號函」無法解析：無13月); Code is
// actions.syntax, actions.range, actions.letter-year, …; DetailCode is
// the code of what was wrong (actions.syntax.serial, rocdate.range.month,
// …), whose message in each language comes from the catalog; JSON is an
// object with the code, the Chinese message and the detail's code and
// arguments.
type ParseError = errtype.ParseError[pkg]

// syntaxError returns the *ParseError of fn for in wrapping ErrSyntax,
// what was wrong the message code with args.
func syntaxError(fn, in, code string, args ...any) error {
	return errtype.New[pkg](fn, in, ErrSyntax, code, args...)
}

// tooLarge is syntaxError for ErrTooLarge.
func tooLarge(fn, in, code string, args ...any) error {
	return errtype.New[pkg](fn, in, ErrTooLarge, code, args...)
}

// rangeError is syntaxError for ErrRange.
func rangeError(fn, in, code string, args ...any) error {
	return errtype.New[pkg](fn, in, ErrRange, code, args...)
}

// A RowError is one problem with one cell of the rows [ImportItems] and
// [ImportOutline] read: Row (from 1 in the rows given, as a spreadsheet
// shows them; a header problem is at the header's row), Column (the
// column's header as written, or its name when absent), Input (the
// cell's text; empty when missing), Err (a sentinel: ErrNoHeader,
// ErrMissing, ErrDuplicate; or a *ParseError) and Severity:
// finding.Error when a required cell (or the header) is bad and the row
// is left out, finding.Warning when an optional cell is bad and the row
// is kept without that value.
//
// Message gives it to officials: 第3列「案由」欄：「案由x」無法解析：格式不符.
type RowError = errtype.RowError[pkg]

// An ImportError is what [ImportItems] and [ImportOutline] return when
// some rows could not be read: every problem (Problems), in row order.
// The values of the good rows are returned with it. Its Code is
// actions.import.
type ImportError = errtype.ImportError[pkg]

// An EventError is an event the lifecycle refuses: [Apply] and [Replay]
// return it. It wraps one of the rule sentinels (ErrTerminal,
// ErrNoSchedule, …), whose code is its Code.
type EventError struct {
	Index  int       `json:"index,omitzero"`  // position in the events given to Replay, from 0 (messages print it from 1); -1 from Apply
	Kind   EventKind `json:"kind,omitzero"`   // the event's kind
	Item   ID        `json:"item,omitzero"`   // the item it was for
	Status Status    `json:"status,omitzero"` // the item's status before the event
	Detail string    `json:"detail,omitzero"` // what was wrong, in English; may be empty
	Err    error     `json:"err,omitzero"`    // the rule broken

	why i18n.Detail // what was wrong: its message code (actions.event.into) and values, typed as eventArgs says
}

// refusal returns the *EventError of the event at index (kind, for item
// of status) breaking the rule err, what was wrong the message code with
// args (none for code ""); Detail is its English, as a parse error's is.
func refusal(index int, kind EventKind, item ID, status Status, err error, code string, args ...any) *EventError {
	e := &EventError{Index: index, Kind: kind, Item: item, Status: status, Err: err}
	if code != "" {
		e.why = i18n.NewDetail(code, args...)
		e.Detail = e.why.English()
	}
	return e
}

// DetailCode returns the stable code of what was wrong, when the package
// wrote the Detail: actions.event.into, actions.event.out-of-order; ""
// for an error without a Detail. Callers may switch on it where the rule
// (Code) is too coarse.
func (e *EventError) DetailCode() string { return e.why.Code }

// Error returns the message: the event's index, kind and item, the
// item's status, the rule and the detail:
// actions: event 4 決議 "110年度第2次會議案由1" (解除列管): item no longer tracked,
// the event counted from 1 (Index 3).
func (e *EventError) Error() string {
	b := []byte("actions: ")
	if e.Index >= 0 {
		b = append(b, "event "...)
		b = strconv.AppendInt(b, int64(e.Index)+1, 10) // ordinals shown count from 1
		b = append(b, ' ')
	}
	b = append(b, e.Kind.String()...)
	b = append(b, ' ')
	b = errs.AppendQuote(b, e.Item.String())
	if e.Status != NotOpened {
		b = append(b, " ("...)
		b = append(b, e.Status.String()...)
		b = append(b, ')')
	}
	b = append(b, ": "...)
	if e.Err != nil {
		b = append(b, e.Err.Error()...)
	} else {
		b = append(b, "event refused"...)
	}
	if e.Detail != "" {
		b = append(b, ": "...)
		b = append(b, e.Detail...)
	}
	return string(b)
}

// Unwrap returns the rule broken, so errors.Is(err, ErrTerminal) works.
func (e *EventError) Unwrap() error { return e.Err }

// Is reports whether target is this package's sentinel of the kind of Err.
func (e *EventError) Is(target error) bool { return errs.Is("actions", e.Err, target) }

// Code returns the code of the rule broken: actions.terminal,
// actions.no-schedule, …
func (e *EventError) Code() string { return errs.Own("actions", e.Err) }

type eventErrorJSON struct {
	Code        string           `json:"code"`
	Severity    finding.Severity `json:"severity"`
	Message     string           `json:"message"`
	Index       int              `json:"index"`
	Kind        EventKind        `json:"kind"`
	Item        ID               `json:"item"`
	Status      Status           `json:"status,omitempty"`
	Detail      string           `json:"detail,omitempty"`
	i18n.Fields                  // the detail as the catalog writes it, as a parse error's: detailCode, detailArgs
	Err         json.RawMessage  `json:"err"`
}

// MarshalJSON writes the error with its code, severity (錯誤) and
// message in Chinese, then its fields; what was wrong as every parse
// error writes it (detailCode, and detailArgs typed: an item, a meeting,
// a status or a decision as its text, a date as 2022-01-03); the rule
// broken is an object with its code and message.
func (e *EventError) MarshalJSON() ([]byte, error) {
	var cause json.RawMessage
	if e.Err != nil {
		b, err := json.Marshal(errtype.SentinelJSON("actions", e.Err))
		if err != nil {
			return nil, err
		}
		cause = b
	}
	f, err := e.why.Fields()
	if err != nil {
		return nil, err
	}
	return json.Marshal(eventErrorJSON{Code: e.Code(), Severity: finding.Error, Message: e.Message(finding.Chinese), Index: e.Index, Kind: e.Kind,
		Item: e.Item, Status: e.Status, Detail: e.Detail, Fields: f, Err: cause})
}

// UnmarshalJSON reads what MarshalJSON wrote; the values of the detail
// are read back as their types (an ID, a Meeting, a date, …), and a
// detail whose values do not fit its code is an error.
func (e *EventError) UnmarshalJSON(b []byte) error {
	var j eventErrorJSON
	err := json.Unmarshal(b, &j)
	if err != nil {
		return err
	}
	*e = EventError{Index: j.Index, Kind: j.Kind, Item: j.Item, Status: j.Status, Detail: j.Detail}
	if j.DetailCode != "" {
		why, err := j.Fields.Detail()
		if err != nil || !eventArgsFit(why) {
			return errors.New("actions: bad detail " + errs.Quote(j.DetailCode))
		}
		e.why = why
	}
	if len(j.Err) == 0 || string(j.Err) == "null" {
		return nil
	}
	var cause struct {
		Code string `json:"code"`
	}
	if err := json.Unmarshal(j.Err, &cause); err != nil {
		return err
	}
	e.Err, err = errtype.Sentinel(cause.Code)
	return err
}

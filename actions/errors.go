package actions

import (
	"errors"
	"strconv"
)

// Sentinel errors for parsing. Callers branch on them with [errors.Is].
var (
	// ErrSyntax reports text that is not in any form the parser accepts.
	ErrSyntax = errors.New("invalid syntax")
	// ErrRange reports a number out of its range: meeting 0, year 0, a
	// section numbered 0 or nested too deep.
	ErrRange = errors.New("value out of range")
	// ErrLetterYear reports a letter whose number's year is neither the
	// letter's year nor the one before.
	ErrLetterYear = errors.New("number year does not match letter date")
)

// Sentinel errors for the lifecycle rules of an [Item]. Every rejected
// [Event] yields an [*EventError] wrapping exactly one of them.
var (
	// ErrInvalidEvent reports an event missing what its kind needs: a
	// kind, an item, a dated meeting, a ruling, a decision.
	ErrInvalidEvent = errors.New("invalid event")
	// ErrNotOpened reports an event for an item no meeting has opened.
	ErrNotOpened = errors.New("item not opened")
	// ErrAlreadyOpened reports a second opening of the same item.
	ErrAlreadyOpened = errors.New("item already opened")
	// ErrOutOfOrder reports an event dated before the one applied before it.
	ErrOutOfOrder = errors.New("event out of date order")
	// ErrNoMeeting reports a decision without a meeting: only a meeting's
	// decision releases, keeps, withdraws or merges an item.
	ErrNoMeeting = errors.New("only a meeting decides")
	// ErrMeetingOrder reports a decision by a meeting that is not after
	// the meeting that opened the item and the one that last decided it.
	ErrMeetingOrder = errors.New("deciding meeting not after the last one")
	// ErrDecisionBeforeReport reports a decision dated before the item's
	// last progress report.
	ErrDecisionBeforeReport = errors.New("decision before the last report")
	// ErrTerminal reports an event for a released, self-tracked,
	// withdrawn or merged item: those take no further events.
	ErrTerminal = errors.New("item no longer tracked")
	// ErrReasonRequired reports a release against the last report's
	// recommendation to keep tracking, without a stated reason.
	ErrReasonRequired = errors.New("release against a keep recommendation needs a reason")
	// ErrNoSchedule reports keeping a business-process or
	// information-system item tracked before it has an improvement
	// schedule (改善期程), as 設置要點第10點 requires.
	ErrNoSchedule = errors.New("process or system concern kept without an improvement schedule")
	// ErrLetterDate reports a report citing a letter dated after the
	// report, or a letter whose number's year does not fit its date.
	ErrLetterDate = errors.New("letter does not fit the report")
	// ErrMergeSelf reports an item merged into itself.
	ErrMergeSelf = errors.New("item merged into itself")
	// ErrMergeUnknown reports a merge into an item that was never opened.
	ErrMergeUnknown = errors.New("merge target not opened")
	// ErrMergeClosed reports a merge into an item no longer tracked.
	ErrMergeClosed = errors.New("merge target no longer tracked")
	// ErrMergeCycle reports a merge whose target is, through earlier
	// merges, the item itself.
	ErrMergeCycle = errors.New("merge forms a cycle")
)

// ErrMissing reports an importer row or header missing a required column.
var ErrMissing = errors.New("missing value")

// ParseError records a failed parse: what was parsed, the input, and why.
type ParseError struct {
	What   string // what was parsed: "doc number", "letter", "meeting", ...
	Input  string // the text that was parsed
	Reason string // what was wrong, in words
	Err    error  // ErrSyntax or ErrRange
}

// Error returns the message: "actions: parsing <type> <quoted input>: <reason>".
func (e *ParseError) Error() string {
	s := "actions: parsing " + e.What + " " + strconv.Quote(e.Input)
	if e.Reason != "" {
		return s + ": " + e.Reason
	}
	return s + ": " + e.Err.Error()
}

// Unwrap returns the sentinel, so errors.Is(err, ErrSyntax) works.
func (e *ParseError) Unwrap() error { return e.Err }

func syntaxError(typ, in, reason string) error {
	return &ParseError{What: typ, Input: in, Reason: reason, Err: ErrSyntax}
}

func rangeError(typ, in, reason string) error {
	return &ParseError{What: typ, Input: in, Reason: reason, Err: ErrRange}
}

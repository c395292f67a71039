package requests

import (
	"strings"

	"golang.org/x/text/language"
)

// Provision names the rule that routes requests.
const Provision = "政府資料開放諮詢小組設置要點第10點"

// Review is the duty 第10點 opens with, before any routing: every quarter
// the group reviews the inventory data (盤點資料) and the replies to the
// public (民間需求之回應說明) that the ministry and its agencies report.
const Review = "應按季檢視該機關與所屬機關提報之盤點資料及民間需求之回應說明"

// Route is the action 政府資料開放諮詢小組設置要點第10點 requires for a
// request, decided by its [Concern]. The zero Route, [QuarterlyReview],
// is the route of a request whose concern is [NoConcern] or not given:
// the quarterly review every reply gets, and nothing more.
//
// 第10點 reads: 應按季檢視該機關與所屬機關提報之盤點資料及民間需求之回應說明，
// 涉機關主管法規疑義者，應會同機關法制單位檢討修正，並確認回應說明之適切性；
// 涉機關業務流程或資訊系統問題者，應排定改善期程，定期追蹤列管；
// 涉跨部會法規疑義者，應提報行政院諮詢小組。
type Route uint8

const (
	// QuarterlyReview is the review every reply gets each quarter: the
	// group checks that the reply is appropriate (按季檢視民間需求之回應說明).
	QuarterlyReview Route = iota
	// LegalReview sends a doubt about the ministry's own regulations to its
	// legal unit, which reviews and amends them, and the reply is checked
	// (會同機關法制單位檢討修正，並確認回應說明之適切性).
	LegalReview
	// ImprovementSchedule gives a process or system problem an improvement
	// schedule, tracked at each meeting until done (排定改善期程，定期追蹤列管).
	ImprovementSchedule
	// ReferToExecutiveYuan refers a cross-ministry regulatory doubt to the
	// Executive Yuan's advisory group (提報行政院諮詢小組).
	ReferToExecutiveYuan
)

var routeNames = [...]string{"quarterly-review", "legal-review", "improvement-schedule", "refer-to-executive-yuan"}

var routeLabels = [...]string{"按季檢視", "會同法制單位檢討修正", "排定改善期程，定期追蹤列管", "提報行政院諮詢小組"}

var routeConditions = [...]string{
	"",
	"涉機關主管法規疑義者",
	"涉機關業務流程或資訊系統問題者",
	"涉跨部會法規疑義者",
}

var routeActions = [...]string{
	"應按季檢視民間需求之回應說明",
	"應會同機關法制單位檢討修正，並確認回應說明之適切性",
	"應排定改善期程，定期追蹤列管",
	"應提報行政院諮詢小組",
}

var routeActors = [...]string{"政府資料開放諮詢小組", "機關法制單位", "機關業務或資訊單位", "行政院諮詢小組"}

// IsValid reports whether r is one of the four routes.
func (r Route) IsValid() bool { return r <= ReferToExecutiveYuan }

// String returns the route in a few Chinese words: 按季檢視,
// 會同法制單位檢討修正, 排定改善期程，定期追蹤列管 or 提報行政院諮詢小組; an
// invalid value is "Route(N)". [Route.Action] and [Route.Wording] give
// 第10點's own words.
func (r Route) String() string {
	if r.IsValid() {
		return routeLabels[r]
	}
	return "Route(" + itoa(int(r)) + ")"
}

// Message returns the route's label in the language nearest to t:
// 排定改善期程，定期追蹤列管, or improvement schedule, tracked at each
// meeting in English; an invalid value is its String.
func (r Route) Message(t language.Tag) string {
	return label(t, "requests.route.", r.Name(), r.String())
}

// WordingMessage returns the clause of 第10點 that applies ([Route.Wording])
// in the language nearest to t: in Chinese the clause itself, in English
// its translation; empty for an invalid value.
func (r Route) WordingMessage(t language.Tag) string {
	return label(t, "requests.route-wording.", r.Name(), "")
}

// Name returns the route's English identifier: quarterly-review,
// legal-review, improvement-schedule or refer-to-executive-yuan; empty
// for an invalid value.
func (r Route) Name() string {
	if r.IsValid() {
		return routeNames[r]
	}
	return ""
}

// Action returns what 第10點 requires, in its words: 應排定改善期程，定期追蹤列管
// for [ImprovementSchedule]. It is empty for an invalid value.
func (r Route) Action() string {
	if r.IsValid() {
		return routeActions[r]
	}
	return ""
}

// Wording returns the clause of 第10點 that applies, condition and action:
// 涉機關業務流程或資訊系統問題者，應排定改善期程，定期追蹤列管. For
// [QuarterlyReview], which has no condition, it is the action alone.
func (r Route) Wording() string {
	if !r.IsValid() {
		return ""
	}
	if routeConditions[r] == "" {
		return routeActions[r]
	}
	return routeConditions[r] + "，" + routeActions[r]
}

// Actor returns who must act: 機關法制單位 for [LegalReview],
// 行政院諮詢小組 for [ReferToExecutiveYuan], the unit owning the process or
// system for [ImprovementSchedule], and the group itself otherwise.
func (r Route) Actor() string {
	if r.IsValid() {
		return routeActors[r]
	}
	return ""
}

// NeedsSchedule reports whether the route requires an improvement schedule
// (改善期程) before the item may be kept on the tracking list: only
// [ImprovementSchedule] does.
func (r Route) NeedsSchedule() bool { return r == ImprovementSchedule }

// Tracked reports whether the route puts the request on the group's
// tracking list (列管) until it is done: only [ImprovementSchedule] does.
func (r Route) Tracked() bool { return r == ImprovementSchedule }

// Escalated reports whether the route leaves the ministry: only
// [ReferToExecutiveYuan] does.
func (r Route) Escalated() bool { return r == ReferToExecutiveYuan }

// AppendText appends the route's String to b. It fails with [ErrRange]
// for an invalid route.
func (r Route) AppendText(b []byte) ([]byte, error) {
	if !r.IsValid() {
		return b, rangeError("Route", int(r), "requests.syntax.route")
	}
	return append(b, routeLabels[r]...), nil
}

// MarshalText returns the route's String.
func (r Route) MarshalText() ([]byte, error) { return r.AppendText(nil) }

// UnmarshalText reads a route as [ParseRoute] does.
func (r *Route) UnmarshalText(b []byte) error {
	v, err := ParseRoute(string(b))
	if err != nil {
		return err
	}
	*r = v
	return nil
}

// ParseRoute reads a route from its String (排定改善期程，定期追蹤列管), the
// action 第10點 requires, with or without 應 ([Route.Action]), the whole
// clause ([Route.Wording]), or its English identifier (improvement-schedule,
// in any case, with '-', '_' or ' ').
func ParseRoute(s string) (Route, error) {
	if r, ok := routeOf(s); ok {
		return r, nil
	}
	return QuarterlyReview, perr("ParseRoute", s, ErrSyntax, "requests.syntax.route")
}

// routeOf returns the route s names in any form [ParseRoute] reads.
func routeOf(s string) (Route, bool) {
	key := normalizeLabel(s)
	en := englishID(s)
	for r := QuarterlyReview; r <= ReferToExecutiveYuan; r++ {
		action := normalizeLabel(routeActions[r])
		if en == routeNames[r] || key == normalizeLabel(routeLabels[r]) || key == action ||
			key == strings.TrimPrefix(action, "應") || key == normalizeLabel(r.Wording()) {
			return r, true
		}
	}
	return QuarterlyReview, false
}

// concern returns the concern whose route r is.
func (r Route) concern() Concern {
	switch r {
	case LegalReview:
		return OwnRegulation
	case ImprovementSchedule:
		return ProcessOrSystem
	case ReferToExecutiveYuan:
		return CrossMinistry
	}
	return NoConcern
}

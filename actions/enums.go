package actions

import "strings"

// enumString returns names[v], or Type(v) for a value with no name.
func enumString(typ string, names []string, v int) string {
	if v >= 0 && v < len(names) {
		return names[v]
	}
	return typ + "(" + string(appendInt(nil, v)) + ")"
}

// enumMarshal returns names[v] or a range error for a value with no name.
func enumMarshal(typ string, names []string, v int) ([]byte, error) {
	if v < 0 || v >= len(names) {
		return nil, rangeError(strings.ToLower(typ), enumString(typ, names, v), "no such value")
	}
	return []byte(names[v]), nil
}

// enumParse returns the index of s, spaces trimmed, in names.
func enumParse(typ string, names []string, s string) (int, error) {
	t := strings.TrimSpace(s)
	for i, n := range names {
		if t == n {
			return i, nil
		}
	}
	return 0, syntaxError(typ, s, "unknown "+typ)
}

// Concern is what a public request or an item is about, under 設置要點第10點,
// which says how each is handled. It mirrors requests.Concern, which
// this package does not import (domain packages stay independent);
// callers convert by the Chinese label, which both packages share.
type Concern uint8

// The concerns 設置要點第10點 names.
const (
	// NoConcern is the zero Concern: nothing that 設置要點第10點 routes.
	NoConcern Concern = iota
	// RegulationConcern is a doubt about the agency's own regulations
	// (涉機關主管法規疑義): reviewed with the legal unit.
	RegulationConcern
	// ProcessConcern is a business-process or information-system problem
	// (涉機關業務流程或資訊系統問題): it needs an improvement schedule
	// (改善期程) and is tracked until done.
	ProcessConcern
	// CrossMinistryConcern is a regulatory doubt across ministries
	// (涉跨部會法規疑義): referred to the Executive Yuan group.
	CrossMinistryConcern
)

var concernNames = []string{"無", "主管法規疑義", "業務流程或資訊系統問題", "跨部會法規疑義"}

// String returns the Chinese label: 無, 主管法規疑義, 業務流程或資訊系統問題 or
// 跨部會法規疑義.
func (c Concern) String() string { return enumString("Concern", concernNames, int(c)) }

// MarshalText returns the Chinese label, as String does.
func (c Concern) MarshalText() ([]byte, error) {
	return enumMarshal("Concern", concernNames, int(c))
}

// UnmarshalText parses a label with [ParseConcern].
func (c *Concern) UnmarshalText(text []byte) error {
	v, err := ParseConcern(string(text))
	if err == nil {
		*c = v
	}
	return err
}

// ParseConcern parses a concern's label, or the words of 設置要點第10點 that
// name it: 涉機關業務流程或資訊系統問題, 業務流程, 資訊系統, 跨部會法規疑義,
// 主管法規疑義. Empty text and 無 are NoConcern.
func ParseConcern(s string) (Concern, error) {
	t := strings.TrimSpace(s)
	switch {
	case t == "" || t == "無":
		return NoConcern, nil
	case strings.Contains(t, "跨部會"):
		return CrossMinistryConcern, nil
	case strings.Contains(t, "業務流程") || strings.Contains(t, "資訊系統"):
		return ProcessConcern, nil
	case strings.Contains(t, "主管法規") || t == "法規疑義":
		return RegulationConcern, nil
	}
	return NoConcern, syntaxError("concern", s, "unknown concern")
}

// Recommendation is what a progress report asks the next meeting to do
// (列管建議).
type Recommendation uint8

// The recommendations a report makes.
const (
	// NoRecommendation is the zero Recommendation: the report asks nothing.
	NoRecommendation Recommendation = iota
	// RecommendRelease is 建請解除列管: the unit asks that tracking end.
	RecommendRelease
	// RecommendKeep is 建請繼續列管: the unit asks that tracking go on.
	RecommendKeep
)

var recommendationNames = []string{"", "建請解除列管", "建請繼續列管"}

// String returns 建請解除列管 or 建請繼續列管; NoRecommendation gives "".
func (r Recommendation) String() string {
	return enumString("Recommendation", recommendationNames, int(r))
}

// MarshalText returns the Chinese text, as String does.
func (r Recommendation) MarshalText() ([]byte, error) {
	return enumMarshal("Recommendation", recommendationNames, int(r))
}

// UnmarshalText parses text with [ParseRecommendation].
func (r *Recommendation) UnmarshalText(text []byte) error {
	v, err := ParseRecommendation(string(text))
	if err == nil {
		*r = v
	}
	return err
}

// ParseRecommendation parses 建請解除列管, 建議解除列管, 解除列管 and the
// same with 繼續列管; empty text is NoRecommendation.
func ParseRecommendation(s string) (Recommendation, error) {
	t := stripSpace(s)
	t = strings.TrimPrefix(t, "建請")
	t = strings.TrimPrefix(t, "建議")
	switch t {
	case "":
		return NoRecommendation, nil
	case "解除列管":
		return RecommendRelease, nil
	case "繼續列管":
		return RecommendKeep, nil
	}
	return NoRecommendation, syntaxError("recommendation", s, "not 解除列管 or 繼續列管")
}

// DecisionKind is what a meeting decides about an item.
type DecisionKind uint8

// The decisions a meeting takes about an item.
const (
	// NoDecision is the zero DecisionKind: nothing decided.
	NoDecision DecisionKind = iota
	// Release is 解除列管: tracking ends, the item is done.
	Release
	// Keep is 繼續列管: tracking goes on, possibly to a new due date.
	Keep
	// SelfTrack is 自行列管: the unit tracks the item itself; the meeting
	// no longer does.
	SelfTrack
	// Withdraw is 撤銷列管: the item is dropped without being done.
	Withdraw
	// Merge is 併案列管: the item goes on as part of another.
	Merge
)

var decisionNames = []string{"", "解除列管", "繼續列管", "自行列管", "撤銷列管", "併案列管"}

// String returns the Chinese name; NoDecision gives "".
func (k DecisionKind) String() string { return enumString("DecisionKind", decisionNames, int(k)) }

// MarshalText returns the Chinese name, as String does.
func (k DecisionKind) MarshalText() ([]byte, error) {
	return enumMarshal("DecisionKind", decisionNames, int(k))
}

// UnmarshalText parses a Chinese name with [ParseDecisionKind].
func (k *DecisionKind) UnmarshalText(text []byte) error {
	v, err := ParseDecisionKind(string(text))
	if err == nil {
		*k = v
	}
	return err
}

// ParseDecisionKind parses 解除列管, 繼續列管, 自行列管, 撤銷列管 or 併案列管;
// empty text is NoDecision.
func ParseDecisionKind(s string) (DecisionKind, error) {
	v, err := enumParse("decision", decisionNames, s)
	return DecisionKind(v), err
}

// Status is where an item stands in its lifecycle.
type Status uint8

// The statuses of an item, from opening to one of the four ends.
const (
	// NotOpened is the zero Status: no meeting has opened the item.
	NotOpened Status = iota
	// Tracking is 列管中: opened or kept, progress being reported.
	Tracking
	// ReleaseProposed is 建請解除列管: the last report asks for release;
	// only a meeting may grant it.
	ReleaseProposed
	// Released is 解除列管: a meeting ended tracking. Terminal.
	Released
	// SelfTracked is 自行列管: left to the unit. Terminal.
	SelfTracked
	// Withdrawn is 撤銷列管: dropped by a meeting. Terminal.
	Withdrawn
	// Merged is 併案列管: carried on as part of another item. Terminal.
	Merged
)

var statusNames = []string{"未列管", "列管中", "建請解除列管", "解除列管", "自行列管", "撤銷列管", "併案列管"}

// String returns the Chinese name of the status.
func (s Status) String() string { return enumString("Status", statusNames, int(s)) }

// MarshalText returns the Chinese name, as String does.
func (s Status) MarshalText() ([]byte, error) { return enumMarshal("Status", statusNames, int(s)) }

// UnmarshalText parses a Chinese name with [ParseStatus].
func (s *Status) UnmarshalText(text []byte) error {
	v, err := ParseStatus(string(text))
	if err == nil {
		*s = v
	}
	return err
}

// ParseStatus parses the Chinese name of a status, as String writes it.
func ParseStatus(s string) (Status, error) {
	v, err := enumParse("status", statusNames, s)
	return Status(v), err
}

// Open reports whether an item in status s is still tracked by the
// meetings: Tracking or ReleaseProposed.
func (s Status) Open() bool { return s == Tracking || s == ReleaseProposed }

// Terminal reports whether s takes no further events: Released,
// SelfTracked, Withdrawn or Merged.
func (s Status) Terminal() bool { return s >= Released && s <= Merged }

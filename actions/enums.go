package actions

import (
	"strings"

	"github.com/ogdtw/governance/internal/errtype"
	"github.com/ogdtw/governance/internal/i18n"
)

// An enum describes one enumerated type: its Go name, the Chinese word
// documents print for each value (String) and its English id.
type enum struct {
	typ   string   // "LetterKind"
	names []string // index: value
	ids   []string // index: value
}

// valid reports whether v has a name.
func (e *enum) valid(v int) bool { return v >= 0 && v < len(e.names) }

// str returns the name of v, or Type(v).
func (e *enum) str(v int) string {
	if e.valid(v) {
		return e.names[v]
	}
	return e.typ + "(" + string(appendInt(nil, v)) + ")"
}

// appendText appends the name of v, or fails with ErrRange.
func (e *enum) appendText(b []byte, v int) ([]byte, error) {
	if !e.valid(v) {
		return b, errtype.New[pkg](e.typ+".AppendText", string(appendInt(nil, v)), ErrRange, "actions.range.enum", e.name())
	}
	return append(b, e.names[v]...), nil
}

// parse returns the value whose name (spaces ignored) or English id (any
// case, - or _ or space between words) is s; "" is the zero value.
func (e *enum) parse(s string) (int, bool) {
	t := stripSpace(s)
	id := strings.NewReplacer("_", "-", " ", "-").Replace(strings.ToLower(strings.TrimSpace(s)))
	for i := range e.names {
		if t == stripSpace(e.names[i]) || (e.ids[i] != "" && id == e.ids[i]) {
			return i, true
		}
	}
	return 0, false
}

// parseError is the error of ParseX for s: what the type is called and
// the words it accepts (actions.syntax.enum).
func (e *enum) parseError(s string) error {
	return errtype.New[pkg]("Parse"+e.typ, s, ErrSyntax, "actions.syntax.enum", e.name(), e.values())
}

// name returns the detail of the type's name, whose message is its Go
// name in English and what officials call it in Chinese:
// actions.type.decision-kind, DecisionKind, 決議種類.
func (e *enum) name() i18n.Detail { return i18n.NewDetail("actions.type." + e.kebab()) }

// values returns the detail of the words the type's values are written
// in (actions.values.decision-kind), whose message lists them as each
// language lists words: 「解除列管」、「繼續列管」… in Chinese, 解除列管,
// 繼續列管, … in English. Its messages are registered from the enum's
// table ([enum.valuesMessage]).
func (e *enum) values() i18n.Detail { return i18n.NewDetail("actions.values." + e.kebab()) }

// valuesMessage returns the message of [enum.values]: every word the type
// has (a zero value's too, when it has one: 未列管), each quoted in 「」
// and joined by 、 in Chinese, so that a word holding punctuation (一、)
// stays whole, and joined by ", " in English.
func (e *enum) valuesMessage() i18n.Message {
	var zh, en []string
	for _, w := range e.names {
		if w != "" {
			zh = append(zh, "「"+w+"」")
			en = append(en, w)
		}
	}
	return i18n.Message{Code: e.values().Code, Chinese: strings.Join(zh, "、"), English: strings.Join(en, ", ")}
}

// kebab returns the type's Go name in lower case, words joined by -:
// decision-kind for DecisionKind.
func (e *enum) kebab() string { return string(i18n.AppendKebab(nil, e.typ)) }

// unmarshal reads text with parse into *dst.
func unmarshal[T ~uint8](dst *T, text []byte, parse func(string) (T, error)) error {
	v, err := parse(string(text))
	if err != nil {
		return err
	}
	*dst = v
	return nil
}

var recommendationEnum = enum{"Recommendation",
	[]string{"", "建請解除列管", "建請繼續列管"},
	[]string{"", "release", "keep"}}

// Recommendation is what a progress report asks the next meeting to do
// (列管建議).
type Recommendation uint8

// The recommendations a report makes.
const (
	// NoRecommendation is the zero Recommendation: not given, the report
	// asks nothing.
	NoRecommendation Recommendation = iota
	// RecommendRelease is 建請解除列管 (release): the unit asks that
	// tracking end.
	RecommendRelease
	// RecommendKeep is 建請繼續列管 (keep): the unit asks that tracking go
	// on.
	RecommendKeep
)

// String returns 建請解除列管 or 建請繼續列管; NoRecommendation gives "",
// an invalid value Recommendation(N).
func (r Recommendation) String() string { return recommendationEnum.str(int(r)) }

// IsValid reports whether r is NoRecommendation or a defined
// recommendation.
func (r Recommendation) IsValid() bool { return recommendationEnum.valid(int(r)) }

// AppendText appends String to b; it fails with [ErrRange] for an
// invalid value.
func (r Recommendation) AppendText(b []byte) ([]byte, error) {
	return recommendationEnum.appendText(b, int(r))
}

// MarshalText returns String; it fails with [ErrRange] for an invalid
// value.
func (r Recommendation) MarshalText() ([]byte, error) { return r.AppendText(nil) }

// UnmarshalText reads text with [ParseRecommendation].
func (r *Recommendation) UnmarshalText(text []byte) error {
	return unmarshal(r, text, ParseRecommendation)
}

// ParseRecommendation reads 建請解除列管, 建議解除列管, 解除列管 and the same
// with 繼續列管, spaces anywhere, and the English ids release and keep;
// empty text is NoRecommendation.
func ParseRecommendation(s string) (Recommendation, error) {
	t := stripSpace(s)
	t = strings.TrimPrefix(t, "建請")
	t = strings.TrimPrefix(t, "建議")
	switch t {
	case "解除列管":
		return RecommendRelease, nil
	case "繼續列管":
		return RecommendKeep, nil
	}
	if v, ok := recommendationEnum.parse(s); ok {
		return Recommendation(v), nil
	}
	return NoRecommendation, recommendationEnum.parseError(s)
}

var decisionEnum = enum{"DecisionKind",
	[]string{"", "解除列管", "繼續列管", "自行列管", "撤銷列管", "併案列管"},
	[]string{"", "release", "keep", "self-track", "withdraw", "merge"}}

// DecisionKind is what a meeting decides about an item.
type DecisionKind uint8

// The decisions a meeting takes about an item.
const (
	// NoDecision is the zero DecisionKind: not given, nothing decided.
	NoDecision DecisionKind = iota
	// Release is 解除列管 (release): tracking ends, the item is done.
	Release
	// Keep is 繼續列管 (keep): tracking goes on, possibly to a new due
	// date.
	Keep
	// SelfTrack is 自行列管 (self-track): the unit tracks the item itself;
	// the meeting no longer does.
	SelfTrack
	// Withdraw is 撤銷列管 (withdraw): the item is dropped without being
	// done.
	Withdraw
	// Merge is 併案列管 (merge): the item goes on as part of another.
	Merge
)

// String returns the Chinese name; NoDecision gives "", an invalid value
// DecisionKind(N).
func (k DecisionKind) String() string { return decisionEnum.str(int(k)) }

// IsValid reports whether k is NoDecision or a defined decision.
func (k DecisionKind) IsValid() bool { return decisionEnum.valid(int(k)) }

// AppendText appends String to b; it fails with [ErrRange] for an
// invalid value.
func (k DecisionKind) AppendText(b []byte) ([]byte, error) { return decisionEnum.appendText(b, int(k)) }

// MarshalText returns String; it fails with [ErrRange] for an invalid
// value.
func (k DecisionKind) MarshalText() ([]byte, error) { return k.AppendText(nil) }

// UnmarshalText reads text with [ParseDecisionKind].
func (k *DecisionKind) UnmarshalText(text []byte) error {
	return unmarshal(k, text, ParseDecisionKind)
}

// ParseDecisionKind reads 解除列管, 繼續列管, 自行列管, 撤銷列管 or 併案列管,
// also after 同意 or 准予 (同意解除列管) and with spaces anywhere, and the
// English ids release, keep, self-track, withdraw and merge; empty text is
// NoDecision.
func ParseDecisionKind(s string) (DecisionKind, error) {
	if v, ok := decisionEnum.parse(s); ok {
		return DecisionKind(v), nil
	}
	t := stripSpace(s)
	for _, p := range []string{"同意", "准予"} {
		if rest, ok := strings.CutPrefix(t, p); ok && rest != "" {
			if v, ok := decisionEnum.parse(rest); ok {
				return DecisionKind(v), nil
			}
		}
	}
	return NoDecision, decisionEnum.parseError(s)
}

var statusEnum = enum{"Status",
	[]string{"未列管", "列管中", "建請解除列管", "解除列管", "自行列管", "撤銷列管", "併案列管"},
	[]string{"not-opened", "tracking", "release-proposed", "released", "self-tracked", "withdrawn", "merged"}}

// Status is where an item stands in its lifecycle.
type Status uint8

// The statuses of an item, from opening to one of the four ends.
const (
	// NotOpened is the zero Status (未列管, not-opened): not given, the
	// status of the zero Item, which no meeting has opened.
	NotOpened Status = iota
	// Tracking is 列管中 (tracking): opened or kept, progress being
	// reported.
	Tracking
	// ReleaseProposed is 建請解除列管 (release-proposed): the last report
	// asks for release; only a meeting may grant it.
	ReleaseProposed
	// Released is 解除列管 (released): a meeting ended tracking. Terminal.
	Released
	// SelfTracked is 自行列管 (self-tracked): left to the unit. Terminal.
	SelfTracked
	// Withdrawn is 撤銷列管 (withdrawn): dropped by a meeting. Terminal.
	Withdrawn
	// Merged is 併案列管 (merged): carried on as part of another item.
	// Terminal.
	Merged
)

// String returns the Chinese name of the status; an invalid value gives
// Status(N).
func (s Status) String() string { return statusEnum.str(int(s)) }

// IsValid reports whether s is one of the defined statuses, NotOpened
// included.
func (s Status) IsValid() bool { return statusEnum.valid(int(s)) }

// AppendText appends String to b; it fails with [ErrRange] for an
// invalid value.
func (s Status) AppendText(b []byte) ([]byte, error) { return statusEnum.appendText(b, int(s)) }

// MarshalText returns String; it fails with [ErrRange] for an invalid
// value.
func (s Status) MarshalText() ([]byte, error) { return s.AppendText(nil) }

// UnmarshalText reads text with [ParseStatus].
func (s *Status) UnmarshalText(text []byte) error { return unmarshal(s, text, ParseStatus) }

// ParseStatus reads the Chinese name of a status, as String writes it,
// spaces anywhere, or its English id (tracking, release-proposed, …);
// empty text is NotOpened.
func ParseStatus(s string) (Status, error) {
	if strings.TrimSpace(s) == "" {
		return NotOpened, nil
	}
	if v, ok := statusEnum.parse(s); ok {
		return Status(v), nil
	}
	return NotOpened, statusEnum.parseError(s)
}

// Open reports whether an item in status s is still tracked by the
// meetings: Tracking or ReleaseProposed.
func (s Status) Open() bool { return s == Tracking || s == ReleaseProposed }

// Terminal reports whether s takes no further events: Released,
// SelfTracked, Withdrawn or Merged.
func (s Status) Terminal() bool { return s >= Released && s <= Merged }

package actions

import (
	"encoding"
	"errors"
	"testing"
)

type enum interface {
	encoding.TextMarshaler
	String() string
}

// TestEnumsText checks every enum: each constant marshals to its String
// and unmarshals back; an unknown value fails to marshal.
func TestEnumsText(t *testing.T) {
	type codec struct {
		name   string
		values []enum
		bad    enum
		parse  func(string) (enum, error)
	}
	var (
		concerns    = []enum{NoConcern, RegulationConcern, ProcessConcern, CrossMinistryConcern}
		recs        = []enum{NoRecommendation, RecommendRelease, RecommendKeep}
		decisions   = []enum{NoDecision, Release, Keep, SelfTrack, Withdraw, Merge}
		statuses    = []enum{NotOpened, Tracking, ReleaseProposed, Released, SelfTracked, Withdrawn, Merged}
		eventKinds  = []enum{NoEvent, Opened, Reported, Decided}
		styles      = []enum{NoStyle, Enumerated, ParenEnumerated, Dotted, ParenDotted}
		unmarshalTo = func(u encoding.TextUnmarshaler, get func() enum) func(string) (enum, error) {
			return func(s string) (enum, error) { err := u.UnmarshalText([]byte(s)); return get(), err }
		}
		c Concern
		r Recommendation
		d DecisionKind
		s Status
		e EventKind
		y Style
	)
	for _, tt := range []codec{
		{"Concern", concerns, Concern(9), unmarshalTo(&c, func() enum { return c })},
		{"Recommendation", recs, Recommendation(9), unmarshalTo(&r, func() enum { return r })},
		{"DecisionKind", decisions, DecisionKind(9), unmarshalTo(&d, func() enum { return d })},
		{"Status", statuses, Status(9), unmarshalTo(&s, func() enum { return s })},
		{"EventKind", eventKinds, EventKind(9), unmarshalTo(&e, func() enum { return e })},
		{"Style", styles, Style(9), unmarshalTo(&y, func() enum { return y })},
	} {
		for _, v := range tt.values {
			b, err := v.MarshalText()
			if err != nil || string(b) != v.String() {
				t.Errorf("%s %v: MarshalText = %q, %v", tt.name, v, b, err)
			}
			got, err := tt.parse(string(b))
			if err != nil || got != v {
				t.Errorf("%s: UnmarshalText(%q) = %v, %v; want %v", tt.name, b, got, err, v)
			}
		}
		if _, err := tt.bad.MarshalText(); !errors.Is(err, ErrRange) || tt.bad.String() != tt.name+"(9)" {
			t.Errorf("%s(9): MarshalText error = %v, String %q", tt.name, err, tt.bad.String())
		}
		if _, err := tt.parse("不存在"); !errors.Is(err, ErrSyntax) {
			t.Errorf("%s: UnmarshalText(不存在) error = %v, want ErrSyntax", tt.name, err)
		}
	}
}

func TestParseConcernAndRecommendation(t *testing.T) {
	for _, tt := range []struct {
		in      string
		want    Concern
		wantErr error
	}{
		{"涉機關業務流程或資訊系統問題", ProcessConcern, nil},
		{"資訊系統", ProcessConcern, nil},
		{"涉跨部會法規疑義", CrossMinistryConcern, nil},
		{"涉機關主管法規疑義", RegulationConcern, nil},
		{"法規疑義", RegulationConcern, nil},
		{"", NoConcern, nil},
		{"天氣", NoConcern, ErrSyntax},
	} {
		got, err := ParseConcern(tt.in)
		if got != tt.want || !errors.Is(err, tt.wantErr) {
			t.Errorf("ParseConcern(%q) = %v, %v; want %v, %v", tt.in, got, err, tt.want, tt.wantErr)
		}
	}
	for _, tt := range []struct {
		in      string
		want    Recommendation
		wantErr error
	}{
		{"建請解除列管", RecommendRelease, nil},
		{"建議 解除列管", RecommendRelease, nil},
		{"解除列管", RecommendRelease, nil},
		{"建請繼續列管", RecommendKeep, nil},
		{"繼續列管", RecommendKeep, nil},
		{" ", NoRecommendation, nil},
		{"建請結案", NoRecommendation, ErrSyntax},
	} {
		got, err := ParseRecommendation(tt.in)
		if got != tt.want || !errors.Is(err, tt.wantErr) {
			t.Errorf("ParseRecommendation(%q) = %v, %v; want %v, %v", tt.in, got, err, tt.want, tt.wantErr)
		}
	}
}

func TestStatusPredicates(t *testing.T) {
	for _, tt := range []struct {
		s              Status
		open, terminal bool
	}{
		{NotOpened, false, false}, {Tracking, true, false}, {ReleaseProposed, true, false},
		{Released, false, true}, {SelfTracked, false, true}, {Withdrawn, false, true}, {Merged, false, true},
	} {
		if tt.s.Open() != tt.open || tt.s.Terminal() != tt.terminal {
			t.Errorf("%v: Open %v Terminal %v, want %v %v", tt.s, tt.s.Open(), tt.s.Terminal(), tt.open, tt.terminal)
		}
	}
}

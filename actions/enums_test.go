package actions

import (
	"encoding"
	"errors"
	"testing"
)

type textEnum interface {
	encoding.TextMarshaler
	String() string
	IsValid() bool
	AppendText([]byte) ([]byte, error)
}

// TestEnumsText checks every enum: each constant is valid, marshals to
// its String and unmarshals back, also from its English id; an unknown
// value is invalid and fails to marshal with ErrRange.
func TestEnumsText(t *testing.T) {
	type codec struct {
		name   string
		values []textEnum
		ids    []string
		bad    textEnum
		parse  func(string) (textEnum, error)
	}
	var (
		unmarshalTo = func(u encoding.TextUnmarshaler, get func() textEnum) func(string) (textEnum, error) {
			return func(s string) (textEnum, error) { err := u.UnmarshalText([]byte(s)); return get(), err }
		}
		k LetterKind
		r Recommendation
		d DecisionKind
		s Status
		e EventKind
		y Style
	)
	for _, tt := range []codec{
		{"LetterKind", []textEnum{NoLetterKind, OfficialLetter, Order, InformalLetter, Announcement},
			[]string{"", "letter", "order", "informal-letter", "Announcement"},
			LetterKind(9), unmarshalTo(&k, func() textEnum { return k })},
		{"Recommendation", []textEnum{NoRecommendation, RecommendRelease, RecommendKeep},
			[]string{"", "release", "KEEP"},
			Recommendation(9), unmarshalTo(&r, func() textEnum { return r })},
		{"DecisionKind", []textEnum{NoDecision, Release, Keep, SelfTrack, Withdraw, Merge},
			[]string{"", "release", "keep", "self-track", "withdraw", "merge"},
			DecisionKind(9), unmarshalTo(&d, func() textEnum { return d })},
		{"Status", []textEnum{NotOpened, Tracking, ReleaseProposed, Released, SelfTracked, Withdrawn, Merged},
			[]string{"not-opened", "tracking", "release_proposed", "released", "self tracked", "withdrawn", "merged"},
			Status(9), unmarshalTo(&s, func() textEnum { return s })},
		{"EventKind", []textEnum{NoEvent, Opened, Reported, Decided},
			[]string{"", "opened", "reported", "decided"},
			EventKind(9), unmarshalTo(&e, func() textEnum { return e })},
		{"Style", []textEnum{NoStyle, Enumerated, ParenEnumerated, Dotted, ParenDotted},
			[]string{"", "enumerated", "paren-enumerated", "dotted", "paren-dotted"},
			Style(9), unmarshalTo(&y, func() textEnum { return y })},
	} {
		for i, v := range tt.values {
			if !v.IsValid() {
				t.Errorf("%s %v: not valid", tt.name, v)
			}
			b, err := v.MarshalText()
			if err != nil || string(b) != v.String() {
				t.Errorf("%s %v: MarshalText = %q, %v", tt.name, v, b, err)
			}
			if a, err := v.AppendText([]byte("x")); err != nil || string(a) != "x"+v.String() {
				t.Errorf("%s %v: AppendText = %q, %v", tt.name, v, a, err)
			}
			got, err := tt.parse(string(b))
			if err != nil || got != v {
				t.Errorf("%s: UnmarshalText(%q) = %v, %v; want %v", tt.name, b, got, err, v)
			}
			got, err = tt.parse(tt.ids[i])
			if err != nil || got != v {
				t.Errorf("%s: UnmarshalText(%q) = %v, %v; want %v", tt.name, tt.ids[i], got, err, v)
			}
		}
		if tt.bad.IsValid() {
			t.Errorf("%s(9) is valid", tt.name)
		}
		_, err := tt.bad.MarshalText()
		var pe *ParseError
		if !errors.Is(err, ErrRange) || !errors.As(err, &pe) || pe.Code() != "actions.range" || tt.bad.String() != tt.name+"(9)" {
			t.Errorf("%s(9): MarshalText error = %v, String %q", tt.name, err, tt.bad.String())
		}
		_, err = tt.parse("不存在")
		if !errors.Is(err, ErrSyntax) || !errors.As(err, &pe) || pe.Func != "Parse"+tt.name || pe.Input != "不存在" {
			t.Errorf("%s: UnmarshalText(不存在) error = %#v, want a ParseError of ErrSyntax", tt.name, err)
		}
	}
}

func TestParseVariants(t *testing.T) {
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
	for in, want := range map[string]DecisionKind{"同意解除列管": Release, "准予 撤銷列管": Withdraw, "併案列管": Merge} {
		if got, err := ParseDecisionKind(in); err != nil || got != want {
			t.Errorf("ParseDecisionKind(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	if _, err := ParseDecisionKind("同意"); !errors.Is(err, ErrSyntax) {
		t.Errorf("ParseDecisionKind(同意) error = %v", err)
	}
	for in, want := range map[string]Style{"（一）": ParenEnumerated, "（1）": ParenDotted, "1、": Dotted, "1．": Dotted} {
		if got, err := ParseStyle(in); err != nil || got != want {
			t.Errorf("ParseStyle(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	if got, err := ParseLetterKind(" 書 函 "); err != nil || got != InformalLetter {
		t.Errorf("ParseLetterKind(書 函) = %v, %v", got, err)
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

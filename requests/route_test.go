package requests

import (
	"errors"
	"testing"
)

func TestConcernRoute(t *testing.T) {
	tests := []struct {
		c        Concern
		want     Route
		schedule bool
		actor    string
		wording  string
	}{
		{NoConcern, QuarterlyReview, false, "政府資料開放諮詢小組", "應按季檢視民間需求之回應說明"},
		{OwnRegulation, LegalReview, false, "機關法制單位", "涉機關主管法規疑義者，應會同機關法制單位檢討修正，並確認回應說明之適切性"},
		{ProcessOrSystem, ImprovementSchedule, true, "機關業務或資訊單位", "涉機關業務流程或資訊系統問題者，應排定改善期程，定期追蹤列管"},
		{CrossMinistry, ReferToExecutiveYuan, false, "行政院諮詢小組", "涉跨部會法規疑義者，應提報行政院諮詢小組"},
	}
	for _, tt := range tests {
		r := tt.c.Route()
		if r != tt.want {
			t.Errorf("%v.Route() = %v, want %v", tt.c, r, tt.want)
		}
		if (Request{Concern: tt.c}).Route() != tt.want {
			t.Errorf("Request{Concern: %v}.Route() != %v", tt.c, tt.want)
		}
		if r.NeedsSchedule() != tt.schedule || r.Tracked() != tt.schedule {
			t.Errorf("%v: NeedsSchedule %v, Tracked %v, want %v", r, r.NeedsSchedule(), r.Tracked(), tt.schedule)
		}
		if r.Escalated() != (tt.c == CrossMinistry) {
			t.Errorf("%v.Escalated() = %v", r, r.Escalated())
		}
		if r.Actor() != tt.actor || r.Wording() != tt.wording {
			t.Errorf("%v: Actor %q, Wording %q, want %q, %q", r, r.Actor(), r.Wording(), tt.actor, tt.wording)
		}
		b, err := r.MarshalText()
		if err != nil {
			t.Fatalf("%v.MarshalText() error: %v", r, err)
		}
		var back Route
		if err := back.UnmarshalText(b); err != nil || back != r {
			t.Errorf("Route.UnmarshalText(%q) = %v, %v, want %v", b, back, err, r)
		}
		cb, err := tt.c.MarshalText()
		if err != nil {
			t.Fatalf("%v.MarshalText() error: %v", tt.c, err)
		}
		var cback Concern
		if err := cback.UnmarshalText(cb); err != nil || cback != tt.c {
			t.Errorf("Concern.UnmarshalText(%q) = %v, %v, want %v", cb, cback, err, tt.c)
		}
	}
	bad := Route(7)
	if bad.String() != "Route(7)" || bad.Name() != "" || bad.IsValid() || bad.Action() != "" || bad.Wording() != "" || bad.Actor() != "" {
		t.Errorf("Route(7) describes itself: %q %q %q %q", bad.String(), bad.Action(), bad.Wording(), bad.Actor())
	}
	if _, err := bad.MarshalText(); !errors.Is(err, ErrRange) {
		t.Errorf("Route(7).MarshalText() error = %v, want ErrRange", err)
	}
	var r Route
	if err := r.UnmarshalText([]byte("escalate")); !errors.Is(err, ErrSyntax) {
		t.Errorf("Route.UnmarshalText(%q) error = %v, want ErrSyntax", "escalate", err)
	}
	badC := Concern(7)
	if badC.String() != "Concern(7)" || badC.Name() != "" || badC.Route() != QuarterlyReview {
		t.Errorf("Concern(7): %q %q %v", badC.String(), badC.Name(), badC.Route())
	}
	if _, err := badC.MarshalText(); !errors.Is(err, ErrRange) {
		t.Errorf("Concern(7).MarshalText() error = %v, want ErrRange", err)
	}
	var c Concern
	if err := c.UnmarshalText([]byte("抱怨")); !errors.Is(err, ErrSyntax) {
		t.Errorf("Concern.UnmarshalText(%q) error = %v, want ErrSyntax", "抱怨", err)
	}
}

func TestParseRoute(t *testing.T) {
	tests := []struct {
		in      string
		want    Route
		wantErr error
	}{
		{"按季檢視", QuarterlyReview, nil},
		{"會同法制單位檢討修正", LegalReview, nil},
		{"排定改善期程，定期追蹤列管", ImprovementSchedule, nil},
		{"排定改善期程, 定期追蹤列管", ImprovementSchedule, nil},
		{"應提報行政院諮詢小組", ReferToExecutiveYuan, nil},
		{"提報行政院諮詢小組", ReferToExecutiveYuan, nil},
		{"涉機關主管法規疑義者，應會同機關法制單位檢討修正，並確認回應說明之適切性", LegalReview, nil},
		{"improvement-schedule", ImprovementSchedule, nil},
		{"Refer_To_Executive_Yuan", ReferToExecutiveYuan, nil},
		{"quarterly review", QuarterlyReview, nil},
		{"", QuarterlyReview, ErrSyntax},
		{"escalate", QuarterlyReview, ErrSyntax},
	}
	for _, tt := range tests {
		got, err := ParseRoute(tt.in)
		if !errors.Is(err, tt.wantErr) || got != tt.want {
			t.Errorf("ParseRoute(%q) = %v, %v, want %v, %v", tt.in, got, err, tt.want, tt.wantErr)
		}
	}
	for r := QuarterlyReview; r <= ReferToExecutiveYuan; r++ {
		if got, err := ParseRoute(r.String()); err != nil || got != r {
			t.Errorf("ParseRoute(%q) = %v, %v", r.String(), got, err)
		}
		if got, err := ParseRoute(r.Name()); err != nil || got != r {
			t.Errorf("ParseRoute(%q) = %v, %v", r.Name(), got, err)
		}
		if r.concern().Route() != r {
			t.Errorf("%v.concern().Route() = %v", r, r.concern().Route())
		}
	}
}

func FuzzParseRoute(f *testing.F) {
	for _, s := range []string{"按季檢視", "排定改善期程，定期追蹤列管", "應提報行政院諮詢小組", "legal-review", "", "escalate"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := ParseRoute(s)
		if err != nil {
			var pe *ParseError
			if !errors.Is(err, ErrSyntax) || !errors.As(err, &pe) || pe.Input != s {
				t.Fatalf("ParseRoute(%q) error %v is not a *ParseError wrapping ErrSyntax", s, err)
			}
			return
		}
		b, err := r.MarshalText()
		if err != nil {
			t.Fatalf("%v.MarshalText: %v", r, err)
		}
		if back, err := ParseRoute(string(b)); err != nil || back != r {
			t.Fatalf("ParseRoute(%q) = %v; %q reads back as %v, %v", s, r, b, back, err)
		}
	})
}

package requests

import (
	"errors"
	"testing"
)

func TestParseConcern(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    Concern
		wantErr error
	}{
		{"empty is none", "", NoConcern, nil},
		{"無", "無", NoConcern, nil},
		{"dash", "-", NoConcern, nil},
		{"own label", "主管法規疑義", OwnRegulation, nil},
		{"own wording", "涉機關主管法規疑義者", OwnRegulation, nil},
		{"own short", "法規疑義", OwnRegulation, nil},
		{"process label", "業務流程或資訊系統問題", ProcessOrSystem, nil},
		{"process wording", "涉機關業務流程或資訊系統問題者", ProcessOrSystem, nil},
		{"system short", "資訊系統", ProcessOrSystem, nil},
		{"cross label", "跨部會法規疑義", CrossMinistry, nil},
		{"cross short", " 跨部會 ", CrossMinistry, nil},
		{"english", "process-or-system", ProcessOrSystem, nil},
		{"english underscore", "Cross_Ministry", CrossMinistry, nil},
		{"english none", "none", NoConcern, nil},
		{"route action", "排定改善期程，定期追蹤列管", ProcessOrSystem, nil},
		{"route action with 應", "應提報行政院諮詢小組", CrossMinistry, nil},
		{"route wording", "涉機關主管法規疑義者，應會同機關法制單位檢討修正，並確認回應說明之適切性", OwnRegulation, nil},
		{"route name", "legal-review", OwnRegulation, nil},
		{"review only", "按季檢視民間需求之回應說明", NoConcern, nil},
		{"unknown", "其他", NoConcern, ErrSyntax},
		{"route string", "排定改善期程，定期追蹤列管", ProcessOrSystem, nil},
		{"route label", "會同法制單位檢討修正", OwnRegulation, nil},
		{"suffix only", "者", NoConcern, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseConcern(tt.in)
			if !errors.Is(err, tt.wantErr) || got != tt.want {
				t.Errorf("ParseConcern(%q) = %v, %v, want %v, %v", tt.in, got, err, tt.want, tt.wantErr)
			}
		})
	}
}

func FuzzParseConcern(f *testing.F) {
	for _, s := range []string{"", "無", "主管法規疑義", "涉機關業務流程或資訊系統問題者", "跨部會", "cross_ministry", "其他"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseConcern(s)
		if err != nil {
			if !errors.Is(err, ErrSyntax) {
				t.Fatalf("ParseConcern(%q) error %v does not wrap ErrSyntax", s, err)
			}
			return
		}
		if back, err := ParseConcern(c.String()); err != nil || back != c {
			t.Fatalf("ParseConcern(%q) = %v; String %q reads back as %v, %v", s, c, c.String(), back, err)
		}
		if back, err := ParseConcern(c.Name()); err != nil || back != c {
			t.Fatalf("ParseConcern(%q) = %v; Name %q reads back as %v, %v", s, c, c.Name(), back, err)
		}
	})
}

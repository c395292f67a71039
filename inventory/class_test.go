package inventory

import (
	"errors"
	"testing"
)

func TestParseClass(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    Class
		wantErr bool
	}{
		{"甲類", "甲類", Open, false},
		{"甲", "甲", Open, false},
		{"乙", "乙", Limited, false},
		{"丙類", "丙類", Closed, false},
		{"colon", "甲類:開放資料", Open, false},
		{"full-width colon", "乙類：有限度利用資料", Limited, false},
		{"spaces", " 丙類 : 不開放資料 ", Closed, false},
		{"brackets", "甲類 (開放資料)", Open, false},
		{"full-width brackets", "丙類（不開放資料）", Closed, false},
		{"label only", "開放資料", Open, false},
		{"limited label", "有限度利用資料", Limited, false},
		{"closed label", "不開放資料", Closed, false},
		{"line break", "丙\n類", Closed, false},
		{"ideographic space", "甲類\u3000", Open, false},
		{"dash", "甲類-開放資料", Open, false},
		{"unclassified", "未分類", Unclassified, false},
		{"wrong label", "甲類:不開放資料", Unclassified, true},
		{"丁類", "丁類", Unclassified, true},
		{"empty", "", Unclassified, true},
		{"english", "Open", Open, false},
		{"english closed", "closed", Closed, false},
		{"label with colon", "開放資料:甲類", Unclassified, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseClass(tt.in)
			if (err != nil) != tt.wantErr || got != tt.want {
				t.Fatalf("ParseClass(%q) = %v, %v, want %v (error %v)", tt.in, got, err, tt.want, tt.wantErr)
			}
			if err != nil {
				var ce *ParseError
				if !errors.As(err, &ce) || ce.Input != tt.in || ce.Func != "ParseClass" || !errors.Is(err, ErrSyntax) || ce.Code() != "inventory.syntax" {
					t.Errorf("ParseClass(%q) error %v is not a ParseError wrapping ErrSyntax", tt.in, err)
				}
				return
			}
			if back, err := ParseClass(got.String()); err != nil || back != got {
				t.Errorf("ParseClass(%q) = %v, %v; want round trip of %v", got.String(), back, err, got)
			}
		})
	}
}

func TestClassText(t *testing.T) {
	tests := []struct {
		c            Class
		str, label   string
		marshal      string
		validMarshal bool
	}{
		{Unclassified, "未分類", "未分類", "未分類", true},
		{Open, "甲類", "開放資料", "甲類", true},
		{Limited, "乙類", "有限度利用資料", "乙類", true},
		{Closed, "丙類", "不開放資料", "丙類", true},
		{Class(7), "Class(7)", "Class(7)", "", false},
	}
	for _, tt := range tests {
		if tt.c.String() != tt.str || tt.c.Label() != tt.label {
			t.Errorf("%d: String() = %q, Label() = %q, want %q, %q", tt.c, tt.c.String(), tt.c.Label(), tt.str, tt.label)
		}
		b, err := tt.c.MarshalText()
		if tt.validMarshal != (err == nil) || string(b) != tt.marshal {
			t.Errorf("%d.MarshalText() = %q, %v", tt.c, b, err)
		}
		if err != nil {
			continue
		}
		var d Class
		if err := d.UnmarshalText(b); err != nil || d != tt.c {
			t.Errorf("UnmarshalText(%q) = %v, %v, want %v", b, d, err, tt.c)
		}
	}
	var d Class
	if err := d.UnmarshalText([]byte("丁類")); !errors.Is(err, ErrSyntax) {
		t.Errorf("UnmarshalText(丁類) error = %v", err)
	}
}

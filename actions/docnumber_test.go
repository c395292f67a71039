package actions

import (
	"errors"
	"testing"
)

type docWant struct {
	Code   string
	Number string
	Year   int
	String string
}

func docOf(d DocNumber) docWant {
	return docWant{Code: d.Code(), Number: d.Number(), Year: d.Year(), String: d.String()}
}

var docNumberTests = []struct {
	name    string
	in      string
	want    docWant
	wantErr error
}{
	{"moj", "法資字第11011514270號", docWant{"法資", "11011514270", 110, "法資字第11011514270號"}, nil},
	{"pcc", "工程企字第1080100623號", docWant{"工程企", "1080100623", 108, "工程企字第1080100623號"}, nil},
	{"leading zero", "院臺秘字第0930089122號", docWant{"院臺秘", "0930089122", 93, "院臺秘字第0930089122號"}, nil},
	{"spaces inside", "華總一義字第 09400212561 號", docWant{"華總一義", "09400212561", 94, "華總一義字第09400212561號"}, nil},
	{"bracketed year", "（84）華總（一）義字第8198號", docWant{"華總（一）義", "8198", 84, "（84）華總（一）義字第8198號"}, nil},
	{"half-width brackets", "(84)華總(一)義字第8198號", docWant{"華總（一）義", "8198", 84, "（84）華總（一）義字第8198號"}, nil},
	{"chinese bracketed year", "（八十四）華總（一）義字第8198號", docWant{"華總（一）義", "8198", 84, "（84）華總（一）義字第8198號"}, nil},
	{"full-width digits", "法資字第１１０１１５１４２７０號", docWant{"法資", "11011514270", 110, "法資字第11011514270號"}, nil},
	{"short number no year", "法字第8198號", docWant{"法", "8198", 0, "法字第8198號"}, nil},
	{"surrounding spaces", "  法資字第11011514270號 ", docWant{"法資", "11011514270", 110, "法資字第11011514270號"}, nil},
	{"empty", "", docWant{}, ErrSyntax},
	{"no 字第", "法資第11011514270號", docWant{}, ErrSyntax},
	{"no 號", "法資字第11011514270", docWant{}, ErrSyntax},
	{"no code", "字第11011514270號", docWant{}, ErrSyntax},
	{"digits in code", "法3字第11011514270號", docWant{}, ErrSyntax},
	{"letters in number", "法資字第110A號", docWant{}, ErrSyntax},
	{"empty number", "法資字第號", docWant{}, ErrSyntax},
	{"unclosed year", "（84華總字第8198號", docWant{}, ErrSyntax},
	{"year not number", "（甲）華總字第8198號", docWant{}, ErrSyntax},
	{"year zero", "（0）華總字第8198號", docWant{}, ErrRange},
	{"unbalanced code", "華總（一義字第8198號", docWant{}, ErrSyntax},
	{"empty bracket in code", "華總（）義字第8198號", docWant{}, ErrSyntax},
	{"number too long", "法資字第123456789012345678901號", docWant{}, ErrRange},
	{"trailing text", "法資字第11011514270號函", docWant{}, ErrSyntax},
}

func TestParseDocNumber(t *testing.T) {
	for _, tt := range docNumberTests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseDocNumber(tt.in)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("ParseDocNumber(%q) error = %v, want %v", tt.in, err, tt.wantErr)
				}
				var pe *ParseError
				if !errors.As(err, &pe) || pe.Input != tt.in || pe.Func != "ParseDocNumber" {
					t.Errorf("ParseDocNumber(%q) error = %#v, want a *ParseError with the input", tt.in, err)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseDocNumber(%q) error = %v", tt.in, err)
			}
			if g := docOf(got); g != tt.want {
				t.Errorf("ParseDocNumber(%q) = %+v, want %+v", tt.in, g, tt.want)
			}
			back, err := ParseDocNumber(got.String())
			if err != nil || back != got {
				t.Errorf("ParseDocNumber(%q) = %v, %v; want %v (round trip)", got.String(), back, err, got)
			}
		})
	}
}

func TestDocNumberText(t *testing.T) {
	d := MustDocNumber("（84）華總（一）義字第8198號")
	b, err := d.MarshalText()
	if err != nil || string(b) != "（84）華總（一）義字第8198號" {
		t.Fatalf("MarshalText = %q, %v", b, err)
	}
	var back DocNumber
	if err := back.UnmarshalText(b); err != nil || back != d {
		t.Errorf("UnmarshalText(%q) = %v, %v; want %v", b, back, err, d)
	}
	if err := back.UnmarshalText(nil); err != nil || !back.IsZero() || back.String() != "" {
		t.Errorf("UnmarshalText(nil) = %v, %v; want zero", back, err)
	}
	if err := back.UnmarshalText([]byte("nonsense")); !errors.Is(err, ErrSyntax) {
		t.Errorf("UnmarshalText(nonsense) error = %v, want ErrSyntax", err)
	}
	msg := "actions: parsing \"法資第1號\": missing 字第"
	if _, err := ParseDocNumber("法資第1號"); err == nil || err.Error() != msg {
		t.Errorf("error = %v, want %s", err, msg)
	}
}

func TestMustDocNumberPanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("MustDocNumber(bad) did not panic")
		}
	}()
	MustDocNumber("bad")
}

func TestParseNoAllocs(t *testing.T) {
	for _, tt := range []struct {
		name string
		f    func()
	}{
		{"ParseDocNumber", func() { sinkDoc, _ = ParseDocNumber("法資字第11011514270號") }},
		{"ParseDocNumber full-width brackets", func() { sinkDoc, _ = ParseDocNumber("（84）華總（一）義字第8198號") }},
		{"ParseLetter", func() { sinkLetter, _ = ParseLetter("110年12月22日以法資字第11011514270號函") }},
	} {
		if n := testing.AllocsPerRun(100, tt.f); n != 0 {
			t.Errorf("%s allocates %v times, want 0", tt.name, n)
		}
	}
}

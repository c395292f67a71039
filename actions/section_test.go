package actions

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
)

type sectionWant struct {
	Path   []int
	Title  string
	String string
}

var sectionTests = []struct {
	name    string
	in      string
	want    sectionWant
	wantErr error
}{
	{"deck item 1", "六、報告事項、(二)本部及所屬機關於政府資料開放平臺資料開放推動成果",
		sectionWant{[]int{6, 2}, "本部及所屬機關於政府資料開放平臺資料開放推動成果", "六、報告事項、(二)本部及所屬機關於政府資料開放平臺資料開放推動成果"}, nil},
	{"deck item 2", "六、報告事項、(三)本部參與行政院「110年度政府資料開放獎勵活動評獎結果」",
		sectionWant{[]int{6, 3}, "本部參與行政院「110年度政府資料開放獎勵活動評獎結果」", "六、報告事項、(三)本部參與行政院「110年度政府資料開放獎勵活動評獎結果」"}, nil},
	{"deck item 3 with spaces", "六、報告事項、 (四) 本部及所屬機關資料集申請下架情形",
		sectionWant{[]int{6, 4}, "本部及所屬機關資料集申請下架情形", "六、報告事項、(四)本部及所屬機關資料集申請下架情形"}, nil},
	{"one level", "三、臨時動議", sectionWant{[]int{3}, "臨時動議", "三、臨時動議"}, nil},
	{"full-width brackets", "六、報告事項、（二）推動成果", sectionWant{[]int{6, 2}, "推動成果", "六、報告事項、(二)推動成果"}, nil},
	{"four levels", "一、甲、(二)乙、3.丙、(4)丁", sectionWant{[]int{1, 2, 3, 4}, "丁", "一、甲、(二)乙、3.丙、(4)丁"}, nil},
	{"untitled middle level", "六、(二)推動成果", sectionWant{[]int{6, 2}, "推動成果", "六、(二)推動成果"}, nil},
	{"title with 、 inside", "二、盤點表、需求回應", sectionWant{[]int{2}, "盤點表、需求回應", "二、盤點表、需求回應"}, nil},
	{"arabic with 、", "1、成果", sectionWant{[]int{1}, "成果", "1.成果"}, nil},
	{"digit by digit", "一一、成果", sectionWant{[]int{11}, "成果", "十一、成果"}, nil},
	{"spaces inside numbering", "六 、報告事項、( 二 )推動成果", sectionWant{[]int{6, 2}, "推動成果", "六、報告事項、(二)推動成果"}, nil},
	{"numeral title before 、 is numbering", "一、00 、1.成果", sectionWant{}, ErrRange},
	{"empty", "  ", sectionWant{}, ErrSyntax},
	{"no numbering", "報告事項", sectionWant{}, ErrSyntax},
	{"no title", "六、報告事項、(二)", sectionWant{}, ErrSyntax},
	{"numbered zero", "〇、報告事項", sectionWant{}, ErrRange},
	{"too deep", "一、a、(一)b、1.c、(1)d、(2)e", sectionWant{}, ErrRange},
	{"unclosed bracket", "(二本部", sectionWant{}, ErrSyntax},
	{"chinese dotted", "二.本部", sectionWant{}, ErrSyntax},
}

func TestParseSection(t *testing.T) {
	for _, tt := range sectionTests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseSection(tt.in)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("ParseSection(%q) error = %v, want %v", tt.in, err, tt.wantErr)
				}
				var pe *ParseError
				if !errors.As(err, &pe) || pe.Input != tt.in {
					t.Errorf("ParseSection(%q) error = %#v, want a *ParseError with the input", tt.in, err)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseSection(%q) error = %v", tt.in, err)
			}
			g := sectionWant{Path: got.Path(), Title: got.Title(), String: got.String()}
			if diff := cmp.Diff(tt.want, g); diff != "" {
				t.Errorf("ParseSection(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
			back, err := ParseSection(got.String())
			if err != nil || back != got {
				t.Errorf("ParseSection(%q) = %v, %v; want %v (round trip)", got.String(), back, err, got)
			}
		})
	}
}

func TestSectionLevels(t *testing.T) {
	s := MustParseSection("六、報告事項、(二)推動成果")
	if s.Depth() != 2 {
		t.Fatalf("Depth = %d, want 2", s.Depth())
	}
	n, style, title := s.Level(0)
	if n != 6 || style != Enumerated || title != "報告事項" {
		t.Errorf("Level(0) = %d, %v, %q; want 6, 一、, 報告事項", n, style, title)
	}
	n, style, title = s.Level(1)
	if n != 2 || style != ParenEnumerated || title != "推動成果" {
		t.Errorf("Level(1) = %d, %v, %q; want 2, (一), 推動成果", n, style, title)
	}
	for _, tt := range []struct {
		s    Style
		want string
	}{{NoStyle, ""}, {Enumerated, "一、"}, {ParenEnumerated, "(一)"}, {Dotted, "1."}, {ParenDotted, "(1)"}, {Style(9), "Style(9)"}} {
		if got := tt.s.String(); got != tt.want {
			t.Errorf("Style(%d).String() = %q, want %q", tt.s, got, tt.want)
		}
	}
	defer func() {
		if recover() == nil {
			t.Error("Level(2) did not panic")
		}
	}()
	s.Level(2)
}

func TestSectionText(t *testing.T) {
	s := MustParseSection("六、報告事項、 (四) 本部及所屬機關資料集申請下架情形")
	b, _ := s.MarshalText()
	var back Section
	if err := back.UnmarshalText(b); err != nil || back != s {
		t.Errorf("UnmarshalText(%q) = %v, %v; want %v", b, back, err, s)
	}
	if err := back.UnmarshalText(nil); err != nil || !back.IsZero() || back.Title() != "" || back.String() != "" {
		t.Errorf("UnmarshalText(nil) = %v, %v; want zero", back, err)
	}
	if err := back.UnmarshalText([]byte("x")); !errors.Is(err, ErrSyntax) {
		t.Errorf("UnmarshalText(x) error = %v, want ErrSyntax", err)
	}
	defer func() {
		if recover() == nil {
			t.Error("MustParseSection(bad) did not panic")
		}
	}()
	MustParseSection("bad")
}

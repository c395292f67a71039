package datasets_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/ogdtw/governance/datasets"
)

var parseGroundsTests = []struct {
	name    string
	in      string
	want    datasets.Grounds
	wantErr error
}{
	{"deck 1", "與「矯正署臺中戒治所法定預算(按年)」(23261)資料集重複，故申請下架。",
		datasets.Grounds{Reason: datasets.Duplicate, Kept: datasets.Ref{ID: 23261, Title: "矯正署臺中戒治所法定預算(按年)"}}, nil},
	{"deck 2", "與「矯正署臺中戒治所預算案(按年)」(23252)資料集重複，故申請下架。",
		datasets.Grounds{Reason: datasets.Duplicate, Kept: datasets.Ref{ID: 23252, Title: "矯正署臺中戒治所預算案(按年)"}}, nil},
	{"full-width id", "與「預算案」（２３２５２）重複",
		datasets.Grounds{Reason: datasets.Duplicate, Kept: datasets.Ref{ID: 23252, Title: "預算案"}}, nil},
	{"id later", "與「預算案」資料集(編號 23252)重複；見(23252)",
		datasets.Grounds{Reason: datasets.Duplicate, Kept: datasets.Ref{ID: 23252, Title: "預算案"}}, nil},
	{"no kept", "資料集內容重複", datasets.Grounds{Reason: datasets.Duplicate}, nil},
	{"id only", "與資料集(23252)重複", datasets.Grounds{Reason: datasets.Duplicate, Kept: datasets.Ref{ID: 23252}}, nil},
	{"title only", "與「預算案」重複", datasets.Grounds{Reason: datasets.Duplicate, Kept: datasets.Ref{Title: "預算案"}}, nil},
	{"merged", "已整併至「矯正統計(按月)」(1234)資料集",
		datasets.Grounds{Reason: datasets.Merged, Kept: datasets.Ref{ID: 1234, Title: "矯正統計(按月)"}}, nil},
	{"legal", "涉及個人資料，依法不得公開", datasets.Grounds{Reason: datasets.LegalRestriction, Note: "涉及個人資料，依法不得公開"}, nil},
	{"obsolete", "業務已停止辦理，資料不再更新", datasets.Grounds{Reason: datasets.Obsolete, Note: "業務已停止辦理，資料不再更新"}, nil},
	{"other", " 系統汰換 ", datasets.Grounds{Reason: datasets.OtherReason, Note: "系統汰換"}, nil},
	{"title words ignored", "「法規彙編重複版」停止更新", datasets.Grounds{Reason: datasets.Obsolete, Note: "「法規彙編重複版」停止更新"}, nil},
	{"empty", "  ", datasets.Grounds{}, datasets.ErrMissing},
	{"bad id", "與「預算案」(0)重複", datasets.Grounds{}, datasets.ErrRange},
}

func TestParseGrounds(t *testing.T) {
	for _, tt := range parseGroundsTests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := datasets.ParseGrounds(tt.in)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("ParseGrounds(%q) error = %v, want %v", tt.in, err, tt.wantErr)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ParseGrounds(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestParseGroundsRoundTrip(t *testing.T) {
	for _, tt := range parseGroundsTests {
		g, err := datasets.ParseGrounds(tt.in)
		if err != nil {
			continue
		}
		back, err := datasets.ParseGrounds(g.String())
		if err != nil || back != g {
			t.Errorf("ParseGrounds(%q) = %+v, %v, want %+v", g.String(), back, err, g)
		}
	}
	// The deck's text is already canonical.
	in := parseGroundsTests[0].in
	if g, _ := datasets.ParseGrounds(in); g.String() != in {
		t.Errorf("String() = %q, want the deck's %q", g.String(), in)
	}
}

func TestGroundsString(t *testing.T) {
	tests := []struct {
		g    datasets.Grounds
		want string
	}{
		{datasets.Grounds{Reason: datasets.Merged, Kept: datasets.Ref{ID: 7, Title: "甲"}}, "已併入「甲」(7)資料集，故申請下架。"},
		{datasets.Grounds{Reason: datasets.Merged, Kept: datasets.Ref{ID: 7}}, "已併入資料集(7)，故申請下架。"},
		{datasets.Grounds{Reason: datasets.Duplicate}, "與資料集重複，故申請下架。"},
		{datasets.Grounds{Reason: datasets.Obsolete}, "停止更新"},
		{datasets.Grounds{}, ""},
	}
	for _, tt := range tests {
		if got := tt.g.String(); got != tt.want {
			t.Errorf("%+v.String() = %q, want %q", tt.g, got, tt.want)
		}
	}
}

func TestReasonText(t *testing.T) {
	for _, r := range []datasets.Reason{datasets.NoReason, datasets.Duplicate, datasets.Merged, datasets.Obsolete, datasets.LegalRestriction, datasets.OtherReason} {
		b, err := r.MarshalText()
		if err != nil {
			t.Fatalf("%v.MarshalText() error %v", r, err)
		}
		var back datasets.Reason
		if err := back.UnmarshalText(b); err != nil || back != r {
			t.Errorf("UnmarshalText(%q) = %v, %v, want %v", b, back, err, r)
		}
		if r.NeedsKept() != (r == datasets.Duplicate || r == datasets.Merged) {
			t.Errorf("%v.NeedsKept() = %v", r, r.NeedsKept())
		}
	}
	if _, err := datasets.Reason(9).MarshalText(); !errors.Is(err, datasets.ErrRange) || datasets.Reason(9).String() != "Reason(9)" {
		t.Errorf("Reason(9) = %q, %v", datasets.Reason(9), err)
	}
	var r datasets.Reason
	if err := r.UnmarshalText([]byte("x")); !errors.Is(err, datasets.ErrSyntax) {
		t.Errorf("UnmarshalText(x) error = %v", err)
	}
}

package datasets_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/ogdtw/governance/datasets"
)

var parseIDTests = []struct {
	name    string
	in      string
	want    datasets.ID
	wantErr error
}{
	{"ascii", "87010", 87010, nil},
	{"spaces", " 23261 ", 23261, nil},
	{"full-width", "８７０１０", 87010, nil},
	{"leading zero", "0087010", 87010, nil},
	{"max", "999999999", datasets.MaxID, nil},
	{"zero", "0", 0, datasets.ErrRange},
	{"too large", "1000000000", 0, datasets.ErrRange},
	{"very long", "1234567890123", 0, datasets.ErrRange},
	{"empty", "", 0, datasets.ErrSyntax},
	{"sign", "-5", 0, datasets.ErrSyntax},
	{"letters", "87a10", 0, datasets.ErrSyntax},
	{"chinese", "八七", 0, datasets.ErrSyntax},
}

func TestParseID(t *testing.T) {
	for _, tt := range parseIDTests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := datasets.ParseID(tt.in)
			if !errors.Is(err, tt.wantErr) || got != tt.want {
				t.Errorf("ParseID(%q) = %v, %v, want %v, %v", tt.in, got, err, tt.want, tt.wantErr)
			}
			var pe *datasets.ParseError
			if err != nil && (!errors.As(err, &pe) || pe.Input != tt.in) {
				t.Errorf("ParseID(%q) error %v does not carry the input", tt.in, err)
			}
		})
	}
}

var parseRefTests = []struct {
	name    string
	in      string
	want    datasets.Ref
	wantErr error
}{
	{"deck", "矯正署臺中戒治所法定預算(87010)", datasets.Ref{ID: 87010, Title: "矯正署臺中戒治所法定預算"}, nil},
	{"full-width brackets", "矯正署臺中戒治所預算案（86997）", datasets.Ref{ID: 86997, Title: "矯正署臺中戒治所預算案"}, nil},
	{"mixed brackets", "預算案（86997)", datasets.Ref{ID: 86997, Title: "預算案"}, nil},
	{"full-width digits", "預算案(８６９９７)", datasets.Ref{ID: 86997, Title: "預算案"}, nil},
	{"spaces", "  預算案 ( 86997 ) ", datasets.Ref{ID: 86997, Title: "預算案"}, nil},
	{"quoted", "「矯正署臺中戒治所法定預算(按年)」(23261)", datasets.Ref{ID: 23261, Title: "矯正署臺中戒治所法定預算(按年)"}, nil},
	{"qualifier kept", "矯正署臺中戒治所法定預算(按年)(23261)", datasets.Ref{ID: 23261, Title: "矯正署臺中戒治所法定預算(按年)"}, nil},
	{"quote inside", "「甲」與「乙」(5)", datasets.Ref{ID: 5, Title: "「甲」與「乙」"}, nil},
	{"no id", "矯正署臺中戒治所法定預算(按年)", datasets.Ref{}, datasets.ErrSyntax},
	{"no brackets", "矯正署臺中戒治所法定預算", datasets.Ref{}, datasets.ErrSyntax},
	{"no open", "預算87010)", datasets.Ref{}, datasets.ErrSyntax},
	{"no title", "(87010)", datasets.Ref{}, datasets.ErrSyntax},
	{"empty quotes", "「」(87010)", datasets.Ref{}, datasets.ErrSyntax},
	{"zero id", "預算(0)", datasets.Ref{}, datasets.ErrRange},
	{"empty", "", datasets.Ref{}, datasets.ErrSyntax},
}

func TestParseRef(t *testing.T) {
	for _, tt := range parseRefTests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := datasets.ParseRef(tt.in)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("ParseRef(%q) error = %v, want %v", tt.in, err, tt.wantErr)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ParseRef(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// Every Ref ParseRef returns round-trips through String.
func TestParseRefRoundTrip(t *testing.T) {
	for _, tt := range parseRefTests {
		r, err := datasets.ParseRef(tt.in)
		if err != nil {
			continue
		}
		back, err := datasets.ParseRef(r.String())
		if err != nil || back != r {
			t.Errorf("ParseRef(%q) = %v, %v, want %v", r.String(), back, err, r)
		}
	}
}

func TestMustParseRefPanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Errorf("MustParseRef(\"x\") did not panic")
		}
	}()
	datasets.MustParseRef("x")
}

func TestNewDataset(t *testing.T) {
	p := datasets.MustLookupPublisher("統計處")
	tests := []struct {
		name    string
		id      datasets.ID
		title   string
		p       datasets.Publisher
		wantErr error
	}{
		{"ok", 1, " 法務統計 ", p, nil},
		{"zero id", 0, "x", p, datasets.ErrRange},
		{"big id", datasets.MaxID + 1, "x", p, datasets.ErrRange},
		{"blank title", 1, "  ", p, datasets.ErrMissing},
		{"no publisher", 1, "x", datasets.Publisher{}, datasets.ErrUnknownPublisher},
	}
	for _, tt := range tests {
		d, err := datasets.NewDataset(tt.id, tt.title, tt.p)
		if !errors.Is(err, tt.wantErr) {
			t.Errorf("NewDataset(%d, %q, %v) error = %v, want %v", tt.id, tt.title, tt.p, err, tt.wantErr)
		}
		if err == nil && (d.ID() != tt.id || d.Title() != "法務統計" || d.Publisher() != p || d.Status() != datasets.Listed || !d.Listed()) {
			t.Errorf("NewDataset(%d, %q, %v) = %+v", tt.id, tt.title, tt.p, d)
		}
	}
	d := datasets.MustNewDataset(87010, "矯正署臺中戒治所法定預算", p)
	if got := d.String(); got != "矯正署臺中戒治所法定預算(87010)" {
		t.Errorf("Dataset.String() = %q", got)
	}
	if d.WithStatus(datasets.Delisted).Listed() || !d.Listed() {
		t.Errorf("WithStatus changed the original or did not delist")
	}
	defer func() {
		if recover() == nil {
			t.Errorf("MustNewDataset(0, ...) did not panic")
		}
	}()
	datasets.MustNewDataset(0, "x", p)
}

func TestStatusText(t *testing.T) {
	for _, s := range []datasets.Status{datasets.Listed, datasets.Delisted} {
		b, err := s.MarshalText()
		if err != nil {
			t.Fatalf("%v.MarshalText() error %v", s, err)
		}
		var back datasets.Status
		if err := back.UnmarshalText(b); err != nil || back != s {
			t.Errorf("UnmarshalText(%q) = %v, %v, want %v", b, back, err, s)
		}
	}
	if got := datasets.Delisted.String(); got != "下架" {
		t.Errorf("Delisted.String() = %q, want 下架", got)
	}
	bad := datasets.Status(9)
	if _, err := bad.MarshalText(); !errors.Is(err, datasets.ErrRange) || bad.String() != "Status(9)" {
		t.Errorf("Status(9): %q, %v", bad.String(), err)
	}
	var s datasets.Status
	if err := s.UnmarshalText([]byte("上")); !errors.Is(err, datasets.ErrSyntax) {
		t.Errorf("UnmarshalText(上) error = %v, want ErrSyntax", err)
	}
}

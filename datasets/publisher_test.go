package datasets_test

import (
	"errors"
	"slices"
	"testing"

	"github.com/ogdtw/governance/datasets"
	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// deckPublishers is every publisher the issue lists: full name, short
// name, kind and parent.
var deckPublishers = []struct {
	full, short string
	kind        datasets.Kind
	parent      string
}{
	{"統計處", "統計處", datasets.Unit, ""},
	{"保護司", "保護司", datasets.Unit, ""},
	{"法律事務司", "法律事務司", datasets.Unit, ""},
	{"檢察司", "檢察司", datasets.Unit, ""},
	{"資訊處", "資訊處", datasets.Unit, ""},
	{"法制司", "法制司", datasets.Unit, ""},
	{"國際及兩岸法律司", "國兩司", datasets.Unit, ""},
	{"秘書處", "秘書處", datasets.Unit, ""},
	{"人事處", "人事處", datasets.Unit, ""},
	{"會計處", "會計處", datasets.Unit, ""},
	{"政風小組", "政風小組", datasets.Unit, ""},
	{"綜合規劃司", "綜合規劃司", datasets.Unit, ""},
	{"矯正署", "矯正署", datasets.Agency, ""},
	{"臺灣高等檢察署", "臺高檢", datasets.Agency, ""},
	{"行政執行署", "行政執行署", datasets.Agency, ""},
	{"廉政署", "廉政署", datasets.Agency, ""},
	{"調查局", "調查局", datasets.Agency, ""},
	{"司法官學院", "司法官學院", datasets.Agency, ""},
	{"最高檢察署", "最高檢察署", datasets.Agency, ""},
	{"法醫研究所", "法醫研究所", datasets.Agency, ""},
	{"福建金門地方檢察署", "金門地檢", datasets.Agency, ""},
	{"福建高等檢察署金門檢察分署", "金門高分檢", datasets.Agency, ""},
	{"福建連江地方檢察署", "連江地檢", datasets.Agency, ""},
	{"臺灣橋頭地方檢察署", "橋頭地檢", datasets.Agency, ""},
	{"矯正署臺中戒治所", "臺中戒治所", datasets.SubAgency, "矯正署"},
}

func TestPublishers(t *testing.T) {
	all := datasets.Publishers()
	if len(all) != len(deckPublishers) {
		t.Errorf("Publishers() has %d, want %d", len(all), len(deckPublishers))
	}
	for _, tt := range deckPublishers {
		for _, name := range []string{tt.full, tt.short} {
			p, err := datasets.LookupPublisher(name)
			if err != nil {
				t.Errorf("LookupPublisher(%q) error %v", name, err)
				continue
			}
			if p.Name() != tt.full || p.Short() != tt.short || p.Kind() != tt.kind || p.String() != tt.full {
				t.Errorf("LookupPublisher(%q) = %s/%s/%v, want %s/%s/%v", name, p.Name(), p.Short(), p.Kind(), tt.full, tt.short, tt.kind)
			}
			parent, ok := p.Parent()
			if ok != (tt.parent != "") || parent.Name() != tt.parent {
				t.Errorf("%s.Parent() = %v, %v, want %q", p, parent, ok, tt.parent)
			}
			if !slices.Contains(all, p) {
				t.Errorf("Publishers() lacks %s", p)
			}
			wantGroup := datasets.Agencies
			if tt.kind == datasets.Unit {
				wantGroup = datasets.Units
			}
			if p.Group() != wantGroup {
				t.Errorf("%s.Group() = %v, want %v", p, p.Group(), wantGroup)
			}
		}
	}
}

func TestLookupPublisher(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    string
		wantErr error
	}{
		{"full", "臺灣高等檢察署", "臺灣高等檢察署", nil},
		{"short", "臺高檢", "臺灣高等檢察署", nil},
		{"台", "台灣高等檢察署", "臺灣高等檢察署", nil},
		{"ministry prefix", "法務部矯正署", "矯正署", nil},
		{"本部", "本部統計處", "統計處", nil},
		{"spaces", " 法務部 資訊處 ", "資訊處", nil},
		{"full-width space", "法務部\u3000廉政署", "廉政署", nil},
		{"sub-agency prefixed", "法務部矯正署臺中戒治所", "矯正署臺中戒治所", nil},
		{"ministry itself", "法務部", "", datasets.ErrUnknownPublisher},
		{"other ministry", "內政部", "", datasets.ErrUnknownPublisher},
		{"empty", "", "", datasets.ErrUnknownPublisher},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := datasets.LookupPublisher(tt.in)
			if !errors.Is(err, tt.wantErr) || p.Name() != tt.want {
				t.Errorf("LookupPublisher(%q) = %v, %v, want %q, %v", tt.in, p, err, tt.want, tt.wantErr)
			}
			var pe *datasets.ParseError
			if err != nil && (!errors.As(err, &pe) || pe.Input != tt.in) {
				t.Errorf("LookupPublisher(%q) error %v does not carry the input", tt.in, err)
			}
		})
	}
}

func TestPublisherZeroAndText(t *testing.T) {
	var z datasets.Publisher
	if !z.IsZero() || z.Name() != "" || z.Short() != "" || z.Kind() != datasets.NoKind || z.Group() != datasets.NoGroup || func() bool { _, ok := z.Parent(); return ok }() {
		t.Errorf("zero Publisher = %q %q %v %v", z.Name(), z.Short(), z.Kind(), z.Group())
	}
	for _, p := range append(datasets.Publishers(), z) {
		b, err := p.MarshalText()
		if err != nil {
			t.Fatalf("%v.MarshalText() error %v", p, err)
		}
		var back datasets.Publisher
		if err := back.UnmarshalText(b); err != nil || back != p {
			t.Errorf("UnmarshalText(%q) = %v, %v, want %v", b, back, err, p)
		}
	}
	var p datasets.Publisher
	if err := p.UnmarshalText([]byte("內政部")); err != nil || p.Name() != "內政部" || p.Own() || p.Group() != datasets.NoGroup {
		t.Errorf("UnmarshalText(內政部) = %v (own %v), %v", p, p.Own(), err)
	}
	if err := p.UnmarshalText([]byte("內政\x00部")); !errors.Is(err, datasets.ErrSyntax) {
		t.Errorf("UnmarshalText(control character) error = %v", err)
	}
	sub := datasets.MustLookupPublisher("臺中戒治所")
	if par, ok := sub.Parent(); !ok || par != datasets.MustLookupPublisher("矯正署") {
		t.Errorf("Parent(%v) = %v, %v; want 矯正署", sub, par, ok)
	}
	if par, ok := datasets.MustLookupPublisher("矯正署").Parent(); ok {
		t.Errorf("Parent(矯正署) = %v, want none", par)
	}
	defer func() {
		if recover() == nil {
			t.Errorf("MustLookupPublisher(內政部) did not panic")
		}
	}()
	datasets.MustLookupPublisher("內政部")
}

func TestSortPublishers(t *testing.T) {
	got := datasets.Publishers()
	var names []string
	for _, p := range got {
		names = append(names, p.Name())
	}
	want := []string{
		// 本部單位 by strokes: 人2 法8 保9 政9 秘10 國11 統12 會13 資13 綜14 檢17
		"人事處", "法制司", "法律事務司", "保護司", "政風小組", "秘書處", "國際及兩岸法律司", "統計處", "會計處", "資訊處", "綜合規劃司", "檢察司",
		// 所屬機關 follow, in the collator's order: checked below
	}
	if !slices.Equal(names[:len(want)], want) {
		t.Errorf("units in stroke order = %v, want %v", names[:len(want)], want)
	}
	agencies := names[len(want):]
	sorted := slices.Clone(agencies)
	collate.New(language.TraditionalChinese).SortStrings(sorted)
	if !slices.Equal(agencies, sorted) {
		t.Errorf("agencies %v not in stroke order %v", agencies, sorted)
	}
	if agencies[0] != "司法官學院" {
		t.Errorf("first agency = %s, want 司法官學院 (5 strokes)", agencies[0])
	}
	i, j := slices.Index(agencies, "矯正署"), slices.Index(agencies, "矯正署臺中戒治所")
	if j != i+1 {
		t.Errorf("矯正署臺中戒治所 at %d, 矯正署 at %d: want right after its parent", j, i)
	}
}

func TestKindGroupText(t *testing.T) {
	for _, k := range []datasets.Kind{datasets.NoKind, datasets.Unit, datasets.Agency, datasets.SubAgency} {
		b, err := k.MarshalText()
		if err != nil {
			t.Fatalf("%v.MarshalText() error %v", k, err)
		}
		var back datasets.Kind
		if err := back.UnmarshalText(b); err != nil || back != k {
			t.Errorf("Kind UnmarshalText(%q) = %v, %v, want %v", b, back, err, k)
		}
	}
	for _, g := range []datasets.Group{datasets.Units, datasets.Agencies} {
		b, err := g.MarshalText()
		if err != nil {
			t.Fatalf("%v.MarshalText() error %v", g, err)
		}
		var back datasets.Group
		if err := back.UnmarshalText(b); err != nil || back != g {
			t.Errorf("Group UnmarshalText(%q) = %v, %v, want %v", b, back, err, g)
		}
	}
	if datasets.Kind(7).String() != "Kind(7)" || datasets.Group(7).String() != "Group(7)" {
		t.Errorf("out-of-range String = %q, %q", datasets.Kind(7), datasets.Group(7))
	}
	if _, err := datasets.Kind(7).MarshalText(); !errors.Is(err, datasets.ErrRange) {
		t.Errorf("Kind(7).MarshalText() error = %v", err)
	}
	if _, err := datasets.Group(7).MarshalText(); !errors.Is(err, datasets.ErrRange) {
		t.Errorf("Group(7).MarshalText() error = %v", err)
	}
	var k datasets.Kind
	if err := k.UnmarshalText([]byte("x")); !errors.Is(err, datasets.ErrSyntax) {
		t.Errorf("Kind UnmarshalText(x) error = %v", err)
	}
	var g datasets.Group
	if err := g.UnmarshalText([]byte("x")); !errors.Is(err, datasets.ErrSyntax) {
		t.Errorf("Group UnmarshalText(x) error = %v", err)
	}
	for in, want := range map[string]datasets.Group{"單位": datasets.Units, " 機關 ": datasets.Agencies, "本部": datasets.Units} {
		if got, err := datasets.ParseGroup(in); err != nil || got != want {
			t.Errorf("ParseGroup(%q) = %v, %v, want %v", in, got, err, want)
		}
	}
}

func TestParseGroup(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    datasets.Group
		wantErr error
	}{
		{"units", "本部單位", datasets.Units, nil},
		{"units short", "單位", datasets.Units, nil},
		{"agencies", " 所屬機關 ", datasets.Agencies, nil},
		{"agencies short", "機關", datasets.Agencies, nil},
		{"unknown", "委員會", datasets.NoGroup, datasets.ErrSyntax},
		{"empty is not given", "", datasets.NoGroup, nil},
		{"english", "Agencies", datasets.Agencies, nil},
		{"full-width", "所屬 機關", datasets.Agencies, nil},
	}
	for _, tt := range tests {
		got, err := datasets.ParseGroup(tt.in)
		if !errors.Is(err, tt.wantErr) || got != tt.want {
			t.Errorf("ParseGroup(%q) = %v, %v, want %v, %v", tt.in, got, err, tt.want, tt.wantErr)
		}
	}
}

// The short forms officials write of the ministry's agencies resolve;
// a name the list does not hold is reported, never matched to another
// (issue 21: a batch of 橋頭地檢署 had no publisher).
func TestLookupPublisherShortForms(t *testing.T) {
	tests := []struct{ in, want string }{
		{"橋頭地檢", "臺灣橋頭地方檢察署"},
		{"橋頭地檢署", "臺灣橋頭地方檢察署"},
		{"臺灣橋頭地檢署", "臺灣橋頭地方檢察署"},
		{"橋頭地方檢察署", "臺灣橋頭地方檢察署"},
		{"法務部橋頭地檢署", "臺灣橋頭地方檢察署"},
		{"連江地檢署", "福建連江地方檢察署"},
		{"金門地檢", "福建金門地方檢察署"},
		{"金門地方檢察署", "福建金門地方檢察署"},
		{"金門高分檢署", "福建高等檢察署金門檢察分署"},
		{"高檢署", "臺灣高等檢察署"},
		{"台高檢", "臺灣高等檢察署"},
		{"臺高檢署", "臺灣高等檢察署"},
		{"最高檢", "最高檢察署"},
		{"矯正署台中戒治所", "矯正署臺中戒治所"},
		{"台中戒治所", "矯正署臺中戒治所"},
		{"法務部矯正署臺中戒治所", "矯正署臺中戒治所"},
		{"本部　統計處", "統計處"},
		// Unknown: not the ministry's list, so no publisher.
		{"士林地檢署", ""},
		{"台北地檢", ""},
		{"地檢署", ""},
		{"矯正署臺中監獄", ""},
		{"臺中監", ""},
		{"矯正署", "矯正署"},
		{"矯正署某所", ""},
		{"高分檢署", ""},
	}
	for _, tt := range tests {
		p, err := datasets.LookupPublisher(tt.in)
		switch {
		case tt.want == "" && (!errors.Is(err, datasets.ErrUnknownPublisher) || !p.IsZero()):
			t.Errorf("LookupPublisher(%q) = %q, %v; want ErrUnknownPublisher", tt.in, p.Name(), err)
		case tt.want != "" && (err != nil || p.Name() != tt.want || !p.Own()):
			t.Errorf("LookupPublisher(%q) = %q, %v; want %s", tt.in, p.Name(), err, tt.want)
		}
		// ParsePublisher resolves the same, or keeps an unknown name as
		// it is: never another agency.
		q, err := datasets.ParsePublisher(tt.in)
		if err != nil || tt.want != "" && q != p || tt.want == "" && q.Own() {
			t.Errorf("ParsePublisher(%q) = %q (own %v), %v", tt.in, q.Name(), q.Own(), err)
		}
	}
}

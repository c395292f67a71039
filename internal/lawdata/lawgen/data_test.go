package lawgen

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// lawsDir is the raw data folder, beside the repository (never committed).
var lawsDir = filepath.Join("..", "..", "..", "..", "shared", "laws")

func readData(t *testing.T) *Data {
	t.Helper()
	if _, err := os.Stat(lawsDir); err != nil {
		t.Skipf("raw law data not found beside the repository (%v); it is not committed", err)
	}
	f, err := os.Open(filepath.Join("..", "manifest.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m, err := ParseManifest(f)
	if err != nil {
		t.Fatal(err)
	}
	d, err := Read(os.DirFS(lawsDir), m)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestWrappedAgreesWithUnwrapped checks the reading of hard-wrapped
// versions against the unwrapped ones: where an article's words did not
// change between a wrapped version and an unwrapped one, both must have
// the same structure.
func TestWrappedAgreesWithUnwrapped(t *testing.T) {
	d := readData(t)
	if len(d.Odd) != 0 {
		t.Errorf("lines out of sequence: %q", d.Odd)
	}
	flat := strings.NewReplacer("\n", "", "\t", "")
	compared := 0
	for _, l := range d.Laws {
		type key struct{ num, sub int }
		unwrapped := map[key][]string{} // structures by article
		for _, v := range l.Versions {
			if !v.Wrapped {
				for _, a := range v.Articles {
					k := key{a.Num, a.Sub}
					unwrapped[k] = append(unwrapped[k], a.Full())
				}
			}
		}
		for _, v := range l.Versions {
			if !v.Wrapped {
				continue
			}
			for _, a := range v.Articles {
				full := a.Full()
				for _, u := range unwrapped[key{a.Num, a.Sub}] {
					if flat.Replace(u) != flat.Replace(full) {
						continue
					}
					compared++
					if u != full {
						t.Errorf("%s %d 第%d條之%d read as\n%s\nthe unwrapped text is\n%s", l.Name, v.Date, a.Num, a.Sub, full, u)
					}
					break
				}
			}
		}
	}
	if compared < 1000 {
		t.Errorf("compared %d articles, expected over 1000", compared)
	}
	t.Logf("%d wrapped articles agree with their unwrapped text", compared)
}

func TestReadErrors(t *testing.T) {
	const head = "pcode,official,short,former\n"
	const one = head + "X1,甲法,,\n"
	v := func(name, date, content string) string {
		return `{"法規名稱":"` + name + `","最新異動日期":"` + date + `","法規內容":[` + content + `]}`
	}
	tests := []struct {
		name     string
		manifest string
		files    map[string]string
	}{
		{"empty manifest", "", nil},
		{"bad header", "pcode,name\nX1,甲法\n", nil},
		{"short line", head + "X1,甲法\n", nil},
		{"no pcode", head + ",甲法,,\n", nil},
		{"no official name", head + "X1,,,\n", nil},
		{"pcode as a path", head + "../X1,甲法,,\n", nil},
		{"pcode twice", head + "X1,甲法,,\nX1,乙法,,\n", map[string]string{"X1/20200101.json": v("甲法", "20200101", "")}},
		{"empty name", head + "X1,甲法,甲;;乙,\n", map[string]string{"X1/20200101.json": v("甲法", "20200101", "")}},
		{"short and former", head + "X1,甲法,甲,甲\n", map[string]string{"X1/20200101.json": v("甲法", "20200101", "")}},
		{"short and official", head + "X1,甲法,甲法,\n", map[string]string{"X1/20200101.json": v("甲法", "20200101", "")}},
		{"no version", one, map[string]string{"X1/notes.txt": "x"}},
		{"bad version", one, map[string]string{"X1/20200101.json": "["}},
		{"wrong date", one, map[string]string{"X1/20200101.json": v("甲法", "20200102", "")}},
		{"stale official name", one, map[string]string{"X1/20200101.json": v("甲法", "20200101", ""), "X1/20210101.json": v("新甲法", "20210101", "")}},
		{"bad number", one, map[string]string{"X1/20200101.json": v("甲法", "20200101", `{"條號":"第 x 條","條文內容":"甲。"}`)}},
		{"out of order", one, map[string]string{"X1/20200101.json": v("甲法", "20200101", `{"條號":"第 2 條","條文內容":"甲。"},{"條號":"第 1 條","條文內容":"乙。"}`)}},
		{"shared name", head + "X1,甲法,甲,\nX2,乙法,甲,\n", map[string]string{
			"X1/20200101.json": v("甲法", "20200101", ""),
			"X2/20200101.json": v("乙法", "20200101", ""),
		}},
	}
	for _, tt := range tests {
		if _, err := Generate(mapFS(tt.files), strings.NewReader(tt.manifest)); err == nil {
			t.Errorf("%s: Generate succeeded", tt.name)
		} else if !strings.HasPrefix(err.Error(), "lawgen: ") {
			t.Errorf("%s: error %q lacks the package prefix", tt.name, err)
		}
	}
}

// formatManifest writes entries back as a manifest.
func formatManifest(entries []Entry) string {
	var b strings.Builder
	w := csv.NewWriter(&b)
	w.Write(manifestHeader)
	for _, e := range entries {
		w.Write([]string{e.PCode, e.Official, strings.Join(e.Short, ";"), strings.Join(e.Former, ";")})
	}
	w.Flush()
	return b.String()
}

func FuzzParseManifest(f *testing.F) {
	f.Add(smallManifest)
	f.Add("pcode,official,short,former\nX1,甲法,甲;乙,丙\n# c\nX2,\"乙,法\",,\n")
	f.Add("pcode,official,short,former\nX1,甲法,甲;;乙,\n")
	f.Add("pcode,name\n")
	f.Fuzz(func(t *testing.T, s string) {
		m, err := ParseManifest(strings.NewReader(s))
		if err != nil {
			if !strings.HasPrefix(err.Error(), "lawgen: ") {
				t.Errorf("error %q lacks the package prefix", err)
			}
			return
		}
		for _, e := range m {
			if e.PCode == "" || e.Official == "" {
				t.Errorf("entry %+v lacks a PCode or a name", e)
			}
		}
		// Round trip: what was read, written back, reads the same.
		again, err := ParseManifest(strings.NewReader(formatManifest(m)))
		if err != nil {
			t.Fatalf("written back: %v", err)
		}
		if !reflect.DeepEqual(m, again) {
			t.Errorf("round trip: %+v, then %+v", m, again)
		}
	})
}

func TestParseManifest(t *testing.T) {
	m, err := ParseManifest(strings.NewReader("# about\npcode,official,short,former\nX1, 甲法 ,甲; 乙,丙\n\nX2,乙法,,\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := []Entry{
		{PCode: "X1", Official: "甲法", Short: []string{"甲", "乙"}, Former: []string{"丙"}},
		{PCode: "X2", Official: "乙法"},
	}
	if !reflect.DeepEqual(m, want) {
		t.Errorf("got %+v, want %+v", m, want)
	}
}

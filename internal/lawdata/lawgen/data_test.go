package lawgen

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// lawsDir is the raw data folder, beside the repository (never committed).
var lawsDir = filepath.Join("..", "..", "..", "..", "shared", "laws")

func readData(t *testing.T) *Data {
	t.Helper()
	if _, err := os.Stat(filepath.Join(lawsDir, "index.json")); err != nil {
		t.Skipf("raw law data not found beside the repository (%v); it is not committed", err)
	}
	d, err := Read(os.DirFS(lawsDir))
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
	tests := []struct {
		name  string
		files map[string]string
	}{
		{"no index", map[string]string{}},
		{"bad index", map[string]string{"index.json": "{"}},
		{"no version", map[string]string{"index.json": `[{"pcode":"X1","name":"甲法","versions":["20200101"]}]`}},
		{"bad version", map[string]string{
			"index.json":       `[{"pcode":"X1","name":"甲法","versions":["20200101"]}]`,
			"X1/20200101.json": "[",
		}},
		{"wrong date", map[string]string{
			"index.json":       `[{"pcode":"X1","name":"甲法","versions":["20200101"]}]`,
			"X1/20200101.json": `{"法規名稱":"甲法","最新異動日期":"20200102","法規內容":[]}`,
		}},
		{"bad number", map[string]string{
			"index.json":       `[{"pcode":"X1","name":"甲法","versions":["20200101"]}]`,
			"X1/20200101.json": `{"法規名稱":"甲法","最新異動日期":"20200101","法規內容":[{"條號":"第 x 條","條文內容":"甲。"}]}`,
		}},
		{"out of order", map[string]string{
			"index.json":       `[{"pcode":"X1","name":"甲法","versions":["20200101"]}]`,
			"X1/20200101.json": `{"法規名稱":"甲法","最新異動日期":"20200101","法規內容":[{"條號":"第 2 條","條文內容":"甲。"},{"條號":"第 1 條","條文內容":"乙。"}]}`,
		}},
		{"shared name", map[string]string{
			"index.json": `[{"pcode":"X1","name":"甲法","versions":[],"aliases":["甲"]},{"pcode":"X2","name":"乙法","versions":[],"aliases":["甲"]}]`,
		}},
	}
	for _, tt := range tests {
		if _, err := Generate(mapFS(tt.files)); err == nil {
			t.Errorf("%s: Generate succeeded", tt.name)
		} else if !strings.HasPrefix(err.Error(), "lawgen: ") {
			t.Errorf("%s: error %q lacks the package prefix", tt.name, err)
		}
	}
}

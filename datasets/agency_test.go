package datasets_test

import (
	"encoding/csv"
	"errors"
	"os"
	"testing"

	"github.com/ogdtw/governance/datasets"
	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/rocdate"
)

func sampleAgencyRows(t *testing.T) [][]string {
	t.Helper()
	f, err := os.Open("testdata/agencies_sample.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

func TestImportAgenciesSample(t *testing.T) {
	reg, err := datasets.ImportAgencies(sampleAgencyRows(t))
	if err != nil {
		t.Fatal(err)
	}
	l := reg.Agencies()
	if len(l) != 4 {
		t.Fatalf("got %d agencies, want 4", len(l))
	}
	fin := l[0]
	l[0].Name = "改寫"
	if reg.Agencies()[0].Name != "財政部" {
		t.Errorf("writing to Agencies() changed the register: %v", reg.Agencies()[0].Name)
	}
	if fin.Code != "A07000000E" || fin.Name != "財政部" || fin.English != "Ministry of Finance" || fin.Parent != "" || fin.Level != 2 || fin.Row != 2 || fin.Effective != d("37/01/01") || !fin.Abolished.IsZero() {
		t.Errorf("財政部 %+v", fin)
	}
	kh := l[1]
	if kh.Parent != "397000000A" || kh.Level != 3 || kh.Effective != d("68/12/25") {
		t.Errorf("高雄市政府都市發展局 %+v", kh)
	}
	coa := l[2]
	if coa.Abolished != d("112/08/01") || coa.Successor != "SAMPLE0002" {
		t.Errorf("行政院農業委員會 %+v", coa)
	}
}

func TestImportAgenciesProblems(t *testing.T) {
	head := []string{"機關名稱", "機關代碼", "機關層級", "機關裁撤日期"}
	tests := []struct {
		name     string
		rows     [][]string
		good     int
		problems []error
		severity []finding.Severity
	}{
		{"blank code", [][]string{head, {"財政部", "", "2", ""}}, 0, []error{datasets.ErrMissing}, []finding.Severity{finding.Error}},
		{"blank name", [][]string{head, {"", "A07000000E", "2", ""}}, 0, []error{datasets.ErrMissing}, []finding.Severity{finding.Error}},
		{"duplicate code", [][]string{head, {"財政部", "A07000000E", "2", ""}, {"財政部", "A07000000E", "2", ""}}, 1, []error{datasets.ErrDuplicate}, []finding.Severity{finding.Error}},
		{"bad level kept", [][]string{head, {"財政部", "A07000000E", "二", ""}}, 1, []error{datasets.ErrRange}, []finding.Severity{finding.Warning}},
		{"bad date kept", [][]string{head, {"財政部", "A07000000E", "2", "2023-08-01"}}, 1, []error{datasets.ErrSyntax}, []finding.Severity{finding.Warning}},
		{"impossible date kept", [][]string{head, {"財政部", "A07000000E", "2", "20230231"}}, 1, []error{datasets.ErrRange}, []finding.Severity{finding.Warning}},
		{"no code column", [][]string{{"機關名稱"}, {"財政部"}}, 0, []error{datasets.ErrNoHeader}, []finding.Severity{finding.Error}},
		{"title row and blank rows", [][]string{{"機關代碼檔"}, head, {}, {"財政部", "A07000000E", "2", ""}}, 1, nil, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			reg, err := datasets.ImportAgencies(tc.rows)
			if reg.Len() != tc.good {
				t.Errorf("good rows %d, want %d", reg.Len(), tc.good)
			}
			if tc.problems == nil {
				if err != nil {
					t.Fatalf("unexpected %v", err)
				}
				return
			}
			var ie *datasets.ImportError
			if !errors.As(err, &ie) {
				t.Fatalf("error %v, want *ImportError", err)
			}
			if len(ie.Problems) != len(tc.problems) {
				t.Fatalf("problems %v, want %d", ie.Problems, len(tc.problems))
			}
			for i, p := range ie.Problems {
				if !errors.Is(p, tc.problems[i]) || p.Severity != tc.severity[i] {
					t.Errorf("problem %d: %v (%v), want %v (%v)", i, p, p.Severity, tc.problems[i], tc.severity[i])
				}
			}
		})
	}
}

func TestRegisterLookup(t *testing.T) {
	rows := sampleAgencyRows(t)
	rows = append(rows,
		[]string{"SAMPLE0003", "法務部", "", "", "", "", "", "行政院", "", "19800701", "", "2", "", "", ""},
		[]string{"SAMPLE0004", "法務部矯正署", "", "", "", "", "SAMPLE0003", "法務部", "", "20110101", "", "3", "", "", ""},
		[]string{"SAMPLE0005", "法務部矯正署臺北監獄", "", "", "", "", "SAMPLE0004", "法務部矯正署", "", "20110101", "", "4", "", "", ""},
		[]string{"SAMPLE0006", "地政司", "", "", "", "", "SAMPLE0003", "法務部", "", "20110101", "", "3", "", "", ""},
		[]string{"SAMPLE0007", "地政司", "", "", "", "", "A07000000E", "財政部", "", "20110101", "", "3", "", "", ""},
	)
	reg, err := datasets.ImportAgencies(rows)
	if err != nil {
		t.Fatal(err)
	}
	before, after := d("112/07/31"), d("112/08/01")
	tests := []struct {
		name string
		on   rocdate.Date
		code string
		res  datasets.Resolution
	}{
		{"行政院農業委員會", before, "SAMPLE0001", datasets.Resolved},
		{"行政院農業委員會", after, "SAMPLE0002", datasets.Resolved},
		{"農業部", before, "", datasets.NotRegistered},
		{"農業部", after, "SAMPLE0002", datasets.Resolved},
		{"法務部矯正署臺北監獄", after, "SAMPLE0005", datasets.Resolved},
		{"矯正署臺北監獄", after, "SAMPLE0005", datasets.Resolved},
		{"矯正署台北監獄", after, "SAMPLE0005", datasets.Resolved},
		{"法務部矯正署　臺北監獄", after, "SAMPLE0005", datasets.Resolved},
		{"地政司", after, "", datasets.Ambiguous},
		{"臺灣臺北地方檢察署", after, "", datasets.NotRegistered},
	}
	for _, tc := range tests {
		g, res := reg.Resolve(tc.name, tc.on)
		if res != tc.res || g.Code != tc.code {
			t.Errorf("Resolve(%s, %v) = %s %v, want %s %v", tc.name, tc.on, g.Code, res, tc.code, tc.res)
		}
	}
	allocs := testing.AllocsPerRun(100, func() { reg.Resolve("矯正署臺北監獄", after) })
	if allocs != 0 {
		t.Errorf("Resolve on a hit allocates %v times", allocs)
	}
}

func TestRegisterMinistry(t *testing.T) {
	head := []string{"機關代碼", "機關名稱", "主管機關代碼", "機關層級"}
	reg, err := datasets.ImportAgencies([][]string{head,
		{"SAMPLE0003", "法務部", "", "2"},
		{"SAMPLE0004", "法務部矯正署", "SAMPLE0003", "3"},
		{"SAMPLE0005", "法務部矯正署臺北監獄", "SAMPLE0004", "4"},
		{"SAMPLE0008", "臺灣高等檢察署", "SAMPLE0003", "3"},
		{"SAMPLE0009", "臺灣臺北地方檢察署", "SAMPLE0008", "4"},
		{"SAMPLE0010", "臺灣新北地方檢察署", "SAMPLE9999", "4"},
	})
	if err != nil {
		t.Fatal(err)
	}
	on := d("111/05/19")
	for _, tc := range []struct {
		name, ministry string
	}{
		{"臺灣臺北地方檢察署", "法務部"},
		{"法務部矯正署臺北監獄", "法務部"},
		{"法務部矯正署", "法務部"},
		{"法務部", "法務部"},
		{"臺灣新北地方檢察署", ""}, // its parent is not in the register
	} {
		g, res := reg.Resolve(tc.name, on)
		if res != datasets.Resolved {
			t.Fatalf("Resolve(%s) = %v", tc.name, res)
		}
		m, ok := reg.Ministry(g.Code, on)
		if m.Name != tc.ministry || ok != (tc.ministry != "") {
			t.Errorf("Ministry(%s) = %s %v, want %s", tc.name, m.Name, ok, tc.ministry)
		}
	}
	if _, ok := reg.Ministry("NOSUCHCODE", on); ok {
		t.Error("Ministry of an unknown code reported true")
	}
}

// A 簡稱 the register gives resolves to its agency; one two agencies
// share is ambiguous; without the column nothing changes.
func TestRegisterShortNames(t *testing.T) {
	head := []string{"機關代碼", "機關名稱", "主管機關代碼", "機關層級", "機關簡稱"}
	reg, err := datasets.ImportAgencies([][]string{head,
		{"SAMPLE0003", "法務部", "", "2", ""},
		{"SAMPLE0008", "臺灣高等檢察署", "SAMPLE0003", "3", "高檢署"},
		{"SAMPLE0009", "臺灣臺北地方檢察署", "SAMPLE0008", "4", "北檢"},
		{"SAMPLE0010", "臺灣新北地方檢察署", "SAMPLE0008", "4", "北檢"},
		{"SAMPLE0011", "法務部調查局", "SAMPLE0003", "3", "法務部調查局"},
	})
	if err != nil {
		t.Fatal(err)
	}
	on := d("111/05/19")
	tests := []struct {
		name string
		code string
		res  datasets.Resolution
	}{
		{"高檢署", "SAMPLE0008", datasets.Resolved},
		{"臺灣高等檢察署", "SAMPLE0008", datasets.Resolved},
		{"北檢", "", datasets.Ambiguous},
		{"調查局", "SAMPLE0011", datasets.Resolved},
		{"法務部調查局", "SAMPLE0011", datasets.Resolved},
		{"中檢", "", datasets.NotRegistered},
	}
	for _, tc := range tests {
		if g, res := reg.Resolve(tc.name, on); res != tc.res || g.Code != tc.code {
			t.Errorf("Resolve(%s) = %s %v, want %s %v", tc.name, g.Code, res, tc.code, tc.res)
		}
	}
	if g, _ := reg.Resolve("高檢署", on); g.Short != "高檢署" {
		t.Errorf("Short = %q", g.Short)
	}
	if m, ok := reg.Ministry("SAMPLE0008", on); !ok || m.Name != "法務部" {
		t.Errorf("Ministry of 高檢署 = %v, %v", m, ok)
	}
}

package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/ogdtw/governance/rocdate"
)

var update = flag.Bool("update", false, "rewrite testdata/report.golden from the current output")

// TestGolden runs the program on the embedded deck and compares its text
// with testdata/report.golden; go test -update rewrites the file.
func TestGolden(t *testing.T) {
	var out, errs bytes.Buffer
	if code := run(nil, &out, &errs); code != 0 {
		t.Fatalf("run() = %d, stderr: %s", code, errs.String())
	}
	golden := filepath.Join("testdata", "report.golden")
	if *update {
		if err := os.WriteFile(golden, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(out.Bytes(), want) {
		t.Errorf("output differs from %s (run go test -update after checking the change):\n%s", golden, lineDiff(string(want), out.String()))
	}
	var again bytes.Buffer
	run(nil, &again, &errs)
	if !bytes.Equal(out.Bytes(), again.Bytes()) {
		t.Errorf("two runs gave different output")
	}
}

// lineDiff lists the first lines that differ.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	for i := 0; i < max(len(w), len(g)) && b.Len() < 2000; i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			b.WriteString("line " + itoa(i+1) + ":\n  want " + wl + "\n  got  " + gl + "\n")
		}
	}
	return b.String()
}

// TestFindings pins the findings the deck must give, whatever the wording
// of the rest of the report.
func TestFindings(t *testing.T) {
	report := Build(deckFS(t), rocdate.MustParse(deckDate))
	text := report.Text()
	for _, want := range []string{
		"第1季欄合計印為13，各列加總為11，相差+2",
		"第2季欄合計印為28，各列加總為19，相差+9",
		"總計印為71，各格加總為60，相差+11",
		"第1季2、第2季9、第3季0、第4季0",
		"下載連結問題8、內容有誤1、品質改善0、其他1、建議新增資料集1",
		"8 of 8 printed increases",
		"合計 for 110年第4季 equals the series at 110/12/10: 2,806",
		"合計 for 111年第2季 equals the series at 111/05/19: 2,963",
		"矯正署臺中戒治所: listed datasets 4 → 2 (-2)",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	if report.Count(Problem) != 0 {
		t.Errorf("the embedded deck has %d unreadable rows", report.Count(Problem))
	}
}

func deckFS(t *testing.T) fstest.MapFS {
	t.Helper()
	m := fstest.MapFS{}
	entries, err := embedded.ReadDir("data")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		b, err := embedded.ReadFile("data/" + e.Name())
		if err != nil {
			t.Fatal(err)
		}
		m[e.Name()] = &fstest.MapFile{Data: b}
	}
	return m
}

// TestBadRows checks that bad rows and missing files are reported with
// their file and row, and that the rest of the report still prints.
func TestBadRows(t *testing.T) {
	fsys := deckFS(t)
	fsys["series.csv"] = &fstest.MapFile{Data: []byte("統計日期,開放數量,增加數量\n107/12/13,\"2,168筆\",41筆\n108/02/30,\"2,310筆\",142筆\n108/06/13,\"2,341筆\",173筆\n")}
	delete(fsys, "catalog.csv")
	report := Build(fsys, rocdate.MustParse(deckDate))
	text := report.Text()
	for _, want := range []string{
		"! series.csv row 3",
		"! catalog.csv: file does not exist",
		"二、報告事項 (四) 本部及所屬機關資料集申請下架情形",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("report lacks %q:\n%s", want, text)
		}
	}
	if report.Count(Problem) < 2 {
		t.Errorf("Count(Problem) = %d, want at least 2", report.Count(Problem))
	}
}

// TestFlags runs the program on a folder and with bad flags.
func TestFlags(t *testing.T) {
	dir := t.TempDir()
	for name, f := range deckFS(t) {
		if err := os.WriteFile(filepath.Join(dir, name), f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	htmlFile := filepath.Join(dir, "report.html")
	var out, errs bytes.Buffer
	if code := run([]string{"-data", dir, "-as-of", "111.5.19", "-html", htmlFile}, &out, &errs); code != 0 {
		t.Fatalf("run = %d: %s", code, errs.String())
	}
	var embeddedOut bytes.Buffer
	run(nil, &embeddedOut, &errs)
	if out.String() != embeddedOut.String() {
		t.Errorf("-data with the deck's files differs from the embedded run")
	}
	if _, err := os.Stat(htmlFile); err != nil {
		t.Errorf("-html wrote no file: %v", err)
	}
	for _, args := range [][]string{{"-as-of", "111.2.30"}, {"-nope"}, {"extra"}} {
		errs.Reset()
		if code := run(args, &out, &errs); code != 2 || errs.Len() == 0 {
			t.Errorf("run(%q) = %d, stderr %q; want 2 and a message", args, code, errs.String())
		}
	}
	if code := run([]string{"-html", filepath.Join(dir, "no", "such", "dir", "r.html")}, &out, &errs); code != 1 {
		t.Errorf("run with an unwritable -html = %d, want 1", code)
	}
}

var (
	tagRE  = regexp.MustCompile(`<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(/?)>`)
	voidEl = map[string]bool{"meta": true, "br": true, "hr": true, "img": true, "link": true, "input": true}
)

// TestHTML checks that the page's elements nest and close, that it holds
// every section and chart, no script and no external reference, and that
// text from the data is escaped.
func TestHTML(t *testing.T) {
	report := Build(deckFS(t), rocdate.MustParse(deckDate))
	page, err := report.HTML()
	if err != nil {
		t.Fatal(err)
	}
	s := string(page)
	var stack []string
	for _, m := range tagRE.FindAllStringSubmatch(s, -1) {
		closing, name, selfClosing := m[1] == "/", strings.ToLower(m[2]), m[3] == "/"
		switch {
		case voidEl[name] || selfClosing:
		case closing:
			if len(stack) == 0 || stack[len(stack)-1] != name {
				t.Fatalf("</%s> closes %v", name, stack)
			}
			stack = stack[:len(stack)-1]
		default:
			stack = append(stack, name)
		}
	}
	if len(stack) != 0 {
		t.Fatalf("unclosed elements: %v", stack)
	}
	for _, sec := range report.Sections {
		if !strings.Contains(s, "<h2>"+escaped(sec.Title)+"</h2>") {
			t.Errorf("page lacks section %q", sec.Title)
		}
	}
	for _, chart := range []string{"本部資料開放數量", "本部各機關(單位)開放數量", "民間需求件數 (依季別)"} {
		if !strings.Contains(s, "<figcaption>"+escaped(chart)+"</figcaption>") {
			t.Errorf("page lacks chart %q", chart)
		}
	}
	if n := strings.Count(s, "<svg "); n != 3 {
		t.Errorf("page has %d charts, want 3", n)
	}
	for _, bad := range []string{"<script", "src=", "href=", "@import", "url("} {
		if strings.Contains(s, bad) {
			t.Errorf("page contains %q", bad)
		}
	}

	evil := &Report{Title: `<script>alert(1)</script>`, Sections: []*Section{{Title: "a&b", Blocks: []Block{{Lines: []Line{{Finding, `"><img src=x>`}}}}}}}
	page, err = evil.HTML()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(page), "<script>") || strings.Contains(string(page), "<img") || !strings.Contains(string(page), "a&amp;b") {
		t.Errorf("text is not escaped:\n%s", page)
	}
}

// escaped escapes s as html/template writes text.
func escaped(s string) string {
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;", "'", "&#39;")
	return r.Replace(s)
}

func BenchmarkBuild(b *testing.B) {
	fsys, _ := subData()
	date := rocdate.MustParse(deckDate)
	b.ReportAllocs()
	for b.Loop() {
		_ = Build(fsys, date).Text()
	}
}

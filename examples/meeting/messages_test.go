package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/ogdtw/governance/rocdate"
	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"github.com/ogdtw/governance/finding"
)

var (
	// wordRE finds a run of ASCII letters, with what may follow in a name
	// (data.gov.tw, series.csv).
	wordRE = regexp.MustCompile(`[A-Za-z][A-Za-z0-9._-]*`)
	// verbRE finds the verbs of a format.
	verbRE = regexp.MustCompile(`%(?:\[\d+\])?[-+# 0]*\d*(?:\.\d+)?[a-zA-Z%]`)
	// fileRE is a data file's name, as problem lines name it.
	fileRE = regexp.MustCompile(`^[a-z_]+\.(csv|ods|xlsx)$`)
)

// englishWords returns the ASCII words of text: every run of Latin
// letters but the letters of a document number (one or two capitals
// after its digits, 1100123456A). A Chinese report holds none but the
// deck's own (API, data.gov.tw, Open Data, a PDF's name), which
// [nonDeckWords] allows; a name the program writes itself, a data
// file's name or CSV, is English to an official all the same.
func englishWords(text string) []string {
	var out []string
	for _, loc := range wordRE.FindAllStringIndex(text, -1) {
		w := strings.TrimRight(text[loc[0]:loc[1]], ".-_")
		if loc[0] > 0 && text[loc[0]-1] >= '0' && text[loc[0]-1] <= '9' && len(w) <= 2 && strings.ToUpper(w) == w {
			continue
		}
		out = append(out, w)
	}
	return out
}

func TestEnglishWords(t *testing.T) {
	for text, want := range map[string][]string{
		"開放於data.gov.tw，CSV及HTML與API":            {"data.gov.tw", "CSV", "HTML", "API"},
		"series.csv 第3列、資料集23261、字第1100123456A號": {"series.csv"},
		"合計 for 110年第4季":                         {"for"},
		"8 of 8 printed increases":               {"of", "printed", "increases"},
		"Report date: 2022-05-19 (Thursday)":     {"Report", "date", "Thursday"},
		"第12AB號、第3abc號":                          {"abc"},
	} {
		if got := englishWords(text); !slices.Equal(got, want) {
			t.Errorf("englishWords(%q) = %q, want %q", text, got, want)
		}
	}
}

// nonDeckWords returns the English words of text (a report of r, as text
// or as a page's text) that the deck did not write: the deck's
// quotations, its case cells and the readings that cite them keep the
// deck's words (API, Open Data), everything else must be Chinese.
func nonDeckWords(r *Report, text string) []string {
	deckWords := map[string]bool{}
	remember := func(s string) {
		for _, w := range englishWords(s) {
			deckWords[w] = true
		}
	}
	for _, sec := range r.Sections {
		for _, b := range sec.Blocks {
			if b.Case != nil {
				for _, c := range b.Case.Cells {
					remember(c)
				}
			}
			for _, l := range b.Lines {
				switch {
				case l.Kind == Quote:
					remember(l.Text)
				case l.Kind == Problem:
					// A row that could not be read is named by its file,
					// for whoever mends the file: a name, given where no
					// other says which file.
					if f, _, _ := strings.Cut(l.Text, " "); fileRE.MatchString(f) {
						deckWords[f] = true
					}
				}
			}
		}
	}
	var out []string
	for _, w := range englishWords(text) {
		if !deckWords[w] {
			out = append(out, w)
		}
	}
	return out
}

// pageText returns the text a reader sees of an HTML page: its elements,
// style sheet and attributes left out, its entities read.
func pageText(page string) string {
	page = regexp.MustCompile(`(?s)<style>.*?</style>`).ReplaceAllString(page, "")
	page = regexp.MustCompile(`<[^>]*>`).ReplaceAllString(page, " ")
	return html.UnescapeString(page)
}

// TestChineseOutput scans the golden Chinese report for English words.
func TestChineseOutput(t *testing.T) {
	text, err := os.ReadFile(filepath.Join("testdata", "report.golden"))
	if err != nil {
		t.Fatal(err)
	}
	// Not even a name, outside the deck's own words: the deck writes
	// API and data.gov.tw, and its quotations are printed as it wrote
	// them; everything else is Chinese.
	report := Build(deckFS(t), rocdate.MustParse(deckDate), finding.Chinese)
	if w := nonDeckWords(report, string(text)); len(w) > 0 {
		t.Errorf("testdata/report.golden has Latin letters outside the deck's quotations: %q", w)
	}
	en, err := os.ReadFile(filepath.Join("testdata", "report.en.golden"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(en), "應用程式介面(API)") || !strings.Contains(string(en), "政府資料開放平臺（data.gov.tw）") {
		t.Errorf("the English report does not quote the deck's texts as the deck writes them")
	}
	if !strings.Contains(string(en), "Meeting date: 2022-05-19 (Thursday)") {
		t.Errorf("testdata/report.en.golden is not the English report")
	}
}

// TestCatalog checks every message: both languages written, the same
// verbs in the same order, no English in the Chinese, each found in the
// x/text catalog in its own language, and every key the source uses is in
// the catalog and every key of the catalog is used.
func TestCatalog(t *testing.T) {
	seen := map[string]bool{}
	for _, m := range messages {
		if m.key == "" || seen[m.key] {
			t.Errorf("key %q is empty or given twice", m.key)
		}
		seen[m.key] = true
		if strings.TrimSpace(m.zh) == "" || strings.TrimSpace(m.en) == "" {
			t.Errorf("%s lacks a message in a language: zh %q, en %q", m.key, m.zh, m.en)
			continue
		}
		zv, ev := verbRE.FindAllString(m.zh, -1), verbRE.FindAllString(m.en, -1)
		if !slices.Equal(zv, ev) {
			t.Errorf("%s: the Chinese takes %q, the English %q", m.key, zv, ev)
		}
		if w := englishWords(verbRE.ReplaceAllString(m.zh, "")); len(w) > 0 {
			t.Errorf("%s: the Chinese %q has English words %q", m.key, m.zh, w)
		}
		for _, c := range []struct {
			tag    language.Tag
			format string
		}{{finding.Chinese, m.zh}, {finding.English, m.en}} {
			args := sampleArgs(ev)
			printer := message.NewPrinter(c.tag, message.Catalog(cat))
			got := printer.Sprintf(m.key, args...)
			if want := strings.ReplaceAll(fmt.Sprintf(c.format, args...), "2963", "2,963"); got != want {
				t.Errorf("%s in %v = %q from the catalog, want %q", m.key, c.tag, got, want)
			}
			if fast := newLang(c.tag).tr(m.key, args...); fast != got {
				t.Errorf("%s in %v: tr writes %q, message.Printer %q", m.key, c.tag, fast, got)
			}
		}
	}
	used, literals := usedKeys(t)
	for _, k := range used {
		if !seen[k] {
			t.Errorf("the source uses key %q, which has no message", k)
		}
	}
	for k := range seen {
		if !literals[k] {
			t.Errorf("key %q is not used", k)
		}
	}
}

// sampleArgs returns an argument for each verb: 2963 for the first
// number, which prints grouped (2,963), small numbers after it.
func sampleArgs(verbs []string) []any {
	var args []any
	for i, v := range verbs {
		switch v[len(v)-1] {
		case '%':
		case 'd':
			n := i + 1
			if !slices.ContainsFunc(args, func(a any) bool { _, ok := a.(int); return ok }) {
				n = 2963
			}
			args = append(args, n)
		default:
			args = append(args, "x"+strconv.Itoa(i))
		}
	}
	return args
}

// usedKeys returns the keys the source passes to tr, say and section (the
// first string literal of each call), and every string literal of the
// source, where a key chosen before the call is written.
func usedKeys(t *testing.T) ([]string, map[string]bool) {
	t.Helper()
	literals := map[string]bool{}
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	var keys []string
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if vs, ok := n.(*ast.ValueSpec); ok && len(vs.Names) == 1 && vs.Names[0].Name == "messages" {
				return false // the catalog itself
			}
			if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
				if s, err := strconv.Unquote(lit.Value); err == nil {
					literals[s] = true
				}
			}
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok || (sel.Sel.Name != "tr" && sel.Sel.Name != "say" && sel.Sel.Name != "section") {
				return true
			}
			for _, a := range call.Args {
				if lit, ok := a.(*ast.BasicLit); ok && lit.Kind == token.STRING {
					k, err := strconv.Unquote(lit.Value)
					if err != nil {
						t.Fatal(err)
					}
					if !slices.Contains(keys, k) {
						keys = append(keys, k)
					}
					break
				}
			}
			return true
		})
	}
	if len(keys) < 10 {
		t.Fatalf("found %d keys in the source: the scan is broken", len(keys))
	}
	return keys, literals
}

// BenchmarkMessage formats one line of the report through the catalog's
// printer, beside fmt.Sprintf of the same format.
func BenchmarkMessage(b *testing.B) {
	l := newLang(finding.Chinese)
	const key, format = "publishers.subtotal", "%s小計%s → %s（%s）等於各列加總"
	b.Run("catalog", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_ = l.tr(key, "所屬機關", "1,929", "2,072", "+143")
		}
	})
	b.Run("sprintf", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_ = fmt.Sprintf(format, "所屬機關", "1,929", "2,072", "+143")
		}
	})
	b.Run("catalog-ints", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_ = l.tr("report.summary", 27, 9, 0)
		}
	})
	b.Run("printer-ints", func(b *testing.B) {
		p := message.NewPrinter(finding.Chinese, message.Catalog(cat))
		b.ReportAllocs()
		for b.Loop() {
			_ = p.Sprintf("report.summary", 27, 9, 0)
		}
	})
	b.Run("catalog-grouped", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_ = l.tr("delistings.change", "所屬機關", 1929, 2072, "+143")
		}
	})
	b.Run("sprintf-ints", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_ = fmt.Sprintf("查核通過%d項，發現%d項，無法讀取%d列", 27, 9, 0)
		}
	})
}

// A list reads as each language lists: 、 in Chinese, ", " in English.
func TestList(t *testing.T) {
	items := []string{"法制司", "檢察司"}
	if got := newLang(finding.Chinese).list(items); got != "法制司、檢察司" {
		t.Errorf("Chinese list = %q", got)
	}
	if got := newLang(finding.English).list(items); got != "法制司, 檢察司" {
		t.Errorf("English list = %q", got)
	}
}

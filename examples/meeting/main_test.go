package main

import (
	"bytes"
	"encoding/csv"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"golang.org/x/text/language"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/rocdate"
)

var update = flag.Bool("update", false, "rewrite testdata/report.golden and report.en.golden from the current output")

// goldens are the golden files, by the arguments that print them: the
// default report in Chinese, and the same report in English.
var goldens = []struct {
	file string
	args []string
}{
	{"report.golden", nil},
	{"report.en.golden", []string{"-lang", "en"}},
}

// TestGolden runs the program on the embedded deck in each language and
// compares its text with the golden file; go test -update rewrites them.
func TestGolden(t *testing.T) {
	for _, g := range goldens {
		t.Run(g.file, func(t *testing.T) {
			var out, errs bytes.Buffer
			if code := run(g.args, &out, &errs); code != 0 {
				t.Fatalf("run(%q) = %d, stderr: %s", g.args, code, errs.String())
			}
			golden := filepath.Join("testdata", g.file)
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
			run(g.args, &again, &errs)
			if !bytes.Equal(out.Bytes(), again.Bytes()) {
				t.Errorf("two runs gave different output")
			}
		})
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

// TestFindings pins the findings the deck must give, in each language,
// whatever the wording of the rest of the report.
func TestFindings(t *testing.T) {
	for _, c := range []struct {
		tag  language.Tag
		want []string
	}{
		{finding.Chinese, []string{
			"第1季欄合計載為13，各列加總為11，合計多2",
			"第2季欄合計載為28，各列加總為19，合計多9",
			"總計載為71，各格加總為60，總計多11",
			"第1季2、第2季9、第3季0、第4季0",
			"下載連結問題8、內容有誤1、品質改善0、其他1、建議新增資料集1",
			"表列增加數量與開放數量之差符合8筆（共8筆）",
			"110年第4季各列加總與110年12月10日之開放數量符合：2,806",
			"111年第2季各列加總與111年5月19日之開放數量符合：2,963",
			"二、報告事項(四)所載申請下架2筆，與表列2列相符",
			"? 伍、結語：資料開放數量名列各部會第二：未提供排名表，無法查核",
			"決定：（俟會議決定）",
			"      交辦（資訊處會同有關單位）：審慎研議（本報告解讀）\n",
			"      提醒（各單位）：應注意《政府資訊公開法》第18條或其他法律規範（本報告解讀）\n",
			"✓ 主席裁示所引《政府資訊公開法》第18條：經核111年5月19日施行之政府資訊公開法（94年12月28日制定公布），確有該條規定",
			"引用法規查核（法規資料更新至113年10月11日）",
			"      通案原則（資訊處）：日後如有API開發需求，參考委員建議，妥適評估其建置、維運成本及效益，避免浪費公帑（本報告解讀）\n",
			"      核定下架：臺灣橋頭地方檢察署資料集1筆（重複）（本報告解讀）\n",
			"✓ 案由3：核定下架臺灣橋頭地方檢察署資料集1筆（重複），辦理情形：已完成下架",
			"  辦理情形：1. 經查行政院公共工程委員會",
			"\n            2. 本處已於110年12月22日",
			"報告單位：資訊處\n會議日期：111年5月19日（星期四）\n\n主席致詞\n\n大綱\n  一、上次會議決議事項辦理情形\n  二、報告事項\n  三、臨時動議\n",
			"三、臨時動議\n============\n\n感謝各位委員蒞臨指教😊\n\n查核",
			"? 序號86「廉政業務管理系統」 丙類應有法令依據：所據盤點表未列「法令依據」欄，無法查核",
			"查核155項：符合115項，不符10項，無法查核30項；無法讀取0列；另依範例資料查核3項：符合3項，不符0項，無法查核0項（不計入上開查核）",
			"? 序號82「法務統計資料庫系統」之修正說明：未附前一版盤點表，無從比對，無法查核",
		}},
		{finding.English, []string{
			"column 第1季: the total is printed as 13, its rows add up to 11: the total is 2 more",
			"column 第2季: the total is printed as 28, its rows add up to 19: the total is 9 more",
			"the grand total is printed as 71, the cells add up to 60: the grand total is 11 more",
			"第1季 2, 第2季 9, 第3季 0, 第4季 0",
			"8 of 8 printed increases equal the difference of the counts",
			"the rows of Q4 2021 add up to the series at 2021-12-10: 2,806",
			"the rows of Q2 2022 add up to the series at 2022-05-19: 2,963",
			"二、報告事項(四): the 2 requests stated equal the 2 rows of the table",
			"Decision: (to be decided by the meeting)",
			"3. Extempore motions\n====================\n\n",
			"? serial 86 廉政業務管理系統 [a Class C record names its legal grounds]: the inventory as given has no column for the legal grounds, so this cannot be checked",
			"155 checks: 115 passed, 10 failed, 30 not checkable; 0 unreadable rows; besides, on sample data, 3 checks: 3 passed, 0 failed, 0 not checkable (not counted above)",
		}},
	} {
		report := Build(deckFS(t), rocdate.MustParse(deckDate), c.tag)
		text := report.Text()
		for _, want := range c.want {
			if !strings.Contains(text, want) {
				t.Errorf("%v: report lacks %q", c.tag, want)
			}
		}
		// Before the meeting decides, nothing is decided: no 決議 but
		// 決定：（俟會議決定）, and no item is released.
		// The deck's records have no 法令依據 column: their grounds are
		// unknown, not missing, and no rule on them is a finding.
		for _, bad := range []string{"✗ 錯誤：序號86", "✗ error serial 86", "決議解除列管", "decided to release"} {
			if strings.Contains(text, bad) {
				t.Errorf("%v: the report decides before the meeting: %q", c.tag, bad)
			}
		}
		if report.Count(Problem) != 0 {
			t.Errorf("%v: the embedded deck has %d unreadable rows", c.tag, report.Count(Problem))
		}
	}
}

// TestDecisions gives the meeting's decisions (decisions.csv): each item
// decided shows its decision, the others 決定：（俟會議決定）, and a case not on
// the agenda is a problem of its row.
func TestDecisions(t *testing.T) {
	fsys := deckFS(t)
	fsys["decisions.csv"] = &fstest.MapFile{Data: []byte("案由,決議\n案由1,解除列管\n3,同意解除列管\n案由9,解除列管\n")}
	report := Build(fsys, rocdate.MustParse(deckDate), finding.Chinese)
	text := report.Text()
	if n := strings.Count(text, "決定：111年度第1次會議決議解除列管"); n != 2 {
		t.Errorf("%d items released, want 2:\n%s", n, text)
	}
	if n := strings.Count(text, "決定：（俟會議決定）"); n != 1 {
		t.Errorf("%d items pending, want 1 (案由2)", n)
	}
	if !strings.Contains(text, "! decisions.csv 第4列：議程無「案由9」") || report.Count(Problem) != 1 {
		t.Errorf("the unknown case is not reported once:\n%s", text)
	}
}

// TestAsOf checks that the deck is judged for its own day whatever day
// the report is asked: asked on the meeting day, no amendment of
// 113年7月31日 is told at all; asked on 115年12月1日, the two are listed
// apart, as 報告日後之法規異動, never as findings, with what the statutes
// cannot tell after their data date; the findings are the same.
func TestAsOf(t *testing.T) {
	onDay := Build(deckFS(t), rocdate.MustParse(deckDate), finding.Chinese)
	later := Build(deckFS(t), rocdate.MustParse("115.12.1"), finding.Chinese)
	if strings.Contains(onDay.Text(), "113年7月31日修正") || strings.Contains(onDay.Text(), "報告日後之法規異動") {
		t.Errorf("asked on the meeting day, the report tells of later amendments:\n%s", onDay.Text())
	}
	text := later.Text()
	for _, want := range []string{
		"查核日期：115年12月1日",
		"報告日後之法規異動（111年5月19日會議後至115年12月1日，非簡報之誤）",
		"刑事訴訟法第245條第3項：113年7月31日修正公布，該項移列為第5項，文字未修正",
		"洗錢防制法第13條第1項：113年7月31日全文修正，原條文移列為第18條第1項並修正文字",
		"? 法規資料更新至113年10月11日，113年10月12日至115年12月1日之法規異動無法查核",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("asked on 115年12月1日, the report lacks %q", want)
		}
	}
	// An amendment before the meeting is no finding and no notice: the
	// deck cites the version in force (洗錢防制法 of 107年, not its 105年
	// rewrite).
	for _, r := range []*Report{onDay, later} {
		if t2 := r.Text(); strings.Contains(t2, "105年12月28日") || strings.Contains(t2, "報告日前修正") {
			t.Errorf("the report tells of an amendment before the meeting:\n%s", t2)
		}
	}
	for _, k := range []LineKind{Pass, Finding, Problem} {
		if onDay.Count(k) != later.Count(k) {
			t.Errorf("line kind %d: %d on the meeting day, %d later: a later day changed a verdict of the deck", k, onDay.Count(k), later.Count(k))
		}
	}
	for _, sec := range later.Sections {
		for _, b := range sec.Blocks {
			for _, l := range b.Lines {
				if l.Kind == Finding && strings.Contains(l.Text, "113年") {
					t.Errorf("a later amendment is a finding: %s", l.Text)
				}
			}
		}
	}
}

// TestCrossTable alters one year of one 民間需求 table, its total with
// it, so that the table adds up by itself: only the other table can tell.
func TestCrossTable(t *testing.T) {
	fsys := deckFS(t)
	table := string(fsys["requests_by_category.csv"].Data)
	altered := strings.Replace(table, "105年,8,3,2,4,6,23", "105年,9,3,2,4,6,24", 1)
	if altered == table {
		t.Fatal("the 105年 row of requests_by_category.csv is not as the deck prints it")
	}
	fsys["requests_by_category.csv"] = &fstest.MapFile{Data: []byte(altered)}
	deck := Build(deckFS(t), rocdate.MustParse(deckDate), finding.Chinese)
	report := Build(fsys, rocdate.MustParse(deckDate), finding.Chinese)
	text := report.Text()
	for _, want := range []string{"✓ 兩表各年度表列合計相符5項（共7項）", "✗ 錯誤：105年："} {
		if !strings.Contains(text, want) {
			t.Errorf("report lacks %q:\n%s", want, text)
		}
	}
	// The deck's two tables agree with each other; the altered one's year
	// and its sums no longer do.
	cross := func(r *Report) int {
		return r.Count(Finding) - countLines(r, "依類別：") - countLines(r, "依季別：") - countLines(r, "壹、前言稱") - countLines(r, "警告：")
	}
	if cross(deck) != 0 || cross(report) != 2 {
		t.Errorf("cross-table findings: %d on the deck, %d altered; want 0 and 2 (the year, the sums of all cells)", cross(deck), cross(report))
	}
}

// TestRanking gives the report a ranking table, sample figures made up
// for the test (the deck's ranking is a picture): the claim
// 名列各部會第二 is then checked, passed with 法務部 second and failed
// with it third, where without the table it is not checkable.
func TestRanking(t *testing.T) {
	for _, c := range []struct {
		table, want string
		kind        LineKind
	}{
		{"機關,資料集數量\n內政部,\"3,500\"\n法務部,\"2,963\"\n經濟部,\"2,100\"\n", "法務部資料集2,963筆，名列第2，相符", Pass},
		{"機關,資料集數量\n內政部,\"3,500\"\n經濟部,\"3,100\"\n法務部,\"2,963\"\n", "名列第3", Finding},
	} {
		fsys := deckFS(t)
		fsys["ranking.csv"] = &fstest.MapFile{Data: []byte(c.table)}
		report := Build(fsys, rocdate.MustParse(deckDate), finding.Chinese)
		found := false
		for _, sec := range report.Sections {
			for _, b := range sec.Blocks {
				for _, l := range b.Lines {
					if strings.HasPrefix(l.Text, "伍、結語：") && strings.Contains(l.Text, c.want) {
						found = found || l.Kind == c.kind
					}
				}
			}
		}
		if !found || report.Count(Problem) != 0 {
			t.Errorf("with the table\n%s the report lacks a line of kind %d with %q:\n%s", c.table, c.kind, c.want, report.Text())
		}
	}
}

// countLines counts the finding lines of r that start with prefix.
func countLines(r *Report, prefix string) int {
	n := 0
	for _, s := range r.Sections {
		for _, b := range s.Blocks {
			for _, l := range b.Lines {
				if l.Kind == Finding && strings.HasPrefix(l.Text, prefix) {
					n++
				}
			}
		}
	}
	return n
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
	delete(fsys, "sample_catalog.csv")
	delete(fsys, "outline.csv")
	for _, c := range []struct {
		tag  language.Tag
		want []string
	}{
		{finding.Chinese, []string{
			"! series.csv 第3列",
			"? 未提供資料集目錄，申請下架2筆之審查無法查核",
			"二、報告事項 (四)「本部及所屬機關資料集申請下架情形」",
		}},
		{finding.English, []string{
			"! series.csv row 3",
			"? no catalog is given: the 2 requests cannot be reviewed",
			"2. Reports (4) Requests to delist datasets",
		}},
	} {
		report := Build(fsys, rocdate.MustParse(deckDate), c.tag)
		text := report.Text()
		for _, want := range c.want {
			if !strings.Contains(text, want) {
				t.Errorf("%v: report lacks %q:\n%s", c.tag, want, text)
			}
		}
		if report.Count(Problem) != 1 || report.Count(Unchecked) < 2 {
			t.Errorf("%v: Count(Problem) = %d, Count(Unchecked) = %d; want 1 and at least 2", c.tag, report.Count(Problem), report.Count(Unchecked))
		}
		if c.tag == finding.Chinese {
			if w := nonDeckWords(report, text); len(w) > 0 {
				t.Errorf("the Chinese report of bad rows has English words %q:\n%s", w, text)
			}
		}
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
	var en bytes.Buffer
	if code := run([]string{"-lang", "en-US"}, &en, &errs); code != 0 || !strings.Contains(en.String(), "Meeting date: 2022-05-19 (Thursday)") {
		t.Errorf("run -lang en-US = %d, not the English report:\n%.200s", code, en.String())
	}
	for _, args := range [][]string{{"-as-of", "111.2.30"}, {"-nope"}, {"extra"}, {"-lang", "x-%"}, {"-lang", "fr"}} {
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
	for _, tag := range []language.Tag{finding.Chinese, finding.English} {
		t.Run(tag.String(), func(t *testing.T) { testHTML(t, tag) })
	}
}

func testHTML(t *testing.T, tag language.Tag) {
	report := Build(deckFS(t), rocdate.MustParse(deckDate), tag)
	page, err := report.HTML()
	if err != nil {
		t.Fatal(err)
	}
	s := string(page)
	if want := `<html lang="` + tag.String() + `">`; !strings.Contains(s, want) {
		t.Errorf("page lacks %s", want)
	}
	for _, h := range report.Heading() {
		if !strings.Contains(s, "<p class=\"date\">"+escaped(h)+"</p>") {
			t.Errorf("page lacks the heading line %q", h)
		}
	}
	for _, o := range report.Outline {
		if !strings.Contains(s, "<li>"+escaped(o)+"</li>") {
			t.Errorf("page lacks the outline's %q", o)
		}
	}
	// The page carries every line of the text, each with its kind, and
	// every case as the deck's table of four columns.
	for _, sec := range report.Sections {
		for _, b := range sec.Blocks {
			if c := b.Case; c != nil {
				for i := range c.Heads {
					if !strings.Contains(s, "<th>"+escaped(c.Heads[i])+"</th>") || !strings.Contains(s, "<td>"+escaped(c.Cells[i])+"</td>") {
						t.Errorf("page lacks the case's column %q: %q", c.Heads[i], c.Cells[i])
					}
				}
			}
			for _, ln := range b.Lines {
				kind := lineClass(ln.Kind)
				if !strings.Contains(s, `<li class="`+kind+`">`+escaped(ln.Text)+"</li>") {
					t.Errorf("page lacks the %s line %q", kind, ln.Text)
				}
			}
		}
	}
	if tag == finding.Chinese {
		if w := nonDeckWords(report, pageText(s)); len(w) > 0 {
			t.Errorf("the Chinese page has English words: %q", w)
		}
	}
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
	l := newLang(tag)
	for _, chart := range []string{l.tr("series.chart"), l.tr("publishers.chart"), l.tr("requests.chart")} {
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

	evil := &Report{Title: `<script>alert(1)</script>`, Sections: []*Section{{Title: "a&b", Blocks: []Block{{Lines: []Line{{Kind: Finding, Text: `"><img src=x>`}}}}}}}
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
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;", "'", "&#39;", "+", "&#43;")
	return r.Replace(s)
}

func BenchmarkBuild(b *testing.B) {
	fsys, _ := subData()
	date := rocdate.MustParse(deckDate)
	b.ReportAllocs()
	for b.Loop() {
		_ = Build(fsys, date, finding.Chinese).Text()
	}
}

// TestChecksAddUp checks that the summary counts checks, not lines: its
// figures are the sums of what each line stands for, passed, failed and
// not checkable add up to the checks made, every ✓, ✗ and ? line stands
// for at least one check, and no line of the deck's count rests on
// sample data.
func TestChecksAddUp(t *testing.T) {
	report := Build(deckFS(t), rocdate.MustParse(deckDate), finding.Chinese)
	deck, sample := report.Checks()
	if deck.Passed+deck.Failed+deck.Unchecked != deck.Total() || deck.Total() == 0 {
		t.Fatalf("deck checks %+v do not add up", deck)
	}
	var lines, sampleLines finding.Tally
	for _, s := range report.Sections {
		for _, b := range s.Blocks {
			for _, l := range b.Lines {
				if l.Kind.IsCheck() && l.Checks.Total() == 0 {
					t.Errorf("line %q is marked a check but counts none", l.Text)
				}
				if !l.Kind.IsCheck() && l.Checks.Total() != 0 {
					t.Errorf("line %q is not a check but counts %v", l.Text, l.Checks)
				}
				if l.Kind == Pass && (l.Checks.Failed != 0 || l.Checks.Unchecked != 0) {
					t.Errorf("✓ line %q counts checks that did not pass: %+v", l.Text, l.Checks)
				}
				if l.Sample {
					sampleLines = sampleLines.Plus(l.Checks)
				} else {
					lines = lines.Plus(l.Checks)
				}
			}
		}
	}
	if lines != deck || sampleLines != sample {
		t.Errorf("Checks() = %+v, %+v; the lines add up to %+v, %+v", deck, sample, lines, sampleLines)
	}
	if sample.Total() != 3 {
		t.Errorf("checks on the sample data = %+v, want the 2 delistings reviewed and the ranking claim", sample)
	}
	text := report.Text()
	if strings.Contains(text, "修正說明相符") {
		t.Error("without a previous edition a 修正說明 is reported as agreeing")
	}
	if want := deck.Message(finding.Chinese); !strings.Contains(report.Summary(), want) {
		t.Errorf("Summary() = %q, want it to hold %q", report.Summary(), want)
	}
}

// TestPreviousEdition gives the report a previous edition of the records
// (testdata/previous: made for the test from the 修正說明, so sample data
// and not the deck's): each 修正說明 is then checked against the change
// it describes, and a note that tells another change fails.
func TestPreviousEdition(t *testing.T) {
	prev, err := os.ReadFile("testdata/previous/inventory_records_previous.csv")
	if err != nil {
		t.Fatal(err)
	}
	fsys := deckFS(t)
	fsys["inventory_records_previous.csv"] = &fstest.MapFile{Data: prev}
	text := Build(fsys, rocdate.MustParse(deckDate), finding.Chinese).Text()
	for _, want := range []string{
		"✓ 序號82「法務統計資料庫系統」：將相關文字內之「院」修正為「校」。（修正說明相符）",
		"✓ 序號86「廉政業務管理系統」：將管理單位由本部資訊處改為廉政署。（修正說明相符）",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("with a previous edition the report lacks %q", want)
		}
	}
	if strings.Contains(text, "未附前一版盤點表") {
		t.Error("with a previous edition a note is still reported as not checkable")
	}
	// A previous edition in which record 86 was already kept by 廉政署:
	// its note tells a change that did not happen.
	fsys["inventory_records_previous.csv"] = &fstest.MapFile{Data: []byte(strings.ReplaceAll(string(prev), "本部資訊處", "廉政署"))}
	text = Build(fsys, rocdate.MustParse(deckDate), finding.Chinese).Text()
	if strings.Contains(text, "序號86「廉政業務管理系統」：將管理單位由本部資訊處改為廉政署。（修正說明相符）") {
		t.Error("a note describing a change the editions do not show is reported as agreeing")
	}
}

// TestQuotations checks that every text the deck quotes is printed as the
// data holds it, byte for byte: each cell of the files that hold the
// deck's words is a quotation, a case's cell or a table's cell (a cell
// of several lines, line by line) of the report, in both languages.
func TestQuotations(t *testing.T) {
	quoted := map[string][]string{
		"items.csv":             {"會議紀錄", "主席裁示", "辦理情形", "列管建議"},
		"passages.csv":          {"內容"},
		"action_plan.csv":       {"原文"},
		"inventory_summary.csv": {"備註"},
		"inventory_records.csv": {"系統、資料庫名稱", "系統、資料庫描述", "蒐集資料項目", "管理單位", "修正說明"},
		"regulation.csv":        {"內容"},
		"slides.csv":            {"內容"},
	}
	fsys := deckFS(t)
	for _, tag := range []language.Tag{finding.Chinese, finding.English} {
		report := Build(fsys, rocdate.MustParse(deckDate), tag)
		printed := map[string]bool{}
		for _, s := range append(report.Opening, report.Closing...) {
			printed[s] = true
		}
		for _, sec := range report.Sections {
			for _, b := range sec.Blocks {
				printed[b.Caption] = true
				if b.Case != nil {
					for _, c := range b.Case.Cells {
						printed[c] = true
					}
				}
				if b.Table != nil {
					for _, row := range b.Table.Rows {
						for _, c := range row {
							printed[c] = true
						}
					}
				}
				for _, l := range b.Lines {
					if l.Kind == Quote {
						printed[l.Text] = true
					}
				}
			}
		}
		n := 0
		for file, cols := range quoted {
			records, err := csv.NewReader(bytes.NewReader(fsys[file].Data)).ReadAll()
			if err != nil {
				t.Fatalf("%s: %v", file, err)
			}
			for _, name := range cols {
				k := column(records, name)
				if k < 0 {
					t.Fatalf("%s has no column %s", file, name)
				}
				for i, rec := range records[1:] {
					cell := strings.Trim(rec[k], " \t\r\n")
					if cell == "" {
						continue
					}
					n++
					whole := printed[cell]
					if !whole && (file == "inventory_summary.csv" || file == "inventory_records.csv") {
						// A table prints a cell of several lines a line a row.
						whole = true
						for _, line := range strings.Split(cell, "\n") {
							whole = whole && printed[line]
						}
					}
					if !whole {
						t.Errorf("%v: %s row %d, %s: the report does not quote %q as written", tag, file, i+2, name, cell)
					}
				}
			}
		}
		if n < 30 {
			t.Errorf("only %d quotations checked", n)
		}
	}
}

// TestYearToDateUnchecked: the deck's 110年第4季 is the count of 110/12/10,
// so the 111.01.01 迄今 column is 無法查核 for each of its 23 rows, never a ✓.
func TestYearToDateUnchecked(t *testing.T) {
	report := Build(deckFS(t), rocdate.MustParse(deckDate), finding.Chinese)
	found := false
	for _, s := range report.Sections {
		for _, b := range s.Blocks {
			for _, l := range b.Lines {
				if !strings.Contains(l.Text, "迄今") || !l.Kind.IsCheck() {
					continue
				}
				if l.Kind != Unchecked || l.Checks != (finding.Tally{Unchecked: 23}) {
					t.Errorf("line %q: kind %v, checks %+v; want 23 無法查核", l.Text, l.Kind, l.Checks)
				}
				found = true
			}
		}
	}
	if !found {
		t.Error("no line says the 迄今 column cannot be checked")
	}
}

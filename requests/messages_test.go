package requests

import (
	"errors"
	"regexp"
	"strings"
	"testing"

	"github.com/ogdtw/governance/datasets"
	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/internal/detailtest"
	"github.com/ogdtw/governance/internal/errtype"
	"github.com/ogdtw/governance/internal/i18n"
	"github.com/ogdtw/governance/rocdate"
	"golang.org/x/text/language"
)

// producedCodes lists every message code the package can produce: the
// findings' codes and the keys of every enum label, found by walking the
// values, not copied from messages.txt.
func producedCodes(t *testing.T) []string {
	codes := errorCodes(t)
	for k := NoFindingKind + 1; k.IsValid(); k++ {
		codes = append(codes, k.Code(), "requests.kind."+kindNames[k])
	}
	codes = append(codes, "requests.reply-report", "requests.reply.id", "requests.reply.received", "requests.reply.replied",
		"requests.reply.days", "requests.reply.state", "requests.reply.late", "requests.reply.overdue",
		"requests.reply.open", "requests.reply.date")
	codes = append(codes, "requests.other-total", "requests.reconciliation",
		"requests.missing-row.cells", "requests.missing-row.cell", "requests.missing-row.sep",
		"requests.diff.more", "requests.diff.less")
	codes = append(codes, crossCodes...)
	codes = append(codes, cellCodes...)
	codes = append(codes, "requests.check", "requests.check.unprinted", "requests.cross-check", "requests.cross-check.sums",
		"requests.cross-check.figure", "requests.cross-check.unprinted")
	codes = append(codes, "requests.cross-side", "requests.cross-side.not-reached", "requests.cross-side.unprinted",
		"requests.cross-residual.each", "requests.cross-other", "requests.cross-table.by-quarter",
		"requests.cross-table.by-category", "requests.cross-table.first", "requests.cross-table.second",
		"requests.comparison")
	for c := NoCategory; c.IsValid(); c++ {
		codes = append(codes, "requests.category."+c.Name())
	}
	for c := NoConcern; c.IsValid(); c++ {
		codes = append(codes, "requests.concern."+c.Name())
	}
	for r := QuarterlyReview; r.IsValid(); r++ {
		codes = append(codes, "requests.route."+r.Name(), "requests.route-wording."+r.Name())
	}
	for a := NoAxis + 1; a.IsValid(); a++ {
		codes = append(codes, "requests.axis."+axisNames[a])
	}
	return codes
}

// cellCodes are the message codes of a CellCheck, one per kind of
// outcome.
var cellCodes = []string{CellCode, CellCode + ".differs", CellCode + ".counted-not-reached", CellCode + ".not-reached",
	CellCode + ".unprinted", CellCode + ".pending", CellCode + ".no-axis"}

// crossCodes are the codes of the findings of CompareTables.
var crossCodes = []string{"requests.cross-year-total", "requests.cross-grand-total", "requests.cross-missing-year",
	"requests.cross-notation", "requests.cross-residual"}

// TestCatalogComplete fails when a code the package produces has no
// message in the catalog (Register refuses a message missing a language
// or whose two formats take different arguments), and when the catalog
// holds a code nothing produces.
func TestCatalogComplete(t *testing.T) {
	produced := map[string]bool{}
	for _, c := range producedCodes(t) {
		produced[c] = true
		if !i18n.Has(c) {
			t.Errorf("code %s has no message", c)
		}
	}
	for _, c := range i18n.Codes("requests.") {
		if !produced[c] {
			t.Errorf("message %s is registered but nothing produces it", c)
		}
	}
}

// asciiWord is a run of Latin letters: none may appear in a Chinese text
// but for names.
var asciiWord = regexp.MustCompile(`[A-Za-z]+`)

// chineseClean reports the English words of a Chinese text, names
// allowed.
func chineseClean(t *testing.T, what, s string) {
	t.Helper()
	for _, w := range asciiWord.FindAllString(s, -1) {
		switch w {
		case "data", "gov", "tw", "CSV", "API":
			continue
		}
		t.Errorf("%s: English word %q in the Chinese %q", what, w, s)
	}
}

// TestMessages formats every finding kind and enum value in both
// languages: no argument left over or missing (%!), no English word in
// the Chinese, no Chinese in the English but the table's own labels
// (第1季, 合計).
func TestMessages(t *testing.T) {
	han := regexp.MustCompile(`\p{Han}`)
	findings := []Finding{
		{Severity: finding.Error, Code: "requests.row-total", Kind: RowTotal, Label: "第1季", Printed: 2963, Computed: 11},
		{Severity: finding.Error, Code: "requests.column-total", Kind: ColumnTotal, Label: "第1季", Printed: 13, Computed: 11},
		{Severity: finding.Error, Code: "requests.grand-total", Kind: GrandTotal, Label: TotalLabel, Printed: 71, Computed: 60},
		{Severity: finding.Notice, Code: "requests.missing-row", Kind: MissingRow, Label: TotalLabel, Printed: 71, Computed: 60,
			Columns: []string{"第1季", "第2季"}, Cells: []int{2, 9}},
		{Severity: finding.Warning, Label: "第1季", Printed: 1, Computed: 2},
	}
	var texts [][2]string
	for _, f := range findings {
		texts = append(texts, [2]string{f.Message(finding.Chinese), f.Message(finding.English)})
	}
	texts = append(texts, [2]string{Reconciliation{}.Message(finding.Chinese), Reconciliation{}.Message(finding.English)})
	for k := NoFindingKind; k.IsValid(); k++ {
		texts = append(texts, [2]string{k.Message(finding.Chinese), k.Message(finding.English)})
	}
	for c := NoCategory; c.IsValid(); c++ {
		texts = append(texts, [2]string{c.Message(finding.Chinese), c.Message(finding.English)})
	}
	for c := NoConcern; c.IsValid(); c++ {
		texts = append(texts, [2]string{c.Message(finding.Chinese), c.Message(finding.English)})
	}
	for r := QuarterlyReview; r.IsValid(); r++ {
		texts = append(texts, [2]string{r.Message(finding.Chinese), r.Message(finding.English)},
			[2]string{r.WordingMessage(finding.Chinese), r.WordingMessage(finding.English)})
		if r.WordingMessage(finding.Chinese) != r.Wording() {
			t.Errorf("%v: WordingMessage(Chinese) = %q, Wording %q", r, r.WordingMessage(finding.Chinese), r.Wording())
		}
	}
	for a := NoAxis; a.IsValid(); a++ {
		texts = append(texts, [2]string{a.Message(finding.Chinese), a.Message(finding.English)})
	}
	for _, tx := range texts {
		for _, s := range tx {
			if strings.Contains(s, "%!") {
				t.Errorf("bad arguments: %q", s)
			}
		}
		chineseClean(t, "Chinese", tx[0])
		if en := strings.NewReplacer(TotalLabel, "", "第1季", "", "第2季", "").Replace(tx[1]); han.MatchString(en) {
			t.Errorf("Chinese in the English %q", tx[1])
		}
	}
	if got, want := findings[0].Message(finding.English), "error: row 第1季: the total is printed as 2,963, its cells add up to 11: the total is 2,952 more"; got != want {
		t.Errorf("Message(English) = %q, want %q", got, want)
	}
	if got, want := findings[0].String(), "錯誤：第1季列合計載為2,963，各欄加總為11，合計多2,952"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	if got := Category(9).Message(finding.English); got != "Category(9)" {
		t.Errorf("Category(9).Message = %q", got)
	}
	if got := Route(9).WordingMessage(finding.English); got != "" {
		t.Errorf("Route(9).WordingMessage = %q", got)
	}
}

// errorCodes lists the codes of the messages of the errors: the detail
// codes the package's source gives its parse errors (detailtest.Codes).
// The sentinels' messages and the lines errors are put together with are
// internal/errtype's, shared by every package.
func errorCodes(t *testing.T) []string {
	var codes []string
	for _, u := range detailtest.Codes(t, ".") {
		codes = append(codes, u.Code)
	}
	return codes
}

// englishWord is an ASCII word in a Chinese text; CSV, API and
// data.gov.tw are names and may stand.
var englishWord = regexp.MustCompile(`[A-Za-z]{2,}`)

// chineseOf returns what of s is not its cells' own text (inputs, column
// headers) nor a name, for englishWord to scan.
func chineseOf(s string, own ...string) string {
	for _, o := range own {
		if o != "" {
			s = strings.ReplaceAll(s, i18n.Clip(o, 64), "")
		}
	}
	for _, name := range []string{"data.gov.tw", "CSV", "API"} {
		s = strings.ReplaceAll(s, name, "")
	}
	return s
}

// checkChinese fails when a problem of err, an *ImportError, reads in
// Chinese with an English word besides its cell's own text, or reads as
// nothing in English.
func checkChinese(t *testing.T, err error, raw ...string) {
	t.Helper()
	// foreign returns an English word of zh that the input itself does
	// not hold (a fuzzed header may be 年別AA, quoted as written). Given
	// the raw input, the message is read whole: setting the cells' text
	// aside first could join letters (年別AA00A less "0" reads AAA).
	foreign := func(zh string) string {
		for _, w := range englishWord.FindAllString(zh, -1) {
			if !strings.Contains(strings.Join(raw, "\n"), w) {
				return w
			}
		}
		return ""
	}
	var ie *ImportError
	if !errors.As(err, &ie) {
		return
	}
	var own []string
	for _, p := range ie.Problems {
		own = append(own, p.Input, p.Column)
		if pe, ok := p.Err.(*ParseError); ok {
			own = append(own, pe.Input)
		}
		zh := p.Message(finding.Chinese)
		text := chineseOf(zh, p.Input, p.Column, inputOf(p))
		if len(raw) > 0 {
			text = zh
		}
		if w := foreign(text); w != "" {
			t.Errorf("%v reads in Chinese %q, with the English %q", p, zh, w)
		}
		if en := p.Message(language.English); en == "" || en == zh {
			t.Errorf("%v reads in English %q", p, en)
		}
	}
	zh := ie.Message(finding.Chinese)
	text := chineseOf(zh, own...)
	if len(raw) > 0 {
		text = zh
	}
	if w := foreign(text); w != "" {
		t.Errorf("%v reads in Chinese %q, with the English %q", ie, zh, w)
	}
}

// inputOf returns the input of p's *ParseError, or "".
func inputOf(p *RowError) string {
	if pe, ok := p.Err.(*ParseError); ok {
		return pe.Input
	}
	return ""
}

// TestErrorMessages reads errors of every kind in both languages.
func TestErrorMessages(t *testing.T) {
	zh, en := finding.Chinese, language.English
	for _, tt := range []struct {
		err    interface{ Message(language.Tag) string }
		zh, en string
	}{
		{perr("ImportRequests", "A", ErrDuplicate, "requests.duplicate.id", 3),
			"「A」無法解析：編號重複，首見於第3列", `cannot read "A": 編號 given twice; the first is row 3`},
		{errtype.Wrap[pkg]("ImportRequests", "111年2月29日", rocdateError("111年2月29日"), ErrSyntax),
			"「111年2月29日」無法解析：111年2月無29日", `cannot read "111年2月29日": day 29 out of range for 111年2月`},
		{errtype.Wrap[pkg]("ImportRequests", "x", ErrRange, ErrSyntax),
			"「x」無法解析：數值超出範圍", `cannot read "x": value out of range`},
		{perr("ImportRequests", "1,2345", ErrRange, "requests.range.count", 1234),
			"「1,2345」無法解析：數量逾1,234", `cannot read "1,2345": count above 1,234`},
		{errtype.Wrap[pkg]("ImportRequests", "0", datasetError("0"), ErrSyntax),
			"「0」無法解析：識別碼應介於1至999999999", `cannot read "0": ID outside 1 to 999999999`},
		{perr("ReplyTimes", "", ErrMissing, "requests.missing.as-of"), "未載基準日", "no asOf date"},
		{&RowError{Row: 3, Column: "收件日期", Err: ErrMissing}, "第3列「收件日期」欄：未填", "row 3, column 收件日期: missing value"},
		{&RowError{Row: 3, Err: ErrDuplicate}, "第3列：重複", "row 3: duplicate value"},
		{&ImportError{Problems: []*RowError{{Row: 3, Err: ErrMissing}}}, "共1項問題：第3列：未填", "1 problem in the rows: row 3: missing value"},
		{&ImportError{Problems: []*RowError{{Row: 3, Err: ErrMissing}, {Row: 4, Err: ErrSyntax}}},
			"共2項問題，首項為第3列：未填", "2 problems in the rows; the first: row 3: missing value"},
	} {
		if got := tt.err.Message(zh); got != tt.zh {
			t.Errorf("%v in Chinese = %q, want %q", tt.err, got, tt.zh)
		}
		if got := tt.err.Message(en); got != tt.en {
			t.Errorf("%v in English = %q, want %q", tt.err, got, tt.en)
		}
	}
}

// datasetError returns the error of datasets.ParseID(s).
func datasetError(s string) error {
	_, err := datasets.ParseID(s)
	return err
}

// rocdateError returns the error of rocdate.Parse(s).
func rocdateError(s string) error {
	_, err := rocdate.Parse(s)
	return err
}

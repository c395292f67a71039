package requests

import (
	"regexp"
	"strings"
	"testing"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/internal/i18n"
)

// producedCodes lists every message code the package can produce: the
// findings' codes and the keys of every enum label, found by walking the
// values, not copied from messages.go.
func producedCodes() []string {
	var codes []string
	for k := NoFindingKind + 1; k.IsValid(); k++ {
		codes = append(codes, k.Code(), "requests.kind."+kindNames[k])
	}
	codes = append(codes, "requests.reply-report", "requests.reply.id", "requests.reply.received", "requests.reply.replied",
		"requests.reply.days", "requests.reply.state", "requests.reply.late", "requests.reply.overdue",
		"requests.reply.open", "requests.reply.date")
	codes = append(codes, "requests.other-total", "requests.finding", "requests.reconciliation",
		"requests.missing-row.cells", "requests.missing-row.cell", "requests.missing-row.sep")
	for s := finding.Error; s.IsValid(); s++ {
		codes = append(codes, severityCodes[s])
	}
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

// TestCatalogComplete fails when a code the package produces has no
// message in the catalog (Register refuses a message missing a language
// or whose two formats take different arguments), and when the catalog
// holds a code nothing produces.
func TestCatalogComplete(t *testing.T) {
	produced := map[string]bool{}
	for _, c := range producedCodes() {
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
	if got, want := findings[0].Message(finding.English), "error: row 第1季: the total is printed as 2,963, its cells add up to 11, a difference of +2,952"; got != want {
		t.Errorf("Message(English) = %q, want %q", got, want)
	}
	if got, want := findings[0].String(), "錯誤：第1季列合計印為2,963，各欄加總為11，相差+2,952"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	if got := Category(9).Message(finding.English); got != "Category(9)" {
		t.Errorf("Category(9).Message = %q", got)
	}
	if got := Route(9).WordingMessage(finding.English); got != "" {
		t.Errorf("Route(9).WordingMessage = %q", got)
	}
}

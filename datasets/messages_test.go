package datasets

import (
	"regexp"
	"strings"
	"testing"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/internal/detailtest"
	"github.com/ogdtw/governance/internal/errs"
	"github.com/ogdtw/governance/internal/errtype"
	"github.com/ogdtw/governance/internal/i18n"
	"github.com/ogdtw/governance/rocdate"
	"golang.org/x/text/language"
)

// sampleFindings returns a finding of every code the package produces,
// with the variants that format differently (a numbered and an
// unnumbered request, a title of the dataset and of the kept one, each
// line of the table, a date and a quarter).
func sampleFindings() []interface {
	Message(language.Tag) string
	String() string
} {
	pub, other := Publishers()[0], Publishers()[1]
	d := rocdate.MustParse("111年5月19日")
	prev := rocdate.MustParse("110年12月10日")
	q := d.Quarter()
	out := []interface {
		Message(language.Tag) string
		String() string
	}{
		SeriesFinding{Severity: finding.Error, Code: "datasets.increase", Row: 10, Date: d, Printed: 150, Computed: 157,
			Count: 2963, PrevDate: prev, PrevCount: 2806},
	}
	ops := [2]Operand{{"110年第4季", 2806}, {"111年第2季", 2963}}
	for _, f := range []TableFinding{
		{Code: "datasets.change", Line: PublisherLine, Publisher: pub, Column: "增減", Printed: 5, Computed: 4, Operands: ops},
		{Code: "datasets.since-year-start", Line: PublisherLine, Publisher: pub, Column: "111.01.01 迄今", Printed: 5, Computed: 4},
		{Code: "datasets.subtotal", Line: SubtotalLine, Group: Agencies, Column: "增減", Printed: 5, Computed: 4},
		{Code: "datasets.total", Line: TotalLine, Index: -1, Column: "增減", Printed: 5, Computed: 4},
		{Code: "datasets.series-mismatch", Line: TotalLine, Index: -1, Column: "111年第2季", Date: d, Printed: 2962, Computed: 2963},
		{Severity: finding.Notice, Code: "datasets.not-in-series", Line: TotalLine, Column: "111年第2季", Quarter: q, Printed: 2962},
		{Severity: finding.Notice, Code: "datasets.not-in-series", Line: TotalLine, Column: "111年第2季", Date: d, Printed: 2962},
		{Severity: finding.Notice, Code: "datasets.not-in-series", Line: TotalLine, Printed: 2962},
		{Code: "datasets.overflow", Line: PublisherLine, Publisher: pub, Column: "增減", Operands: ops},
		{Code: "datasets.overflow", Line: SubtotalLine, Group: Units},
		{Code: "datasets.overflow", Line: TotalLine},
		{Severity: finding.Notice, Code: "datasets.year-start-unknown", Column: "111.01.01 迄今", Quarter: q, Date: prev, Printed: 23},
		{Severity: finding.Notice, Code: "datasets.year-start-unknown", Column: "111.01.01 迄今", Quarter: q, Printed: 23},
		{Severity: finding.Notice, Code: "datasets.year-start-not-given", Column: "111.01.01 迄今", Quarter: q.Prev(), Printed: 23},
		{Severity: finding.Notice, Code: "datasets.year-start-not-given", Column: "迄今", Printed: 23},
	} {
		if f.Severity == finding.NoSeverity {
			f.Severity = finding.Error
		}
		out = append(out, f)
	}
	for _, f := range []DelistingFinding{
		{Code: "datasets.unknown-dataset", Item: 1},
		{Code: "datasets.already-delisted", Index: 2},
		{Code: "datasets.repeated", First: 0, FirstItem: 1, Item: 3},
		{Code: "datasets.repeated", First: 0, Index: 3},
		{Code: "datasets.wrong-publisher", Publisher: pub, Other: other},
		{Severity: finding.Notice, Verdict: finding.Unchecked, Code: "datasets.publisher-unknown", Other: other},
		{Severity: finding.Warning, Code: "datasets.title-mismatch", Title: "甲", OtherTitle: "乙"},
		{Severity: finding.Warning, Code: "datasets.title-mismatch", Kept: 23261, Title: "甲", OtherTitle: "乙"},
		{Code: "datasets.no-reason"},
		{Code: "datasets.no-kept", Reason: Merged},
		{Code: "datasets.kept-self", Kept: 87010},
		{Code: "datasets.kept-unknown", Kept: 23261},
		{Code: "datasets.kept-delisted", Kept: 23261},
		{Code: "datasets.kept-in-batch", Kept: 23261},
		{Code: "datasets.cycle", Kept: 23261},
		{Code: "datasets.kept-other-publisher", Kept: 23261, Publisher: pub, Other: other},
		{Severity: finding.Warning, Code: "datasets.title-unlike", Kept: 23261, Title: "甲", OtherTitle: "乙"},
	} {
		f.Dataset, f.Row = 87010, 2
		if f.Severity == finding.NoSeverity {
			f.Severity = finding.Error
		}
		out = append(out, f)
	}
	out = append(out, RankFinding{Severity: finding.Error, Code: "datasets.printed-rank", Row: 3, Name: "法務部", Printed: 3, Computed: 2, Count: 2963})
	claim := RankClaim{Rank: 2, Text: "資料開放數量名列各部會第二"}
	top3 := RankClaim{Name: "法務部", Rank: 3, AtMost: true}
	out = append(out, claim, top3)
	ranked := Rank([]Entry{{Name: "經濟部", Count: 3120}, {Name: "法務部", Count: 2963}, {Name: "內政部", Count: 2963}, {Name: "交通部", Count: 100}})
	for _, k := range []RankCheck{
		CheckRankClaim(ranked[:2], "法務部", claim),                                  // agrees
		CheckRankClaim(ranked, "法務部", claim),                                      // agrees, tied
		CheckRankClaim(ranked, "交通部", claim),                                      // differs
		CheckRankClaim(ranked, "", top3),                                          // within
		CheckRankClaim(ranked, "", RankClaim{Name: "交通部", Rank: 3, AtMost: true}), // outside
		CheckRankClaim(nil, "法務部", claim),                                         // no-table
		CheckRankClaim(ranked, "法務部", RankClaim{}),                                // no-rank
		CheckRankClaim(ranked, "", claim),                                         // no-name
		CheckRankClaim(ranked, "外交部", claim),                                      // not-listed
		MinistryRanking{Ranked: ranked, Unplaced: []Unplaced{{Name: "地政司", Resolution: Ambiguous, Datasets: 3}}, UnplacedDatasets: 3}.CheckClaim("法務部", claim), // unplaced
	} {
		out = append(out, k)
	}
	// The aggregate results, with something checked and with nothing.
	out = append(out,
		TableCheck{Tally: finding.Tally{Passed: 20, Failed: 2, Unchecked: 1}}, TableCheck{},
		CheckPrintedRanks(Rank([]Entry{{Name: "經濟部", Count: 3120, PrintedRank: 1}, {Name: "法務部", Count: 2963, PrintedRank: 3}})), PrintedRankCheck{},
		Refusal{Delisting: Delisting{Item: 1, Dataset: Ref{ID: 87010}}, Findings: []DelistingFinding{{Code: "datasets.no-reason"}, {Code: "datasets.kept-self", Kept: 87010}}},
		Refusal{Index: 1, Delisting: Delisting{Dataset: Ref{ID: 87010}}},
		DelistingReview{Approved: []Delisting{{Item: 1}}, Refused: []Refusal{{Index: 1}}, Findings: []DelistingFinding{{Index: 1, Verdict: finding.Failed}}},
		DelistingReview{},
		MinistryRanking{On: d, Ranked: ranked, Unplaced: []Unplaced{{Name: "地政司", Resolution: Ambiguous, Datasets: 3}}, UnplacedDatasets: 3},
		MinistryRanking{Ranked: ranked})
	return out
}

// producedCodes lists every message code the package can produce: the
// findings' codes and parts, the details of its errors (as its source
// gives them), and the label key of every value of every enum, found by
// walking the enums' tables.
func producedCodes(t *testing.T) []string {
	codes := []string{"datasets.row", "datasets.located", "datasets.date", "datasets.quarter",
		"datasets.line.subtotal-of", "datasets.line.total-line",
		"datasets.overflow.change", "datasets.overflow.subtotal", "datasets.overflow.total",
		"datasets.request.item", "datasets.request.nth", "datasets.request.located", "datasets.title-mismatch.kept",
		"datasets.refused-error", "datasets.refused-error.one", "datasets.refused-error.why",
		"datasets.rank-claim.exact", "datasets.rank-claim.at-most", "datasets.rank-claim.named", "datasets.rank-claim.found",
		"datasets.rank-claim.place", "datasets.rank-claim.place-tied", "datasets.rank-claim.within", "datasets.rank-claim.outside"}
	// The sentinels of this package alone have messages of their own;
	// the others' are internal/errtype's, by kind.
	for _, err := range []error{ErrCycle, ErrUnknownPublisher, ErrWrongGroup, ErrNegated, ErrNotInSeries, ErrRefused} {
		codes = append(codes, errs.Own("datasets", err)+".error")
	}
	for _, u := range detailtest.Codes(t, ".") {
		codes = append(codes, u.Code)
	}
	for _, f := range sampleFindings() {
		switch f := f.(type) {
		case SeriesFinding:
			codes = append(codes, f.Code)
		case TableFinding:
			codes = append(codes, f.Code)
			if f.Code == "datasets.year-start-unknown" && f.Date.IsZero() {
				codes = append(codes, f.Code+".undated") // its message when the quarter's day is not known
			}
			if f.Code == "datasets.not-in-series" && f.Quarter.IsZero() && f.Date.IsZero() {
				codes = append(codes, f.Code+".no-period") // its message when the period is not given
			}
			if f.Code == "datasets.year-start-not-given" && f.Quarter.IsZero() {
				codes = append(codes, f.Code+".no-period") // its message when the periods are not given
			}
		case DelistingFinding:
			codes = append(codes, f.Code)
		case RankFinding:
			codes = append(codes, f.Code)
		case RankCheck:
			codes = append(codes, f.Code, f.Why)
		case PrintedRankCheck:
			codes = append(codes, f.Head().Code)
			if f.Checked == 0 {
				codes = append(codes, f.Head().Code+".none")
			}
		case Refusal:
			codes = append(codes, f.Head().Code)
			switch len(f.Findings) {
			case 0:
				codes = append(codes, f.Head().Code+".bare")
			case 1:
			default:
				codes = append(codes, f.Head().Code+".and")
			}
		case DelistingReview:
			codes = append(codes, f.Head().Code)
			if f.Requests() == 0 {
				codes = append(codes, f.Head().Code+".none")
			}
		case MinistryRanking:
			codes = append(codes, f.Head().Code)
			if !f.On.IsZero() {
				codes = append(codes, f.Head().Code+".on")
			}
			if !f.Complete() {
				codes = append(codes, f.Head().Code+".unplaced")
			}
		case TableCheck:
			codes = append(codes, f.Head().Code)
			if f.Tally.Total() == 0 {
				codes = append(codes, f.Head().Code+".none")
			}
		}
	}
	for _, e := range []*enumText{&statusText, &dutyText, &kindText, &groupText, &reasonText, &lineText, &resolutionText, &scopeText} {
		for v := range e.Names {
			if c := e.Code(uint8(v)); c != "" {
				codes = append(codes, c)
			}
		}
	}
	for _, d := range Duties() {
		codes = append(codes, "datasets.duty-wording."+dutyText.IDs[d])
	}
	return codes
}

// TestCatalogComplete fails when a code the package produces has no
// message in both languages (Register already refuses a message missing
// a language or whose formats take different arguments), or when the
// catalog holds a code nothing produces.
func TestCatalogComplete(t *testing.T) {
	produced := map[string]bool{}
	for _, c := range producedCodes(t) {
		produced[c] = true
		if !i18n.Has(c) {
			t.Errorf("code %s has no message", c)
		}
	}
	for _, c := range i18n.Codes("datasets.") {
		if !produced[c] {
			t.Errorf("message %s is registered but nothing produces it", c)
		}
	}
}

// asciiWord is a run of Latin letters.
var asciiWord = regexp.MustCompile(`[A-Za-z]+`)

// noEnglish fails for an English word in a Chinese text, names allowed.
func noEnglish(t *testing.T, s string) {
	t.Helper()
	for _, w := range asciiWord.FindAllString(s, -1) {
		switch w {
		case "data", "gov", "tw", "CSV", "API":
			continue
		}
		t.Errorf("English word %q in the Chinese %q", w, s)
	}
}

// TestMessages formats a finding of every code and every enum value in
// both languages: String is the Chinese Message, no argument is missing
// or left over (%!), and no English word is in the Chinese.
func TestMessages(t *testing.T) {
	var texts [][2]string
	for _, f := range sampleFindings() {
		zh, en := f.Message(finding.Chinese), f.Message(finding.English)
		if f.String() != zh {
			t.Errorf("String() = %q, Message(Chinese) = %q", f.String(), zh)
		}
		if zh == en {
			t.Errorf("the same in both languages: %q", zh)
		}
		texts = append(texts, [2]string{zh, en})
	}
	type labeled interface {
		Message(language.Tag) string
		IsValid() bool
	}
	var enums []labeled
	for v := range 8 {
		enums = append(enums, Status(v), Duty(v), Kind(v), Group(v), Reason(v), Line(v))
	}
	for _, e := range enums {
		if e.IsValid() { // an invalid value prints Type(N), for programmers
			texts = append(texts, [2]string{e.Message(finding.Chinese), e.Message(finding.English)})
		}
	}
	for _, d := range Duties() {
		if d.WordingMessage(finding.Chinese) != d.Wording() {
			t.Errorf("%v: WordingMessage(Chinese) = %q, Wording %q", d, d.WordingMessage(finding.Chinese), d.Wording())
		}
		texts = append(texts, [2]string{d.WordingMessage(finding.Chinese), d.WordingMessage(finding.English)})
	}
	for _, tx := range texts {
		for _, s := range tx {
			if strings.Contains(s, "%!") {
				t.Errorf("bad arguments: %q", s)
			}
		}
		noEnglish(t, tx[0])
	}
	for _, tt := range []struct{ got, want string }{
		{texts[0][0], "錯誤：111年5月19日增加數量載為150筆，依開放數量2,963筆與前次（110年12月10日）2,806筆計算應為157筆"},
		{texts[0][1], "error: 2022-05-19: the increase is printed as 150, while the open count 2,963 and the previous one (2021-12-10), 2,806, give 157"},
		{Status(9).Message(finding.English), "Status(9)"},
		{NoStatus.Message(finding.English), ""},
		{Merged.Message(finding.English), "merged"},
	} {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}

// TestErrorMessages reads errors of every kind in both languages.
func TestErrorMessages(t *testing.T) {
	zh, en := finding.Chinese, finding.English
	one := []*RowError{{Row: 3, Column: "統計日期", Input: "111/02/30",
		Err: errtype.Wrap[pkg]("ImportSeries", "111/02/30", must(rocdate.Parse("111/02/30")), ErrSyntax)}}
	refusal := Refusal{Index: 0, Delisting: Delisting{Item: 3, Dataset: Ref{ID: 87010}},
		Findings: []DelistingFinding{{Code: "datasets.no-reason"}}}
	for _, tt := range []struct {
		err    interface{ Message(language.Tag) string }
		zh, en string
	}{
		{perr("ParseID", "0", ErrRange, "datasets.range.id"),
			"「0」無法解析：識別碼應介於1至999999999", `cannot read "0": ID outside 1 to 999999999`},
		{errtype.Nest[pkg]("ParseRef", "甲(x)", "datasets.id", perr("ParseID", "x", ErrSyntax, "datasets.syntax.number"), ErrRange),
			"「甲(x)」無法解析：識別碼：非數字", `cannot read "甲(x)": ID: not a number`},
		// An inner error without a detail: the sentinel's message.
		{errtype.Nest[pkg]("ParseRef", "甲(x)", "datasets.id", ErrSyntax, ErrRange), "「甲(x)」無法解析：格式不符", `cannot read "甲(x)": invalid syntax`},
		{perr("ImportTable", "乙", ErrDuplicate, "datasets.duplicate.subtotal", "部會"), "「乙」無法解析：「部會」小計重複", `cannot read "乙": 小計 of 部會 given twice`},
		{&ParseError{Func: "ParsePublisher", Input: "x", Err: ErrTooLarge}, "「x」無法解析：內容過長", `cannot read "x": input too large`},
		{&ParseError{Func: "LookupPublisher", Input: "x", Err: ErrUnknownPublisher}, "「x」無法解析：非已知之提供機關", `cannot read "x": unknown publisher`},
		{perr("NewSeries", "", ErrRange, "datasets.range.negative"), "數量為負數", "negative count"},
		{&RowError{Row: 3, Column: "統計日期", Err: ErrMissing}, "第3列「統計日期」欄：未填", "row 3, column 統計日期: missing value"},
		{&RowError{Row: 3, Err: ErrCycle}, "第3列：機關為其自身之上級機關", "row 3: agency is its own superior"},
		{one[0], "第3列「統計日期」欄：「111/02/30」無法解析：111年2月無30日",
			`row 3, column 統計日期: cannot read "111/02/30": day 30 out of range for 111年2月`},
		{&ImportError{Problems: one}, "共1項問題：第3列「統計日期」欄：「111/02/30」無法解析：111年2月無30日",
			`1 problem in the rows: row 3, column 統計日期: cannot read "111/02/30": day 30 out of range for 111年2月`},
		{&ImportError{Problems: append(one, &RowError{Row: 4, Err: ErrMissing})}, "共2項問題，首項為第3列「統計日期」欄：「111/02/30」無法解析：111年2月無30日",
			`2 problems in the rows; the first: row 3, column 統計日期: cannot read "111/02/30": day 30 out of range for 111年2月`},
		{&RefusedError{}, "下架申請不予同意", "delisting refused"},
		{&RefusedError{Refused: []Refusal{refusal}}, "共1件下架申請不予同意：項次3（資料集87010）：" + DelistingFinding{Code: "datasets.no-reason"}.detail(zh),
			"1 delisting request refused: " + requestName(en, 0, 3) + " (dataset 87010): " + DelistingFinding{Code: "datasets.no-reason"}.detail(en)},
		{&RefusedError{Refused: []Refusal{{Index: 1, Delisting: Delisting{Dataset: Ref{ID: 1}}}, refusal}},
			"共2件下架申請不予同意，首件為" + requestName(zh, 1, 0) + "（資料集1）", "2 delisting requests refused; the first: " + requestName(en, 1, 0) + " (dataset 1)"},
	} {
		if got := tt.err.Message(zh); got != tt.zh {
			t.Errorf("%v in Chinese = %q, want %q", tt.err, got, tt.zh)
		}
		if got := tt.err.Message(en); got != tt.en {
			t.Errorf("%v in English = %q, want %q", tt.err, got, tt.en)
		}
	}
	// Every detail without arguments: its code kept, its Chinese without
	// English words, its English the error's Detail.
	for _, u := range detailtest.Codes(t, ".") {
		if u.Args != 0 {
			continue
		}
		pe := perr("F", "x", ErrSyntax, u.Code)
		if pe.DetailCode() != u.Code {
			t.Errorf("%s: DetailCode = %q", u.Code, pe.DetailCode())
		}
		if regexp.MustCompile(`[A-Za-z]{2,}`).MatchString(pe.DetailMessage(zh)) {
			t.Errorf("%s: DetailMessage in Chinese = %q", u.Code, pe.DetailMessage(zh))
		}
		if pe.Detail == "" || pe.Detail != pe.DetailMessage(en) {
			t.Errorf("%s: Detail %q, in English %q", u.Code, pe.Detail, pe.DetailMessage(en))
		}
	}
}

// must returns the error of a parse that fails.
func must(_ rocdate.Date, err error) error { return err }

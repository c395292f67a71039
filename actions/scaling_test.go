package actions

import (
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/internal/scaling"
	"github.com/ogdtw/governance/requests"
)

// realProgress is a 辦理情形 cell citing letters in the forms officials
// write, about 600 bytes.
const realProgress = "1. 經查行政院公共工程委員會(政府採購業務主管機關)，已訂有「政府電子採購網資訊取得及使用要點」。" +
	"2. 本處已於110年12月22日以法資字第11011514270號函，請本部各單位持續推動政府資料開放；" +
	"並依行政院111年3月11日院臺法字第1110006379號函及本部法資字第11100012340號書函辦理，" +
	"另檢送（84）華總（一）義字第8198號令、勞資 3  字第 09702\r\n 11835 號函影本各1份。"

// adversarialProgress is a fragment made to make a scan look far: 字第
// with no 號 near, unclosed and unopened brackets, a code too long, a
// number that never ends.
const adversarialProgress = "（（字第）)字第1（字第　字第一字第A）字第1號(" + "法法法法法法法法法法法法法法法法法法法法法法法法法法法法法法法法法法法法法法法法法法法法法法法法法法字第1" + "號）"

// repeatTo repeats s to at least n bytes.
func repeatTo(s string, n int) string { return strings.Repeat(s, n/len(s)+1) }

// chainLog opens 2n items; merges item i into item i+1 for i < n, a chain
// of n merges; then merges each of the other n items into item 1, the
// far end of the chain: each is refused (the target is merged), after
// the register finds where the chain ends.
func chainLog(n int) []Event {
	m0, m1 := fuzzMeetings[0], fuzzMeetings[1]
	sec := MustParseSection("六、報告事項、(二)推動成果")
	events := make([]Event, 0, 4*n)
	for i := 1; i <= 2*n; i++ {
		events = append(events, Event{Kind: Opened, Item: m0.Case(i), Meeting: m0, Section: sec, Ruling: "請研議", Concern: requests.OwnRegulation})
	}
	for i := 1; i < n; i++ {
		events = append(events, Event{Kind: Decided, Item: m0.Case(i), Meeting: m1, Decision: Merge, Into: m0.Case(i + 1)})
	}
	for i := n + 1; i <= 2*n; i++ {
		events = append(events, Event{Kind: Decided, Item: m0.Case(i), Meeting: m1, Decision: Merge, Into: m0.Case(1)})
	}
	return events
}

// deckRulingsText is the deck's three rulings, one after the other.
var deckRulingsText = strings.Join(deckRulings, "")

// itemRows is a table of n items, each with a real-looking progress cell.
func itemRows(n int, progress string) [][]string {
	rows := [][]string{{"案由", "列管會議", "列管會議日期", "會議紀錄", "主席裁示", "辦理情形", "辦理日期"}}
	for i := 1; i <= n; i++ {
		rows = append(rows, []string{strconv.Itoa(i), "110年度第2次會議", "110年12月10日", "六、報告事項、(二)推動成果", "請研議", progress, "111年5月19日"})
	}
	return rows
}

// TestScaling times every function of the package whose input can grow
// at n and 10n: letters in text, rows, event logs, merge chains.
func TestScaling(t *testing.T) {
	scaling.Run(t, []scaling.Case{
		{Name: "FindLetters real text", N: 20_000, MaxBytesPerUnit: 4,
			Setup: func(n int) func() {
				text := repeatTo(realProgress, n)
				return func() { sinkLetters = FindLetters(text) }
			}},
		{Name: "FindLetters adversarial fragments", N: 20_000, MaxBytesPerUnit: 4,
			Setup: func(n int) func() {
				text := repeatTo(adversarialProgress, n)
				return func() { sinkLetters = FindLetters(text) }
			}},
		{Name: "FindLetters numbers never closed", N: 20_000, MaxBytesPerUnit: 4,
			Setup: func(n int) func() {
				text := repeatTo("法資字第1", n) + "號"
				return func() { sinkLetters = FindLetters(text) }
			}},
		{Name: "FindLetters unopened brackets", N: 20_000, MaxBytesPerUnit: 4,
			Setup: func(n int) func() {
				text := repeatTo("法)字第1號", n)
				return func() { sinkLetters = FindLetters(text) }
			}},
		{Name: "ImportItems long cell", N: 20_000, MaxBytesPerUnit: 16,
			Setup: func(n int) func() {
				rows := itemRows(1, repeatTo(adversarialProgress+realProgress, n))
				return func() { ImportItems(rows) }
			}},
		{Name: "ImportItems many rows", N: 200,
			Setup: func(n int) func() {
				rows := itemRows(n, realProgress)
				return func() { ImportItems(rows) }
			}},
		{Name: "Replay long log", N: 1_000,
			Setup: func(n int) func() {
				events := benchLog(n)
				return func() { sinkRegister, _ = Replay(events) }
			}},
		{Name: "Replay long merge chain", N: 1_000,
			Setup: func(n int) func() {
				events := chainLog(n)
				return func() { sinkRegister, _ = Replay(events) }
			}},
		// A unit is the deck's three rulings, about 600 bytes.
		{Name: "ReadRuling many clauses", N: 300, MaxBytesPerUnit: 4096,
			Setup: func(n int) func() {
				text := strings.Repeat(deckRulingsText, n)
				return func() { sinkRuling = ReadRuling(text, nil) }
			}},
		{Name: "ReadRuling one long clause", N: 20_000, MaxBytesPerUnit: 64,
			Setup: func(n int) func() {
				text := "請" + repeatTo("資訊處會同", n) + "下架" + repeatTo("臺灣橋頭地方檢察署因", n)
				return func() { sinkRuling = ReadRuling(text, nil) }
			}},
		{Name: "ReadRuling unclosed bracket", N: 20_000, MaxBytesPerUnit: 64,
			Setup: func(n int) func() {
				text := "「" + repeatTo("請資訊處辦理；第1條", n)
				return func() { sinkRuling = ReadRuling(text, nil) }
			}},
		{Name: "ReadRuling runs of commas before 下架", N: 20_000, MaxBytesPerUnit: 64,
			Setup: func(n int) func() {
				text := "臺灣橋頭地方檢察署" + strings.Repeat("，", n) + "下架1筆" + strings.Repeat("，同意", n) + "下架"
				return func() { sinkRuling = ReadRuling(text, nil) }
			}},
		// Back-references (前項, 前條, 同法) repeated: what ReadRuling does
		// itself, the clauses read, without the citations law.Finder finds
		// (timed in TestScalingBackReferences).
		{Name: "ReadRuling's clauses, 前項 repeated", N: 2_000, MaxBytesPerUnit: 4096,
			Setup: func(n int) func() {
				text := backRefClauses(n)
				return func() { sinkRuling = readClauses(text) }
			}},
		{Name: "ReadRuling's clauses, 前項 前條 同法 in one clause", N: 2_000, MaxBytesPerUnit: 4096,
			Setup: func(n int) func() {
				text := backRefClause(n)
				return func() { sinkRuling = readClauses(text) }
			}},
		{Name: "ReadProgress runs of blanks", N: 20_000, MaxBytesPerUnit: 64,
			Setup: func(n int) func() {
				text := "1. 甲" + strings.Repeat(" ", n) + "( " + strings.Repeat(" ", n) + "2. 乙" + repeatTo("已完成下架，，，", n)
				return func() { sinkProgress = ReadProgress(text) }
			}},
		{Name: "ReadProgress many points", N: 300, MaxBytesPerUnit: 2048,
			Setup: func(n int) func() {
				var b strings.Builder
				for i := 1; i <= n; i++ {
					b.WriteString(strconv.Itoa(i) + ". 已完成下架臺灣橋頭地方檢察署重複之資料集1筆。 ")
				}
				text := b.String()
				return func() { sinkProgress = ReadProgress(text) }
			}},
		{Name: "ImportOutline many rows", N: 300,
			Setup: func(n int) func() {
				rows := [][]string{{"大綱", "標題"}}
				for i := 1; i <= n; i++ {
					rows = append(rows, []string{strconv.Itoa(i), "報告事項"}, []string{"(1)", "甲"}, []string{"(2)", "乙"})
				}
				return func() { ImportOutline(rows) }
			}},
		{Name: "Register.AsOf", N: 300,
			Setup: func(n int) func() {
				r, _ := Replay(benchLog(n))
				d := day("111年12月31日")
				return func() { sinkRegister = r.AsOf(d) }
			}},
	})
}

// TestFindLettersLinearOnFragments is the defect of issue 12: FindLetters
// looked back to the start of the text for an opening bracket at every
// candidate, so 110 KB of fragments took seconds. It counts the work
// instead of timing it: the old code took over 100× longer on 10× the
// text; the test fails above 40×.
func TestFindLettersLinearOnFragments(t *testing.T) {
	if testing.Short() {
		t.Skip("times FindLetters; skipped with -short")
	}
	small, _ := scaling.Measure(func() { FindLetters(repeatTo("法)字第1號", 11_000)) })
	large, _ := scaling.Measure(func() { FindLetters(repeatTo("法)字第1號", 110_000)) })
	if r := float64(large) / float64(small); r > 40 {
		t.Errorf("FindLetters on 10× the fragments takes %.0f× the time (%v → %v)", r, small, large)
	}
}

// TestReplayMergeChainLinear is the defect of issue 12: Replay walked the
// whole merge chain for every merge. The chain's far end is found once,
// and each later merge into it is refused with ErrMergeClosed, not
// ErrMergeCycle; a merge closing the chain is a cycle.
func TestReplayMergeChainLinear(t *testing.T) {
	events := chainLog(50)
	r, err := Replay(events)
	var closed, other int
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		if errors.Is(e, ErrMergeClosed) {
			closed++
		} else {
			other++
		}
	}
	if closed != 50 || other != 0 {
		t.Errorf("refused %d merges as closed and %d otherwise, want 50 and 0", closed, other)
	}
	if it, _ := r.Item(fuzzMeetings[0].Case(50)); it.Status() != Tracking {
		t.Errorf("end of the chain is %v, want tracking", it.Status())
	}
	// Closing the chain: the end merged into its start is a cycle.
	cyc := append(chainLog(5)[:10+4], Event{Kind: Decided, Item: fuzzMeetings[0].Case(5), Meeting: fuzzMeetings[1], Decision: Merge, Into: fuzzMeetings[0].Case(1)})
	if _, err := Replay(cyc); !errors.Is(err, ErrMergeCycle) {
		t.Errorf("closing the chain: %v, want ErrMergeCycle", err)
	}
	if testing.Short() {
		return
	}
	// A log of merges into a long chain costs what a log of as many plain
	// events does: the old code walked the chain at every merge and took
	// 5 s on 30,000 events (40× the time of 3,000; 100× a plain log).
	chain, plain := chainLog(10_000), benchLog(3_000)
	c, _ := scaling.Measure(func() { Replay(chain) })
	p, _ := scaling.Measure(func() { Replay(plain) })
	if ratio := float64(c) / float64(p) * float64(len(plain)) / float64(len(chain)); ratio > 10 {
		t.Errorf("Replay of %d events merging into a chain takes %v, %.0f× a plain log's %v per event", len(chain), c, ratio, p)
	}
}

// TestLimits checks the documented limits fail fast with ErrTooLarge.
func TestLimits(t *testing.T) {
	if _, err := replay(make([]Event, 11), 10); !errors.Is(err, ErrTooLarge) {
		t.Errorf("Replay over its limit: error = %v, want ErrTooLarge", err)
	}
	big := strings.Repeat("辦", MaxCell/3+1)
	second := itemRows(1, big)[1]
	second[0] = "2"
	events, err := ImportItems(append(itemRows(1, "辦理中"), second))
	var ie *ImportError
	// 辦理情形 is optional: the row is kept (its Opened event), the cell
	// left empty, so no report.
	if !errors.As(err, &ie) || len(ie.Problems) != 1 || !errors.Is(ie.Problems[0], ErrTooLarge) || ie.Problems[0].Row != 3 ||
		ie.Problems[0].Severity != finding.Warning || len(events) != 3 {
		t.Errorf("ImportItems with an optional cell over MaxCell = %d events, %v", len(events), err)
	}
	rows := itemRows(1, "辦理中")
	rows[1][0] = big // 案由, required: the row is left out
	events, err = ImportItems(rows)
	if !errors.As(err, &ie) || len(ie.Problems) != 1 || !errors.Is(ie.Problems[0], ErrTooLarge) || ie.Problems[0].Severity != finding.Error || len(events) != 0 {
		t.Errorf("ImportItems with a required cell over MaxCell = %d events, %v", len(events), err)
	}
	if len(ie.Problems[0].Input) > 200 {
		t.Errorf("the problem carries %d bytes of the cell", len(ie.Problems[0].Input))
	}
}

// backRefClauses is a ruling of n clauses each citing 前項 twice;
// backRefClause one clause citing 前項, 前條 and 同法 n times.
func backRefClauses(n int) string {
	return "依個人資料保護法第6條規定；" + strings.Repeat("前項情形，請資訊處依前項規定辦理；", n)
}

func backRefClause(n int) string {
	return "依個人資料保護法第6條規定" + strings.Repeat("，前項及前條、同法第8條", n) + "。"
}

// readClauses is ReadRuling without its citations: the clauses read.
func readClauses(text string) Ruling {
	r := Ruling{Text: text}
	for _, sp := range splitClauses(text) {
		r.Clauses = append(r.Clauses, readClause(text[sp[0]:sp[1]], sp[0]))
	}
	return r
}

// TestScalingBackReferences times the whole of ReadRuling on repeated
// back-references, the citations of inventory/law's Finder included (it
// counted each 前項's paragraph by scanning to the line's end, 120× for
// 10× the text, until issue 21).
func TestScalingBackReferences(t *testing.T) {
	scaling.Run(t, []scaling.Case{
		{Name: "ReadRuling 前項 repeated, a clause each", N: 2_000, MaxBytesPerUnit: 4096,
			Setup: func(n int) func() {
				text := backRefClauses(n)
				return func() { sinkRuling = ReadRuling(text, nil) }
			}},
		{Name: "ReadRuling 前項 前條 同法 in one clause", N: 2_000, MaxBytesPerUnit: 4096,
			Setup: func(n int) func() {
				text := backRefClause(n)
				return func() { sinkRuling = ReadRuling(text, nil) }
			}},
	})
}

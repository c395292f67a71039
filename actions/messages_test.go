package actions

import (
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/ogdtw/governance/datasets"
	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/internal/errs"
	"github.com/ogdtw/governance/internal/i18n"
	"github.com/ogdtw/governance/rocdate"
	"golang.org/x/text/language"
)

// asciiWord finds English in a Chinese text: two Latin letters together.
var asciiWord = regexp.MustCompile(`[A-Za-z]{2,}`)

// missing is what fmt writes for a verb without its argument.
var missing = regexp.MustCompile(`%!.\([A-Z]+\)`)

// checkEventMessage fails when the detail of ee has no code, so no
// message, or when its Chinese message holds English or its arguments do
// not fit.
func checkEventMessage(t *testing.T, ee *EventError) {
	t.Helper()
	if ee.Detail != "" && !i18n.Has(ee.DetailCode()) {
		t.Fatalf("EventError detail %q has no code, so no message", ee.Detail)
	}
	if !i18n.Has(ee.Code()) {
		t.Fatalf("EventError code %s has no message", ee.Code())
	}
	zh, en := ee.Message(finding.Chinese), ee.Message(finding.English)
	if asciiWord.MatchString(zh) || strings.Contains(zh+en, "%!") {
		t.Fatalf("EventError messages: %q, %q", zh, en)
	}
}

// TestCatalogComplete lists every code the package can produce (finding
// codes, the rules of EventError, its details, the enums' labels, the
// report lines) and fails when one lacks a message in either language.
func TestCatalogComplete(t *testing.T) {
	codes := []string{CodeLetterYear, "actions.part", "actions.row", "actions.meeting", "actions.case", "actions.item",
		"finding.severity.error", "finding.severity.warning", "finding.severity.notice",
		"actions.event-error", "actions.event-error.index", "actions.event-error.status", "actions.event-error.detail",
		"actions.event-refused", "actions.item-status", "actions.item-due", "actions.overdue", "actions.decision",
		"actions.decision.due", "actions.decision.into", "actions.decision.reason", "actions.agenda-row", "actions.none",
		"actions.agenda.case", "actions.agenda.section", "actions.agenda.ruling", "actions.agenda.progress", "actions.agenda.recommend",
		"actions.letter-year.error",
		CodeDelistingNotDone, "actions.batch", "actions.batch.count", "actions.batch.count.one", "actions.batch.reason", "actions.delisting.passed",
		"actions.delisting.failed", "actions.delisting.unchecked", "actions.delisting.unknown-publisher", "actions.outline", "actions.outline.unit",
		"actions.outline.part", "actions.outline.subpart", "actions.agenda.decision", "actions.agenda.pending"}
	// Every rule an EventError wraps.
	for _, err := range rules {
		codes = append(codes, (&EventError{Err: err}).Code())
	}
	for _, err := range rules {
		codes = append(codes, errs.Code(err)+".rule")
	}
	// Every named value of every enum has a label; every enum, the list
	// of its words.
	for _, e := range enums {
		codes = append(codes, e.values().Code)
		for v := range e.names {
			c := e.code(v)
			if c == "" && e.names[v] != "" {
				t.Errorf("%s(%d) %s has no code", e.typ, v, e.names[v])
			}
			if c != "" {
				codes = append(codes, c)
			}
		}
	}
	for _, c := range codes {
		if !i18n.Has(c) {
			t.Errorf("code %s has no message", c)
		}
	}
	for _, c := range i18n.Codes("actions.") {
		zh := missing.ReplaceAllString(i18n.Sprintf(finding.Chinese, c), "")
		if asciiWord.MatchString(zh) && c != "actions.event-error.index" {
			t.Errorf("%s: Chinese %q holds English", c, zh)
		}
	}
}

// rules are the sentinels of every rule an EventError wraps.
var rules = []error{ErrInvalidEvent, ErrNotOpened, ErrAlreadyOpened, ErrOutOfOrder, ErrNoMeeting, ErrMeetingOrder,
	ErrDecisionBeforeReport, ErrTerminal, ErrReasonRequired, ErrNoSchedule, ErrLetterDate,
	ErrMergeSelf, ErrMergeUnknown, ErrMergeClosed, ErrMergeCycle}

// TestRuleMessages checks that the message of each rule in an imported
// row's error is, in English, the rule's error text, so that Error is
// what it has always been.
func TestRuleMessages(t *testing.T) {
	for _, err := range rules {
		code := errs.Code(err) + ".rule"
		if got := i18n.Sprintf(finding.English, code); got != err.Error() {
			t.Errorf("%s: %q, want %q", code, got, err.Error())
		}
		if got, want := i18n.Sprintf(finding.Chinese, code), i18n.Sprintf(finding.Chinese, errs.Code(err)); got != want {
			t.Errorf("%s: %q, want the rule's %q", code, got, want)
		}
	}
}

// TestEventDetails formats every detail of an EventError, with a sample
// of its typed values, in both languages, and reads the values back from
// their texts as JSON holds them.
func TestEventDetails(t *testing.T) {
	d1, d2 := rocdate.MustParse("111年1月5日"), rocdate.MustParse("111年5月19日")
	samples := map[string][]any{
		"actions.event.other-item":     {item2},
		"actions.event.report-decides": {Release},
		"actions.event.out-of-order":   {d1, d2},
		"actions.event.letter-after":   {"111年6月1日以法資字第11100001號函"},
		"actions.event.letter-year":    {"111年6月1日以法資字第10900001號函"},
		"actions.event.before-report":  {d2, rocdate.MustParse("111年6月1日")},
		"actions.event.into":           {item2},
		"actions.event.meeting-order":  {MustNewMeeting(110, 2, ""), MustNewMeeting(111, 1, "")},
		"actions.event.events-give":    {item2, Tracking},
	}
	want := map[string][3]string{
		"actions.event.report-decides": {"辦理情形不得逕為解除列管", "a report cannot release from tracking", "a report cannot 解除列管"},
		"actions.event.out-of-order":   {"日期111年1月5日早於前一事件日期111年5月19日", "dated 2022-01-05, before the previous event of 2022-05-19", "dated 2022-01-05, before the previous event of 2022-05-19"},
		"actions.event.into":           {"併入110年度第2次會議案由2", "into meeting 2 of 2021, case 2", "into 110年度第2次會議案由2"},
		"actions.event.meeting-order":  {"110年度第2次會議未在111年度第1次會議以後", "meeting 2 of 2021 is not after meeting 1 of 2022", "110年度第2次會議 is not after 111年度第1次會議"},
		"actions.event.events-give":    {"事件所示為110年度第2次會議案由2（列管中）", "the events give meeting 2 of 2021, case 2 (tracked)", "the events give 110年度第2次會議案由2 (列管中)"},
	}
	codes := i18n.Codes("actions.event.")
	if len(codes) < 20 {
		t.Fatalf("only %d event details", len(codes))
	}
	for _, code := range codes {
		args := samples[code]
		if n, _ := i18n.Arity(code); n != len(args) {
			t.Errorf("%s takes %d values, its sample has %d", code, n, len(args))
			continue
		}
		ee := refusal(-1, Decided, item1, Tracking, ErrInvalidEvent, code, args...)
		zh, en := sprintf(finding.Chinese, code, args...), sprintf(finding.English, code, args...)
		if w, ok := want[code]; ok && (zh != w[0] || en != w[1] || ee.Detail != w[2]) {
			t.Errorf("%s: %q, %q, %q; want %q", code, zh, en, ee.Detail, w)
		}
		if asciiWord.MatchString(zh) || strings.Contains(zh+en+ee.Detail, "%!") {
			t.Errorf("%s: %q, %q, %q", code, zh, en, ee.Detail)
		}
		b, err := json.Marshal(ee)
		if err != nil {
			t.Fatalf("%s: %v", code, err)
		}
		var back EventError
		if err := json.Unmarshal(b, &back); err != nil || fmt.Sprintf("%#v", back.why.Args) != fmt.Sprintf("%#v", args) || back.Detail != ee.Detail {
			t.Errorf("%s: values read back %#v, %v; want %#v", code, back.why.Args, err, args)
		}
	}
	// The values as JSON writes them: typed, as a parse error's (a date as
	// 2022-01-05), never as a text read back with a type the code does not
	// take.
	b, err := json.Marshal(refusal(0, Reported, item1, Tracking, ErrOutOfOrder, "actions.event.out-of-order", d1, d2))
	if err != nil || !strings.Contains(string(b), `"detailCode":"actions.event.out-of-order","detailArgs":["2022-01-05","2022-05-19"]`) {
		t.Errorf("JSON %s, %v", b, err)
	}
	// An item read from JSON whose events open nothing gives the zero
	// item, written "" and read back as the zero ID.
	zero := refusal(-1, NoEvent, item1, Tracking, ErrInvalidEvent, "actions.event.events-give", ID{}, NotOpened)
	b, err = json.Marshal(zero)
	var back EventError
	if err != nil || json.Unmarshal(b, &back) != nil || back.Message(finding.English) != zero.Message(finding.English) || back.why.Args[0] != (ID{}) {
		t.Errorf("%s read back as %#v", b, back.why)
	}
	for _, bad := range []string{
		`{"detailCode":"actions.event.into","detailArgs":["not an item"]}`,
		`{"detailCode":"actions.event.into","detailArgs":[1]}`,
		`{"detailCode":"actions.event.into","detailArgs":["解除列管"]}`,
		`{"detailCode":"actions.event.events-give","detailArgs":["列管中","110年度第2次會議案由2"]}`,
		`{"detailCode":"actions.event.into"}`,
		`{"detailCode":"actions.event.unknown"}`,
	} {
		var back EventError
		if err := json.Unmarshal([]byte(bad), &back); err == nil {
			t.Errorf("%s reads back: %#v", bad, back.why)
		}
	}
}

func TestEnumMessages(t *testing.T) {
	tests := []struct {
		got, want string
	}{
		{Release.Message(finding.Chinese), "解除列管"},
		{Release.Message(finding.English), "release from tracking"},
		{Tracking.Message(language.MustParse("en-GB")), "tracked"},
		{NotOpened.Message(finding.Chinese), "未列管"},
		{OfficialLetter.Message(finding.English), "letter"},
		{Decided.Message(finding.English), "decision"},
		{RecommendKeep.Message(finding.Chinese), "建請繼續列管"},
		{Enumerated.Message(finding.English), "enumerated (一、)"},
		{NoLetterKind.Message(finding.English), ""},
		{LetterKind(99).Message(finding.English), "LetterKind(99)"},
		{m110b.Message(finding.English), "meeting 2 of 2021"},
		{m110b.Message(finding.Chinese), "110年度第2次會議"},
		{item1.Message(finding.English), "meeting 2 of 2021, case 1"},
		{item1.Message(finding.Chinese), "110年度第2次會議案由1"},
		{ID{}.Message(finding.Chinese), ""},
	}
	for i, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%d: %q, want %q", i, tt.got, tt.want)
		}
	}
}

func TestFindingMessage(t *testing.T) {
	f, bad := MustParseLetter("109年1月2日以法資字第10700001號函").checkYear()
	if !bad {
		t.Fatal("no finding")
	}
	f.Item, f.Row = item1, 7
	zh := "錯誤：110年度第2次會議案由1：第7列：發文字號法資字第10700001號之年度為107年，與發文日期109年1月2日（109年）不符"
	en := "error: meeting 2 of 2021, case 1: row 7: the number 法資字第10700001號 is of ROC year 107, which does not fit the letter's date 2020-01-02 (ROC year 109)"
	if got := f.Message(finding.Chinese); got != zh {
		t.Errorf("Message(zh) = %q, want %q", got, zh)
	}
	if got := f.String(); got != zh {
		t.Errorf("String = %q, want %q", got, zh)
	}
	if got := f.Message(finding.English); got != en {
		t.Errorf("Message(en) = %q, want %q", got, en)
	}
	if !strings.HasSuffix(zh, f.Detail) {
		t.Errorf("Detail %q is not the Chinese message", f.Detail)
	}
}

func BenchmarkFindingMessage(b *testing.B) {
	f, _ := MustParseLetter("109年1月2日以法資字第10700001號函").checkYear()
	f.Item, f.Row = item1, 7
	_ = f.Message(finding.Chinese)
	b.Run("Message", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_ = f.Message(finding.Chinese)
		}
	})
	b.Run("fmt-peer", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_ = fmt.Sprintf("%s：%s：第%d列：發文字號%s之年度為%d年，與發文日期%s（%d年）不符",
				f.Severity.String(), f.Item.String(), f.Row, f.Letter.number.String(), f.NumberYear, f.Letter.date.String(), f.DateYear)
		}
	})
}

func TestErrorMessages(t *testing.T) {
	_, err := ParseLetter("110年13月22日以法資字第11011514270號函")
	pe := err.(*ParseError)
	if got, want := pe.Message(finding.Chinese), "「110年13月22日以法資字第11011514270號函」無法解析：無13月"; got != want {
		t.Errorf("Message(zh) = %q, want %q", got, want)
	}
	if got, want := pe.Message(finding.English), `cannot read "110年13月22日以法資字第11011514270號函": month 13 out of range`; got != want {
		t.Errorf("Message(en) = %q, want %q", got, want)
	}
	l := MustParseLetter("112年1月3日以法資字第11011514270號函")
	err = l.yearError("ImportItems", l.String())
	if got, want := err.(*ParseError).Message(finding.Chinese), "「112年1月3日以法資字第11011514270號函」無法解析：發文字號年度（110年）與發文日期（112年）不符"; got != want {
		t.Errorf("letter-year Message(zh) = %q, want %q", got, want)
	}
	_, err = ParseDocNumber("法資字第x號")
	if got := err.(*ParseError).Message(finding.Chinese); got != "「法資字第x號」無法解析：字號非數字" {
		t.Errorf("Message(zh) = %q", got)
	}
	rows := [][]string{
		{"案由", "列管會議", "列管會議日期", "會議紀錄", "主席裁示"},
		{"案由x", "110年度第2次會議", "110年12月10日", "六、報告事項", "請研議"},
		{"案由2", "110年度第2次會議", "110年13月10日", "六、報告事項", "請研議"},
	}
	_, err = ImportItems(rows)
	var ie *ImportError
	if !errors.As(err, &ie) || len(ie.Problems) < 2 {
		t.Fatalf("ImportItems error = %v", err)
	}
	zh := ie.Message(finding.Chinese)
	if !strings.HasPrefix(zh, "共") || !strings.Contains(zh, "第2列「案由」欄：") || asciiWord.MatchString(missing.ReplaceAllString(zh, "")) {
		t.Errorf("ImportError.Message(zh) = %q", zh)
	}
	for _, p := range ie.Problems {
		if m := p.Message(finding.Chinese); strings.Contains(m, "%!") || asciiWord.MatchString(m) {
			t.Errorf("RowError.Message(zh) = %q", m)
		}
		t.Log(p.Message(finding.Chinese), " | ", p.Message(finding.English))
	}
	t.Log(zh)
}

// TestBatchMessage: an English count takes the singular for one and the
// plural otherwise; the Chinese counts with 筆 whatever the number.
func TestBatchMessage(t *testing.T) {
	p := datasets.MustParsePublisher("臺灣橋頭地方檢察署")
	for _, tt := range []struct {
		b      DelistingBatch
		zh, en string
	}{
		{DelistingBatch{Publisher: p, Reason: datasets.Duplicate, Count: 1}, "臺灣橋頭地方檢察署資料集1筆（重複）", "1 dataset of 臺灣橋頭地方檢察署 (duplicate)"},
		{DelistingBatch{Publisher: p, Count: 1}, "臺灣橋頭地方檢察署資料集1筆", "1 dataset of 臺灣橋頭地方檢察署"},
		{DelistingBatch{Publisher: p, Count: 2}, "臺灣橋頭地方檢察署資料集2筆", "2 datasets of 臺灣橋頭地方檢察署"},
		{DelistingBatch{Publisher: p, Reason: datasets.Duplicate, Count: 1200}, "臺灣橋頭地方檢察署資料集1,200筆（重複）", "1,200 datasets of 臺灣橋頭地方檢察署 (duplicate)"},
		{DelistingBatch{Publisher: p}, "臺灣橋頭地方檢察署資料集", "datasets of 臺灣橋頭地方檢察署"},
	} {
		if got := tt.b.Message(finding.Chinese); got != tt.zh {
			t.Errorf("%+v: Message(zh) = %q, want %q", tt.b, got, tt.zh)
		}
		if got := tt.b.Message(finding.English); got != tt.en {
			t.Errorf("%+v: Message(en) = %q, want %q", tt.b, got, tt.en)
		}
	}
	c := DelistingCheck{Approved: DelistingBatch{Publisher: p, Count: 3}, Verdict: finding.Passed}
	if got, want := c.Message(finding.English), "delisting approved: 3 datasets of 臺灣橋頭地方檢察署; progress: delisted"; got != want {
		t.Errorf("DelistingCheck.Message(en) = %q, want %q", got, want)
	}
}

// TestReviewedMessages: the texts of issue 24's review, in both
// languages, as the package's values and errors give them.
func TestReviewedMessages(t *testing.T) {
	p := datasets.MustParsePublisher("臺灣橋頭地方檢察署")
	batch := DelistingBatch{Publisher: p, Count: 2}
	msg := func(err error, lang language.Tag) string {
		var pe *ParseError
		if !errors.As(err, &pe) {
			return fmt.Sprintf("%v is no *ParseError", err)
		}
		return pe.Message(lang)
	}
	_, caseErr := ParseID("110年度第2次會議案由0")
	_, zeroErr := ParseSection("〇、報告事項")
	_, bytesErr := ParseDocNumber(strings.Repeat("字", MaxDocNumberLen))
	_, partErr := ImportOutline([][]string{{"大綱", "名稱"}, {"(一)", "甲"}})
	var ie *ImportError
	if !errors.As(partErr, &ie) || len(ie.Problems) != 1 {
		t.Fatalf("ImportOutline error = %v", partErr)
	}
	d1, d2 := rocdate.MustParse("111年5月19日"), rocdate.MustParse("111年6月1日")
	for i, tt := range []struct {
		zh, en, wantZh, wantEn string
	}{
		{DelistingCheck{Approved: batch, Verdict: finding.Passed}.Message(finding.Chinese),
			DelistingCheck{Approved: batch, Verdict: finding.Passed}.Message(finding.English),
			"核定下架臺灣橋頭地方檢察署資料集2筆，辦理情形：已完成下架",
			"delisting approved: 2 datasets of 臺灣橋頭地方檢察署; progress: delisted"},
		{DelistingCheck{Approved: batch, Verdict: finding.Failed}.Message(finding.Chinese),
			DelistingCheck{Approved: batch, Verdict: finding.Failed}.Message(finding.English),
			"核定下架臺灣橋頭地方檢察署資料集2筆，辦理情形：未見完成下架",
			"delisting approved: 2 datasets of 臺灣橋頭地方檢察署; progress: not reported as delisted"},
		{DelistingCheck{Approved: batch, Verdict: finding.Unchecked}.Message(finding.Chinese),
			DelistingCheck{Approved: batch, Verdict: finding.Unchecked}.Message(finding.English),
			"核定下架臺灣橋頭地方檢察署資料集2筆，辦理情形：未提報，無法查核",
			"delisting approved: 2 datasets of 臺灣橋頭地方檢察署; progress: none reported, so it cannot be checked"},
		{DelistingCheck{Approved: batch, Verdict: finding.Unchecked, Unknown: "某某署"}.Message(finding.Chinese),
			DelistingCheck{Approved: batch, Verdict: finding.Unchecked, Unknown: "某某署"}.Message(finding.English),
			"核定下架臺灣橋頭地方檢察署資料集2筆，辦理情形：發布機關「某某署」未列於機關名冊，無法查核",
			"delisting approved: 2 datasets of 臺灣橋頭地方檢察署; progress: cannot be checked, as the publisher 某某署 is not in the register of agencies"},
		{MustParseLetter("110年12月22日以法資字第11011514270號函").Check().Message(finding.Chinese),
			MustParseLetter("110年12月22日以法資字第11011514270號函").Check().Message(finding.English),
			"發文字號法資字第11011514270號所示年度（110年）與發文日期110年12月22日相符",
			"the number 法資字第11011514270號 is of ROC year 110, which fits the letter's date 2021-12-22"},
		{sprintf(finding.Chinese, "actions.event.report-decides", SelfTrack), sprintf(finding.English, "actions.event.report-decides", SelfTrack),
			"辦理情形不得逕為自行列管", "a report cannot leave to the unit to track"},
		{sprintf(finding.Chinese, "actions.event.before-report", d1, d2), sprintf(finding.English, "actions.event.before-report", d1, d2),
			"會議日期111年5月19日早於辦理情形日期111年6月1日", "meeting of 2022-05-19, before the report of 2022-06-01"},
		{i18n.Sprintf(finding.Chinese, "actions.no-schedule"), i18n.Sprintf(finding.English, "actions.no-schedule"),
			"業務流程或資訊系統案件未訂改善期程，依設置要點第10點不得僅繼續列管",
			"a business-process or information-system item cannot merely be kept tracked without an improvement schedule (設置要點第10點)"},
		{msg(caseErr, finding.Chinese), msg(caseErr, finding.English),
			"「110年度第2次會議案由0」無法解析：案由編號應自1起", `cannot read "110年度第2次會議案由0": case numbers start at 1`},
		{msg(zeroErr, finding.Chinese), msg(zeroErr, finding.English),
			"「〇、報告事項」無法解析：編號不得為0", `cannot read "〇、報告事項": numbered 0`},
		{msg(bytesErr, finding.Chinese), msg(bytesErr, finding.English),
			"「" + i18n.Clip(strings.Repeat("字", MaxDocNumberLen), 64) + "」無法解析：逾256位元組之上限",
			`cannot read "` + i18n.Clip(strings.Repeat("字", MaxDocNumberLen), 64) + `": over the limit of 256 bytes`},
		{msg(ie.Problems[0].Err, finding.Chinese), msg(ie.Problems[0].Err, finding.English),
			"「(一)」無法解析：子項所屬之項未載於其前", `cannot read "(一)": the part it belongs to is not given before it`},
	} {
		if tt.zh != tt.wantZh {
			t.Errorf("%d: Chinese %q, want %q", i, tt.zh, tt.wantZh)
		}
		if tt.en != tt.wantEn {
			t.Errorf("%d: English %q, want %q", i, tt.en, tt.wantEn)
		}
	}
}

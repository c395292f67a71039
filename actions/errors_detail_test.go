package actions

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/rocdate"
)

// The errors whose details take arguments: their English (Error, for
// logs) as it has always been, their Chinese from the catalog, their
// detail code.
func TestDetailArguments(t *testing.T) {
	_, recErr := ParseRecommendation("x")
	_, kindErr := LetterKind(99).AppendText(nil)
	_, onErr := MustNewMeeting(110, 2, "").On(rocdate.MustParse("111年1月3日"))
	_, newErr := NewMeeting(0, 2, rocdate.Date{})
	_, meetErr := ParseMeeting("110年度第2次會議（111年1月3日）")
	_, tooMany := replay(make([]Event, 3), 2)
	l := MustParseLetter("112年1月3日以法資字第11011514270號函")
	yearErr := l.yearError("ImportItems", l.String())
	tests := []struct {
		err      error
		code     string
		en, zh   string
		sentinel error
	}{
		{recErr, "actions.syntax.enum",
			`actions: parsing "x": not a valid Recommendation; expected one of 建請解除列管, 建請繼續列管`,
			"「x」無法解析：非列管建議，應為「建請解除列管」、「建請繼續列管」之一", ErrSyntax},
		{kindErr, "actions.range.enum",
			`actions: LetterKind.AppendText("99"): no LetterKind has this value`,
			"「99」無法解析：公文類別無此值", ErrRange},
		{onErr, "actions.range.meeting-date",
			`actions: Meeting.On("110年度第2次會議（111年1月3日）"): date 2022-01-03 outside the meeting's year`,
			"「110年度第2次會議（111年1月3日）」無法解析：日期111年1月3日不在會議年度內", ErrRange},
		{newErr, "actions.range.meeting",
			`actions: NewMeeting("0年度第2次會議"): year and meeting number must be from 1 to 9999`,
			"「0年度第2次會議」無法解析：年度及會議次別應介於1至9999", ErrRange},
		{meetErr, "actions.range.meeting-date",
			`actions: parsing "110年度第2次會議（111年1月3日）": date 2022-01-03 outside the meeting's year`,
			"「110年度第2次會議（111年1月3日）」無法解析：日期111年1月3日不在會議年度內", ErrRange},
		{tooMany, "actions.too-large.events",
			`actions: Replay("3件事件"): over the limit of 2 events`,
			"「3件事件」無法解析：逾2件事件之上限", ErrTooLarge},
		{yearErr, "actions.letter-year.years",
			`actions: parsing "112年1月3日以法資字第11011514270號函": number of ROC year 110 dated in ROC year 112`,
			"「112年1月3日以法資字第11011514270號函」無法解析：發文字號年度（110年）與發文日期（112年）不符", ErrLetterYear},
	}
	for i, tt := range tests {
		var pe *ParseError
		if !errors.As(tt.err, &pe) {
			t.Fatalf("%d: %v is no *ParseError", i, tt.err)
		}
		if got := pe.Error(); got != tt.en {
			t.Errorf("%d: Error = %q, want %q", i, got, tt.en)
		}
		if got := pe.Message(finding.Chinese); got != tt.zh {
			t.Errorf("%d: Message(zh) = %q, want %q", i, got, tt.zh)
		}
		if got := pe.DetailCode(); got != tt.code {
			t.Errorf("%d: DetailCode = %q, want %q", i, got, tt.code)
		}
		if !errors.Is(pe, tt.sentinel) {
			t.Errorf("%d: %v is not %v", i, pe, tt.sentinel)
		}
		b, err := json.Marshal(pe)
		var back ParseError
		if err != nil || json.Unmarshal(b, &back) != nil || back.Error() != tt.en || back.Message(finding.Chinese) != tt.zh ||
			back.Message(finding.English) != pe.Message(finding.English) {
			t.Errorf("%d: %s reads back as %q, %q", i, b, back.Error(), back.Message(finding.Chinese))
		}
	}
}

// An EventError's detail reads back from JSON with its typed values, so
// that its messages are the same.
func TestEventErrorDetailJSON(t *testing.T) {
	_, err := Replay([]Event{{Kind: Decided, Item: item1, Meeting: m111a, Decision: Merge, Into: item2}})
	var ee *EventError
	if !errors.As(err, &ee) {
		t.Fatalf("Replay error = %v", err)
	}
	e := refusal(3, Decided, item1, Tracking, ErrMeetingOrder, "actions.event.meeting-order", m111a, m110b)
	for _, ee := range []*EventError{ee, e} {
		b, err := json.Marshal(ee)
		if err != nil {
			t.Fatal(err)
		}
		var back EventError
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("%s: %v", b, err)
		}
		if back.Error() != ee.Error() || back.DetailCode() != ee.DetailCode() ||
			back.Message(finding.English) != ee.Message(finding.English) || back.Message(finding.Chinese) != ee.Message(finding.Chinese) {
			t.Errorf("%s read back as %q, %q", b, back.Error(), back.Message(finding.English))
		}
	}
	if e.DetailCode() != "actions.event.meeting-order" || !strings.Contains(e.Message(finding.English), "meeting 1 of 2022 is not after meeting 2 of 2021") {
		t.Errorf("%s: %q", e.DetailCode(), e.Message(finding.English))
	}
	bad := []byte(`{"code":"actions.meeting-order","index":1,"kind":"決議","item":"110年度第2次會議案由1","detailCode":"actions.event.meeting-order","detailArgs":["x","y"],"err":{"code":"actions.meeting-order"}}`)
	var back EventError
	if err := json.Unmarshal(bad, &back); err == nil {
		t.Error("a detail with bad values reads back")
	}
}

// An imported row's refused event says the rule and the refusal's
// detail, in English as it always has.
func TestRefused(t *testing.T) {
	e := refusal(-1, Reported, item1, Tracking, ErrLetterDate, "actions.event.letter-after", "111年6月1日以法資字第11100001號函")
	pe := refused("ImportItems", "x", e)
	if got, want := pe.Error(), `actions: parsing "x": letter does not fit the report: cites 111年6月1日以法資字第11100001號函, dated after the report`; got != want {
		t.Errorf("Error = %q, want %q", got, want)
	}
	if got, want := pe.Message(finding.Chinese), "「x」無法解析：引用之函文與辦理情形不符：引用之111年6月1日以法資字第11100001號函日期晚於辦理情形"; got != want {
		t.Errorf("Message(zh) = %q, want %q", got, want)
	}
	if pe.DetailCode() != "actions.refused" || !errors.Is(pe, ErrLetterDate) {
		t.Errorf("DetailCode = %q, Err = %v", pe.DetailCode(), pe.Err)
	}
	plain := refused("ImportItems", "x", refusal(-1, Reported, item1, Released, ErrTerminal, ""))
	if got, want := plain.Error(), `actions: parsing "x": item no longer tracked`; got != want || plain.DetailCode() != "" {
		t.Errorf("Error = %q, want %q", got, want)
	}
}

// The error of every ParseX lists the words the type accepts: in
// Chinese each quoted in 「」 and joined by 、, in English joined by ", "
// (a zero value with a word, 未列管, among them).
func TestEnumParseErrors(t *testing.T) {
	parse := func(f func(string) error) error { return f("x") }
	for _, tt := range []struct {
		err    error
		zh, en string
	}{
		{parse(func(s string) error { _, err := ParseLetterKind(s); return err }),
			"「x」無法解析：非公文類別，應為「函」、「令」、「書函」、「公告」、「函釋」、「開會通知單」之一",
			"cannot read \"x\": not a valid LetterKind; expected one of 函, 令, 書函, 公告, 函釋, 開會通知單"},
		{parse(func(s string) error { _, err := ParseEventKind(s); return err }),
			"「x」無法解析：非事件種類，應為「列管」、「辦理情形」、「決議」之一",
			"cannot read \"x\": not a valid EventKind; expected one of 列管, 辦理情形, 決議"},
		{parse(func(s string) error { _, err := ParseRecommendation(s); return err }),
			"「x」無法解析：非列管建議，應為「建請解除列管」、「建請繼續列管」之一",
			"cannot read \"x\": not a valid Recommendation; expected one of 建請解除列管, 建請繼續列管"},
		{parse(func(s string) error { _, err := ParseDecisionKind(s); return err }),
			"「x」無法解析：非決議種類，應為「解除列管」、「繼續列管」、「自行列管」、「撤銷列管」、「併案列管」之一",
			"cannot read \"x\": not a valid DecisionKind; expected one of 解除列管, 繼續列管, 自行列管, 撤銷列管, 併案列管"},
		{parse(func(s string) error { _, err := ParseStatus(s); return err }),
			"「x」無法解析：非列管狀態，應為「未列管」、「列管中」、「建請解除列管」、「解除列管」、「自行列管」、「撤銷列管」、「併案列管」之一",
			"cannot read \"x\": not a valid Status; expected one of 未列管, 列管中, 建請解除列管, 解除列管, 自行列管, 撤銷列管, 併案列管"},
		{parse(func(s string) error { _, err := ParseStyle(s); return err }),
			"「x」無法解析：非編號樣式，應為「一、」、「(一)」、「1.」、「(1)」之一",
			"cannot read \"x\": not a valid Style; expected one of 一、, (一), 1., (1)"},
		{parse(func(s string) error { _, err := ParseClauseKind(s); return err }),
			"「x」無法解析：非裁示類別，應為「說明」、「交辦」、「提醒」、「通案原則」、「核定」、「不予同意」之一",
			"cannot read \"x\": not a valid ClauseKind; expected one of 說明, 交辦, 提醒, 通案原則, 核定, 不予同意"},
	} {
		var pe *ParseError
		if !errors.As(tt.err, &pe) || pe.DetailCode() != "actions.syntax.enum" {
			t.Fatalf("%v: not the enum's *ParseError", tt.err)
		}
		if got := pe.Message(finding.Chinese); got != tt.zh {
			t.Errorf("Message(zh) = %q, want %q", got, tt.zh)
		}
		if got := pe.Message(finding.English); got != tt.en {
			t.Errorf("Message(en) = %q, want %q", got, tt.en)
		}
		b, err := json.Marshal(pe)
		var back ParseError
		if err != nil || json.Unmarshal(b, &back) != nil || back.Message(finding.Chinese) != tt.zh || back.Message(finding.English) != tt.en {
			t.Errorf("%s does not read back: %q, %v", b, back.Message(finding.Chinese), err)
		}
	}
}

// The numbering messages quote the patterns they expect, in full-width
// brackets in Chinese.
func TestNumberingMessages(t *testing.T) {
	_, secErr := ParseSection("報告事項")
	_, _, partErr := parsePartNumber("甲")
	for _, tt := range []struct {
		err    error
		zh, en string
	}{
		{secErr, "「報告事項」無法解析：應以「一、」或「（二）」等編號起首", `cannot read "報告事項": expected numbering such as 一、 or (二)`},
		{partErr, "「甲」無法解析：應為「二」、「二（一）」或「（一）」等編號", `cannot read "甲": expected a number such as 二, 二(一) or (一)`},
	} {
		var pe *ParseError
		if !errors.As(tt.err, &pe) {
			t.Fatalf("%v is no *ParseError", tt.err)
		}
		if got := pe.Message(finding.Chinese); got != tt.zh {
			t.Errorf("Message(zh) = %q, want %q", got, tt.zh)
		}
		if got := pe.Message(finding.English); got != tt.en {
			t.Errorf("Message(en) = %q, want %q", got, tt.en)
		}
	}
}

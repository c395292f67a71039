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
	_, kindErr := Kind(99).AppendText(nil)
	_, onErr := MustMeeting(110, 2, "").On(rocdate.MustParse("111年1月3日"))
	_, meetErr := ParseMeeting("110年度第2次會議（111年1月3日）")
	_, tooMany := replay(make([]Event, 3), 2)
	l := MustLetter("112年1月3日以法資字第11011514270號函")
	yearErr := l.yearError("ImportItems", l.String())
	tests := []struct {
		err      error
		code     string
		en, zh   string
		sentinel error
	}{
		{recErr, "actions.syntax.enum",
			`actions: parsing "x": not a Recommendation: one of 建請解除列管, 建請繼續列管`,
			"「x」無法解析：非列管建議，應為建請解除列管, 建請繼續列管之一", ErrSyntax},
		{kindErr, "actions.range.enum",
			`actions: Kind.AppendText("99"): no Kind has this value`,
			"「99」無法解析：公文類別無此值", ErrRange},
		{onErr, "actions.range.meeting-date",
			`actions: Meeting.On("110年度第2次會議, 111年1月3日"): date 111年1月3日 outside the meeting's year`,
			"「110年度第2次會議, 111年1月3日」無法解析：日期111年1月3日不在會議年度內", ErrRange},
		{meetErr, "actions.range.meeting-date",
			`actions: parsing "110年度第2次會議（111年1月3日）": date 111年1月3日 outside the meeting's year`,
			"「110年度第2次會議（111年1月3日）」無法解析：日期111年1月3日不在會議年度內", ErrRange},
		{tooMany, "actions.too-large.events",
			`actions: Replay("3 events"): over 2 events`,
			"「3 events」無法解析：逾2件事件之上限", ErrTooLarge},
		{yearErr, "actions.letter-year.years",
			`actions: parsing "112年1月3日以法資字第11011514270號函": number of year 110 dated in year 112`,
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

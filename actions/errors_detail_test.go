package actions

import (
	"errors"
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

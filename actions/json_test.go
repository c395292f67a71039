package actions_test

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/ogdtw/governance/actions"
	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/internal/jsontest"
	"github.com/ogdtw/governance/requests"
	"github.com/ogdtw/governance/rocdate"
)

var exportAll = cmp.Exporter(func(reflect.Type) bool { return true })

// deckLog is the deck's log: the three items opened, reported on with
// their letters, and released by 111年度第1次會議, with a fourth item of a
// process concern kept with a schedule, to exercise every field.
func deckLog() []actions.Event {
	deck := deckEvents() // three openings, then three reports
	id := prevMeeting.Case(4)
	var log []actions.Event
	log = append(log, deck[:3]...)
	log = append(log, actions.Event{Kind: actions.Opened, Item: id, Meeting: prevMeeting,
		Section: actions.MustParseSection("七、臨時動議、(一)資料集下架流程"), Ruling: "請資訊處訂定流程",
		Concern: requests.ProcessOrSystem, Due: rocdate.MustParse("111年6月30日"), Row: 5})
	log = append(log, deck[3:]...)
	log = append(log, actions.Event{Kind: actions.Reported, Item: id, Date: rocdate.MustParse("111年5月19日"),
		Text: "已排定改善期程。", Schedule: rocdate.MustParse("111年9月30日"), Recommend: actions.RecommendKeep, Row: 5})
	log = append(log, deckDecisions()...)
	return append(log, actions.Event{Kind: actions.Decided, Item: id, Meeting: deckMeeting, Decision: actions.Keep,
		Due: rocdate.MustParse("111年12月31日"), Reason: "持續追蹤"})
}

func TestJSON(t *testing.T) {
	r, err := actions.Replay(deckLog())
	if err != nil {
		t.Fatal(err)
	}
	released, _ := r.Item(prevMeeting.Case(1))
	kept, _ := r.Item(prevMeeting.Case(4))
	agenda := r.Agenda(deckMeeting)
	letter := actions.MustParseLetter("中華民國一百十一年三月十一日行政院院臺法字第 1110006379 號函釋")
	_, parseErr := actions.ParseLetter("110年13月22日以法資字第11011514270號函")
	_, importErr := actions.ImportItems([][]string{
		{"案由", "列管會議", "列管會議日期", "會議紀錄", "主席裁示", "辦理日期"},
		{"案由x", "110年度第2次會議", "110年12月10日", "一、甲", "乙"},
	})
	var ie *actions.ImportError
	if !errors.As(importErr, &ie) {
		t.Fatalf("ImportItems error = %v", importErr)
	}
	_, eventErr := actions.Apply(released, deckDecisions()[0])
	f := actions.MustParseLetter("112年1月3日以法資字第11011514270號函").Check().Finding
	f.Item, f.Row = prevMeeting.Case(1), 2
	ruling := actions.ReadRuling(deckItems[0][1], nil)
	approved := actions.ReadRuling(deckItems[2][1], nil)
	progress := actions.ReadProgress(progress1 + progress3)
	failed := actions.CheckDelistings(approved, actions.ReadProgress(progress2))
	if len(failed) != 1 || failed[0].Finding.Code == "" {
		t.Fatalf("CheckDelistings(案由3, progress of 案由2) = %v, want one failed check", failed)
	}
	outline, err := actions.ImportOutline(deckOutline)
	if err != nil {
		t.Fatal(err)
	}
	outline.Meeting, outline.Unit = deckMeeting, "資訊處"
	jsontest.Check(t, ".", map[string]any{
		"Outline":        outline,
		"Part":           outline.Parts[1],
		"Ruling":         ruling,
		"Clause":         approved.Clauses[0],
		"ClauseKind":     actions.StandingRule,
		"DelistingBatch": approved.Clauses[0].Delistings[0],
		"Progress":       progress,
		"DelistingCheck": failed[0],
		"LetterCheck":    actions.MustParseLetter("112年1月3日以法資字第11011514270號函").Check(),
		"AgendaRow":      agenda.Rows()[0],
		"Agenda":         agenda,
		"DocNumber":      actions.MustParseDocNumber("台（七六）勞人字第一九○六號"),
		"Recommendation": actions.RecommendKeep,
		"DecisionKind":   actions.Merge,
		"Status":         actions.ReleaseProposed,
		"ParseError":     parseErr,
		"RowError":       ie.Problems[0],
		"ImportError":    ie,
		"EventError":     eventErr,
		"EventKind":      actions.Decided,
		"Event":          deckLog()[3],
		"Finding":        f,
		"Report":         kept.Reports()[0],
		"Decision":       kept.Decisions()[0],
		"Item":           kept,
		"LetterKind":     actions.InformalLetter,
		"Letter":         letter,
		"Meeting":        deckMeeting,
		"ID":             prevMeeting.Case(3),
		"Register":       r,
		"Style":          actions.ParenEnumerated,
		"Section":        actions.MustParseSection(deckItems[0][0]),
	})
	// A released item, whose reports cite a letter, and a row error whose
	// cause is a sentinel round-trip too.
	if err := jsontest.RoundTrip(released); err != nil {
		t.Error(err)
	}
	if err := jsontest.RoundTrip(&actions.RowError{Row: 1, Column: "列管會議", Err: actions.ErrMissing}); err != nil {
		t.Error(err)
	}
}

// TestJSONForms checks the text the types write.
func TestJSONForms(t *testing.T) {
	for _, tt := range []struct {
		v    any
		want string
	}{
		{deckMeeting, `"111年度第1次會議（111年5月19日）"`},
		{prevMeeting.Case(1), `"110年度第2次會議案由1"`},
		{actions.RecommendRelease, `"建請解除列管"`},
		{actions.Tracking, `"列管中"`},
		{actions.InformalLetter, `"書函"`},
	} {
		b, err := json.Marshal(tt.v)
		if err != nil || string(b) != tt.want {
			t.Errorf("json.Marshal(%v) = %s, %v; want %s", tt.v, b, err, tt.want)
		}
	}
	_, err := actions.Apply(actions.Item{}, deckDecisions()[0])
	b, _ := json.Marshal(err)
	for _, s := range []string{`"code":"actions.not-opened"`, `"severity":"錯誤"`, `"message":"決議「110年度第2次會議案由1」：案件未經會議列管"`,
		`"err":{"code":"actions.not-opened","message":"案件未經會議列管"}`} {
		if !strings.Contains(string(b), s) {
			t.Errorf("EventError JSON %s lacks %s", b, s)
		}
	}
	var back actions.EventError
	if uerr := json.Unmarshal(b, &back); uerr != nil || back.Error() != err.Error() || !errors.Is(&back, actions.ErrNotOpened) {
		t.Errorf("EventError JSON %s read back as %v, %v", b, &back, uerr)
	}
	if _, err := json.Marshal(actions.Status(99)); !errors.Is(err, actions.ErrRange) {
		t.Errorf("json.Marshal(Status(99)) error = %v, want ErrRange", err)
	}
	var it actions.Item
	bad := `{"id":"110年度第2次會議案由1","status":"解除列管","events":[{"kind":"辦理情形","item":"110年度第2次會議案由1","date":"111年5月19日","text":"x"}]}`
	if err := json.Unmarshal([]byte(bad), &it); !errors.Is(err, actions.ErrNotOpened) {
		t.Errorf("Unmarshal(item without opening) error = %v, want ErrNotOpened", err)
	}
}

// TestReplayJSON writes the deck's log of events to JSON, reads it back
// and replays it: the register is the same.
func TestReplayJSON(t *testing.T) {
	log := deckLog()
	want, err := actions.Replay(log)
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(log)
	if err != nil {
		t.Fatal(err)
	}
	var back []actions.Event
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	got, err := actions.Replay(back)
	if err != nil {
		t.Fatalf("Replay(log through JSON) error = %v\n%s", err, b)
	}
	if !cmp.Equal(want, got, exportAll) {
		t.Errorf("Replay(log through JSON) differs:\n%s", cmp.Diff(want, got, exportAll))
	}
	if got.Len() != 4 || len(got.Open()) != 1 {
		t.Errorf("replayed %d items, %d open; want 4 and 1", got.Len(), len(got.Open()))
	}
	// The register itself round-trips, and so does each item's history.
	rb, err := json.Marshal(want)
	if err != nil {
		t.Fatal(err)
	}
	var r actions.Register
	if err := json.Unmarshal(rb, &r); err != nil || !cmp.Equal(want, r, exportAll) {
		t.Errorf("Register through JSON: %v\n%s", err, cmp.Diff(want, r, exportAll))
	}
}

func TestFindingString(t *testing.T) {
	c := actions.MustParseLetter("112年1月3日以法資字第11011514270號函").Check()
	f, bad := c.Finding, c.Verdict == finding.Failed
	f.Item, f.Row = prevMeeting.Case(1), 2
	want := "錯誤：110年度第2次會議案由1：第2列：發文字號法資字第11011514270號之年度為110年，與發文日期112年1月3日（112年）不符"
	if !bad || f.String() != want || f.Severity != finding.Error {
		t.Errorf("finding = %s, want %s", f, want)
	}
}

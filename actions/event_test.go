package actions

import (
	"errors"
	"strings"
	"testing"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/requests"
	"github.com/ogdtw/governance/rocdate"
)

var (
	m110b = MustNewMeeting(110, 2, "110年12月10日")
	m111a = MustNewMeeting(111, 1, "111年5月19日")
	m111b = MustNewMeeting(111, 2, "111年11月10日")
	item1 = m110b.Case(1)
	item2 = m110b.Case(2)
	item3 = m110b.Case(3)
)

func day(s string) rocdate.Date { return rocdate.MustParse(s) }

func openEv(id ID, c requests.Concern) Event {
	return Event{Kind: Opened, Item: id, Meeting: m110b, Section: MustParseSection("六、報告事項、(二)推動成果"),
		Ruling: "請資訊處研議", Concern: c}
}

func reportEv(id ID, date string, rec Recommendation) Event {
	return Event{Kind: Reported, Item: id, Date: day(date), Text: "已辦理", Recommend: rec}
}

func decideEv(id ID, m Meeting, k DecisionKind) Event {
	return Event{Kind: Decided, Item: id, Meeting: m, Decision: k}
}

func with(e Event, f func(*Event)) Event {
	f(&e)
	return e
}

// TestApplyRules has, for every rule, a case that breaks it and a case
// that keeps it.
func TestApplyRules(t *testing.T) {
	opened := []Event{openEv(item1, requests.NoConcern)}
	process := []Event{openEv(item1, requests.ProcessOrSystem)}
	keepRec := append(opened[:1:1], reportEv(item1, "111年5月1日", RecommendKeep))
	tests := []struct {
		name    string
		setup   []Event
		ev      Event
		wantErr error
	}{
		{"open once", nil, openEv(item1, requests.NoConcern), nil},
		{"open twice", opened, openEv(item1, requests.NoConcern), ErrAlreadyOpened},
		{"report on an opened item", opened, reportEv(item1, "111年1月5日", NoRecommendation), nil},
		{"report on an item never opened", nil, reportEv(item1, "111年1月5日", NoRecommendation), ErrNotOpened},
		{"decide an item never opened", nil, decideEv(item1, m111a, Release), ErrNotOpened},

		{"open without case", nil, with(openEv(item1, requests.NoConcern), func(e *Event) { e.Item = m110b.Case(0) }), ErrInvalidEvent},
		{"open without meeting", nil, with(openEv(item1, requests.NoConcern), func(e *Event) { e.Meeting = Meeting{} }), ErrInvalidEvent},
		{"open by an undated meeting", nil, with(openEv(item1, requests.NoConcern), func(e *Event) { e.Meeting = MustNewMeeting(110, 2, "") }), ErrInvalidEvent},
		{"open an item of another meeting", nil, with(openEv(item1, requests.NoConcern), func(e *Event) { e.Item = m111a.Case(1) }), ErrInvalidEvent},
		{"open on the meeting's date", nil, with(openEv(item1, requests.NoConcern), func(e *Event) { e.Date = day("110年12月10日") }), nil},
		{"open on another date", nil, with(openEv(item1, requests.NoConcern), func(e *Event) { e.Date = day("110年12月11日") }), ErrInvalidEvent},
		{"open without section", nil, with(openEv(item1, requests.NoConcern), func(e *Event) { e.Section = Section{} }), ErrInvalidEvent},
		{"open without ruling", nil, with(openEv(item1, requests.NoConcern), func(e *Event) { e.Ruling = "" }), ErrInvalidEvent},
		{"open with unknown concern", nil, with(openEv(item1, requests.NoConcern), func(e *Event) { e.Concern = 9 }), ErrInvalidEvent},
		{"event of another item", opened, reportEv(item2, "111年1月5日", NoRecommendation), ErrInvalidEvent},
		{"event of no kind", opened, with(reportEv(item1, "111年1月5日", NoRecommendation), func(e *Event) { e.Kind = NoEvent }), ErrInvalidEvent},
		{"report without date", opened, with(reportEv(item1, "111年1月5日", NoRecommendation), func(e *Event) { e.Date = rocdate.Date{} }), ErrInvalidEvent},
		{"report saying nothing", opened, with(reportEv(item1, "111年1月5日", NoRecommendation), func(e *Event) { e.Text = "" }), ErrInvalidEvent},
		{"report with only a letter", opened, with(reportEv(item1, "111年1月5日", NoRecommendation), func(e *Event) {
			e.Text, e.Letters = "", []Letter{MustParseLetter("110年12月22日以法資字第11011514270號函")}
		}), nil},
		{"report with unknown recommendation", opened, reportEv(item1, "111年1月5日", 7), ErrInvalidEvent},
		{"report citing an empty letter", opened, with(reportEv(item1, "111年1月5日", NoRecommendation), func(e *Event) { e.Letters = []Letter{{}} }), ErrInvalidEvent},
		{"decision of no kind", opened, decideEv(item1, m111a, NoDecision), ErrInvalidEvent},
		{"decision by an undated meeting", opened, decideEv(item1, MustNewMeeting(111, 1, ""), Release), ErrInvalidEvent},
		{"decision dated off its meeting", opened, with(decideEv(item1, m111a, Release), func(e *Event) { e.Date = day("111年5月20日") }), ErrInvalidEvent},

		{"events in date order", opened, reportEv(item1, "110年12月10日", NoRecommendation), nil},
		{"report before the opening", opened, reportEv(item1, "110年12月9日", NoRecommendation), ErrOutOfOrder},
		{"report dated before the last decision", append(opened[:1:1], decideEv(item1, m111a, Keep)),
			reportEv(item1, "111年5月18日", NoRecommendation), ErrOutOfOrder},

		{"report after keep", append(opened[:1:1], decideEv(item1, m111a, Keep)), reportEv(item1, "111年6月1日", NoRecommendation), nil},
		{"report after release", append(opened[:1:1], decideEv(item1, m111a, Release)), reportEv(item1, "111年6月1日", NoRecommendation), ErrTerminal},
		{"decision after self-tracking", append(opened[:1:1], decideEv(item1, m111a, SelfTrack)), decideEv(item1, m111b, Keep), ErrTerminal},
		{"decision after withdrawal", append(opened[:1:1], decideEv(item1, m111a, Withdraw)), decideEv(item1, m111b, Release), ErrTerminal},
		{"report after merge", append([]Event{openEv(item1, requests.NoConcern)}, with(decideEv(item1, m111a, Merge), func(e *Event) { e.Into = item2 })),
			reportEv(item1, "111年6月1日", NoRecommendation), ErrTerminal},

		{"a meeting releases", opened, decideEv(item1, m111a, Release), nil},
		{"a meeting withdraws", opened, decideEv(item1, m111a, Withdraw), nil},
		{"decision without a meeting", opened, decideEv(item1, Meeting{}, Release), ErrNoMeeting},
		{"a report cannot release", opened, with(reportEv(item1, "111年1月5日", RecommendRelease), func(e *Event) { e.Decision = Release }), ErrNoMeeting},
		{"a report cannot withdraw", opened, with(reportEv(item1, "111年1月5日", NoRecommendation), func(e *Event) { e.Decision = Withdraw }), ErrNoMeeting},

		{"decision by a later meeting", opened, decideEv(item1, m111a, Keep), nil},
		{"decision by the opening meeting", opened, decideEv(item1, m110b, Keep), ErrMeetingOrder},
		{"decision by an earlier meeting", opened, decideEv(item1, MustNewMeeting(110, 1, "110年4月30日"), Keep), ErrMeetingOrder},
		{"second decision by the same meeting", append(opened[:1:1], decideEv(item1, m111a, Keep)), decideEv(item1, m111a, Release), ErrMeetingOrder},
		{"decision on the day of the last report", append(opened[:1:1], reportEv(item1, "111年5月19日", RecommendRelease)), decideEv(item1, m111a, Release), nil},
		{"decision before the last report", append(opened[:1:1], reportEv(item1, "111年5月20日", RecommendRelease)), decideEv(item1, m111a, Release), ErrDecisionBeforeReport},

		{"release as recommended", append(opened[:1:1], reportEv(item1, "111年5月1日", RecommendRelease)), decideEv(item1, m111a, Release), nil},
		{"release against keep, with reason", keepRec, with(decideEv(item1, m111a, Release), func(e *Event) { e.Reason = "已納入年度計畫" }), nil},
		{"release against keep, no reason", keepRec, decideEv(item1, m111a, Release), ErrReasonRequired},
		{"release with no report", opened, decideEv(item1, m111a, Release), nil},

		{"keep a process item with a schedule", append(process[:1:1], with(reportEv(item1, "111年5月1日", RecommendKeep), func(e *Event) { e.Schedule = day("111年12月31日") })),
			decideEv(item1, m111a, Keep), nil},
		{"keep a process item scheduled at opening", []Event{with(openEv(item1, requests.ProcessOrSystem), func(e *Event) { e.Schedule = day("111年12月31日") })},
			decideEv(item1, m111a, Keep), nil},
		{"keep a process item without a schedule", process, decideEv(item1, m111a, Keep), ErrNoSchedule},
		{"keep a regulation item without a schedule", []Event{openEv(item1, requests.OwnRegulation)}, decideEv(item1, m111a, Keep), nil},
		{"release a process item without a schedule", process, decideEv(item1, m111a, Release), nil},

		{"cite a letter of before the report", opened, with(reportEv(item1, "111年1月5日", NoRecommendation), func(e *Event) {
			e.Letters = []Letter{MustParseLetter("110年12月22日以法資字第11011514270號函")}
		}), nil},
		{"cite a letter of after the report", opened, with(reportEv(item1, "110年12月20日", NoRecommendation), func(e *Event) {
			e.Letters = []Letter{MustParseLetter("110年12月22日以法資字第11011514270號函")}
		}), ErrLetterDate},
		{"cite a letter whose number is of another year", opened, with(reportEv(item1, "113年1月5日", NoRecommendation), func(e *Event) {
			e.Letters = []Letter{{date: day("113年1月2日"), number: MustParseDocNumber("法資字第11011514270號"), kind: OfficialLetter}}
		}), ErrLetterDate},

		{"merge into another item", opened, with(decideEv(item1, m111a, Merge), func(e *Event) { e.Into = item2 }), nil},
		{"merge into itself", opened, with(decideEv(item1, m111a, Merge), func(e *Event) { e.Into = item1 }), ErrMergeSelf},
		{"merge into nothing", opened, decideEv(item1, m111a, Merge), ErrInvalidEvent},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var it Item
			for i, e := range tt.setup {
				var err error
				if it, err = Apply(it, e); err != nil {
					t.Fatalf("setup event %d: %v", i, err)
				}
			}
			before := it
			got, err := Apply(it, tt.ev)
			if tt.wantErr == nil {
				if err != nil {
					t.Fatalf("Apply(%v, %+v) error = %v, want nil", it.Status(), tt.ev, err)
				}
				if got.LastDate() != tt.ev.When() {
					t.Errorf("Apply: LastDate = %v, want %v", got.LastDate(), tt.ev.When())
				}
				return
			}
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("Apply(%v, %+v) error = %v, want %v", it.Status(), tt.ev, err, tt.wantErr)
			}
			var ee *EventError
			if !errors.As(err, &ee) || ee.Index != -1 || ee.Item != tt.ev.Item || ee.Kind != tt.ev.Kind {
				t.Errorf("Apply error = %#v, want an *EventError for the event", err)
			} else {
				checkEventMessage(t, ee)
			}
			if !strings.HasPrefix(err.Error(), "actions: ") {
				t.Errorf("error %q lacks the package prefix", err)
			}
			if got != before {
				t.Errorf("a rejected event changed the item: %+v, was %+v", got, before)
			}
		})
	}
}

func TestApplyKeepsEarlierStates(t *testing.T) {
	it, _ := Apply(Item{}, openEv(item1, requests.NoConcern))
	a, err := Apply(it, reportEv(item1, "111年1月5日", RecommendKeep))
	if err != nil {
		t.Fatal(err)
	}
	b, err := Apply(a, reportEv(item1, "111年2月5日", RecommendRelease))
	if err != nil {
		t.Fatal(err)
	}
	c, err := Apply(a, with(reportEv(item1, "111年3月5日", NoRecommendation), func(e *Event) { e.Text = "另案" }))
	if err != nil {
		t.Fatal(err)
	}
	if len(it.Reports()) != 0 || len(a.Reports()) != 1 || len(b.Reports()) != 2 || len(c.Reports()) != 2 {
		t.Fatalf("report counts %d %d %d %d, want 0 1 2 2", len(it.Reports()), len(a.Reports()), len(b.Reports()), len(c.Reports()))
	}
	if b.Reports()[1].Recommend != RecommendRelease || c.Reports()[1].Text != "另案" {
		t.Errorf("branches share their reports: %v / %v", b.Reports(), c.Reports())
	}
	if it.Status() != Tracking || a.Status() != Tracking || b.Status() != ReleaseProposed {
		t.Errorf("statuses %v %v %v", it.Status(), a.Status(), b.Status())
	}
	letters := []Letter{MustParseLetter("110年12月22日以法資字第11011514270號函")}
	d, _ := Apply(a, with(reportEv(item1, "111年3月5日", NoRecommendation), func(e *Event) { e.Letters = letters }))
	letters[0] = Letter{}
	r, _ := d.LastReport()
	r.Letters[0] = Letter{}
	if got, _ := d.LastReport(); got.Letters[0].IsZero() {
		t.Error("the item shares its letters with the caller")
	}
	k1, _ := Apply(a, decideEv(item1, m111a, Keep))
	k2, _ := Apply(a, with(decideEv(item1, m111a, Merge), func(e *Event) { e.Into = item2 }))
	if k1.Status() != Tracking || k2.Status() != Merged || len(a.Decisions()) != 0 {
		t.Errorf("decision branches: %v %v %d", k1.Status(), k2.Status(), len(a.Decisions()))
	}
	if into, ok := k2.MergedInto(); !ok || into != item2 {
		t.Errorf("MergedInto = %v, %v", into, ok)
	}
	if _, ok := k1.MergedInto(); ok {
		t.Error("kept item reports a merge")
	}
}

func TestEventErrorMessage(t *testing.T) {
	it, _ := Apply(Item{}, openEv(item1, requests.NoConcern))
	it, _ = Apply(it, decideEv(item1, m111a, Release))
	_, err := Apply(it, reportEv(item1, "111年6月1日", NoRecommendation))
	want := `actions: 辦理情形 "110年度第2次會議案由1" (解除列管): item no longer tracked`
	if err == nil || err.Error() != want {
		t.Errorf("error = %v, want %s", err, want)
	}
	_, err = Replay([]Event{reportEv(item1, "111年6月1日", NoRecommendation)})
	want = `actions: event 1 辦理情形 "110年度第2次會議案由1": item not opened`
	if err == nil || err.Error() != want {
		t.Errorf("error = %v, want %s", err, want)
	}
}

// Replay's errors count events from 1, as rows are counted: the first
// event is 第1筆事件 and event 1, never 第0筆.
func TestEventErrorOrdinal(t *testing.T) {
	bad := reportEv(item2, "111年6月1日", NoRecommendation)
	for _, c := range []struct {
		events []Event
		zh, en string
		index  int
	}{
		{[]Event{bad}, "第1筆事件", "event 1 ", 0},
		{[]Event{openEv(item1, requests.NoConcern), bad}, "第2筆事件", "event 2 ", 1},
	} {
		_, err := Replay(c.events)
		var ee *EventError
		if !errors.As(err, &ee) {
			t.Fatalf("Replay: %v, want an *EventError", err)
		}
		if ee.Index != c.index {
			t.Errorf("Index = %d, want %d", ee.Index, c.index)
		}
		if zh := ee.Message(finding.Chinese); !strings.HasPrefix(zh, c.zh) {
			t.Errorf("Message = %q, want it to start with %s", zh, c.zh)
		}
		if en := ee.Error(); !strings.HasPrefix(en, "actions: "+c.en) {
			t.Errorf("Error = %q, want event counted from 1 (%s)", en, c.en)
		}
	}
}

// Pending holds the reports since the meeting that last opened or
// decided the item, in order, as copies.
func TestPending(t *testing.T) {
	l := MustParseLetter("111年6月1日以法資字第11100001號函")
	events := []Event{
		openEv(item1, requests.NoConcern),
		with(reportEv(item1, "111年1月10日", RecommendKeep), func(e *Event) { e.Text = "甲" }),
		decideEv(item1, m111a, Keep),
		with(reportEv(item1, "111年6月2日", NoRecommendation), func(e *Event) { e.Text, e.Letters = "乙", []Letter{l} }),
		with(reportEv(item1, "111年7月1日", RecommendRelease), func(e *Event) { e.Text = "丙" }),
	}
	var it Item
	texts := func(rs []Report) string {
		var s []string
		for _, r := range rs {
			s = append(s, r.Text)
		}
		return strings.Join(s, ",")
	}
	want := []string{"", "甲", "", "乙", "乙,丙"}
	for i, e := range events {
		var err error
		if it, err = Apply(it, e); err != nil {
			t.Fatalf("event %d: %v", i, err)
		}
		if got := texts(it.Pending()); got != want[i] {
			t.Errorf("after event %d: Pending = %q, want %q", i, got, want[i])
		}
	}
	p := it.Pending()
	if len(p[0].Letters) != 1 || p[0].Letters[0] != l || p[1].Recommend != RecommendRelease || p[0].Date != day("111年6月2日") {
		t.Errorf("Pending = %+v", p)
	}
	p[0].Letters[0] = Letter{}
	if it.Pending()[0].Letters[0] != l {
		t.Error("Pending shares the item's letters")
	}
}

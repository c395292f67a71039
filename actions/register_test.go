package actions

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/ogdtw/governance/requests"
	"github.com/ogdtw/governance/rocdate"
)

func mergeEv(id, into ID, m Meeting) Event {
	return with(decideEv(id, m, Merge), func(e *Event) { e.Into = into })
}

// TestReplayRules has, for every rule Replay adds to Apply, a case that
// breaks it and a case that keeps it.
func TestReplayRules(t *testing.T) {
	three := []Event{openEv(item1, requests.NoConcern), openEv(item2, requests.NoConcern), openEv(item3, requests.NoConcern)}
	plus := func(evs ...Event) []Event { return append(three[:3:3], evs...) }
	tests := []struct {
		name    string
		events  []Event
		wantErr error
		index   int
	}{
		{"merge into an open item", plus(mergeEv(item1, item2, m111a)), nil, 0},
		{"merge into an item never opened", plus(mergeEv(item1, m110b.Case(9), m111a)), ErrMergeUnknown, 3},
		{"merge into a released item", plus(decideEv(item2, m111a, Release), mergeEv(item1, item2, m111b)), ErrMergeClosed, 4},
		{"merge into an item merged into a third", plus(mergeEv(item2, item3, m111a), mergeEv(item1, item2, m111b)), ErrMergeClosed, 4},
		{"merge back into what merged in", plus(mergeEv(item2, item1, m111a), mergeEv(item1, item2, m111b)), ErrMergeCycle, 4},
		{"merge into itself", plus(mergeEv(item1, item1, m111a)), ErrMergeSelf, 3},
		{"log in date order", plus(reportEv(item1, "111年1月1日", NoRecommendation), reportEv(item2, "111年1月1日", NoRecommendation)), nil, 0},
		{"log out of date order", plus(reportEv(item1, "111年1月2日", NoRecommendation), reportEv(item2, "111年1月1日", NoRecommendation)), ErrOutOfOrder, 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Replay(tt.events)
			if tt.wantErr == nil {
				if err != nil {
					t.Fatalf("Replay error = %v, want nil", err)
				}
				return
			}
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("Replay error = %v, want %v", err, tt.wantErr)
			}
			var ee *EventError
			if !errors.As(err, &ee) || ee.Index != tt.index {
				t.Errorf("Replay error = %v, want an *EventError at index %d", err, tt.index)
			} else {
				checkEventMessage(t, ee)
			}
			if r.Len() != 3 {
				t.Errorf("Replay kept %d items, want the 3 good ones", r.Len())
			}
		})
	}
}

func TestReplayKeepsGoodEvents(t *testing.T) {
	events := []Event{
		openEv(item1, requests.NoConcern),
		reportEv(item2, "111年1月1日", NoRecommendation), // not opened
		openEv(item1, requests.NoConcern),             // twice
		reportEv(item1, "111年1月1日", RecommendRelease),
		decideEv(item1, Meeting{}, Release), // no meeting
		decideEv(item1, m111a, Release),
	}
	r, err := Replay(events)
	var idx []int
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		var ee *EventError
		if errors.As(e, &ee) {
			idx = append(idx, ee.Index)
		}
	}
	if diff := cmp.Diff([]int{1, 2, 4}, idx); diff != "" {
		t.Errorf("rejected events (-want +got):\n%s", diff)
	}
	it, ok := r.Item(item1)
	if !ok || it.Status() != Released || len(it.Reports()) != 1 {
		t.Errorf("item1 = %v, %d reports; want released with 1 report", it.Status(), len(it.Reports()))
	}
	if _, ok := r.Item(item2); ok {
		t.Error("item2 exists though never opened")
	}
	if (Register{}).Len() != 0 || len((Register{}).Items()) != 0 {
		t.Error("zero Register is not empty")
	}
}

func TestQueries(t *testing.T) {
	events := []Event{
		with(openEv(item1, requests.NoConcern), func(e *Event) { e.Due = day("111年3月31日") }),
		with(openEv(item2, requests.ProcessOrSystem), func(e *Event) { e.Due = day("111年6月30日") }),
		openEv(item3, requests.NoConcern),
		reportEv(item1, "111年3月1日", NoRecommendation),
		with(reportEv(item2, "111年4月1日", RecommendKeep), func(e *Event) { e.Schedule = day("111年12月31日") }),
		reportEv(item3, "111年5月1日", RecommendRelease),
		decideEv(item3, m111a, Release),
		with(decideEv(item2, m111a, Keep), func(e *Event) { e.Due = day("111年10月31日") }),
		reportEv(item2, "111年8月1日", RecommendRelease),
	}
	r, err := Replay(events)
	if err != nil {
		t.Fatal(err)
	}
	ids := func(items []Item) []ID {
		var out []ID
		for _, it := range items {
			out = append(out, it.ID())
		}
		return out
	}
	opts := cmp.AllowUnexported(ID{})
	for _, tt := range []struct {
		query string
		asOf  string
		got   func(rocdate.Date) []Item
		want  []ID
	}{
		{"overdue", "111年3月31日", r.Overdue, nil},
		{"overdue", "111年4月1日", r.Overdue, []ID{item1}},
		{"overdue", "111年7月1日", r.Overdue, []ID{item1}}, // item2 kept to 111年10月31日
		{"overdue", "111年11月1日", r.Overdue, []ID{item1, item2}},
		{"awaiting", "111年3月1日", r.AwaitingDecision, nil},
		{"awaiting", "111年5月1日", r.AwaitingDecision, []ID{item2, item3}},
		{"awaiting", "111年5月19日", r.AwaitingDecision, nil},
		{"awaiting", "111年8月1日", r.AwaitingDecision, []ID{item2}},
		{"items", "", func(rocdate.Date) []Item { return r.Items() }, []ID{item1, item2, item3}},
		{"as of before opening", "110年12月9日", func(d rocdate.Date) []Item { return r.AsOf(d).Items() }, nil},
	} {
		var d rocdate.Date
		if tt.asOf != "" {
			d, _ = rocdate.Parse(tt.asOf)
		}
		if diff := cmp.Diff(tt.want, ids(tt.got(d)), opts); diff != "" {
			t.Errorf("%s as of %s (-want +got):\n%s", tt.query, tt.asOf, diff)
		}
	}
	if it, _ := r.Item(item2); it.Due() != day("111年10月31日") || it.Schedule() != day("111年12月31日") || it.Concern() != requests.ProcessOrSystem {
		t.Errorf("item2 due %v schedule %v concern %v", it.Due(), it.Schedule(), it.Concern())
	}
	v := r.AsOf(day("111年5月18日"))
	if it, _ := v.Item(item2); it.Due() != day("111年6月30日") || it.Status() != Tracking || len(it.Reports()) != 1 {
		t.Errorf("item2 as of 111年5月18日: due %v status %v", it.Due(), it.Status())
	}
	if it, _ := v.Item(item3); it.Status() != ReleaseProposed || it.LastDate() != day("111年5月1日") {
		t.Errorf("item3 as of 111年5月18日: %v %v", it.Status(), it.LastDate())
	}
}

func TestAgendaAsRecommended(t *testing.T) {
	events := []Event{
		openEv(item1, requests.NoConcern), openEv(item2, requests.NoConcern), openEv(item3, requests.NoConcern),
		reportEv(item1, "111年5月1日", RecommendRelease),
		reportEv(item2, "111年5月2日", RecommendKeep),
	}
	r, err := Replay(events)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range r.Agenda(m111a).AsRecommended() {
		if e.Kind != Decided || e.Meeting != m111a {
			t.Errorf("decision %+v is not by %v", e, m111a)
		}
		got = append(got, e.Item.CaseLabel()+" "+e.Decision.String())
	}
	if diff := cmp.Diff([]string{"案由1 解除列管", "案由2 繼續列管"}, got); diff != "" {
		t.Errorf("AsRecommended (-want +got):\n%s", diff)
	}
	r, err = Replay(append(events, r.Agenda(m111a).AsRecommended()...))
	if err != nil {
		t.Fatal(err)
	}
	var carried []ID
	for _, row := range r.Agenda(m111b).Rows() {
		carried = append(carried, row.Item)
	}
	if diff := cmp.Diff([]ID{item2, item3}, carried, cmp.AllowUnexported(ID{})); diff != "" {
		t.Errorf("carried to %v (-want +got):\n%s", m111b, diff)
	}
}

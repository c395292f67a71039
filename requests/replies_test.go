package requests

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/rocdate"
)

var d = rocdate.MustParse

func repliesFixture() []Request {
	return []Request{
		{ID: "A", Received: d("111年1月3日"), Category: Other, Replied: d("111年1月10日"), Row: 2}, // 7 days
		{ID: "B", Received: d("111年1月5日"), Category: Other, Replied: d("111年2月14日")},         // 40 days, late
		{ID: "C", Received: d("111年3月20日"), Category: Other},                                 // waiting
		{ID: "D", Received: d("111年4月1日"), Category: Other, Replied: d("111年6月1日")},          // answered after the day
		{ID: "E", Received: d("111年6月1日"), Category: Other},                                  // after the day
		{ID: "F", Category: Other}, // no date
		{ID: "G", Received: d("111年5月10日"), Category: Other, Replied: d("111年5月10日")}, // same day
	}
}

func TestReplyTimes(t *testing.T) {
	rep, err := ReplyTimes(repliesFixture(), d("111年5月19日"), 30)
	if err != nil {
		t.Fatalf("ReplyTimes: %v", err)
	}
	want := []ReplyTime{
		{ID: "A", Row: 2, Received: d("111年1月3日"), Replied: d("111年1月10日"), Days: 7, Answered: true},
		{ID: "B", Received: d("111年1月5日"), Replied: d("111年2月14日"), Days: 40, Answered: true, Overdue: true},
		{ID: "C", Received: d("111年3月20日"), Days: 60, Overdue: true},
		{ID: "D", Received: d("111年4月1日"), Days: 48, Overdue: true},
		{ID: "G", Received: d("111年5月10日"), Replied: d("111年5月10日"), Days: 0, Answered: true},
	}
	if diff := cmp.Diff(want, rep.Times(), cmp.AllowUnexported(rocdate.Date{})); diff != "" {
		t.Errorf("Times() (-want +got):\n%s", diff)
	}
	ids := func(ts []ReplyTime) []string {
		var s []string
		for _, t := range ts {
			s = append(s, t.ID)
		}
		return s
	}
	if diff := cmp.Diff([]string{"C", "D"}, ids(rep.Unanswered())); diff != "" {
		t.Errorf("Unanswered() (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"B", "C", "D"}, ids(rep.Overdue())); diff != "" {
		t.Errorf("Overdue() (-want +got):\n%s", diff)
	}
	if rep.Answered() != 3 || rep.Skipped() != 2 || rep.Deadline() != 30 || rep.AsOf() != d("111年5月19日") {
		t.Errorf("Answered %d, Skipped %d, Deadline %d, AsOf %v", rep.Answered(), rep.Skipped(), rep.Deadline(), rep.AsOf())
	}
	if m, ok := rep.MedianDays(); m != 7 || !ok {
		t.Errorf("MedianDays() = %d, %v, want 7, true", m, ok)
	}
	if m, ok := rep.MaxDays(); m != 60 || !ok {
		t.Errorf("MaxDays() = %d, %v, want 60, true", m, ok)
	}
	wantS := `111年5月19日止：5件，已回應3件，未回應2件，逾30日3件
編號  收件日期      回應日期      天數  狀態
B     111年1月5日   111年2月14日    40  逾期回應
C     111年3月20日                  60  逾期未回應
D     111年4月1日                   48  逾期未回應
`
	if got := rep.String(); got != wantS {
		t.Errorf("String() =\n%s\nwant\n%s", got, wantS)
	}
	// A generous deadline: nothing overdue, and the waiting show as such.
	rep, _ = ReplyTimes(repliesFixture(), d("111年5月19日"), 100)
	if len(rep.Overdue()) != 0 {
		t.Errorf("deadline 100: Overdue() = %v", rep.Overdue())
	}
	if got := rep.String(); got != "111年5月19日止：5件，已回應3件，未回應2件，逾100日0件\n編號  收件日期      回應日期  天數  狀態\nC     111年3月20日              60  未回應\nD     111年4月1日               48  未回應\n" {
		t.Errorf("deadline 100: String() = %q", got)
	}
	wantEn := "as of 2022-05-19: 5 requests, 3 answered, 2 unanswered, 0 past the 100-day deadline\n" +
		"No.  received    replied  days  state\n" +
		"C    2022-03-20             60  unanswered\n" +
		"D    2022-04-01             48  unanswered\n"
	if got := rep.Message(finding.English); got != wantEn {
		t.Errorf("deadline 100: Message(English) =\n%s\nwant\n%s", got, wantEn)
	}
	rep, _ = ReplyTimes(repliesFixture()[:1], d("111年5月19日"), 100)
	if got := rep.String(); got != "111年5月19日止：1件，已回應1件，未回應0件，逾100日0件\n" {
		t.Errorf("all answered: String() = %q", got)
	}
}

func TestReplyTimesEmptyAndErrors(t *testing.T) {
	rep, err := ReplyTimes(nil, d("111年5月19日"), 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := rep.MedianDays(); ok {
		t.Error("MedianDays() of nothing reports ok")
	}
	if _, ok := rep.MaxDays(); ok {
		t.Error("MaxDays() of nothing reports ok")
	}
	var pe *ParseError
	if _, err := ReplyTimes(nil, rocdate.Date{}, 30); !errors.Is(err, ErrMissing) || !errors.As(err, &pe) || pe.Func != "ReplyTimes" || pe.Code() != "requests.missing" {
		t.Errorf("ReplyTimes(zero asOf) error = %v", err)
	}
	if _, err := ReplyTimes(nil, d("111年5月19日"), -1); !errors.Is(err, ErrRange) || err.Error() != `requests: ReplyTimes("-1"): negative deadline` {
		t.Errorf("ReplyTimes(deadline -1) error = %v", err)
	}
}

func TestOpenAtReview(t *testing.T) {
	q1 := mustQuarter(t, 111, 1)
	open, err := OpenAtReview(repliesFixture(), q1, d("111年2月1日"))
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, r := range open {
		ids = append(ids, r.ID)
	}
	if diff := cmp.Diff([]string{"B", "C"}, ids); diff != "" {
		t.Errorf("OpenAtReview(111年第1季, 111年2月1日) (-want +got):\n%s", diff)
	}
	open, _ = OpenAtReview(repliesFixture(), q1, d("111年5月19日"))
	if len(open) != 1 || open[0].ID != "C" {
		t.Errorf("OpenAtReview(111年第1季, 111年5月19日) = %v, want C", open)
	}
	if _, err := OpenAtReview(nil, rocdate.Quarter{}, d("111年5月19日")); !errors.Is(err, ErrMissing) {
		t.Errorf("OpenAtReview(zero quarter) error = %v", err)
	}
	if _, err := OpenAtReview(nil, q1, rocdate.Date{}); !errors.Is(err, ErrMissing) {
		t.Errorf("OpenAtReview(zero meeting) error = %v", err)
	}
}

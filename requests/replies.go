package requests

import (
	"encoding/json"
	"slices"
	"strconv"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/internal/i18n"
	"github.com/ogdtw/governance/internal/textwidth"
	"github.com/ogdtw/governance/rocdate"
	"golang.org/x/text/language"
)

// ReplyTime is how long one request waited for its reply, as of a day.
type ReplyTime struct {
	ID       string       `json:"id,omitzero"`
	Row      int          `json:"row,omitzero"` // the request's spreadsheet row (1-based); 0 when unknown
	Received rocdate.Date `json:"received,omitzero"`
	Replied  rocdate.Date `json:"replied,omitzero"`  // the reply's day; the zero Date if unanswered as of the day
	Days     int          `json:"days,omitzero"`     // days from receipt to the reply, or to the day while unanswered
	Answered bool         `json:"answered,omitzero"` // whether the reply came on or before the day
	Overdue  bool         `json:"overdue,omitzero"`  // whether Days exceeds the deadline
}

// ReplyReport is what [ReplyTimes] found: one [ReplyTime] per request
// received on or before the day, in the order given.
type ReplyReport struct {
	asOf     rocdate.Date
	deadline int
	times    []ReplyTime
	skipped  int
}

// ReplyTimes measures, as of day asOf, how many days each request received
// on or before asOf waited for its reply: from receipt to the reply when
// it came on or before asOf, otherwise from receipt to asOf (it is still
// unanswered). A request is overdue when that exceeds deadline days.
// Requests received after asOf, or without a receipt date, are not
// measured ([ReplyReport.Skipped]). A zero asOf is [ErrMissing] and a
// negative deadline [ErrRange], as a [*ParseError] whose Func is
// ReplyTimes.
func ReplyTimes(reqs []Request, asOf rocdate.Date, deadline int) (ReplyReport, error) {
	if asOf.IsZero() {
		return ReplyReport{}, perr("ReplyTimes", "", ErrMissing, "requests.missing.as-of")
	}
	if deadline < 0 {
		return ReplyReport{}, perr("ReplyTimes", strconv.Itoa(deadline), ErrRange, "requests.range.deadline")
	}
	rep := ReplyReport{asOf: asOf, deadline: deadline, times: make([]ReplyTime, 0, len(reqs))}
	for _, r := range reqs {
		if r.Received.IsZero() || r.Received.After(asOf) {
			rep.skipped++
			continue
		}
		rt := ReplyTime{ID: r.ID, Row: r.Row, Received: r.Received}
		if r.AnsweredBy(asOf) {
			rt.Answered = true
			rt.Replied = r.Replied
			rt.Days = r.Replied.DaysSince(r.Received)
		} else {
			rt.Days = asOf.DaysSince(r.Received)
		}
		rt.Overdue = rt.Days > deadline
		rep.times = append(rep.times, rt)
	}
	return rep, nil
}

// AsOf returns the day the report was made for.
func (r ReplyReport) AsOf() rocdate.Date { return r.asOf }

// Deadline returns the deadline in days.
func (r ReplyReport) Deadline() int { return r.deadline }

// Times returns a copy of every measured request's reply time.
func (r ReplyReport) Times() []ReplyTime { return slices.Clone(r.times) }

// Unanswered returns the requests still unanswered on the day.
func (r ReplyReport) Unanswered() []ReplyTime {
	return r.filter(func(t ReplyTime) bool { return !t.Answered })
}

// Overdue returns the requests answered late or still waiting past the
// deadline.
func (r ReplyReport) Overdue() []ReplyTime {
	return r.filter(func(t ReplyTime) bool { return t.Overdue })
}

func (r ReplyReport) filter(keep func(ReplyTime) bool) []ReplyTime {
	var out []ReplyTime
	for _, t := range r.times {
		if keep(t) {
			out = append(out, t)
		}
	}
	return out
}

// Skipped returns the number of requests not measured: received after the
// day or without a receipt date.
func (r ReplyReport) Skipped() int { return r.skipped }

// Answered returns the number of requests answered on or before the day.
func (r ReplyReport) Answered() int {
	n := 0
	for _, t := range r.times {
		if t.Answered {
			n++
		}
	}
	return n
}

// MedianDays returns the median reply time in days of the answered
// requests (the lower middle one for an even count), and false when none
// was answered.
func (r ReplyReport) MedianDays() (int, bool) {
	var days []int
	for _, t := range r.times {
		if t.Answered {
			days = append(days, t.Days)
		}
	}
	if len(days) == 0 {
		return 0, false
	}
	slices.Sort(days)
	return days[(len(days)-1)/2], true
}

// MaxDays returns the longest wait in days, answered or not, and false
// when nothing was measured.
func (r ReplyReport) MaxDays() (int, bool) {
	if len(r.times) == 0 {
		return 0, false
	}
	m := 0
	for _, t := range r.times {
		m = max(m, t.Days)
	}
	return m, true
}

// String prints the unanswered and overdue requests as an aligned table
// (編號, 收件日期, 回應日期, 天數, 狀態), after a line with the day, the
// deadline and the counts.
func (r ReplyReport) String() string { return r.Message(finding.Chinese) }

// Message returns what String does in the language nearest to t: dates
// as ROC dates in Chinese, as 2022-05-19 in English.
func (r ReplyReport) Message(t language.Tag) string {
	head := i18n.Sprintf(t, "requests.reply-report", r.asOf, len(r.times), r.Answered(), len(r.Unanswered()),
		r.deadline, len(r.Overdue())) + "\n"
	rows := [][]string{{i18n.Sprintf(t, "requests.reply.id"), i18n.Sprintf(t, "requests.reply.received"),
		i18n.Sprintf(t, "requests.reply.replied"), i18n.Sprintf(t, "requests.reply.days"), i18n.Sprintf(t, "requests.reply.state")}}
	for _, rt := range r.times {
		if rt.Answered && !rt.Overdue {
			continue
		}
		state := "requests.reply.late"
		switch {
		case !rt.Answered && rt.Overdue:
			state = "requests.reply.overdue"
		case !rt.Answered:
			state = "requests.reply.open"
		}
		rows = append(rows, []string{rt.ID, i18n.Sprintf(t, "requests.reply.date", rt.Received),
			i18n.Sprintf(t, "requests.reply.date", rt.Replied), strconv.Itoa(rt.Days), i18n.Sprintf(t, state)})
	}
	if len(rows) == 1 {
		return head
	}
	return head + textwidth.Table(rows, []textwidth.Align{textwidth.Left, textwidth.Left, textwidth.Left, textwidth.Right})
}

// OpenAtReview returns the requests received in quarter q that had no
// reply on or before meeting, the day of the meeting that reviews q, in
// the order given. A zero q or meeting is a [*ParseError] wrapping
// [ErrMissing].
func OpenAtReview(reqs []Request, q rocdate.Quarter, meeting rocdate.Date) ([]Request, error) {
	if q.IsZero() {
		return nil, perr("OpenAtReview", "", ErrMissing, "requests.missing.quarter")
	}
	if meeting.IsZero() {
		return nil, perr("OpenAtReview", q.String(), ErrMissing, "requests.missing.meeting")
	}
	var open []Request
	for _, r := range reqs {
		if q.Contains(r.Received) && !r.AnsweredBy(meeting) {
			open = append(open, r)
		}
	}
	return open, nil
}

// replyJSON is the JSON form of a ReplyReport.
type replyJSON struct {
	AsOf     rocdate.Date `json:"asOf"`
	Deadline int          `json:"deadline"`
	Times    []ReplyTime  `json:"times"`
	Skipped  int          `json:"skipped,omitempty"`
}

// MarshalJSON writes the report as its day, its deadline, every reply
// time and the number of requests skipped.
func (r ReplyReport) MarshalJSON() ([]byte, error) {
	return json.Marshal(replyJSON{AsOf: r.asOf, Deadline: r.deadline, Times: r.times, Skipped: r.skipped})
}

// UnmarshalJSON reads what MarshalJSON wrote.
func (r *ReplyReport) UnmarshalJSON(b []byte) error {
	var j replyJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*r = ReplyReport{asOf: j.AsOf, deadline: j.Deadline, times: j.Times, skipped: j.Skipped}
	return nil
}

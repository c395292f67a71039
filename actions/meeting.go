package actions

import (
	"cmp"
	"strings"
	"unicode/utf8"

	"github.com/ogdtw/governance/internal/errtype"
	"github.com/ogdtw/governance/internal/numeral"
	"github.com/ogdtw/governance/rocdate"
)

// Meeting is one meeting of the advisory group, numbered within its ROC
// year (the fiscal year is the calendar year): 111年度第1次會議 is the first
// meeting of 111, held on 111年5月19日.
//
// Meeting is a comparable value. Its date is optional: a meeting named in
// a text ([ParseMeeting]) has none until [Meeting.On] gives it one. The
// zero Meeting is no meeting; [Meeting.IsZero] reports true.
type Meeting struct {
	year int
	seq  int
	date rocdate.Date
}

// NewMeeting returns the seq-th meeting of ROC year year, held on date.
// The date may be zero (unknown); otherwise it must fall in year. Year
// and seq are from 1 to 9999; the error of one out of range quotes the
// meeting as it would be written (0年度第2次會議).
func NewMeeting(year, seq int, date rocdate.Date) (Meeting, error) {
	m := Meeting{year: year, seq: seq}
	if year < 1 || seq < 1 || year > 9999 || seq > 9999 {
		return Meeting{}, rangeError("NewMeeting", itoa(year)+"年度第"+itoa(seq)+"次會議", "actions.range.meeting")
	}
	return m.On(date)
}

// MustNewMeeting is like [NewMeeting] with the date parsed by
// [rocdate.MustParse], but panics on error. It is intended for use in
// tests and examples with hard-coded values.
func MustNewMeeting(year, seq int, date string) Meeting {
	var d rocdate.Date
	if date != "" {
		d = rocdate.MustParse(date)
	}
	m, err := NewMeeting(year, seq, d)
	if err != nil {
		panic(err)
	}
	return m
}

// On returns m held on date; the date must be zero or fall in m's year.
// The error of a date outside it quotes the meeting as [ParseMeeting]
// reads it: 110年度第2次會議（111年1月3日）.
func (m Meeting) On(date rocdate.Date) (Meeting, error) {
	const fn = "Meeting.On"
	if !date.IsZero() && date.Year() != m.year {
		return Meeting{}, rangeError(fn, m.String()+"（"+date.String()+"）", "actions.range.meeting-date", date)
	}
	m.date = date
	return m, nil
}

// Year returns the ROC year of the meeting.
func (m Meeting) Year() int { return m.year }

// Seq returns the meeting's number within its year, from 1.
func (m Meeting) Seq() int { return m.seq }

// Date returns the day of the meeting, zero when unknown.
func (m Meeting) Date() rocdate.Date { return m.date }

// IsZero reports whether m is the zero Meeting.
func (m Meeting) IsZero() bool { return m == Meeting{} }

// Case returns the ID of the n-th case (案由n) opened at m.
func (m Meeting) Case(n int) ID { return ID{year: m.year, seq: m.seq, n: n} }

// Compare returns -1, 0 or +1 as m comes before, is, or comes after o in
// the order of meetings: by year, then sequence. Dates are not compared.
func (m Meeting) Compare(o Meeting) int {
	switch {
	case m.year != o.year:
		return cmp.Compare(m.year, o.year)
	default:
		return cmp.Compare(m.seq, o.seq)
	}
}

// Same reports whether m and o are the same meeting, dates aside.
func (m Meeting) Same(o Meeting) bool { return m.year == o.year && m.seq == o.seq }

// String returns the canonical name, 111年度第1次會議; the date is not
// part of it. The zero Meeting gives "".
func (m Meeting) String() string {
	if m.year == 0 && m.seq == 0 {
		return ""
	}
	b := appendInt(nil, m.year)
	b = append(b, "年度第"...)
	b = appendInt(b, m.seq)
	return string(append(b, "次會議"...))
}

// AppendText appends m's text to b: its name, and its date in brackets
// when known, 111年度第1次會議（111年5月19日）, the form [ParseMeeting]
// reads back whole. The zero Meeting appends nothing. It never fails.
func (m Meeting) AppendText(b []byte) ([]byte, error) {
	if m.IsZero() {
		return b, nil
	}
	b = append(b, m.String()...)
	if !m.date.IsZero() {
		b = append(b, "（"...)
		b = m.date.AppendFormat(b, rocdate.Standard)
		b = append(b, "）"...)
	}
	return b, nil
}

// MarshalText returns m's text as [Meeting.AppendText] writes it: the
// name and, when known, the date, so a meeting keeps its date through
// JSON. String gives the name alone.
func (m Meeting) MarshalText() ([]byte, error) { return m.AppendText(nil) }

// UnmarshalText parses text with [ParseMeeting]; empty text gives the
// zero Meeting.
func (m *Meeting) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*m = Meeting{}
		return nil
	}
	v, err := ParseMeeting(string(text))
	if err != nil {
		return err
	}
	*m = v
	return nil
}

// ParseMeeting parses a meeting's name: 111年度第1次會議, 110年第2次會議,
// 一百十一年度第一次會議, 民國111年度第1次, with spaces anywhere. The name of
// the body between the year and 第 is allowed and dropped, so
// 110年政府資料開放諮詢小組第1次會議 is 110年度第1次會議. A date in brackets
// after the name, 111年度第1次會議（111年5月19日） or (111.5.19), in any form
// [rocdate.Parse] reads, is the meeting's date and must fall in its year;
// without one the result has no date (see [Meeting.On]).
func ParseMeeting(s string) (Meeting, error) {
	const typ = "ParseMeeting"
	name, date, dated := s, "", false
	if t := strings.TrimSpace(s); strings.HasSuffix(t, ")") || strings.HasSuffix(t, "）") {
		if i := strings.LastIndexAny(t, "(（"); i >= 0 {
			_, n := utf8.DecodeRuneInString(t[i:])
			_, c := utf8.DecodeLastRuneInString(t)
			name, date, dated = t[:i], t[i+n:len(t)-c], true
		}
	}
	m, err := parseMeetingName(s, name)
	if err != nil || !dated {
		return m, err
	}
	d, err := rocdate.Parse(date)
	if err != nil {
		return Meeting{}, errtype.Wrap[pkg](typ, s, err, ErrSyntax)
	}
	if d.Year() != m.year {
		return Meeting{}, rangeError(typ, s, "actions.range.meeting-date", d)
	}
	m.date = d
	return m, nil
}

func parseMeetingName(s, name string) (Meeting, error) {
	const typ = "ParseMeeting"
	t := stripSpace(name)
	t = strings.TrimPrefix(t, "中華民國")
	t = strings.TrimPrefix(t, "民國")
	year, rest, err := numeral.Lead(t)
	if err != nil {
		return Meeting{}, syntaxError(typ, s, "actions.syntax.meeting-year")
	}
	rest, ok := strings.CutPrefix(rest, "年")
	if !ok {
		return Meeting{}, syntaxError(typ, s, "actions.syntax.nian")
	}
	rest = strings.TrimPrefix(rest, "度")
	i := strings.LastIndex(rest, "第")
	if i < 0 {
		return Meeting{}, syntaxError(typ, s, "actions.syntax.di")
	}
	seq, rest, err := numeral.Lead(rest[i+len("第"):])
	if err != nil {
		return Meeting{}, syntaxError(typ, s, "actions.syntax.meeting-number")
	}
	rest, ok = strings.CutPrefix(rest, "次")
	if !ok {
		return Meeting{}, syntaxError(typ, s, "actions.syntax.ci")
	}
	switch rest {
	case "", "會議", "會":
	default:
		return Meeting{}, syntaxError(typ, s, "actions.syntax.after-ci")
	}
	if year < 1 || seq < 1 || year > 9999 || seq > 9999 {
		return Meeting{}, rangeError(typ, s, "actions.range.meeting-number")
	}
	return Meeting{year: year, seq: seq}, nil
}

// ID identifies an item (列管事項) by the meeting that opened it and its
// case number there (案由1). ID is a comparable value; the zero ID is no
// item.
type ID struct {
	year int
	seq  int
	n    int
}

// Meeting returns the meeting that opened the item, without a date.
func (id ID) Meeting() Meeting { return Meeting{year: id.year, seq: id.seq} }

// Case returns the case number, from 1.
func (id ID) Case() int { return id.n }

// IsZero reports whether id is the zero ID.
func (id ID) IsZero() bool { return id == ID{} }

// Compare orders IDs by meeting, then case number, returning -1, 0 or
// +1. It compares and never subtracts, so that no case number, however
// extreme, overflows: Case(math.MinInt).Compare(Case(1)) is -1.
func (id ID) Compare(o ID) int {
	if c := id.Meeting().Compare(o.Meeting()); c != 0 {
		return c
	}
	return cmp.Compare(id.n, o.n)
}

// String returns the meeting and case, 110年度第2次會議案由1.
func (id ID) String() string {
	if id.IsZero() {
		return ""
	}
	return id.Meeting().String() + "案由" + string(appendInt(nil, id.n))
}

// CaseLabel returns the case number as the agenda prints it, 案由1.
func (id ID) CaseLabel() string { return "案由" + string(appendInt(nil, id.n)) }

// AppendText appends id's String to b, nothing for the zero ID. It never
// fails.
func (id ID) AppendText(b []byte) ([]byte, error) {
	if id.IsZero() {
		return b, nil
	}
	return append(b, id.String()...), nil
}

// MarshalText returns id's String, 110年度第2次會議案由1.
func (id ID) MarshalText() ([]byte, error) { return id.AppendText(nil) }

// UnmarshalText parses text with [ParseID]; empty text gives the zero ID.
func (id *ID) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*id = ID{}
		return nil
	}
	v, err := ParseID(string(text))
	if err != nil {
		return err
	}
	*id = v
	return nil
}

// ParseID parses an item's identity as [ID.String] writes it: a
// meeting's name as [ParseMeeting] reads it, then 案由 and the case
// number (digits or Chinese numerals, from 1): 110年度第2次會議案由1,
// 110年度第2次會議 案由一.
func ParseID(s string) (ID, error) {
	const typ = "ParseID"
	t := stripSpace(s)
	i := strings.LastIndex(t, "案由")
	if i < 0 {
		return ID{}, syntaxError(typ, s, "actions.syntax.no-case")
	}
	m, err := parseMeetingName(s, t[:i])
	if err != nil {
		return ID{}, errtype.Wrap[pkg](typ, s, err, ErrSyntax)
	}
	n, err := numeral.Parse(t[i+len("案由"):])
	if err != nil {
		return ID{}, syntaxError(typ, s, "actions.syntax.case-number")
	}
	if n < 1 {
		return ID{}, rangeError(typ, s, "actions.range.case")
	}
	return m.Case(n), nil
}

package actions

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/requests"
)

// checkRejection checks that a parser's rejection is a *ParseError
// carrying the input and a sentinel with a code.
func checkRejection(t *testing.T, fn, in string, err error) {
	t.Helper()
	pe, ok := err.(*ParseError)
	if !ok {
		t.Fatalf("%s(%q) error = %v (%T), want a *ParseError", fn, in, err, err)
	}
	if pe.Input != in || !(errors.Is(err, ErrSyntax) || errors.Is(err, ErrRange) || errors.Is(err, ErrLetterYear) || errors.Is(err, ErrTooLarge)) || pe.Code() == "" {
		t.Fatalf("%s(%q) error = %#v, want the input and a sentinel", fn, in, err)
	}
	zh, en := pe.Message(finding.Chinese), pe.Message(finding.English)
	// A %! in the messages of an input without one is an argument the
	// format did not take (the input is quoted in them, maybe cut short);
	// an empty input is not quoted.
	if !strings.Contains(in, "%!") && strings.Contains(zh+en, "%!") || in != "" && !strings.Contains(zh, "「") || zh == "" || en == "" {
		t.Fatalf("%s(%q) error messages: %q, %q", fn, in, zh, en)
	}
}

func FuzzParseDocNumber(f *testing.F) {
	for _, tt := range docNumberTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDocNumber(s)
		if err != nil {
			checkRejection(t, "ParseDocNumber", s, err)
			return
		}
		back, err := ParseDocNumber(d.String())
		if err != nil || back != d || back.String() != d.String() {
			t.Fatalf("ParseDocNumber(%q) = %v; ParseDocNumber(%q) = %v, %v", s, d, d.String(), back, err)
		}
		if d.Year() < 0 || d.Year() > 999 || d.Code() == "" || d.Number() == "" {
			t.Fatalf("ParseDocNumber(%q) = %+v: bad parts", s, d)
		}
	})
}

func FuzzParseSection(f *testing.F) {
	for _, tt := range sectionTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		sec, err := ParseSection(s)
		if err != nil {
			checkRejection(t, "ParseSection", s, err)
			return
		}
		back, err := ParseSection(sec.String())
		if err != nil || back != sec {
			t.Fatalf("ParseSection(%q) = %v; ParseSection(%q) = %v, %v", s, sec, sec.String(), back, err)
		}
		if sec.Title() == "" || sec.Depth() < 1 || sec.Depth() > MaxDepth {
			t.Fatalf("ParseSection(%q): depth %d title %q", s, sec.Depth(), sec.Title())
		}
		for _, n := range sec.Path() {
			if n < 1 {
				t.Fatalf("ParseSection(%q): path %v", s, sec.Path())
			}
		}
	})
}

func FuzzParseMeeting(f *testing.F) {
	for _, tt := range meetingTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, err := ParseMeeting(s)
		if err != nil {
			checkRejection(t, "ParseMeeting", s, err)
			return
		}
		back, err := ParseMeeting(m.String())
		if err != nil || back != m || m.Year() < 1 || m.Seq() < 1 {
			t.Fatalf("ParseMeeting(%q) = %v; ParseMeeting(%q) = %v, %v", s, m, m.String(), back, err)
		}
	})
}

func FuzzParseLetter(f *testing.F) {
	for _, tt := range letterTests {
		f.Add(tt.in)
	}
	f.Add("99年6月25日營署中建字第0990038209號")
	f.Add("中華民國一百十一年三月一日司法院院台廳刑一字第 1110005708 號令")
	f.Add("監察院院台業壹字第1110730191號令")
	f.Fuzz(func(t *testing.T, s string) {
		l, err := ParseLetter(s)
		if err != nil {
			checkRejection(t, "ParseLetter", s, err)
			return
		}
		back, err := ParseLetter(l.String())
		if err != nil || back != l {
			t.Fatalf("ParseLetter(%q) = %v; ParseLetter(%q) = %v, %v", s, l, l.String(), back, err)
		}
		if l.Number().IsZero() {
			t.Fatalf("ParseLetter(%q) accepted %v", s, l)
		}
		f, bad := l.checkYear()
		fits := l.Date().IsZero() || l.Number().Year() == 0 || l.Number().Year() == l.Date().Year() || l.Number().Year() == l.Date().Year()-1
		if bad == fits || bad != (f.Code == CodeLetterYear) {
			t.Fatalf("ParseLetter(%q) = %v; checkYear = %+v, %v", s, l, f, bad)
		}
	})
}

func FuzzFindLetters(f *testing.F) {
	for _, tt := range letterTests {
		f.Add("本處已於" + tt.in + "，請各單位辦理。")
	}
	f.Add("依工程企字第1080100623號 令訂定；本部111年1月3日以法資字第11011514270號書函及（84）華總（一）義字第8198號令。")
	f.Add("另（84）華總（一）義字第8198號；復經行政院院臺法字第1110001932號令；99年6月25日營署中建字第0990038209號；立法院台立院議字第1110702641號函。")
	f.Fuzz(func(t *testing.T, s string) {
		for _, l := range FindLetters(s) {
			back, err := ParseLetter(l.String())
			if err != nil || back != l {
				t.Fatalf("FindLetters(%q) found %v; ParseLetter(%q) = %v, %v", s, l, l.String(), back, err)
			}
			if !strings.Contains(s, l.Number().Number()[:1]) {
				t.Fatalf("FindLetters(%q) found %v, not in the text", s, l)
			}
		}
	})
}

func FuzzParseEnums(f *testing.F) {
	for _, e := range []*enum{&recommendationEnum, &decisionEnum, &statusEnum, &eventEnum, &kindEnum, &styleEnum} {
		for i := range e.names {
			f.Add(e.names[i])
			f.Add(e.ids[i])
		}
	}
	f.Add("同意解除列管")
	f.Add("建議 繼續列管")
	f.Fuzz(func(t *testing.T, s string) {
		check := func(fn string, v textEnum, err error, parse func(string) (textEnum, error)) {
			if err != nil {
				checkRejection(t, fn, s, err)
				return
			}
			back, err := parse(v.String())
			if err != nil || back != v {
				t.Fatalf("%s(%q) = %v; %s(%q) = %v, %v", fn, s, v, fn, v.String(), back, err)
			}
		}
		r, err := ParseRecommendation(s)
		check("ParseRecommendation", r, err, func(s string) (textEnum, error) { return ParseRecommendation(s) })
		d, err := ParseDecisionKind(s)
		check("ParseDecisionKind", d, err, func(s string) (textEnum, error) { return ParseDecisionKind(s) })
		st, err := ParseStatus(s)
		check("ParseStatus", st, err, func(s string) (textEnum, error) { return ParseStatus(s) })
		e, err := ParseEventKind(s)
		check("ParseEventKind", e, err, func(s string) (textEnum, error) { return ParseEventKind(s) })
		k, err := ParseLetterKind(s)
		check("ParseLetterKind", k, err, func(s string) (textEnum, error) { return ParseLetterKind(s) })
		y, err := ParseStyle(s)
		check("ParseStyle", y, err, func(s string) (textEnum, error) { return ParseStyle(s) })
	})
}

// fuzzMeetings are the meetings random event logs draw from.
var fuzzMeetings = [...]Meeting{
	MustNewMeeting(110, 2, "110年12月10日"), MustNewMeeting(111, 1, "111年5月19日"),
	MustNewMeeting(111, 2, "111年11月10日"), MustNewMeeting(112, 1, "112年5月4日"),
}

// eventsFrom decodes a random event log from b, 6 bytes an event, after
// the openings of the three cases of the first meeting.
func eventsFrom(b []byte) []Event {
	var out []Event
	for n := 1; n <= 3; n++ {
		out = append(out, Event{Kind: Opened, Item: fuzzMeetings[0].Case(n), Meeting: fuzzMeetings[0],
			Section: MustParseSection("一、報告事項"), Ruling: "請辦理", Concern: requests.Concern(n)})
	}
	d := fuzzMeetings[0].Date()
	for len(b) >= 6 {
		k, who, when, rec, dec, extra := b[0], b[1], b[2], b[3], b[4], b[5]
		b = b[6:]
		// Items are opened at the first two meetings, three cases each;
		// any meeting may decide.
		opener := fuzzMeetings[who>>2&1]
		id := opener.Case(int(who&3)%3 + 1)
		m := fuzzMeetings[who>>4%byte(len(fuzzMeetings))]
		d = d.AddDays(int(when%24) - 4)
		kind := EventKind(k % 4)
		if kind == NoEvent && k != 0xFF {
			kind = Reported // mostly reports; 0xFF is an event of no kind
		}
		e := Event{Kind: kind, Item: id}
		switch e.Kind {
		case Opened:
			e.Meeting, e.Section, e.Ruling = opener, MustParseSection("一、報告事項"), "請辦理"
			m = opener
			e.Concern = requests.Concern(rec % 5)
			if extra&1 != 0 {
				e.Schedule = d.AddDays(90)
			}
			if extra&2 != 0 {
				e.Due = m.Date().AddDays(int(extra))
			}
		case Reported:
			e.Date, e.Text, e.Recommend = d, "辦理中", Recommendation(rec%4)
			if extra&1 != 0 {
				e.Schedule = d.AddDays(90)
			}
			if extra&4 != 0 {
				e.Letters = []Letter{{date: d.AddDays(-int(extra >> 4)), number: MustParseDocNumber("法資字第11011514270號"), kind: OfficialLetter}}
			}
			if extra&8 != 0 {
				e.Decision = DecisionKind(dec % 6)
			}
		case Decided:
			e.Meeting, e.Decision = m, DecisionKind(dec%7)
			if extra&16 == 0 {
				e.Meeting = Meeting{}
			}
			if extra&1 != 0 {
				e.Reason = "理由"
			}
			if extra&2 != 0 {
				e.Due = m.Date().AddDays(180)
			}
			e.Into = fuzzMeetings[extra>>6&1].Case(int(extra>>2&3)%4 + 1)
		}
		if e.Kind != Reported && e.When().After(d) {
			d = e.When()
		}
		out = append(out, e)
	}
	return out
}

// checkItem checks that an item's state is one the rules allow.
func checkItem(t *testing.T, r Register, it Item) {
	t.Helper()
	if it.Status() == NotOpened || it.ID().IsZero() || !it.ID().Meeting().Same(it.Opened()) {
		t.Fatalf("%v: status %v, opened by %v", it.ID(), it.Status(), it.Opened())
	}
	last, lastMeet := it.Opened().Date(), it.Opened()
	var lastRep *Report
	schedule := it.head.openSched
	status := Tracking
	reports, decisions := it.Reports(), it.Decisions()
	var rseq, dseq []int
	for n := it.reports; n != nil; n = n.prev {
		rseq = append(rseq, n.seq)
	}
	for n := it.decisions; n != nil; n = n.prev {
		dseq = append(dseq, n.seq)
	}
	slices.Reverse(rseq)
	slices.Reverse(dseq)
	i, j := 0, 0
	for i < len(reports) || j < len(decisions) {
		if status.Terminal() {
			t.Fatalf("%v: events after %v", it.ID(), status)
		}
		if j == len(decisions) || i < len(reports) && rseq[i] < dseq[j] {
			rep := reports[i]
			i++
			if rep.Date.Before(last) {
				t.Fatalf("%v: report of %v after an event of %v", it.ID(), rep.Date, last)
			}
			for _, l := range rep.Letters {
				if _, bad := l.checkYear(); bad || l.Date().After(rep.Date) {
					t.Fatalf("%v: report of %v cites %v", it.ID(), rep.Date, l)
				}
			}
			last, lastRep = rep.Date, &rep
			if !rep.Schedule.IsZero() {
				schedule = rep.Schedule
			}
			status = Tracking
			if rep.Recommend == RecommendRelease {
				status = ReleaseProposed
			}
			continue
		}
		dec := decisions[j]
		j++
		if dec.Meeting.IsZero() || dec.Meeting.Compare(lastMeet) <= 0 || dec.Meeting.Date().Before(last) {
			t.Fatalf("%v: decision by %v after %v of %v", it.ID(), dec.Meeting, lastMeet, last)
		}
		last, lastMeet = dec.Meeting.Date(), dec.Meeting
		switch dec.Kind {
		case Release:
			if lastRep != nil && lastRep.Recommend == RecommendKeep && dec.Reason == "" {
				t.Fatalf("%v: released against a keep recommendation without reason", it.ID())
			}
			status = Released
		case Keep:
			if it.Concern() == requests.ProcessOrSystem && schedule.IsZero() {
				t.Fatalf("%v: process concern kept without a schedule", it.ID())
			}
			status = Tracking
		case SelfTrack:
			status = SelfTracked
		case Withdraw:
			status = Withdrawn
		case Merge:
			if _, ok := r.Item(dec.Into); !ok || dec.Into == it.ID() {
				t.Fatalf("%v: merged into %v", it.ID(), dec.Into)
			}
			status = Merged
		default:
			t.Fatalf("%v: decision %v", it.ID(), dec.Kind)
		}
	}
	if status != it.Status() || last != it.LastDate() {
		t.Fatalf("%v: status %v last %v, want %v %v", it.ID(), it.Status(), it.LastDate(), status, last)
	}
	// Merge chains end at an item that is not merged, without cycles.
	cur, seen := it, map[ID]bool{}
	for {
		into, ok := cur.MergedInto()
		if !ok {
			break
		}
		if seen[into] {
			t.Fatalf("%v: merge cycle through %v", it.ID(), into)
		}
		seen[into] = true
		cur, _ = r.Item(into)
	}
}

func FuzzReplay(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte{1, 0x00, 0, 0, 0, 0, 2, 0x00, 10, 1, 0, 5, 3, 0x10, 0, 0, 1, 16})
	f.Add([]byte{1, 0x01, 0, 0, 0, 0, 1, 0x02, 0, 2, 0, 1, 3, 0x11, 0, 0, 5, 16 | 0x08, 3, 0x12, 0, 0, 5, 16 | 0x04, 3, 0x21, 0, 0, 2, 16})
	f.Add([]byte{1, 0x00, 0, 2, 0, 0, 2, 0x00, 9, 2, 0, 0, 3, 0x10, 0, 0, 2, 16, 3, 0x20, 0, 0, 1, 16})
	f.Fuzz(func(t *testing.T, b []byte) {
		if len(b) > 6*64 {
			return // long logs add time, not states, and slow minimizing
		}
		events := eventsFrom(b)
		r, err := Replay(events)
		if err != nil {
			for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
				var ee *EventError
				if !errors.As(e, &ee) || ee.Index < 0 || ee.Index >= len(events) {
					t.Fatalf("Replay error %v is not an *EventError with an index", e)
				}
				checkEventMessage(t, ee)
			}
		}
		for _, it := range r.Items() {
			checkItem(t, r, it)
		}
		for _, m := range fuzzMeetings {
			a := r.Agenda(m)
			for _, row := range a.Rows() {
				if it, ok := r.Item(row.Item); !ok || it.Opened().Compare(m) >= 0 {
					t.Fatalf("agenda of %v lists %v", m, row.Item)
				}
			}
			_ = a.String()
			v := r.AsOf(m.Date())
			for _, it := range v.Items() {
				checkItem(t, v, it)
			}
			_ = r.Overdue(m.Date())
			_ = r.AwaitingDecision(m.Date())
		}
	})
}

// encodeTable writes rows as fuzz input: cells joined by |, rows by a
// line break.
func encodeTable(rows [][]string) string {
	lines := make([]string, len(rows))
	for i, r := range rows {
		lines[i] = strings.Join(r, "|")
	}
	return strings.Join(lines, "\n")
}

func decodeTable(s string) [][]string {
	var rows [][]string
	for _, line := range strings.Split(s, "\n") {
		rows = append(rows, strings.Split(line, "|"))
	}
	return rows
}

// importTables are the tables of the import tests, the fuzz seeds.
var importTables = [][][]string{
	importProblemRows,
	{{"案由", "會議紀錄", "辦理情形"}},
	{{"\ufeff案由編號", "會議", "會議日期", "章節", "決議", "辦理情形", "報告日期", "建議"}},
	{{"列管事項一覽"}, {}, {"案由", "列管會議", "列管會議日期", "會議紀錄", "主席裁示", "案由"},
		{"案由1", "110年度第2次會議", "110年12月10日", "一、甲", "乙"}, {"案由x", "110年度第2次會議", "110年12月10日", "一、甲", "乙"}},
	{{ColCase, ColMeeting, ColMeetingDate, ColSection, ColRuling, ColProgress, ColReportDate, ColRecommend},
		{"案由1", "110年度第2次會議", "110年12月10日", "六、報告事項、(二)推動成果", "請辦理", "於110年12月22日以法資字第11011514270號函辦理", "111年5月19日", "建請解除列管"},
		{"x", "", "111年13月1日", "報告", "", "辦理", "", "可"}},
}

// FuzzImportItems checks the importer's property: every data row (not
// blank, title or header) is either good, giving an opening, or reported,
// never both; problems are RowErrors with a row and a column; the good
// rows replay.
func FuzzImportItems(f *testing.F) {
	for _, rows := range importTables {
		f.Add(encodeTable(rows))
	}
	f.Fuzz(func(t *testing.T, s string) {
		rows := decodeTable(s)
		events, err := ImportItems(rows)
		h, _ := itemSpec.Locate(rows)
		data := map[int]bool{}
		for row := range h.Rows(rows) {
			data[row.Num] = true
		}
		good := map[int]bool{}
		for _, e := range events {
			if e.Row < 1 || !data[e.Row] {
				t.Fatalf("event %v of row %d, not a data row", e.Kind, e.Row)
			}
			if e.Kind == Opened {
				good[e.Row] = true
			}
		}
		bad := map[int]bool{}
		if err != nil {
			ie, ok := err.(*ImportError)
			if !ok || len(ie.Problems) == 0 || ie.Code() != "actions.import" {
				t.Fatalf("error %v (%T) is not an *ImportError", err, err)
			}
			for _, p := range ie.Problems {
				if p.Row < 1 || p.Row > max(len(rows), 1) || p.Column == "" || p.Code() == "" {
					t.Fatalf("problem %#v lacks a row, a column or a code", p)
				}
				if header := max(h.Row, 1); p.Row != header && !data[p.Row] {
					t.Fatalf("problem %v at row %d, neither the header nor a data row", p, p.Row)
				}
				switch p.Severity {
				case finding.Error:
					if data[p.Row] {
						bad[p.Row] = true
					}
				case finding.Warning:
					if !data[p.Row] {
						t.Fatalf("warning %v at row %d, not a data row", p, p.Row)
					}
				default:
					t.Fatalf("problem %v without a severity", p)
				}
			}
		}
		// A row with only warnings is good: its events are kept.
		for r := range good {
			if bad[r] {
				t.Fatalf("row %d is both good and left out", r)
			}
		}
		if len(good)+len(bad) != len(data) {
			t.Fatalf("%d good rows + %d rows left out != %d data rows", len(good), len(bad), len(data))
		}
		if _, err := Replay(events); err != nil {
			t.Fatalf("Replay(imported) error = %v", err)
		}
	})
}

// FuzzImportOutline checks the importer's property: every data row (not
// blank, title or header) gives a part or is reported, never both.
func FuzzImportOutline(f *testing.F) {
	for _, rows := range [][][]string{
		{{"大綱", "標題"}, {"一", "上次會議決議事項辦理情形"}, {"二", "報告事項"}, {"二(一)", "甲"}, {"（二）", "乙"}, {"三", "臨時動議"}},
		{{"項次", "名稱"}, {"(一)", "甲"}, {"一", ""}, {"一", "乙"}, {"一", "丙"}, {"五(一)", "丁"}, {"〇", "戊"}},
		{{"標題", "大綱"}, {"x", "一、"}, {"y", "一(1)"}},
	} {
		f.Add(encodeTable(rows))
	}
	f.Fuzz(func(t *testing.T, s string) {
		rows := decodeTable(s)
		o, err := ImportOutline(rows)
		h, _ := outlineSpec.Locate(rows)
		data := map[int]bool{}
		for row := range h.Rows(rows) {
			data[row.Num] = true
		}
		good := 0
		numbers := map[string]bool{}
		for _, p := range o.Parts {
			good += 1 + len(p.Parts)
			if p.Title == "" || numbers[p.Number] {
				t.Fatalf("part %+v untitled or given twice", p)
			}
			numbers[p.Number] = true
			if q, ok := o.Part(p.Number); !ok || q.Title != p.Title {
				t.Fatalf("Part(%q) = %v, %v", p.Number, q, ok)
			}
		}
		bad := map[int]bool{}
		if err != nil {
			ie, ok := err.(*ImportError)
			if !ok || len(ie.Problems) == 0 || ie.Code() != "actions.import" {
				t.Fatalf("error %v (%T) is not an *ImportError", err, err)
			}
			for _, p := range ie.Problems {
				if p.Row < 1 || p.Column == "" || p.Code() == "" {
					t.Fatalf("problem %#v lacks a row, a column or a code", p)
				}
				if data[p.Row] {
					bad[p.Row] = true
				}
			}
		}
		if good+len(bad) != len(data) {
			t.Fatalf("%d good rows + %d rows with problems != %d data rows", good, len(bad), len(data))
		}
		_ = o.Message(finding.English)
	})
}

package actions

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ogdtw/governance/datasets"
	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/internal/i18n"
	"github.com/ogdtw/governance/internal/numeral"
	"golang.org/x/text/language"
)

// DelistingBatch is a batch of datasets delisted together, as rulings and
// progress reports speak of it: 臺灣橋頭地方檢察署因資料集內容重複，申請下架資料集1筆.
// Its Publisher and Reason are the datasets package's, the one type of
// each concept in the library. Fields the text does not give are zero:
// Count is 0 when the text names no count (已完成下架…重複之資料集).
type DelistingBatch struct {
	Publisher datasets.Publisher `json:"publisher,omitzero"`
	Reason    datasets.Reason    `json:"reason,omitzero"`
	Count     int                `json:"count,omitzero"`
}

// IsZero reports whether b names nothing.
func (b DelistingBatch) IsZero() bool { return b == DelistingBatch{} }

// String returns the batch as Message does in Chinese:
// 臺灣橋頭地方檢察署資料集1筆（重複）.
func (b DelistingBatch) String() string { return b.Message(finding.Chinese) }

// Message returns the batch in the language nearest to t:
// 臺灣橋頭地方檢察署資料集1筆（重複） in Chinese, "1 dataset of
// 臺灣橋頭地方檢察署 (duplicate)" in English ("2 datasets of …": English
// counts take the singular for one, actions.batch.count.one). The
// publisher's name is written as the platform writes it in both.
func (b DelistingBatch) Message(t language.Tag) string {
	name := b.Publisher.Name()
	var s string
	if b.Count > 0 {
		code := "actions.batch.count"
		if b.Count == 1 {
			code += ".one"
		}
		s = i18n.Sprintf(t, code, name, b.Count)
	} else {
		s = i18n.Sprintf(t, "actions.batch", name)
	}
	if b.Reason != datasets.NoReason {
		s += i18n.Sprintf(t, "actions.batch.reason", b.Reason.Message(t))
	}
	return s
}

// Progress is a progress report (辦理情形) read by [ReadProgress].
type Progress struct {
	// Text is the report as written.
	Text string `json:"text"`
	// Points are its numbered points (1. … 2. …, （一）…, 一、…) as
	// written, numbers dropped; an unnumbered report is one point.
	Points []string `json:"points,omitempty"`
	// Letters are the letters it cites ([FindLetters]).
	Letters []Letter `json:"letters,omitempty"`
	// Done are the delisting batches it reports done (已完成下架…); a
	// zero batch is a delisting done that the report does not particularise.
	Done []DelistingBatch `json:"done,omitempty"`
}

// String returns the report's text.
func (p Progress) String() string { return p.Text }

// IsZero reports whether p has no text, points, letters or batches.
func (p Progress) IsZero() bool {
	return p.Text == "" && len(p.Points) == 0 && len(p.Letters) == 0 && len(p.Done) == 0
}

// ReadProgress reads a progress report as units write it. It never
// fails. The points are found by their numbering: a text that starts with
// 1. (1、, (1), 一、 or （一）) is split before 2., 3., … of the same style
// where one follows a blank, 。 or ；, and each point is trimmed; any other
// text is one point. Letters are those [FindLetters] finds. A sentence
// that speaks of a delisting done (已完成下架, 完成下架, 已下架, 下架完成)
// gives the batch it names: 已完成下架臺灣橋頭地方檢察署重複之資料集 is
// 臺灣橋頭地方檢察署, duplicate, Count 0; one that names nothing
// (已完成下架。) gives the zero batch, a delisting done without
// particulars. A sentence that negates or defers the delisting gives
// no batch, even where it holds a word of a delisting done: 尚未完成下架,
// 未完成下架, 未能完成下架, 並未下架, 仍未下架, 尚未辦理, 仍在辦理, 辦理中,
// 進行中, 刻正, 預計…完成下架 and their kin say it is not done. The
// sentence is read whole: one that gives one batch done and another not
// (已完成下架甲，乙尚未下架) gives none, so that no check says 符合 on a
// delisting the report says is pending. ReadProgress is linear in the
// text.
func ReadProgress(text string) Progress {
	p := Progress{Text: text, Points: splitPoints(text), Letters: FindLetters(text)}
	if strings.Contains(text, "下架") {
		for _, sp := range splitClauses(text) {
			s := text[sp[0]:sp[1]]
			if hasAny(s, doneWords) && !hasAny(s, pendingWords) {
				if b := readDelistings(s); len(b) > 0 {
					p.Done = append(p.Done, b...)
				} else {
					p.Done = append(p.Done, DelistingBatch{}) // 已完成下架。: done, naming nothing
				}
			}
		}
	}
	return p
}

// doneWords say a delisting was done; pendingWords negate or defer it
// (尚未完成下架, 未完成, 尚未辦理, 仍在辦理, 辦理中, 預計…完成下架).
var (
	doneWords    = []string{"完成下架", "已下架", "下架完成", "業已下架", "已辦理下架"}
	pendingWords = []string{"尚未", "未完成", "未能", "未辦理", "未下架", "未予下架", "並未", "仍未", "未及",
		"仍在辦理", "辦理中", "進行中", "作業中", "處理中", "刻正", "正辦理", "正在", "尚在", "預計", "將於", "待完成"}
)

// splitPoints returns the numbered points of text, or the whole text
// trimmed as one point (also when the numbering holds nothing); nothing
// for a blank text.
func splitPoints(text string) []string {
	s, e := trimSpan(text, 0, len(text))
	if s == e {
		return nil
	}
	t := text[s:e]
	n, style, rest, ok := marker(t)
	if !ok || n != 1 {
		return []string{t}
	}
	var out []string
	start := len(t) - len(rest)
	want := 2
	for i := start; i < len(t); {
		r, size := utf8.DecodeRuneInString(t[i:])
		i += size
		if !(isBlank(r) || r == '。' || r == '；') || i >= len(t) {
			continue
		}
		m, st, after, ok := marker(t[i:]) // blanks before the marker are boundaries too
		if !ok || m != want || st != style {
			continue
		}
		out = appendPoint(out, t[start:i])
		start = len(t) - len(after)
		i = start
		want++
	}
	if out = appendPoint(out, t[start:]); len(out) == 0 {
		return []string{t} // numbering alone: the text is its point
	}
	return out
}

// appendPoint appends p trimmed, if not blank.
func appendPoint(out []string, p string) []string {
	s, e := trimSpan(p, 0, len(p))
	if s == e {
		return out
	}
	return append(out, p[s:e])
}

// readDelistings returns the delisting batches a clause names, one for
// each 下架 that has a publisher or a count near it.
func readDelistings(text string) []DelistingBatch {
	var out []DelistingBatch
	from := 0
	for {
		i := strings.Index(text[from:], "下架")
		if i < 0 {
			return out
		}
		i += from
		before, after := text[from:i], text[i+len("下架"):]
		if j := strings.IndexAny(after, "，,。；"); j >= 0 {
			after = after[:j]
		}
		if j := strings.Index(after, "下架"); j >= 0 {
			after = after[:j]
		}
		var b DelistingBatch
		window := before + after
		if name, end, ok := findAgency(after); ok {
			b.Publisher = publisherOf(name)
			window = before + after[end:]
		} else if name, s, e, ok := findAgencyIn(before); ok {
			b.Publisher = publisherOf(name)
			window = before[:s] + before[e:] + after
		}
		b.Reason = reasonOf(window)
		if b.Count = countIn(after); b.Count == 0 {
			b.Count = countIn(before)
		}
		if !b.IsZero() {
			out = append(out, b)
		}
		from = i + len("下架") + len(after) // the next batch's text starts after this one's
	}
}

// publisherOf resolves a publisher's name as a text writes it, full or
// short (臺灣橋頭地方檢察署, 橋頭地檢), with [datasets.LookupPublisher]; a
// name no list holds is kept as written, a publisher that is not Own,
// which [CheckDelistings] cannot match: 無法查核.
func publisherOf(name string) datasets.Publisher {
	if p, err := datasets.LookupPublisher(name); err == nil {
		return p
	}
	p, _ := datasets.ParsePublisher(name)
	return p
}

// reasonOf returns the reason a text gives for a delisting, or NoReason
// when it gives none (其他 counts only when written).
func reasonOf(s string) datasets.Reason {
	if strings.TrimSpace(s) == "" {
		return datasets.NoReason
	}
	g, err := datasets.ParseGrounds(s)
	if err != nil || (g.Reason == datasets.OtherReason && !strings.Contains(s, "其他") && !strings.Contains(s, "其它")) {
		return datasets.NoReason
	}
	return g.Reason
}

// counters are the words a count of datasets ends with.
var counters = []string{"筆", "項", "個", "件", "則"}

// countIn returns the first count of s followed by a counter (1筆, 一筆,
// 2項), or 0.
func countIn(s string) int {
	for i := 0; i < len(s); {
		k := numeral.Span(s[i:])
		if k == 0 {
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
			continue
		}
		if startsWithAny(s[i+k:], counters) {
			num := s[i : i+k]
			n, err := numeral.ParseCount(num)
			if err != nil {
				n, err = numeral.Parse(num)
			}
			if err == nil && n > 0 {
				return n
			}
		}
		i += k
	}
	return 0
}

// agencyEnds are the ends of agencies' names; nameStops the words that
// may follow a name in a delisting sentence.
var (
	agencyEnds = []string{"檢察署", "分署", "地檢", "高檢", "分檢", "中心", "單位", "機關", "學院", "署", "處", "司", "所", "院", "局", "部", "會", "室", "館", "隊", "校"}
	nameStops  = []string{"因", "申請", "所申請", "所提", "重複", "重覆", "之", "資料集", "的", "計", "共", "提", "下架", "已", "業",
		"辦理", "經", "於", "等", "均", "皆", "內容", "停止", "合併", "整併"}
)

// maxAgencyRunes is the longest agency name the readers take.
const maxAgencyRunes = 40

// findAgency reads an agency's name at the start of s, less the words
// that lead into it: the shortest run of ideographs ending as agencies'
// names end and followed by a stop (因, 申請, 之, 資料集, …), punctuation
// or the end. It returns the name and the byte offset where it ends.
func findAgency(s string) (name string, end int, ok bool) {
	start := len(s) - len(trimLead(s))
	t := s[start:]
	n := 0
	for i, r := range t {
		if n == maxAgencyRunes || !unicode.Is(unicode.Han, r) {
			break
		}
		n++
		e := i + utf8.RuneLen(r)
		if !endsWithAny(t[:e], agencyEnds) {
			continue
		}
		rest := t[e:]
		if rest == "" || startsPunct(rest) || startsWithAny(rest, nameStops) {
			return t[:e], start + e, true
		}
	}
	return "", 0, false
}

// trimLead drops blanks and the words that lead into a publisher's name
// in a delisting sentence (有關, 同意, 已完成, 本部, …).
func trimLead(s string) string {
	s = trimComma(s)
	for {
		t, ok := cutAnyPrefix(s, publisherLeads)
		if !ok {
			return s
		}
		s = strings.TrimLeftFunc(t, isBlank) // commas end the name's segment: not read past
	}
}

// publisherLeads are the words that lead into a publisher's name.
var publisherLeads = []string{"有關", "關於", "同意", "准予", "核定", "經", "已完成", "業已", "已", "完成", "由"}

// findAgencyIn finds the first agency's name in s, at the start of s or
// after punctuation, and returns it with its byte span.
func findAgencyIn(s string) (name string, start, end int, ok bool) {
	at := 0
	for at < len(s) {
		if name, e, ok := findAgency(s[at:]); ok {
			return name, at + e - len(name), at + e, true
		}
		j := strings.IndexAny(s[at:], "，,、")
		if j < 0 {
			break
		}
		_, size := utf8.DecodeRuneInString(s[at+j:])
		at += j + size
		at += len(s[at:]) - len(trimComma(s[at:])) // a run of commas once
	}
	return "", 0, 0, false
}

// DelistingCheck is what [CheckDelistings] concluded of one delisting
// batch a ruling approved: whether the progress report reports it done.
type DelistingCheck struct {
	Approved DelistingBatch  `json:"approved"`          // the batch the ruling approved
	Done     DelistingBatch  `json:"done,omitzero"`     // the batch the report gives as done; zero if none
	Verdict  finding.Verdict `json:"verdict"`           // Passed, Failed, or Unchecked when there is no report or the publisher is unknown
	Finding  Finding         `json:"finding,omitzero"`  // for Failed: the warning actions.delisting-not-done
	Unknown  string          `json:"unknown,omitempty"` // for Unchecked: the publisher named that no list holds
}

// String returns the check as Message does in Chinese:
// 核定下架臺灣橋頭地方檢察署資料集1筆（重複），辦理情形：已完成下架.
func (c DelistingCheck) String() string { return c.Message(finding.Chinese) }

// Message returns the check in the language nearest to t: what was
// approved and what the report says of it (已完成下架, 未見完成下架, or
// 未提報，無法查核).
func (c DelistingCheck) Message(t language.Tag) string {
	code := "actions.delisting.unchecked"
	if c.Unknown != "" && c.Verdict == finding.Unchecked {
		return i18n.Sprintf(t, "actions.delisting.unknown-publisher", c.Approved.Message(t), c.Unknown)
	}
	switch c.Verdict {
	case finding.Passed:
		code = "actions.delisting.passed"
	case finding.Failed:
		code = "actions.delisting.failed"
	}
	return i18n.Sprintf(t, code, c.Approved.Message(t))
}

// CheckDelistings checks, for each delisting batch the ruling approves
// (those of its Approval clauses, [Ruling.Delistings]; a Refusal's are
// not approved), whether the progress report gives it as done: a done
// batch of the same publisher, reason and count, where either side not
// giving one agrees with any (a report under the item saying 已完成下架。
// answers for the batch its ruling approved). Each done batch answers
// for one approved batch. A match is Passed; none is Failed, with a
// Finding (警告, actions.delisting-not-done); a blank report is
// Unchecked: there is nothing to check against. A publisher named but
// held by no list ([datasets.LookupPublisher] does not resolve it; the
// batch's Publisher is not Own) agrees with no agency: an approved batch
// of such a publisher is Unchecked, and so is one that only such a done
// batch could answer for, with Unknown naming the publisher. It returns
// nothing when the ruling approves no delisting.
func CheckDelistings(r Ruling, p Progress) []DelistingCheck {
	approved := r.Delistings()
	if len(approved) == 0 {
		return nil
	}
	used := make([]bool, len(p.Done))
	out := make([]DelistingCheck, 0, len(approved))
	blank := strings.TrimSpace(p.Text) == "" && len(p.Done) == 0
	for _, a := range approved {
		c := DelistingCheck{Approved: a, Verdict: finding.Failed}
		if blank {
			c.Verdict = finding.Unchecked
			out = append(out, c)
			continue
		}
		if unknownPublisher(a) {
			c.Verdict, c.Unknown = finding.Unchecked, a.Publisher.Name()
			out = append(out, c)
			continue
		}
		for i, d := range p.Done {
			if !used[i] && !unknownPublisher(d) && batchesMatch(a, d) {
				used[i] = true
				c.Done, c.Verdict = d, finding.Passed
				break
			}
		}
		if c.Verdict == finding.Failed {
			for i, d := range p.Done {
				if !used[i] && unknownPublisher(d) && batchesMatch(DelistingBatch{Reason: a.Reason, Count: a.Count}, d) {
					used[i] = true
					c.Done, c.Verdict, c.Unknown = d, finding.Unchecked, d.Publisher.Name()
					break
				}
			}
		}
		if c.Verdict == finding.Failed {
			c.Finding = Finding{Severity: finding.Warning, Code: CodeDelistingNotDone, Delisting: a}
			c.Finding.Detail = c.Finding.detail(finding.Chinese)
		}
		out = append(out, c)
	}
	return out
}

// unknownPublisher reports whether b names a publisher no list holds.
func unknownPublisher(b DelistingBatch) bool {
	return !b.Publisher.IsZero() && !b.Publisher.Own()
}

// batchesMatch reports whether done can be the report of approved.
func batchesMatch(approved, done DelistingBatch) bool {
	if !approved.Publisher.IsZero() && !done.Publisher.IsZero() && done.Publisher != approved.Publisher {
		return false
	}
	if approved.Reason != datasets.NoReason && done.Reason != datasets.NoReason && done.Reason != approved.Reason {
		return false
	}
	return approved.Count == 0 || done.Count == 0 || done.Count == approved.Count
}
